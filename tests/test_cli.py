"""The eventmap command line, run as a real process on real files."""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest

from mapping.settings import Settings

ARTICLE = """Clashes near parliament in Tbilisi
Protesters face riot police outside parliament in Tbilisi, Georgia, May 14, 2024. (Example Photo)

Police used water cannon against protesters outside parliament in Tbilisi on Tuesday night.
"""


def run(args: list[str], settings: Settings, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EVENTMAP_CACHE_DIR": str(settings.cache_dir), "EVENTMAP_DATA_DIR": str(settings.data_dir),
           "EVENTMAP_ONLINE": "0"}
    return subprocess.run([sys.executable, "-m", "mapping", *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=120)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "tbilisi.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "seed.txt").write_text(
        (Path(__file__).parent.parent / "seeds" / "000_35014377517f6724.txt").read_text(encoding="utf-8"),
        encoding="utf-8")
    return folder


def test_ingest_to_geoparquet_read_back_with_geopandas(corpus: Path, tmp_path: Path, settings: Settings) -> None:
    out = tmp_path / "out" / "incidents.parquet"
    proc = run(["ingest", str(corpus), "--out", str(out)], settings, tmp_path)
    assert proc.returncode == 0, proc.stderr
    gdf = gpd.read_parquet(out)
    assert gdf.crs.to_epsg() == 4326
    assert {"incident_id", "event_type", "geo_precision", "start_time", "sentence"} <= set(gdf.columns)
    assert set(gdf["country"]) == {"GE", "KZ"}
    tbilisi = gdf[gdf["country"] == "GE"]
    assert (tbilisi["event_type"] == "Protests").any()
    assert all(t.startswith("2024-05-14T") and t.endswith("+04:00") for t in tbilisi["start_time"])


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".csv"])
def test_ingest_other_formats(corpus: Path, tmp_path: Path, settings: Settings, suffix: str) -> None:
    out = tmp_path / f"incidents{suffix}"
    proc = run(["ingest", str(corpus / "tbilisi.txt"), "--out", str(out)], settings, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 0


def test_geoparse_json_lines(corpus: Path, tmp_path: Path, settings: Settings) -> None:
    proc = run(["geoparse", str(corpus / "tbilisi.txt"), str(corpus / "seed.txt"), "--json"], settings, tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [Path(x["file"]).name for x in lines] == ["tbilisi.txt", "seed.txt"]
    text = ARTICLE
    for p in lines[0]["places"]:
        assert text[p["start"]:p["end"]] == p["text"]
    names = {(p["text"], p["country"], p["precision"]) for p in lines[0]["places"]}
    assert ("Tbilisi", "GE", "city") in names and ("Georgia", "GE", "country") in names


def test_bad_file_is_reported_and_the_rest_goes_on(corpus: Path, tmp_path: Path, settings: Settings) -> None:
    (corpus / "broken.json").write_text("{oops", encoding="utf-8")
    out = tmp_path / "incidents.parquet"
    proc = run(["ingest", str(corpus), "--out", str(out)], settings, tmp_path)
    assert proc.returncode == 1
    assert "broken.json" in proc.stderr and "invalid JSON" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(gpd.read_parquet(out)) > 0


def test_errors_are_one_line_without_traceback(tmp_path: Path, settings: Settings) -> None:
    proc = run(["ingest", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "x.parquet")], settings, tmp_path)
    assert proc.returncode == 2 and "missing.txt" in proc.stderr and "Traceback" not in proc.stderr
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    proc = run(["ingest", str(tmp_path / "a.txt"), "--out", str(tmp_path / "x.shp")], settings, tmp_path)
    assert proc.returncode == 2 and "x.shp" in proc.stderr and "Traceback" not in proc.stderr
    proc = run(["export", str(tmp_path / "nope.parquet"), "--out", str(tmp_path / "m.html")], settings, tmp_path)
    assert proc.returncode == 2 and "nope.parquet" in proc.stderr and "Traceback" not in proc.stderr


def test_ingest_keeps_what_was_stored(corpus: Path, tmp_path: Path, settings: Settings) -> None:
    out = tmp_path / "incidents.parquet"
    assert run(["ingest", str(corpus / "seed.txt"), "--out", str(out)], settings, tmp_path).returncode == 0
    first = gpd.read_parquet(out)
    assert run(["ingest", str(corpus / "tbilisi.txt"), "--out", str(out)], settings, tmp_path).returncode == 0
    both = gpd.read_parquet(out)
    assert set(first["incident_id"]) < set(both["incident_id"])
    assert run(["ingest", str(corpus / "tbilisi.txt"), "--out", str(out)], settings, tmp_path).returncode == 0
    assert len(gpd.read_parquet(out)) == len(both)  # the same article again adds nothing
    out.write_bytes(b"not parquet")
    proc = run(["ingest", str(corpus / "tbilisi.txt"), "--out", str(out)], settings, tmp_path)
    assert proc.returncode == 2 and "incidents.parquet" in proc.stderr
    assert out.read_bytes() == b"not parquet"  # a file we cannot read is never overwritten


def test_export_html_with_filters(corpus: Path, tmp_path: Path, settings: Settings) -> None:
    data = tmp_path / "incidents.parquet"
    assert run(["ingest", str(corpus), "--out", str(data)], settings, tmp_path).returncode == 0
    gdf = gpd.read_parquet(data)
    all_html = tmp_path / "all.html"
    assert run(["export", str(data), "--out", str(all_html)], settings, tmp_path).returncode == 0
    page = all_html.read_text(encoding="utf-8")
    assert all(html.escape(t) in page for t in gdf["location_name"])
    assert "Collective Security Treaty Organization" in page and "Tbilisi" in page
    some = tmp_path / "some.html"
    proc = run(["export", str(data), "--out", str(some), "--start", "2022-01-06T12:00:00+00:00",
                "--end", "2022-01-07T00:00:00+00:00", "--types", "Battles", "Protests"], settings, tmp_path)
    assert proc.returncode == 0, proc.stderr
    page = some.read_text(encoding="utf-8")
    assert "gunfire" in page  # the gunfire at 18:30 local time (12:30 GMT)
    assert "Collective Security Treaty Organization" not in page  # 5 January
    assert "Tbilisi" not in page  # May 2024
    plain = tmp_path / "plain.html"
    proc = run(["export", str(data), "--out", str(plain), "--no-tiles", "--heat", "--no-cluster"], settings, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "tile.openstreetmap.org" not in plain.read_text(encoding="utf-8")
    bad = run(["export", str(data), "--out", str(some), "--start", "yesterday"], settings, tmp_path)
    assert bad.returncode == 2 and "ISO 8601" in bad.stderr
    # more incidents than --max-points: grid counts (the app's) instead of one marker each
    counted = tmp_path / "counted.html"
    proc = run(["export", str(data), "--out", str(counted), "--max-points", "3"], settings, tmp_path)
    assert proc.returncode == 0 and "grid cells" in proc.stderr, proc.stderr
    page = counted.read_text(encoding="utf-8")
    assert f"{len(gdf)} in " in page and "grid cells" in page  # the legend counts them all
    assert not any(html.escape(s) in page for s in gdf["sentence"])  # and no incident's own text is drawn


def test_duplicate_files_are_skipped_not_fatal(corpus: Path, tmp_path: Path, settings: Settings) -> None:
    (corpus / "copy.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "incidents.parquet"
    proc = run(["ingest", str(corpus), "--out", str(out)], settings, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "skipped duplicate" in proc.stderr and "copy.txt" in proc.stderr + proc.stdout
    gdf = gpd.read_parquet(out)
    assert gdf["incident_id"].is_unique


def test_an_edited_article_replaces_its_old_rows(tmp_path: Path, settings: Settings) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "incidents.parquet"
    assert run(["ingest", str(article), "--out", str(out)], settings, tmp_path).returncode == 0
    assert (gpd.read_parquet(out)["country"] == "GE").all()
    article.write_text(ARTICLE.replace("Tbilisi, Georgia", "Yerevan, Armenia").replace("in Tbilisi", "in Yerevan"),
                       encoding="utf-8")
    assert run(["ingest", str(article), "--out", str(out)], settings, tmp_path).returncode == 0
    assert set(gpd.read_parquet(out)["country"]) == {"AM"}


def test_absurd_numbers_and_bad_settings_give_clear_results(tmp_path: Path, settings: Settings) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Blast in Kabul\n\nA bomb exploded in Kabul, Afghanistan, on 3 May 2021, killing "
                       "99999999999999999999 people.\n", encoding="utf-8")
    out = tmp_path / "incidents.parquet"
    proc = run(["ingest", str(article), "--out", str(out)], settings, tmp_path)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert gpd.read_parquet(out)["fatalities"].isna().all()
    env_bad = {**os.environ, "EVENTMAP_CACHE_DIR": str(settings.cache_dir), "EVENTMAP_MIN_DELAY_SECONDS": "soon"}
    proc = subprocess.run([sys.executable, "-m", "mapping", "geoparse", str(article)], capture_output=True,
                          text=True, env=env_bad, timeout=120)
    assert proc.returncode == 2 and "EVENTMAP_MIN_DELAY_SECONDS" in proc.stderr and "Traceback" not in proc.stderr


def test_geocode_command_uses_the_offline_chain(tmp_path: Path, settings: Settings) -> None:
    proc = run(["geocode", "Tripoli, Lebanon", "main square, Kyiv", "Qwxzv Nowhere"], settings, tmp_path)
    assert proc.returncode == 1 and "Qwxzv Nowhere" in proc.stderr
    tripoli, square = (json.loads(line) for line in proc.stdout.splitlines())
    assert (tripoli["country"], tripoli["precision"]) == ("LB", "city")
    assert (square["name"], square["precision"], square["source"]) == ("Independence Square, Kyiv", "landmark",
                                                                       "landmarks")
