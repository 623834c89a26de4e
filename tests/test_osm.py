"""``eventmap import-osm``: a small .osm.pbf built here, imported by the real CLI, then used to geoparse."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import osmium
import pytest

from mapping.gazetteer.osm import OsmLandmark, kind_of, locate, names_of, with_generic_aliases
from mapping.settings import Settings

# Central Nairobi: a town hall node, a named pedestrian square (closed way), a stadium
# (multipolygon relation with an inner ring), an embassy node without a name (dropped), a
# community "townhall" (not a city hall) and a police station far out in Machakos.
EXTRACT = """<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="eventmap tests">
  <node id="1" version="1" lat="-1.28800" lon="36.82300">
    <tag k="amenity" v="townhall"/><tag k="name" v="Kenyatta Test Hall"/>
    <tag k="official_name" v="Nairobi City County Test Hall"/><tag k="name:ru" v="Тест"/></node>
  <node id="2" version="1" lat="-1.28900" lon="36.82000"/>
  <node id="3" version="1" lat="-1.28900" lon="36.82100"/>
  <node id="4" version="1" lat="-1.29100" lon="36.82100"/>
  <node id="5" version="1" lat="-1.29100" lon="36.82000"/>
  <way id="10" version="1"><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="5"/><nd ref="2"/>
    <tag k="highway" v="pedestrian"/><tag k="area" v="yes"/><tag k="name" v="Uhuru Test Plaza"/>
    <tag k="alt_name" v="Freedom Test Plaza;UTP"/></way>
  <node id="21" version="1" lat="-1.30000" lon="36.80000"/>
  <node id="22" version="1" lat="-1.30000" lon="36.80400"/>
  <node id="23" version="1" lat="-1.30400" lon="36.80400"/>
  <node id="24" version="1" lat="-1.30400" lon="36.80000"/>
  <node id="25" version="1" lat="-1.30100" lon="36.80100"/>
  <node id="26" version="1" lat="-1.30100" lon="36.80200"/>
  <node id="27" version="1" lat="-1.30200" lon="36.80200"/>
  <node id="28" version="1" lat="-1.30200" lon="36.80100"/>
  <way id="20" version="1"><nd ref="21"/><nd ref="22"/><nd ref="23"/><nd ref="24"/><nd ref="21"/></way>
  <way id="21" version="1"><nd ref="25"/><nd ref="26"/><nd ref="27"/><nd ref="28"/><nd ref="25"/></way>
  <relation id="30" version="1">
    <member type="way" ref="20" role="outer"/><member type="way" ref="21" role="inner"/>
    <tag k="type" v="multipolygon"/><tag k="leisure" v="stadium"/><tag k="name" v="Uwanja wa Majaribio"/>
    <tag k="name:en" v="Nairobi Test Arena"/></relation>
  <node id="40" version="1" lat="-1.28000" lon="36.81000"><tag k="office" v="diplomatic"/></node>
  <node id="41" version="1" lat="-1.28500" lon="36.83000">
    <tag k="amenity" v="townhall"/><tag k="townhall:type" v="community"/><tag k="name" v="Test Social Hall"/></node>
  <node id="42" version="1" lat="-1.52000" lon="37.26000">
    <tag k="amenity" v="police"/><tag k="name" v="Machakos Test Police Station"/></node>
</osm>
"""

ARTICLE = """Protest in Nairobi
NAIROBI, March 3 (Example) - Hundreds of traders marched through central Nairobi on Monday.
Police fired tear gas at protesters gathered on Freedom Test Plaza, and later outside the city hall.
A stampede was reported at the Nairobi Test Arena.
"""


def run(args: list[str], settings: Settings, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "EVENTMAP_CACHE_DIR": str(settings.cache_dir), "EVENTMAP_DATA_DIR": str(settings.data_dir),
            "EVENTMAP_ONLINE": "0", **env}
    return subprocess.run([sys.executable, "-m", "mapping", *args], capture_output=True, text=True, env=full,
                          cwd=cwd, timeout=180)


@pytest.fixture(scope="module")
def extract(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The XML above written as a real .osm.pbf by pyosmium."""
    folder = tmp_path_factory.mktemp("osm")
    xml = folder / "nairobi.osm"
    xml.write_text(EXTRACT, encoding="utf-8")
    pbf = folder / "nairobi.osm.pbf"
    writer = osmium.SimpleWriter(str(pbf))
    try:
        for obj in osmium.FileProcessor(str(xml)):
            writer.add(obj)
    finally:
        writer.close()
    return pbf


