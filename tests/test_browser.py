"""What only a browser shows: the app and exported maps drawn in headless Chromium with no internet.

Playwright drives Debian's Chromium (``/usr/bin/chromium``, installed by ``.ci/run``; never a
downloaded browser). Every request to a host other than this machine is aborted, so a map
that still needs a CDN shows no markers here. Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

import pytest

CHROMIUM = Path(os.environ.get("EVENTMAP_CHROMIUM", "/usr/bin/chromium"))
if not CHROMIUM.is_file():
    pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium; .ci/run does)",
                allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright (the test extra)")

from mapping.maps import export_html  # noqa: E402
from mapping.pipeline import ingest  # noqa: E402
from mapping.places import Geoparser  # noqa: E402
from mapping.settings import PROJECT_ROOT  # noqa: E402
from mapping.store import incidents_to_frame, write_incidents  # noqa: E402
from tests.conftest import SEED  # noqa: E402
from tests.test_maps import HOSTILE, HOSTILE_SCRIPT, KYIV_CITY, SQUARE, _incident  # noqa: E402

pytestmark = pytest.mark.browser

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"
TILE_HOSTS = {"tile.openstreetmap.org"}


class Offline:
    """A browser context in which every request to another host is aborted (and recorded)."""

    def __init__(self, browser: Any) -> None:
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        self.context.route("**/*", self._route)

    def _route(self, route: Any) -> None:
        url = urlparse(route.request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.hostname not in LOCAL_HOSTS:
            self.blocked.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    def page(self) -> Any:
        page = self.context.new_page()
        page.on("pageerror", lambda e: self.errors.append(str(e)))

        def on_dialog(dialog: Any) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        return page

    def blocked_hosts(self) -> set[str]:
        return {urlparse(u).hostname or "" for u in self.blocked}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _settle(page: Any) -> None:
    """Let every frame paint (two animation frames) so screenshots show what is there."""
    for frame in page.frames:
        frame.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def _shot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    _settle(page)
    path = ARTIFACTS / name
    page.screenshot(path=str(path))
    return path


def _wait_until(check: Any, timeout: float = 30.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what} (last: {value!r})")
        time.sleep(0.25)


@pytest.fixture(scope="module")
def seed_parquet(project_geoparser: Geoparser, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("browser") / "incidents.parquet"
    write_incidents(ingest([SEED], project_geoparser).incidents, path)
    return path


def _serve(incidents: Path, cache_dir: Path, tmp_path_factory: pytest.TempPathFactory,
           extra_env: dict[str, str] | None = None) -> Iterator[str]:
    """``streamlit run app.py`` on a free local port, serving ``incidents`` (and ``extra_env``); yields its URL."""
    port = _free_port()
    log = tmp_path_factory.mktemp("server") / "streamlit.log"
    env = {**os.environ, "EVENTMAP_INCIDENTS": str(incidents), "EVENTMAP_CACHE_DIR": str(cache_dir),
           **(extra_env or {})}
    cmd = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
           "--server.enableStaticServing", "true", "--server.fileWatcherType", "none"]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"

    def healthy() -> bool:
        if proc.poll() is not None:
            raise AssertionError(f"streamlit exited ({proc.returncode}):\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                return r.status == 200
        except OSError:
            return False

    try:
        _wait_until(healthy, 60, "the streamlit server")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def server(seed_parquet: Path, cache_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app serving the seed incidents."""
    yield from _serve(seed_parquet, cache_dir, tmp_path_factory)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def offline(browser: Any) -> Iterator[Offline]:
    o = Offline(browser)
    try:
        yield o
    finally:
        o.context.close()


def _caption_counts(page: Any) -> tuple[int, int]:
    text = page.get_by_text(re.compile(r"\d+ of \d+ incidents match the filters")).inner_text()
    shown, total = re.match(r"(\d+) of (\d+)", text).groups()  # type: ignore[union-attr]
    return int(shown), int(total)


def _app_markers(page: Any) -> int:
    return int(page.frame_locator(MAP_FRAME).locator("path.eventmap-incident").count())


