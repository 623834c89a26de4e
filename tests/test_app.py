"""The Streamlit app on real incident files (streamlit.testing AppTest)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from mapping.pipeline import ingest
from mapping.places import Geoparser
from mapping.store import write_incidents
from tests.conftest import SEED

APP = str(Path(__file__).parent.parent / "app.py")


@pytest.fixture(scope="module")
def seed_parquet(project_geoparser: Geoparser, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("app") / "incidents.parquet"
    write_incidents(ingest([SEED], project_geoparser).incidents, path)
    return path


def _caption(at: AppTest) -> str:
    return next(c.value for c in at.caption if "incidents in the window" in c.value)


def test_app_runs_on_the_seed_data(seed_parquet: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTMAP_INCIDENTS", str(seed_parquet))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    shown, total = _caption(at).split(" incidents")[0].split(" of ")
    assert int(shown) == int(total) > 5


def test_time_window_and_types_change_the_count(seed_parquet: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTMAP_INCIDENTS", str(seed_parquet))
    at = AppTest.from_file(APP, default_timeout=60).run()
    total = int(_caption(at).split(" of ")[0])
    lo, hi = at.slider(key="window").value
    at.slider(key="window").set_value((lo, lo + (hi - lo) / 4)).run()
    assert not at.exception
    assert int(_caption(at).split(" of ")[0]) < total
    at.slider(key="window").set_value((lo, hi)).run()
    at.multiselect(key="types").set_value(["Riots"]).run()
    riots = int(_caption(at).split(" of ")[0])
    assert 0 < riots < total


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
