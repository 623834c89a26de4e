"""`eventmap import-acled`: ACLED CSV exports, written here in ACLED's format, imported by a real process."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest

from mapping.acled import AcledError, acled_frame, read_acled
from mapping.settings import Settings
from mapping.store import read_incidents, validate_incidents
from tests.conftest import acled_like_rows
from tests.test_cli import run

HEADER = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
          "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
          "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
          "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]
NOTE_WITH_QUOTES = 'On 5 January 2022, rioters "stormed" the akimat, set it on fire;\nshots were heard, police said.'
ROWS = [
    # id, date, year, time prec, type, sub type, actor1, assoc1, actor2, iso, country, location, lat, lon,
    # geo prec, source, notes, fatalities
    ("KAZ1", "2022-01-05", "2022", "1", "Riots", "Violent demonstration", "Rioters (Kazakhstan)", "",
     "Police Forces of Kazakhstan (2019-)", "398", "Kazakhstan", "Almaty", "43.2567", "76.9286", "1",
     "Reuters; Vlast.kz", NOTE_WITH_QUOTES, "0"),
    ("UKR7", "12 March 2022", "2022", "2", "Battles", "Armed clash", "Military Forces of Russia (2000-)", "",
     "Military Forces of Ukraine (2019-)", "804", "Ukraine", "Irpin", "50.5218", "30.2506", "2",
     "Ukrainska Pravda", "Fighting near Irpin, west of Kyiv.", "12"),
    ("NIG3", "28-03-2021", "2021", "3", "Explosions/Remote violence", "Remote explosive/landmine/IED",
     "Unidentified Armed Group (Nigeria)", "", "Civilians (Nigeria)", "566", "Nigeria", "Maiduguri", "11.8333",
     "13.15", "3", "Local Source", "A device exploded near a market.", ""),
    ("USA9", "2023-03-12", "2023", "1", "Protests", "Peaceful protest", "Protesters (United States)",
     "Students (United States); Teachers (United States)", "", "840", "United States", "New York - Manhattan",
     "40.7834", "-73.9663", "1", "New York Times", "Students marched, chanting.", "0"),
    ("FJI2", "2023-06-30", "2023", "1", "strategic developments", "Arrests", "Police Forces of Fiji (2022-)", "",
     "", "242", "Fiji", "Suva", "-18.1416", "178.4419", "1", "Fiji Times", "Two men were arrested.", "0"),
    # bad rows: each skipped with its row number (the header is row 1)
    ("BAD1", "2023-02-30", "2023", "1", "Protests", "Peaceful protest", "Protesters", "", "", "840",
     "United States", "Nowhere", "40.7", "-73.9", "1", "X", "no such day", "0"),
    ("BAD2", "2023-02-01", "2023", "1", "Protests", "Peaceful protest", "Protesters", "", "", "840",
     "United States", "Nowhere", "140.7", "-73.9", "1", "X", "latitude out of range", "0"),
    ("BAD3", "2023-02-01", "2023", "1", "Parades", "", "Protesters", "", "", "840",
     "United States", "Nowhere", "40.7", "-73.9", "1", "X", "not an ACLED type", "0"),
    ("KAZ1", "2022-01-06", "2022", "1", "Riots", "Violent demonstration", "Rioters", "", "", "398",
     "Kazakhstan", "Almaty", "43.25", "76.92", "1", "X", "the same id again", "1"),
    ("BAD4", "2023-02-01", "2023", "4", "Protests", "", "Protesters", "", "", "840",
     "United States", "Nowhere", "40.7", "-73.9", "1", "X", "time precision 4", "many"),
]


def acled_csv(rows: list[tuple[str, ...]]) -> str:
    """Rows in ACLED's export layout (every column of the header, quoting where a value needs it)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for (eid, date, year, tprec, etype, sub, actor1, assoc1, actor2, iso, country, location, lat, lon, gprec,
         source, notes, deaths) in rows:
        record = dict.fromkeys(HEADER, "")
        record.update(event_id_cnty=eid, event_date=date, year=year, time_precision=tprec, event_type=etype,
                      sub_event_type=sub, actor1=actor1, assoc_actor_1=assoc1, actor2=actor2, iso=iso,
                      country=country, location=location, latitude=lat, longitude=lon, geo_precision=gprec,
                      source=source, notes=notes, fatalities=deaths, timestamp="1700000000")
        writer.writerow([record[h] for h in HEADER])
    return out.getvalue()


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "acled export.csv"
    path.write_text(acled_csv(ROWS), encoding="utf-8")
    return path


