"""Folium maps of the incident table: markers, clusters, heat, uncertainty, playback, legend.

One folium map carries one :class:`_Incidents` element whose script hands the incidents, as
column arrays, to ``EventMap.render`` (``static/eventmap/eventmap.js``). That script draws a
circle marker per incident (coloured by event type, sized by fatalities), a translucent
circle for places known only to the city, region or country, an optional heat layer,
marker clustering when the incidents are many, a layer switcher, a playback control that
steps a one-hour or one-day window through time, and Natural Earth country outlines under
the tiles, which show wherever the tiles cannot load.

Where the JavaScript comes from is decided by ``assets``: ``"inline"`` puts every file in
the page (a standalone map that opens offline), ``"served"`` links the app's static files
(for streamlit-folium). See :mod:`mapping.assets`.

Safety: every value taken from the data is HTML-escaped in Python before it reaches a popup,
a tooltip or the legend (the characters that open JavaScript template strings, backtick,
``$`` and backslash, and Jinja's braces become entities as well: folium renders the output
of its elements as templates again), and the payload is JSON with ``<``, ``>`` and ``&``
written as ``\\u`` escapes, so no text can close the ``<script>`` it sits in.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import math
import os
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal

import folium
import geopandas as gpd
import pandas as pd
from branca.element import MacroElement
from folium.template import Template

from mapping import assets as _assets
from mapping.fusion import events
from mapping.store import atomic_write, filter_incidents, validate_incidents
from mapping.types import EVENT_TYPES

logger = logging.getLogger(__name__)

EVENT_COLOURS: dict[str, str] = {
    "Battles": "#d62728",
    "Protests": "#1f77b4",
    "Riots": "#ff7f0e",
    "Explosions/Remote violence": "#9467bd",
    "Violence against civilians": "#8c564b",
    "Strategic developments": "#7f7f7f",
}

MARKER_CLASS = "eventmap-incident"
LEGEND_CLASS = "eventmap-legend"
CLUSTER_ABOVE = 150
"""With ``cluster=None``, markers are clustered when more incidents than this are shown."""

UNCERTAINTY_METRES: dict[str, float] = {"landmark": 0.0, "city": 8_000.0, "region": 80_000.0, "country": 0.0}
"""Radius of the dashed translucent circle drawn around an incident, by geo_precision (about the size of such
a place). None for landmarks (exact enough) nor countries (the marker sits at the country's centre, which the
popup says; a circle the size of Russia or of Malta would mislead either way)."""

AssetMode = Literal["inline", "served"]

_FALLBACK_COLOUR = "#333333"
_BASE_RADIUS = 6.0
_RADIUS_PER_SQRT_DEATH = 3.0
_MAX_RADIUS = 30.0
_ZOOM_BY_PRECISION = {"landmark": 15, "city": 11, "region": 7, "country": 5}
_WORLD_CENTRE = (20.0, 0.0)
_WORLD_ZOOM = 2
_MAX_FIT_ZOOM = 14
_FIT_PADDING_TOP_LEFT = (40, 40)
_FIT_PADDING_BOTTOM_RIGHT = (290, 70)  # room for the legend and the playback control
# Characters that mean something to the templates a text may pass through, as HTML entities:
# JavaScript template strings (backtick, $, backslash) and Jinja, which folium and branca apply
# again to the rendered output of every element ({ and }: "{{ 7*7 }}" must stay text).
_TEMPLATE_ENTITIES = {"`": "&#96;", "$": "&#36;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"}
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_HOUR_BINS_UP_TO = timedelta(days=8)
_PLAYBACK_INTERVAL_MS = 500
_TILE_NAMES = {"OpenStreetMap": "OpenStreetMap tiles"}


class _Legend(MacroElement):
    """A Leaflet control in the map's corner listing the event types shown."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: "bottomright"});
        {{ this.get_name() }}.onAdd = function (map) {
            var div = L.DomUtil.create("div", {{ this.css_class|tojson }});
            div.innerHTML = {{ this.html|tojson }};
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, html_text: str) -> None:
        super().__init__()
        self._name = "Legend"
        self.css_class = LEGEND_CLASS
        self.html = html_text


