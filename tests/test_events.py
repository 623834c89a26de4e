"""Incidents from articles of our own (not the seed): types, places, times, fatalities."""

from __future__ import annotations

from datetime import date

import pytest

from mapping.articles import from_text
from mapping.events import extract_incidents
from mapping.places import Geoparser
from mapping.types import Incident


def _incidents(geoparser: Geoparser, text: str, published: date | None = None) -> list[Incident]:
    article = from_text(text, "test.txt", published=published)
    ctx = geoparser.parse(article.text, dateline_place=article.dateline_place)
    found = extract_incidents(article, ctx)
    for inc in found:
        assert text[inc.sentence_start:inc.sentence_end] == inc.sentence
    return found


KYIV = """Police disperse crowd on Kyiv's main square
Protesters gather in Kyiv, Ukraine, February 18, 2023. (Example Photo)

Police fired tear gas at thousands of protesters on the main square of Kyiv on Friday evening.
Protesters later stormed the city hall, and about two hours later riot police cleared the building.
Three people died in the clashes with police, according to the city's health department.
"""


def test_kyiv_protest_storming_and_deaths(geoparser: Geoparser) -> None:
    found = _incidents(geoparser, KYIV)
    by_type = {(i.event_type, i.place.name.split(",")[0]) for i in found}
    assert ("Protests", "Independence Square") in by_type
    assert ("Riots", "Kyiv city hall") in by_type
    protest = next(i for i in found if i.event_type == "Protests")
    assert protest.sub_event_type == "Protest with intervention"
    assert protest.time.start.date() == date(2023, 2, 17)  # Friday before Saturday 18 February
    assert protest.time.start.isoformat().endswith("+02:00")
    deaths = [i for i in found if i.fatalities]
    assert [i.fatalities for i in deaths] == [3]
    assert all(i.place.country == "UA" for i in found)


def test_qualified_city_and_clock_time_in_gmt(geoparser: Geoparser) -> None:
    text = """Clashes in northern Lebanon
Gunmen exchanged fire in Tripoli, Lebanon, on Monday, Lebanese security sources said, May 10, 2021.

Rival gunmen clashed in Tripoli, Lebanon, at 14:00 GMT on Monday, killing four people.
"""
    found = _incidents(geoparser, text)
    battle = next(i for i in found if i.event_type == "Battles")
    assert battle.place.country == "LB" and battle.place.name == "Tripoli"
    assert battle.time.start.isoformat() == "2021-05-10T17:00:00+03:00"
    assert battle.time.precision == "minute"
    assert battle.fatalities == 4


def test_unknown_landmark_is_placed_at_its_city(geoparser: Geoparser) -> None:
    text = """Blast at Beirut port
Smoke rises over Beirut, Lebanon, August 4, 2020.

A huge explosion hit the port of Beirut on Tuesday, killing at least 100 people.
"""
    found = _incidents(geoparser, text)
    blast = next(i for i in found if i.event_type == "Explosions/Remote violence")
    assert (blast.place.name, blast.place.precision) == ("Beirut", "city")
    assert blast.time.start.date() == date(2020, 8, 4)
    assert blast.fatalities == 100


@pytest.mark.parametrize("sentence", [
    "Police did not arrest anyone at the rally in Lagos.",
    "Officials warned of possible protests in Lagos next month.",
])
def test_negated_and_hypothetical_events_are_skipped(geoparser: Geoparser, sentence: str) -> None:
    found = _incidents(geoparser, f"Lagos news\n\n{sentence}\n", published=date(2024, 1, 10))
    assert not [i for i in found if i.sub_event_type == "Arrests" or i.trigger.lower().startswith("protest")]


def test_buenos_aires_arrests_and_march(geoparser: Geoparser) -> None:
    text = """Argentine police detain marchers
Demonstrators march in Buenos Aires, Argentina, June 12, 2024.

Thousands marched to the main square of Buenos Aires on Wednesday. Police arrested 15 people outside the
presidential palace late on Wednesday.
"""
    found = _incidents(geoparser, text)
    kinds = {(i.event_type, i.sub_event_type, i.place.name) for i in found}
    assert ("Protests", "Peaceful protest", "Plaza de Mayo, Buenos Aires") in kinds
    assert ("Strategic developments", "Arrests", "Casa Rosada, Buenos Aires") in kinds
    arrests = next(i for i in found if i.sub_event_type == "Arrests")
    assert arrests.time.start.isoformat().startswith("2024-06-12T18:00:00-03:00")
    assert arrests.fatalities is None


def test_article_without_places_gives_no_incidents(geoparser: Geoparser) -> None:
    assert _incidents(geoparser, "A quiet day\n\nNothing happened, and protests were not held.\n",
                      published=date(2024, 1, 1)) == []


def test_fatality_counts_in_words_and_lower_bounds(geoparser: Geoparser) -> None:
    text = ("Violence in Almaty\n\nTwelve police officers and dozens of protesters were killed in the unrest in "
            "Almaty, Kazakhstan, on Thursday, while 40 people were injured.\n")
    found = _incidents(geoparser, text, published=date(2022, 1, 7))
    riot = next(i for i in found if i.fatalities)
    assert riot.fatalities == 12 + 24
    assert "dozens" in (riot.fatalities_text or "").lower()