def test_import_acled_cli_maps_columns_and_reports_bad_rows(export: Path, settings: Settings,
                                                            tmp_path: Path) -> None:
    out = tmp_path / "acled.parquet"
    done = run(["import-acled", str(export), "--out", str(out)], settings, tmp_path)
    assert done.returncode == 1, done.stderr  # some rows were skipped
    assert "Traceback" not in done.stderr
    skipped = [line for line in done.stderr.splitlines() if "skipped row" in line]
    # The first note spans two lines inside its quotes: rows are CSV records, not lines.
    assert [line.split("skipped row ")[1].split(":")[0] for line in skipped] == ["7", "8", "9", "10", "11"]
    assert "event_date '2023-02-30' is not a date" in skipped[0]
    assert "latitude '140.7' is not a latitude" in skipped[1]
    assert "event_type 'Parades'" in skipped[2]
    assert "event_id_cnty 'KAZ1' repeats an earlier row" in skipped[3]
    assert "time_precision '4' is not 1, 2 or 3" in skipped[4]
    assert "5 incidents from 10 rows" in done.stderr

    gdf = read_incidents(out).set_index("incident_id")
    assert sorted(gdf.index) == ["acled-FJI2", "acled-KAZ1", "acled-NIG3", "acled-UKR7", "acled-USA9"]
    kaz = gdf.loc["acled-KAZ1"]
    assert (kaz.start_time, kaz.end_time, kaz.time_precision) == (
        "2022-01-05T00:00:00+06:00", "2022-01-06T00:00:00+06:00", "day")
    assert kaz.start_utc == pd.Timestamp("2022-01-04T18:00:00Z")
    assert kaz.sentence == NOTE_WITH_QUOTES  # quotes, commas and the line break kept
    assert (kaz.country, kaz.geo_precision, kaz.event_type) == ("KZ", "city", "Riots")
    assert kaz.actors == "Rioters (Kazakhstan); Police Forces of Kazakhstan (2019-)"
    assert kaz.source == "Reuters; Vlast.kz" and kaz.fatalities == 0
    assert (kaz.latitude, kaz.longitude) == (43.2567, 76.9286)
    assert (kaz.geometry.x, kaz.geometry.y) == (76.9286, 43.2567)
    # A week: the seven days around ACLED's mid-week date (12 March 2022, "DD Month YYYY").
    ukr = gdf.loc["acled-UKR7"]
    assert (ukr.start_time, ukr.end_time, ukr.time_precision) == (
        "2022-03-09T00:00:00+02:00", "2022-03-16T00:00:00+02:00", "week")
    assert (ukr.geo_precision, ukr.fatalities, ukr.country) == ("region", 12, "UA")
    # A month: the whole calendar month of ACLED's mid-month date ("DD-MM-YYYY"); fatalities not reported.
    nig = gdf.loc["acled-NIG3"]
    assert (nig.start_time, nig.end_time, nig.time_precision) == (
        "2021-03-01T00:00:00+01:00", "2021-04-01T00:00:00+01:00", "month")
    assert pd.isna(nig.fatalities) and nig.geo_precision == "region"
    # New York on the day clocks went forward: the day starts at -05:00 and ends at -04:00 (23 hours).
    usa = gdf.loc["acled-USA9"]
    assert (usa.start_time, usa.end_time) == ("2023-03-12T00:00:00-05:00", "2023-03-13T00:00:00-04:00")
    assert usa.end_utc - usa.start_utc == pd.Timedelta(hours=23)
    assert usa.actors == "Protesters (United States); Students (United States); Teachers (United States)"
    # East of 180°... almost: Fiji is UTC+12; the type is matched whatever its case.
    fji = gdf.loc["acled-FJI2"]
    assert fji.start_time == "2023-06-30T00:00:00+12:00" and fji.event_type == "Strategic developments"