class _Incidents(MacroElement):
    """The incidents and the layers drawn from them (see ``static/eventmap/eventmap.js``).

    The payload goes into the page header as ``<script type="application/json">``, written
    as is (:class:`mapping.assets.RawHTML`: never through a template, and out of the map
    script that streamlit-folium rewrites with regular expressions); its id carries a digest
    of the data, so the script changes, and streamlit-folium redraws the map, whenever the
    data do.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = EventMap.render({{ this._parent.get_name() }}, {{ this.data_id|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, payload: dict[str, Any]) -> None:
        super().__init__()
        self._name = "Incidents"
        self.payload = script_json(payload)
        self.data_id = "eventmap-data-" + hashlib.sha256(self.payload.encode("utf-8")).hexdigest()[:16]

    def render(self, **kwargs: Any) -> None:
        data = f'<script type="application/json" id="{self.data_id}">{self.payload}</script>'
        self.get_root().header.add_child(_assets.RawHTML(data), name=self.data_id)
        super().render(**kwargs)


def build_map(
    gdf: gpd.GeoDataFrame,
    *,
    tiles: str | None = "OpenStreetMap",
    heat: bool = False,
    cluster: bool | None = None,
    uncertainty: bool | None = None,
    playback: bool = True,
    assets: AssetMode = "inline",
    static_url: str = _assets.APP_STATIC_URL,
    validate: bool = True,
    bins: pd.DataFrame | None = None,
    view: tuple[tuple[float, float], int] | None = None,
) -> folium.Map:
    """A folium map of the incidents, fitted to them, with a legend.

    ``tiles`` None draws only the country outlines. ``heat`` shows the heat layer from the
    start (it can always be switched on in the layer control). ``cluster`` None clusters
    markers when more than :data:`CLUSTER_ABOVE` incidents are shown; ``uncertainty`` None
    shows the uncertainty circles when markers are not clustered. ``playback`` adds the
    time control. ``assets`` "inline" makes a standalone page; "served" links the files
    under ``static_url`` (the Streamlit app). The table must meet the incident contract
    (:func:`mapping.store.validate_incidents`; ``validate=False`` skips the check for a table
    the caller has validated already, e.g. a filtered view of one); no incidents gives a world view.
    An event that several articles report is one marker (:func:`mapping.fusion.events`) whose
    popup lists the other reports.
    ``bins`` (grid cells from :meth:`mapping.query.IncidentQuery.grid`) are drawn as numbered
    circles standing for incidents too many to draw, with the legend counting them by type.
    ``view`` (``((lat, lon), zoom)``) opens the map there instead of fitting it to the data.
    Raises :class:`mapping.assets.AssetsMissingError` when the map's JavaScript is not installed.
    """
    if validate:
        validate_incidents(gdf)
    gdf = events(gdf)
    clustered = len(gdf) > CLUSTER_ABOVE if cluster is None else cluster
    centre, zoom, bounds = _view(gdf) if bins is None or bins.empty else _bins_view(bins)
    if view is not None:
        (centre, zoom), bounds = ([float(view[0][0]), float(view[0][1])], int(view[1])), None
    m = folium.Map(location=centre, zoom_start=zoom, tiles=tiles, control_scale=True)
    if assets == "served":
        _assets.use_served(m, static_url)
    else:
        _assets.use_inline(m)
    options = {
        "cluster": clustered,
        "heat": heat,
        "uncertainty": (not clustered) if uncertainty is None else uncertainty,
        "tiles_name": _TILE_NAMES.get(tiles or "", tiles or ""),
    }
    payload = incident_payload(gdf)
    payload["options"] = options
    payload["playback"] = playback_options(gdf) if playback else None
    # Fitted by the script without animation: an animated zoom in a frame that is not yet on screen
    # (streamlit-folium's) never finishes, and leaves the vector layers clipped to the old view.
    payload["fit"] = None if bounds is None else {
        "bounds": bounds, "paddingTopLeft": _FIT_PADDING_TOP_LEFT, "paddingBottomRight": _FIT_PADDING_BOTTOM_RIGHT,
        "maxZoom": _MAX_FIT_ZOOM}
    payload["bins"] = bins_payload(bins) if bins is not None else None
    _Incidents(payload).add_to(m)
    _Legend(_legend_html(gdf) if bins is None else _bins_legend_html(bins)).add_to(m)
    logger.debug("built a map of %d incidents (clustered: %s)", len(gdf), clustered)
    return m


def map_html(gdf: gpd.GeoDataFrame, **options: Any) -> str:
    """The map of ``gdf`` as one standalone HTML page with every asset inline (see :func:`build_map`)."""
    options["assets"] = "inline"
    return build_map(gdf, **options).get_root().render()


def export_html(
    gdf: gpd.GeoDataFrame,
    path: str | os.PathLike[str],
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    types: Sequence[str] | None = None,
    tiles: str | None = "OpenStreetMap",
    heat: bool = False,
    cluster: bool | None = None,
    bins: pd.DataFrame | None = None,
) -> Path:
    """Filter the incidents, map them, and save the standalone page atomically at ``path``.

    ``bins`` (grid cells from :meth:`mapping.query.IncidentQuery.grid`) stand for incidents too
    many to draw each; ``gdf`` then holds none of them (an empty incident table).
    """
    validate_incidents(gdf)
    selected = filter_incidents(gdf, start=start, end=end, types=types)
    page = map_html(selected, tiles=tiles, heat=heat, cluster=cluster, bins=bins)
    target = atomic_write(path, lambda tmp: tmp.write_text(page, encoding="utf-8"))
    if bins is None:
        logger.info("wrote a map of %d incidents to %s", len(selected), target)
    else:
        logger.info("wrote a map of %d grid cells (%d incidents) to %s", len(bins), int(bins["count"].sum()), target)
    return target


# --------------------------------------------------------------------------- data for the script


_TEXT_FIELDS = {  # payload key: column; each value an index into the payload's table of escaped strings
    "type": "event_type", "sub": "sub_event_type", "place": "location_name", "geo": "geo_precision",
    "tprec": "time_precision", "deaths_text": "fatalities_text", "actors": "actors", "title": "title",
    "source": "source",
}


def incident_payload(gdf: gpd.GeoDataFrame) -> dict[str, Any]:
    """The incidents as arrays (one item per incident, larger circles first so smaller ones stay on top).

    Repeated texts (types, places, titles...) are indices into ``strings``, a table of
    HTML-escaped strings whose item 0 is ""; ``sentence`` holds each escaped sentence;
    ``offset`` is each local time's UTC offset in minutes; ``deaths`` is a number or null;
    ``sources`` counts the articles that report the event and ``reports`` (escaped, lines joined
    by ``<br>``) names the others.
    ``EventMap`` builds popups and tooltips from these, inserting nothing unescaped.
    """
    fatalities_all = [None if pd.isna(f) else int(f) for f in gdf["fatalities"].tolist()]
    radius_all = [_radius(f) for f in fatalities_all]
    order = sorted(range(len(gdf)), key=lambda i: -radius_all[i])
    frame = gdf.iloc[order]
    fatalities = [fatalities_all[i] for i in order]
    max_deaths = max((f for f in fatalities if f), default=0)
    strings: list[str] = [""]
    index: dict[str, int] = {"": 0}
    out: dict[str, Any] = {"strings": strings}
    for key, column in _TEXT_FIELDS.items():
        codes, uniques = pd.factorize(frame[column], use_na_sentinel=False)
        table = []
        for value in uniques:  # each distinct text escaped once
            text = _esc(value)
            code = index.get(text)
            if code is None:
                code = index[text] = len(strings)
                strings.append(text)
            table.append(code)
        out[key] = [table[c] for c in codes.tolist()]
    out["lat"] = [round(v, 6) for v in frame["latitude"].astype(float).tolist()]
    out["lon"] = [round(v, 6) for v in frame["longitude"].astype(float).tolist()]
    out["colour"] = [EVENT_COLOURS.get(str(t), _FALLBACK_COLOUR) for t in frame["event_type"].tolist()]
    out["radius"] = [round(radius_all[i], 2) for i in order]
    out["uncertainty"] = [UNCERTAINTY_METRES.get(str(g), 0.0) for g in frame["geo_precision"].tolist()]
    out["start"] = _epoch_ms(frame["start_utc"])
    out["end"] = _epoch_ms(frame["end_utc"])
    out["offset"] = [_offset_minutes(t) for t in frame["start_time"].tolist()]
    out["weight"] = [_heat_weight(f, max_deaths) for f in fatalities]
    out["deaths"] = fatalities
    out["sentence"] = [_esc(v) for v in frame["sentence"].tolist()]
    out["sources"] = [int(v) for v in frame["sources"].tolist()] if "sources" in frame else [1] * len(frame)
    reports = frame["reports"].tolist() if "reports" in frame else [""] * len(frame)
    out["reports"] = ["<br>".join(_esc(line) for line in str(v).splitlines()) for v in reports]
    return out


def bins_payload(bins: pd.DataFrame) -> dict[str, Any]:
    """Grid cells as arrays for ``EventMap`` (``lat, lon, count, deaths, colour``, escaped ``label``)."""
    counts = bins["count"].astype("int64").tolist()
    deaths = bins["fatalities"].astype("int64").tolist()
    types = bins["event_type"].astype(str).tolist()
    return {
        "lat": [round(v, 5) for v in bins["latitude"].astype(float).tolist()],
        "lon": [round(v, 5) for v in bins["longitude"].astype(float).tolist()],
        "count": counts,
        "deaths": deaths,
        "colour": [EVENT_COLOURS.get(t, _FALLBACK_COLOUR) for t in types],
        "label": [_esc(f"{n:,} incidents ({d:,} fatalities reported); most: {t}")
                  for n, d, t in zip(counts, deaths, types, strict=True)],
    }


def _bins_view(bins: pd.DataFrame) -> tuple[list[float], int, list[list[float]] | None]:
    """Centre, zoom and bounds around grid cells."""
    frame = bins.assign(geo_precision="city")
    return _view(frame)


def _bins_legend_html(bins: pd.DataFrame) -> str:
    """The legend for grid cells: how many incidents they hold, and what a circle means."""
    total = int(bins["count"].sum())
    lines = ["<b>Incidents</b>", f"{total:,} in {len(bins):,} grid cells",
             "<small>a circle: the incidents of one cell, coloured by its most frequent type; "
             "zoom in or narrow the filters to see each</small>"]
    present = [t for t in EVENT_TYPES if t in set(bins["event_type"].astype(str))]
    for event_type in present:
        colour = EVENT_COLOURS.get(event_type, _FALLBACK_COLOUR)
        lines.append(f'<span class="swatch" style="background:{colour}"></span>{_esc(event_type)}')
    return "<br>".join(lines)


def script_json(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element (``<``, ``>``, ``&`` and line separators escaped)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in _SCRIPT_ESCAPES.items():
        text = text.replace(char, escape)
    return text


def display_offset(gdf: gpd.GeoDataFrame) -> timedelta:
    """The UTC offset most of the incidents' local times carry (UTC when there are none)."""
    offsets = Counter(_offset_of(t) for t in gdf["start_time"].tolist())
    offsets.pop(None, None)
    return offsets.most_common(1)[0][0] if offsets else timedelta(0)


