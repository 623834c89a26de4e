"""Geoparsing evaluation: run ``eventmap geoparse --json`` over an annotated corpus and score it.

Corpora: GeoVirus (``../shared/eval/GeoVirus.xml``: WikiNews articles with place spans and
coordinates) and our own dev set (``eval/dev/gold/*.json``). Prints toponym recall,
Accuracy@161km, median error, AUC and articles per second (the CLI's own wall time,
gazetteer loading included, and the in-process geoparse rate).

Run: ``.venv/bin/python bench/geoparse_eval.py [--geovirus PATH] [--dev DIR] [--show N]``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapping.evaluation import GeoparseReport, GoldPlace, score_geoparse  # noqa: E402

DEFAULT_GEOVIRUS = ROOT.parent / "shared" / "eval" / "GeoVirus.xml"


def geovirus(path: Path) -> list[tuple[str, list[GoldPlace]]]:
    """(text, gold places) of each GeoVirus article."""
    out = []
    for art in ET.parse(path).getroot():
        text = art.findtext("text") or ""
        gold = [_aligned(text, GoldPlace(int(loc.findtext("start")), int(loc.findtext("end")),
                                         float(loc.findtext("lat")), float(loc.findtext("lon")),
                                         loc.findtext("name") or ""))
                for loc in art.find("locations") or []]
        out.append((text, gold))
    return out


def _aligned(text: str, g: GoldPlace) -> GoldPlace:
    """GeoVirus's offsets are one character late against its own text (all 2,167 of them, checked
    against the mention names); move each span to where its name is, within 3 characters."""
    for d in (0, -1, 1, -2, 2, -3, 3):
        if text[g.start + d:g.end + d] == g.name:
            return GoldPlace(g.start + d, g.end + d, g.latitude, g.longitude, g.name)
    return g


def dev_set(folder: Path) -> list[tuple[str, list[GoldPlace]]]:
    """(text, gold places) of each article of our own dev set."""
    out = []
    for f in sorted(folder.glob("*.json")):
        gold = json.loads(f.read_text(encoding="utf-8"))
        text = (ROOT / gold["article"]).read_text(encoding="utf-8")
        out.append((text, [GoldPlace(p["start"], p["end"], p["lat"], p["lon"], p.get("name", ""))
                           for p in gold["places"]]))
    return out


def evaluate(corpus: list[tuple[str, list[GoldPlace]]]) -> GeoparseReport:
    """Write the corpus to files, run the CLI on them, score its JSON lines."""
    report = GeoparseReport()
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, (text, _) in enumerate(corpus):
            p = Path(tmp) / f"{i:05d}.txt"
            p.write_text(text, encoding="utf-8")
            paths.append(p)
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "mapping", "geoparse", tmp, "--json"], capture_output=True,
                              text=True, check=True)
        report.seconds = time.perf_counter() - t
    by_file = {Path(o["file"]).name: o["places"] for o in map(json.loads, proc.stdout.splitlines())}
    for p, (text, gold) in zip(paths, corpus, strict=True):
        score_geoparse(report, text, gold, by_file.get(p.name, []))
    return report


def in_process_rate(corpus: list[tuple[str, list[GoldPlace]]]) -> float:
    """Articles per second of the geoparser alone (index already loaded)."""
    from mapping.pipeline import make_geoparser
    from mapping.settings import Settings

    parser = make_geoparser(Settings.from_env())
    t = time.perf_counter()
    for text, _ in corpus:
        parser.parse(text)
    return len(corpus) / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--geovirus", type=Path, default=DEFAULT_GEOVIRUS)
    ap.add_argument("--dev", type=Path, default=ROOT / "eval" / "dev" / "gold")
    ap.add_argument("--show", type=int, default=0, help="print this many misses and far-off answers")
    args = ap.parse_args()
    for name, corpus in (("GeoVirus", geovirus(args.geovirus) if args.geovirus.exists() else []),
                         ("dev set", dev_set(args.dev) if args.dev.exists() else [])):
        if not corpus:
            print(f"{name}: not found, skipped")
            continue
        report = evaluate(corpus)
        chars = sum(len(t) for t, _ in corpus) / len(corpus)
        print(f"== {name} ({chars:.0f} characters per article)")
        print("\n".join("  " + line for line in report.lines()))
        print(f"  in-process geoparse {in_process_rate(corpus):.1f} articles/s")
        if args.show:
            print("  misses:", "; ".join(report.misses[: args.show]))
            print("  far:\n    " + "\n    ".join(report.far[: args.show]))


if __name__ == "__main__":
    main()
