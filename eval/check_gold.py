#!/usr/bin/env python3
"""Validate an evaluation set: <set>/articles/*.txt and <set>/gold/*.json (eval/dev, eval/holdout).

Run from anywhere:  python eval/check_gold.py eval/dev [-v] [--gazetteer]

Checks, per gold file: the schema (keys, types, value sets); that the article exists and is
shaped like the seed (title, caption ending in a dateline, blank line, body of 5-20
sentences); that every place's text[start:end] equals its mention and spans do not overlap;
that every date / date_range / start parses and lies near the publication date; that
"published" equals the dateline date and "utc_offset" equals the dateline city's offset on
that date (zoneinfo); that every clock time given in GMT in the text, e.g. "(0700 GMT)",
is the UTC instant of some incident "start"; that each "start" carries the offset its place
had at that moment; that weekdays named in an incident's "what" fall on its dates; that every
incident point is the point of an annotated place; that decoys are annotated places and lie
outside every incident's reach; that ACLED sub-event types belong to one of the listed types.

--gazetteer also checks city and region points against the project's offline gazetteer
(mapping.gazetteer.geonames, needs the project installed); -v prints unannotated repeats of
annotated mention strings (usually deliberate, e.g. "Sinaloa" inside "Sinaloa Cartel").
Exit status 0 when clean, 1 when a check failed.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

HERE = Path(__file__).resolve().parent
REPO = HERE.parent  # gold "article" paths are relative to the repository root

# Per set, in <set>/zones.json: the dateline city (and country) of each article -> its IANA time
# zone; incidents whose zone differs from the dateline's (article stem, a word of "what") -> zone;
# names whose gazetteer candidates are all wrong places on purpose (--gazetteer notes them).
ZONES: dict[tuple[str, str], str] = {}
INCIDENT_ZONES: dict[tuple[str, str], str] = {}
GAZETTEER_GAPS: set[str] = set()


def _load_set(set_dir: Path) -> None:
    data = json.loads((set_dir / "zones.json").read_text(encoding="utf-8"))
    ZONES.update({(c, k): z for c, k, z in data["zones"]})
    INCIDENT_ZONES.update({(a, w): z for a, w, z in data["incident_zones"]})
    GAZETTEER_GAPS.update(data.get("gazetteer_gaps", []))


ZONE_ALIASES = {"Europe/Kyiv": "Europe/Kiev"}  # older tzdata

TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
PRECISIONS = {"landmark", "city", "region", "country", "landmark or city"}
TIME_PRECISIONS = {"minute", "hour", "day", "week", "month"}
TOP_KEYS = {"article", "published", "utc_offset", "places", "incidents", "decoys"}
TOP_OPTIONAL = {"note"}
PLACE_KEYS = {"mention", "start", "end", "lat", "lon", "km", "precision", "name"}
INCIDENT_REQUIRED = {"what", "lat", "lon", "km", "types", "sub_event_type"}
INCIDENT_OPTIONAL = {"date", "date_range", "start", "time_precision", "fatalities_at_least"}
DECOY_KEYS = {"mention", "lat", "lon", "km"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DATELINE = re.compile(r".* in (?P<city>[^,]+), (?P<country>[^,]+), (?P<month>[A-Z][a-z]+) (?P<day>\d{1,2}), "
                      r"(?P<year>\d{4})\. \([^)]*\)$")
GMT = re.compile(r"\((?P<hh>\d{2})(?P<mm>\d{2}) GMT")
DAYS_BEFORE, DAYS_AFTER = 60, 3  # incident dates must lie within this window around publication


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:
        return ZoneInfo(ZONE_ALIASES[name])


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def offset_text(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def count_sentences(body: str) -> int:
    protected = re.sub(r"\b(U\.S|U\.N|U\.K|a\.m|p\.m)\.", lambda m: m.group(1).replace(".", "_") + "_", body)
    return len(re.findall(r"[.!?][\"”]?(?=\s+[A-Z\"“(]|\s*$)", protected.strip()))


def incident_days(inc: dict) -> list[date]:
    if "date" in inc:
        return [date.fromisoformat(inc["date"])]
    if "date_range" in inc:
        lo, hi = (date.fromisoformat(d) for d in inc["date_range"])
        return [lo + timedelta(days=i) for i in range((hi - lo).days + 1)]
    return [datetime.fromisoformat(inc["start"]).date()]


class Checker:
    def __init__(self, verbose: bool) -> None:
        self.errors: list[str] = []
        self.verbose = verbose

    def fail(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")

    def check_point(self, where: str, obj: dict) -> None:
        lat, lon, km = obj.get("lat"), obj.get("lon"), obj.get("km")
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon, km)):
            self.fail(where, "lat, lon and km must be numbers")
            return
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            self.fail(where, f"lat/lon out of range: {lat}, {lon}")
        if not 0 < km <= 2000:
            self.fail(where, f"km out of range: {km}")

    def check_file(self, path: Path) -> dict | None:
        where = path.name
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            self.fail(where, f"unreadable JSON: {e}")
            return None
        keys = set(gold)
        if TOP_KEYS - keys or keys - TOP_KEYS - TOP_OPTIONAL:
            self.fail(where, f"top-level keys: missing {sorted(TOP_KEYS - keys)}, unknown {sorted(keys - TOP_KEYS - TOP_OPTIONAL)}")
            return None
        expected_article = (path.parent.parent / "articles" / f"{path.stem}.txt").relative_to(REPO).as_posix()
        if gold["article"] != expected_article:
            self.fail(where, f"article should be {expected_article!r}, is {gold['article']!r}")
        art = REPO / gold["article"]
        if not art.is_file():
            self.fail(where, f"article not found: {art}")
            return None
        text = art.read_text(encoding="utf-8")
        self.check_shape(where, text)
        published = self.check_dateline(where, gold, text)
        self.check_places(where, gold, text)
        self.check_incidents(where, gold, text, published, path.stem)
        self.check_decoys(where, gold, text)
        return gold

    def check_shape(self, where: str, text: str) -> None:
        lines = text.split("\n")
        if len(lines) < 4 or not lines[0].strip() or not lines[1].strip() or lines[2].strip():
            self.fail(where, "expected a title line, a caption line, then a blank line")
            return
        if not lines[1].rstrip().endswith(")"):
            self.fail(where, "caption should end with the photo credit in parentheses")
        body = "\n".join(lines[3:])
        n = count_sentences(body)
        if not 5 <= n <= 20:
            self.fail(where, f"body has {n} sentences (want 5-20: the seed counts 11)")

    def check_dateline(self, where: str, gold: dict, text: str) -> date | None:
        caption = text.split("\n")[1].strip()
        m = DATELINE.match(caption)
        if not m:
            self.fail(where, f"no dateline at the end of the caption: {caption[-80:]!r}")
            return None
        if m["month"] not in MONTHS:
            self.fail(where, f"bad month in dateline: {m['month']}")
            return None
        dl = date(int(m["year"]), MONTHS.index(m["month"]) + 1, int(m["day"]))
        try:
            published = date.fromisoformat(gold["published"])
        except (TypeError, ValueError):
            self.fail(where, f"published does not parse: {gold['published']!r}")
            return None
        if published != dl:
            self.fail(where, f"published {published} != dateline {dl}")
        key = (m["city"], m["country"])
        if key not in ZONES:
            self.fail(where, f"dateline city {key} has no time zone in ZONES")
            return published
        tz = zone(ZONES[key])
        want = offset_text(datetime(dl.year, dl.month, dl.day, 12, tzinfo=tz).utcoffset())
        if gold["utc_offset"] != want:
            self.fail(where, f"utc_offset {gold['utc_offset']} != {want} ({ZONES[key]} on {dl})")
        # the dateline city must be an annotated place
        c0 = caption.rfind(f" in {m['city']}, ") + 4
        start = text.index(caption) + c0
        if not any(p.get("start") == start and p.get("mention") == m["city"].split(" township")[0]
                   for p in gold["places"]):
            self.fail(where, f"the dateline city {m['city']!r} (offset {start}) is not an annotated place")
        return published

    def check_places(self, where: str, gold: dict, text: str) -> None:
        spans = []
        for i, p in enumerate(gold["places"]):
            w = f"{where} places[{i}]"
            if set(p) != PLACE_KEYS:
                self.fail(w, f"keys: missing {sorted(PLACE_KEYS - set(p))}, unknown {sorted(set(p) - PLACE_KEYS)}")
                continue
            s, e = p["start"], p["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                self.fail(w, f"bad span {s}..{e}")
                continue
            if text[s:e] != p["mention"]:
                self.fail(w, f"text[{s}:{e}] is {text[s:e]!r}, not {p['mention']!r}")
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                self.fail(w, f"span {p['mention']!r} cuts a word")
            if p["precision"] not in PRECISIONS:
                self.fail(w, f"precision {p['precision']!r}")
            if not isinstance(p["name"], str) or not p["name"]:
                self.fail(w, "name must be a non-empty string")
            self.check_point(w, p)
            spans.append((s, e, p["mention"]))
        spans.sort()
        for (s1, e1, m1), (s2, e2, m2) in zip(spans, spans[1:]):
            if s2 < e1:
                self.fail(where, f"overlapping mentions {m1!r}@{s1} and {m2!r}@{s2}")
        if [p["start"] for p in gold["places"]] != sorted(p["start"] for p in gold["places"]):
            self.fail(where, "places should be in text order")
        if self.verbose:
            taken = {(s, e) for s, e, _ in spans}
            for m in sorted({m for _, _, m in spans}):
                for hit in re.finditer(r"(?<!\w)" + re.escape(m) + r"(?!\w)", text):
                    inside = any(s <= hit.start() and hit.end() <= e for s, e, _ in spans)
                    if (hit.start(), hit.end()) not in taken and not inside:
                        ctx = text[max(0, hit.start() - 20):hit.end() + 20].replace("\n", " ")
                        print(f"  note {where}: unannotated {m!r}@{hit.start()}: ...{ctx}...")

    def check_incidents(self, where: str, gold: dict, text: str, published: date | None, stem: str) -> None:
        starts_utc = set()
        points = [(p["lat"], p["lon"]) for p in gold["places"] if isinstance(p.get("lat"), (int, float))]
        for i, inc in enumerate(gold["incidents"]):
            w = f"{where} incidents[{i}] ({inc.get('what', '?')[:50]})"
            keys = set(inc)
            if INCIDENT_REQUIRED - keys or keys - INCIDENT_REQUIRED - INCIDENT_OPTIONAL:
                self.fail(w, f"keys: missing {sorted(INCIDENT_REQUIRED - keys)}, "
                             f"unknown {sorted(keys - INCIDENT_REQUIRED - INCIDENT_OPTIONAL)}")
                continue
            self.check_point(w, inc)
            if not any(km_between(inc["lat"], inc["lon"], la, lo) <= 0.5 for la, lo in points):
                self.fail(w, "incident point is not the point of any annotated place")
            types = inc["types"]
            if not (isinstance(types, list) and types and all(t in TYPES for t in types)):
                self.fail(w, f"types must be a non-empty list of ACLED types: {types}")
            elif not any(inc["sub_event_type"] in TYPES[t] for t in types):
                self.fail(w, f"sub_event_type {inc['sub_event_type']!r} belongs to none of {types}")
            when = [k for k in ("date", "date_range", "start") if k in inc]
            if len(when) != 1:
                self.fail(w, f"exactly one of date, date_range, start is needed (has {when})")
                continue
            if ("start" in inc) != ("time_precision" in inc):
                self.fail(w, "time_precision goes with start, and only with start")
            if "time_precision" in inc and inc["time_precision"] not in TIME_PRECISIONS:
                self.fail(w, f"time_precision {inc['time_precision']!r}")
            try:
                days = incident_days(inc)
                if "date_range" in inc:
                    if len(inc["date_range"]) != 2 or days == []:
                        raise ValueError("date_range must be [first, last] with first <= last")
                if "start" in inc:
                    st = datetime.fromisoformat(inc["start"])
                    if st.tzinfo is None:
                        raise ValueError("start needs a UTC offset")
                    zname = next((z for (a, word), z in INCIDENT_ZONES.items() if a == stem and word in inc["what"]),
                                 None)
                    if zname is None:
                        want = gold["utc_offset"]
                        # the dateline zone, evaluated at the incident's own moment
                        caption = text.split("\n")[1].strip()
                        m = DATELINE.match(caption)
                        if m and (m["city"], m["country"]) in ZONES:
                            zname = ZONES[(m["city"], m["country"])]
                    if zname is not None:
                        local = st.replace(tzinfo=None).replace(tzinfo=zone(zname))
                        want = offset_text(local.utcoffset())
                    if offset_text(st.utcoffset()) != want:
                        self.fail(w, f"start offset {offset_text(st.utcoffset())} != {want} ({zname})")
                    starts_utc.add(st.astimezone(timezone.utc).strftime("%H%M"))
            except (TypeError, ValueError) as e:
                self.fail(w, f"date/time does not parse: {e}")
                continue
            if published and not all(published - timedelta(days=DAYS_BEFORE) <= d <= published + timedelta(days=DAYS_AFTER)
                                     for d in days):
                self.fail(w, f"dates {days[0]}..{days[-1]} far from publication {published}")
            for wd in WEEKDAYS:
                if re.search(rf"\b{wd}\b", inc["what"]) and not any(d.strftime("%A") == wd for d in days):
                    self.fail(w, f"'what' names {wd} but the dates {days[0]}..{days[-1]} have none")
            if "fatalities_at_least" in inc and not (isinstance(inc["fatalities_at_least"], int)
                                                     and inc["fatalities_at_least"] >= 0):
                self.fail(w, "fatalities_at_least must be a non-negative integer")
        for m in GMT.finditer(text):
            if f"{m['hh']}{m['mm']}" not in starts_utc:
                self.fail(where, f"the text gives {m['hh']}{m['mm']} GMT but no incident starts then (UTC)")

    def check_decoys(self, where: str, gold: dict, text: str) -> None:
        mentions = {p["mention"] for p in gold["places"]}
        for i, d in enumerate(gold["decoys"]):
            w = f"{where} decoys[{i}]"
            if set(d) != DECOY_KEYS:
                self.fail(w, f"keys: {sorted(d)}")
                continue
            self.check_point(w, d)
            if d["mention"] not in mentions:
                self.fail(w, f"decoy {d['mention']!r} is not an annotated place")
            for inc in gold["incidents"]:
                dist = km_between(d["lat"], d["lon"], inc["lat"], inc["lon"])
                if dist <= d["km"]:
                    self.fail(w, f"decoy {d['mention']!r} lies {dist:.0f} km from incident {inc['what'][:40]!r}")

    def check_gazetteer(self, golds: dict[str, dict]) -> None:
        sys.path.insert(0, str(REPO))
        try:
            from mapping.gazetteer.geonames import WorldGazetteer  # type: ignore
            from mapping.settings import Settings  # type: ignore  # noqa: F401
        except Exception as e:  # noqa: BLE001
            self.fail("gazetteer", f"cannot import the project's gazetteer: {e}")
            return
        import os
        cache = Path(os.environ.get("EVENTMAP_CACHE_DIR", Path.home() / ".cache" / "eventmap"))
        g = WorldGazetteer(cache)
        for name, gold in golds.items():
            for p in gold["places"]:
                if p["precision"] not in ("city",):
                    continue
                cands = g.candidates(p["mention"])
                best = min((km_between(p["lat"], p["lon"], c.latitude, c.longitude) for c in cands), default=None)
                if best is None:
                    print(f"  note {name}: gazetteer has no {p['mention']!r}")
                elif p["mention"] in GAZETTEER_GAPS and best > p["km"]:
                    print(f"  note {name}: gazetteer's nearest {p['mention']!r} is {best:.0f} km away (known gap)")
                elif best > p["km"]:
                    self.fail(name, f"{p['mention']!r}: nearest gazetteer candidate is {best:.0f} km from the gold point")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set_dir", type=Path, help="the set's folder, e.g. eval/dev or eval/holdout")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--gazetteer", action="store_true", help="also check city points against the project's gazetteer")
    args = ap.parse_args()
    set_dir = args.set_dir.resolve()
    _load_set(set_dir)
    ck = Checker(args.verbose)
    gold_dir, art_dir = set_dir / "gold", set_dir / "articles"
    golds = sorted(gold_dir.glob("*.json"))
    arts = sorted(art_dir.glob("*.txt"))
    if {p.stem for p in golds} != {p.stem for p in arts}:
        ck.fail("set", f"articles without gold: {sorted({p.stem for p in arts} - {p.stem for p in golds})}; "
                       f"gold without article: {sorted({p.stem for p in golds} - {p.stem for p in arts})}")
    numbers = [p.stem.split("_", 1)[0] for p in golds]
    if numbers != [f"{i:03d}" for i in range(1, len(golds) + 1)]:
        ck.fail("set", f"files should be numbered 001..{len(golds):03d}: {numbers}")
    loaded = {}
    n_places = n_incidents = 0
    for path in golds:
        gold = ck.check_file(path)
        if gold:
            loaded[path.name] = gold
            n_places += len(gold["places"])
            n_incidents += len(gold["incidents"])
    if args.gazetteer:
        ck.check_gazetteer(loaded)
    for e in ck.errors:
        print("ERROR", e)
    print(f"{len(golds)} gold files, {n_places} place mentions, {n_incidents} incidents: "
          f"{'clean' if not ck.errors else f'{len(ck.errors)} problem(s)'}")
    return 1 if ck.errors else 0


if __name__ == "__main__":
    sys.exit(main())
