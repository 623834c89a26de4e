"""The online path (off by default) against a local HTTP server that answers like Nominatim."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import parse_qs, urlparse

import pytest

from mapping.gazetteer.online import GeocoderChain, nominatim
from mapping.pipeline import make_geoparser
from mapping.settings import Settings


class FakeNominatim(BaseHTTPRequestHandler):
    """Answers /search like Nominatim: a JSON list of {lat, lon, display_name}."""

    answers: ClassVar[dict[str, object]] = {}
    queries: ClassVar[list[str]] = []
    status = 200

    def do_GET(self) -> None:
        q = parse_qs(urlparse(self.path).query).get("q", [""])[0]
        type(self).queries.append(q)
        if type(self).status != 200:
            self.send_response(type(self).status)
            self.end_headers()
            return
        body = json.dumps(type(self).answers.get(q.split(",")[0].strip(), [])).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    FakeNominatim.answers = {
        "police station": [{"lat": "49.8420", "lon": "24.0300", "display_name": "Police station, Lviv, Ukraine",
                            "place_id": 1}],
        "airport": [{"lat": "-33.9400", "lon": "151.1750", "display_name": "Sydney Airport", "place_id": 2}],
    }
    FakeNominatim.queries = []
    FakeNominatim.status = 200
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeNominatim)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _online(settings: Settings, domain: str) -> Settings:
    return Settings(data_dir=settings.data_dir, cache_dir=settings.cache_dir, online=True, nominatim_domain=domain,
                    nominatim_scheme="http", min_delay_seconds=0.0)


def test_unknown_landmark_found_online_when_switched_on(server: str, settings: Settings, tmp_path: Path) -> None:
    parser = make_geoparser(_online(settings, server))
    ctx = parser.parse("Protesters attacked the police station in Lviv on Monday.")
    station = next(r.place for r in ctx.mentions if r.mention.text == "police station")
    assert station.precision == "landmark" and station.source == "online"
    assert (station.latitude, station.longitude) == (49.842, 24.03)
    assert FakeNominatim.queries == ["police station, Lviv, Ukraine"]


def test_an_online_answer_far_from_the_city_is_refused(server: str, settings: Settings, tmp_path: Path) -> None:
    FakeNominatim.answers["railway station"] = FakeNominatim.answers["airport"]  # an answer in Sydney
    parser = make_geoparser(_online(settings, server))
    ctx = parser.parse("A drone hit the railway station in Lviv.")
    station = next(r.place for r in ctx.mentions if r.mention.text == "railway station")
    assert (station.name, station.precision) == ("Lviv", "city")
    assert FakeNominatim.queries == ["railway station, Lviv, Ukraine"]


def test_answers_are_cached_and_failures_are_not(server: str, tmp_path: Path) -> None:
    settings = Settings(cache_dir=tmp_path, online=True, nominatim_domain=server, nominatim_scheme="http",
                        min_delay_seconds=0.0)
    geocoder = nominatim(settings)
    assert geocoder.geocode("police station, Lviv").latitude == 49.842
    assert nominatim(settings).geocode("police station, Lviv").latitude == 49.842  # from the disk cache
    assert len(FakeNominatim.queries) == 1
    FakeNominatim.status = 500
    assert geocoder.geocode("town hall, Lviv") is None
    failed = FakeNominatim.queries.count("town hall, Lviv")
    FakeNominatim.status = 200
    assert geocoder.geocode("town hall, Lviv") is None
    assert FakeNominatim.queries.count("town hall, Lviv") == failed + 1  # the failure was not cached
    assert geocoder.geocode("town hall, Lviv") is None
    assert FakeNominatim.queries.count("town hall, Lviv") == failed + 1  # "nothing found" was


def test_a_corrupt_cache_is_set_aside(server: str, tmp_path: Path) -> None:
    (tmp_path / "online-cache.json").write_text("{broken", encoding="utf-8")
    settings = Settings(cache_dir=tmp_path, online=True, nominatim_domain=server, nominatim_scheme="http",
                        min_delay_seconds=0.0)
    assert nominatim(settings).geocode("police station, Lviv") is not None
    assert (tmp_path / "online-cache.corrupt").exists()


def test_chain_asks_in_turn(server: str, settings: Settings, tmp_path: Path) -> None:
    from mapping.gazetteer.geonames import WorldGazetteer

    world = WorldGazetteer(settings.cache_dir)
    chain = GeocoderChain([world, nominatim(Settings(cache_dir=tmp_path, nominatim_domain=server,
                                                     nominatim_scheme="http", min_delay_seconds=0.0))])
    assert chain.geocode("Almaty").address == "Almaty"
    assert FakeNominatim.queries == []
    assert chain.geocode("police station").address == "Police station, Lviv, Ukraine"


def test_offline_is_the_default(settings: Settings) -> None:
    assert Settings().online is False
    assert make_geoparser(settings).online is None
