"""Throughput of the pipeline stages on the seed article (and variants of it), printed as a table.

Run: ``.venv/bin/python bench/pipeline_bench.py [--articles N]``. Figures are printed, never
asserted; they go in closing notes.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapping.articles import from_text  # noqa: E402
from mapping.events import extract_incidents  # noqa: E402
from mapping.gazetteer.geonames import WorldGazetteer  # noqa: E402
from mapping.pipeline import make_geoparser  # noqa: E402
from mapping.settings import Settings  # noqa: E402
from mapping.store import incidents_to_frame, read_incidents, write_incidents  # noqa: E402

SEED = ROOT / "seeds" / "000_35014377517f6724.txt"


def _timed(label: str, n: int, fn, repeat: int = 1) -> float:  # type: ignore[no-untyped-def]
    """Run ``fn`` ``repeat`` times and print the best CPU time of this process (one core): a shared machine's
    noise only ever slows a run down."""
    dt = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        fn()
        dt = min(dt, time.process_time() - t)
    print(f"{label:<42} {n:>7} {dt:>9.3f} s {n / dt if dt else float('inf'):>10.1f} /s")
    return dt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=500)
    n = ap.parse_args().articles
    settings = Settings.from_env()
    text = SEED.read_text(encoding="utf-8")
    # variants so that article ids differ; same length and wording as the seed
    articles = [from_text(text + f"\n\n(copy {i})", f"seed-{i}.txt") for i in range(n)]
    print(f"{'stage':<42} {'items':>7} {'time':>11} {'rate':>12}")
    _timed("gazetteer index load (cached)", 1, lambda: WorldGazetteer(settings.cache_dir))
    parser = make_geoparser(settings)
    contexts: list = []

    def geoparse_all() -> None:
        contexts[:] = [parser.parse(a.text, dateline_place=a.dateline_place) for a in articles]

    _timed("geoparse (find + resolve places), best of 5", n, geoparse_all, repeat=5)
    incidents = []
    _timed("events (times, types, merge)", n,
           lambda: [incidents.extend(extract_incidents(a, c)) for a, c in zip(articles, contexts, strict=True)])
    frames = []
    _timed("to GeoDataFrame (+ incidents)", len(incidents), lambda: frames.append(incidents_to_frame(incidents)))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "incidents.parquet"
        _timed("write GeoParquet (validated, atomic)", len(incidents), lambda: write_incidents(frames[0], out))
        _timed("read GeoParquet (validated)", len(incidents), lambda: read_incidents(out))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {rss:.0f} MB; {len(incidents) / n:.1f} incidents per article; {len(text)} chars per article")


if __name__ == "__main__":
    main()
