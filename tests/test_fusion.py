"""Fusion: one event reported by several articles becomes one event with all its sources."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import geopandas as gpd
import pandas as pd
import pytest

from mapping.fusion import FUSION_COLUMNS, fuse
from mapping.pipeline import ingest
from mapping.places import Geoparser
from mapping.settings import Settings
from mapping.store import incidents_to_frame, read_incidents, write_incidents
from mapping.types import Incident, Place, TimeSpan

FUSION = Path(__file__).parent / "data" / "fusion"
NAIROBI = ZoneInfo("Africa/Nairobi")
CITY = Place("Nairobi", -1.2833, 36.8167, "city", "KE", "Africa/Nairobi")
PARLIAMENT = Place("Parliament Buildings", -1.2889, 36.8200, "landmark", "KE", "Africa/Nairobi", city="Nairobi")
MOMBASA = Place("Mombasa", -4.0547, 39.6636, "city", "KE", "Africa/Mombasa")


def _row(article: str, n: int, *, start: datetime, precision: str = "day", hours: float = 24,
         place: Place = CITY, event_type: str = "Protests", fatalities: int | None = None,
         path: str | None = None) -> Incident:
    return Incident(
        incident_id=f"{article}-{n}", article_id=article, title=f"Title {article}", source="Test",
        event_type=event_type, sub_event_type="Protest with intervention", actors=("Protesters (Kenya)",),
        fatalities=fatalities, fatalities_text=None, place=place,
        time=TimeSpan(start, start + timedelta(hours=hours), precision),  # type: ignore[arg-type]
        sentence="Police fired tear gas.", sentence_start=0, sentence_end=22, trigger="tear gas",
        article_path=f"/articles/{article}.txt" if path is None else path,
    )


TUESDAY = datetime(2025, 3, 11, tzinfo=NAIROBI)


def _events(frame: pd.DataFrame) -> dict[str, set[str]]:
    """event_id -> the incident ids of its rows."""
    return {e: set(rows["incident_id"]) for e, rows in frame.groupby("event_id")}


def test_two_reports_of_one_protest_are_one_event_with_both_sources() -> None:
    frame = fuse(incidents_to_frame([
        _row("a", 0, start=TUESDAY),
        _row("b", 0, start=TUESDAY + timedelta(hours=15), precision="minute", hours=0, place=PARLIAMENT,
             fatalities=2),
        _row("c", 0, start=TUESDAY + timedelta(days=7)),  # a week later: another protest
        _row("b", 1, start=TUESDAY, event_type="Explosions/Remote violence"),  # same day, another kind
        _row("a", 1, start=TUESDAY, place=MOMBASA),  # same day, another city
    ]))
    assert sorted(map(sorted, _events(frame).values())) == [["a-0", "b-0"], ["a-1"], ["b-1"], ["c-0"]]
    one = frame.set_index("incident_id")
    assert one.loc["b-0", "primary"] and not one.loc["a-0", "primary"]  # the landmark and the clock time
    assert one.loc["a-0", "sources"] == one.loc["b-0", "sources"] == 2
    assert one.loc["a-0", "article_ids"] == "a; b"
    assert frame.groupby("event_id")["primary"].sum().eq(1).all()
    assert one.loc["c-0", "sources"] == 1 and one.loc["c-0", "article_ids"] == "c"


def test_rows_of_one_article_clock_times_apart_or_far_apart_stay_apart() -> None:
    frame = fuse(incidents_to_frame([
        _row("a", 0, start=TUESDAY),
        _row("a", 1, start=TUESDAY + timedelta(hours=6)),  # the same article's second protest
        _row("b", 0, start=TUESDAY + timedelta(hours=10), precision="minute", hours=0),
        _row("c", 0, start=TUESDAY + timedelta(hours=16), precision="minute", hours=0),  # 6 h after b
        _row("d", 0, start=TUESDAY, place=Place("Kenyatta Avenue", -1.2000, 36.8167, "landmark", "KE")),
        _row("e", 0, start=TUESDAY, place=Place("Uhuru Park", -1.2880, 36.8170, "landmark", "KE")),  # 9.8 km
    ]))
    events = list(_events(frame).values())
    same = frame.set_index("incident_id")["event_id"]
    assert same["b-0"] != same["c-0"] and same["d-0"] != same["e-0"] and same["a-0"] != same["a-1"]
    assert all(len(e) == len({i.split("-")[0] for i in e}) for e in events)


def test_rows_without_an_article_are_never_fused() -> None:
    """Imported datasets (ACLED) hold events already; two on one day in one city stay two."""
    frame = fuse(incidents_to_frame([_row("x", 0, start=TUESDAY, path=""), _row("y", 0, start=TUESDAY, path="")]))
    assert frame["sources"].tolist() == [1, 1] and frame["primary"].all()


def test_fusion_is_idempotent_and_ignores_row_order() -> None:
    rows = [_row(a, n, start=TUESDAY + timedelta(hours=h), precision=p, hours=0 if p == "minute" else 24)
            for a, n, h, p in (("a", 0, 0, "day"), ("b", 0, 15, "minute"), ("c", 0, 16, "minute"),
                               ("d", 0, 19, "minute"), ("a", 1, 24 * 7, "day"))]
    frame = fuse(incidents_to_frame(rows))
    shuffled = fuse(incidents_to_frame(rows).sample(frac=1, random_state=3).reset_index(drop=True))
    again = fuse(frame)
    cols = ["incident_id", *FUSION_COLUMNS]
    for other in (shuffled, again):
        pd.testing.assert_frame_equal(frame[cols].sort_values("incident_id").reset_index(drop=True),
                                      other[cols].sort_values("incident_id").reset_index(drop=True))


def test_a_table_written_before_fusion_reads_as_one_event_per_row(tmp_path: Path) -> None:
    frame = incidents_to_frame([_row("a", 0, start=TUESDAY), _row("b", 0, start=TUESDAY)])
    old = tmp_path / "old.parquet"
    gpd.GeoDataFrame(frame.drop(columns=list(FUSION_COLUMNS))).to_parquet(old)
    back = read_incidents(old)
    assert back["event_id"].tolist() == back["incident_id"].tolist() and back["sources"].eq(1).all()
    write_incidents(fuse(back), tmp_path / "new.csv")
    assert read_incidents(tmp_path / "new.csv")["sources"].tolist() == [2, 2]


@pytest.fixture(scope="module")
def fused(project_geoparser: Geoparser) -> gpd.GeoDataFrame:
    result = ingest(sorted(FUSION.glob("*.txt")), project_geoparser)
    assert result.errors == []
    return result.incidents


def test_the_nairobi_protest_of_two_articles_is_one_event(fused: gpd.GeoDataFrame) -> None:
    """Two outlets report the protest of Tuesday 11 March 2025 (one with a clock time); a
    third reports the next week's protest, "a week after two marchers were killed in a similar
    protest", and so is a third source of the first; the grenade and Mombasa are other events."""
    protests = fused[(fused["event_type"] == "Protests") & (fused["location_name"] == "Nairobi")]
    first = protests[protests["start_time"].str.startswith("2025-03-11")]
    assert first["event_id"].nunique() == 1 and first["sources"].eq(3).all(), first
    assert len(first["article_ids"].iloc[0].split("; ")) == 3 and first["fatalities"].eq(2).all()
    assert first.loc[first["primary"], "time_precision"].tolist() == ["minute"]  # 3 p.m. (1200 GMT)
    later = protests[protests["start_time"].str.startswith("2025-03-18")]
    assert len(later) and later["sources"].eq(1).all()
    grenade = fused[fused["event_type"] == "Explosions/Remote violence"]
    assert len(grenade) == 1 and grenade["sources"].iloc[0] == 1
    assert fused.groupby("event_id")["primary"].sum().eq(1).all()


