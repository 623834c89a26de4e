"""Tests for mapping.dashboard: filters, the time axis, timeline counts, highlights, download bytes."""

from __future__ import annotations

import io
import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from mapping.dashboard import (
    Filters,
    Mark,
    apply_filters,
    highlight_html,
    incident_file_bytes,
    time_axis,
    timeline_counts,
)
from mapping.store import incidents_to_frame, read_incidents
from tests.test_maps import ALMATY, ALMATY_CITY, HOSTILE, HOSTILE_SCRIPT, KYIV_CITY, SQUARE, _incident

REGION = ALMATY_CITY.__class__("Almaty Region", 45.0, 78.0, "region", "KZ", "Asia/Almaty")


@pytest.fixture
def frame() -> gpd.GeoDataFrame:
    return incidents_to_frame([
        _incident("a1-0", SQUARE, datetime(2022, 1, 6, 17, 30, tzinfo=ALMATY), event_type="Riots", fatalities=12,
                  sentence="Gunfire near the square."),
        _incident("a1-1", ALMATY_CITY, datetime(2022, 1, 5, 9, 0, tzinfo=ALMATY), sentence="A peaceful rally."),
        _incident("a1-2", REGION, datetime(2022, 1, 5, 22, 0, tzinfo=ALMATY), event_type="Battles", fatalities=0,
                  sentence="Clashes with police in the region."),
        _incident("a2-0", KYIV_CITY, datetime(2022, 1, 6, 5, 0, tzinfo=ALMATY), event_type="Riots", fatalities=3,
                  sentence="Shops looted in Kyiv.", title="Kyiv report"),
    ])


def _ids(gdf: gpd.GeoDataFrame) -> list[str]:
    return sorted(gdf["incident_id"])


def test_no_filters_keep_everything(frame: gpd.GeoDataFrame) -> None:
    assert len(apply_filters(frame, Filters())) == 4


def test_each_filter_narrows(frame: gpd.GeoDataFrame) -> None:
    tz = timezone(timedelta(hours=6))
    assert _ids(apply_filters(frame, Filters(start=datetime(2022, 1, 6, tzinfo=tz)))) == ["a1-0", "a2-0"]
    assert _ids(apply_filters(frame, Filters(types=("Riots",)))) == ["a1-0", "a2-0"]
    assert _ids(apply_filters(frame, Filters(precisions=("landmark", "region")))) == ["a1-0", "a1-2"]
    assert _ids(apply_filters(frame, Filters(min_fatalities=3))) == ["a1-0", "a2-0"]
    assert _ids(apply_filters(frame, Filters(min_fatalities=0))) == _ids(frame)  # unknown counts kept at 0
    assert _ids(apply_filters(frame, Filters(countries=("UA",)))) == ["a2-0"]
    assert _ids(apply_filters(frame, Filters(search="  GUNFIRE "))) == ["a1-0"]
    assert _ids(apply_filters(frame, Filters(search="kyiv report"))) == ["a2-0"]  # titles too
    assert _ids(apply_filters(frame, Filters(search="(unbalanced["))) == []  # plain text, not a regex
    both = Filters(types=("Riots",), countries=("KZ",))
    assert _ids(apply_filters(frame, both)) == ["a1-0"]


def test_time_axis_is_local_with_hour_steps(frame: gpd.GeoDataFrame) -> None:
    axis = time_axis(frame)
    assert axis.label == "UTC+06:00"
    assert axis.step == timedelta(hours=1)
    assert axis.start == datetime(2022, 1, 5, 9, tzinfo=axis.tz)
    assert axis.end == datetime(2022, 1, 6, 19, tzinfo=axis.tz)  # the last incident ends 18:30
    assert axis.start.utcoffset() == timedelta(hours=6)


