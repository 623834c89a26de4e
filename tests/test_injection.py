"""No script injection: hostile text in any field of an article, a landmark CSV or the incident table
never reaches the map, its popups and tooltips, the legend, the reading view or the app unescaped.

The hostile data are made both through the real pipeline (a JSON article and a landmark CSV of
the user's) and as incident rows with a payload in every text column. The pages are parsed
with html.parser and searched for what a payload would have created. The browser side is in
tests/test_browser_injection.py.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import geopandas as gpd
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from mapping.dashboard import Mark, highlight_html
from mapping.maps import map_html
from mapping.pipeline import ingest, make_geoparser
from mapping.settings import Settings
from mapping.store import incidents_to_frame, write_incidents
from mapping.types import Incident, Place, TimeSpan

PAYLOADS = (
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    '<a href="javascript:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    "![pixel](http://example.invalid/p.png)",
    "{{7*7}}",
    "${alert(1)}`",
    "<svg onload=alert(1)>",
    "'\"><iframe srcdoc=\"<script>alert(1)</script>\">",
    "<!--",
    ":red[red] $x^2$ **bold**",
)
HOSTILE = " ".join(PAYLOADS)
APP = str(Path(__file__).parent.parent / "app.py")
TEXT_COLUMNS = ("title", "source", "sub_event_type", "actors", "fatalities_text", "location_name", "sentence")


def hostile_article() -> dict[str, str]:
    """A JSON article with payloads in the title, the source and the body."""
    return {
        "title": f"Clashes in Almaty {HOSTILE}",
        "source": f"Wire {HOSTILE}",
        "url": "javascript:alert(1)",
        "published": "2022-01-06",
        "text": f"Protesters stormed the main square in Almaty on Wednesday {PAYLOADS[0]}, and police fired "
                f"tear gas {PAYLOADS[1]}. Two people were killed {PAYLOADS[2]} near the main square {PAYLOADS[5]}.",
    }


def hostile_landmarks(folder: Path) -> Path:
    """A landmark CSV of the user's whose place name is a payload (alias: "main square" in Almaty)."""
    path = folder / "extra-landmarks.csv"
    name = PAYLOADS[0] + " " + PAYLOADS[2].replace('"', "'") + " Square"
    path.write_text("name,aliases,kind,city,country,lat,lon,source\n"
                    f'"{name}",main square,square,Almaty,KZ,43.2381,76.9456,test\n', encoding="utf-8")
    return path


def hostile_rows() -> list[Incident]:
    """Incidents with a payload in every text column."""
    tz = ZoneInfo("Asia/Almaty")
    place = Place(f"Square {HOSTILE}", 43.2380, 76.9458, "landmark", "KZ", "Asia/Almaty")
    start = datetime(2022, 1, 6, 17, 30, tzinfo=tz)
    sentence = f"Shots were fired {HOSTILE}."
    return [Incident(
        incident_id=f"h{i}", article_id="hostile", title=f"Report {HOSTILE}", source=f"Agency {HOSTILE}",
        event_type="Riots", sub_event_type=f"Mob violence {HOSTILE}", actors=(f"Gang {HOSTILE}", "Police"),
        fatalities=3, fatalities_text=f"three {HOSTILE}", place=place,
        time=TimeSpan(start + timedelta(hours=i), start + timedelta(hours=i + 1), "hour"),
        sentence=sentence, sentence_start=0, sentence_end=len(sentence)) for i in range(2)]


@pytest.fixture(scope="module")
def hostile_frame(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> gpd.GeoDataFrame:
    """The pipeline's incidents of the hostile article (with the hostile landmark CSV) and the hostile rows."""
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "article.json").write_text(json.dumps(hostile_article()), encoding="utf-8")
    parser = make_geoparser(Settings(data_dir=settings.data_dir, cache_dir=settings.cache_dir,
                                     extra_landmarks_csv=hostile_landmarks(folder)))
    result = ingest([folder / "article.json"], parser)
    assert not result.errors and len(result.incidents) >= 1
    assert any(PAYLOADS[0] in name for name in result.incidents["location_name"]), "the landmark was used"
    return gpd.GeoDataFrame(pd.concat([result.incidents, incidents_to_frame(hostile_rows())], ignore_index=True),
                            crs="EPSG:4326")


