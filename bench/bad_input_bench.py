"""Time and memory of ``eventmap ingest`` on big and many inputs, run as a real process.

Run: ``.venv/bin/python bench/bad_input_bench.py [--mb 20] [--files 3000]``.

Three cases, each in a fresh ``eventmap ingest`` process (the gazetteer index cached already):
* one article of ``--mb`` MB made of the seed article repeated (dense with incidents: the
  worst case for the pipeline),
* one article of ``--mb`` MB of plain prose with an incident every 50 KB,
* a folder of ``--files`` small articles, 1 in 100 with an incident.
Prints wall time, throughput and the peak resident memory of the process (ru_maxrss of the
child), never asserted. Long texts are read in pieces (``mapping.pipeline.CHUNK_CHARS``), so
the time grows linearly with the size.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_35014377517f6724.txt"
PROSE = ("The committee met again to discuss the budget for the coming year, and members spoke at length about "
         "roads, schools and the price of bread in the markets of the provinces. ")


def ingest(paths: list[Path], out: Path) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) and the summary line of one ``eventmap ingest`` process."""
    log = out.with_suffix(".log")
    start = time.perf_counter()
    with log.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "mapping", "ingest", *map(str, paths), "--out", str(out),
                                 "--replace"], stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own resource usage
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return wall, usage.ru_maxrss / 1024, lines[-1] if lines else f"exit {proc.returncode}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--files", type=int, default=3000)
    args = ap.parse_args()
    size = int(args.mb * 1024 * 1024)
    with tempfile.TemporaryDirectory(prefix="eventmap-bench-") as tmp:
        folder = Path(tmp)
        warm = folder / "warm.txt"  # builds the gazetteer index if needed, off the clock
        warm.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
        ingest([warm], folder / "warm.parquet")

        seed = SEED.read_text(encoding="utf-8")
        dense = folder / "dense.txt"
        dense.write_text((seed * (size // len(seed) + 1))[:size], encoding="utf-8")
        prose = folder / "prose.txt"
        block = PROSE * (50_000 // len(PROSE))
        event = "\n\nPolice fired tear gas at protesters in Kyiv on Tuesday, March 3, 2023.\n\n"
        prose.write_text(("Dull news\n\n" + (block + event) * (size // (len(block) + len(event)) + 1))[:size],
                         encoding="utf-8")
        many = folder / "many"
        many.mkdir()
        for i in range(args.files):
            body = (f"Police clashed with protesters in Kyiv on Tuesday, March 3, 2023 (report {i})." if i % 100 == 0
                    else f"Note {i}: the weather was mild on May 14, 2024.")
            (many / f"note {i:05d}.txt").write_text(f"Note {i}\n\n{body}\n", encoding="utf-8")

        for label, paths, mb in ((f"{args.mb:g} MB article, seed repeated", [dense], dense.stat().st_size / 2**20),
                                 (f"{args.mb:g} MB article, prose", [prose], prose.stat().st_size / 2**20),
                                 (f"{args.files} small files", [many], None)):
            wall, peak, summary = ingest(paths, folder / "out.parquet")
            rate = f"{mb / wall:.2f} MB/s" if mb else f"{args.files / wall:.0f} files/s"
            print(f"{label}: {wall:.1f} s ({rate}), peak RSS {peak:.0f} MB -- {summary.split(';')[0]}")


if __name__ == "__main__":
    main()