@pytest.fixture(scope="module")
def imported(extract: Path, settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("osm-out") / "nairobi.csv"
    proc = run(["import-osm", str(extract), "--out", str(out)], settings, out.parent)
    assert proc.returncode == 0, proc.stderr
    assert f"4 landmarks from {extract}" in proc.stderr
    return out


def _rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["name"]: r for r in csv.DictReader(fh)}


def test_import_writes_landmark_rows_for_nodes_ways_and_relations(imported: Path) -> None:
    rows = _rows(imported)
    assert set(rows) == {"Kenyatta Test Hall", "Uhuru Test Plaza", "Nairobi Test Arena", "Machakos Test Police Station"}
    hall, plaza, arena, police = (rows[n] for n in ("Kenyatta Test Hall", "Uhuru Test Plaza", "Nairobi Test Arena",
                                                     "Machakos Test Police Station"))
    assert (hall["kind"], hall["city"], hall["country"], hall["source"]) == (
        "city_hall", "Nairobi", "KE", "OpenStreetMap node/1 (ODbL)")
    assert (float(hall["lat"]), float(hall["lon"])) == (-1.288, 36.823)
    assert "Nairobi City County Test Hall" in hall["aliases"] and "city hall" in hall["aliases"].split(";")
    assert "Тест" not in hall["aliases"]
    assert (plaza["kind"], plaza["source"]) == ("square", "OpenStreetMap way/10 (ODbL)")
    assert (float(plaza["lat"]), float(plaza["lon"])) == pytest.approx((-1.290, 36.8205), abs=1e-5)  # centroid
    assert {"Freedom Test Plaza", "main square"} <= set(plaza["aliases"].split(";"))
    assert "UTP" not in plaza["aliases"].split(";")  # too short to be a name in running text
    assert (arena["kind"], arena["source"]) == ("stadium", "OpenStreetMap relation/30 (ODbL)")
    assert "Uwanja wa Majaribio" in arena["aliases"]
    # the centroid of the ring less its hole: (16 x centre - 1 x hole centre) / 15
    assert (float(arena["lat"]), float(arena["lon"])) == pytest.approx((-1.3020333, 36.8020333), abs=1e-6)
    assert (police["kind"], police["city"], police["country"]) == ("police", "Machakos", "KE")


def test_imported_landmarks_are_found_by_the_geoparser(imported: Path, settings: Settings, tmp_path: Path) -> None:
    article = tmp_path / "nairobi.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    proc = run(["geoparse", str(article), "--json"], settings, tmp_path, EVENTMAP_EXTRA_LANDMARKS_CSV=str(imported))
    assert proc.returncode == 0, proc.stderr
    places = {p["text"]: p for p in json.loads(proc.stdout)["places"]}
    plaza, hall, arena = places["Freedom Test Plaza"], places["city hall"], places["Nairobi Test Arena"]
    assert (plaza["name"], plaza["precision"]) == ("Uhuru Test Plaza, Nairobi", "landmark")
    assert (plaza["latitude"], plaza["longitude"]) == pytest.approx((-1.290, 36.8205), abs=1e-4)
    assert (hall["name"], hall["latitude"], hall["longitude"]) == ("Kenyatta Test Hall, Nairobi", -1.288, 36.823)
    assert arena["precision"] == "landmark" and arena["latitude"] == pytest.approx(-1.30203, abs=1e-4)
    # without the imported file the same words are only the city
    proc = run(["geoparse", str(article), "--json"], settings, tmp_path)
    places = {p["text"]: p for p in json.loads(proc.stdout)["places"]}
    assert "Freedom Test Plaza" not in places and places["city hall"]["precision"] == "city"


