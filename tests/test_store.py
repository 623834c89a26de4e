"""Tests for mapping.store: the incident table, its validation and its files."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import geopandas as gpd
import pandas as pd
import pyarrow.parquet as pq
import pytest
from shapely.geometry import LineString, Point

from mapping._errors import StorageError, ValidationError
from mapping.store import (
    INCIDENT_COLUMNS,
    atomic_write,
    filter_incidents,
    incidents_to_frame,
    read_incidents,
    upsert_incidents,
    validate_incidents,
    write_incidents,
)
from mapping.types import Incident, Place, TimeSpan

ALMATY = ZoneInfo("Asia/Almaty")
KYIV = ZoneInfo("Europe/Kyiv")
FORMATS = (".parquet", ".geojson", ".gpkg", ".csv")


def _incident(
    incident_id: str,
    article_id: str,
    *,
    start: datetime,
    hours: float = 1.0,
    event_type: str = "Protests",
    fatalities: int | None = None,
    place: Place | None = None,
    sentence: str = "Protesters gathered near the main square.",
    source: str | None = "Reuters",
    precision: str = "hour",
) -> Incident:
    place = place or Place("Almaty", 43.238949, 76.889709, "city", "KZ", "Asia/Almaty")
    return Incident(
        incident_id=incident_id,
        article_id=article_id,
        title=f"Title of {article_id}",
        source=source,
        event_type=event_type,
        sub_event_type="Peaceful protest",
        actors=("Protesters (Kazakhstan)", "Police Forces of Kazakhstan"),
        fatalities=fatalities,
        fatalities_text=None if fatalities is None else f"{fatalities} people died",
        place=place,
        time=TimeSpan(start, start + timedelta(hours=hours), precision),  # type: ignore[arg-type]
        sentence=sentence,
        sentence_start=10,
        sentence_end=10 + len(sentence),
        trigger="gathered",
    )


@pytest.fixture
def incidents() -> list[Incident]:
    kyiv = Place("Kyiv", 50.4501, 30.5234, "city", "UA", "Europe/Kyiv")
    square = Place("Republic Square", 43.2380, 76.9458, "landmark", "KZ", "Asia/Almaty", city="Almaty")
    return [
        _incident(
            "a1-0",
            "a1",
            start=datetime(2022, 1, 6, 17, 30, tzinfo=ALMATY),
            fatalities=12,
            event_type="Riots",
            place=square,
        ),
        _incident("a1-1", "a1", start=datetime(2022, 1, 5, 0, 0, tzinfo=ALMATY), hours=24, precision="day"),
        _incident(
            "a2-0",
            "a2",
            start=datetime(2022, 2, 24, 5, 0, tzinfo=KYIV),
            fatalities=None,
            event_type="Explosions/Remote violence",
            place=kyiv,
            source=None,
        ),
        _incident(
            "a3-0",
            "a3",
            start=datetime(2022, 3, 1, 8, 0, tzinfo=timezone(timedelta(hours=-5))),
            event_type="Battles",
            fatalities=0,
            place=Place("Somewhere", -12.5, -77.25, "region", "PE"),
        ),
    ]


@pytest.fixture
def frame(incidents: list[Incident]) -> gpd.GeoDataFrame:
    return incidents_to_frame(incidents)


# --------------------------------------------------------------------------- building


def test_frame_columns_dtypes_and_values(frame: gpd.GeoDataFrame) -> None:
    assert tuple(frame.columns) == (*INCIDENT_COLUMNS, "geometry")
    assert frame.crs.to_epsg() == 4326
    assert str(frame["fatalities"].dtype) == "Int64"
    assert str(frame["start_utc"].dtype) == "datetime64[ns, UTC]"
    assert str(frame["end_utc"].dtype) == "datetime64[ns, UTC]"
    assert frame["sentence_start"].dtype == "int64"
    assert frame["latitude"].dtype == "float64"
    assert pd.api.types.is_string_dtype(frame["title"])
    first = frame.iloc[0]
    assert first["start_time"] == "2022-01-06T17:30:00+06:00"
    assert first["start_utc"] == pd.Timestamp(datetime.fromisoformat(first["start_time"]))
    assert first["actors"] == "Protesters (Kazakhstan); Police Forces of Kazakhstan"
    assert first["location_name"] == "Republic Square"
    assert first["geo_precision"] == "landmark"
    assert first["country"] == "KZ"
    assert first.geometry.equals(Point(76.9458, 43.2380))
    kyiv = frame.iloc[2]
    assert kyiv["start_time"] == "2022-02-24T05:00:00+02:00"
    assert kyiv["source"] == ""
    assert kyiv["fatalities_text"] == ""
    assert pd.isna(kyiv["fatalities"])
    assert frame.iloc[3]["fatalities"] == 0
    assert validate_incidents(frame) is frame


def test_empty_frame_has_all_columns_and_crs() -> None:
    empty = incidents_to_frame([])
    assert len(empty) == 0
    assert tuple(empty.columns) == (*INCIDENT_COLUMNS, "geometry")
    assert empty.crs.to_epsg() == 4326
    assert str(empty["start_utc"].dtype) == "datetime64[ns, UTC]"
    assert str(empty["fatalities"].dtype) == "Int64"
    validate_incidents(empty)


# --------------------------------------------------------------------------- files


@pytest.mark.parametrize("suffix", FORMATS)
def test_round_trip_keeps_values_and_dtypes(frame: gpd.GeoDataFrame, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / "sub" / f"incidents{suffix}"
    assert write_incidents(frame, path) == path
    back = read_incidents(path)
    assert tuple(back.columns) == (*INCIDENT_COLUMNS, "geometry")
    assert back.crs.to_epsg() == 4326
    assert dict(back.dtypes.astype(str)) == dict(frame.dtypes.astype(str))
    pd.testing.assert_frame_equal(
        pd.DataFrame(back.drop(columns="geometry")), pd.DataFrame(frame.drop(columns="geometry"))
    )
    assert back.geometry.geom_equals_exact(frame.geometry, tolerance=1e-9).all()
    assert back.loc[0, "start_time"] == "2022-01-06T17:30:00+06:00"
    assert back.loc[2, "start_time"] == "2022-02-24T05:00:00+02:00"
    assert back.loc[3, "start_time"] == "2022-03-01T08:00:00-05:00"
    assert pd.isna(back.loc[2, "fatalities"])
    assert back.loc[2, "source"] == ""
    assert [p.name for p in tmp_path.joinpath("sub").iterdir()] == [path.name]


@pytest.mark.parametrize("suffix", FORMATS)
def test_round_trip_of_empty_table(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty{suffix}"
    write_incidents(incidents_to_frame([]), path)
    back = read_incidents(path)
    assert len(back) == 0
    assert tuple(back.columns) == (*INCIDENT_COLUMNS, "geometry")
    assert str(back["start_utc"].dtype) == "datetime64[ns, UTC]"


def test_text_that_looks_like_missing_values_survives_csv(incidents: list[Incident], tmp_path: Path) -> None:
    odd = _incident("na", "NA", start=datetime(2022, 1, 1, tzinfo=UTC), sentence="None, NA, null", source="NaN")
    frame = incidents_to_frame([*incidents, odd])
    back = read_incidents(write_incidents(frame, tmp_path / "odd.csv"))
    row = back.set_index("incident_id").loc["na"]
    assert (row["article_id"], row["source"], row["sentence"]) == ("NA", "NaN", "None, NA, null")


def test_geoparquet_metadata_readable_by_plain_geopandas(frame: gpd.GeoDataFrame, tmp_path: Path) -> None:
    path = write_incidents(frame, tmp_path / "incidents.parquet")
    plain = gpd.read_parquet(path)
    assert plain.crs.to_epsg() == 4326
    assert b"geo" in pq.read_schema(path).metadata
    assert len(plain) == len(frame)


def test_unknown_suffix_is_a_storage_error(frame: gpd.GeoDataFrame, tmp_path: Path) -> None:
    with pytest.raises(StorageError, match=r"\.shp.*\.parquet, \.geojson, \.gpkg, \.csv"):
        write_incidents(frame, tmp_path / "incidents.shp")
    with pytest.raises(StorageError, match="unsupported"):
        read_incidents(tmp_path / "incidents.xlsx")


def test_missing_and_corrupt_files_are_storage_errors(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="no such file"):
        read_incidents(tmp_path / "absent.parquet")
    for suffix in (".parquet", ".gpkg", ".geojson"):
        bad = tmp_path / f"corrupt{suffix}"
        bad.write_bytes(b"this is not a data file \x00\x01")
        with pytest.raises(StorageError, match=rf"corrupt\{suffix}: cannot read"):
            read_incidents(bad)
    plain = tmp_path / "plain.parquet"
    pd.DataFrame({"a": [1]}).to_parquet(plain)
    with pytest.raises(StorageError, match=r"plain\.parquet: cannot read"):
        read_incidents(plain)


def test_read_of_a_file_breaking_the_contract_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("incident_id,latitude,longitude\nx,1,2\n")
    with pytest.raises(ValidationError, match=r"other\.csv.*\n.*missing columns: article_id"):
        read_incidents(path)


# --------------------------------------------------------------------------- validation


def test_validation_lists_every_problem(frame: gpd.GeoDataFrame) -> None:
    bad = frame.copy()
    bad.loc[1, "incident_id"] = bad.loc[0, "incident_id"]
    bad.loc[0, "event_type"] = "Parade"
    bad.loc[1, "geo_precision"] = "street"
    bad.loc[2, "time_precision"] = "second"
    bad.loc[2, "start_time"] = "yesterday"
    bad.loc[3, "end_time"] = "2022-03-01T07:00:00-05:00"
    bad.loc[3, "fatalities"] = -3
    bad.loc[3, "latitude"] = 95.0
    bad = bad.drop(columns="trigger")
    with pytest.raises(ValidationError) as info:
        validate_incidents(bad)
    message = str(info.value)
    for expected in (
        "missing columns: trigger",
        "duplicate incident_id: 'a1-0'",
        "event_type not one of",
        "'Parade'",
        "geo_precision not one of",
        "time_precision not one of",
        "start_time is not an ISO 8601 time with a UTC offset",
        "end_time is before start_time",
        "negative fatalities",
        "latitude out of range",
        "latitude/longitude do not match the geometry",
        "end_utc does not match end_time",
    ):
        assert expected in message, expected
    assert message.count("\n  - ") == 11


def test_validation_checks_crs_and_geometry(frame: gpd.GeoDataFrame) -> None:
    projected = frame.to_crs("EPSG:3857")
    with pytest.raises(ValidationError, match="CRS is EPSG:3857"):
        validate_incidents(projected)
    bad = frame.copy()
    bad.loc[0, "geometry"] = LineString([(0, 0), (1, 1)])
    bad.loc[1, "geometry"] = Point()
    bad.loc[2, "geometry"] = None
    with pytest.raises(ValidationError) as info:
        validate_incidents(bad)
    message = str(info.value)
    assert "geometry is not a Point" in message
    assert "geometry is empty" in message
    assert "geometry is missing" in message
    naive = frame.copy()
    naive["start_time"] = naive["start_time"].str.slice(0, 19)
    with pytest.raises(ValidationError, match="start_time is not an ISO 8601 time with a UTC offset"):
        validate_incidents(naive)


def test_validation_reports_values_of_the_wrong_type(frame: gpd.GeoDataFrame) -> None:
    bad = frame.copy()
    bad["sentence_start"] = bad["sentence_start"].astype(object)
    bad.loc[0, "sentence_start"] = "ten"
    bad["fatalities"] = bad["fatalities"].astype(object)
    bad.loc[1, "fatalities"] = 2.5
    bad["start_utc"] = bad["start_utc"].astype(str)
    with pytest.raises(ValidationError) as info:
        validate_incidents(bad)
    message = str(info.value)
    assert "sentence_start is not a whole number (1 row: incident_id 'a1-0')" in message
    assert "fatalities is not a whole number (1 row: incident_id 'a1-1')" in message
    assert "start_utc is not a timezone-aware datetime column" in message


def test_invalid_frame_is_not_written(frame: gpd.GeoDataFrame, tmp_path: Path) -> None:
    path = tmp_path / "incidents.parquet"
    bad = frame.copy()
    bad["event_type"] = "Parade"
    with pytest.raises(ValidationError):
        write_incidents(bad, path)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- atomicity


@pytest.mark.parametrize("suffix", FORMATS)
def test_failed_write_leaves_previous_file_intact(frame: gpd.GeoDataFrame, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"incidents{suffix}"
    write_incidents(frame.iloc[:2], path)
    before = path.read_bytes()
    bad = frame.copy()
    bad.loc[0, "fatalities"] = -1
    with pytest.raises(ValidationError):
        write_incidents(bad, path)
    assert path.read_bytes() == before

    def explode(tmp: Path) -> None:
        tmp.write_bytes(b"half a file")
        raise RuntimeError("disk on fire")

    with pytest.raises(StorageError, match=rf"incidents\{suffix}: cannot write: RuntimeError: disk on fire"):
        atomic_write(path, explode)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    assert len(read_incidents(path)) == 2


def test_directory_in_the_way_is_a_storage_error(frame: gpd.GeoDataFrame, tmp_path: Path) -> None:
    target = tmp_path / "incidents.parquet"
    target.mkdir()
    (target / "keep.txt").write_text("keep")
    with pytest.raises(StorageError, match=r"incidents\.parquet: cannot write"):
        write_incidents(frame, target)
    assert (target / "keep.txt").read_text() == "keep"
    assert [p.name for p in tmp_path.iterdir()] == ["incidents.parquet"]


def test_write_replaces_and_keeps_permissions(frame: gpd.GeoDataFrame, tmp_path: Path) -> None:
    path = tmp_path / "incidents.gpkg"
    write_incidents(frame, path)
    os.chmod(path, 0o640)
    write_incidents(frame.iloc[:1], path)
    assert path.stat().st_mode & 0o777 == 0o640
    assert len(read_incidents(path)) == 1
    if Path("/proc/self/status").exists():  # new files follow the umask, not mkstemp's 0o600
        mask = os.umask(0)
        os.umask(mask)
        fresh = write_incidents(frame, tmp_path / "fresh.csv")
        assert fresh.stat().st_mode & 0o777 == 0o666 & ~mask


# --------------------------------------------------------------------------- upsert, filter


def test_upsert_replaces_rows_by_article(incidents: list[Incident]) -> None:
    existing = incidents_to_frame(incidents)
    again = _incident("a1-new", "a1", start=datetime(2022, 1, 4, 9, 0, tzinfo=ALMATY), event_type="Battles")
    fresh = _incident("a9-0", "a9", start=datetime(2021, 12, 31, tzinfo=UTC))
    merged = upsert_incidents(existing, incidents_to_frame([again, fresh]))
    assert list(merged["incident_id"]) == ["a9-0", "a1-new", "a2-0", "a3-0"]
    assert list(merged.index) == [0, 1, 2, 3]
    assert merged["start_utc"].is_monotonic_increasing
    validate_incidents(merged)
    assert str(merged["fatalities"].dtype) == "Int64"
    assert list(upsert_incidents(incidents_to_frame([]), existing)["incident_id"]) == sorted(
        existing["incident_id"], key=lambda i: existing.set_index("incident_id").loc[i, "start_utc"]
    )
    unchanged = upsert_incidents(existing, incidents_to_frame([]))
    assert len(unchanged) == len(existing)


def test_upsert_sorts_ties_by_incident_id() -> None:
    when = datetime(2022, 1, 6, 12, tzinfo=UTC)
    merged = upsert_incidents(
        incidents_to_frame([_incident("b", "x", start=when)]),
        incidents_to_frame([_incident("a", "y", start=when)]),
    )
    assert list(merged["incident_id"]) == ["a", "b"]


def test_filter_by_time_window_and_types(frame: gpd.GeoDataFrame) -> None:
    def ids(gdf: gpd.GeoDataFrame) -> list[str]:
        return sorted(gdf["incident_id"])

    assert ids(filter_incidents(frame)) == ids(frame)
    # a1-1 covers 2022-01-05 (Almaty, whole day); a1-0 is 17:30-18:30 Almaty on the 6th.
    jan = filter_incidents(
        frame,
        start=datetime(2022, 1, 5, 12, tzinfo=ALMATY),
        end=datetime(2022, 1, 6, 12, tzinfo=ALMATY),
    )
    assert ids(jan) == ["a1-1"]
    # naive datetimes are UTC: 11:30 UTC is 17:30 Almaty, when a1-0 starts.
    assert ids(filter_incidents(frame, start=datetime(2022, 1, 6, 11, 0), end=datetime(2022, 1, 6, 11, 31))) == ["a1-0"]
    # half-open: an incident ending exactly at `start` is out, one starting at `end` is out.
    end_of_a1_0 = datetime(2022, 1, 6, 18, 30, tzinfo=ALMATY)
    assert "a1-0" not in ids(filter_incidents(frame, start=end_of_a1_0))
    assert "a1-0" not in ids(filter_incidents(frame, end=datetime(2022, 1, 6, 17, 30, tzinfo=ALMATY)))
    assert ids(filter_incidents(frame, start=datetime(2022, 2, 1, tzinfo=UTC))) == ["a2-0", "a3-0"]
    assert ids(filter_incidents(frame, types=["Riots", "Battles"])) == ["a1-0", "a3-0"]
    assert ids(filter_incidents(frame, types=[])) == []
    assert ids(filter_incidents(frame, start=datetime(2022, 2, 1, tzinfo=UTC), types=["Riots"])) == []


def test_filter_refuses_plain_dates(frame: gpd.GeoDataFrame) -> None:
    with pytest.raises(TypeError, match="start must be a datetime"):
        filter_incidents(frame, start=date(2022, 1, 1))  # type: ignore[arg-type]


def test_filter_keeps_instants_inside_the_window() -> None:
    when = datetime(2022, 1, 6, 12, tzinfo=UTC)
    frame = incidents_to_frame([_incident("i", "x", start=when, hours=0, precision="minute")])
    assert len(filter_incidents(frame, start=when, end=when + timedelta(minutes=1))) == 1
    assert len(filter_incidents(frame, start=when + timedelta(seconds=1))) == 0
    assert len(filter_incidents(frame, end=when)) == 0
