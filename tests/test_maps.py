"""Tests for mapping.maps: folium maps of the incident table."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import folium
import geopandas as gpd
import pandas as pd
import pytest

from mapping import assets
from mapping._errors import StorageError, ValidationError
from mapping.maps import (
    CLUSTER_ABOVE,
    EVENT_COLOURS,
    UNCERTAINTY_METRES,
    build_map,
    display_offset,
    export_html,
    map_html,
    offset_label,
    playback_options,
    script_json,
)
from mapping.store import incidents_to_frame
from mapping.types import EVENT_TYPES, Incident, Place, TimeSpan

ALMATY = ZoneInfo("Asia/Almaty")
KYIV = ZoneInfo("Europe/Kyiv")
HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_SCRIPT = "</script><script>alert(1)</script>"


def _incident(
    incident_id: str,
    place: Place,
    start: datetime,
    *,
    event_type: str = "Protests",
    fatalities: int | None = None,
    sentence: str = "Crowds gathered in the square.",
    title: str = "Unrest report",
    hours: int = 1,
) -> Incident:
    return Incident(
        incident_id=incident_id,
        article_id=incident_id.split("-")[0],
        title=title,
        source="Reuters",
        event_type=event_type,
        sub_event_type="Peaceful protest",
        actors=("Protesters",),
        fatalities=fatalities,
        fatalities_text=None if fatalities is None else f"{fatalities} were killed",
        place=place,
        time=TimeSpan(start, start + timedelta(hours=hours), "hour"),
        sentence=sentence,
        sentence_start=0,
        sentence_end=len(sentence),
    )


ALMATY_CITY = Place("Almaty", 43.238949, 76.889709, "city", "KZ", "Asia/Almaty")
SQUARE = Place("Republic Square", 43.2380, 76.9458, "landmark", "KZ", "Asia/Almaty")
KYIV_CITY = Place("Kyiv", 50.4501, 30.5234, "city", "UA", "Europe/Kyiv")


@pytest.fixture
def frame() -> gpd.GeoDataFrame:
    return incidents_to_frame(
        [
            _incident(
                "a1-0",
                SQUARE,
                datetime(2022, 1, 6, 17, 30, tzinfo=ALMATY),
                event_type="Riots",
                fatalities=12,
                sentence=f"Shots {HOSTILE} fired `${{x}}` {HOSTILE_SCRIPT}",
            ),
            _incident("a1-1", ALMATY_CITY, datetime(2022, 1, 5, 9, 0, tzinfo=ALMATY)),
            _incident(
                "a2-0",
                KYIV_CITY,
                datetime(2022, 2, 24, 5, 0, tzinfo=KYIV),
                event_type="Explosions/Remote violence",
                title=f"Blasts {HOSTILE}",
            ),
        ]
    )


def _html(m: folium.Map) -> str:
    return m.get_root().render()


def _payload(page: str) -> dict[str, Any]:
    """The JSON that EventMap.render reads in a rendered page (named in the render call)."""
    data_id = re.search(r'EventMap\.render\(\w+, "(eventmap-data-[0-9a-f]{16})"\);', page)
    assert data_id is not None
    match = re.search(f'<script type="application/json" id="{data_id.group(1)}">(.*?)</script>', page, re.S)
    assert match is not None
    return json.loads(match.group(1))


def _text(payload: dict[str, Any], key: str, i: int) -> str:
    """An incident's escaped text from the payload's string table."""
    return str(payload["strings"][payload[key][i]])


def test_event_colours_cover_every_type() -> None:
    assert set(EVENT_COLOURS) == set(EVENT_TYPES)
    assert len(set(EVENT_COLOURS.values())) == len(EVENT_TYPES)


def test_build_map_has_one_marker_per_incident(frame: gpd.GeoDataFrame) -> None:
    payload = _payload(_html(build_map(frame)))
    for key in ("lat", "lon", "colour", "radius", "uncertainty", "start", "end", "offset", "weight", "deaths",
                "sentence", "type", "sub", "place", "geo", "tprec", "deaths_text", "actors", "title", "source"):
        assert len(payload[key]) == 3, key
    assert payload["colour"].count(EVENT_COLOURS["Riots"]) == 1
    assert payload["colour"].count(EVENT_COLOURS["Protests"]) == 1
    assert payload["options"] == {"cluster": False, "heat": False, "uncertainty": True,
                                  "tiles_name": "OpenStreetMap tiles"}
    assert payload["strings"][0] == "" and len(set(payload["strings"])) == len(payload["strings"])


def test_the_map_script_changes_with_the_data(frame: gpd.GeoDataFrame) -> None:
    one, two = _html(build_map(frame)), _html(build_map(frame.iloc[:2]))
    call = re.compile(r'EventMap\.render\(\w+, "(eventmap-data-[0-9a-f]{16})"\)')
    assert call.search(one).group(1) != call.search(two).group(1)  # type: ignore[union-attr]
    assert call.search(one).group(1) == call.search(_html(build_map(frame))).group(1)  # type: ignore[union-attr]


def test_radius_grows_with_fatalities_and_largest_come_first(frame: gpd.GeoDataFrame) -> None:
    payload = _payload(_html(build_map(frame)))
    radius = dict(zip(payload["lat"], payload["radius"], strict=True))
    assert radius[SQUARE.latitude] > radius[round(ALMATY_CITY.latitude, 6)] == radius[KYIV_CITY.latitude]
    assert radius[SQUARE.latitude] <= 30
    assert payload["radius"] == sorted(payload["radius"], reverse=True)  # small circles drawn last, on top


def test_uncertainty_circles_by_precision(frame: gpd.GeoDataFrame) -> None:
    payload = _payload(_html(build_map(frame)))
    by_lat = dict(zip(payload["lat"], payload["uncertainty"], strict=True))
    assert by_lat[SQUARE.latitude] == 0  # a landmark is exact enough
    assert by_lat[KYIV_CITY.latitude] == UNCERTAINTY_METRES["city"] > 0


def test_times_are_epoch_milliseconds(frame: gpd.GeoDataFrame) -> None:
    payload = _payload(_html(build_map(frame)))
    i = payload["lat"].index(SQUARE.latitude)
    assert payload["start"][i] == int(datetime(2022, 1, 6, 11, 30, tzinfo=UTC).timestamp() * 1000)
    assert payload["end"][i] - payload["start"][i] == 3_600_000


def test_popup_fields(frame: gpd.GeoDataFrame) -> None:
    payload = _payload(_html(build_map(frame)))
    i = payload["lat"].index(SQUARE.latitude)
    assert payload["offset"][i] == 360  # the local time's UTC offset, minutes
    assert _text(payload, "place", i) == "Republic Square" and _text(payload, "geo", i) == "landmark"
    assert _text(payload, "type", i) == "Riots" and _text(payload, "sub", i) == "Peaceful protest"
    assert payload["deaths"][i] == 12 and _text(payload, "deaths_text", i) == "12 were killed"
    assert _text(payload, "actors", i) == "Protesters" and _text(payload, "tprec", i) == "hour"
    assert _text(payload, "title", i) == "Unrest report" and _text(payload, "source", i) == "Reuters"
    assert None in payload["deaths"]  # "not reported"


def test_hostile_text_is_escaped(frame: gpd.GeoDataFrame, tmp_path: Path) -> None:
    page = export_html(frame, tmp_path / "map.html").read_text(encoding="utf-8")
    assert HOSTILE not in page
    assert "alert(1)</script>" not in page
    assert "<script>alert(1)" not in page
    assert "onerror=alert(1)>" not in page
    payload = _payload(page)
    texts = " ".join(payload["sentence"] + payload["strings"])
    assert texts.count("&lt;img src=x onerror=alert(1)&gt;") == 2  # sentence and title
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in texts
    assert "<" not in texts.replace("&lt;", "")  # every string is escaped HTML
    # Nothing from the data may open a JS template-string substitution either.
    assert "${x}" not in texts
    assert "&#96;&#36;&#123;x&#125;&#96;" in texts


def test_template_syntax_in_the_data_stays_text(frame: gpd.GeoDataFrame) -> None:
    """folium renders elements' output as Jinja templates again: braces from the data must never get there."""
    tricky = frame.copy()
    tricky["sentence"] = "Boom {{ 7*7 }} {% if true %}IF{% endif %} {# c #} {{ cycler.__init__ }}"
    tricky["title"] = "{{ 6*6 }}"
    page = map_html(tricky)
    assert "Boom 49" not in page and "IF " not in page and "cycler.__init__" in page
    texts = " ".join(_payload(page)["sentence"] + _payload(page)["strings"])
    assert "Boom &#123;&#123; 7*7 &#125;&#125; &#123;% if true %&#125;IF&#123;% endif %&#125;" in texts
    assert "&#123;&#123; 6*6 &#125;&#125;" in texts
    assert "{" not in texts and "}" not in texts