def test_import_acled_again_replaces_its_rows_and_keeps_others(export: Path, settings: Settings,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "acled.parquet"
    other = tmp_path / "other.csv"
    other.write_text(acled_csv([("PER5", "2022-07-01", "2022", "1", "Protests", "Peaceful protest", "Protesters",
                                 "", "", "604", "Peru", "Lima", "-12.0464", "-77.0428", "1", "El Comercio",
                                 "A march.", "0")]), encoding="utf-8")
    assert run(["import-acled", str(other), "--out", str(out)], settings, tmp_path).returncode == 0
    for _ in range(2):
        assert run(["import-acled", str(export), "--out", str(out)], settings, tmp_path).returncode == 1
    gdf = read_incidents(out)
    assert len(gdf) == 6 and gdf["incident_id"].is_unique
    assert gdf.set_index("incident_id").loc["acled-PER5", "start_time"] == "2022-07-01T00:00:00-05:00"
    assert run(["import-acled", str(other), "--out", str(out), "--replace"], settings, tmp_path).returncode == 0
    assert list(read_incidents(out)["incident_id"]) == ["acled-PER5"]


@pytest.mark.parametrize("content", ["title line\nsome text, more text\n", "", "\x00\xff\xfe binary"])
def test_a_file_that_is_not_an_acled_export_is_one_clear_error(content: str, settings: Settings,
                                                               tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_bytes(content.encode("latin-1"))
    out = tmp_path / "out.parquet"
    done = run(["import-acled", str(path), "--out", str(out)], settings, tmp_path)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr
    assert lines[0].startswith(f"eventmap: error: {path}: not an ACLED export")
    assert not out.exists()


def test_missing_file_and_folder_are_errors(tmp_path: Path) -> None:
    with pytest.raises(AcledError, match="no such file"):
        read_acled(tmp_path / "absent.csv")
    with pytest.raises(AcledError, match="is a folder"):
        read_acled(tmp_path)


def test_many_generated_rows_import_valid_and_consistent() -> None:
    raw = acled_like_rows(3000)
    table, skipped = acled_frame(raw)
    assert skipped == [] and len(table) == 3000
    validate_incidents(table)
    # Every local start is a local midnight, and start_utc is that instant.
    assert table["start_time"].str[10:19].eq("T00:00:00").all()
    parsed = pd.to_datetime(table["start_time"].tolist(), format="ISO8601", utc=True)
    assert (pd.Series(parsed, index=table.index) == table["start_utc"]).all()
    spans = (table["end_utc"] - table["start_utc"]).dt.total_seconds() / 86400
    by_precision = spans.groupby(table["time_precision"])
    assert by_precision.min()["day"] >= 23 / 24 and by_precision.max()["day"] <= 25 / 24
    assert by_precision.min()["week"] >= 6.9 and by_precision.max()["week"] <= 7.1
    assert by_precision.min()["month"] >= 27.9 and by_precision.max()["month"] <= 31.1
    offsets = table.groupby("location_name")["start_time"].agg(lambda s: set(s.str[-6:]))
    assert offsets["Almaty"] <= {"+06:00", "+05:00"} and offsets["Lima"] == {"-05:00"}
    assert offsets["Irpin"] == {"+02:00", "+03:00"}  # Kyiv's winter and summer time
    assert set(table["country"]) == {"KZ", "UA", "NG", "US", "PE", "FJ"}
