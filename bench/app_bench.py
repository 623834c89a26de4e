"""The app's first render and a filter change, the HTML export and the ACLED import, from the seed to 1M incidents.

Run: ``.venv/bin/python bench/app_bench.py [--sizes 1000 10000 100000 1000000] [--repeat R] [--no-browser]``.

Data: the seed article's incidents, then for each size synthetic incidents (``bench/synth.py``:
ACLED-shaped events at real towns the world over, 2020-2023, run through the ACLED import so
every column is valid) written as GeoParquet. Each size runs in a child process of its own, so
its peak memory (RSS) is its own. Datasets over the app's ``LOAD_WHOLE_UP_TO`` are queried in
DuckDB and shown as grid counts when more than ``AGGREGATE_ABOVE`` are in view.

Server side (streamlit.testing's AppTest runs app.py in this process, caches cleared before
each first render): the script run that renders the page, then a filter change (event
types) and a time-window change. Where they go: reading the file, building the map payload
and streamlit-folium's processing of it, measured on their own. Browser side (when
/usr/bin/chromium is there): ``streamlit run app.py`` on a local port, every non-local
request blocked, time from navigation until the map has drawn its markers (or clusters).
Export: ``eventmap export`` as a real process (all incidents, and one event type), its time,
file size and peak memory. Import: ``eventmap import-acled`` of the same number of rows as an
ACLED CSV export. Targets (issues 3 and 6): first render under 2 s (seed), 4 s (10,000) and
5 s (1,000,000), filter change under 0.5 s (10,000) and 1 s (1,000,000) on the server; ACLED
import of 1M rows well under a minute. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from statistics import median
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402
from streamlit_folium import _get_header, _get_html, _get_map_string, generate_js_hash  # noqa: E402

from bench.synth import synthetic_incidents, write_acled_csv  # noqa: E402
from mapping.articles import iter_paths  # noqa: E402
from mapping.dashboard import Filters  # noqa: E402
from mapping.maps import build_map  # noqa: E402
from mapping.pipeline import ingest, make_geoparser  # noqa: E402
from mapping.query import IncidentQuery, dataset_files  # noqa: E402
from mapping.settings import Settings  # noqa: E402
from mapping.store import read_incidents, write_incidents  # noqa: E402

APP = str(ROOT / "app.py")
CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]
LOAD_WHOLE_UP_TO = 20_000  # app.py's: bigger datasets are queried in DuckDB
CHILD_TIMEOUT = 900  # seconds for one export or import


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.0f} ms"


def server_side(path: Path, repeat: int) -> dict[str, list[float]]:
    """AppTest timings: cold first render, a types change, a time-window change."""
    os.environ["EVENTMAP_INCIDENTS"] = str(path)
    times: dict[str, list[float]] = {"first render (cold caches)": [], "warm rerender": [],
                                     "filter change (types)": [], "filter change (time window)": []}
    for _ in range(repeat):
        st.cache_data.clear()
        st.cache_resource.clear()
        at = AppTest.from_file(APP, default_timeout=120)
        t = time.perf_counter()
        at.run()
        times["first render (cold caches)"].append(time.perf_counter() - t)
        assert not at.exception, at.exception
        t = time.perf_counter()
        at.run()
        times["warm rerender"].append(time.perf_counter() - t)
        t = time.perf_counter()
        at.multiselect(key="types").set_value(["Riots", "Battles"]).run()
        times["filter change (types)"].append(time.perf_counter() - t)
        lo, hi = at.slider(key="window").value
        t = time.perf_counter()
        at.slider(key="window").set_value((lo, lo + (hi - lo) / 3)).run()
        times["filter change (time window)"].append(time.perf_counter() - t)
        assert not at.exception, at.exception
    return times


def parts(path: Path, n: int) -> dict[str, float]:
    """Where a render's time goes, outside Streamlit."""
    if n > LOAD_WHOLE_UP_TO:
        return query_parts(path)
    out: dict[str, float] = {}
    t = time.perf_counter()
    gdf = read_incidents(path)
    out["read + validate parquet"] = time.perf_counter() - t
    t = time.perf_counter()
    m = build_map(gdf, assets="served", validate=False)
    out["build_map (payload, legend)"] = time.perf_counter() - t
    t = time.perf_counter()
    m.get_root().render()  # what st_folium does before it hands the map to its component
    m.render()
    _get_html(m)
    header = _get_header(m)
    script = _get_map_string(m)
    generate_js_hash(script, "map")
    out["streamlit-folium processing"] = time.perf_counter() - t
    out["map data + script sent (MB)"] = (len(header) + len(script)) / 1e6
    return out


