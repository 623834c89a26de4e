"""The app on a dataset too big to load whole: DuckDB queries, grid counts on the map, a paged table (AppTest)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from mapping.acled import acled_frame
from mapping.query import AGGREGATE_ABOVE, PAGE_SIZE
from mapping.store import write_incidents
from tests.conftest import acled_like_rows
from tests.test_app import _counts

APP = str(Path(__file__).parent.parent / "app.py")
N = 21_000  # over the app's LOAD_WHOLE_UP_TO (20,000): queried in DuckDB


@pytest.fixture(scope="module")
def big_parquet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    frame, skipped = acled_frame(acled_like_rows(N, seed=5))
    assert not skipped
    return write_incidents(frame, tmp_path_factory.mktemp("big") / "incidents.parquet")


@pytest.fixture
def app(big_parquet: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("EVENTMAP_INCIDENTS", str(big_parquet))
    monkeypatch.setenv("EVENTMAP_CACHE_DIR", str(cache_dir))
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    return at


def _map(at: AppTest) -> tuple[dict, dict]:
    """The map component's arguments and the payload the map draws from."""
    (component,) = at.get("component_instance")
    args = json.loads(component.proto.json_args)
    found = re.search(r'<script type="application/json" id="eventmap-data-\w+">(.*?)</script>', args["header"], re.S)
    assert found
    return args, json.loads(found.group(1))


def _in_view_caption(at: AppTest) -> str:
    return next(c.value for c in at.caption if "in the map's view" in c.value)


def test_many_incidents_in_view_are_drawn_as_grid_counts(app: AppTest) -> None:
    assert _counts(app) == (N, N)
    caption = _in_view_caption(app)
    assert "shown as counts in" in caption and f"more than the {AGGREGATE_ABOVE:,}" in caption
    args, payload = _map(app)
    assert args["returned_objects"] == ["bounds", "zoom", "center"]  # the view comes back to be queried
    assert payload["lat"] == []  # no incident markers ...
    bins = payload["bins"]
    assert sum(bins["count"]) == N and 6 <= len(bins["count"]) <= 24  # ... but every incident in a cell
    assert payload["fit"] is not None  # fitted to the cells on first render
    legend = args["script"] + args["header"]
    assert f"{N:,} in {len(bins['count'])} grid cells" in legend
    assert any("Adding articles here works on datasets of up to" in c.value for c in app.caption)
    # The table pages: PAGE_SIZE rows of ceil(N / PAGE_SIZE) pages.
    assert len(app.dataframe[0].value) == PAGE_SIZE
    assert f"of {-(-N // PAGE_SIZE)}" in app.number_input(key="page").label


def test_narrow_filters_draw_each_incident(app: AppTest) -> None:
    app.multiselect(key="types").set_value(["Riots"]).run()
    app.multiselect(key="countries").set_value(["FJ"]).run()
    assert not app.exception
    shown, total = _counts(app)
    assert total == N and 0 < shown <= AGGREGATE_ABOVE
    assert _in_view_caption(app) == f"{shown:,} incidents in the map's view, each drawn."
    _, payload = _map(app)
    assert payload["bins"] is None and len(payload["lat"]) == shown
    assert {payload["strings"][i] for i in payload["type"]} == {"Riots"}
    assert [b.label for b in app.get("download_button")] == ["Map (HTML)", "GeoJSON", "CSV", "GeoPackage"]


def test_the_maps_view_is_queried(app: AppTest) -> None:
    # What streamlit-folium reports after the user zooms to Lima: bounds, zoom and centre.
    bounds = {"_southWest": {"lat": -13, "lng": -78}, "_northEast": {"lat": -11, "lng": -76}}
    app.session_state["map"] = {"bounds": bounds, "zoom": 8, "center": {"lat": -12, "lng": -77}}
    app.run()
    assert not app.exception
    assert _counts(app) == (N, N)  # the filters match everything; the view holds Lima's incidents only
    found = re.match(r"([\d,]+) incidents", _in_view_caption(app))
    assert found
    in_view = int(found.group(1).replace(",", ""))
    assert 0 < in_view < N // 3
    args, payload = _map(app)
    assert len(payload["lat"]) == in_view and payload["bins"] is None
    assert {payload["strings"][i] for i in payload["place"]} == {"Lima"}
    assert payload["fit"] is None  # the map stays where the user put it
    assert re.search(r"center: \[-12\.0, -77\.0\]", args["script"]) and '"zoom": 8,' in args["script"]
    table = app.dataframe[0].value
    assert set(table["location_name"]) == {"Lima"} and len(table) == min(PAGE_SIZE, in_view)


def test_pages_and_reading_view(app: AppTest) -> None:
    first = app.dataframe[0].value
    app.number_input(key="page").set_value(3).run()
    third = app.dataframe[0].value
    assert not app.exception and len(third) == PAGE_SIZE
    assert third["start_time"].iloc[0] >= first["start_time"].iloc[-1]
    reader = app.selectbox(key="reader")
    assert len(reader.options) == PAGE_SIZE
    reader.select_index(0).run()
    assert not app.exception
    page = app.html[0].value
    assert third["sentence"].iloc[0] in page and '<span class="eventmap-sentence"' in page


def test_time_window_narrows_the_count(app: AppTest) -> None:
    lo, hi = app.slider(key="window").value
    app.slider(key="window").set_value((lo, lo + (hi - lo) / 10)).run()
    assert not app.exception
    shown, total = _counts(app)
    assert 0 < shown < total / 5
