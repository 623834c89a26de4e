"""What the dashboard computes, without Streamlit: filters, the time axis, timeline counts, highlights.

``app.py`` draws widgets and calls these; everything here is plain pandas/geopandas and is
tested without a browser. Times on screen are local times at one UTC offset, the one most
incidents carry (:func:`mapping.maps.display_offset`), always shown with the offset.
"""

from __future__ import annotations

import html
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from itertools import pairwise
from pathlib import Path

import geopandas as gpd
import pandas as pd

from mapping.maps import EVENT_COLOURS, bin_width, ceil_to_bin, display_offset, floor_to_bin, offset_label
from mapping.store import filter_incidents, write_incidents

SEARCH_COLUMNS = ("sentence", "title", "location_name", "actors")


@dataclass(frozen=True)
class Filters:
    """The sidebar's choices; ``None`` (or 0 / "") leaves that filter open."""

    start: datetime | None = None
    end: datetime | None = None
    types: tuple[str, ...] | None = None
    precisions: tuple[str, ...] | None = None
    min_fatalities: int = 0
    countries: tuple[str, ...] | None = None
    search: str = ""


def apply_filters(gdf: gpd.GeoDataFrame, f: Filters) -> gpd.GeoDataFrame:
    """The incidents that pass every filter (time window by overlap, as :func:`mapping.store.filter_incidents`).

    ``min_fatalities`` above 0 drops incidents whose fatalities are not reported; ``search``
    is a case-insensitive plain-text match over the sentence, title, place and actors.
    """
    out = filter_incidents(gdf, start=f.start, end=f.end, types=f.types)
    keep = pd.Series(True, index=out.index)
    if f.precisions is not None:
        keep &= out["geo_precision"].isin(list(f.precisions))
    if f.countries is not None:
        keep &= out["country"].isin(list(f.countries))
    if f.min_fatalities > 0:
        keep &= out["fatalities"].fillna(-1).astype("int64") >= f.min_fatalities
    needle = f.search.strip().casefold()
    if needle:
        hay = out[list(SEARCH_COLUMNS)].fillna("").astype(str).agg(" ".join, axis=1).str.casefold()
        keep &= hay.str.contains(needle, regex=False)
    return out.loc[keep.to_numpy()]


@dataclass(frozen=True)
class TimeAxis:
    """The span of the incidents in local time at ``offset``, in whole bins of ``step``."""

    start: datetime  # aware, at ``offset``
    end: datetime
    step: timedelta
    offset: timedelta

    @property
    def label(self) -> str:
        """``UTC+06:00``."""
        return offset_label(self.offset)

    @property
    def tz(self) -> timezone:
        """The fixed-offset time zone of the axis."""
        return timezone(self.offset)


def time_axis(gdf: gpd.GeoDataFrame) -> TimeAxis:
    """The time axis over every incident of ``gdf`` (which must not be empty)."""
    lo = gdf["start_utc"].min().to_pydatetime()
    hi = max(gdf["end_utc"].max(), gdf["start_utc"].max()).to_pydatetime()
    return axis_between(lo, hi, display_offset(gdf))


def axis_between(lo: datetime, hi: datetime, offset: timedelta) -> TimeAxis:
    """The time axis from ``lo`` to ``hi`` (aware) in local time at ``offset``."""
    step = bin_width(lo, hi)
    tz = timezone(offset)
    start = floor_to_bin(lo, step, offset).astimezone(tz)
    end = max(ceil_to_bin(hi, step, offset), floor_to_bin(lo, step, offset) + step).astimezone(tz)
    return TimeAxis(start, end, step, offset)


