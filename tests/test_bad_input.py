"""Bad input, through the loader and through ``eventmap ingest`` run as a real process.

Each bad file must give exactly one line on stderr that names it and says what is wrong,
the other files of the batch are ingested, the exit status is 1 when any file failed, and no
traceback reaches the user.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import geopandas as gpd
import pytest

from mapping._errors import ArticleError
from mapping.articles import iter_paths, read_article
from mapping.pipeline import CHUNK_CHARS, article_incidents, text_chunks
from mapping.places import Geoparser
from mapping.settings import Settings
from tests.conftest import SEED

GOOD = """Clashes near parliament in Tbilisi
Protesters face riot police outside parliament in Tbilisi, Georgia, May 14, 2024. (Example Photo)

Police used water cannon against protesters outside parliament in Tbilisi on Tuesday night.
"""
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


def run(args: list[str], settings: Settings, cwd: Path, prefix: list[str] | None = None,
        timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EVENTMAP_CACHE_DIR": str(settings.cache_dir), "EVENTMAP_DATA_DIR": str(settings.data_dir),
           "EVENTMAP_ONLINE": "0", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([*(prefix or []), sys.executable, "-m", "mapping", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=timeout, encoding="utf-8", errors="replace")


def lines_naming(stderr: str, name: str) -> list[str]:
    return [line for line in stderr.splitlines() if name in line]


# --------------------------------------------------------------------------- the loader


@pytest.mark.parametrize(("name", "data", "problem"), [
    ("empty.txt", b"", "the article is empty"),
    ("spaces.md", b" \t\r\n\n  ", "the article is empty"),
    ("image.txt", PNG, "looks like a binary file"),
    ("noise.txt", random.Random(7).randbytes(4096).replace(b"\x00", b"\x01"), "looks like a binary file"),
    ("controls.txt", bytes(range(1, 32)) * 50, "looks like a binary file"),
    ("utf16-bad.txt", b"\xff\xfe" + b"\x00\xd8" + b"a\x00", "not valid UTF-16"),
    ("list.json", b'[{"text": "Police fired in Kyiv."}]', "expected a JSON object"),
    ("number.json", b'{"title": "x", "text": 42}', "field 'text' must be a string, got int"),
    ("nested.json", b'{"text": {"body": "x"}}', "field 'text' must be a string, got dict"),
    ("title.json", b'{"title": ["a"], "text": "Police fired in Kyiv."}', "field 'title' must be a string"),
    ("missing.json", b'{"title": "Only a title"}', "has no 'text'"),
    ("null.json", b"null", "expected a JSON object"),
    ("truncated.json", b'{"text": "Police fired', "invalid JSON"),
    ("date.json", b'{"text": "Police fired in Kyiv.", "published": "soon"}', "'published' is not a date"),
    ("scripts.html", b"<html><head><script>alert(1)</script></head><body><script>var a=1;</script>"
                     b"<style>p{color:red}</style><noscript>x</noscript></body></html>", "no visible text"),
    ("pdf.pdf", b"%PDF-1.4", "unsupported file type .pdf"),
])
def test_a_bad_file_is_one_article_error_naming_it(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ArticleError) as e:
        read_article(path)
    assert str(e.value).startswith(f"{path}: ") and problem in str(e.value)
    assert "\n" not in str(e.value)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str) -> None:
    text = "Protest in Brasília\nProtesters marched in Brasília, Brazil, on 2 May 2023, São Paulo too.\n"
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    article = read_article(path)
    assert article.text == text and article.published == date(2023, 5, 2)


def test_windows_1252_quotes(tmp_path: Path) -> None:
    text = "Protest in Brasília\nProtesters said “enough” in Brasília, Brazil, on 2 May 2023 – again.\n"
    (tmp_path / "w.txt").write_bytes(text.encode("cp1252"))
    assert read_article(tmp_path / "w.txt").text == text


def test_html_full_of_scripts_keeps_only_the_visible_text(tmp_path: Path) -> None:
    junk = "<script>document.write('Moscow');alert(1)</script><style>body{background:url(x)}</style>" * 500
    (tmp_path / "page.html").write_text(
        f"<html><head><title>Clash in Kyiv</title>{junk}</head><body>{junk}<p>Police clashed with protesters "
        f"in Kyiv on March 3, 2023.</p>{junk}<template><p>Paris</p></template></body></html>", encoding="utf-8")
    article = read_article(tmp_path / "page.html")
    assert article.text == "Clash in Kyiv\n\nPolice clashed with protesters in Kyiv on March 3, 2023."
    assert article.published == date(2023, 3, 3)


def test_impossible_years_are_not_publication_dates(tmp_path: Path) -> None:
    (tmp_path / "far.txt").write_text("Clash in Kyiv\n\nKYIV, December 31, 9999 (Reuters) - Police clashed with "
                                      "protesters in Kyiv on Friday.\n", encoding="utf-8")
    os.utime(tmp_path / "far.txt", (1_700_000_000, 1_700_000_000))  # 14 November 2023
    assert read_article(tmp_path / "far.txt").published == date(2023, 11, 14)


def test_a_long_article_is_read_in_pieces_with_offsets_into_the_whole(geoparser: Geoparser, tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    text = seed + "\n\n" + "\n\n".join(
        f"Police fired tear gas at protesters in Kyiv on Tuesday, report {i} said." for i in range(1500))
    assert len(text) > 2 * CHUNK_CHARS
    chunks = list(text_chunks(text))
    assert chunks[0][0] == 0 and chunks[-1][1] == len(text)
    assert all(a[1] == b[0] and b[1] - b[0] <= CHUNK_CHARS for a, b in itertools.pairwise(chunks))
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    incidents = article_incidents(geoparser, read_article(tmp_path / "long.txt"))
    late = [i for i in incidents if i.sentence_start > CHUNK_CHARS]
    assert late, "incidents after the first piece are found"
    for i in incidents:
        assert text[i.sentence_start:i.sentence_end] == i.sentence
    assert len({i.incident_id for i in incidents}) == len(incidents)
    assert {i.place.country for i in late} == {"UA"}


# --------------------------------------------------------------------------- the command line


@pytest.fixture
def bad_batch(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A folder of good and bad articles; the bad ones by name, with the words their line must hold."""
    folder = tmp_path / "in put"
    folder.mkdir()
    (folder / "good one.txt").write_text(GOOD, encoding="utf-8")
    (folder / "Київ — звіт.txt").write_text(GOOD.replace("Tbilisi", "Kyiv").replace("Georgia", "Ukraine"),
                                            encoding="utf-8")
    text = GOOD.replace("Tbilisi", "Yerevan").replace("Georgia", "Armenia")
    (folder / "latin.txt").write_bytes(text.replace("Police", "Polícia").encode("latin-1"))
    (folder / "utf16.md").write_bytes(text.replace("Yerevan", "Baku").replace("Armenia", "Azerbaijan")
                                      .encode("utf-16"))
    (folder / "utf16-nobom.txt").write_bytes(text.replace("Yerevan", "Minsk").replace("Armenia", "Belarus")
                                             .encode("utf-16-le"))
    (folder / "no place.txt").write_text("A quiet day\n\nNothing at all happened on May 14, 2024.\n", encoding="utf-8")
    (folder / "no date.txt").write_text("Clash in Lviv\n\nPolice clashed with protesters in Lviv on Tuesday.\n",
                                        encoding="utf-8")
    (folder / "future.txt").write_text("Clash in Odesa\n\nODESA, March 3, 2031 (Reuters) - Police clashed with "
                                       "protesters in Odesa on Monday.\n", encoding="utf-8")
    (folder / "page.html").write_text("<html><head><script>alert(1)</script></head><body><script>x()</script>"
                                      "<p>Police clashed with protesters in Kharkiv on March 3, 2023.</p></body>"
                                      "</html>", encoding="utf-8")
    bad = {
        "empty.txt": "the article is empty",
        "image.txt": "looks like a binary file",
        "noise.txt": "looks like a binary file",
        "list.json": "expected a JSON object",
        "number.json": "must be a string",
        "missing.json": "has no 'text'",
        "scripts.html": "no visible text",
        "loop-a.txt": "Too many levels of symbolic links",
        "loop-b.txt": "Too many levels of symbolic links",
        "dangling.txt": "No such file or directory",
    }
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(PNG + bytes(200))
    (folder / "noise.txt").write_bytes(random.Random(3).randbytes(5000))
    (folder / "list.json").write_text("[1, 2]", encoding="utf-8")
    (folder / "number.json").write_text('{"title": "T", "text": 3.5}', encoding="utf-8")
    (folder / "missing.json").write_text('{"title": "T"}', encoding="utf-8")
    (folder / "scripts.html").write_text("<script>alert(1)</script>" * 100, encoding="utf-8")
    (folder / "loop-a.txt").symlink_to("loop-b.txt")
    (folder / "loop-b.txt").symlink_to("loop-a.txt")
    (folder / "dangling.txt").symlink_to("nowhere.txt")
    (folder / "a folder.txt").mkdir()  # a directory named like an article: searched, not read
    (folder / "a folder.txt" / "inside.txt").write_text(GOOD.replace("Tbilisi", "Batumi"), encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "link-to-parent").symlink_to(folder, target_is_directory=True)  # not followed
    return folder, bad


