"""Incident queries in DuckDB over GeoParquet files, for datasets too big to hold in a GeoDataFrame.

The app keeps one :class:`IncidentQuery` per dataset (a DuckDB connection with a view over the
dataset's parquet files) and asks it only for what it shows: a count, the incidents in view when
they are few (:data:`AGGREGATE_ABOVE` or fewer), grid cells with counts when they are many
(:meth:`IncidentQuery.grid`), the timeline's counts per bin and event type (a ``GROUP BY``), and
one page of the table at a time. Filters are the dashboard's (:class:`mapping.dashboard.Filters`)
with the same meaning as :func:`mapping.dashboard.apply_filters`, plus a map area
(:class:`Bounds`). Positions are the plain ``latitude``/``longitude`` columns (no spatial
extension: DuckDB's downloads its binary at run time, which an offline machine cannot).

DuckDB connections are not shared between threads: every query runs on its own cursor.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import geopandas as gpd
import pandas as pd

from mapping._errors import StorageError
from mapping.dashboard import SEARCH_COLUMNS, Filters
from mapping.fusion import FUSION_COLUMNS
from mapping.store import CRS, INCIDENT_COLUMNS, _as_utc, parquet_files

logger = logging.getLogger(__name__)

AGGREGATE_ABOVE = 5_000
"""More incidents than this in view: the map shows grid cells with counts instead of markers."""
GRID_CELLS_ACROSS = 48
"""About this many grid cells across the larger side of the area in view."""
PAGE_SIZE = 200
_THREADS = max(1, min(4, os.cpu_count() or 1))


def dataset_files(path: str | os.PathLike[str]) -> list[Path]:
    """The parquet files holding the dataset at ``path``: a single ``.parquet`` file, or the live
    part files of a partitioned dataset folder (:func:`mapping.store.parquet_files`)."""
    path = Path(path)
    if path.is_dir():
        files = parquet_files(path)
        if not files:
            raise StorageError(f"{path}: cannot read incidents: a folder with no dataset manifest or no parts")
        return files
    if not path.is_file():
        raise StorageError(f"{path}: cannot read incidents: no such file")
    if path.suffix.lower() != ".parquet":
        raise StorageError(f"{path}: DuckDB queries need GeoParquet (.parquet), not {path.suffix or 'no suffix'}")
    return [path]


def row_count(files: Sequence[str | os.PathLike[str]]) -> int:
    """How many incidents the parquet files hold (from their footers: nothing else is read)."""
    import pyarrow.parquet as pq

    try:
        return sum(pq.ParquetFile(f).metadata.num_rows for f in files)
    except (OSError, ValueError) as exc:
        raise StorageError(f"{', '.join(map(str, files))}: cannot read: {' '.join(str(exc).split())}") from exc


@dataclass(frozen=True)
class Bounds:
    """A map area in degrees: ``west`` > ``east`` crosses the antimeridian; a span of 360° or more is the world."""

    south: float
    west: float
    north: float
    east: float

    @classmethod
    def from_leaflet(cls, value: dict[str, Any] | None) -> Bounds | None:
        """From streamlit-folium's ``bounds`` (``{"_southWest": {"lat", "lng"}, "_northEast": ...}``), else None."""
        try:
            sw, ne = value["_southWest"], value["_northEast"]  # type: ignore[index]
            south, west, north, east = (float(sw["lat"]), float(sw["lng"]), float(ne["lat"]), float(ne["lng"]))
        except (KeyError, TypeError, ValueError):
            return None
        if not all(math.isfinite(v) for v in (south, west, north, east)) or north <= south:
            return None
        if east - west >= 360:
            west, east = -180.0, 180.0
        else:
            west, east = _wrap(west), _wrap(east)
        return cls(max(south, -90.0), west, min(north, 90.0), east)


def _wrap(lon: float) -> float:
    """A longitude in [-180, 180]."""
    return lon if -180 <= lon <= 180 else ((lon + 180) % 360) - 180


@dataclass(frozen=True)
class Overview:
    """What the sidebar needs about the whole dataset."""

    count: int
    first_utc: datetime | None
    last_utc: datetime | None
    offset: timedelta  # the local UTC offset most incidents carry
    countries: tuple[str, ...]


