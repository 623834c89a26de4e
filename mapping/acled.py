"""Import an ACLED export (CSV) as an incident table, column by column and vectorised.

ACLED (Armed Conflict Location & Event Data) codes one row per event. Its columns map onto
the incident table (:data:`mapping.store.INCIDENT_COLUMNS`) as follows:

* ``event_id_cnty`` -> ``incident_id`` and ``article_id`` (``acled-<id>``; each event is its own record)
* ``event_type``, ``sub_event_type`` -> the same (ACLED's six types are ours)
* ``actor1``, ``assoc_actor_1``, ``actor2``, ``assoc_actor_2`` -> ``actors`` (``"; "``-joined)
* ``fatalities`` -> ``fatalities`` (empty -> not reported)
* ``location`` -> ``location_name``; ``iso`` (ISO 3166 numeric) or ``country`` -> ``country`` (alpha-2)
* ``latitude``, ``longitude`` -> the same and the point geometry
* ``notes`` -> ``sentence`` (the event's description); ``source`` -> ``source``
* ``geo_precision`` (ACLED codebook): 1 = a particular town with its coordinates -> ``city``;
  2 = a small part of a region, or near a town, coded to a town standing for that area -> ``region``;
  3 = a larger region, a natural feature or the provincial capital -> ``region``.
* ``event_date`` is a local calendar day (``YYYY-MM-DD``, ``DD Month YYYY`` as in ACLED's export
  tool, or ``DD-MM-YYYY`` as in the codebook). ``time_precision``: 1 = the actual date -> that
  day (``day``); 2 = sometime in a week, coded to its middle -> seven days around the date
  (``week``); 3 = sometime in a month, coded to its mid-point -> the calendar month (``month``).
  Times carry the place's UTC offset on that date: the time zone comes from the coordinates
  (``tzfpy``, an offline lookup of the time-zone boundaries; the open sea gets its nautical zone).

Rows that cannot be imported (no id, a repeated id, a bad date, coordinates or code) are
reported with their row number (the header is row 1) and skipped; a file that is not an ACLED
export raises one :class:`AcledError`.
"""

from __future__ import annotations

import csv
import functools
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv

from mapping._errors import EventMapError
from mapping.store import CRS, INCIDENT_COLUMNS
from mapping.types import EVENT_TYPES

logger = logging.getLogger(__name__)

REQUIRED_COLUMNS: tuple[str, ...] = ("event_id_cnty", "event_date", "event_type", "latitude", "longitude")
OPTIONAL_COLUMNS: tuple[str, ...] = (
    "year", "time_precision", "disorder_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
    "assoc_actor_2", "country", "iso", "admin1", "admin2", "admin3", "location", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "timestamp",
)
GEO_PRECISION_MAP: dict[str, str] = {"1": "city", "2": "region", "3": "region"}
TIME_PRECISION_MAP: dict[str, str] = {"1": "day", "2": "week", "3": "month"}
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%m-%Y", "%d %b %Y")
_TYPE_BY_KEY = {t.casefold(): t for t in EVENT_TYPES}
_MAX_PROBLEMS_KEPT = 10_000


class AcledError(EventMapError, ValueError):
    """A file cannot be read as an ACLED export (names the file and the problem)."""


@dataclass
class AcledImport:
    """The imported incidents and the rows that were skipped (``(row number, problem)``; the header is row 1)."""

    incidents: gpd.GeoDataFrame
    skipped: list[tuple[int, str]] = field(default_factory=list)
    rows: int = 0


def read_acled(path: str | os.PathLike[str]) -> AcledImport:
    """Read an ACLED CSV export into the incident table; bad rows are reported in ``skipped``, not imported."""
    path = Path(path)
    raw = _read_csv(path)
    table, skipped = acled_frame(raw)
    logger.info("%s: %d of %d rows imported, %d skipped", path, len(table), len(raw), len(skipped))
    return AcledImport(table, skipped, len(raw))