def timeline_counts(gdf: gpd.GeoDataFrame, axis: TimeAxis) -> pd.DataFrame:
    """Incidents per bin (by start time) and event type: columns ``bin`` (local, naive), ``event_type``, ``count``."""
    if gdf.empty:
        return pd.DataFrame({"bin": pd.Series([], dtype="datetime64[us]"), "event_type": pd.Series([], dtype=str),
                             "count": pd.Series([], dtype="int64")})
    local = gdf["start_utc"].dt.tz_convert(axis.tz).dt.tz_localize(None)
    origin = axis.start.replace(tzinfo=None)
    bins = origin + ((local - origin) // axis.step) * axis.step
    frame = pd.DataFrame({"bin": bins.to_numpy(), "event_type": gdf["event_type"].to_numpy()})
    counts = frame.groupby(["bin", "event_type"], sort=True).size().rename("count").reset_index()
    return counts


def type_colours(types: Iterable[str]) -> tuple[list[str], list[str]]:
    """Domain and range for a chart's colour scale that matches the map's."""
    domain = list(types)
    return domain, [EVENT_COLOURS.get(t, "#333333") for t in domain]


@dataclass(frozen=True)
class Mark:
    """A stretch of the article to highlight: ``kind`` is "place" or "time"; ``note`` shows on hover."""

    start: int
    end: int
    kind: str
    note: str = ""


_MARK_STYLE = {
    "place": "background:#c9ecc9;border-bottom:2px solid #2e8b57;padding:0 1px",
    "time": "background:#cfe0fb;border-bottom:2px solid #1f5fbf;padding:0 1px",
}
_SENTENCE_STYLE = "background:#fff3b0;outline:1px solid #e0c200"


def highlight_html(text: str, marks: Sequence[Mark], sentence: tuple[int, int] | None = None) -> str:
    """The article as escaped HTML with place and time mentions marked and the incident's sentence shaded.

    Overlapping marks keep the earlier (then longer) one; marks are cut at the sentence's
    edges so the elements nest. Every piece of ``text`` and every note is HTML-escaped.
    """
    cuts: set[int] = {0, len(text)}
    chosen: list[Mark] = []
    last_end = -1
    for m in sorted(marks, key=lambda m: (m.start, -(m.end - m.start))):
        if m.start >= last_end and 0 <= m.start < m.end <= len(text):
            chosen.append(m)
            last_end = m.end
    s_lo, s_hi = sentence if sentence and 0 <= sentence[0] < sentence[1] <= len(text) else (-1, -1)
    pieces: list[Mark] = []
    for m in chosen:  # split at the sentence's edges so <mark> never crosses the sentence's <span>
        points = sorted({m.start, m.end, *(p for p in (s_lo, s_hi) if m.start < p < m.end)})
        pieces += [Mark(a, b, m.kind, m.note) for a, b in pairwise(points)]
    for m in pieces:
        cuts.update((m.start, m.end))
    if s_lo >= 0:
        cuts.update((s_lo, s_hi))
    by_start = {m.start: m for m in pieces}
    out: list[str] = []
    bounds = sorted(cuts)
    for a, b in pairwise(bounds):
        if a == s_lo:
            out.append(f'<span class="eventmap-sentence" style="{_SENTENCE_STYLE}">')
        chunk = html.escape(text[a:b], quote=True)
        mark = by_start.get(a)
        if mark is not None and mark.end == b:
            note = html.escape(mark.note, quote=True)
            style = _MARK_STYLE.get(mark.kind, "")
            out.append(f'<mark class="eventmap-{mark.kind}" style="{style}" title="{note}">{chunk}</mark>')
        else:
            out.append(chunk)
        if b == s_hi:
            out.append("</span>")
    return '<div class="eventmap-article" style="white-space:pre-wrap;line-height:1.6">' + "".join(out) + "</div>"


def incident_file_bytes(gdf: gpd.GeoDataFrame, suffix: str) -> bytes:
    """The incidents as a file's bytes (``.geojson``, ``.csv``, ``.gpkg``, ``.parquet``), via a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="eventmap-export-") as tmp:
        return write_incidents(gdf, Path(tmp) / f"incidents{suffix}").read_bytes()
