"""The incident table: its columns, its checks, and how it is stored.

One row per incident, in a :class:`geopandas.GeoDataFrame` with the columns of
:data:`INCIDENT_COLUMNS` plus a ``geometry`` column of points (lon, lat) in EPSG:4326.

* Text columns are strings (``""`` when unknown); ``actors`` are joined with ``"; "``.
* ``fatalities`` is a nullable ``Int64`` (a lower bound; ``<NA>`` when not reported).
* ``start_time`` / ``end_time`` are ISO 8601 strings with the *local* UTC offset
  (``"2022-01-06T17:30:00+06:00"``); they are the source of truth for time.
* ``start_utc`` / ``end_utc`` are ``datetime64[ns, UTC]`` copies for filtering.
* ``event_id``, ``primary`` (bool), ``sources`` (int) and ``article_ids`` say which rows
  report one event (:mod:`mapping.fusion`); a table without them reads as one event per row.

Files are written atomically (temporary file in the same folder, fsync, ``os.replace``)
as GeoParquet, GeoJSON, GeoPackage or CSV, chosen by the file's suffix.

A *dataset* is a folder of GeoParquet files partitioned by the month of ``start_utc``
(``DIR/month=YYYY-MM/part-<random>.parquet``, hive style) plus ``DIR/_manifest.json``, which
lists the live part files and every article stored (``article_id``, ``article_path`` and the
months holding its rows). An update writes new part files for the months that changed, then
the manifest (atomically, last), and only then removes the parts it no longer lists, so a
reader that follows the manifest always sees one complete snapshot. Writers take a lock
(:func:`store_lock`) so that concurrent ingests into one store are serialised.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import tempfile
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pyogrio
import shapely
from filelock import FileLock

from mapping._errors import StorageError, ValidationError
from mapping.fusion import FUSION_COLUMNS, fuse, singletons
from mapping.types import EVENT_TYPES, GEO_PRECISIONS, TIME_PRECISIONS, Incident

logger = logging.getLogger(__name__)

CRS = "EPSG:4326"
GEOMETRY = "geometry"

# Every column of the incident table, in order, with its kind of value.
_COLUMN_KINDS: dict[str, str] = {
    "incident_id": "text",
    "article_id": "text",
    "article_path": "text",
    "title": "text",
    "source": "text",
    "event_type": "text",
    "sub_event_type": "text",
    "actors": "text",
    "fatalities": "count",
    "fatalities_text": "text",
    "location_name": "text",
    "country": "text",
    "latitude": "float",
    "longitude": "float",
    "geo_precision": "text",
    "start_time": "text",
    "end_time": "text",
    "time_precision": "text",
    "sentence": "text",
    "sentence_start": "int",
    "sentence_end": "int",
    "trigger": "text",
    "start_utc": "utc",
    "end_utc": "utc",
    # fusion (mapping/fusion.py): the rows that report one event share its event_id
    "event_id": "text",
    "primary": "bool",
    "sources": "int",
    "article_ids": "text",
}
INCIDENT_COLUMNS: tuple[str, ...] = tuple(_COLUMN_KINDS)


def _columns(kind: str) -> tuple[str, ...]:
    return tuple(c for c, k in _COLUMN_KINDS.items() if k == kind)


_TEXT_COLUMNS = _columns("text")
_FLOAT_COLUMNS = _columns("float")
_INT_COLUMNS = _columns("int")
_UTC_COLUMNS = _columns("utc")
_BOOL_COLUMNS = _columns("bool")
_UTC_DTYPE = "datetime64[ns, UTC]"

SUPPORTED_SUFFIXES: tuple[str, ...] = (".parquet", ".geojson", ".gpkg", ".csv")
_OGR_DRIVERS = {".geojson": "GeoJSON", ".gpkg": "GPKG"}
_GPKG_LAYER = "incidents"
_COORD_TOLERANCE = 1e-7  # degrees (about 1 cm)
_MAX_IDS_LISTED = 5


# --------------------------------------------------------------------------- building


def incidents_to_frame(incidents: Iterable[Incident]) -> gpd.GeoDataFrame:
    """Turn incidents into the incident table (an empty iterable gives an empty table)."""
    rows = [_incident_row(incident) for incident in incidents]
    frame = pd.DataFrame(rows, columns=[c for c in INCIDENT_COLUMNS if c not in FUSION_COLUMNS])
    frame, problems = _conform(frame)
    if problems:  # only reachable with malformed records (e.g. a naive datetime)
        logger.warning("incidents_to_frame: %s", "; ".join(problems))
    geometry = gpd.points_from_xy(frame["longitude"], frame["latitude"], crs=CRS)
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=CRS)


def _incident_row(incident: Incident) -> dict[str, object]:
    """One incident as a dict of raw column values."""
    place, span = incident.place, incident.time
    return {
        "incident_id": incident.incident_id,
        "article_id": incident.article_id,
        "article_path": incident.article_path,
        "title": incident.title,
        "source": incident.source or "",
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "actors": "; ".join(incident.actors),
        "fatalities": incident.fatalities,
        "fatalities_text": incident.fatalities_text or "",
        "location_name": place.name,
        "country": place.country,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geo_precision": place.precision,
        "start_time": span.start.isoformat(),
        "end_time": span.end.isoformat(),
        "time_precision": span.precision,
        "sentence": incident.sentence,
        "sentence_start": incident.sentence_start,
        "sentence_end": incident.sentence_end,
        "trigger": incident.trigger,
        "start_utc": _as_utc(span.start),
        "end_utc": _as_utc(span.end),
    }


def _as_utc(value: datetime) -> datetime:
    """An aware datetime in UTC (a naive one is taken to be UTC already)."""
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


# --------------------------------------------------------------------------- dtypes


def _conform(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Cast the contract's columns to their dtypes; report values that do not fit.

    Missing columns are left missing (validation reports them); extra columns are
    kept after the contract's ones.
    """
    frame = frame.copy()
    problems: list[str] = []
    present = set(frame.columns)
    if "incident_id" in present and "article_id" in present and not present & set(FUSION_COLUMNS):
        frame = singletons(frame)  # a table from before fusion, or from elsewhere: each row its own event
        present |= set(FUSION_COLUMNS)
    for col in _TEXT_COLUMNS:
        if col in present:
            frame[col] = _as_text(frame[col])
    for col in _FLOAT_COLUMNS:
        if col in present:
            frame[col], bad = _as_number(frame[col])
            _note(problems, frame, bad, f"{col} is not a number")
    if "fatalities" in present:
        values, bad = _as_number(frame["fatalities"])
        bad |= values.notna() & (values != values.round())
        _note(problems, frame, bad, "fatalities is not a whole number")
        frame["fatalities"] = values.where(~bad).round().astype("Int64")
    for col in _INT_COLUMNS:
        if col in present:
            values, bad = _as_number(frame[col])
            bad |= values.isna() | (values != values.round())
            _note(problems, frame, bad, f"{col} is not a whole number")
            frame[col] = values.where(~bad, -1).round().astype("int64")
    for col in _BOOL_COLUMNS:
        if col in present:
            values = frame[col].map(_as_bool)
            _note(problems, frame, values.isna(), f"{col} is not true or false")
            frame[col] = values.fillna(True).astype(bool)
    for col in _UTC_COLUMNS:
        if col in present:
            frame[col], bad = _as_utc_series(frame[col])
            _note(problems, frame, bad, f"{col} is not a date-time")
    order = [c for c in INCIDENT_COLUMNS if c in present]
    order += [c for c in frame.columns if c not in order and c != GEOMETRY]
    if GEOMETRY in present:
        order.append(GEOMETRY)
    return frame[order], problems


