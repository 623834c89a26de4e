"""Ingest at scale: worker processes, the dask engine, incremental runs, the store's lock, and
SIGKILL at random moments. Every ingest here is a real process or a real pool of them."""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from mapping.pipeline import ingest
from mapping.settings import PROJECT_ROOT, Settings
from mapping.store import parquet_files, read_incidents, store_lock

ARTICLES = Path(__file__).parent / "data" / "articles"
SEED = PROJECT_ROOT / "seeds" / "000_35014377517f6724.txt"


def _env(settings: Settings) -> dict[str, str]:
    return {**os.environ, "EVENTMAP_CACHE_DIR": str(settings.cache_dir), "EVENTMAP_DATA_DIR": str(settings.data_dir),
            "EVENTMAP_ONLINE": "0"}


def _eventmap(args: list[str], settings: Settings, **kw: object) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "mapping", *args], env=_env(settings), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)  # type: ignore[call-overload]


def _run(args: list[str], settings: Settings) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mapping", *args], env=_env(settings), text=True,
                          capture_output=True, timeout=300)


def _corpus(folder: Path, years: range = range(2024, 2025)) -> Path:
    """The test articles and the seed, once per year in ``years`` (the dates moved to that year)."""
    folder.mkdir(parents=True, exist_ok=True)
    for src in [*sorted(ARTICLES.glob("*.txt")), SEED]:
        text = src.read_text(encoding="utf-8")
        for year in years:
            moved = re.sub(r"\b20(1\d|2[0-5])\b", str(year), text) if len(years) > 1 else text
            (folder / f"{year}_{src.name}").write_text(moved, encoding="utf-8")
    return folder


def _snapshot(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def test_workers_give_the_same_result_as_one_process(tmp_path: Path, geoparser) -> None:  # type: ignore[no-untyped-def]
    folder = _corpus(tmp_path / "in", range(2021, 2024))
    shutil.copy(folder / "2022_03_lima.txt", folder / "copy_of_lima.txt")  # a duplicate
    (folder / "broken.json").write_text("{oops", encoding="utf-8")  # an error
    files = sorted(folder.iterdir())
    one = ingest(files, geoparser, workers=1)
    two = ingest(files, geoparser, workers=2)
    assert len(one.incidents) > 30
    pd.testing.assert_frame_equal(one.incidents, two.incidents)
    assert (one.articles, one.errors, one.duplicates) == (two.articles, two.errors, two.duplicates)
    assert len(one.errors) == 1 and "broken.json" in one.errors[0]
    assert len(one.duplicates) == 1 and "copy_of_lima.txt" in one.duplicates[0]


def test_dask_engine_gives_the_same_incidents(tmp_path: Path, settings: Settings) -> None:
    folder = _corpus(tmp_path / "in", range(2022, 2024))
    local = _run(["ingest", str(folder), "--out", str(tmp_path / "local.parquet"), "--workers", "2"], settings)
    assert local.returncode == 0, local.stderr
    dask = _run(["ingest", str(folder), "--out", str(tmp_path / "dask"), "--engine", "dask", "--workers", "2"],
                settings)
    assert dask.returncode == 0, dask.stderr
    expected = read_incidents(tmp_path / "local.parquet")
    assert len(expected) > 20
    pd.testing.assert_frame_equal(read_incidents(tmp_path / "dask"), expected)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_dask_engine_on_a_running_cluster(tmp_path: Path, settings: Settings) -> None:
    folder = _corpus(tmp_path / "in")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                                  "--port", str(port), "--no-dashboard"], **quiet)  # type: ignore[call-overload]
    worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nworkers", "1",
                               "--nthreads", "1", "--no-dashboard"], env=_env(settings), **quiet)  # type: ignore[call-overload]
    try:
        remote = _run(["ingest", str(folder), "--out", str(tmp_path / "remote.parquet"), "--engine", "dask",
                       "--scheduler", address], settings)
        assert remote.returncode == 0, remote.stderr
    finally:
        for proc in (worker, scheduler):
            proc.terminate()
            proc.wait(timeout=60)
    local = _run(["ingest", str(folder), "--out", str(tmp_path / "local.parquet"), "--workers", "1"], settings)
    assert local.returncode == 0, local.stderr
    pd.testing.assert_frame_equal(read_incidents(tmp_path / "remote.parquet"),
                                  read_incidents(tmp_path / "local.parquet"))
    unreachable = _run(["ingest", str(folder), "--out", str(tmp_path / "x.parquet"), "--engine", "dask",
                        "--scheduler", f"tcp://127.0.0.1:{_free_port()}"], settings)
    assert unreachable.returncode == 2
    assert "cannot reach the Dask scheduler" in unreachable.stderr and "Traceback" not in unreachable.stderr