def test_ingest_reports_each_bad_file_once_and_goes_on(bad_batch: tuple[Path, dict[str, str]], tmp_path: Path,
                                                       settings: Settings) -> None:
    folder, bad = bad_batch
    out = tmp_path / "incidents.parquet"
    proc = run(["ingest", str(folder), "--out", str(out)], settings, tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    for name, problem in bad.items():
        lines = lines_naming(proc.stderr, f"{folder / name}:")
        assert len(lines) == 1, (name, proc.stderr)
        assert problem in lines[0], lines[0]
    assert len(lines_naming(proc.stderr, "future.txt")) == 1 and "in the future" in proc.stderr
    assert len(lines_naming(proc.stderr, "no date.txt")) == 1 and "no publication date" in proc.stderr
    summary = proc.stderr.splitlines()[-1]
    assert " incidents from 10 of 20 articles" in summary, summary
    gdf = gpd.read_parquet(out)
    assert set(gdf["country"]) == {"GE", "UA", "AM", "AZ", "BY"}
    paths = set(gdf["article_path"])
    assert str((folder / "Київ — звіт.txt").resolve()) in paths
    assert str((folder / "a folder.txt" / "inside.txt").resolve()) in paths
    odesa = gdf[gdf["location_name"] == "Odesa"]
    assert len(odesa) >= 1 and all(t.startswith("2031-03-03") for t in odesa["start_time"])
    assert not (gdf["location_name"] == "Kharkiv").empty  # the page behind the scripts


def test_all_bad_means_exit_1_and_nothing_lost(tmp_path: Path, settings: Settings) -> None:
    out = tmp_path / "incidents.parquet"
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    assert run(["ingest", str(tmp_path / "good.txt"), "--out", str(out)], settings, tmp_path).returncode == 0
    before = gpd.read_parquet(out)
    (tmp_path / "bad.txt").write_bytes(PNG)
    proc = run(["ingest", str(tmp_path / "bad.txt"), str(tmp_path / "nope.txt"), "--out", str(out)], settings,
               tmp_path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert len(lines_naming(proc.stderr, "bad.txt")) == 1 and len(lines_naming(proc.stderr, "nope.txt")) == 1
    assert gpd.read_parquet(out).equals(before)


def test_undecodable_file_name(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9 \xff.txt")  # not UTF-8: a name only bytes can spell
    (folder / name).write_text(GOOD, encoding="utf-8")
    out = tmp_path / "incidents.parquet"
    proc = run(["ingest", str(folder), "--out", str(out)], settings, tmp_path)
    assert proc.returncode == 0, proc.stderr
    (path,) = set(gpd.read_parquet(out)["article_path"])
    assert path.endswith("caf\ufffd \ufffd.txt")


@pytest.mark.skipif(not shutil.which("setpriv") and os.geteuid() == 0, reason="root reads any file without setpriv")
def test_unreadable_file_and_folder(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "perm"
    (folder / "locked").mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "secret.txt").write_text(GOOD.replace("Tbilisi", "Kyiv"), encoding="utf-8")
    (folder / "locked" / "hidden.txt").write_text(GOOD.replace("Tbilisi", "Lviv"), encoding="utf-8")
    (folder / "secret.txt").chmod(0)
    (folder / "locked").chmod(0)
    # As root, drop the capabilities that ignore file permissions, so that the modes above count.
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
    try:
        proc = run(["ingest", str(folder), "--out", str(tmp_path / "out.parquet")], settings, tmp_path, prefix)
    finally:
        (folder / "locked").chmod(0o755)
        (folder / "secret.txt").chmod(0o644)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    (secret,) = lines_naming(proc.stderr, "secret.txt")
    assert "cannot read file (Permission denied)" in secret
    (locked,) = lines_naming(proc.stderr, "locked")
    assert "cannot read folder (Permission denied)" in locked
    assert len(gpd.read_parquet(tmp_path / "out.parquet")) >= 1


def test_a_folder_of_thousands_of_files(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "many"
    for i in range(3000):
        sub = folder / f"{i // 500:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        if i % 100 == 0:
            body = f"Police clashed with protesters in Kyiv on Tuesday, March {1 + i // 100 % 28}, 2023 (note {i})."
        else:
            body = f"Note {i}: the weather in the city was mild on May 14, 2024."
        (sub / f"note {i:04d}.txt").write_text(f"Note {i}\n\n{body}\n", encoding="utf-8")
    (folder / "00" / "broken.json").write_text("{", encoding="utf-8")
    out = tmp_path / "incidents.parquet"
    proc = run(["ingest", str(folder), "--out", str(out)], settings, tmp_path, timeout=600)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert len(lines_naming(proc.stderr, "broken.json")) == 1
    assert " incidents from 3000 of 3001 articles" in proc.stderr.splitlines()[-1], proc.stderr[-500:]
    gdf = gpd.read_parquet(out)
    assert 20 <= gdf["article_path"].nunique() <= 30 and set(gdf["location_name"]) == {"Kyiv"}  # only the reports
    assert len(list(iter_paths([folder]))) == 3001


def test_geoparse_reports_bad_files_and_goes_on(bad_batch: tuple[Path, dict[str, str]], tmp_path: Path,
                                                settings: Settings) -> None:
    folder, bad = bad_batch
    proc = run(["geoparse", str(folder), "--json"], settings, tmp_path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    for name in bad:
        assert len(lines_naming(proc.stderr, f"{folder / name}:")) == 1, name
    files = [json.loads(line)["file"] for line in proc.stdout.splitlines()]
    assert str(folder / "Київ — звіт.txt") in files and len(files) == 10
