"""The DuckDB query layer on real GeoParquet files, checked against the in-memory filters of the dashboard."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from mapping._errors import StorageError
from mapping.acled import acled_frame
from mapping.dashboard import Filters, apply_filters, time_axis, timeline_counts
from mapping.query import AGGREGATE_ABOVE, Bounds, IncidentQuery, dataset_files, row_count
from mapping.store import read_incidents, write_incidents
from tests.conftest import acled_like_rows

N = 4000


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> tuple[gpd.GeoDataFrame, Path]:
    frame, skipped = acled_frame(acled_like_rows(N, seed=11))
    assert not skipped
    path = write_incidents(frame, tmp_path_factory.mktemp("query") / "incidents.parquet")
    return read_incidents(path), path


@pytest.fixture(scope="module")
def query(table: tuple[gpd.GeoDataFrame, Path]) -> IncidentQuery:
    return IncidentQuery(dataset_files(table[1]))


FILTERS = [
    Filters(),
    Filters(start=datetime(2022, 3, 1, tzinfo=UTC), end=datetime(2022, 9, 1, tzinfo=UTC)),
    Filters(start=datetime(2021, 6, 1, 12, tzinfo=timezone(timedelta(hours=6)))),
    Filters(end=datetime(2021, 2, 1)),  # naive: UTC
    Filters(types=("Riots", "Battles")),
    Filters(types=()),
    Filters(precisions=("region",), countries=("UA", "PE")),
    Filters(min_fatalities=10),
    Filters(search="POLICE market"),
    Filters(start=datetime(2022, 1, 1, tzinfo=UTC), end=datetime(2023, 1, 1, tzinfo=UTC), types=("Protests",),
            countries=("US",), min_fatalities=1, search="crowd"),
]


@pytest.mark.parametrize("f", FILTERS)
def test_counts_and_rows_match_the_in_memory_filters(table: tuple[gpd.GeoDataFrame, Path], query: IncidentQuery,
                                                     f: Filters) -> None:
    gdf, _ = table
    expected = apply_filters(gdf, f).sort_values(["start_utc", "incident_id"])
    assert query.count(f) == len(expected)
    got = query.incidents(f)
    assert list(got["incident_id"]) == list(expected["incident_id"])
    if len(got):
        pd.testing.assert_frame_equal(pd.DataFrame(got.drop(columns="geometry")).reset_index(drop=True),
                                      pd.DataFrame(expected.drop(columns="geometry")).reset_index(drop=True),
                                      check_dtype=False)
        assert got.crs.to_epsg() == 4326 and (got.geometry.x == got["longitude"]).all()


def test_filters_actually_narrow(query: IncidentQuery) -> None:
    counts = [query.count(f) for f in FILTERS]
    assert counts[0] == N and counts[5] == 0
    assert all(0 < c < N for i, c in enumerate(counts) if i not in (0, 5))


def test_map_bounds(table: tuple[gpd.GeoDataFrame, Path], query: IncidentQuery) -> None:
    gdf, _ = table
    europe = Bounds(south=40, west=20, north=55, east=40)  # Irpin only
    inside = gdf["latitude"].between(40, 55) & gdf["longitude"].between(20, 40)
    assert query.count(Filters(), europe) == int(inside.sum()) > 0
    assert set(query.incidents(Filters(), europe)["location_name"]) == {"Irpin"}
    # Across the antimeridian: Suva (178.4°E) is inside a box from 170°E to 170°W.
    pacific = Bounds(south=-30, west=170, north=0, east=-170)
    assert set(query.incidents(Filters(), pacific)["location_name"]) == {"Suva"}
    assert query.count(Filters(types=("Riots",)), pacific) == int(
        ((gdf["location_name"] == "Suva") & (gdf["event_type"] == "Riots")).sum())


def test_bounds_from_the_maps_report() -> None:
    report = {"_southWest": {"lat": -10.5, "lng": 190.0}, "_northEast": {"lat": 20.0, "lng": 200.0}}
    assert Bounds.from_leaflet(report) == Bounds(-10.5, -170.0, 20.0, -160.0)
    world = {"_southWest": {"lat": -100, "lng": -400}, "_northEast": {"lat": 100, "lng": 300}}
    assert Bounds.from_leaflet(world) == Bounds(-90.0, -180.0, 90.0, 180.0)
    assert Bounds.from_leaflet(None) is None
    assert Bounds.from_leaflet({"_southWest": {"lat": 5}}) is None
    assert Bounds.from_leaflet({"_southWest": {"lat": 5, "lng": 0}, "_northEast": {"lat": 1, "lng": 3}}) is None


def test_grid_counts_add_up_and_follow_the_filters(table: tuple[gpd.GeoDataFrame, Path],
                                                   query: IncidentQuery) -> None:
    gdf, _ = table
    cells = query.grid(Filters())
    assert int(cells["count"].sum()) == N
    assert 6 <= len(cells) <= 6 * 4  # six towns, jittered ±0.3°, cells of several degrees
    assert int(cells["fatalities"].sum()) == int(gdf["fatalities"].fillna(0).sum())
    f = Filters(types=("Riots",))
    riots = query.grid(f)
    assert int(riots["count"].sum()) == query.count(f) and set(riots["event_type"]) == {"Riots"}
    # Zoomed in on one town: finer cells, still every incident of the area counted once.
    around = Bounds(-13, -78, -11, -76)
    fine = query.grid(Filters(), around)
    assert int(fine["count"].sum()) == query.count(Filters(), around)
    assert fine["cell"].iloc[0] < cells["cell"].iloc[0] / 10 and len(fine) > 10
    lat, lon = fine["latitude"], fine["longitude"]
    assert lat.between(-13, -11).all() and lon.between(-78, -76).all()


def test_timeline_matches_the_dashboards_counts(table: tuple[gpd.GeoDataFrame, Path], query: IncidentQuery) -> None:
    gdf, _ = table
    axis = time_axis(gdf)
    for f in (Filters(), Filters(types=("Protests",), countries=("KZ",))):
        expected = timeline_counts(apply_filters(gdf, f), axis)
        got = query.timeline(f, axis.start, axis.step)
        pd.testing.assert_frame_equal(got, expected)
    hourly = dataclasses.replace(axis, step=timedelta(hours=1))  # bins of an hour, local time at the axis' offset
    f = Filters(types=("Riots",), countries=("FJ",))
    expected = timeline_counts(apply_filters(gdf, f), hourly)
    assert len(expected) > 0
    pd.testing.assert_frame_equal(query.timeline(f, hourly.start, hourly.step), expected)


def test_pages_cover_the_filtered_incidents_in_order(query: IncidentQuery) -> None:
    f = Filters(types=("Battles", "Riots"))
    total = query.count(f)
    pages = [query.page(f, None, p, size=300) for p in range(1, total // 300 + 2)]
    assert [len(p) for p in pages[:-1]] == [300] * (len(pages) - 1) and 0 < len(pages[-1]) <= 300
    ids = pd.concat([p["incident_id"] for p in pages])
    assert list(ids) == list(query.incidents(f)["incident_id"]) and ids.is_unique
    assert query.page(f, None, 10_000).empty


def test_overview(table: tuple[gpd.GeoDataFrame, Path], query: IncidentQuery) -> None:
    gdf, path = table
    ov = query.overview()
    assert ov.count == N == row_count([path])
    assert ov.first_utc == gdf["start_utc"].min().to_pydatetime()
    assert ov.last_utc == gdf["end_utc"].max().to_pydatetime()
    assert ov.countries == tuple(sorted(set(gdf["country"])))
    most = gdf["start_time"].str[-6:].value_counts().index[0]
    assert f"{ov.offset}" == str(datetime.fromisoformat("2022-01-01T00:00:00" + most).utcoffset())
    assert AGGREGATE_ABOVE > 1000


def test_bad_datasets_are_storage_errors(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="no such file"):
        dataset_files(tmp_path / "absent.parquet")
    csv = tmp_path / "incidents.csv"
    csv.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(StorageError, match="GeoParquet"):
        dataset_files(csv)
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 not really")
    with pytest.raises(StorageError, match="cannot read"):
        IncidentQuery([broken])
    other = tmp_path / "other.parquet"
    pd.DataFrame({"a": [1]}).to_parquet(other)
    with pytest.raises(StorageError, match="missing columns"):
        IncidentQuery([other])


def test_grid_cells_on_the_map(query: IncidentQuery) -> None:
    from mapping.maps import bins_payload, build_map

    cells = query.grid(Filters())
    m = build_map(query.incidents(Filters(), limit=0), bins=cells, assets="served", validate=False)
    page = m.get_root().render()
    assert f"{N:,} in {len(cells)} grid cells" in page
    hostile = cells.head(1).assign(event_type="<img src=x onerror=alert(1)>")
    label = bins_payload(hostile)["label"][0]
    assert "<img" not in label and "&lt;img" in label
    viewed = build_map(query.incidents(Filters(), limit=0), bins=cells, view=((-12.0, -77.0), 8), assets="served",
                       validate=False).get_root().render()
    assert '"zoom": 8,' in viewed and '"fit":null' in viewed
