"""Online geocoding (off by default): a geopy geocoder behind a rate limiter and a cache.

Any geopy geocoder fits; Nominatim is the default. Answers are cached on disk in
``<cache_dir>/online-cache.json``, keyed by a hash of the normalized query; failures are
never cached, and a corrupt cache file (or entry) is set aside and started afresh.

A service that fails never stops an ingest: a failed call answers None, so the offline
answer stands. After a 429 (Too Many Requests) no call is made until its ``Retry-After`` has
passed (at most :data:`MAX_PAUSE_SECONDS`); after :data:`FAILURES_BEFORE_PAUSE` failures in a
row (time-outs, 5xx, refused connections) none for :data:`FAILURE_PAUSE_SECONDS`. Answers
that are not places (HTML, truncated JSON, wrong types, coordinates that are not finite or
out of range) count as failures and are never cached.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from geopy.adapters import URLLibAdapter
from geopy.exc import GeocoderRateLimited, GeocoderServiceError, GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.location import Location

from mapping.gazetteer.geonames import normalize
from mapping.settings import Settings

logger = logging.getLogger(__name__)

MAX_PAUSE_SECONDS = 600.0
DEFAULT_RATE_LIMIT_PAUSE_SECONDS = 60.0  # a 429 without a usable Retry-After
FAILURES_BEFORE_PAUSE = 2
FAILURE_PAUSE_SECONDS = 300.0


class Geocoder(Protocol):
    """The interface every gazetteer and geocoder here shares (geopy's shape)."""

    def geocode(self, query: str, *, exactly_one: bool = True) -> Any:  # pragma: no cover - a protocol
        ...


class CachedGeocoder:
    """A geopy geocoder with geopy's RateLimiter, a persistent JSON cache, and a pause after failures."""

    def __init__(self, geocoder: Any, cache_path: Path, *, min_delay_seconds: float = 1.0,
                 max_retries: int = 0, clock: Callable[[], float] = time.monotonic) -> None:
        self.name = type(geocoder).__name__.lower()
        self._call: Callable[..., Any] = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds,
                                                     max_retries=max_retries, swallow_exceptions=False)
        self._clock = clock
        self.cache_path = Path(cache_path)
        self._cache = self._load()
        self._failures = 0
        self._paused_until = -math.inf
        self.skipped = 0  # queries not sent during a pause

    def _load(self) -> dict[str, Any]:
        if not self.cache_path.exists():
            return {}
        try:
            data = json.loads(self.cache_path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                return data
            raise ValueError("not a JSON object")
        except (OSError, ValueError) as e:
            aside = self.cache_path.with_suffix(".corrupt")
            logger.warning("online cache %s unreadable (%s); set aside as %s, starting a new one",
                           self.cache_path, e, aside.name)
            try:
                self.cache_path.replace(aside)
            except OSError as moved:
                logger.warning("cannot set the online cache aside (%s); it will be overwritten", moved)
            return {}

    def _save(self) -> None:
        try:
            self.cache_path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.cache_path.parent, suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(self._cache, fh)
                os.replace(tmp, self.cache_path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as e:  # a cache that cannot be written costs requests, not the ingest
            logger.warning("cannot write the online cache %s: %s", self.cache_path, e)

    def _pause(self, seconds: float, why: str) -> None:
        seconds = min(max(seconds, 0.0), MAX_PAUSE_SECONDS)
        self._paused_until = self._clock() + seconds
        logger.warning("online geocoder %s: %s; not asked again for %.0f s (offline answers stand)",
                       self.name, why, seconds)

    def geocode(self, query: str, *, exactly_one: bool = True) -> Location | None:
        """The first answer for ``query`` (cached), or None when there is none or the service fails."""
        key = hashlib.sha256(f"{self.name}:{normalize(query)}".encode()).hexdigest()
        if key in self._cache:
            hit = self._cache[key]
            if hit is None:
                return None
            loc = _location(hit)
            if loc is not None:
                return loc
            logger.warning("online cache entry for %r is malformed; asking again", query)
            del self._cache[key]
        if self._clock() < self._paused_until:
            self.skipped += 1
            return None
        try:
            with warnings.catch_warnings():  # geopy warns of coordinates it had to bend: not a place here
                warnings.simplefilter("error", UserWarning)
                answer = self._call(query, exactly_one=True)
            loc = None if answer is None else _location(
                {"address": answer.address, "latitude": answer.latitude, "longitude": answer.longitude,
                 "raw": answer.raw})
            if answer is not None and loc is None:
                raise ValueError(f"not a place: {answer!r}")
        except GeocoderRateLimited as e:
            retry = e.retry_after if isinstance(e.retry_after, int | float) else DEFAULT_RATE_LIMIT_PAUSE_SECONDS
            self._pause(float(retry), f"rate limited ({e})")
            return None
        except (GeopyError, OSError, ValueError, TypeError, AttributeError, KeyError, IndexError, UserWarning) as e:
            # GeocoderServiceError: time-outs, 5xx, refused connections; the others: answers that are not places
            self._failures += 1
            logger.warning("online geocoder failed for %r: %s: %s", query, type(e).__name__, e)
            if isinstance(e, GeocoderServiceError | OSError) and self._failures >= FAILURES_BEFORE_PAUSE:
                self._pause(FAILURE_PAUSE_SECONDS, f"{self._failures} failures in a row")
            return None  # never cache a failure
        self._failures = 0
        self._cache[key] = ({"address": loc.address, "latitude": loc.latitude, "longitude": loc.longitude,
                             "raw": loc.raw} if loc is not None else None)
        self._save()
        return loc


def _location(entry: object) -> Location | None:
    """A Location from a cached or received entry, or None when it is not a place: the address must be
    text, the coordinates finite numbers in range and not (0, 0), and the raw answer JSON."""
    if not isinstance(entry, dict):
        return None
    address, lat, lon, raw = (entry.get(k) for k in ("address", "latitude", "longitude", "raw"))
    if not isinstance(address, str) or not address.strip():
        return None
    if not all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in (lat, lon)):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or lat == lon == 0:  # type: ignore[operator]
        return None  # (0, 0) is what geopy makes of an answer without coordinates
    try:
        json.dumps(raw, allow_nan=False)
    except (TypeError, ValueError):
        raw = None
    return Location(address, (lat, lon), raw if isinstance(raw, dict) else {})


class GeocoderChain:
    """Asks each geocoder in turn; the first answer wins."""

    def __init__(self, geocoders: Sequence[Geocoder]) -> None:
        self.geocoders = list(geocoders)

    def geocode(self, query: str, *, exactly_one: bool = True) -> Location | None:
        """The first geocoder's answer for ``query``."""
        for g in self.geocoders:
            found = g.geocode(query, exactly_one=True)
            if found is not None:
                return found
        return None


def nominatim(settings: Settings, *, clock: Callable[[], float] = time.monotonic) -> CachedGeocoder:
    """Nominatim as configured in ``settings``, cached and rate limited.

    geopy's urllib adapter: one HTTP request per call (the requests adapter would retry a
    failed one twice, and a 429 without waiting for its Retry-After).
    """
    geocoder = Nominatim(user_agent=settings.user_agent, domain=settings.nominatim_domain,
                         scheme=settings.nominatim_scheme, timeout=settings.online_timeout_seconds,
                         adapter_factory=URLLibAdapter)
    return CachedGeocoder(geocoder, settings.cache_dir / "online-cache.json",
                          min_delay_seconds=settings.min_delay_seconds, clock=clock)
