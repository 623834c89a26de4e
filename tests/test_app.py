"""The Streamlit app on real incident files (streamlit.testing AppTest)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from mapping.pipeline import ingest
from mapping.places import Geoparser
from mapping.store import write_incidents
from tests.conftest import SEED

APP = str(Path(__file__).parent.parent / "app.py")
HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_SCRIPT = "</script><script>alert(1)</script>"
UPLOADED = f"""Protesters clash with police in Kyiv {HOSTILE}

KYIV, March 3, 2023 (Reuters) - Police fired tear gas at protesters in Kyiv on Thursday, and two people
were killed when the crowd stormed the city hall {HOSTILE_SCRIPT}, witnesses said.
"""


@pytest.fixture(scope="module")
def seed_parquet(project_geoparser: Geoparser, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("app") / "incidents.parquet"
    write_incidents(ingest([SEED], project_geoparser).incidents, path)
    return path


@pytest.fixture
def app(seed_parquet: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("EVENTMAP_INCIDENTS", str(seed_parquet))
    monkeypatch.setenv("EVENTMAP_CACHE_DIR", str(cache_dir))  # the gazetteer index the session fixtures built
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    return at


def _counts(at: AppTest) -> tuple[int, int]:
    caption = next(c.value for c in at.caption if "incidents match the filters" in c.value)
    shown, total = re.match(r"(\d+) of (\d+) incidents", caption).groups()  # type: ignore[union-attr]
    return int(shown), int(total)


def test_app_runs_on_the_seed_data(app: AppTest) -> None:
    shown, total = _counts(app)
    assert shown == total > 5
    assert "UTC+06:00" in app.slider(key="window").label
    assert [b.label for b in app.get("download_button")] == ["Map (HTML)", "GeoJSON", "CSV", "GeoPackage"]
    assert len(app.dataframe) == 1 and len(app.dataframe[0].value) == shown
    assert not app.error


def test_the_map_loads_local_assets_and_never_reruns_the_app(app: AppTest) -> None:
    (component,) = app.get("component_instance")
    assert component.proto.component_name == "streamlit_folium.st_folium"
    args = json.loads(component.proto.json_args)
    assert args["returned_objects"] == [] and args["default"] == {}  # panning and zooming send nothing back
    links = args["js_links"] + args["css_links"]
    assert links and all(link.startswith("/app/static/") for link in links)
    assert "/app/static/vendor/leaflet/leaflet.js?v=" in args["js_links"][0]


def test_time_window_and_types_change_the_count(app: AppTest) -> None:
    _, total = _counts(app)
    lo, hi = app.slider(key="window").value
    assert lo.utcoffset() is not None and lo.utcoffset().total_seconds() == 6 * 3600
    app.slider(key="window").set_value((lo, lo + (hi - lo) / 4)).run()
    assert not app.exception
    assert _counts(app)[0] < total
    assert len(app.dataframe[0].value) == _counts(app)[0]  # the table follows the filters too
    app.slider(key="window").set_value((lo, hi)).run()
    app.multiselect(key="types").set_value(["Riots"]).run()
    riots = _counts(app)[0]
    assert 0 < riots < total


@pytest.mark.parametrize(
    ("key", "value"),
    [("precisions", ["landmark"]), ("min_fatalities", 10), ("search", "akimat"), ("countries", ["XX"])],
)
def test_other_filters_change_the_count(app: AppTest, key: str, value: object) -> None:
    _, total = _counts(app)
    widget = {"precisions": app.multiselect, "countries": app.multiselect, "min_fatalities": app.number_input,
              "search": app.text_input}[key](key=key)
    if key == "countries":
        value = []  # the only country present is KZ; an empty choice means all countries
        assert widget.options == ["KZ"]
    widget.set_value(value).run()
    assert not app.exception
    shown = _counts(app)[0]
    assert shown == total if key == "countries" else 0 < shown < total


def test_map_options_rerun_cleanly(app: AppTest) -> None:
    app.checkbox(key="heat").check().run()
    app.radio(key="cluster").set_value("on").run()
    app.radio(key="basemap").set_value("Country outlines only (offline)").run()
    assert not app.exception
    assert _counts(app)[0] == _counts(app)[1]


def test_reading_view_highlights_places_and_times(app: AppTest) -> None:
    reader = app.selectbox(key="reader")
    assert reader.value is None
    square = next(o for o in reader.options if "Republic Square" in o)
    reader.select_index(reader.options.index(square)).run()
    assert not app.exception
    page = app.html[0].value
    assert '<mark class="eventmap-place"' in page and '<mark class="eventmap-time"' in page
    assert page.count('<span class="eventmap-sentence"') == 1
    assert "Almaty" in page


def test_uploaded_article_joins_the_data_and_is_escaped(app: AppTest) -> None:
    _, total = _counts(app)
    app.file_uploader(key="uploads").set_value(("kyiv report.txt", UPLOADED.encode(), "text/plain"))
    app.button[0].click().run()  # the form's submit button
    assert not app.exception
    assert any("added to this session" in s.value for s in app.success)
    shown, new_total = _counts(app)
    assert new_total > total and shown == new_total
    assert "UA" in app.multiselect(key="countries").options
    table = app.dataframe[0].value
    # The grid shows cells as text, never as HTML: the hostile strings arrive there unchanged.
    assert table["title"].str.contains(HOSTILE, regex=False).any()
    assert table["sentence"].str.contains(HOSTILE_SCRIPT, regex=False).any()
    reader = app.selectbox(key="reader")
    kyiv = next(o for o in reader.options if "Kyiv" in o)
    reader.select_index(reader.options.index(kyiv)).run()
    page = app.html[0].value
    assert HOSTILE not in page and "<script>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_pasted_text_and_upload_limits(app: AppTest) -> None:
    _, total = _counts(app)
    files = [(f"a{i}.txt", UPLOADED.encode(), "text/plain") for i in range(21)]
    files.append(("huge.txt", b"x" * (2 * 1024 * 1024 + 1), "text/plain"))
    app.file_uploader(key="uploads").set_value(files)
    app.text_area(key="pasted").input(UPLOADED.replace("Kyiv", "Lviv"))
    app.button[0].click().run()
    assert not app.exception
    warnings = " ".join(w.value for w in app.warning)
    assert "22 files given; only the first 20 are read" in warnings
    assert _counts(app)[1] > total  # the pasted article (and the uploads, the same text) were read


def test_unreadable_upload_is_reported_by_its_own_name(app: AppTest) -> None:
    app.file_uploader(key="uploads").set_value(("bad.json", b"{not json", "application/json"))
    app.button[0].click().run()
    assert not app.exception
    warning = " ".join(w.value for w in app.warning)
    assert "bad.json: invalid JSON" in warning
    assert "eventmap-upload-" not in warning  # the temporary folder is not shown


def test_app_without_data_explains_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTMAP_INCIDENTS", str(tmp_path / "none.parquet"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "eventmap ingest" in at.info[0].value


def test_app_with_a_corrupt_file_shows_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"garbage")
    monkeypatch.setenv("EVENTMAP_INCIDENTS", str(bad))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "bad.parquet" in at.error[0].value