def _open_app(page: Any, server: str) -> tuple[int, int]:
    page.goto(server)
    page.frame_locator(MAP_FRAME).locator("path.eventmap-incident").first.wait_for(timeout=60_000)
    return _caption_counts(page)


def test_app_draws_one_marker_per_incident_with_no_internet(server: str, offline: Offline) -> None:
    page = offline.page()
    shown, total = _open_app(page, server)
    assert shown == total >= 9  # the seed article's incidents, all in the initial window
    _wait_until(lambda: _app_markers(page) == shown, what=f"{shown} markers")
    frame = page.frame_locator(MAP_FRAME)
    assert frame.locator(".leaflet-eventmapOutlines-pane path").count() > 100  # the offline basemap
    assert frame.locator(".eventmap-legend").inner_text().startswith("Incidents")
    assert frame.locator(".eventmap-playback").is_visible()
    _shot(page, "app-seed.png")
    assert offline.errors == []
    assert offline.blocked_hosts() <= TILE_HOSTS, offline.blocked  # only map tiles were wanted from outside
    assert offline.blocked, "the OpenStreetMap tiles stay the default and were tried"


def test_moving_the_time_slider_changes_the_markers(server: str, offline: Offline) -> None:
    page = offline.page()
    shown, total = _open_app(page, server)
    upper = page.locator("[data-testid='stSlider'] input[type='range']").nth(1)  # the window's end
    upper.focus()
    narrowed = shown
    for _ in range(40):  # step the end back until the window holds fewer incidents (but some)
        for _ in range(6):
            page.keyboard.press("ArrowLeft")
        page.wait_for_timeout(1000)
        narrowed = _caption_counts(page)[0]
        if 0 < narrowed < shown:
            break
    assert 0 < narrowed < shown, f"moving the slider never narrowed the window below {shown} incidents"

    def settled() -> int:
        caption = _caption_counts(page)[0]
        return caption if _app_markers(page) == caption < shown else 0

    assert 0 < _wait_until(settled, 60, "the map to show the caption's count of markers") < total
    _shot(page, "app-slider-moved.png")
    assert offline.errors == []


def test_reading_view_highlights_the_article(server: str, offline: Offline) -> None:
    page = offline.page()
    _open_app(page, server)
    reader = page.get_by_role("combobox", name="Read the article of (or select a table row)")
    option = page.get_by_role("option").filter(has_text="Republic Square").first
    for _ in range(4):  # a rerun of the app under load can close the list before it is read: open it again
        reader.focus()
        reader.press("ArrowDown")  # opens the list
        try:
            option.wait_for(timeout=15_000)
            break
        except playwright_api.TimeoutError:
            continue
    option.click()
    article = page.locator(".eventmap-article")
    article.wait_for(timeout=60_000)
    assert article.locator("mark.eventmap-place").count() >= 5
    assert article.locator("mark.eventmap-time").count() >= 3
    assert article.locator(".eventmap-sentence").count() == 1
    article.scroll_into_view_if_needed()
    _shot(page, "app-reading-view.png")


def test_map_downloaded_from_the_app_opens_from_disk_offline(server: str, offline: Offline) -> None:
    page = offline.page()
    shown, _ = _open_app(page, server)
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="Map (HTML)").click()
    ARTIFACTS.mkdir(exist_ok=True)
    saved = ARTIFACTS / "app-download.html"
    info.value.save_as(saved)
    viewer = offline.page()
    viewer.goto(saved.as_uri())
    viewer.locator("path.eventmap-incident").first.wait_for(timeout=30_000)
    assert viewer.locator("path.eventmap-incident").count() == shown
    _shot(viewer, "app-download.png")
    assert offline.errors == []
    assert offline.blocked_hosts() <= TILE_HOSTS