def query_parts(path: Path) -> dict[str, float]:
    """The DuckDB queries behind a render of a big dataset."""
    out: dict[str, float] = {}
    t = time.perf_counter()
    q = IncidentQuery(dataset_files(path))
    ov = q.overview()
    out["open + overview (DuckDB)"] = time.perf_counter() - t
    f = Filters(types=("Riots", "Battles"))
    for name, call in (("count", lambda: q.count(f)), ("grid counts", lambda: q.grid(f)),
                       ("timeline GROUP BY", lambda: q.timeline(f, ov.first_utc, ov.last_utc - ov.first_utc)),
                       ("one page of 200", lambda: q.page(f, None, 3))):
        t = time.perf_counter()
        call()
        out[f"query: {name}"] = time.perf_counter() - t
    return out


def _measured_child(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int, str]:
    """Run ``python -m mapping ARGS`` in a child; seconds, its peak RSS (MB), exit status and stderr."""
    # VmHWM (this process's peak RSS, in kB): ru_maxrss would carry the parent's over fork and exec.
    code = ("import re, sys, runpy; sys.argv = ['eventmap', *sys.argv[1:]]\n"
            "try:\n    runpy.run_module('mapping', run_name='__main__')\n"
            "except SystemExit as e:\n    status = e.code\nelse:\n    status = 0\n"
            "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)\n"
            "print(f'RSS {hwm}', file=sys.stderr); sys.exit(status)")
    t = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT,
                              env=env or os.environ.copy(), timeout=CHILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - t, 0.0, -1, f"stopped after {CHILD_TIMEOUT} s\n"
    seconds = time.perf_counter() - t
    rss = next((int(line.split()[1]) / 1024 for line in done.stderr.splitlines() if line.startswith("RSS ")), 0.0)
    return seconds, rss, done.returncode, done.stderr