class IncidentQuery:
    """Queries over the incident parquet files ``files`` (read in place, never loaded whole)."""

    def __init__(self, files: Sequence[str | os.PathLike[str]]) -> None:
        self.files = [str(Path(f)) for f in files]
        if not self.files:
            raise StorageError("no parquet files to query")
        self._con = duckdb.connect(config={"threads": _THREADS})
        try:
            source = f"read_parquet({_sql_list(self.files)}, file_row_number = true)"
            self._con.execute(f"CREATE VIEW incidents AS SELECT * FROM {source}")
            columns = {r[0] for r in self._con.execute("DESCRIBE incidents").fetchall()}
            if not set(FUSION_COLUMNS) & columns and {"incident_id", "article_id"} <= columns:
                # a table from before fusion: every row its own event (as mapping.store reads it)
                self._con.execute(f"CREATE OR REPLACE VIEW incidents AS SELECT *, incident_id AS event_id, "
                                  f"true AS \"primary\", 1 AS sources, article_id AS article_ids FROM {source}")
                columns |= set(FUSION_COLUMNS)
        except duckdb.Error as exc:
            raise StorageError(f"{', '.join(self.files)}: cannot read incidents: {' '.join(str(exc).split())}") from exc
        missing = [c for c in INCIDENT_COLUMNS if c not in columns]
        if missing:
            names = ", ".join(self.files)
            raise StorageError(f"{names}: not an incident table (missing columns: {', '.join(missing)})")

    def _query(self, sql: str, params: Sequence[Any] = ()) -> duckdb.DuckDBPyRelation:
        cursor = self._con.cursor()
        return cursor.execute(sql, list(params))

    # ------------------------------------------------------------------ the whole dataset

    def overview(self) -> Overview:
        """Count, time span, dominant UTC offset and countries of every incident."""
        count, first, last = self._query(
            'SELECT count(*), min(start_utc), max(greatest(end_utc, start_utc)) FROM incidents WHERE "primary"'
        ).fetchone()
        offset_text = self._query(
            "SELECT right(start_time, 6) AS o, count(*) AS n FROM incidents GROUP BY o ORDER BY n DESC, o LIMIT 1"
        ).fetchone()
        countries = [r[0] for r in self._query(
            "SELECT DISTINCT country FROM incidents WHERE country <> '' ORDER BY country").fetchall()]
        return Overview(int(count), _aware(first), _aware(last), _parse_offset(offset_text[0] if offset_text else ""),
                        tuple(countries))

    # ------------------------------------------------------------------ filtered

    def where(self, f: Filters, bounds: Bounds | None = None) -> tuple[str, list[Any]]:
        """The SQL condition and parameters for the filters and the map area. Only each event's
        primary row counts: an event several articles report is one incident."""
        parts: list[str] = ['"primary"']
        params: list[Any] = []
        if f.start is not None:
            parts.append("(end_utc > ? OR (end_utc <= start_utc AND start_utc >= ?))")
            params += [_utc(f.start), _utc(f.start)]
        if f.end is not None:
            parts.append("start_utc < ?")
            params.append(_utc(f.end))
        for column, values in (("event_type", f.types), ("geo_precision", f.precisions), ("country", f.countries)):
            if values is not None:
                if not values:
                    parts.append("false")
                    continue
                parts.append(f"{column} IN ({', '.join('?' for _ in values)})")
                params += list(values)
        if f.min_fatalities > 0:
            parts.append("coalesce(fatalities, -1) >= ?")
            params.append(int(f.min_fatalities))
        needle = f.search.strip().casefold()
        if needle:
            hay = " || ' ' || ".join(f"coalesce({c}, '')" for c in SEARCH_COLUMNS)
            parts.append(f"strpos(lower({hay}), ?) > 0")
            params.append(needle)
        if bounds is not None:
            parts.append("latitude BETWEEN ? AND ?")
            params += [bounds.south, bounds.north]
            if bounds.west <= bounds.east:
                if bounds.east - bounds.west < 360:
                    parts.append("longitude BETWEEN ? AND ?")
                    params += [bounds.west, bounds.east]
            else:
                parts.append("(longitude >= ? OR longitude <= ?)")
                params += [bounds.west, bounds.east]
        return " AND ".join(parts), params

    def count(self, f: Filters, bounds: Bounds | None = None) -> int:
        """How many incidents pass the filters (within ``bounds``)."""
        where, params = self.where(f, bounds)
        return int(self._query(f"SELECT count(*) FROM incidents WHERE {where}", params).fetchone()[0])

    def incidents(self, f: Filters, bounds: Bounds | None = None, limit: int | None = None,
                  offset: int = 0) -> gpd.GeoDataFrame:
        """The incidents that pass, as the incident table (ordered by start time, then id)."""
        where, params = self.where(f, bounds)
        cols = ", ".join(f'"{c}"' for c in INCIDENT_COLUMNS)
        order = "ORDER BY start_utc, incident_id"
        sql = f"SELECT {cols} FROM incidents WHERE {where} {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
            if len(self.files) == 1:  # the page's rows found on the sort columns, then read whole
                sql = (f"SELECT {cols} FROM incidents WHERE file_row_number IN (SELECT file_row_number FROM "
                       f"incidents WHERE {where} {order} LIMIT {int(limit)} OFFSET {int(offset)}) {order}")
        frame = self._query(sql, params).df()
        return _as_incident_table(frame)

    def page(self, f: Filters, bounds: Bounds | None, page: int, size: int = PAGE_SIZE) -> gpd.GeoDataFrame:
        """Page ``page`` (from 1) of the incidents that pass, ``size`` rows at most."""
        return self.incidents(f, bounds, limit=size, offset=max(page - 1, 0) * size)

    def type_counts(self, f: Filters, bounds: Bounds | None = None) -> pd.Series:
        """Incidents per event type among those that pass."""
        where, params = self.where(f, bounds)
        rows = self._query(f"SELECT event_type, count(*) FROM incidents WHERE {where} GROUP BY event_type",
                           params).fetchall()
        return pd.Series({t: int(n) for t, n in rows}, dtype="int64")

    def extent(self, f: Filters, bounds: Bounds | None = None) -> Bounds | None:
        """The box around the incidents that pass (None when none does)."""
        where, params = self.where(f, bounds)
        row = self._query(f"SELECT min(latitude), min(longitude), max(latitude), max(longitude) FROM incidents "
                          f"WHERE {where}", params).fetchone()
        return None if row[0] is None else Bounds(*map(float, row))

    def grid(self, f: Filters, bounds: Bounds | None = None, cells_across: int = GRID_CELLS_ACROSS) -> pd.DataFrame:
        """The incidents that pass, counted in square grid cells (about ``cells_across`` over the area's larger side).

        One row per non-empty cell: ``latitude``/``longitude`` (the mean position of its incidents),
        ``count``, ``fatalities`` (sum of those reported), ``event_type`` (the most frequent), and
        ``cell`` (its size in degrees).
        """
        area = bounds or self.extent(f) or Bounds(-90, -180, 90, 180)
        width = (area.east - area.west) % 360 or 360.0
        cell = max(width, area.north - area.south, 1e-4) / cells_across
        where, params = self.where(f, bounds)
        sql = f"""
            SELECT avg(latitude) AS latitude, avg(longitude) AS longitude, count(*) AS count,
                   coalesce(sum(fatalities), 0) AS fatalities, mode(event_type) AS event_type
            FROM incidents WHERE {where}
            GROUP BY floor(latitude / ?), floor(longitude / ?)
            ORDER BY count DESC"""
        frame = self._query(sql, [*params, cell, cell]).df()
        frame["count"] = frame["count"].astype("int64")
        frame["fatalities"] = frame["fatalities"].astype("int64")
        frame["cell"] = cell
        return frame

    def timeline(self, f: Filters, origin: datetime, step: timedelta) -> pd.DataFrame:
        """Incidents per bin of ``step`` from ``origin`` (aware; bins in its local time) and event type.

        Columns ``bin`` (local, naive), ``event_type``, ``count``, as :func:`mapping.dashboard.timeline_counts`.
        """
        where, params = self.where(f)
        seconds = int(step.total_seconds())
        sql = f"""
            SELECT floor((epoch(start_utc) - ?) / ?)::BIGINT AS k, event_type, count(*) AS count
            FROM incidents WHERE {where} GROUP BY k, event_type ORDER BY k, event_type"""
        frame = self._query(sql, [origin.timestamp(), seconds, *params]).df()
        bins = pd.Timestamp(origin.replace(tzinfo=None)) + pd.to_timedelta(frame["k"].to_numpy() * seconds, unit="s")
        return pd.DataFrame({"bin": pd.Series(bins).astype("datetime64[us]"),
                             "event_type": frame["event_type"].astype(str),
                             "count": frame["count"].astype("int64")})


