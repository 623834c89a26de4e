"""Ingest throughput and peak memory on generated corpora, printed as a table.

For each size (default 1k, 10k, 50k articles from ``bench/corpus.py``, seed 1) it runs the real
command, ``eventmap ingest CORPUS --out DATASET_DIR`` with ``--workers 1`` and ``--workers 2``,
and ``--engine dask --workers 2`` at the sizes in ``--dask-sizes``, each into a new dataset.
Articles/s is the number of articles over the wall time of the whole command (start-up, the
gazetteer index load and the dataset write included); CPU is the user+system time of the
command's whole process tree, and "per CPU-s" articles per CPU second, a figure less bent by
other work on the machine. Peak memory is sampled every 0.2 s over
the command's process tree (psutil): the sum of RSS, which counts pages shared by the forked
workers once per process, and the sum of PSS, which shares them out (Linux). It also prints
which fraction of the generator's known incidents the pipeline found (a sanity check of the
generator: same event type, same local date, within 25 km), how long the same ingest takes
again (incremental: every article already stored), and the load average.

Run: ``.venv/bin/python bench/ingest_bench.py [--sizes 1000 10000 50000] [--dask-sizes 1000 10000]``.
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import generate  # noqa: E402
from mapping.store import read_incidents  # noqa: E402

EVENTMAP = [sys.executable, "-m", "mapping"]


def _tree_memory(proc: psutil.Process) -> tuple[int, int]:
    """(sum of RSS, sum of PSS) in bytes over a process and its descendants."""
    rss = pss = 0
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    for p in procs:
        try:
            info = p.memory_full_info()
        except psutil.Error:
            continue
        rss += info.rss
        pss += getattr(info, "pss", info.rss)
    return rss, pss


def run_ingest(corpus: Path, out: Path, args: list[str]) -> tuple[float, float, int, int, str]:
    """Run one ingest; returns (seconds, CPU seconds of the process tree, peak summed RSS, peak
    summed PSS, stderr's last line)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen([*EVENTMAP, "ingest", str(corpus), "--out", str(out), *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    peak = [0, 0]
    done = threading.Event()

    def sample() -> None:
        ps = psutil.Process(proc.pid)
        while not done.is_set():
            rss, pss = _tree_memory(ps)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    took = time.perf_counter() - start
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    last = err.strip().splitlines()[-1] if err.strip() else ""
    if proc.returncode != 0:
        print(f"  exit status {proc.returncode}: {err.strip()[-500:]}", file=sys.stderr)
    return took, cpu, peak[0], peak[1], last


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def found_fraction(corpus_root: Path, dataset: Path) -> tuple[int, int]:
    """(known incidents found, known incidents): same type, same local date, within 25 km."""
    answers = json.loads((corpus_root / "answers.json").read_text(encoding="utf-8"))
    gdf = read_incidents(dataset)
    rows: dict[str, list[tuple[str, str, float, float]]] = {}
    for path, etype, start, lat, lon in zip(gdf["article_path"], gdf["event_type"], gdf["start_time"],
                                            gdf["latitude"], gdf["longitude"], strict=True):
        rows.setdefault(path, []).append((etype, start[:10], lat, lon))
    articles = corpus_root / "articles"
    hit = total = 0
    for rel, known in answers.items():
        got = rows.get(str((articles / rel).resolve()), [])
        for k in known:
            total += 1
            hit += any(t == k["event_type"] and d == k["date"] and _km(lat, lon, k["latitude"], k["longitude"]) <= 25
                       for t, d, lat, lon in got)
    return hit, total


def main() -> None:
    ap = argparse.ArgumentParser(description="ingest throughput and peak memory")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    ap.add_argument("--dask-sizes", type=int, nargs="*", default=[1000, 10000])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--fillers", type=int, nargs=2, default=(8, 12), metavar=("MIN", "MAX"),
                    help="background paragraphs per article, as in bench/corpus.py (15 16: seed-length articles)")
    ap.add_argument("--keep", type=Path, help="generate the corpora here and keep them (default: a temporary folder)")
    args = ap.parse_args()
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {os.cpu_count()} cores")
    print(f"{'articles':>8} {'engine':<8} {'workers':>7} {'time':>9} {'articles/s':>11} {'CPU':>8} "
          f"{'per CPU-s':>9} {'peak RSS sum':>13} {'peak PSS sum':>13} {'load':>5}  result")
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        for n in args.sizes:
            root = base / f"corpus-{n}-{args.seed}-{args.fillers[0]}-{args.fillers[1]}"
            if not (root / "answers.json").exists():
                generate(root, n, args.seed, tuple(args.fillers))
            sizes = [p.stat().st_size for p in (root / "articles").rglob("*.txt")]
            print(f"{n} articles, {sum(sizes) / len(sizes):,.0f} bytes each on average", flush=True)
            runs = [("local", 1, []), ("local", 2, [])]
            if n in args.dask_sizes:
                runs.append(("dask", 2, ["--engine", "dask"]))
            for engine, workers, extra in runs:
                out = Path(tmp) / f"ds-{n}-{engine}-{workers}"
                took, cpu, rss, pss, last = run_ingest(root / "articles", out, ["--workers", str(workers), *extra])
                print(f"{n:>8} {engine:<8} {workers:>7} {took:>8.1f}s {n / took:>11.1f} {cpu:>7.1f}s {n / cpu:>9.1f} "
                      f"{rss / 2**20:>10.0f} MB "
                      f"{pss / 2**20:>10.0f} MB {os.getloadavg()[0]:>5.2f}  {last}", flush=True)
                if engine == "local" and workers == 2:
                    hit, total = found_fraction(root, out)
                    print(f"{'':>8} known incidents found: {hit}/{total} = {hit / max(total, 1):.2f}", flush=True)
                    took, cpu, rss, _, last = run_ingest(root / "articles", out, ["--workers", "2"])
                    print(f"{'':>8} the same again (incremental, nothing to parse): {took:.1f} s, CPU {cpu:.1f} s, "
                          f"peak RSS sum {rss / 2**20:.0f} MB: {last}", flush=True)
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
