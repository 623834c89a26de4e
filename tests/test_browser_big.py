"""The app on a dataset too big to load whole, in headless Chromium with no internet (see test_browser.py).

A module of its own: the big dataset's server, and waits that keep Playwright's request router
running (see :func:`_wait_in`).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mapping.acled import acled_frame
from mapping.store import write_incidents
from tests.conftest import acled_like_rows
from tests.test_browser import (  # also skips this module without Chromium or Playwright
    TILE_HOSTS,
    Offline,
    _caption_counts,
    _serve,
    _shot,
    browser,  # noqa: F401 - a fixture
    offline,  # noqa: F401 - a fixture
    )

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def big_server(cache_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app serving 21,000 incidents (more than it loads whole: queried in DuckDB)."""
    frame, skipped = acled_frame(acled_like_rows(21_000, seed=5))
    assert not skipped
    path = write_incidents(frame, tmp_path_factory.mktemp("big") / "incidents.parquet")
    yield from _serve(path, cache_dir, tmp_path_factory)


def _wait_in(page: Any, check: Any, timeout: float, what: str) -> Any:
    """Like test_browser's _wait_until, but sleeping in Playwright (page.wait_for_timeout), so that its
    event loop keeps serving the context's request routing meanwhile: with time.sleep the page's
    lazily loaded scripts wait for the router and its widgets stay unrendered."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what} (last: {value!r})")
        page.wait_for_timeout(250)


def _map_frames(page: Any) -> list[Any]:
    return [f for f in page.frames if "streamlit_folium" in f.url]


def _only_map(page: Any, selector: str) -> int:
    """How many ``selector`` elements the map shows, once there is one map frame (0 before)."""
    frames = _map_frames(page)
    return int(frames[0].locator(selector).count()) if len(frames) == 1 else 0


def test_big_dataset_shows_grid_counts_then_markers_when_zoomed_in(big_server: str, offline: Offline) -> None:  # noqa: F811
    page = offline.page()
    page.goto(big_server)
    # The map reports its view once drawn; the app queries that view and draws the map again, once.
    _wait_in(page, lambda: _only_map(page, ".eventmap-bin"), 150, "grid cells")
    page.wait_for_timeout(3000)
    n_bins = _wait_in(page, lambda: _only_map(page, ".eventmap-bin"), 60, "grid cells, settled")
    assert _caption_counts(page) == (21_000, 21_000)
    cells = page.get_by_text(re.compile(r"shown as counts in \d+ grid cells")).inner_text()
    assert n_bins == int(re.search(r"counts in (\d+) grid cells", cells).group(1))  # type: ignore[union-attr]
    frame = _map_frames(page)[0]
    assert frame.locator("path.eventmap-incident").count() == 0
    numbers = [int(t) for t in frame.locator(".eventmap-bin div").all_inner_texts() if t.isdigit()]
    assert numbers and max(numbers) > 1000  # cells hold many incidents each
    _shot(page, "app-big-grid.png")
    # Zoom the map onto Lima: the app queries the new view and draws each incident in it.
    frame.evaluate("() => window.map.setView([-12.05, -77.04], 9)")

    def drawn_in_view() -> int:
        for text in page.locator("[data-testid='stCaptionContainer']").all_inner_texts():
            found = re.match(r"([\d,]+) incidents in the map's view, each drawn", text)
            if found:
                return int(found.group(1).replace(",", ""))
        return 0

    in_view = _wait_in(page, drawn_in_view, 60, "the map's view to be queried")
    assert 0 < in_view < 21_000 // 3
    _wait_in(page, lambda: _only_map(page, "path.eventmap-incident, .marker-cluster"), 60, "markers")
    assert _only_map(page, ".eventmap-bin") == 0
    _shot(page, "app-big-zoomed.png")
    assert offline.errors == []
    assert offline.blocked_hosts() <= TILE_HOSTS