def test_ingesting_articles_one_by_one_fuses_them_in_the_stored_table(tmp_path: Path, project_settings: Settings,
                                                                      fused: gpd.GeoDataFrame) -> None:
    out = tmp_path / "incidents.parquet"
    env = {"EVENTMAP_CACHE_DIR": str(project_settings.cache_dir), "EVENTMAP_ONLINE": "0", "PATH": "/usr/bin:/bin"}
    for article in sorted(FUSION.glob("*.txt")):
        run = subprocess.run([sys.executable, "-m", "mapping", "ingest", str(article), "--out", str(out)],
                             capture_output=True, text=True, env=env, timeout=300)
        assert run.returncode == 0, run.stderr
    stored = read_incidents(out)
    cols = ["incident_id", *FUSION_COLUMNS]
    pd.testing.assert_frame_equal(stored[cols].sort_values("incident_id").reset_index(drop=True),
                                  fused[cols].sort_values("incident_id").reset_index(drop=True))


def test_the_map_draws_one_marker_per_event_and_names_the_other_reports(fused: gpd.GeoDataFrame) -> None:
    from mapping.fusion import events
    from mapping.maps import incident_payload, map_html

    hostile = fused.copy()
    hostile["title"] = hostile["title"] + " <img src=x onerror=alert(1)>"
    shown = events(hostile)
    assert len(shown) == hostile["event_id"].nunique() < len(hostile)
    payload = incident_payload(shown)
    two = [i for i, n in enumerate(payload["sources"]) if n > 1]
    assert len(two) == 1
    report = payload["reports"][two[0]]
    assert "&lt;img src=x onerror=alert(1)&gt;" in report and "<img" not in report
    page = map_html(hostile, tiles=None)
    assert "onerror=alert(1)" in page and "<img src=x" not in page


def test_duckdb_queries_count_each_event_once_and_read_a_dataset_folder(tmp_path: Path) -> None:
    from mapping.dashboard import Filters
    from mapping.query import IncidentQuery, dataset_files
    from mapping.store import save_incidents

    frame = fuse(incidents_to_frame([
        _row("a", 0, start=TUESDAY),
        _row("b", 0, start=TUESDAY + timedelta(hours=15), precision="minute", hours=0, place=PARLIAMENT),
        _row("c", 0, start=TUESDAY + timedelta(days=7)),
    ]))
    assert frame["event_id"].nunique() == 2
    folder = tmp_path / "dataset"
    save_incidents(folder, frame, [(a, f"/articles/{a}.txt") for a in "abc"])
    query = IncidentQuery(dataset_files(folder))
    assert query.count(Filters()) == 2 and query.overview().count == 2
    shown = query.incidents(Filters())
    assert sorted(shown["sources"].tolist()) == [1, 2] and shown["primary"].all()
