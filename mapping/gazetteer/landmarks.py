"""The landmark gazetteer: squares, city halls, palaces, parliaments, ports... per city.

Rows come from a CSV (``data/landmarks.csv``; users add rows or point
``EVENTMAP_EXTRA_LANDMARKS_CSV`` at a file of their own) with the columns
``name, aliases, kind, city, country, lat, lon, source``; ``aliases`` is ``;``-separated and
holds both proper names ("Republic Square") and the generic phrases a reporter uses for the
landmark in its city ("main square", "mayor's office"). A generic phrase is only ever
resolved within a city, so "the main square" of an article about Almaty is Almaty's.
"""

from __future__ import annotations

import csv
import logging
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from geopy.location import Location

from mapping._errors import GeocoderError
from mapping.gazetteer.geonames import haversine_km, normalize, to_location
from mapping.types import Place

logger = logging.getLogger(__name__)

COLUMNS = ("name", "aliases", "kind", "city", "country", "lat", "lon", "source")
CITY_RADIUS_KM = 40.0


@dataclass(frozen=True)
class Landmark:
    """One row of the landmark CSV."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    city: str
    country: str
    lat: float
    lon: float
    source: str


def read_landmarks(path: Path) -> list[Landmark]:
    """Rows of a landmark CSV; raises GeocoderError naming the file, line and problem."""
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise GeocoderError(f"{path}: missing column(s) {', '.join(missing)}")
            rows = []
            for line, row in enumerate(reader, start=2):
                try:
                    lat, lon = float(row["lat"]), float(row["lon"])
                except (TypeError, ValueError) as e:
                    raise GeocoderError(f"{path}, line {line}: lat/lon are not numbers") from e
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    raise GeocoderError(f"{path}, line {line}: lat/lon out of range")
                aliases = tuple(a.strip() for a in (row["aliases"] or "").split(";") if a.strip())
                rows.append(Landmark(row["name"].strip(), (row["name"].strip(), *aliases),
                                     (row["kind"] or "").strip(), (row["city"] or "").strip(),
                                     (row["country"] or "").strip().upper(), lat, lon,
                                     (row["source"] or "").strip()))
            return rows
    except OSError as e:
        raise GeocoderError(f"{path}: cannot read landmark CSV ({e.strerror or e})") from e


_AIRPORT_ALIASES = ("airport", "international airport", "main airport", "city airport")


def airport_landmarks() -> list[Landmark]:
    """Airports with an IATA code from the ``airportsdata`` package (MIT; about 7,900), as
    landmarks that "the airport" of a nearby city's article can name."""
    try:
        import airportsdata
    except ImportError:  # pragma: no cover - a declared dependency; without it, CSV rows only
        logger.info("airportsdata is not installed; airports come from the landmark CSV only")
        return []
    version = getattr(airportsdata, "__version__", "")
    return [Landmark(a["name"], (a["name"], *_AIRPORT_ALIASES), "airport", a["city"], a["country"], float(a["lat"]),
                     float(a["lon"]), f"airportsdata {version}".strip())
            for a in airportsdata.load().values() if a["iata"]]


class LandmarkGazetteer:
    """Landmarks by alias, always looked up within one city; CSV rows before airports."""

    def __init__(self, paths: Iterable[Path], *, airports: bool = True) -> None:
        self.landmarks: list[Landmark] = []
        for p in paths:
            self.landmarks.extend(read_landmarks(p))
        self._rows = len(self.landmarks)
        if airports:
            self.landmarks.extend(airport_landmarks())
        self._by_alias: dict[str, list[Landmark]] = {}
        for lm in self.landmarks:
            for alias in lm.aliases:
                self._by_alias.setdefault(_key(alias), []).append(lm)
        # each alias's rows (with their order in _by_alias) sorted by latitude, to find the near ones by bisection
        self._by_lat: dict[str, tuple[list[float], list[tuple[int, Landmark]]]] = {}
        for key, rows in self._by_alias.items():
            ordered = sorted(enumerate(rows), key=lambda r: r[1].lat)
            self._by_lat[key] = ([lm.lat for _, lm in ordered], ordered)

    def aliases(self) -> set[str]:
        """Every alias (original spelling) the CSVs hold (airports add only generic phrases)."""
        return {a for lm in self.landmarks[:self._rows] for a in lm.aliases} | set(_AIRPORT_ALIASES)

    def find(self, phrase: str, city: Place, same_city: Callable[[str], bool] | None = None) -> Place | None:
        """The landmark called ``phrase`` in ``city``, or None when none is known there.

        ``same_city(name)`` tells whether a row's city name is ``city``: without it, any row
        within CITY_RADIUS_KM counts, so a suburb could take its neighbour's town hall. Airports
        are matched by distance alone: they serve the cities around them.
        """
        lats, rows = self._by_lat.get(_key(phrase), ([], []))
        reach = CITY_RADIUS_KM / 111.0  # degrees of latitude: rows further north or south are not near
        window = rows[bisect_left(lats, city.latitude - reach):bisect_right(lats, city.latitude + reach)]
        near = [(lm.kind == "airport" and "international" not in lm.name.lower(),  # a city's airport: its
                 haversine_km(lm.lat, lm.lon, city.latitude, city.longitude), i, lm)  # international one
                for i, lm in window
                if not (lm.country and city.country and lm.country != city.country)
                and (lm.kind == "airport" or same_city is None or same_city(lm.city))]
        near = [n for n in near if n[1] <= CITY_RADIUS_KM]
        return _to_place(min(near)[3], city) if near else None

    def find_kind(self, kind: str, city: Place) -> Place | None:
        """The only landmark of ``kind`` in ``city`` (None when there are none or several)."""
        found = [lm for lm in self.landmarks if lm.kind == kind and (not city.country or lm.country == city.country)
                 and haversine_km(lm.lat, lm.lon, city.latitude, city.longitude) <= CITY_RADIUS_KM]
        return _to_place(found[0], city) if len(found) == 1 else None

    def kind_of(self, phrase: str) -> str | None:
        """The kind of landmark a phrase names ("main square" -> "square"), if any row says."""
        rows = self._by_alias.get(_key(phrase))
        return rows[0].kind if rows else None

    def geocode(self, query: str, *, exactly_one: bool = True) -> Location | list[Location] | None:
        """Resolve "landmark, city" (geopy-shaped); a bare name matches any city's landmark."""
        phrase, _, city = (s.strip() for s in query.partition(","))
        found = [lm for lm in self._by_alias.get(_key(phrase), ())
                 if not city or _key(lm.city) == _key(city)]
        if not found:
            return None
        locs = [to_location(_to_place(lm, None)) for lm in found]
        return locs[0] if exactly_one else locs


def _key(phrase: str) -> str:
    key = normalize(phrase)
    return key[4:] if key.startswith("the ") else key


def _to_place(lm: Landmark, city: Place | None) -> Place:
    return Place(name=f"{lm.name}, {city.name if city else lm.city}", latitude=lm.lat, longitude=lm.lon,
                 precision="landmark", country=lm.country or (city.country if city else ""),
                 timezone=city.timezone if city else None, source="landmarks", place_id=f"landmark:{_key(lm.name)}",
                 population=city.population if city else 0, admin1=city.admin1 if city else "",
                 city=city.name if city else lm.city)
