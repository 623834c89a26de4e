"""Reading articles: formats, dates, sources, ids, and clear errors for bad files."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from mapping._errors import ArticleError
from mapping.articles import article_id, from_text, iter_paths, parse_date, read_article

PLAIN = """Police fire tear gas at protesters in Kyiv
Protesters gather near city hall in Kyiv, Ukraine, March 3, 2023. (AP Photo)

Police fired tear gas at several hundred protesters near city hall on Friday, the Associated Press reported.
"""


def test_plain_text_title_dateline_source(tmp_path: Path) -> None:
    f = tmp_path / "kyiv.txt"
    f.write_text(PLAIN, encoding="utf-8")
    a = read_article(f)
    assert a.title == "Police fire tear gas at protesters in Kyiv"
    assert a.published == date(2023, 3, 3)
    assert a.dateline_place == "Kyiv, Ukraine"
    assert a.source == "AP"
    assert a.text == PLAIN
    assert a.article_id == article_id(PLAIN) and len(a.article_id) == 16


def test_id_is_stable_and_content_based(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PLAIN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PLAIN, encoding="utf-8")
    (tmp_path / "c.txt").write_text(PLAIN + "More.", encoding="utf-8")
    ids = [read_article(tmp_path / n).article_id for n in ("a.txt", "b.txt", "c.txt")]
    assert ids[0] == ids[1] != ids[2]


def test_json_article_metadata_wins(tmp_path: Path) -> None:
    f = tmp_path / "a.json"
    f.write_text(json.dumps({"title": "Blast in Beirut port", "text": "A blast hit the port of Beirut on Tuesday.",
                             "published": "2020-08-04T18:00:00Z", "source": "Example News",
                             "url": "https://example.org/a"}), encoding="utf-8")
    a = read_article(f)
    assert a.published == date(2020, 8, 4)
    assert a.source == "Example News" and a.url == "https://example.org/a"
    assert a.text.startswith("Blast in Beirut port\n\nA blast")


@pytest.mark.parametrize("payload, problem", [
    ("{not json", "invalid JSON"),
    ("[1, 2]", "expected a JSON object"),
    (json.dumps({"title": 5, "text": "x"}), "field 'title' must be a string"),
    (json.dumps({"title": "t"}), "no 'text'"),
    (json.dumps({"text": "x", "published": "someday"}), "'published' is not a date"),
])
def test_bad_json_names_file_and_problem(tmp_path: Path, payload: str, problem: str) -> None:
    f = tmp_path / "bad.json"
    f.write_text(payload, encoding="utf-8")
    with pytest.raises(ArticleError) as e:
        read_article(f)
    assert str(f) in str(e.value) and problem in str(e.value)


def test_html_article_skips_scripts_and_reads_meta(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text("""<html><head><title>Site | Clashes in Tbilisi</title>
<meta property="article:published_time" content="2024-05-01T10:00:00+04:00">
<meta property="og:title" content="Clashes in Tbilisi">
<script>var x = "Moscow";</script></head>
<body><nav>Home</nav><h1>Clashes in Tbilisi</h1><p>Protesters clashed with police outside parliament
in Tbilisi, Georgia, on Tuesday.</p><script>alert(1)</script></body></html>""", encoding="utf-8")
    a = read_article(f)
    assert a.title == "Clashes in Tbilisi"
    assert a.published == date(2024, 5, 1)
    assert "Moscow" not in a.text and "alert" not in a.text and "Home" not in a.text
    assert "Protesters clashed with police outside parliament" in a.text


def test_encodings(tmp_path: Path) -> None:
    text = "Protest in Brasília\nProtesters marched in Brasília, Brazil, on 2 May 2023.\n"
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "l1.txt").write_bytes(text.encode("latin-1"))
    (tmp_path / "bom.txt").write_bytes(text.encode("utf-8-sig"))
    for name in ("u16.txt", "l1.txt", "bom.txt"):
        a = read_article(tmp_path / name)
        assert "Brasília" in a.text and a.published == date(2023, 5, 2), name


@pytest.mark.parametrize("name, data, problem", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("bin.txt", b"\x00\x01\x02binary\x00", "binary"),
    ("a.pdf", b"%PDF", "unsupported file type"),
])
def test_bad_files(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(ArticleError, match=problem) as e:
        read_article(f)
    assert str(f) in str(e.value)


def test_missing_file_is_an_article_error(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="cannot read"):
        read_article(tmp_path / "nope.txt")


def test_dates_in_several_styles() -> None:
    assert parse_date("in Almaty, Kazakhstan, January 6, 2022.") == date(2022, 1, 6)
    assert parse_date("Kyiv, 24 Feb. 2022") == date(2022, 2, 24)
    assert parse_date("Sept 3, 2021 and 2021-09-01") == date(2021, 9, 3)
    assert parse_date("on 2021-09-01") == date(2021, 9, 1)
    assert parse_date("February 30, 2022") is None
    assert parse_date("no date here") is None


def test_folders_are_searched_recursively(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("x", encoding="utf-8")
    assert [p.name for p in iter_paths([tmp_path])] == ["a.txt", "b.md"]


def test_wire_dateline_without_year_takes_the_files_year(tmp_path: Path) -> None:
    import os

    f = tmp_path / "wire.txt"
    f.write_text("NAIROBI, March 3 (Reuters) - Police fired tear gas at protesters in Nairobi on Friday.\n",
                 encoding="utf-8")
    os.utime(f, (0, datetime(2023, 3, 20, 12).timestamp()))
    a = read_article(f)
    assert a.published == date(2023, 3, 3) and a.dateline_place == "Nairobi"


def test_no_date_anywhere_falls_back_to_the_files_date(tmp_path: Path) -> None:
    import os

    f = tmp_path / "undated.txt"
    f.write_text("Protest in Lagos\n\nHundreds protested in Lagos on Monday.\n", encoding="utf-8")
    os.utime(f, (0, datetime(2024, 2, 9, 12).timestamp()))
    assert read_article(f).published == date(2024, 2, 9)


def test_body_starts_after_title_and_caption(tmp_path: Path) -> None:
    f = tmp_path / "kyiv.txt"
    f.write_text(PLAIN, encoding="utf-8")
    a = read_article(f)
    assert a.text[a.body_start:].startswith("Police fired tear gas")
    single = tmp_path / "one.txt"
    single.write_text("Police fired tear gas in Kyiv. Protesters fled.", encoding="utf-8")
    assert read_article(single).body_start == 0


@pytest.mark.parametrize("caption, place", [
    ("Residents sit outside in Santiago de Cuba, Cuba, November 4, 2024. (Example Photo)", "Santiago de Cuba, Cuba"),
    ("A street in Bosnia and Herzegovina's Tuzla, in Tuzla, Bosnia and Herzegovina, February 8, 2025.",
     "Tuzla, Bosnia and Herzegovina"),
    ("Police in Rio de Janeiro, Brazil, May 20, 2025.", "Rio de Janeiro, Brazil"),
])
def test_dateline_names_with_lower_case_particles(caption: str, place: str) -> None:
    a = from_text(f"Title\n{caption}\n\nBody text.\n", "t.txt")
    assert a.dateline_place == place
