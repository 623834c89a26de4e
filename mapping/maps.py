"""Folium maps of the incident table: one coloured circle per incident, and a legend.

Every value taken from the data is HTML-escaped before it reaches the page, and the
characters that matter inside the JavaScript template strings folium writes
(backtick, ``$``, backslash) are turned into HTML entities as well.
"""

from __future__ import annotations

import html
import logging
import math
import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import folium
import geopandas as gpd
import pandas as pd
from branca.element import MacroElement
from folium.template import Template

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

_FALLBACK_COLOUR = "#333333"
_BASE_RADIUS = 6.0
_RADIUS_PER_SQRT_DEATH = 3.0
_MAX_RADIUS = 30.0
_ZOOM_BY_PRECISION = {"landmark": 15, "city": 11, "region": 7, "country": 5}
_WORLD_CENTRE = (20.0, 0.0)
_WORLD_ZOOM = 2
_MAX_FIT_ZOOM = 14
_JS_TEMPLATE_ENTITIES = {"`": "&#96;", "$": "&#36;", "\\": "&#92;"}


class _Legend(MacroElement):
    """A Leaflet control in the map's corner listing the event types shown."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
          .eventmap-legend { background: rgba(255, 255, 255, 0.9); padding: 6px 10px;
            border-radius: 4px; box-shadow: 0 0 6px rgba(0, 0, 0, 0.3);
            font: 12px/1.5 sans-serif; color: #222; }
          .eventmap-legend .swatch { display: inline-block; width: 12px; height: 12px;
            border-radius: 50%; margin-right: 6px; vertical-align: middle;
            border: 1px solid rgba(0, 0, 0, 0.4); }
        </style>
        {% endmacro %}
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


def build_map(gdf: gpd.GeoDataFrame, *, tiles: str | None = "OpenStreetMap") -> folium.Map:
    """A folium map with one circle marker per incident, a legend, fitted to the incidents.

    The table must meet the incident contract (see :func:`mapping.store.validate_incidents`).
    No incidents gives a world view; incidents at a single point are centred with a zoom
    that suits their geo_precision.
    """
    validate_incidents(gdf)
    centre, zoom, bounds = _view(gdf)
    m = folium.Map(location=centre, zoom_start=zoom, tiles=tiles, control_scale=True)
    # Larger circles first, so smaller ones stay clickable on top of them.
    order = sorted(range(len(gdf)), key=lambda i: -_radius(gdf["fatalities"].iloc[i]))
    for i in order:
        _add_marker(m, gdf.iloc[i])
    _Legend(_legend_html(gdf)).add_to(m)
    if bounds is not None:
        m.fit_bounds(bounds, padding=(30, 30), max_zoom=_MAX_FIT_ZOOM)
    logger.debug("built a map of %d incidents", len(gdf))
    return m


def _add_marker(m: folium.Map, row: pd.Series) -> None:
    """Add one incident's circle marker, popup and tooltip to ``m``."""
    colour = EVENT_COLOURS.get(str(row["event_type"]), _FALLBACK_COLOUR)
    tooltip = f"{_esc(row['event_type'])} — {_esc(row['location_name'])}"
    folium.CircleMarker(
        location=[float(row["latitude"]), float(row["longitude"])],
        radius=_radius(row["fatalities"]),
        color=colour,
        weight=1,
        fill=True,
        fill_color=colour,
        fill_opacity=0.7,
        class_name=MARKER_CLASS,
        popup=folium.Popup(_popup_html(row), max_width=360),
        tooltip=folium.Tooltip(tooltip),
    ).add_to(m)


def _radius(fatalities: object) -> float:
    """Marker radius in pixels: grows with the square root of the fatalities, capped."""
    if fatalities is None or pd.isna(fatalities):
        return _BASE_RADIUS
    deaths = max(float(fatalities), 0.0)  # type: ignore[arg-type]
    return min(_BASE_RADIUS + _RADIUS_PER_SQRT_DEATH * math.sqrt(deaths), _MAX_RADIUS)


def _esc(value: object) -> str:
    """HTML-escape a value (missing values become ``""``) for folium's JS template strings."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    text = html.escape(str(value), quote=True)
    for char, entity in _JS_TEMPLATE_ENTITIES.items():
        text = text.replace(char, entity)
    return text


def _popup_html(row: pd.Series) -> str:
    """The popup of one incident; every value from the data is escaped."""
    fatalities = row["fatalities"]
    if pd.isna(fatalities):
        deaths = "not reported"
    else:
        deaths = _esc(fatalities)
        if _esc(row["fatalities_text"]):
            deaths += f" (“{_esc(row['fatalities_text'])}”)"
    sub_type = _esc(row["sub_event_type"])
    kind = _esc(row["event_type"]) + (f" / {sub_type}" if sub_type else "")
    source = _esc(row["source"])
    cited = f"<i>{_esc(row['title'])}</i>" + (f" — {source}" if source else "")
    return (
        '<div class="eventmap-popup">'
        f"<b>{kind}</b><br>"
        f"<b>When:</b> {_esc(row['start_time'])} ({_esc(row['time_precision'])})<br>"
        f"<b>Where:</b> {_esc(row['location_name'])} ({_esc(row['geo_precision'])})<br>"
        f"<b>Fatalities:</b> {deaths}<br>"
        f'<blockquote style="margin:6px 0;font-style:italic">{_esc(row["sentence"])}</blockquote>'
        f"{cited}"
        "</div>"
    )


def _legend_html(gdf: gpd.GeoDataFrame) -> str:
    """The legend's HTML: a swatch and a count for each event type present."""
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


def _render_html(m: folium.Map) -> str:
    """The map as a standalone HTML page (the one place that decides how assets load)."""
    return m.get_root().render()


def export_html(
    gdf: gpd.GeoDataFrame,
    path: str | os.PathLike[str],
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    types: Sequence[str] | None = None,
    tiles: str | None = "OpenStreetMap",
) -> Path:
    """Filter the incidents, map them, and save the page atomically at ``path``."""
    validate_incidents(gdf)
    selected = filter_incidents(gdf, start=start, end=end, types=types)
    page = _render_html(build_map(selected, tiles=tiles))
    target = atomic_write(path, lambda tmp: tmp.write_text(page, encoding="utf-8"))
    logger.info("wrote a map of %d incidents to %s", len(selected), target)
    return target