def test_incremental_ingest_parses_only_new_or_edited_articles(tmp_path: Path, settings: Settings) -> None:
    folder = _corpus(tmp_path / "in", range(2021, 2024))
    out = tmp_path / "ds"
    first = _run(["ingest", str(folder), "--out", str(out)], settings)
    assert first.returncode == 0, first.stderr
    stored = read_incidents(out)
    before = _snapshot(out)

    again = _run(["ingest", str(folder), "--out", str(out)], settings)
    assert again.returncode == 0, again.stderr
    assert "0 incidents from 0 of 21 articles; 21 already stored" in again.stderr
    assert _snapshot(out) == before  # nothing rewritten

    edited = folder / "2023_05_tbilisi.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("2023", "2019"), encoding="utf-8")
    third = _run(["ingest", str(folder), "--out", str(out)], settings)
    assert third.returncode == 0, third.stderr
    assert "from 1 of 21 articles; 20 already stored" in third.stderr
    after = read_incidents(out)
    path = str(edited.resolve())
    assert set(after.loc[after["article_path"] == path, "start_utc"].dt.year) == {2019}
    others = after[after["article_path"] != path].reset_index(drop=True)
    pd.testing.assert_frame_equal(others, stored[stored["article_path"] != path].reset_index(drop=True))
    rewritten = {k for k, v in _snapshot(out).items() if before.get(k) != v}
    assert all(k.startswith(("month=2019", "month=2023", "_manifest")) for k in rewritten), rewritten


def test_an_ingest_waits_for_the_store_lock(tmp_path: Path, settings: Settings) -> None:
    folder = _corpus(tmp_path / "in")
    out = tmp_path / "ds"
    log = tmp_path / "stderr.txt"
    lock = store_lock(out)
    lock.acquire()
    try:
        with log.open("w") as err:
            proc = subprocess.Popen([sys.executable, "-m", "mapping", "ingest", str(folder), "--out", str(out)],
                                    env=_env(settings), text=True, stdout=subprocess.DEVNULL, stderr=err)
        deadline = time.monotonic() + 120
        while "waiting for another ingest" not in log.read_text() and time.monotonic() < deadline:
            assert proc.poll() is None, log.read_text()
            time.sleep(0.2)
        time.sleep(2)
        assert proc.poll() is None, "the ingest did not wait for the lock"
        assert not (out / "_manifest.json").exists()
    finally:
        lock.release()
    assert proc.wait(timeout=120) == 0, log.read_text()
    assert len(read_incidents(out)) > 0


def test_concurrent_ingests_into_one_dataset_lose_nothing(tmp_path: Path, settings: Settings) -> None:
    a = _corpus(tmp_path / "a", range(2020, 2022))
    b = _corpus(tmp_path / "b", range(2022, 2024))
    out = tmp_path / "ds"
    procs = [_eventmap(["ingest", str(f), "--out", str(out), "--workers", "1"], settings) for f in (a, b)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    alone = _run(["ingest", str(a), str(b), "--out", str(tmp_path / "alone.parquet")], settings)
    assert alone.returncode == 0, alone.stderr
    pd.testing.assert_frame_equal(read_incidents(out), read_incidents(tmp_path / "alone.parquet"))


@pytest.mark.parametrize("target", ["ds", "incidents.parquet"])
def test_sigkill_at_random_moments_leaves_the_previous_store_whole(tmp_path: Path, settings: Settings,
                                                                    target: str) -> None:
    folder = _corpus(tmp_path / "in", range(2019, 2021))
    pristine = tmp_path / "pristine"
    pristine.mkdir()
    first = _run(["ingest", str(folder), "--out", str(pristine / target)], settings)
    assert first.returncode == 0, first.stderr
    previous = read_incidents(pristine / target)
    # the next ingest edits an article and adds more, in old and new months
    edited = folder / "2019_01_nairobi.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nProtesters also marched in Nairobi on Friday.\n",
                      encoding="utf-8")
    _corpus(folder, range(2020, 2024))
    complete = tmp_path / "complete"
    shutil.copytree(pristine, complete)
    started = time.monotonic()
    full = _run(["ingest", str(folder), "--out", str(complete / target)], settings)
    took = time.monotonic() - started
    assert full.returncode == 0, full.stderr
    after = read_incidents(complete / target)
    assert len(after) > len(previous)

    rng = random.Random(20261125)
    outcomes = []
    for _ in range(6):
        work = tmp_path / "work"
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(pristine, work)
        proc = _eventmap(["ingest", str(folder), "--out", str(work / target)], settings)
        time.sleep(rng.uniform(0.3, took))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        state = read_incidents(work / target)  # readable, and one whole snapshot
        if len(state) == len(previous):
            pd.testing.assert_frame_equal(state, previous)
            outcomes.append("previous")
        else:
            pd.testing.assert_frame_equal(state, after)
            outcomes.append("complete")
        assert all(f.exists() for f in parquet_files(work / target))
    # a killed run leaves no stale lock: the next one takes it at once, finishes, and tidies up
    proc = _eventmap(["ingest", str(folder), "--out", str(work / target)], settings)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "waiting for another ingest" not in err
    pd.testing.assert_frame_equal(read_incidents(work / target), after)
    leftovers = [p.name for p in work.rglob(".*") if p.is_file() and not p.name.endswith(".lock")]
    assert leftovers == []
    assert "previous" in outcomes, outcomes
