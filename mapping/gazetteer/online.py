"""Online geocoding (off by default): a geopy geocoder behind a rate limiter and a cache.

Any geopy geocoder fits; Nominatim is the default. Answers are cached on disk in
``<cache_dir>/online-cache.json``, keyed by a hash of the normalized query; failures are
never cached, and a corrupt cache file is set aside and started afresh.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.location import Location

from mapping.gazetteer.geonames import normalize
from mapping.settings import Settings

logger = logging.getLogger(__name__)


class Geocoder(Protocol):
    """The interface every gazetteer and geocoder here shares (geopy's shape)."""

    def geocode(self, query: str, *, exactly_one: bool = True) -> Any:  # pragma: no cover - a protocol
        ...


class CachedGeocoder:
    """A geopy geocoder with geopy's RateLimiter and a persistent JSON cache."""

    def __init__(self, geocoder: Any, cache_path: Path, *, min_delay_seconds: float = 1.0,
                 max_retries: int = 1) -> None:
        self.name = type(geocoder).__name__.lower()
        self._call: Callable[..., Any] = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds,
                                                     max_retries=max_retries, swallow_exceptions=False)
        self.cache_path = Path(cache_path)
        self._cache = self._load()

    def _load(self) -> dict[str, Any]:
        if not self.cache_path.exists():
            return {}
        try:
            data = json.loads(self.cache_path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                return data
            raise ValueError("not a JSON object")
        except (OSError, ValueError) as e:
            logger.warning("online cache %s unreadable (%s); starting a new one", self.cache_path, e)
            self.cache_path.replace(self.cache_path.with_suffix(".corrupt"))
            return {}

    def _save(self) -> None:
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.cache_path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(self._cache, fh)
        os.replace(tmp, self.cache_path)

    def geocode(self, query: str, *, exactly_one: bool = True) -> Location | None:
        """The first answer for ``query`` (cached), or None when there is none or the service fails."""
        key = hashlib.sha256(f"{self.name}:{normalize(query)}".encode()).hexdigest()
        if key in self._cache:
            hit = self._cache[key]
            return Location(hit["address"], (hit["latitude"], hit["longitude"]), hit["raw"]) if hit else None
        try:
            loc = self._call(query, exactly_one=True)
        except (GeopyError, OSError, ValueError) as e:  # never cache a failure
            logger.warning("online geocoder failed for %r: %s", query, e)
            return None
        self._cache[key] = ({"address": loc.address, "latitude": loc.latitude, "longitude": loc.longitude,
                             "raw": loc.raw} if loc is not None else None)
        self._save()
        return loc


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


def nominatim(settings: Settings) -> CachedGeocoder:
    """Nominatim as configured in ``settings``, cached and rate limited."""
    geocoder = Nominatim(user_agent=settings.user_agent, domain=settings.nominatim_domain,
                         scheme=settings.nominatim_scheme, timeout=10)
    return CachedGeocoder(geocoder, settings.cache_dir / "online-cache.json",
                          min_delay_seconds=settings.min_delay_seconds)
