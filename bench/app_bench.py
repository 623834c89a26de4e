"""The app's first render and a filter change, for the seed data and for 10,000 generated incidents.

Run: ``.venv/bin/python bench/app_bench.py [--incidents N] [--repeat R] [--no-browser]``.

Server side (streamlit.testing's AppTest runs app.py in this process, caches cleared before
each first render): the script run that renders the page, then a filter change (event
types) and a time-window change. Where they go: reading the file, building the map payload
and streamlit-folium's processing of it, measured on their own. Browser side (when
/usr/bin/chromium is there): ``streamlit run app.py`` on a local port, every non-local
request blocked, time from navigation until the map has drawn its markers (or clusters).
Targets (issue 3): first render under 2 s (seed) and 4 s (10,000), filter change under 0.5 s
on the server. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from statistics import median
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402
from streamlit_folium import _get_header, _get_html, _get_map_string, generate_js_hash  # noqa: E402

from mapping.articles import iter_paths  # noqa: E402
from mapping.maps import build_map  # noqa: E402
from mapping.pipeline import ingest, make_geoparser  # noqa: E402
from mapping.settings import Settings  # noqa: E402
from mapping.store import incidents_to_frame, read_incidents, write_incidents  # noqa: E402
from mapping.types import EVENT_TYPES, GEO_PRECISIONS, Incident, Place, TimeSpan  # noqa: E402

APP = str(ROOT / "app.py")
CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]
# (name, lat, lon, country, UTC offset in hours): spread over the world and over time zones.
CITIES = [("Almaty", 43.24, 76.89, "KZ", 6), ("Kyiv", 50.45, 30.52, "UA", 2), ("Lagos", 6.45, 3.39, "NG", 1),
          ("Bogotá", 4.71, -74.07, "CO", -5), ("Dhaka", 23.81, 90.41, "BD", 6), ("Lima", -12.05, -77.04, "PE", -5),
          ("Cairo", 30.04, 31.24, "EG", 2), ("Manila", 14.60, 120.98, "PH", 8), ("Paris", 48.86, 2.35, "FR", 1),
          ("Khartoum", 15.50, 32.56, "SD", 2), ("Caracas", 10.48, -66.90, "VE", -4), ("Yangon", 16.87, 96.20, "MM", 6)]
WORDS = ("protesters", "police", "gathered", "square", "clashes", "reported", "witnesses", "said", "near", "city",
         "hall", "troops", "fired", "tear", "gas", "crowd", "building", "stormed", "officials", "killed", "injured",
         "explosion", "heard", "overnight", "market", "district")


def generated_incidents(n: int, seed: int = 7) -> list[Incident]:
    """``n`` plausible incidents: around a dozen cities, over 60 days, with sentences of about 25 words."""
    rng = random.Random(seed)
    start = datetime(2022, 1, 1, tzinfo=UTC)
    out = []
    for i in range(n):
        name, lat, lon, country, hours = rng.choice(CITIES)
        precision = rng.choice(GEO_PRECISIONS[:3])
        spread = {"landmark": 0.02, "city": 0.1, "region": 1.0}[precision]
        place = Place(f"{name} {precision} {i % 50}", lat + rng.uniform(-spread, spread),
                      lon + rng.uniform(-spread, spread), precision, country)  # type: ignore[arg-type]
        t0 = (start + timedelta(minutes=rng.randrange(60 * 24 * 60))).astimezone(timezone(timedelta(hours=hours)))
        sentence = " ".join(rng.choice(WORDS) for _ in range(25)).capitalize() + "."
        deaths = rng.choice([None, None, 0, 1, 2, 5, 12, 40])
        out.append(Incident(
            incident_id=f"gen{i:06d}", article_id=f"art{i // 5:06d}", title=f"Report {i // 5} from {name}",
            source="Bench", event_type=rng.choice(EVENT_TYPES), sub_event_type="", actors=("Protesters",),
            fatalities=deaths, fatalities_text=None if deaths is None else f"{deaths} killed", place=place,
            time=TimeSpan(t0, t0 + timedelta(hours=rng.choice([1, 1, 3, 24])), "hour"), sentence=sentence,
            sentence_start=0, sentence_end=len(sentence)))
    return out


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.0f} ms"


def server_side(path: Path, repeat: int) -> dict[str, list[float]]:
    """AppTest timings: cold first render, a types change, a time-window change."""
    os.environ["EVENTMAP_INCIDENTS"] = str(path)
    times: dict[str, list[float]] = {"first render (cold caches)": [], "warm rerender": [],
                                     "filter change (types)": [], "filter change (time window)": []}
    for _ in range(repeat):
        st.cache_data.clear()
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


def parts(path: Path) -> dict[str, float]:
    """Where a render's time goes, outside Streamlit."""
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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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
                frame = page.frame_locator("iframe[title='streamlit_folium.st_folium']")
                frame.locator("path.eventmap-incident, .marker-cluster").first.wait_for(timeout=120_000)
                if i:
                    times["first render (caption shown)"].append(caption)
                    times["first render (markers drawn)"].append(time.perf_counter() - t)
                context.close()
            browser.close()
        return times
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def report(label: str, path: Path, n: int, repeat: int, browser: bool) -> None:
    print(f"\n== {label}: {n} incidents ==")
    for name, values in server_side(path, repeat).items():
        print(f"  server  {name:<32} median {_ms(median(values))}   (runs: {', '.join(f'{v:.3f}' for v in values)} s)")
    for name, value in parts(path).items():
        shown = f"{value:8.2f} MB" if "MB" in name else _ms(value)
        print(f"  part    {name:<32}        {shown}")
    if browser:
        found = browser_first_render(path, repeat)
        if found is None:
            print(f"  browser skipped: no {CHROMIUM}")
        for name, values in (found or {}).items():
            runs = ", ".join(f"{v:.3f}" for v in values)
            print(f"  browser {name:<32} median {_ms(median(values))}   (runs: {runs} s)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--incidents", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()
    settings = Settings.from_env()
    with tempfile.TemporaryDirectory(prefix="eventmap-bench-") as tmp:
        seed = Path(tmp) / "seed.parquet"
        write_incidents(ingest(list(iter_paths([ROOT / "seeds"])), make_geoparser(settings)).incidents, seed)
        big = Path(tmp) / "generated.parquet"
        write_incidents(incidents_to_frame(generated_incidents(args.incidents)), big)
        print(f"one core of {os.cpu_count()}; streamlit {st.__version__}; repeat {args.repeat}")
        report("seed", seed, len(read_incidents(seed)), args.repeat, not args.no_browser)
        report("generated", big, args.incidents, args.repeat, not args.no_browser)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