def export_and_import(path: Path, n: int, tmp: Path) -> dict[str, float]:
    """``eventmap export`` of the dataset (all: grid counts above ``--max-points``; all drawn each, up to
    100,000; Riots only) and ``eventmap import-acled`` of ``n`` rows."""
    out: dict[str, float] = {}
    runs = [("all", []), ("Riots", ["--types", "Riots"])]
    if n <= 100_000:
        runs.insert(1, ("each", ["--max-points", "0"]))
    for label, extra in runs:
        html = tmp / f"export-{label}.html"
        seconds, rss, status, err = _measured_child(["export", str(path), "--out", str(html), *extra])
        if status:
            print(f"  export {label} failed after {seconds:.0f} s: {err.strip().splitlines()[-2:]}")
            continue
        out[f"export {label}: seconds"] = seconds
        out[f"export {label}: MB file"] = html.stat().st_size / 1e6
        out[f"export {label}: MB peak RSS"] = rss
        html.unlink()
    csv_path = write_acled_csv(n, tmp / "acled.csv")
    out["ACLED CSV: MB file"] = csv_path.stat().st_size / 1e6
    seconds, rss, status, err = _measured_child(["import-acled", str(csv_path), "--out", str(tmp / "acled.parquet")])
    if status:
        print(f"  import-acled failed: {err.strip().splitlines()[-2:]}")
    else:
        out["import-acled: seconds"] = seconds
        out["import-acled: MB peak RSS"] = rss
    csv_path.unlink()
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_drawn(page: Any, timeout: float = 120.0) -> None:
    """Until a map frame shows markers, clusters or grid cells (a big dataset's map is drawn twice: any frame)."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        for frame in page.frames:
            if "streamlit_folium" in frame.url and frame.locator(
                    "path.eventmap-incident, .marker-cluster, .eventmap-bin").count():
                return
        page.wait_for_timeout(50)
    raise TimeoutError("the map drew nothing")


def browser_first_render(path: Path, repeat: int) -> dict[str, list[float]] | None:
    """Seconds from navigation until the page's caption shows, and until the map shows markers or clusters.

    Headless Chromium, a new context (empty cache) per run, every non-local request blocked.
    """
    if not CHROMIUM.is_file():
        return None
    from playwright.sync_api import sync_playwright

    port = _free_port()
    env = {**os.environ, "EVENTMAP_INCIDENTS": str(path)}
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", APP, "--server.port", str(port),
                             "--server.address", "127.0.0.1", "--server.headless", "true",
                             "--browser.gatherUsageStats", "false", "--server.enableStaticServing", "true"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1):
                    break
            except OSError:
                time.sleep(0.25)
        times: dict[str, list[float]] = {"first render (caption shown)": [], "first render (markers drawn)": []}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
            for i in range(repeat + 1):  # the first load also warms the server's caches: not counted
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                context.route("**/*", lambda r: r.abort() if urlparse(r.request.url).hostname not in (
                    "127.0.0.1", "localhost") and r.request.url.startswith(("http", "ws")) else r.continue_())
                page = context.new_page()
                t = time.perf_counter()
                page.goto(url)
                page.get_by_text("incidents match the filters").wait_for(timeout=120_000)
                caption = time.perf_counter() - t
                _wait_drawn(page)
                if i:
                    times["first render (caption shown)"].append(caption)
                    times["first render (markers drawn)"].append(time.perf_counter() - t)
                context.close()
            browser.close()
        times["app server: MB peak RSS"] = [_peak_rss_mb(proc.pid)]
        return times
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def report(label: str, path: Path, n: int, repeat: int, browser: bool) -> dict[str, float]:
    """Print the figures for one dataset; return the medians (seconds) by name."""
    print(f"\n== {label}: {n} incidents ==", flush=True)
    figures: dict[str, float] = {}
    for name, values in server_side(path, repeat).items():
        figures[f"server {name}"] = median(values)
        print(f"  server  {name:<32} median {_ms(median(values))}   (runs: {', '.join(f'{v:.3f}' for v in values)} s)")
    for name, value in parts(path, n).items():
        shown = f"{value:8.2f} MB" if "MB" in name else _ms(value)
        print(f"  part    {name:<32}        {shown}")
    if browser:
        try:
            found = browser_first_render(path, repeat)
        except Exception as e:  # a figure missing, not the whole run
            print(f"  browser failed: {type(e).__name__}: {str(e).splitlines()[0]}")
            found = {}
        if found is None:
            print(f"  browser skipped: no {CHROMIUM}")
        for name, values in (found or {}).items():
            figures[f"browser {name}"] = median(values)
            if "MB" in name:
                print(f"  browser {name:<32}        {median(values):8.0f} MB")
                continue
            runs = ", ".join(f"{v:.3f}" for v in values)
            print(f"  browser {name:<32} median {_ms(median(values))}   (runs: {runs} s)")
    return figures


def one_size(n: int, repeat: int, browser: bool) -> dict[str, float]:
    """Generate ``n`` incidents, write them, time the app on them, export and import: every figure by name."""
    with tempfile.TemporaryDirectory(prefix="eventmap-bench-") as tmp:
        path = Path(tmp) / "incidents.parquet"
        t = time.perf_counter()
        gdf = synthetic_incidents(n)
        generated = time.perf_counter() - t
        t = time.perf_counter()
        write_incidents(gdf, path)
        written = time.perf_counter() - t
        del gdf
        figures = {"generate: seconds": generated, "write GeoParquet (validated): seconds": written,
                   "GeoParquet: MB file": path.stat().st_size / 1e6}
        print(f"\n  generated {n} incidents in {generated:.1f} s, written in {written:.1f} s "
              f"({figures['GeoParquet: MB file']:.1f} MB)")
        figures.update(report("generated", path, n, repeat, browser))
        figures["bench process (generate + AppTest): MB peak RSS"] = _peak_rss_mb()
        figures.update(export_and_import(path, n, Path(tmp)))
    return figures


def _peak_rss_mb(pid: int | str = "self") -> float:
    """A process's peak RSS in MB (VmHWM; ru_maxrss would include the parent's at fork)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _table(results: dict[int, dict[str, float]]) -> None:
    """One row per figure, one column per size."""
    sizes = sorted(results)
    names = list(dict.fromkeys(name for size in sizes for name in results[size]))
    print("\n" + f"{'':<46}" + "".join(f"{n:>12,}" for n in sizes))
    for name in names:
        cells = []
        for size in sizes:
            value = results[size].get(name)
            cells.append(f"{'-':>12}" if value is None else (f"{value:12.1f}" if "MB" in name else f"{value:12.3f}"))
        print(f"{name:<46}" + "".join(cells))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000, 1_000_000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--no-seed", action="store_true")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child: one size, figures as JSON at the end
    args = ap.parse_args()
    if args.one:
        figures = one_size(args.one, args.repeat, not args.no_browser)
        print("FIGURES " + json.dumps(figures))
        return
    print(f"{os.cpu_count()} cores; streamlit {st.__version__}; repeat {args.repeat}", flush=True)
    if not args.no_seed:
        with tempfile.TemporaryDirectory(prefix="eventmap-bench-") as tmp:
            seed = Path(tmp) / "seed.parquet"
            write_incidents(ingest(list(iter_paths([ROOT / "seeds"])), make_geoparser(Settings.from_env())).incidents,
                            seed)
            report("seed", seed, len(read_incidents(seed)), args.repeat, not args.no_browser)
    results: dict[int, dict[str, float]] = {}
    for n in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(n), "--repeat", str(args.repeat)]
        if args.no_browser:
            cmd.append("--no-browser")
        with subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=ROOT) as child:
            for line in child.stdout:  # type: ignore[union-attr]
                if line.startswith("FIGURES "):
                    results[n] = json.loads(line[len("FIGURES "):])
                else:
                    print(line, end="", flush=True)
    _table(results)


if __name__ == "__main__":
    main()
