"""The partitioned GeoParquet dataset: months as hive partitions, a manifest, incremental updates."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import geopandas as gpd
import pandas as pd
import pytest

from mapping._errors import StorageError
from mapping.store import (
    MANIFEST,
    incidents_to_frame,
    is_dataset,
    parquet_files,
    read_incidents,
    read_manifest,
    save_incidents,
    stored_articles,
)
from mapping.types import Incident, Place, TimeSpan

ALMATY = ZoneInfo("Asia/Almaty")
PLACE = Place("Almaty", 43.238949, 76.889709, "city", "KZ", "Asia/Almaty")


def _incident(article: str, n: int, start: datetime, path: str | None = None) -> Incident:
    return Incident(
        incident_id=f"{article}-{n}", article_id=article, title=f"Title of {article}", source="Reuters",
        event_type="Protests", sub_event_type="Peaceful protest", actors=("Protesters (Kazakhstan)",),
        fatalities=None, fatalities_text=None, place=PLACE,
        time=TimeSpan(start, start + timedelta(hours=1), "hour"), sentence=f"Sentence {n} of {article}.",
        sentence_start=0, sentence_end=10, trigger="gathered", article_path=path or f"/news/{article}.txt")


def _frame(*incidents: Incident) -> gpd.GeoDataFrame:
    return incidents_to_frame(incidents)


def _articles(frame: gpd.GeoDataFrame) -> list[tuple[str, str]]:
    return sorted(set(zip(frame["article_id"], frame["article_path"], strict=True)))


JAN = datetime(2022, 1, 6, 17, 30, tzinfo=ALMATY)
FEB = datetime(2022, 2, 24, 5, 0, tzinfo=ALMATY)
# 23:30 on 31 March in Almaty is 17:30 UTC the same day: March, by start_utc
MAR = datetime(2022, 3, 31, 23, 30, tzinfo=ALMATY)
# 02:00 on 1 April in Almaty is 20:00 UTC on 31 March: also March
APR_LOCAL = datetime(2022, 4, 1, 2, 0, tzinfo=ALMATY)


def _snapshot(folder: Path) -> dict[str, float]:
    """Every file of the dataset and its modification time."""
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def test_a_dataset_is_partitioned_by_month_of_start_utc(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    assert is_dataset(out) and not is_dataset(tmp_path / "x.parquet")
    new = _frame(_incident("a1", 0, JAN), _incident("a1", 1, FEB), _incident("a2", 0, MAR),
                 _incident("a2", 1, APR_LOCAL))
    assert save_incidents(out, new, _articles(new)) == 4
    months = sorted(p.parent.name for p in parquet_files(out))
    assert months == ["month=2022-01", "month=2022-02", "month=2022-03"]
    for part in parquet_files(out):  # each part is a GeoParquet file geopandas reads alone
        gdf = gpd.read_parquet(part)
        assert gdf.crs.to_epsg() == 4326
        assert set(gdf["start_utc"].dt.strftime("month=%Y-%m")) == {part.parent.name}
    back = read_incidents(out)
    assert sorted(back["incident_id"]) == ["a1-0", "a1-1", "a2-0", "a2-1"]
    assert list(back["start_utc"]) == sorted(back["start_utc"])
    manifest = json.loads((out / MANIFEST).read_text())
    assert {a["article_id"]: a["months"] for a in manifest["articles"]} == {"a1": ["2022-01", "2022-02"],
                                                                            "a2": ["2022-03"]}
    assert manifest["incidents"] == 4


def test_only_the_changed_partitions_are_rewritten(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    first = _frame(_incident("a1", 0, JAN), _incident("a2", 0, FEB))
    save_incidents(out, first, _articles(first))
    before = _snapshot(out)
    jan_part = next(p for p in parquet_files(out) if "2022-01" in str(p))
    # an edited a2 (same path, new text, so a new id) moves to March; January is untouched
    edited = _frame(_incident("a2-edited", 0, MAR, path="/news/a2.txt"))
    save_incidents(out, edited, _articles(edited))
    after = _snapshot(out)
    assert jan_part in parquet_files(out)
    assert after[str(jan_part.relative_to(out))] == before[str(jan_part.relative_to(out))]
    assert not any("2022-02" in name for name in after)  # the emptied month is gone, folder and all
    back = read_incidents(out)
    assert sorted(back["incident_id"]) == ["a1-0", "a2-edited-0"]
    assert stored_articles(out) == {"a1": "/news/a1.txt", "a2-edited": "/news/a2.txt"}


def test_nothing_new_rewrites_nothing(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    frame = _frame(_incident("a1", 0, JAN))
    save_incidents(out, frame, _articles(frame))
    before = _snapshot(out)
    assert save_incidents(out, frame.iloc[0:0], []) == 1
    assert _snapshot(out) == before


def test_articles_without_incidents_are_remembered(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    frame = _frame(_incident("a1", 0, JAN))
    save_incidents(out, frame, [*_articles(frame), ("quiet", "/news/quiet.txt")])
    assert stored_articles(out) == {"a1": "/news/a1.txt", "quiet": "/news/quiet.txt"}
    assert len(read_incidents(out)) == 1


def test_replace_starts_afresh_and_removes_old_parts(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    frame = _frame(_incident("a1", 0, JAN), _incident("a2", 0, FEB))
    save_incidents(out, frame, _articles(frame))
    other = _frame(_incident("b1", 0, MAR))
    save_incidents(out, other, _articles(other), replace=True)
    assert list(read_incidents(out)["incident_id"]) == ["b1-0"]
    assert [p.parent.name for p in out.rglob("*.parquet")] == ["month=2022-03"]
    assert set(stored_articles(out)) == {"b1"}


def test_killed_writers_leftovers_are_ignored_then_removed(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    frame = _frame(_incident("a1", 0, JAN))
    save_incidents(out, frame, _articles(frame))
    # what a writer killed mid-way leaves: a new part not yet listed, a half-written temporary
    orphan = out / "month=2022-01" / "part-0123456789abcdef.parquet"
    orphan.write_bytes(parquet_files(out)[0].read_bytes())
    (out / "month=2022-01" / ".part-0123456789abcdef.abcd1234.parquet").write_bytes(b"PAR1 half")
    (out / "._manifest.abcd1234.json").write_text("{", encoding="utf-8")
    assert len(read_incidents(out)) == 1
    more = _frame(_incident("a2", 0, FEB))
    save_incidents(out, more, _articles(more))
    assert sorted(p.name for p in out.rglob("*") if p.is_file() and p.name != ".eventmap.lock") == sorted(
        [MANIFEST, *(p.name for p in parquet_files(out))])


def test_the_single_file_store_keeps_working(tmp_path: Path) -> None:
    out = tmp_path / "incidents.parquet"
    frame = _frame(_incident("a1", 0, JAN), _incident("a2", 0, FEB))
    assert save_incidents(out, frame, _articles(frame)) == 2
    assert parquet_files(out) == [out]
    mtime = out.stat().st_mtime_ns
    assert save_incidents(out, frame.iloc[0:0], []) == 2
    assert out.stat().st_mtime_ns == mtime
    edited = _frame(_incident("a2-edited", 0, MAR, path="/news/a2.txt"))
    assert save_incidents(out, edited, _articles(edited)) == 2
    assert sorted(read_incidents(out)["incident_id"]) == ["a1-0", "a2-edited-0"]


def test_a_folder_without_manifest_is_not_a_dataset(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    with pytest.raises(StorageError, match=r"without _manifest\.json"):
        read_incidents(tmp_path / "notes")
    assert parquet_files(tmp_path / "notes") == []
    (tmp_path / "notes" / MANIFEST).write_text("{not json", encoding="utf-8")
    with pytest.raises(StorageError, match="manifest is malformed"):
        read_manifest(tmp_path / "notes")


def test_an_empty_dataset_reads_as_an_empty_table(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    save_incidents(out, incidents_to_frame([]), [("quiet", "/news/quiet.txt")])
    empty = read_incidents(out)
    assert len(empty) == 0 and isinstance(empty, gpd.GeoDataFrame)


def test_dataset_and_file_hold_the_same_table(tmp_path: Path) -> None:
    frame = _frame(_incident("a1", 0, JAN), _incident("a1", 1, FEB), _incident("a2", 0, MAR))
    save_incidents(tmp_path / "ds", frame, _articles(frame))
    save_incidents(tmp_path / "one.parquet", frame, _articles(frame))
    pd.testing.assert_frame_equal(read_incidents(tmp_path / "ds"), read_incidents(tmp_path / "one.parquet"))


def test_replacing_an_article_keeps_other_articles_in_the_same_month(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    frame = _frame(_incident("a1", 0, JAN), _incident("a2", 0, JAN + timedelta(days=2)))
    save_incidents(out, frame, _articles(frame))
    edited = _frame(replace(_incident("a1-v2", 0, JAN + timedelta(days=1)), article_path="/news/a1.txt"))
    save_incidents(out, edited, _articles(edited))
    assert list(read_incidents(out)["incident_id"]) == ["a1-v2-0", "a2-0"]