def test_cli_export_opens_from_disk_with_playback_and_heat(seed_parquet: Path, offline: Offline) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    out = ARTIFACTS / "cli-export.html"
    subprocess.run([sys.executable, "-m", "mapping", "export", str(seed_parquet), "--out", str(out)], check=True,
                   cwd=PROJECT_ROOT)
    page = offline.page()
    page.goto(out.as_uri())
    markers = page.locator("path.eventmap-incident")
    markers.first.wait_for(timeout=30_000)
    total = markers.count()
    assert total >= 9
    assert page.locator(".leaflet-eventmapOutlines-pane path").count() > 100
    _shot(page, "cli-export.png")

    # Playback: step the window through time; each step shows only that hour's incidents.
    slider = page.locator(".eventmap-slider")
    steps = int(slider.get_attribute("max") or 0) + 1
    seen, at_five_thirty = [], None
    for k in range(steps):
        slider.evaluate("(el, v) => { el.value = v; el.dispatchEvent(new Event('input')); }", str(k))
        seen.append(markers.count())
        label = page.locator(".eventmap-time").inner_text()
        if label.startswith("2022-01-06 17:00 – 2022-01-06 18:00 UTC+06:00"):
            at_five_thirty = seen[-1]  # the explosion and gunfire near the square, about 5:30 p.m.
            _shot(page, "cli-export-playback.png")
    assert at_five_thirty, "the 17:00-18:00 step of 6 January shows the incidents of about 5:30 p.m."
    assert max(seen) < total and min(seen) < max(seen)
    page.locator(".eventmap-all").click()
    assert markers.count() == total

    # The heat layer, switched on in the layer control, draws on a canvas.
    page.locator(".leaflet-control-layers").hover()
    page.get_by_label("Heat map").check()
    page.locator("canvas.leaflet-heatmap-layer").wait_for(timeout=10_000)
    _shot(page, "cli-export-heat.png")
    assert offline.errors == []
    assert offline.blocked_hosts() <= TILE_HOSTS


def test_hostile_text_shows_as_text_in_popups(tmp_path: Path, offline: Offline) -> None:
    tz = ZoneInfo("Asia/Almaty")
    frame = incidents_to_frame([
        _incident("h1-0", SQUARE, datetime(2022, 1, 6, 17, 30, tzinfo=tz), event_type="Riots", fatalities=3,
                  sentence=f"Shots {HOSTILE} fired {HOSTILE_SCRIPT} {{{{ 7*7 }}}}", title=f"Report {HOSTILE}"),
        _incident("h2-0", KYIV_CITY, datetime(2022, 1, 7, 9, tzinfo=tz)),
    ])
    path = export_html(frame, tmp_path / "hostile.html", tiles=None)
    page = offline.page()
    page.goto(path.as_uri())
    page.locator("path.eventmap-incident").first.wait_for(timeout=30_000)
    # Open the riot's popup (the larger circle, drawn first).
    page.locator("path.eventmap-incident").first.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    text = popup.inner_text()
    assert HOSTILE in text and HOSTILE_SCRIPT in text and "{{ 7*7 }}" in text
    assert popup.locator("img").count() == 0 and popup.locator("script").count() == 0
    page.wait_for_timeout(300)
    _shot(page, "hostile-popup.png")
    assert offline.dialogs == [] and offline.errors == []
    assert offline.blocked == []  # no tiles asked for: nothing left the machine


def test_many_incidents_are_clustered_offline(tmp_path: Path, offline: Offline) -> None:
    tz = ZoneInfo("Asia/Almaty")
    rows = [_incident(f"c{i}-0", SQUARE if i % 2 else KYIV_CITY, datetime(2022, 1, 1, tzinfo=tz) + timedelta(hours=i))
            for i in range(400)]
    path = export_html(incidents_to_frame(rows), tmp_path / "many.html", tiles=None)
    page = offline.page()
    page.goto(path.as_uri())
    clusters = page.locator(".marker-cluster")
    clusters.first.wait_for(timeout=30_000)
    texts = sorted(int(t) for t in clusters.all_inner_texts())
    assert sum(texts) == 400 and len(texts) == 2
    assert page.locator("path.eventmap-incident").count() == 0
    _shot(page, "clustered.png")
    assert offline.errors == []