def test_script_json_cannot_close_its_script() -> None:
    text = script_json({"a": HOSTILE_SCRIPT + "<!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": HOSTILE_SCRIPT + "<!-- & \u2028"}


def test_legend_lists_types_present(frame: gpd.GeoDataFrame) -> None:
    html = _html(build_map(frame))
    legend = json.loads(re.search(r"div\.innerHTML = (\".*?\");", html).group(1))  # type: ignore[union-attr]
    assert "eventmap-legend" in html
    assert "Riots (1)" in legend
    assert "Protests (1)" in legend
    assert "Explosions/Remote violence (1)" in legend
    assert "Battles (" not in legend
    assert "place known only to the city or region" in legend


def test_map_is_fitted_to_the_incidents(frame: gpd.GeoDataFrame) -> None:
    fit = _payload(_html(build_map(frame)))["fit"]
    assert fit["bounds"] == [[43.238, 30.5234], [50.4501, 76.9458]]
    assert fit["maxZoom"] == 14


def test_single_incident_is_centred_with_a_close_zoom(frame: gpd.GeoDataFrame) -> None:
    m = build_map(frame.iloc[[0]])
    assert _payload(_html(m))["fit"] is None
    assert m.location == [SQUARE.latitude, SQUARE.longitude]
    assert m.options["zoom"] >= 13  # a landmark


def test_empty_table_gives_a_world_view(tmp_path: Path) -> None:
    empty = incidents_to_frame([])
    m = build_map(empty)
    assert m.options["zoom"] <= 3
    path = export_html(empty, tmp_path / "nested" / "empty.html")
    page = path.read_text(encoding="utf-8")
    payload = _payload(page)
    assert payload["lat"] == [] and payload["strings"] == [""]
    assert payload["playback"] is None and payload["fit"] is None
    assert "eventmap-legend" in page
    assert "L.map(" in page


def test_export_filters_by_time_and_type(frame: gpd.GeoDataFrame, tmp_path: Path) -> None:
    path = export_html(
        frame,
        tmp_path / "map.html",
        start=datetime(2022, 1, 6, tzinfo=UTC),
        end=datetime(2022, 3, 1, tzinfo=UTC),
        types=["Riots", "Explosions/Remote violence"],
        tiles=None,
    )
    page = path.read_text(encoding="utf-8")
    assert len(_payload(page)["lat"]) == 2
    assert "openstreetmap" not in page.lower()
    only_riots = export_html(frame, tmp_path / "riots.html", types=["Riots"])
    assert len(_payload(only_riots.read_text(encoding="utf-8"))["lat"]) == 1


def test_export_is_standalone(frame: gpd.GeoDataFrame) -> None:
    page = map_html(frame)
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=", page)
    for asset in assets.ASSETS:
        assert f"/* {asset.target} */" in page
    assert "url(images/" not in page  # CSS images became data: URIs
    assert "window.EVENTMAP_WORLD = " in page
    assert page.index("/* vendor/leaflet/leaflet.js */") < page.index("/* eventmap/eventmap.js */")
    assert page.index("/* eventmap/eventmap.js */") < page.index("EventMap.render(map_")


def test_served_map_links_the_app_static_files(frame: gpd.GeoDataFrame) -> None:
    m = build_map(frame, assets="served", static_url="/base/app/static")
    urls = [url for _, url in m.default_js + m.default_css]
    assert len(urls) == len(assets.ASSETS)
    assert all(re.fullmatch(r"/base/app/static/[\w./-]+\?v=[0-9a-f]{10}", u) for u in urls)
    page = _html(m)
    assert '<script src="/base/app/static/vendor/leaflet/leaflet.js?v=' in page
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "code.jquery" not in page
    assert folium.Map.default_js[0][1].startswith("https://")  # folium's own class lists are untouched


def test_many_incidents_are_clustered_without_circles() -> None:
    place = ALMATY_CITY
    many = incidents_to_frame([_incident(f"m{i}-0", place, datetime(2022, 1, 5, tzinfo=ALMATY) + timedelta(hours=i))
                               for i in range(CLUSTER_ABOVE + 1)])
    options = _payload(_html(build_map(many)))["options"]
    assert options["cluster"] is True and options["uncertainty"] is False
    forced = _payload(_html(build_map(many.iloc[:3], cluster=True, heat=True)))["options"]
    assert forced["cluster"] is True and forced["heat"] is True


def test_playback_steps_by_hour_in_local_time(frame: gpd.GeoDataFrame) -> None:
    almaty = frame[frame["country"] == "KZ"]
    pb = playback_options(almaty)
    assert pb is not None
    assert pb["step"] == 3_600_000 and pb["day"] is False
    assert pb["offset_label"] == "UTC+06:00" and pb["offset_minutes"] == 360
    assert pb["start"] == int(datetime(2022, 1, 5, 9, tzinfo=ALMATY).timestamp() * 1000)
    assert pb["end"] == int(datetime(2022, 1, 6, 18, 30, tzinfo=ALMATY).timestamp() * 1000) + 30 * 60_000


def test_playback_steps_by_day_over_long_spans(frame: gpd.GeoDataFrame) -> None:
    pb = playback_options(frame)
    assert pb is not None and pb["step"] == 86_400_000 and pb["day"] is True
    assert (pb["end"] - pb["start"]) % pb["step"] == 0
    assert playback_options(incidents_to_frame([])) is None


def test_display_offset_is_the_most_common(frame: gpd.GeoDataFrame) -> None:
    assert display_offset(frame) == timedelta(hours=6)
    assert offset_label(timedelta(hours=-3, minutes=-30)) == "UTC-03:30"
    assert display_offset(incidents_to_frame([])) == timedelta(0)


def test_missing_assets_are_reported(frame: gpd.GeoDataFrame, tmp_path: Path) -> None:
    with pytest.raises(assets.AssetsMissingError, match="make assets"):
        assets.use_inline(folium.Map(), static_dir=tmp_path)
    with pytest.raises(FileNotFoundError):
        assets.use_served(folium.Map(), static_dir=tmp_path)


def test_export_is_atomic(frame: gpd.GeoDataFrame, tmp_path: Path) -> None:
    path = export_html(frame, tmp_path / "map.html")
    before = path.read_bytes()
    bad = frame.copy()
    bad["event_type"] = "Parade"
    with pytest.raises(ValidationError):
        export_html(bad, path)
    (tmp_path / "dir.html").mkdir()
    with pytest.raises(StorageError, match=r"dir\.html"):
        export_html(frame, tmp_path / "dir.html")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dir.html", "map.html"]


def test_many_incidents_build_quickly() -> None:
    """10,000 incidents: the payload is built in well under a second (no per-row pandas access)."""
    import time

    base = datetime(2022, 1, 1, tzinfo=UTC)
    rows = [_incident(f"b{i}-0", KYIV_CITY if i % 2 else ALMATY_CITY, base + timedelta(hours=i),
                      fatalities=i % 7 or None) for i in range(10_000)]
    big = incidents_to_frame(rows)
    start = time.perf_counter()
    payload = _payload(_html(build_map(big)))
    assert time.perf_counter() - start < 3.0
    assert len(payload["lat"]) == 10_000
    assert pd.Series(payload["weight"]).between(0.4, 1.0).all()
    assert len(payload["strings"]) < 100  # repeated texts are stored once
