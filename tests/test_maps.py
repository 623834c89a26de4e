"""Tests for mapping.maps: folium maps of the incident table."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import folium
import geopandas as gpd
import pytest

from mapping._errors import StorageError, ValidationError
from mapping.maps import EVENT_COLOURS, build_map, export_html
from mapping.store import incidents_to_frame
from mapping.types import EVENT_TYPES, Incident, Place, TimeSpan

ALMATY = ZoneInfo("Asia/Almaty")
KYIV = ZoneInfo("Europe/Kyiv")
HOSTILE = "<img src=x onerror=alert(1)>"


def _incident(
    incident_id: str,
    place: Place,
    start: datetime,
    *,
    event_type: str = "Protests",
    fatalities: int | None = None,
    sentence: str = "Crowds gathered in the square.",
    title: str = "Unrest report",
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
        time=TimeSpan(start, start + timedelta(hours=1), "hour"),
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
                sentence=f"Shots {HOSTILE} fired `${{x}}`",
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


def test_event_colours_cover_every_type() -> None:
    assert set(EVENT_COLOURS) == set(EVENT_TYPES)
    assert len(set(EVENT_COLOURS.values())) == len(EVENT_TYPES)


def test_build_map_has_one_marker_per_incident(frame: gpd.GeoDataFrame) -> None:
    m = build_map(frame)
    assert isinstance(m, folium.Map)
    markers = [c for c in m._children.values() if isinstance(c, folium.CircleMarker)]
    assert len(markers) == 3
    html = _html(m)
    assert html.count("L.circleMarker(") == 3
    assert html.count('"className": "eventmap-incident"') == 3
    assert html.count(f'"fillColor": "{EVENT_COLOURS["Riots"]}"') == 1
    assert html.count(f'"fillColor": "{EVENT_COLOURS["Protests"]}"') == 1


def test_radius_grows_with_fatalities(frame: gpd.GeoDataFrame) -> None:
    m = build_map(frame)
    radii = {c.location[0]: c.options["radius"] for c in m._children.values() if isinstance(c, folium.CircleMarker)}
    assert radii[SQUARE.latitude] > radii[ALMATY_CITY.latitude] == radii[KYIV_CITY.latitude]
    assert radii[SQUARE.latitude] <= 30


def test_popup_and_tooltip_content(frame: gpd.GeoDataFrame) -> None:
    html = _html(build_map(frame))
    assert "2022-01-06T17:30:00+06:00" in html
    assert "Republic Square (landmark)" in html
    assert "Riots / Peaceful protest" in html
    assert "12 (“12 were killed”)" in html
    assert "Fatalities:</b> not reported" in html
    assert "Unrest report" in html
    assert "Riots — Republic Square" in html  # tooltip


def test_hostile_text_is_escaped(frame: gpd.GeoDataFrame, tmp_path: Path) -> None:
    path = export_html(frame, tmp_path / "map.html")
    html = path.read_text(encoding="utf-8")
    assert HOSTILE not in html
    assert "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert html.count("&lt;img src=x onerror=alert(1)&gt;") == 2  # sentence and title
    # Nothing from the data may open a JS template-string substitution.
    assert "${x}" not in html
    assert "&#96;&#36;{x}&#96;" in html


def test_legend_lists_types_present(frame: gpd.GeoDataFrame) -> None:
    html = _html(build_map(frame))
    assert "eventmap-legend" in html
    assert "Riots (1)" in html
    assert "Protests (1)" in html
    assert "Explosions/Remote violence (1)" in html
    assert "Battles (" not in html


def test_map_is_fitted_to_the_incidents(frame: gpd.GeoDataFrame) -> None:
    html = _html(build_map(frame))
    match = re.search(r"\.fitBounds\(\s*(\[\[.*?\]\])", html)
    assert match is not None
    south_west_north_east = [float(v) for v in re.findall(r"-?\d+\.?\d*", match.group(1))]
    assert south_west_north_east == [43.238, 30.5234, 50.4501, 76.9458]


def test_single_incident_is_centred_with_a_close_zoom(frame: gpd.GeoDataFrame) -> None:
    m = build_map(frame.iloc[[0]])
    html = _html(m)
    assert ".fitBounds(" not in html
    assert m.location == [SQUARE.latitude, SQUARE.longitude]
    assert m.options["zoom"] >= 13  # a landmark


def test_empty_table_gives_a_world_view(tmp_path: Path) -> None:
    empty = incidents_to_frame([])
    m = build_map(empty)
    assert m.options["zoom"] <= 3
    path = export_html(empty, tmp_path / "nested" / "empty.html")
    html = path.read_text(encoding="utf-8")
    assert "L.circleMarker(" not in html
    assert "eventmap-legend" in html
    assert "L.map(" in html


def test_export_filters_by_time_and_type(frame: gpd.GeoDataFrame, tmp_path: Path) -> None:
    path = export_html(
        frame,
        tmp_path / "map.html",
        start=datetime(2022, 1, 6, tzinfo=UTC),
        end=datetime(2022, 3, 1, tzinfo=UTC),
        types=["Riots", "Explosions/Remote violence"],
        tiles=None,
    )
    html = path.read_text(encoding="utf-8")
    assert html.count("L.circleMarker(") == 2
    assert "openstreetmap" not in html.lower()
    only_riots = export_html(frame, tmp_path / "riots.html", types=["Riots"])
    assert only_riots.read_text(encoding="utf-8").count("L.circleMarker(") == 1


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
