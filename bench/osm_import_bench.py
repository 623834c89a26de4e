"""How fast ``eventmap import-osm`` reads an extract: a synthetic city written as .osm.pbf.

The city (around Nairobi) has ``--buildings`` closed building ways of four corners each (the
bulk of any real extract, to be skipped), a named landmark every ``--every`` buildings (a police
node, a town-hall way, a square multipolygon in turn), and prints the rows written, the file
size and the rate in buildings per second, with and without loading the GeoNames towns.

Run: ``.venv/bin/python bench/osm_import_bench.py [--buildings N] [--every K]``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapping.gazetteer.osm import import_osm, locate, read_extract  # noqa: E402


def write_city(path: Path, buildings: int, every: int) -> int:
    """Write the synthetic extract; returns how many landmarks it holds."""
    import osmium
    from osmium.osm.mutable import Node, Relation, Way

    d = 0.0002
    landmarks = 0
    with osmium.SimpleWriter(str(path)) as w:
        nid = 1
        ways: list[Way] = []
        relations: list[Relation] = []
        for i in range(buildings):
            lat, lon = -1.35 + (i // 500) * 0.0005, 36.75 + (i % 500) * 0.0005
            ids = []
            for dlat, dlon in ((0, 0), (0, d), (d, d), (d, 0)):
                w.add_node(Node(id=nid, location=(lon + dlon, lat + dlat)))
                ids.append(nid)
                nid += 1
            tags = {"building": "yes"}
            if i % every == 0:
                landmarks += 1
                kind = (i // every) % 3
                if kind == 0:
                    w.add_node(Node(id=nid, location=(lon, lat), tags={"amenity": "police", "name": f"Station {i}"}))
                    nid += 1
                elif kind == 1:
                    tags = {"building": "yes", "amenity": "townhall", "name": f"Hall {i}"}
                else:
                    relations.append(Relation(id=i + 1, members=[("w", i + 1, "outer")],
                                              tags={"type": "multipolygon", "place": "square", "name": f"Square {i}"}))
            ways.append(Way(id=i + 1, nodes=[*ids, ids[0]], tags=tags))
        for way in ways:
            w.add_way(way)
        for rel in relations:
            w.add_relation(rel)
    return landmarks


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--buildings", type=int, default=200_000)
    ap.add_argument("--every", type=int, default=100)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pbf = Path(tmp) / "city.osm.pbf"
        expected = write_city(pbf, args.buildings, args.every)
        size = pbf.stat().st_size / 1e6
        t = time.perf_counter()
        found = read_extract(pbf)
        read_s = time.perf_counter() - t
        t = time.perf_counter()
        locate(found)
        locate_s = time.perf_counter() - t
        t = time.perf_counter()
        rows = import_osm(pbf, Path(tmp) / "out.csv")
        total_s = time.perf_counter() - t
    print(f"extract: {args.buildings} buildings, {expected} landmarks, {size:.1f} MB .osm.pbf")
    print(f"read and filter: {read_s:.2f} s ({args.buildings / read_s:,.0f} buildings/s), {len(found)} landmarks found")
    print(f"city and country from GeoNames towns: {locate_s:.2f} s (loading the towns included)")
    print(f"whole import-osm: {total_s:.2f} s, {len(rows)} rows written")


if __name__ == "__main__":
    main()