def _read_csv(path: Path) -> pd.DataFrame:
    """Every column of the CSV as strings (missing values as ``""``); AcledError when it is not an ACLED export."""
    if not path.is_file():
        raise AcledError(f"{path}: no such file" if not path.exists() else f"{path}: is a folder, not a file")
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader(handle), [])
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise AcledError(f"{path}: not an ACLED export (cannot read a CSV header: {exc})") from exc
    names = [h.strip().lower() for h in header]
    missing = [c for c in REQUIRED_COLUMNS if c not in names]
    if missing:
        raise AcledError(f"{path}: not an ACLED export (CSV columns missing: {', '.join(missing)}; "
                         f"found: {', '.join(names[:8]) or 'none'}{'...' if len(names) > 8 else ''})")
    try:
        table = pacsv.read_csv(
            path,
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, block_size=1 << 24),
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(column_types=dict.fromkeys(names, pa.string()),
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False),
        )
    except (pa.ArrowInvalid, OSError, UnicodeDecodeError) as exc:
        raise AcledError(f"{path}: not a readable CSV: {' '.join(str(exc).split())}") from exc
    frame = table.to_pandas()  # no nulls: empty cells are ""
    for col in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS):
        if col not in frame.columns:
            frame[col] = ""
    return frame


def acled_frame(raw: pd.DataFrame) -> tuple[gpd.GeoDataFrame, list[tuple[int, str]]]:
    """ACLED rows (all columns strings) as the incident table, and the rows skipped with their problem."""
    n = len(raw)
    problems = pd.Series("", index=raw.index, dtype=object)

    def flag(mask: pd.Series | np.ndarray, message: str, column: str | None = None) -> None:
        """Note ``message`` (``{}`` takes the row's value of ``column``) on the rows of ``mask`` not yet noted."""
        mask = pd.Series(np.asarray(mask, dtype=bool), index=raw.index) & (problems == "")
        if bool(mask.any()):
            values = raw.loc[mask, column] if column else pd.Series("", index=raw.index[mask])
            problems[mask] = values.map(lambda v: message.format(repr(v)))

    ids = raw["event_id_cnty"].str.strip()
    flag(ids == "", "event_id_cnty is empty")
    flag(ids.duplicated() & (ids != ""), "event_id_cnty {} repeats an earlier row", "event_id_cnty")

    day = _parse_dates(raw["event_date"].str.strip())
    flag(day.isna(), "event_date {} is not a date", "event_date")

    year = pd.to_numeric(raw["year"].str.strip(), errors="coerce")
    flag((raw["year"].str.strip() != "") & day.notna() & (year != day.dt.year),
         "year {} disagrees with event_date", "year")

    lat = pd.to_numeric(raw["latitude"].str.strip(), errors="coerce")
    lon = pd.to_numeric(raw["longitude"].str.strip(), errors="coerce")
    flag(lat.isna() | (lat.abs() > 90), "latitude {} is not a latitude", "latitude")
    flag(lon.isna() | (lon.abs() > 180), "longitude {} is not a longitude", "longitude")

    event_type = raw["event_type"].str.strip().str.casefold().map(_TYPE_BY_KEY)
    flag(event_type.isna(), "event_type {} is not one of ACLED's six types", "event_type")

    geo_code = raw["geo_precision"].str.strip().replace("", "1")
    geo = geo_code.map(GEO_PRECISION_MAP)
    flag(geo.isna(), "geo_precision {} is not 1, 2 or 3", "geo_precision")
    time_code = raw["time_precision"].str.strip().replace("", "1")
    tprec = time_code.map(TIME_PRECISION_MAP)
    flag(tprec.isna(), "time_precision {} is not 1, 2 or 3", "time_precision")

    fatal_raw = raw["fatalities"].str.strip()
    fatalities = pd.to_numeric(fatal_raw, errors="coerce")
    bad_fatal = (fatal_raw != "") & (fatalities.isna() | (fatalities < 0) | (fatalities != fatalities.round()))
    flag(bad_fatal, "fatalities {} is not a count", "fatalities")

    ok = (problems == "").to_numpy()
    skipped = [(int(i) + 2, str(p)) for i, p in problems[~ok].items()][:_MAX_PROBLEMS_KEPT]
    rows = raw.loc[ok]
    day, lat, lon, tprec = day[ok], lat[ok].astype("float64"), lon[ok].astype("float64"), tprec[ok]
    start_local, end_local = _local_span(day, tprec)
    start_time, start_utc, end_time, end_utc = _zoned(start_local, end_local, lat, lon)
    ids = ids[ok]
    notes = rows["notes"].str.strip()
    frame = pd.DataFrame({
        "incident_id": "acled-" + ids,
        "article_id": "acled-" + ids,
        "article_path": "",
        "title": "ACLED " + ids + ": " + rows["sub_event_type"].str.strip().where(
            rows["sub_event_type"].str.strip() != "", event_type[ok]) + ", " + rows["location"].str.strip(),
        "source": rows["source"].str.strip(),
        "event_type": event_type[ok],
        "sub_event_type": rows["sub_event_type"].str.strip(),
        "actors": _actors(rows),
        "fatalities": fatalities[ok].round().astype("Int64"),
        "fatalities_text": "",
        "location_name": rows["location"].str.strip(),
        "country": _country_codes(rows["iso"], rows["country"]),
        "latitude": lat,
        "longitude": lon,
        "geo_precision": geo[ok],
        "start_time": start_time,
        "end_time": end_time,
        "time_precision": tprec,
        "sentence": notes,
        "sentence_start": 0,
        "sentence_end": notes.str.len().astype("int64"),
        "trigger": "",
        "start_utc": start_utc,
        "end_utc": end_utc,
        # each ACLED event is one event already: never fused (mapping.fusion)
        "event_id": "acled-" + ids,
        "primary": True,
        "sources": 1,
        "article_ids": "acled-" + ids,
    }, index=rows.index)[list(INCIDENT_COLUMNS)].reset_index(drop=True)
    for col in frame.columns:
        if frame[col].dtype == object or pd.api.types.is_string_dtype(frame[col]):
            frame[col] = frame[col].astype("str")
    geometry = gpd.points_from_xy(frame["longitude"], frame["latitude"], crs=CRS)
    n_bad = int((~ok).sum())
    if n_bad > len(skipped):
        skipped.append((0, f"... and {n_bad - len(skipped)} more rows skipped"))
    logger.debug("acled: %d rows, %d kept", n, len(frame))
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=CRS), skipped


