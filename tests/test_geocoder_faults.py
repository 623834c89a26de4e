"""An online geocoder that misbehaves, against a local HTTP server that answers like a broken Nominatim.

Whatever it does (time out, 429 with Retry-After, 500, HTML, truncated JSON, wrong types,
coordinates that are not numbers), the offline answer stands, the ingest finishes, and
nothing bad is cached; a corrupt cache is set aside and rebuilt. Never the internet.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import parse_qs, urlparse

import geopandas as gpd
import pytest

from mapping.gazetteer.online import FAILURE_PAUSE_SECONDS, CachedGeocoder, nominatim
from mapping.pipeline import make_geoparser
from mapping.settings import Settings

GOOD = [{"lat": "49.8420", "lon": "24.0300", "display_name": "Police station, Lviv, Ukraine", "place_id": 1}]
GARBAGE: dict[str, tuple[str, bytes]] = {
    "html": ("text/html", b"<html><body><h1>502 Bad Gateway</h1></body></html>"),
    "truncated": ("application/json", json.dumps(GOOD).encode()[:30]),
    "a string": ("application/json", b'"police station"'),
    "a list of strings": ("application/json", b'["police station"]'),
    "a list of lists": ("application/json", b"[[49.8, 24.0]]"),
    "text coordinates": ("application/json", b'[{"lat": "north", "lon": "east", "display_name": "x"}]'),
    "NaN coordinates": ("application/json", b'[{"lat": "NaN", "lon": "nan", "display_name": "x"}]'),
    "infinite coordinates": ("application/json", b'[{"lat": "Infinity", "lon": "1e999", "display_name": "x"}]'),
    "out of range": ("application/json", b'[{"lat": "123.4", "lon": "24.03", "display_name": "x"}]'),
    "no coordinates": ("application/json", b'[{"display_name": "Police station, Lviv"}]'),
    "no name": ("application/json", b'[{"lat": "49.842", "lon": "24.03"}]'),
    "a number for a name": ("application/json", b'[{"lat": "49.842", "lon": "24.03", "display_name": 7}]'),
    "an error object": ("application/json", b'{"error": "Internal failure"}'),
    "bytes": ("application/octet-stream", bytes(range(256))),
}


class Broken(BaseHTTPRequestHandler):
    """Answers /search the way ``mode`` says."""

    mode: ClassVar[str] = "good"
    retry_after: ClassVar[str] = "30"
    delay: ClassVar[float] = 0.0
    queries: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        cls = type(self)
        cls.queries.append(parse_qs(urlparse(self.path).query).get("q", [""])[0])
        if cls.mode == "timeout":
            time.sleep(cls.delay)
        if cls.mode in ("429", "500", "503"):
            self.send_response(int(cls.mode))
            if cls.mode == "429":
                self.send_header("Retry-After", cls.retry_after)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        ctype, body = GARBAGE.get(cls.mode, ("application/json", json.dumps(GOOD).encode()))
        try:
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up (time-out)
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    Broken.mode, Broken.retry_after, Broken.delay, Broken.queries = "good", "30", 0.0, []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Broken)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _geocoder(server: str, tmp_path: Path, clock: Clock | None = None, timeout: float = 5.0) -> CachedGeocoder:
    settings = Settings(cache_dir=tmp_path, online=True, nominatim_domain=server, nominatim_scheme="http",
                        min_delay_seconds=0.0, online_timeout_seconds=timeout)
    return nominatim(settings, clock=clock or Clock())


def _online(settings: Settings, server: str, cache: Path) -> Settings:
    return Settings(data_dir=settings.data_dir, cache_dir=settings.cache_dir, online=True, nominatim_domain=server,
                    nominatim_scheme="http", min_delay_seconds=0.0, online_timeout_seconds=0.5)


@pytest.mark.parametrize("mode", sorted(GARBAGE))
def test_garbage_answers_are_no_answer_and_not_cached(server: str, tmp_path: Path, mode: str) -> None:
    Broken.mode = mode
    geocoder = _geocoder(server, tmp_path)
    assert geocoder.geocode("police station, Lviv") is None
    assert not (tmp_path / "online-cache.json").exists()  # nothing cached
    Broken.mode = "good"
    assert geocoder.geocode("police station, Lviv").latitude == 49.842  # asked again, answered
    assert Broken.queries.count("police station, Lviv") == 2


@pytest.mark.parametrize("mode", ["html", "NaN coordinates", "500", "timeout"])
def test_the_offline_answer_stands(server: str, settings: Settings, tmp_path: Path, mode: str) -> None:
    Broken.mode, Broken.delay = mode, 2.0
    parser = make_geoparser(_online(settings, server, tmp_path))
    ctx = parser.parse("Protesters attacked the police station in Lviv on Monday.")
    station = next(r.place for r in ctx.mentions if r.mention.text == "police station")
    assert (station.name, station.precision, station.source) == ("Lviv", "city", "geonames")
    assert Broken.queries == ["police station, Lviv, Ukraine"]


def test_429_waits_for_retry_after(server: str, tmp_path: Path) -> None:
    clock = Clock()
    geocoder = _geocoder(server, tmp_path, clock)
    Broken.mode, Broken.retry_after = "429", "30"
    assert geocoder.geocode("police station, Lviv") is None
    Broken.mode = "good"
    assert geocoder.geocode("police station, Lviv") is None  # still within Retry-After: not asked
    assert geocoder.geocode("town hall, Lviv") is None
    assert len(Broken.queries) == 1 and geocoder.skipped == 2
    clock.now += 31
    assert geocoder.geocode("police station, Lviv").latitude == 49.842
    assert len(Broken.queries) == 2


def test_429_with_an_http_date_or_nonsense_retry_after(server: str, tmp_path: Path) -> None:
    for value in ("Wed, 21 Oct 2015 07:28:00 GMT", "soon", "-5"):
        clock = Clock()
        geocoder = _geocoder(server, tmp_path / value, clock)
        Broken.mode, Broken.retry_after, Broken.queries = "429", value, []
        assert geocoder.geocode("police station, Lviv") is None
        Broken.mode = "good"
        clock.now += 601  # no pause lasts longer than this
        assert geocoder.geocode("police station, Lviv") is not None, value


@pytest.mark.parametrize("mode", ["500", "503", "timeout"])
def test_repeated_failures_pause_the_service(server: str, tmp_path: Path, mode: str) -> None:
    clock = Clock()
    Broken.mode, Broken.delay = mode, 1.5
    geocoder = _geocoder(server, tmp_path, clock, timeout=0.3)
    assert geocoder.geocode("a, Lviv") is None
    assert geocoder.geocode("b, Lviv") is None
    assert geocoder.geocode("c, Lviv") is None  # paused after two failures in a row: not sent
    assert Broken.queries == ["a, Lviv", "b, Lviv"]
    Broken.mode = "good"
    clock.now += FAILURE_PAUSE_SECONDS + 1
    assert geocoder.geocode("police station, Lviv") is not None


def test_connection_refused_is_no_answer(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert _geocoder(f"127.0.0.1:{port}", tmp_path).geocode("police station, Lviv") is None


@pytest.mark.parametrize("content", [b"{broken", b"[1, 2]", b'"text"', bytes(range(256)), b""])
def test_a_corrupt_cache_is_set_aside_and_rebuilt(server: str, tmp_path: Path, content: bytes) -> None:
    (tmp_path / "online-cache.json").write_bytes(content)
    geocoder = _geocoder(server, tmp_path)
    assert geocoder.geocode("police station, Lviv").latitude == 49.842
    assert (tmp_path / "online-cache.corrupt").read_bytes() == content
    rebuilt = json.loads((tmp_path / "online-cache.json").read_text(encoding="utf-8"))
    assert len(rebuilt) == 1
    assert _geocoder(server, tmp_path).geocode("police station, Lviv").latitude == 49.842
    assert len(Broken.queries) == 1  # the rebuilt cache answered the second time


def test_malformed_cache_entries_are_asked_again(server: str, tmp_path: Path) -> None:
    geocoder = _geocoder(server, tmp_path)
    geocoder.geocode("police station, Lviv")
    cache = json.loads((tmp_path / "online-cache.json").read_text(encoding="utf-8"))
    ((key, entry),) = cache.items()
    for bad in ({"address": "x"}, {**entry, "latitude": "north"}, {**entry, "longitude": float("nan")}, [1], 5):
        (tmp_path / "online-cache.json").write_text(json.dumps({key: bad}), encoding="utf-8")
        Broken.queries = []
        assert _geocoder(server, tmp_path).geocode("police station, Lviv").latitude == 49.842
        assert len(Broken.queries) == 1, bad


def test_a_cache_that_cannot_be_written_is_not_fatal(server: str, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    assert _geocoder(server, tmp_path / "file").geocode("police station, Lviv").latitude == 49.842


def test_cache_path_that_is_a_folder(server: str, tmp_path: Path) -> None:
    (tmp_path / "online-cache.json").mkdir()
    assert _geocoder(server, tmp_path).geocode("police station, Lviv") is not None
    assert (tmp_path / "online-cache.corrupt").is_dir()


def test_ingest_with_a_dead_service_finishes_offline(server: str, settings: Settings, tmp_path: Path) -> None:
    Broken.mode, Broken.delay = "timeout", 3.0
    articles = tmp_path / "articles"
    articles.mkdir()
    for i, place in enumerate(["police station", "town hall", "railway station", "central market", "bus station"]):
        (articles / f"{i}.txt").write_text(
            f"Clash in Lviv\n\nLVIV, March {i + 1}, 2023 (Reuters) - Protesters attacked the {place} in Lviv on "
            f"Wednesday, police said.\n", encoding="utf-8")
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "online-cache.json").write_text("{corrupt", encoding="utf-8")
    env = {**os.environ, "EVENTMAP_CACHE_DIR": str(settings.cache_dir), "EVENTMAP_DATA_DIR": str(settings.data_dir),
           "EVENTMAP_NOMINATIM_DOMAIN": server, "EVENTMAP_NOMINATIM_SCHEME": "http",
           "EVENTMAP_MIN_DELAY_SECONDS": "0", "EVENTMAP_ONLINE_TIMEOUT_SECONDS": "0.5"}
    out = tmp_path / "incidents.parquet"
    proc = subprocess.run([sys.executable, "-m", "mapping", "--online", "ingest", str(articles), "--out", str(out)],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "not asked again" in proc.stderr  # paused after two time-outs
    assert len(Broken.queries) == 2
    gdf = gpd.read_parquet(out)
    assert len(gdf) >= 5 and set(gdf["location_name"]) == {"Lviv"} and set(gdf["geo_precision"]) == {"city"}
