"""Uploads in the app (streamlit.testing AppTest): limits, type and content checks, nothing left on disk.

Every refused file gets one warning that names it (escaped for Markdown) and says why; the
other files of the upload are read; the files are only ever written to a temporary folder,
which is gone afterwards, also when a file fails.
"""

from __future__ import annotations

import random
import re
import tempfile
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from mapping.pipeline import ingest
from mapping.places import Geoparser
from mapping.store import write_incidents
from tests.conftest import SEED

APP = str(Path(__file__).parent.parent / "app.py")
ARTICLE = """Protesters clash with police in Kyiv

KYIV, March 3, 2023 (Reuters) - Police fired tear gas at protesters in Kyiv on Thursday, witnesses said.
"""
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


@pytest.fixture(scope="module")
def seed_parquet(project_geoparser: Geoparser, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("uploads") / "incidents.parquet"
    write_incidents(ingest([SEED], project_geoparser).incidents, path)
    return path


@pytest.fixture
def spool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder the app's process writes to (AppTest runs app.py in this process)."""
    folder = tmp_path / "spool"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def app(seed_parquet: Path, cache_dir: Path, spool: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("EVENTMAP_INCIDENTS", str(seed_parquet))
    monkeypatch.setenv("EVENTMAP_CACHE_DIR", str(cache_dir))
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    return at


def upload(at: AppTest, files: list[tuple[str, bytes]]) -> tuple[list[str], int]:
    """Upload ``files`` (name, content) and submit; the warnings and the count of incidents shown after."""
    at.file_uploader(key="uploads").set_value([(name, data, "text/plain") for name, data in files])
    at.button[0].click().run()
    assert not at.exception
    caption = next(c.value for c in at.caption if "incidents match the filters" in c.value)
    return [w.value for w in at.warning], int(re.match(r"\d+ of (\d+)", caption).group(1))  # type: ignore[union-attr]


def unescaped(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


def test_bad_files_are_refused_one_message_each_and_the_rest_read(app: AppTest, spool: Path) -> None:
    before = int(re.match(r"\d+ of (\d+)", next(c.value for c in app.caption if "match" in c.value)).group(1))
    bad = {
        "photo.txt": PNG,
        "noise.md": random.Random(1).randbytes(3000),
        "page.html": bytes(range(256)) * 4,
        "program.exe": b"MZ\x90\x00",
        "report.pdf": b"%PDF-1.7",
        "README": ARTICLE.encode(),
        "empty.txt": b"",
        "list.json": b"[1, 2, 3]",
    }
    good = [("kyiv report.txt", ARTICLE.encode()), ("Львів utf16.txt",
                                                   ARTICLE.replace("Kyiv", "Lviv").upper().encode("utf-16"))]
    warnings, after = upload(app, [*bad.items(), *good])
    plain = [unescaped(w) for w in warnings]
    for name in bad:
        assert len([w for w in plain if w.startswith(f"{name}:")]) == 1, (name, plain)
    assert len(warnings) == len(bad)
    assert any("looks like a binary file" in w for w in plain if w.startswith("photo.txt"))
    assert any("not an article file (.exe)" in w for w in plain)
    assert any("not an article file (no extension)" in w for w in plain)
    assert "eventmap-upload-" not in " ".join(plain) and str(spool) not in " ".join(plain)
    assert after > before and any("added to this session" in s.value for s in app.success)
    assert list(spool.iterdir()) == []  # nothing left on disk


def test_size_and_count_limits(app: AppTest, spool: Path) -> None:
    big = ("big.txt", b"a" * (2 * 1024 * 1024 + 1))
    many = [(f"n{i}.txt", ARTICLE.replace("Thursday", f"Thursday ({i})").encode()) for i in range(19)]
    warnings, _ = upload(app, [big, *many, ("late.txt", ARTICLE.encode()), ("later.txt", ARTICLE.encode())])
    plain = [unescaped(w) for w in warnings]
    assert any(w.startswith("22 files given; only the first 20 are read") for w in plain), plain
    assert any(w.startswith("big.txt: 2.0 MB, over the 2 MB limit") for w in plain)
    assert not any("late" in w for w in plain)  # files 21 and 22 are not read, nor reported one by one
    assert list(spool.iterdir()) == []


def test_the_upload_as_a_whole_is_limited(app: AppTest) -> None:
    block = (ARTICLE + "\n" + "Nothing more happened. " * 80_000).encode()[: 2 * 1024 * 1024 - 10]
    files = [(f"part{i}.txt", block.replace(b"Thursday", f"Thursday {i}".encode())) for i in range(5)]
    warnings, _ = upload(app, files)
    plain = [unescaped(w) for w in warnings]
    assert [w.split(":")[0] for w in plain] == ["part4.txt"] and "8 MB limit for one upload" in plain[0]


def test_hostile_file_names(app: AppTest, spool: Path, tmp_path: Path) -> None:
    names = ["../../escape.txt", "/etc/cron.d/x.txt", "..\\..\\win.txt", "<img src=x onerror=alert(1)>.txt",
             "[x](javascript:alert(1)).txt", "new\nline.txt"]
    files = [(n, b"\x00\x01binary") for n in names]
    warnings, _ = upload(app, files)
    assert len(warnings) == len(names)
    for w in warnings:
        assert not re.search(r"(?<!\\)[<>\[\]()]", w), w  # Markdown and HTML arrive escaped
    assert not (tmp_path / "escape.txt").exists() and not Path("/etc/cron.d/x.txt").exists()
    assert list(spool.iterdir()) == []