def test_kinds_option_keeps_only_those(extract: Path, settings: Settings, tmp_path: Path) -> None:
    out = tmp_path / "stadiums.csv"
    proc = run(["import-osm", str(extract), "--out", str(out), "--kinds", "stadium"], settings, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert list(_rows(out)) == ["Nairobi Test Arena"]


@pytest.mark.parametrize("content", [b"not an osm file at all", None])
def test_a_bad_extract_is_one_clear_line(extract: Path, settings: Settings, tmp_path: Path,
                                         content: bytes | None) -> None:
    bad = tmp_path / "bad.osm.pbf"
    bad.write_bytes(content if content is not None else extract.read_bytes()[:120])  # garbage, cut short
    out = tmp_path / "out.csv"
    out.write_text("kept\n", encoding="utf-8")
    proc = run(["import-osm", str(bad), "--out", str(out)], settings, tmp_path)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "bad.osm.pbf" in lines[0] and "not a readable OSM file" in lines[0], proc.stderr
    assert out.read_text(encoding="utf-8") == "kept\n"  # nothing half-written over the old file


@pytest.mark.parametrize(("source", "out", "message"), [
    ("nowhere.osm.pbf", "o.csv", "nowhere.osm.pbf: no such OSM file"),
    (".", "o.csv", "a folder, not an OSM file"),
    (None, "file.txt/o.csv", "o.csv: cannot write the landmark CSV"),
])
def test_missing_extract_or_unwritable_output_is_one_clear_line(extract: Path, settings: Settings, tmp_path: Path,
                                                                 source: str | None, out: str, message: str) -> None:
    (tmp_path / "file.txt").write_text("a file where a folder should be", encoding="utf-8")
    proc = run(["import-osm", str(tmp_path / source) if source else str(extract), "--out", str(tmp_path / out)],
               settings, tmp_path)
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1 and message in lines[0], proc.stderr


@pytest.mark.parametrize(("tags", "kind"), [
    ({"amenity": "townhall"}, "city_hall"),
    ({"amenity": "townhall", "townhall:type": "community"}, None),
    ({"office": "government", "government": "parliament"}, "parliament"),
    ({"office": "government", "government": "presidency"}, "presidential_residence"),
    ({"office": "government", "government": "tax"}, None),
    ({"aeroway": "aerodrome", "iata": "NBO"}, "airport"),
    ({"aeroway": "aerodrome"}, None),  # an airstrip without codes
    ({"highway": "pedestrian"}, None),  # a pedestrian street, not a square
    ({"place": "square"}, "square"),
    ({"amenity": "embassy"}, "embassy"),
    ({"tourism": "attraction"}, None),
    ({"tourism": "attraction", "wikidata": "Q1"}, "landmark"),
])
def test_kind_of_tags(tags: dict[str, str], kind: str | None) -> None:
    assert kind_of(tags) == kind


def test_names_prefer_english_and_keep_latin_aliases() -> None:
    assert names_of({"name": "Площадь Республики", "name:en": "Republic Square", "old_name": "Brezhnev Square"}) == (
        "Republic Square", ("Brezhnev Square",))
    assert names_of({"amenity": "police"}) is None


def test_generic_phrases_only_for_the_only_one_of_its_kind() -> None:
    def row(name: str, city: str) -> OsmLandmark:
        return OsmLandmark(name, (), "city_hall", 0.0, 0.0, "test", city=city, country="XX")

    rows = with_generic_aliases([row("A Hall", "One"), row("B Hall", "One"), row("C Hall", "Two")],
                                {"city_hall": ("city hall",)})
    assert [r.aliases for r in rows] == [(), (), ("city hall",)]


def test_city_is_the_town_that_dominates_the_spot_or_the_one_addr_city_names() -> None:
    def at(lat: float, lon: float, addr_city: str = "", addr_country: str = "") -> OsmLandmark:
        return OsmLandmark("X", (), "police", lat, lon, "test", addr_city=addr_city, addr_country=addr_country)

    rows = locate([at(-1.3133, 36.7876),  # Kibera: Nairobi's, though Pumwani and Lang'ata are GeoNames towns nearby
                   at(51.4700, -0.4543),  # Heathrow: London's
                   at(48.8049, 2.1204),  # the palace of Versailles: a town of its own next to Paris
                   at(-1.3133, 36.7876, addr_city="Langata"),  # the address names the suburb (any spelling)
                   at(-1.3133, 36.7876, addr_city="Atlantis", addr_country="TZ"),  # no such town; the address's country
                   at(0.0, -30.0)])  # mid-Atlantic: no town within reach
    assert [(r.city, r.country) for r in rows] == [("Nairobi", "KE"), ("London", "GB"), ("Versailles", "FR"),
                                                   ("Lang'ata", "KE"), ("Nairobi", "TZ"), ("", "")]
