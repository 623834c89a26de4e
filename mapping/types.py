"""Typed records passed between the stages of the pipeline.

articles -> PlaceMention -> Place (ResolvedMention) -> TimeSpan -> Incident.
All records are frozen dataclasses; offsets are character offsets into ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

GeoPrecision = Literal["landmark", "city", "region", "country"]
TimePrecision = Literal["minute", "hour", "day", "week", "month"]

GEO_PRECISIONS: tuple[str, ...] = ("landmark", "city", "region", "country")
TIME_PRECISIONS: tuple[str, ...] = ("minute", "hour", "day", "week", "month")
EVENT_TYPES: tuple[str, ...] = (
    "Battles",
    "Protests",
    "Riots",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Strategic developments",
)


@dataclass(frozen=True)
class Article:
    """One news article: its analysed text and what is known about it.

    ``text`` is the decoded file for .txt and .md files, and the extracted text
    (title, blank line, body) for .json and .html files; all offsets point into it.
    """

    article_id: str
    path: str
    title: str
    text: str
    published: date | None
    source: str | None = None
    url: str | None = None
    dateline_place: str | None = None
    body_start: int = 0  # where the body begins, after the title and caption lines


@dataclass(frozen=True)
class PlaceMention:
    """A stretch of text that names a place (toponym) or a landmark phrase."""

    text: str
    start: int
    end: int
    kind: Literal["toponym", "landmark", "anaphor"]
    modifier: bool = False  # e.g. "Russia" in "Russia-led": names a place, not a location


@dataclass(frozen=True)
class Place:
    """A resolved place with coordinates (WGS84) and how precise it is."""

    name: str
    latitude: float
    longitude: float
    precision: GeoPrecision
    country: str  # ISO 3166-1 alpha-2 code, "" when unknown
    timezone: str | None = None
    source: str = "geonames"
    place_id: str = ""
    population: int = 0
    admin1: str = ""  # GeoNames admin1 code within the country, "" when unknown
    city: str | None = None  # for landmarks: the city's name


@dataclass(frozen=True)
class ResolvedMention:
    """A mention together with the place it was resolved to."""

    mention: PlaceMention
    place: Place


@dataclass(frozen=True)
class TimeSpan:
    """When something happened: an aware start and end and their precision."""

    start: datetime
    end: datetime
    precision: TimePrecision
    text: str = ""
    start_offset: int = -1
    end_offset: int = -1
    # some moment within the span, not all of it: "earlier this week", "last week"
    vague: bool = False


@dataclass(frozen=True)
class Incident:
    """One reported event, ready to become a row of the incident table."""

    incident_id: str
    article_id: str
    title: str
    source: str | None
    event_type: str
    sub_event_type: str
    actors: tuple[str, ...]
    fatalities: int | None
    fatalities_text: str | None
    place: Place
    time: TimeSpan
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str = ""
    article_path: str = ""