def _sql_list(files: Sequence[str]) -> str:
    """A SQL list of string literals."""
    return "[" + ", ".join("'" + f.replace("'", "''") + "'" for f in files) + "]"


def _utc(value: datetime) -> datetime:
    """An aware datetime (a naive one is taken as UTC), as the filters mean it."""
    return _as_utc(value)


def _aware(value: object) -> datetime | None:
    if value is None or pd.isna(value):
        return None
    stamp = pd.Timestamp(value)
    return (stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")).to_pydatetime()


def _parse_offset(text: str) -> timedelta:
    """``+06:00`` -> 6 hours (UTC for anything else)."""
    if len(text) == 6 and text[0] in "+-" and text[3] == ":":
        try:
            minutes = int(text[1:3]) * 60 + int(text[4:6])
        except ValueError:
            return timedelta(0)
        return timedelta(minutes=minutes if text[0] == "+" else -minutes)
    return timedelta(0)


def _as_incident_table(frame: pd.DataFrame) -> gpd.GeoDataFrame:
    """Rows from DuckDB with the incident table's dtypes and point geometry."""
    for col in ("start_utc", "end_utc"):
        values = frame[col]
        if not isinstance(values.dtype, pd.DatetimeTZDtype):
            values = pd.to_datetime(values, utc=True)
        frame[col] = values.dt.tz_convert("UTC").dt.as_unit("ns")
    frame["fatalities"] = frame["fatalities"].astype("Int64")
    for col in ("sentence_start", "sentence_end"):
        frame[col] = frame[col].astype("int64")
    geometry = gpd.points_from_xy(frame["longitude"], frame["latitude"], crs=CRS)
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=CRS)