def _as_text(values: pd.Series) -> pd.Series:
    """Strings, with missing values as ``""``."""
    if values.dtype == "str" and not values.hasnans:
        return values
    return values.astype(object).where(values.notna(), "").astype(str).astype("str")


def _as_bool(value: object) -> bool | None:
    """True/False from a bool, 0/1 or a word such as "true"/"false" (CSV); None otherwise."""
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, float, np.integer, np.floating)) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0"):
        return value.strip().lower() in ("true", "1")
    return None


def _as_number(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Floats, and a mask of values that were present but not numeric."""
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype):
        return values.astype("float64"), pd.Series(False, index=values.index)
    raw = values.astype(object).where(values.notna(), None)
    raw = raw.map(lambda v: None if isinstance(v, str) and not v.strip() else v)
    numbers = pd.to_numeric(raw, errors="coerce").astype("float64")
    bad = raw.notna() & numbers.isna()
    return numbers, bad


def _as_utc_series(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """``datetime64[ns, UTC]`` values, and a mask of the ones that could not be read."""
    if isinstance(values.dtype, pd.DatetimeTZDtype):
        return values.dt.tz_convert("UTC").dt.as_unit("ns"), pd.Series(False, index=values.index)
    converted = pd.Series(pd.NaT, index=values.index, dtype=_UTC_DTYPE)
    bad = pd.Series(False, index=values.index)
    for idx, value in values.items():
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            continue
        try:
            stamp = pd.Timestamp(value)
        except (TypeError, ValueError):
            bad[idx] = True
            continue
        stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
        converted[idx] = stamp
    return converted, bad


def _note(problems: list[str], frame: pd.DataFrame, mask: pd.Series, what: str) -> None:
    """Append ``what`` with the offending incident ids when ``mask`` has any row."""
    if bool(mask.any()):
        problems.append(f"{what} ({_ids(frame, mask)})")


def _ids(frame: pd.DataFrame, mask: pd.Series) -> str:
    """A short list naming the rows of ``mask`` by incident_id (or by position)."""
    mask = mask.fillna(True).astype(bool)
    if "incident_id" in frame.columns:
        names = [repr(str(v)) for v in frame.loc[mask.to_numpy(), "incident_id"]]
        label = "incident_id"
    else:
        names = [str(i) for i in np.flatnonzero(mask.to_numpy())]
        label = "row"
    shown = ", ".join(names[:_MAX_IDS_LISTED])
    more = f", and {len(names) - _MAX_IDS_LISTED} more" if len(names) > _MAX_IDS_LISTED else ""
    return f"{len(names)} row{'s' if len(names) != 1 else ''}: {label} {shown}{more}"


# --------------------------------------------------------------------------- validation


def validate_incidents(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return ``gdf`` unchanged if it meets the contract, else raise one ValidationError.

    The error lists every problem found, one per line.
    """
    problems = _all_problems(gdf)
    if problems:
        raise ValidationError(_problem_message("incident table is invalid", problems))
    return gdf


def _all_problems(gdf: gpd.GeoDataFrame) -> list[str]:
    """Values that do not fit their column's dtype, then every other problem."""
    if not isinstance(gdf, pd.DataFrame):
        return _problems(gdf)
    _, problems = _conform(gdf)
    return problems + [p for p in _problems(gdf) if p not in problems]


def _problem_message(head: str, problems: Sequence[str]) -> str:
    """One message: a head line and one bullet per problem."""
    lines = "\n".join(f"  - {p}" for p in problems)
    return f"{head} ({len(problems)} problem{'s' if len(problems) != 1 else ''}):\n{lines}"


def _problems(gdf: gpd.GeoDataFrame) -> list[str]:
    """Every way ``gdf`` breaks the contract (empty when it is fine)."""
    if not isinstance(gdf, gpd.GeoDataFrame):
        return [f"expected a GeoDataFrame, got {type(gdf).__name__}"]
    problems: list[str] = []
    missing = [c for c in (*INCIDENT_COLUMNS, GEOMETRY) if c not in gdf.columns]
    if missing:
        problems.append(f"missing columns: {', '.join(missing)}")
    cols = set(gdf.columns)

    if "incident_id" in cols:
        dup = gdf["incident_id"].duplicated(keep=False)
        if dup.any():
            ids = sorted({str(v) for v in gdf.loc[dup, "incident_id"]})
            problems.append(f"duplicate incident_id: {', '.join(map(repr, ids))}")
        _note(
            problems,
            gdf,
            gdf["incident_id"].isna() | (gdf["incident_id"] == ""),
            "empty incident_id",
        )

    problems.extend(_crs_problems(gdf))
    problems.extend(_geometry_problems(gdf, cols))
    for col, allowed in (
        ("event_type", EVENT_TYPES),
        ("geo_precision", GEO_PRECISIONS),
        ("time_precision", TIME_PRECISIONS),
    ):
        if col in cols:
            bad = ~gdf[col].isin(allowed)
            if bad.any():
                seen = sorted({str(v) for v in gdf.loc[bad, col]})
                problems.append(
                    f"{col} not one of {', '.join(allowed)}: {', '.join(map(repr, seen))} ({_ids(gdf, bad)})"
                )
    problems.extend(_time_problems(gdf, cols))
    if "fatalities" in cols:
        values, _ = _as_number(gdf["fatalities"])
        _note(problems, gdf, values < 0, "negative fatalities")
    return problems


def _crs_problems(gdf: gpd.GeoDataFrame) -> list[str]:
    """The CRS must be EPSG:4326."""
    column = gdf[GEOMETRY] if GEOMETRY in gdf.columns else None
    if not isinstance(column, gpd.GeoSeries):
        return []
    crs = column.crs
    if crs is None:
        return [f"CRS is not set (expected {CRS})"]
    if crs.to_epsg() != 4326:
        return [f"CRS is {crs.to_string()} (expected {CRS})"]
    return []


def _geometry_problems(gdf: gpd.GeoDataFrame, cols: set[str]) -> list[str]:
    """Points that are valid and agree with latitude/longitude, which must be in range."""
    problems: list[str] = []
    coords: dict[str, pd.Series] = {}
    for col, limit in (("latitude", 90.0), ("longitude", 180.0)):
        if col not in cols:
            continue
        values, bad = _as_number(gdf[col])  # `bad` is reported by _conform
        _note(problems, gdf, values.isna() & ~bad, f"{col} is missing")
        _note(problems, gdf, values.abs() > limit, f"{col} out of range [-{limit:g}, {limit:g}]")
        coords[col] = values
    if GEOMETRY not in cols:
        return problems
    geoms = gdf[GEOMETRY]
    if not isinstance(geoms, gpd.GeoSeries):
        return [*problems, "geometry column does not hold geometries"]
    arr = geoms.to_numpy()
    missing = pd.Series(shapely.is_missing(arr), index=gdf.index)
    empty = pd.Series(shapely.is_empty(arr), index=gdf.index) & ~missing
    point = pd.Series(shapely.get_type_id(arr) == 0, index=gdf.index)
    _note(problems, gdf, missing, "geometry is missing")
    _note(problems, gdf, empty, "geometry is empty")
    _note(problems, gdf, ~missing & ~empty & ~point, "geometry is not a Point")
    usable = point & ~empty & ~missing
    x_values = np.full(len(arr), np.nan)
    y_values = np.full(len(arr), np.nan)
    mask = usable.to_numpy()
    x_values[mask] = shapely.get_x(arr[mask])
    y_values[mask] = shapely.get_y(arr[mask])
    x = pd.Series(x_values, index=gdf.index)
    y = pd.Series(y_values, index=gdf.index)
    invalid = usable & ~pd.Series(shapely.is_valid(arr), index=gdf.index)
    invalid |= usable & ~(np.isfinite(x) & np.isfinite(y))
    _note(problems, gdf, invalid, "geometry is invalid")
    if len(coords) == 2:
        dx = (x - coords["longitude"]).abs() > _COORD_TOLERANCE
        dy = (y - coords["latitude"]).abs() > _COORD_TOLERANCE
        off = usable & ~invalid & coords["latitude"].notna() & coords["longitude"].notna()
        _note(problems, gdf, off & (dx | dy), "latitude/longitude do not match the geometry")
    return problems


def _time_problems(gdf: gpd.GeoDataFrame, cols: set[str]) -> list[str]:
    """ISO times with offsets, end not before start, UTC columns that agree."""
    problems: list[str] = []
    parsed: dict[str, pd.Series] = {}
    for col in ("start_time", "end_time"):
        if col not in cols:
            continue
        parsed[col] = _iso_instants(gdf[col])  # NaT where not an ISO time with an offset
        _note(problems, gdf, parsed[col].isna(), f"{col} is not an ISO 8601 time with a UTC offset")
    instants = parsed
    if len(parsed) == 2:
        before = (instants["end_time"] < instants["start_time"]).fillna(False).astype(bool)
        _note(problems, gdf, before, "end_time is before start_time")
    for iso_col, utc_col in (("start_time", "start_utc"), ("end_time", "end_utc")):
        if utc_col not in cols:
            continue
        column = gdf[utc_col]
        if not isinstance(column.dtype, pd.DatetimeTZDtype):
            problems.append(f"{utc_col} is not a timezone-aware datetime column ({column.dtype})")
            continue
        _note(problems, gdf, column.isna(), f"{utc_col} is missing")
        if iso_col in parsed:
            iso = instants[iso_col]
            differs = (iso.notna() & column.notna() & (iso != column.dt.tz_convert("UTC"))).astype(bool)
            _note(problems, gdf, differs, f"{utc_col} does not match {iso_col}")
    return problems


_ENDS_WITH_OFFSET = r"(?:Z|[+-]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$"


def _iso_instants(values: pd.Series) -> pd.Series:
    """The instants of ISO 8601 strings with a UTC offset (``datetime64[ns, UTC]``), NaT for anything else.

    Strings in the usual shape are parsed as a vector; every other value goes through
    :func:`_parse_iso` one by one, so the outcome is the same as parsing each.
    """
    out = pd.Series(pd.NaT, index=values.index, dtype=_UTC_DTYPE)
    fast = pd.Series(False, index=values.index)
    if pd.api.types.is_string_dtype(values.dtype):
        text = values.astype("str")
        shaped = text.str.match(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?", na=False)
        shaped &= text.str.contains(_ENDS_WITH_OFFSET, regex=True, na=False)
        if bool(shaped.any()):
            stamps = pd.to_datetime(text[shaped], format="ISO8601", utc=True, errors="coerce").dt.as_unit("ns")
            out[shaped] = stamps
            fast = shaped & out.notna()
    rest = ~fast.to_numpy()
    if rest.any():
        out[rest] = _instants(pd.Series([_parse_iso(v) for v in values[rest]], index=values.index[rest],
                                        dtype=object))
    return out


def _instants(values: pd.Series) -> pd.Series:
    """Aware datetimes (or None) as ``datetime64[ns, UTC]`` instants, NaT for None."""
    present = values.notna().to_numpy()
    out = pd.Series(pd.NaT, index=values.index, dtype=_UTC_DTYPE)
    if present.any():
        out[present] = pd.to_datetime(list(values[present]), utc=True).as_unit("ns")
    return out


def _parse_iso(value: object) -> datetime | None:
    """An aware datetime from an ISO 8601 string with an offset, else None."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.utcoffset() is not None else None


# --------------------------------------------------------------------------- writing


def write_incidents(gdf: gpd.GeoDataFrame, path: str | os.PathLike[str]) -> Path:
    """Validate ``gdf`` and write it atomically; the format follows the suffix.

    ``.parquet`` (GeoParquet), ``.geojson``, ``.gpkg`` or ``.csv`` (no geometry
    column: latitude/longitude carry the position). Raises ValidationError for an
    invalid table and StorageError when the file cannot be written; on failure a
    previous file at ``path`` is left as it was.
    """
    path = Path(path)
    suffix = _suffix(path)
    validate_incidents(gdf)
    frame, _ = _conform(gdf)
    frame = gpd.GeoDataFrame(frame, geometry=GEOMETRY, crs=gdf.crs)

    def write(tmp: Path) -> None:
        if suffix == ".parquet":
            frame.to_parquet(tmp, index=False)
        elif suffix == ".csv":
            _csv_frame(frame).to_csv(tmp, index=False)
        else:
            pyogrio.write_dataframe(frame, tmp, driver=_OGR_DRIVERS[suffix], layer=_GPKG_LAYER)

    atomic_write(path, write)
    logger.info("wrote %d incidents to %s", len(frame), path)
    return path


def _csv_frame(frame: gpd.GeoDataFrame) -> pd.DataFrame:
    """The table without geometry, UTC columns as ISO strings."""
    out = pd.DataFrame(frame.drop(columns=GEOMETRY))
    for col in _UTC_COLUMNS:
        out[col] = out[col].map(lambda t: t.isoformat() if pd.notna(t) else "")
    return out


def _suffix(path: Path) -> str:
    """The lower-case suffix of ``path``, which must be a supported one."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise StorageError(
            f"{path}: unsupported file type {suffix or '(no suffix)'!r}; use one of {', '.join(SUPPORTED_SUFFIXES)}"
        )
    return suffix


def atomic_write(path: str | os.PathLike[str], write: Callable[[Path], object]) -> Path:
    """Call ``write(tmp)`` on a temporary file beside ``path``, then move it into place.

    The temporary file has the same suffix, is fsynced, and replaces ``path`` with
    ``os.replace``. On any failure the temporary file is removed, ``path`` is left as
    it was, and StorageError names the path and the problem. Parent folders are created.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(suffix=path.suffix, prefix=f".{path.stem}.", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise StorageError(f"{path}: cannot create a file there: {exc}") from exc
    tmp = Path(tmp_name)
    try:
        write(tmp)
        _fsync_file(tmp)
        os.chmod(tmp, _file_mode(path))
        os.replace(tmp, path)
    except BaseException as exc:
        _remove_quietly(tmp)
        if isinstance(exc, Exception):
            raise StorageError(f"{path}: cannot write: {_describe(exc)}") from exc
        raise
    _fsync_dir(path.parent)
    return path


def _fsync_file(path: Path) -> None:
    """Flush a file's contents to disk."""
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Flush a folder's entries to disk where the platform allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _file_mode(path: Path) -> int:
    """Permissions for the new file: the old file's, else 0o666 less the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        pass
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o644


def _remove_quietly(tmp: Path) -> None:
    """Remove a temporary file and any SQLite side files GDAL left next to it."""
    for candidate in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-journal", "-wal", "-shm"))):
        try:
            candidate.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            logger.warning("could not remove temporary file %s: %s", candidate, exc)


def _describe(exc: BaseException) -> str:
    """A one-line description of an exception."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# --------------------------------------------------------------------------- reading


def read_incidents(path: str | os.PathLike[str]) -> gpd.GeoDataFrame:
    """Read an incident table written by :func:`write_incidents` and validate it.

    ``path`` is a file or a dataset folder (see the module docstring). Raises StorageError
    when it is missing, unsupported or unreadable, and ValidationError (naming it) when its
    contents break the contract.
    """
    path = Path(path)
    if path.is_dir():
        return _read_dataset(path)
    suffix = _suffix(path)
    if not path.is_file():
        problem = "is a folder, not a file" if path.is_dir() else "no such file"
        raise StorageError(f"{path}: cannot read incidents: {problem}")
    try:
        raw = _read_raw(path, suffix)
    except Exception as exc:
        raise StorageError(f"{path}: cannot read incidents: {_describe(exc)}") from exc
    gdf = _checked(raw, path)
    logger.info("read %d incidents from %s", len(gdf), path)
    return gdf


def _checked(raw: gpd.GeoDataFrame, path: Path) -> gpd.GeoDataFrame:
    """``raw`` with its dtypes restored, or ValidationError naming ``path``."""
    frame, problems = _conform(raw)
    gdf = gpd.GeoDataFrame(frame, geometry=GEOMETRY, crs=raw.crs)
    problems += [p for p in _problems(gdf) if p not in problems]  # on the restored dtypes
    if problems:
        raise ValidationError(_problem_message(f"{path}: incident table is invalid", problems))
    return gdf


def _read_raw(path: Path, suffix: str) -> gpd.GeoDataFrame:
    """The file's contents as a GeoDataFrame, before dtypes are restored."""
    if suffix == ".parquet":
        gdf = gpd.read_parquet(path)
    elif suffix == ".csv":
        gdf = _read_csv(path)
    else:
        # datetime_as_string: GDAL would otherwise turn the ISO strings of the GeoJSON
        # into UTC date-times and drop their local offsets.
        gdf = pyogrio.read_dataframe(path, datetime_as_string=True)
        if suffix == ".geojson" and gdf.crs is not None and _is_wgs84_lonlat(gdf):
            gdf = gdf.set_crs(CRS, allow_override=True)
        if suffix == ".geojson" and len(gdf) == 0:
            # A FeatureCollection without features carries no field names.
            for col in INCIDENT_COLUMNS:
                if col not in gdf.columns:
                    gdf[col] = pd.Series([], dtype=object)
        for col in _UTC_COLUMNS:  # ms precision in GPKG; the ISO strings are exact
            if col in gdf.columns and col.replace("utc", "time") in gdf.columns:
                gdf[col] = gdf[col.replace("utc", "time")]
    if gdf.geometry.name != GEOMETRY:
        gdf = gdf.rename_geometry(GEOMETRY)
    return gdf


def _is_wgs84_lonlat(gdf: gpd.GeoDataFrame) -> bool:
    """True for OGC:CRS84 (GeoJSON's own CRS), which is EPSG:4326 in lon/lat order."""
    return bool(gdf.crs.equals(CRS, ignore_axis_order=True))


def _read_csv(path: Path) -> gpd.GeoDataFrame:
    """A CSV written by :func:`write_incidents`, geometry rebuilt from latitude/longitude."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[])
    lat, _ = _as_number(frame["latitude"]) if "latitude" in frame else (None, None)
    lon, _ = _as_number(frame["longitude"]) if "longitude" in frame else (None, None)
    if lat is None or lon is None:
        geometry = gpd.GeoSeries([None] * len(frame), index=frame.index, crs=CRS)
    else:
        geometry = gpd.points_from_xy(lon, lat, crs=CRS)
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=CRS)


# --------------------------------------------------------------------------- combining


def upsert_incidents(existing: gpd.GeoDataFrame, new: gpd.GeoDataFrame,
                     articles: Iterable[tuple[str, str]] = ()) -> gpd.GeoDataFrame:
    """Replace the rows of ``existing`` from the articles in ``new`` by ``new``'s rows.

    Rows of ``existing`` whose article_id (or incident_id) appears in ``new``, or whose
    article_id or article_path is among ``articles`` ((article_id, article_path) pairs of
    every article read anew, also those that now give no incident, or were edited), are
    dropped; everything else is kept. The result is sorted by start_utc then incident_id,
    with a fresh index, and fused afresh (:func:`mapping.fusion.fuse`).
    """
    for name, frame in (("existing", existing), ("new", new)):
        missing = [c for c in ("incident_id", "article_id", "start_utc") if c not in frame]
        if missing:
            raise ValidationError(f"{name} incidents lack columns: {', '.join(missing)}")
    ids, paths = {a for a, _ in articles}, {p for _, p in articles if p}
    replaced = (existing["article_id"].isin(new["article_id"]) | existing["incident_id"].isin(new["incident_id"])
                | existing["article_id"].isin(ids) | existing["article_path"].isin(paths))
    kept = existing.loc[~replaced]
    parts = [frame for frame in (kept, new) if len(frame)]
    if not parts:
        combined = new.iloc[0:0].copy()
    elif len(parts) == 1:
        combined = parts[0].copy()
    else:
        combined = pd.concat(parts, ignore_index=True)
    combined = gpd.GeoDataFrame(combined, geometry=GEOMETRY, crs=new.crs or existing.crs)
    combined = fuse(combined.sort_values(["start_utc", "incident_id"], kind="stable"))
    logger.debug("upsert: kept %d, replaced %d, added %d", len(kept), int(replaced.sum()), len(new))
    return combined.reset_index(drop=True)


def filter_incidents(
    gdf: gpd.GeoDataFrame,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    types: Sequence[str] | None = None,
) -> gpd.GeoDataFrame:
    """Incidents whose ``[start_utc, end_utc)`` overlaps ``[start, end)`` and whose type is in ``types``.

    Naive datetimes are taken as UTC; ``None`` leaves that side (or the types) open.
    An incident with ``end_utc == start_utc`` is an instant and is kept when it falls
    inside the window.
    """
    keep = pd.Series(True, index=gdf.index)
    inst_start, inst_end = gdf["start_utc"], gdf["end_utc"]
    instant = inst_end <= inst_start
    if start is not None:
        lo = _window_bound(start, "start")
        keep &= (inst_end > lo) | (instant & (inst_start >= lo))
    if end is not None:
        hi = _window_bound(end, "end")
        keep &= inst_start < hi
    if types is not None:
        if isinstance(types, str):
            types = [types]
        keep &= gdf["event_type"].isin(list(types))
    return gdf.loc[keep.to_numpy()]


def _window_bound(value: datetime, name: str) -> pd.Timestamp:
    """A window bound as a UTC timestamp; a plain date is refused as ambiguous."""
    if not isinstance(value, datetime):
        raise TypeError(f"{name} must be a datetime, not {type(value).__name__}")
    return pd.Timestamp(_as_utc(value))


# --------------------------------------------------------------------------- datasets

MANIFEST = "_manifest.json"
LOCK_NAME = ".eventmap.lock"
_MANIFEST_FORMAT = 1
_READ_ATTEMPTS = 5  # a writer may replace parts between a reader's manifest and its reads


@dataclass
class Manifest:
    """What a dataset holds: ``parts`` maps a month ("YYYY-MM") to its live part file (relative
    to the dataset folder); ``articles`` maps each stored article_id to its article_path and the
    months holding its rows (empty for an article that gave no incident)."""

    parts: dict[str, str] = field(default_factory=dict)
    articles: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    incidents: int = 0

    def to_json(self) -> str:
        """The manifest as JSON text."""
        return json.dumps({
            "format": _MANIFEST_FORMAT,
            "incidents": self.incidents,
            "parts": [{"month": m, "file": f} for m, f in sorted(self.parts.items())],
            "articles": [{"article_id": a, "article_path": p, "months": months}
                         for a, (p, months) in sorted(self.articles.items())],
        }, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        """Parse a manifest; raises ValueError/KeyError/TypeError when it is malformed."""
        raw = json.loads(text)
        if raw.get("format") != _MANIFEST_FORMAT:
            raise ValueError(f"unknown manifest format {raw.get('format')!r}")
        return cls(parts={str(p["month"]): str(p["file"]) for p in raw["parts"]},
                   articles={str(a["article_id"]): (str(a["article_path"]), [str(m) for m in a["months"]])
                             for a in raw["articles"]},
                   incidents=int(raw["incidents"]))


def is_dataset(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` names a dataset folder: an existing folder, or a new path without a suffix."""
    path = Path(path)
    return path.is_dir() or (not path.exists() and path.suffix == "")


def read_manifest(folder: str | os.PathLike[str]) -> Manifest | None:
    """The manifest of a dataset folder, None when it has none; StorageError when it is unreadable."""
    path = Path(folder) / MANIFEST
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StorageError(f"{path}: cannot read the dataset manifest: {_describe(exc)}") from exc
    try:
        return Manifest.from_json(text)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StorageError(f"{path}: the dataset manifest is malformed: {_describe(exc)}") from exc


def parquet_files(path: str | os.PathLike[str]) -> list[Path]:
    """The live GeoParquet files of a store: a dataset's part files (by month; [] for a folder
    without a manifest), or ``[path]`` for a single file."""
    path = Path(path)
    if not path.is_dir():
        return [path]
    manifest = read_manifest(path)
    return [path / f for _, f in sorted(manifest.parts.items())] if manifest else []


def stored_articles(path: str | os.PathLike[str]) -> dict[str, str]:
    """article_id -> article_path of every article already in a store (file or dataset); empty
    when there is none yet. A single file knows only the articles that gave incidents."""
    path = Path(path)
    if path.is_dir():
        manifest = read_manifest(path)
        return {a: p for a, (p, _) in manifest.articles.items()} if manifest else {}
    if not path.exists():
        return {}
    gdf = read_incidents(path)
    return dict(zip(gdf["article_id"], gdf["article_path"], strict=True))


def store_lock(path: str | os.PathLike[str]) -> FileLock:
    """The lock that serialises writers of a store: ``DIR/.eventmap.lock`` for a dataset,
    ``.NAME.lock`` beside a single file. It is an OS lock (flock), released when its process
    ends, however it ends."""
    path = Path(path)
    folder = path if is_dataset(path) else path.parent
    folder.mkdir(parents=True, exist_ok=True)
    return FileLock(folder / (LOCK_NAME if folder == path else f".{path.name}.lock"))


def _before_write(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Every frame the ingest write path stores (each rewritten partition, or the whole single
    file) passes here first (identity for now: fusion is redone by :func:`upsert_incidents`,
    which builds every such frame)."""
    return frame


def save_incidents(path: str | os.PathLike[str], new: gpd.GeoDataFrame,
                   articles: Sequence[tuple[str, str]] = (), *, replace: bool = False) -> int:
    """Store ``new`` (the incidents of ``articles``, (article_id, article_path) pairs of every
    article read anew) in a file or dataset, replacing those articles' old rows; returns the
    number of incidents stored. With ``replace`` the store starts afresh. Nothing is written
    when there is nothing new. Call it holding :func:`store_lock`."""
    path = Path(path)
    if is_dataset(path):
        return _update_dataset(path, new, articles, replace=replace)
    if path.exists() and not replace:
        if not articles and not len(new):
            return len(read_incidents(path))
        frame = upsert_incidents(read_incidents(path), new, articles)
    else:
        frame = upsert_incidents(new.iloc[0:0], new, articles)
    write_incidents(_before_write(frame), path)
    _remove_stale_temporaries(path.parent, path)
    return len(frame)


def _months(frame: gpd.GeoDataFrame) -> pd.Series:
    """The partition key of each row: the month of start_utc, "YYYY-MM"."""
    return frame["start_utc"].dt.strftime("%Y-%m")


def _update_dataset(folder: Path, new: gpd.GeoDataFrame, articles: Sequence[tuple[str, str]],
                    *, replace: bool) -> int:
    """Rewrite the partitions ``new`` and ``articles`` touch, then the manifest, then remove
    the part files no longer listed."""
    folder.mkdir(parents=True, exist_ok=True)
    old = read_manifest(folder)
    if old is not None and not replace and not articles and not len(new):
        return old.incidents
    base = Manifest() if replace or old is None else Manifest(dict(old.parts), dict(old.articles), old.incidents)
    ids, paths = {a for a, _ in articles}, {p for _, p in articles if p}
    gone = {a for a, (p, _) in base.articles.items() if a in ids or p in paths}
    new_months = _months(new)
    affected = set(new_months) | {m for a in gone for m in base.articles[a][1]}
    rewritten: list[gpd.GeoDataFrame] = []
    for month in sorted(affected):
        rows = new.loc[(new_months == month).to_numpy()]
        existing = _read_part(folder, base.parts.pop(month)) if month in base.parts else rows.iloc[0:0]
        rows = _before_write(upsert_incidents(existing, rows, articles))
        if len(rows):
            rewritten.append(rows)
    if rewritten:
        _write_parts(folder, rewritten, base)
    for a in gone:
        base.articles.pop(a)
    months: dict[str, set[str]] = {}
    for a, m in zip(new["article_id"], new_months, strict=True):
        months.setdefault(a, set()).add(m)
    for a, p in articles:
        base.articles[a] = (p, sorted(months.get(a, ())))
    base.incidents = sum(_parquet_rows(folder / f) for f in base.parts.values())
    atomic_write(folder / MANIFEST, lambda tmp: tmp.write_text(base.to_json(), encoding="utf-8"))
    _remove_unlisted_parts(folder, base)
    logger.info("dataset %s: %d months rewritten, %d incidents in %d parts",
                folder, len(affected), base.incidents, len(base.parts))
    return base.incidents


def _write_parts(folder: Path, frames: list[gpd.GeoDataFrame], manifest: Manifest) -> None:
    """Validate the rows of every rewritten month at once, write each month to a new part file
    (fsynced, listed in ``manifest``); the files stay invisible to readers until the manifest
    that lists them is written."""
    whole = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0],
                             geometry=GEOMETRY, crs=frames[0].crs)
    validate_incidents(whole)
    conformed, _ = _conform(whole)
    whole = gpd.GeoDataFrame(conformed, geometry=GEOMETRY, crs=whole.crs)
    folders: set[Path] = set()
    for month, part in whole.groupby(_months(whole), sort=True):
        rel = f"month={month}/part-{uuid.uuid4().hex[:16]}.parquet"
        path = folder / rel
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            part.to_parquet(path, index=False)
            _fsync_file(path)
        except Exception as exc:
            _remove_quietly(path)
            raise StorageError(f"{path}: cannot write: {_describe(exc)}") from exc
        manifest.parts[str(month)] = rel
        folders.add(path.parent)
    for f in folders:
        _fsync_dir(f)
    _fsync_dir(folder)


def _parquet_rows(path: Path) -> int:
    """The number of rows of a Parquet file, from its footer."""
    return int(pq.ParquetFile(path).metadata.num_rows)


def _read_part(folder: Path, rel: str) -> gpd.GeoDataFrame:
    """One part file of a dataset, dtypes restored (not validated: it was on writing)."""
    path = folder / rel
    try:
        raw = _read_raw(path, ".parquet")
    except Exception as exc:
        raise StorageError(f"{path}: cannot read incidents: {_describe(exc)}") from exc
    frame, _ = _conform(raw)
    return gpd.GeoDataFrame(frame, geometry=GEOMETRY, crs=raw.crs)


def _read_dataset(folder: Path) -> gpd.GeoDataFrame:
    """Every incident of a dataset, as of one manifest, validated."""
    for _ in range(_READ_ATTEMPTS):
        manifest = read_manifest(folder)
        if manifest is None:
            raise StorageError(f"{folder}: cannot read incidents: a folder without {MANIFEST} "
                               "is not an incident dataset")
        files = [folder / f for _, f in sorted(manifest.parts.items())]
        try:
            raws = [_read_raw(f, ".parquet") for f in files]
        except FileNotFoundError:  # a writer replaced a part after we read the manifest
            continue
        except Exception as exc:
            raise StorageError(f"{folder}: cannot read incidents: {_describe(exc)}") from exc
        if not raws:
            return incidents_to_frame([])
        raw = gpd.GeoDataFrame(pd.concat(raws, ignore_index=True), geometry=GEOMETRY, crs=raws[0].crs)
        gdf = _checked(raw, folder)
        logger.info("read %d incidents from %d parts of %s", len(gdf), len(files), folder)
        return gdf
    raise StorageError(f"{folder}: cannot read incidents: the dataset kept changing while being read")


def _remove_unlisted_parts(folder: Path, manifest: Manifest) -> None:
    """Remove part files (and temporaries left by killed writers) the manifest does not list,
    and month folders left empty."""
    live = {folder / f for f in manifest.parts.values()}
    for month_dir in folder.glob("month=*"):
        if not month_dir.is_dir():
            continue
        for f in month_dir.iterdir():
            if f not in live and (f.name.startswith(("part-", ".part-")) and f.suffix == ".parquet"):
                _remove_quietly(f)
        with contextlib.suppress(OSError):
            month_dir.rmdir()  # only succeeds when empty
    _remove_stale_temporaries(folder, Path(MANIFEST))


def _remove_stale_temporaries(folder: Path, target: Path) -> None:
    """Remove the temporary files :func:`atomic_write` left beside ``target`` when its process
    was killed (called by a writer holding the store's lock, so none of them is in use)."""
    name = re.compile(rf"\.{re.escape(target.stem)}\.[A-Za-z0-9_]{{8}}{re.escape(target.suffix)}")
    for f in folder.glob(f".{target.stem}.*{target.suffix}"):
        if name.fullmatch(f.name) and f.is_file():
            _remove_quietly(f)