def offset_label(offset: timedelta) -> str:
    """``UTC+06:00`` style label of an offset."""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def bin_width(start: datetime, end: datetime) -> timedelta:
    """The time step for charts and playback: an hour for spans up to eight days, else a day."""
    return timedelta(hours=1) if end - start <= _HOUR_BINS_UP_TO else timedelta(days=1)


def floor_to_bin(t: datetime, width: timedelta, offset: timedelta) -> datetime:
    """``t`` rounded down to a bin boundary of ``width`` in local time at ``offset`` (hours, local midnights)."""
    local = t + offset
    seconds = int(width.total_seconds())
    day_start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    floored = day_start + timedelta(seconds=((local - day_start).total_seconds() // seconds) * seconds)
    return floored - offset


def ceil_to_bin(t: datetime, width: timedelta, offset: timedelta) -> datetime:
    """``t`` rounded up to a bin boundary (see :func:`floor_to_bin`)."""
    floored = floor_to_bin(t, width, offset)
    return floored if floored == t else floored + width


def playback_options(gdf: gpd.GeoDataFrame) -> dict[str, Any] | None:
    """Start, end and step (ms since the epoch) of the playback control, in the dominant local offset."""
    if gdf.empty:
        return None
    lo = gdf["start_utc"].min().to_pydatetime()
    hi = max(gdf["end_utc"].max(), gdf["start_utc"].max()).to_pydatetime()
    width = bin_width(lo, hi)
    offset = display_offset(gdf)
    first = floor_to_bin(lo, width, offset)
    last = max(ceil_to_bin(hi, width, offset), first + width)
    return {
        "start": int(first.timestamp() * 1000),
        "end": int(last.timestamp() * 1000),
        "step": int(width.total_seconds() * 1000),
        "offset_minutes": int(offset.total_seconds() // 60),
        "offset_label": offset_label(offset),
        "day": width >= timedelta(days=1),
        "interval": _PLAYBACK_INTERVAL_MS,
    }


def _offset_of(value: object) -> timedelta | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value).utcoffset()
    except ValueError:
        return None


def _offset_minutes(value: object) -> int:
    """The UTC offset of an ISO time in minutes (0 when it has none)."""
    offset = _offset_of(value)
    return int(offset.total_seconds() // 60) if offset is not None else 0


def _epoch_ms(times: pd.Series) -> list[int]:
    return times.astype("datetime64[ms, UTC]").astype("int64").tolist()


def _radius(fatalities: object) -> float:
    """Marker radius in pixels: grows with the square root of the fatalities, capped."""
    if fatalities is None or pd.isna(fatalities):
        return _BASE_RADIUS
    deaths = max(float(fatalities), 0.0)  # type: ignore[arg-type]
    return min(_BASE_RADIUS + _RADIUS_PER_SQRT_DEATH * math.sqrt(deaths), _MAX_RADIUS)


def _heat_weight(fatalities: int | None, max_deaths: int) -> float:
    """Heat intensity in [0.4, 1]: every incident counts, deadlier ones more."""
    if not fatalities or max_deaths <= 0:
        return 0.4
    return round(0.4 + 0.6 * math.log1p(fatalities) / math.log1p(max_deaths), 3)


def _esc(value: object) -> str:
    """HTML-escape a value (missing values become ``""``), template characters (:data:`_TEMPLATE_ENTITIES`) too."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    text = html.escape(str(value), quote=True)
    for char, entity in _TEMPLATE_ENTITIES.items():
        text = text.replace(char, entity)
    return text


def _legend_html(gdf: gpd.GeoDataFrame) -> str:
    """The legend's HTML: a swatch and a count for each event type present, and how to read the map."""
    counts = gdf["event_type"].value_counts()
    present = [t for t in EVENT_TYPES if t in counts.index]
    present += sorted(str(t) for t in counts.index if t not in EVENT_TYPES)
    lines = ["<b>Incidents</b>"]
    if not present:
        lines.append("<i>none in this selection</i>")
    for event_type in present:
        colour = EVENT_COLOURS.get(event_type, _FALLBACK_COLOUR)
        lines.append(
            f'<span class="swatch" style="background:{colour}"></span>{_esc(event_type)} ({int(counts[event_type])})'
        )
    if present:
        lines.append("<small>circle size grows with fatalities</small>")
        if gdf["geo_precision"].isin(["city", "region"]).any():
            lines.append('<small><span class="ring"></span>place known only to the city or region</small>')
    return "<br>".join(lines)


def _view(gdf: gpd.GeoDataFrame) -> tuple[list[float], int, list[list[float]] | None]:
    """Centre, zoom and (when the incidents spread out) the bounds to fit."""
    if gdf.empty:
        return list(_WORLD_CENTRE), _WORLD_ZOOM, None
    lat, lon = gdf["latitude"].astype(float), gdf["longitude"].astype(float)
    south, north, west, east = (
        float(lat.min()),
        float(lat.max()),
        float(lon.min()),
        float(lon.max()),
    )
    centre = [(south + north) / 2, (west + east) / 2]
    if south == north and west == east:
        zoom = max(_ZOOM_BY_PRECISION.get(str(p), 10) for p in gdf["geo_precision"])
        return centre, zoom, None
    return centre, _WORLD_ZOOM, [[south, west], [north, east]]
