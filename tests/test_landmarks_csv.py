"""The project's landmark CSV (data/landmarks.csv): every row readable, sourced, unique and in its city."""

from __future__ import annotations

from collections import Counter

import pytest

from mapping.gazetteer.geonames import normalize
from mapping.gazetteer.landmarks import CITY_RADIUS_KM, Landmark, haversine_km, read_landmarks
from mapping.places import Geoparser
from mapping.settings import Settings


@pytest.fixture(scope="module")
def rows(project_settings: Settings) -> list[Landmark]:
    return read_landmarks(project_settings.landmarks_path)


def test_every_row_has_a_kind_a_city_a_country_and_a_source(rows: list[Landmark]) -> None:
    bad = [lm.name for lm in rows if not (lm.kind and lm.city and len(lm.country) == 2 and lm.source)]
    assert bad == []


def test_no_landmark_twice_in_a_city(rows: list[Landmark]) -> None:
    counts = Counter((normalize(lm.name), normalize(lm.city)) for lm in rows)
    assert [k for k, n in counts.items() if n > 1] == []


def test_every_landmark_lies_in_its_city_and_country(rows: list[Landmark], project_geoparser: Geoparser) -> None:
    """The loader finds a row only through its city's name, within CITY_RADIUS_KM of that city."""
    wrong = []
    for lm in rows:
        cities = [p for p in project_geoparser.world.candidates(lm.city)
                  if p.precision == "city" and p.country == lm.country]
        if not any(haversine_km(lm.lat, lm.lon, p.latitude, p.longitude) <= CITY_RADIUS_KM for p in cities):
            wrong.append(f"{lm.name} ({lm.city}, {lm.country}, {lm.lat}, {lm.lon})")
    assert wrong == []


def test_no_generic_phrase_names_two_landmarks_of_a_city(rows: list[Landmark]) -> None:
    """ "the parliament" of a city is one building: a lower-case alias belongs to one row per city."""
    owners: dict[tuple[str, str], set[str]] = {}
    for lm in rows:
        for alias in lm.aliases:
            if alias.islower():
                owners.setdefault((normalize(alias), normalize(lm.city)), set()).add(lm.name)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Thousands of protesters gathered in Tahrir Square in Baghdad on Friday.", "Tahrir Square",
     "Tahrir Square (Baghdad), Baghdad"),
    ("Police cleared Tahrir Square in Cairo on Friday.", "Tahrir Square", "Tahrir Square, Cairo"),
    ("In Islamabad, supporters marched to D-Chowk outside the parliament.", "parliament",
     "Parliament House (Pakistan), Islamabad"),
    ("Crowds stormed the President's House in Colombo, Sri Lanka.", "President's House",
     "President's House (Colombo), Colombo"),
    ("Gunfire was heard near the presidential palace in Dushanbe.", "presidential palace",
     "Palace of the Nation (Dushanbe), Dushanbe"),
    ("Soldiers took up positions at the port of Dakar on Monday.", "port", "Port of Dakar, Dakar"),
])
def test_landmarks_of_the_csv_resolve_in_their_city(project_geoparser: Geoparser, text: str, phrase: str,
                                                      expected: str) -> None:
    found = {r.mention.text: r.place for r in project_geoparser.parse(text).mentions}
    assert (found[phrase].name, found[phrase].precision) == (expected, "landmark")