class Elements(HTMLParser):
    """Every element of a page with its attributes, and the text of its scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[tuple[str, str]] = []  # (type, text)
        self._script: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        self._script = dict(attrs).get("type") or "text/javascript" if tag == "script" else None

    def handle_endtag(self, tag: str) -> None:
        self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self.scripts.append((self._script, data))


def assert_inert(page: str) -> None:
    """No element, attribute or script text that a payload could have made."""
    elements = Elements()
    elements.feed(page)
    for tag, attrs in elements.tags:
        assert tag not in ("img", "svg", "iframe", "a") or not any("alert" in v or v == "x" for v in attrs.values())
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        assert not any(v.strip().lower().startswith("javascript:") for v in attrs.values()), (tag, attrs)
    for kind, script in elements.scripts:
        if kind == "application/json":  # data: the payloads sit in it as escaped strings, and it must stay JSON
            json.loads(script)
            assert "<" not in script
        else:
            assert "alert(1)" not in script, script[:200]
    for payload in PAYLOADS[:3] + PAYLOADS[7:9]:  # the HTML ones (the others are harmless as HTML text)
        assert payload not in page


def test_exported_map_is_inert(hostile_frame: gpd.GeoDataFrame) -> None:
    page = map_html(hostile_frame, tiles=None)
    assert_inert(page)
    assert "49" not in re.findall(r"Riots \((\d+)\)", page)  # {{7*7}} was not evaluated anywhere
    data = re.search(r'<script type="application/json" id="eventmap-data-[0-9a-f]+">(.*?)</script>', page, re.S)
    payload = json.loads(data.group(1))  # type: ignore[union-attr]
    texts = payload["strings"] + payload["sentence"]
    for column in ("title", "source", "place", "actors", "sub", "deaths_text"):
        assert any("&lt;img src=x onerror=alert(1)&gt;" in payload["strings"][k] for k in payload[column]), column
    assert all("<" not in t and "{" not in t and "`" not in t and "$" not in t for t in texts)


def test_reading_view_is_inert() -> None:
    text = f"Title {HOSTILE}\n\nPolice fired {HOSTILE} in Almaty."
    marks = [Mark(0, 5, "place", f"note {HOSTILE}"), Mark(text.index("Almaty"), len(text) - 1, "place", HOSTILE),
             Mark(text.index("Police"), text.index("Police") + 6, "time", '"><script>alert(1)</script>')]
    page = highlight_html(text, marks, (text.index("Police"), len(text)))
    assert_inert(page)
    assert page.count("<mark") == 3


def test_app_shows_hostile_text_as_text(hostile_frame: gpd.GeoDataFrame, cache_dir: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_incidents(hostile_frame, tmp_path / "hostile.parquet")
    monkeypatch.setenv("EVENTMAP_INCIDENTS", str(path))
    monkeypatch.setenv("EVENTMAP_CACHE_DIR", str(cache_dir))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    (component,) = at.get("component_instance")
    assert_inert(json.loads(component.proto.json_args)["script"] + json.loads(component.proto.json_args)["html"])
    reader = at.selectbox(key="reader")
    reader.select_index(next(i for i, o in enumerate(reader.options) if "Square" in o)).run()
    assert not at.exception
    assert_inert(at.html[0].value)
    subheader = next(h.value for h in at.subheader if "javascript" in h.value)
    # Markdown's link, image, HTML and maths syntax arrive escaped: shown as the characters they are.
    assert r"\[click\]\(javascript\:alert\(1\)\)" in subheader and r"\!\[pixel\]\(http\://" in subheader
    assert r"\:red\[red\]" in subheader
    assert r"\<img src=x onerror=alert\(1\)\>" in subheader and r"\$x^2\$" in subheader
    table = at.dataframe[0].value
    for column in ("title", "sentence", "actors", "location_name"):
        assert table[column].str.contains(PAYLOADS[0], regex=False).any(), column  # plain text in the grid
