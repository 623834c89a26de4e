"""Hostile text in headless Chromium: the exported map and the app show it as text and run none of it.

Every payload of tests/test_injection.py sits in every text column (and, through the real
pipeline, in a landmark name). The pages are opened with the network blocked; every popup
and tooltip is opened, the reading view is shown, and then no dialog may have opened, no
element a payload would make may exist, and no page error may have occurred.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import geopandas as gpd
import pytest

from mapping.maps import export_html
from mapping.store import write_incidents
from tests.test_browser import (  # also skips this module when there is no chromium or playwright
    ARTIFACTS,
    MAP_FRAME,
    Offline,
    _serve,
    _shot,
    browser,  # noqa: F401 - a fixture
    offline,  # noqa: F401 - a fixture
    playwright_api,
)
from tests.test_injection import PAYLOADS, hostile_frame  # noqa: F401 - a fixture

pytestmark = pytest.mark.browser


def _watch(page: Any) -> None:
    """Make any script run by a payload leave a trace even if it shows no dialog."""
    page.add_init_script("window.alert = (m) => { window.__pwned = (window.__pwned || 0) + 1; "
                         "return window.confirm(String(m)); };")


def _injected(frame: Any) -> int:
    """Elements a payload would have made (the page's own images are never "x"), plus scripts it ran."""
    return int(frame.evaluate(
        "() => document.querySelectorAll(\"img[src='x'], svg[onload], iframe[srcdoc], a[href^='javascript:']\")"
        ".length + (window.__pwned || 0)"))


def _open_every_popup(scope: Any, page: Any) -> list[str]:
    """Hover over and click every incident marker; the texts of the popups and tooltips seen (a marker
    under another one may open none, and a marker or popup that a popup's panning or a rerun of the
    app took away is passed over: the callers check that the payloads were seen)."""
    seen = []
    markers = scope.locator("path.eventmap-incident")
    for i in range(markers.count()):
        try:
            markers.nth(i).hover(force=True, timeout=10_000)
            tooltip = scope.locator(".leaflet-tooltip")
            if tooltip.count():
                seen.append(tooltip.last.inner_text())
            markers.nth(i).click(force=True, timeout=10_000)
        except playwright_api.TimeoutError:
            continue
        popup = scope.locator(".leaflet-popup-content").last
        try:
            popup.wait_for(timeout=5_000)
            seen.append(popup.inner_text(timeout=5_000))  # (a rerun of the app can close it in between)
        except playwright_api.TimeoutError:
            continue
        page.keyboard.press("Escape")
    assert seen, "no popup opened"
    return seen


def test_exported_map_shows_payloads_as_text(hostile_frame: gpd.GeoDataFrame, tmp_path: Path,  # noqa: F811
                                             offline: Offline) -> None:  # noqa: F811
    path = export_html(hostile_frame, tmp_path / "hostile.html", tiles=None)
    page = offline.page()
    _watch(page)
    page.goto(path.as_uri())
    page.locator("path.eventmap-incident").first.wait_for(timeout=30_000)
    texts = _open_every_popup(page, page)
    assert any(PAYLOADS[0] in t and PAYLOADS[1] in t and "{{7*7}}" in t for t in texts), texts
    assert "Riots" in page.locator(".eventmap-legend").inner_text()
    _shot(page, "hostile-export.png")
    assert _injected(page) == 0
    assert offline.dialogs == [] and offline.errors == [] and offline.blocked == []


@pytest.fixture(scope="module")
def hostile_server(hostile_frame: gpd.GeoDataFrame, cache_dir: Path,  # noqa: F811
                   tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``streamlit run app.py`` serving the hostile incidents."""
    folder = tmp_path_factory.mktemp("hostile-app")
    data = write_incidents(hostile_frame, folder / "hostile.parquet")
    yield from _serve(data, cache_dir, tmp_path_factory, {"EVENTMAP_ARTICLES": str(folder)})


def test_app_shows_payloads_as_text(hostile_server: str, offline: Offline) -> None:  # noqa: F811
    page = offline.page()
    _watch(page)
    page.goto(hostile_server)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator("path.eventmap-incident").first.wait_for(timeout=60_000)
    texts = _open_every_popup(frame, page)
    assert any(PAYLOADS[0] in t and PAYLOADS[2] in t for t in texts), texts
    # The reading view of the incident whose title carries every payload.
    reader = page.get_by_role("combobox", name="Read the article of (or select a table row)")
    reader.scroll_into_view_if_needed()
    option = page.get_by_role("option").filter(has_text="Square").first
    for _ in range(5):  # open the list (a click, else the keyboard) until its options show
        reader.click()
        if not option.is_visible():
            reader.press("ArrowDown")
        try:
            option.wait_for(timeout=5_000)
            break
        except playwright_api.TimeoutError:
            page.keyboard.press("Escape")
    option.click()
    page.locator(".eventmap-sentence").first.wait_for(timeout=60_000)
    heading = page.get_by_role("heading").filter(has_text="javascript").first
    heading.wait_for(timeout=30_000)
    assert PAYLOADS[3] in heading.inner_text() and PAYLOADS[0] in heading.inner_text()
    title = heading.locator("[data-heading-text]")  # the heading's text, without Streamlit's own anchor link
    assert title.locator("img, span, svg, iframe").count() == 0, title.evaluate("e => e.innerHTML")
    # A bare web address still shows as a link to itself (Markdown's autolinks), never a script's.
    links = title.locator("a").evaluate_all("els => els.map(a => [a.getAttribute('href'), a.textContent])")
    assert all(href == text and href.startswith("http://") for href, text in links), links
    assert PAYLOADS[0] in page.locator(".eventmap-sentence").first.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    _shot(page, "hostile-app.png")
    for f in page.frames:
        assert _injected(f) == 0, f.url
    assert offline.dialogs == [] and offline.errors == []