def test_time_axis_uses_days_for_long_spans(frame: gpd.GeoDataFrame) -> None:
    late = incidents_to_frame([_incident("z9-0", SQUARE, datetime(2022, 3, 1, 12, tzinfo=ALMATY))])
    axis = time_axis(pd.concat([frame, late], ignore_index=True))
    assert axis.step == timedelta(days=1)
    assert axis.start == datetime(2022, 1, 5, tzinfo=axis.tz)  # local midnight
    assert axis.end == datetime(2022, 3, 2, tzinfo=axis.tz)


def test_timeline_counts_bin_by_local_start(frame: gpd.GeoDataFrame) -> None:
    counts = timeline_counts(frame, time_axis(frame))
    assert counts["count"].sum() == 4
    riots = counts[counts["event_type"] == "Riots"]
    assert sorted(riots["bin"].dt.strftime("%Y-%m-%d %H:%M")) == ["2022-01-06 05:00", "2022-01-06 17:00"]
    assert timeline_counts(frame.iloc[0:0], time_axis(frame)).empty


def test_highlight_escapes_text_and_notes() -> None:
    text = f"Police fired {HOSTILE} in Almaty on Wednesday. {HOSTILE_SCRIPT} Later calm."
    place = text.index("Almaty")
    day = text.index("Wednesday")
    marks = [Mark(place, place + 6, "place", f'Almaty "{HOSTILE}"'), Mark(day, day + 9, "time", "weekday")]
    out = highlight_html(text, marks, (0, text.index(".") + 1))
    assert HOSTILE not in out and "<script>" not in out and "onerror=alert(1)>" not in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert re.search(r'<mark class="eventmap-place"[^>]*title="Almaty &quot;&lt;img[^"]*">Almaty</mark>', out)
    assert re.search(r'<mark class="eventmap-time"[^>]*>Wednesday</mark>', out)
    assert out.count('<span class="eventmap-sentence"') == 1
    assert re.sub(r"<[^>]+>", "", out).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"') \
        .replace("&#x27;", "'").replace("&amp;", "&") == text


def test_highlight_nests_marks_inside_the_sentence() -> None:
    text = "One two three. Four five."
    marks = [Mark(8, 19, "place", "crosses the sentence end"), Mark(10, 12, "time", "overlaps, dropped"),
             Mark(20, 24, "time", "five"), Mark(30, 40, "place", "out of range")]
    out = highlight_html(text, marks, (0, 14))
    body = out.removeprefix(out[: out.index(">") + 1]).removesuffix("</div>")
    # Well nested: every <mark> closes before the sentence's </span>, none crosses it.
    depth = 0
    for tag in re.findall(r"</?(?:mark|span)\b", body):
        depth += -1 if tag.startswith("</") else 1
        assert depth >= 0
    assert depth == 0
    assert body.count("<mark") == 3  # the crossing mark split in two, the overlapping one dropped
    assert "overlaps, dropped" not in body and "out of range" not in body


@pytest.mark.parametrize("suffix", [".geojson", ".csv", ".gpkg"])
def test_download_bytes_read_back(frame: gpd.GeoDataFrame, suffix: str, tmp_path: Path) -> None:
    data = incident_file_bytes(frame, suffix)
    path = tmp_path / f"back{suffix}"
    path.write_bytes(data)
    back = read_incidents(path)
    assert _ids(back) == _ids(frame)
    assert back.loc[back["incident_id"] == "a1-0", "start_time"].iloc[0] == "2022-01-06T17:30:00+06:00"
    if suffix == ".geojson":
        assert json.loads(data)["type"] == "FeatureCollection"
    if suffix == ".csv":
        assert pd.read_csv(io.BytesIO(data))["start_utc"].iloc[0].endswith("+00:00")


def test_download_bytes_leave_no_files(frame: gpd.GeoDataFrame, monkeypatch: pytest.MonkeyPatch,
                                       tmp_path: Path) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    incident_file_bytes(frame, ".gpkg")
    assert list(tmp_path.iterdir()) == []