def _parse_dates(values: pd.Series) -> pd.Series:
    """Calendar days (``datetime64``, midnight) from ACLED's date formats; NaT where none fits."""
    out = pd.Series(pd.NaT, index=values.index, dtype="datetime64[s]")
    for fmt in _DATE_FORMATS:
        todo = out.isna() & (values != "")
        if not bool(todo.any()):
            break
        parsed = pd.to_datetime(values[todo], format=fmt, errors="coerce")
        out[todo] = parsed.astype("datetime64[s]")
    return out


def _local_span(day: pd.Series, precision: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Local (naive) start and end of each event: the day, seven days around it, or its calendar month."""
    one_day = pd.Timedelta(days=1)
    start = day.copy()
    end = day + one_day
    week = (precision == "week").to_numpy()
    start[week] = day[week] - 3 * one_day
    end[week] = day[week] + 4 * one_day
    month = (precision == "month").to_numpy()
    month_start = day[month].dt.to_period("M").dt.start_time.astype("datetime64[s]")
    start[month] = month_start
    end[month] = (month_start + pd.offsets.MonthBegin(1)).astype("datetime64[s]")
    return start, end


@functools.lru_cache(maxsize=1)
def _tz_lookup():  # -> Callable[[float, float], str]
    """tzfpy's ``get_tz(lon, lat)`` (loaded on first use, about half a second)."""
    from tzfpy import get_tz

    return get_tz


def time_zones(lat: pd.Series, lon: pd.Series) -> pd.Series:
    """The IANA time zone at each point (looked up once per distinct point)."""
    # One integer per point at 1e-5 degrees (about a metre), so distinct points are found as a vector.
    y = np.round((lat.to_numpy(dtype="float64") + 90.0) * 1e5).astype("int64")
    x = np.round((lon.to_numpy(dtype="float64") + 180.0) * 1e5).astype("int64")
    codes, uniques = pd.factorize(y * 40_000_000 + x)
    get_tz = _tz_lookup()
    zones = np.array([get_tz(float(k % 40_000_000) / 1e5 - 180.0, float(k // 40_000_000) / 1e5 - 90.0) or "UTC"
                      for k in uniques.tolist()], dtype=object)
    return pd.Series(zones[codes], index=lat.index)


def _zoned(start_local: pd.Series, end_local: pd.Series, lat: pd.Series,
           lon: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series, pd.Series]:
    """ISO strings with the local offset, and UTC timestamps, for local starts and ends at each point's zone.

    A local midnight that does not exist (a daylight-saving jump at midnight) moves forward to
    the first valid time; an ambiguous one takes the standard-time reading.
    """
    zones = time_zones(lat, lon)
    groups = zones.groupby(zones, sort=False).groups
    out = []
    for local_series in (start_local, end_local):
        local = local_series.to_numpy().astype("datetime64[s]")
        utc = np.empty(len(local), dtype="datetime64[s]")
        offset = np.empty(len(local), dtype="int64")
        for zone, idx in groups.items():
            pos = lat.index.get_indexer(idx)
            stamps = pd.DatetimeIndex(local[pos]).tz_localize(
                str(zone), ambiguous=np.zeros(len(pos), dtype=bool), nonexistent="shift_forward")
            as_utc = stamps.tz_convert("UTC").tz_localize(None).to_numpy().astype("datetime64[s]")
            wall = stamps.tz_localize(None).to_numpy().astype("datetime64[s]")
            utc[pos] = as_utc
            offset[pos] = (wall - as_utc).astype("int64") // 60
        out.append((utc, offset))
    (s_utc, s_off), (e_utc, e_off) = out
    return (_iso_local(s_utc, s_off, lat.index), _utc_series(s_utc, lat.index),
            _iso_local(e_utc, e_off, lat.index), _utc_series(e_utc, lat.index))


def _utc_series(utc: np.ndarray, index: pd.Index) -> pd.Series:
    return pd.Series(pd.DatetimeIndex(utc.astype("datetime64[ns]")).tz_localize("UTC"), index=index)


def _iso_local(utc: np.ndarray, offset_minutes: np.ndarray, index: pd.Index) -> pd.Series:
    """``YYYY-MM-DDTHH:MM:SS+HH:MM`` from UTC instants and their local offsets in minutes."""
    wall = utc + offset_minutes.astype("timedelta64[m]")
    text = pd.Series(np.datetime_as_string(wall.astype("datetime64[s]"), unit="s"), index=index, dtype=object)
    labels = {int(m): f"{'+' if m >= 0 else '-'}{abs(m) // 60:02d}:{abs(m) % 60:02d}"
              for m in np.unique(offset_minutes)}
    return (text + pd.Series(offset_minutes, index=index).map(labels)).astype("str")


def _actors(rows: pd.DataFrame) -> pd.Series:
    """``actor1; assoc_actor_1; actor2; assoc_actor_2`` without empty parts."""
    parts = [rows[c].str.strip() for c in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")]
    joined = parts[0]
    for part in parts[1:]:
        joined = joined.where(part == "", joined.where(joined == "", joined + "; ") + part)
    return joined


@functools.lru_cache(maxsize=1)
def _country_tables() -> tuple[dict[str, str], dict[str, str]]:
    """ISO 3166 numeric code -> alpha-2, and case-folded country names -> alpha-2 (from countryinfo)."""
    from countryinfo import all_countries

    by_number: dict[str, str] = {}
    by_name: dict[str, str] = {"kosovo": "XK", "ivory coast": "CI", "democratic republic of congo": "CD",
                                "republic of congo": "CG", "east timor": "TL", "eswatini": "SZ",
                                "north macedonia": "MK", "czech republic": "CZ", "palestine": "PS",
                                "south sudan": "SS", "myanmar": "MM", "turkey": "TR", "russia": "RU",
                                "syria": "SY", "iran": "IR", "laos": "LA", "vietnam": "VN", "south korea": "KR",
                                "north korea": "KP", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ",
                                "moldova": "MD", "united states": "US", "united kingdom": "GB"}
    for country in all_countries():
        info = country.info()
        iso = info.get("ISO") or {}
        alpha2 = str(iso.get("alpha2") or "").upper()
        if not alpha2:
            continue
        if iso.get("numeric"):
            by_number[str(int(iso["numeric"]))] = alpha2
        for name in (info.get("name"), *(info.get("altSpellings") or [])):
            if name:
                by_name.setdefault(str(name).casefold(), alpha2)
    return by_number, by_name


def _country_codes(iso: pd.Series, country: pd.Series) -> pd.Series:
    """ISO 3166-1 alpha-2 codes from ACLED's numeric ``iso`` (else its country name); ``""`` when unknown."""
    by_number, by_name = _country_tables()
    codes, uniques = pd.factorize(iso.str.strip())
    known = np.array([by_number.get(str(int(v)), "") if v.isdigit() else "" for v in uniques.tolist()] + [""],
                     dtype=object)
    from_number = pd.Series(known[codes], index=iso.index)
    from_name = country.str.strip().str.casefold().map(by_name).fillna("")
    return from_number.where(from_number != "", from_name).astype("str")
