"""Find news-style time expressions and resolve them against an article's publication date.

``find_times`` scans text with module-level regexes and returns non-overlapping
:class:`TimeExpression` records; ``resolve_time`` turns one into a :class:`TimeSpan` in the
place's IANA zone (zoneinfo: historical offsets), given the publication date D and optionally
the previous event time of the article. Conventions:

* A weekday is the most recent such day on or before D ("last Monday": strictly before D,
  "next Monday": the first after D; future tense is not detected). Named days ("Good Friday",
  "Bloody Sunday") and "the Sunday Times" are skipped.
* Parts of the day narrow a span but keep precision "day" (a window of hours is not
  hour-precise): early hours 00-06, dawn 04-08, morning 05-12, afternoon 12-18, evening 17-24,
  dusk 17-21, night 18-06. "late"/"early" alone: 18-24 / 00-12; with a part: its second /
  first half (late night: 22-06). "overnight": 18-06 of the night ending on D, or of the night
  after the previous event's day when that day is before D.
* Clock times are minute-precise, also with "around"; "shortly after X" is X..X+1h and "just
  before X" X-1h..X ("hour"). A bare clock time is on the previous span's day when that span is
  day-precise or finer, else on D (a small-hours time after an evening one, or "midnight" after
  noon, is on the next day); "midnight" is 00:00. Times in another zone (GMT, UTC+3, EST)
  are converted, keeping the local date. A day directly beside a clock time ("at 5 p.m. on
  Jan. 5", "Wednesday at 9 a.m.", no comma) is merged into the clock expression.
* "N minutes later" is "minute", hour offsets and approximate ones "hour", a vague count
  ("hours later", "a few days later") one precision coarser. Minute/hour offsets need a
  minute/hour-precise previous span; day, week and month offsets count from the previous day,
  or D; "ago" always counts from D ("a week after the vote" is taken from the previous event).
* Ranges end at the end of D ("last week"/"last month": at their own end); precision follows
  their length: up to 2 days "day", up to 15 days "week", longer "month". Recent days =
  D-5..D, recent weeks = D-28..D, recent months = D-90..D; "since Tuesday" = Tuesday..D; "over the
  weekend" is the last Saturday and Sunday up to D ("last weekend" on a Saturday or Sunday: the one before).
* A date without a year takes D's year, or the year before if that is over 30 days after D
  (a month alone: after D). "4-5 March" is the 4th. Numeric dates other than ISO are skipped.
"""

from __future__ import annotations

import calendar
import functools
import logging
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mapping.types import TimePrecision, TimeSpan

logger = logging.getLogger(__name__)

KINDS: tuple[str, ...] = ("clock", "weekday", "date", "relative", "overnight", "recent", "part_of_day", "day_ref")


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in text; offsets are absolute into the text searched."""

    text: str
    start: int
    end: int
    kind: str
    is_report: bool = False
    is_equivalent: bool = False
    repeat: bool = False
    # Parsed fields, private to this module.
    hour: int | None = field(default=None, repr=False)
    minute: int = field(default=0, repr=False)
    zone: str | None = field(default=None, repr=False)  # "local", an IANA name or "+05:30"
    weekday: int | None = field(default=None, repr=False)
    ymd: tuple[int | None, int | None, int | None] | None = field(default=None, repr=False)  # month None: "the 2nd"
    shift: float = field(default=0, repr=False)  # signed count of `unit`, or days back for ranges
    unit: str = field(default="day", repr=False)
    ref: str | None = field(default=None, repr=False)  # sub-kind: "prev", "ago", "since", "last_week"...
    part: str | None = field(default=None, repr=False)  # part of day: "morning", "night"...
    mod: str | None = field(default=None, repr=False)  # early/late/mid, earlier/later, before/after
    precision: TimePrecision = field(default="day", repr=False)
    anchor: TimeExpression | None = field(default=None, repr=False)  # the day a clock time is on
    # "8 p.m. (0400 GMT Sunday)": the restatement with its day, which tells a bare clock time's day
    aside: TimeExpression | None = field(default=None, repr=False)


# --- vocabulary -------------------------------------------------------------------------

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NUMBERS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "half an": 0.5, "half a": 0.5,
}
_VAGUE = r"a\s+few|few|several|a\s+couple(?:\s+of)?|couple\s+of"
_NUM = "|".join(k.replace(" ", r"\s+") for k in sorted(_NUMBERS, key=len, reverse=True))
_UNITS = {"min": "minute", "minute": "minute", "hr": "hour", "hour": "hour", "day": "day",
          "week": "week", "month": "month", "year": "year"}
_COARSER: dict[str, TimePrecision] = {"minute": "hour", "hour": "day", "day": "week", "week": "month",
                                      "month": "month"}
_PARTS = {"day": (0, 24), "early hours": (0, 6), "dawn": (4, 8), "morning": (5, 12),
          "afternoon": (12, 18), "evening": (17, 24), "dusk": (17, 21), "night": (18, 30)}
_PART_WORDS = {"daybreak": "dawn", "sunrise": "dawn", "nightfall": "dusk", "sunset": "dusk",
               "dark": "night", "small hours": "early hours", "wee hours": "early hours"}
_ZONE_ABBR = {"GMT": "UTC", "UTC": "UTC", "Z": "UTC", "ET": "America/New_York", "EST": "America/New_York",
              "EDT": "America/New_York", "CT": "America/Chicago", "CST": "America/Chicago",
              "CDT": "America/Chicago", "PT": "America/Los_Angeles", "PST": "America/Los_Angeles",
              "PDT": "America/Los_Angeles", "CET": "Europe/Paris", "CEST": "Europe/Paris",
              "EET": "Europe/Athens", "EEST": "Europe/Athens", "BST": "Europe/London",
              "IST": "Asia/Kolkata", "MSK": "Europe/Moscow"}
_FINE = ("minute", "hour", "day")

# --- patterns ---------------------------------------------------------------------------

_WD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = (r"Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
          r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?")
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_LEAD = (r"(?:(?P<mod>late|early)\s+(?:on\s+)?"
         r"|(?:(?:on|during|in)\s+)?the\s+(?:intervening\s+)?(?P<pof>night|morning|afternoon|evening)\s+of\s+"
         r"|(?P<eh>(?:in\s+)?the\s+(?:early|small|wee)\s+hours\s+of)\s+"
         r"|(?P<eve>(?:on\s+)?the\s+eve\s+of)\s+"
         r"|(?P<into>overnight\s+(?:from\s+" + _WD + r"\s+)?(?:into|to)"  # "overnight into Sunday": Saturday night
         r"|(?:(?:on|during)\s+)?the\s+night\s+(?:from|between)\s+" + _WD + r"\s+(?:to|into|and))\s+"  # ("overnight
         # from Sunday to Monday", "the night between Friday and Saturday": the night before the second day)
         r"|(?P<rel>since|last|next|this|on|by)\s+)?")
_AMPM = r"\.?m(?![a-z])\.?"
_ZONE = (r"(?P<zone>\s*(?P<zw>local\s+time|local|(?-i:GMT|UTC|Z|E[SD]?T|C[SD]?T|P[SD]?T|CES?T|EES?T|BST|IST|MSK))"
         r"(?![\w])(?:(?P<sign>[+\-−])(?P<oh>\d{1,2})(?::?(?P<om>\d\d))?(?!\d))?)?")

_CLOCK_RE = re.compile(
    r"\b(?P<q>(?:(?:at|around|about|approximately|roughly|circa|shortly|just|soon|sometime|after"
    r"|before|by|until|till|from)\s+){1,3})?"
    r"(?:(?P<h>[01]?\d|2[0-3])(?P<sep>[:.])(?P<m>[0-5]\d)(?::[0-5]\d)?(?![\d:])(?:\s*(?P<ap>[ap])" + _AMPM + ")?"
    r"|(?P<h2>1[0-2]|0?[1-9])\s*(?P<ap2>[ap])" + _AMPM +
    r"|(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?:(?-i:H)\b|(?=\s*(?:hrs\b|GMT|UTC|Z\b|local)|(?:(?<=at \d{4})|"
    r"(?<=about \d{4})|(?<=around \d{4})|(?<=approximately \d{4})|(?<=\bfrom \d{4})|(?<=(?<!up )\bto \d{4})|"
    r"(?<=\buntil \d{4})|"
    r"(?<=till \d{4})|(?<=since \d{4}))\s*hours\b(?!\s+of\b)))"  # ("at about 1930 hours", "a curfew from 1900
    # hours to 0600 hours"; not "1930 hours of work"; a military "0530H")
    r"|(?P<h4>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o['’]clock)?"
    r"\s+(?:in\s+the\s+(?P<pod>morning|afternoon|evening)|(?P<night>at\s+night))"  # "10 in the morning"
    r"|(?P<named>noon|midday|midnight))(?P<hrs>\s*(?:hrs|hours)\b)?" + _ZONE, re.I)  # ("at 02:40 hours")
_WEEKDAY_RE = re.compile(
    rf"\b{_LEAD}(?P<wd>{_WD})(?!\s+(?-i:Times|Telegraph|Mirror|Express|Herald|Post)\b)"
    r"(?:['’]s)?(?:\s+(?P<part>morning|afternoon|evening|night))?\b", re.I)
_MDY_RE = re.compile(
    rf"\b{_LEAD}(?:{_WD},?\s+)?(?-i:(?P<mon>{_MONTH}))\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:\s*[-–/]\s*\d{{1,2}}\b|(?<=\d)\s+and\s+\d{{1,2}}\b(?=\s*[,.;)]|\s+(?:at|in|when|as|before|after)\b))?"
    rf"(?![\d:])"  # ("the night of November 25 and 26")
    rf"(?:,?\s+{_YEAR})?", re.I)
_DMY_RE = re.compile(
    rf"\b{_LEAD}(?:{_WD},?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–/]\s*\d{{1,2}}|\s+(?:and|to|into)\s+\d{{1,2}})?"
    rf"\s+(?:of\s+)?(?-i:(?P<mon>{_MONTH}))"  # ("between 1 and 4 June": from the 1st; "the night of 22 to 23
    # November": of the 22nd)
    rf"(?![a-z])(?:,?\s+{_YEAR})?", re.I)
# "On the 2nd, a crowd ...": a day of the month before or on the publication date
_ORDINAL_DAY_RE = re.compile(r"\bon\s+the\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)\b"
                             r"(?=\s*[,;.]|\s+(?:at|when|after|before|as)\b)", re.I)
_ISO_RE = re.compile(rf"\b{_LEAD}(?P<year>(?:19|20)\d\d)-(?P<mon>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01])\b", re.I)
_MONTH_RE = re.compile(
    r"\b(?:(?P<rel>since|until|by|in|during|from)\s+)?(?:(?P<mod>early|late|mid)(?:\s+|-))?"
    r"(?-i:(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December))"
    rf"(?:,?\s+{_YEAR})?(?![\w-])", re.I)
_REL_RE = re.compile(
    # (not a span's length: "extended the curfew by another 24 hours after a youth was killed", "for two more days")
    r"\b(?<!\bby\s)(?<!\bfor\s)(?<!\banother\s)(?<!\bfurther\s)(?<!\bmore\s)(?<!\bextra\s)(?<!\d\s)"
    r"(?P<again>again\s+)?(?P<approx>(?:about|around|some|nearly|almost|approximately|roughly|just|only"
    r"|barely|more\s+than|less\s+than|over|under)\s+)?"
    rf"(?:(?P<num>\d{{1,3}}|{_VAGUE}|{_NUM})\s+)?(?P<unit>minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
    r"(?P<half>\s+and\s+a\s+half)?\s+(?P<dir>later|earlier|afterwards?|after|before|beforehand|ago|previously)\b",
    re.I)
_REL_DAY_RE = re.compile(
    r"\b(?P<again>again\s+)?(?:(?:on|by|during|over)\s+)?the\s+(?:"
    r"(?P<which>next|following|previous|preceding|prior|same)\s+(?P<what>day|morning|afternoon|evening|night)"
    r"|(?P<what2>day|morning|evening|night)\s+(?P<which2>before|after))\b", re.I)
_DAY_REF_RE = re.compile(
    r"\b(?:(?P<mod>late|early|earlier|later)\s+)?(?:(?P<word>today|yesterday|tomorrow|tonight"
    r"|the\s+day\s+before\s+yesterday)|(?P<this>this|last)\s+(?P<tpart>morning|afternoon|evening|night))"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
    r"|\b(?P<inday>earlier|later)\s+(?:in\s+the|that|the\s+same|on\s+the\s+same)\s+day\b", re.I)
_PART_RE = re.compile(
    r"\b(?:(?P<rel>later|earlier)\s+)?(?P<lead>(?:late|early)\s+(?:in\s+the|at)|(?:in|during|by|through)\s+the"
    r"|at|that|before|after|until|till|pre-|by(?=\s+(?:nightfall|dusk|dawn|daybreak|sunset|sunrise|dark|morning|afternoon|"
    r"evening)\b))(?:\s+|(?<=-))(?:(?P<mod>early|late)\s+)?"
    r"(?P<part>morning|afternoon|evening|night|dawn|daybreak|dusk|nightfall|sunset|sunrise|dark"
    r"|(?:early|small|wee)\s+hours)\b", re.I)
_OVERNIGHT_RE = re.compile(r"\bovernight\b", re.I)
_FEW = r"(?:few|several|couple(?:\s+of)?)"
_RECENT_RE = re.compile(
    rf"\b(?:(?P<recent>(?:in|over|during|for)\s+(?:the\s+)?(?:recent|(?:past|last)\s+{_FEW})\s+"
    r"(?P<ru>days|weeks|months))"
    rf"|(?P<past_n>(?:in|over|during|for|within)\s+the\s+(?:past|last|previous)\s+(?:(?P<pn>\d{{1,3}}|{_NUM})\s+)?"
    r"(?P<pu>hours?|days?|weeks?|months?))"
    r"|(?P<this_week>(?:earlier\s+|later\s+)?this\s+week|earlier\s+in\s+the\s+week)"
    r"|(?P<last_week>last\s+week)"
    r"|(?P<weekend>(?:over|at|during)\s+the\s+weekend|(?:last|this)\s+weekend)"
    r"|(?P<this_month>(?:earlier\s+|later\s+)?this\s+month|earlier\s+in\s+the\s+month)"
    r"|(?P<last_month>last\s+month))\b", re.I)
_RECENT_REFS = ("recent", "past_n", "this_week", "last_week", "weekend", "this_month", "last_month")
_REPORT_BEFORE = re.compile(
    r"(?:\b(?:said|says|say|told(?:\s+(?!(?:he|she|they|it|we|i|you|that|to|him|her|them)\b)[\w.'’-]+){1,4}?"
    r"|reported|reports|announced|stated|confirmed|added"
    r"|declared|tweeted|wrote|posted|warned|claimed|acknowledged|noted|disclosed|revealed|denied|insisted"
    r"|explained|released|issued|published)"
    r"(?:\s+(?:in|at|during|via)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:statement|briefing|interview"
    r"|conference|post|tweet|message|video|speech|report))?|\b(?:a|the)\s+statement"
    # "in a statement read on state television on Friday evening"
    r"|\b(?:read(?:\s+out)?|broadcast|aired|carried|televised)\s+(?:on|by)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:television|TV|radio|media|channel|broadcaster)(?:\s+in\s+[\w'’-]+(?:\s+[\w'’-]+)?)?)\s*,?\s*(?:on\s+)?$",
    re.I)  # ("read on state television in Niamey late on Tuesday")
# "Prosecutors on Thursday charged two teenagers over a fire ...": the charge's day
# ("Residents who returned on Wednesday said soldiers had burned 40 houses late on Monday": the tellers' day)
_REPORT_AFTER = re.compile(r"\s+(?:charged|indicted|sentenced|convicted|said|says|say|told)\b", re.I)
# (but the day of tellers who protested is their protest's: "relatives who gathered outside a police station on
# Tuesday morning said he had been beaten")
_PROTESTED_WHO = re.compile(r"\b(?:who|that)\s+(?:had\s+)?(?:gathered|assembled|marched|protested|rallied|"
                            r"demonstrated|(?:staged|held)\s+an?\s+(?:[\w-]+\s+)?(?:protest|vigil|sit-in|rally|march|"
                            r"demonstration))\b[^.;,]{0,80}$", re.I)
# a state still lasting when the day came, not the event: "were taken into custody during the operation and were
# still being questioned on Saturday"
_STILL_BEFORE = re.compile(r"\b(?:still|remained|remain|remains)\s+(?:being\s+)?(?:questioned|held|detained|"
                           r"interrogated|in\s+(?:custody|detention|hospital))\s+(?:on\s+)?$", re.I)
_NAMED_DAY = re.compile(r"\b(?:Good|Black|Bloody|Ash|Super|Cyber|Palm|Easter|Holy|Maundy)\s+$")  # not a date
_ASIDE_END = re.compile(r"\s?[)\]]\s?")
_EQUIV_GAP = re.compile(r"\s?[(\[/]\s?")


# --- building expressions from matches --------------------------------------------------

def _low(s: str | None) -> str | None:
    return " ".join(s.lower().split()) if s else None


def _num(word: str | None) -> float | None:
    """The value of digits or a number word; None when vague or absent."""
    w = _low(word)
    if w is None:
        return None
    return float(w) if w.isdigit() else _NUMBERS.get(w)


def _month(name: str) -> int:
    return int(name) if name.isdigit() else _MONTHS.index(name[:3].lower()) + 1


def _to24(hour: int, ap: str) -> int:
    return hour % 12 + (12 if ap.lower() == "p" else 0)


def _day_parts(gd: dict[str, Any]) -> dict[str, Any]:
    """Part of day and modifier from the shared weekday/date lead."""
    part = "early hours" if gd.get("eh") else "night" if gd.get("into") else _low(gd.get("pof") or gd.get("part"))
    return {"part": part, "mod": _low(gd.get("mod"))}


def _clock(m: re.Match[str]) -> dict[str, Any] | None:
    g = m.groupdict()
    q = (_low(g["q"]) or "").split()
    if g["named"]:
        hour, minute = (0, 0) if g["named"].lower() == "midnight" else (12, 0)
    elif g["h2"]:
        hour, minute = _to24(int(g["h2"]), g["ap2"]), 0
    elif g["h3"]:
        hour, minute = int(g["h3"]), int(g["m3"])
    elif g["h4"]:  # "at ten in the morning", "about 9 at night" (but "2 at night" is 2 a.m.)
        if not (set(q) - {"about", "approximately", "roughly", "some", "circa"}) and "clock" not in m.group().lower():
            return None  # "killed 10 in the afternoon attack", "arrested about 10 in the morning raids"
        hour, minute = int(_num(g["h4"]) or 0) % 12, 0
        if (g["pod"] or "").lower() in ("afternoon", "evening") or (g["night"] and hour >= 6):
            hour += 12
    else:
        hour, minute = int(g["h"]), int(g["m"])
        if g["ap"]:
            if not 1 <= hour <= 12:
                return None
            hour = _to24(hour, g["ap"])
        elif not (g["zone"] or g["hrs"]) and (g["sep"] == "." or (len(g["h"]) == 1 and not q)):
            return None  # "3.45", a bare "5:30": more likely a number, score or verse
    zone = None
    if g["zw"]:
        zone = "local" if g["zw"].lower().startswith("local") else _ZONE_ABBR[g["zw"]]
        if g["sign"] and zone == "UTC":
            zone = f"{'-' if g['sign'] in '-−' else '+'}{int(g['oh']):02d}:{g['om'] or '00'}"
    mod = "after" if "after" in q else "before" if "before" in q else None
    return {"kind": "clock", "hour": hour, "minute": minute, "zone": zone, "mod": mod, "precision": "minute"}


def _weekday(m: re.Match[str]) -> dict[str, Any] | None:
    if _NAMED_DAY.search(m.string, max(0, m.start() - 8), m.start()):
        return None  # "Good Friday", "Bloody Sunday"
    rel = _low(m.group("rel"))
    return {"kind": "recent" if rel == "since" else "weekday", "ref": rel,
            "weekday": _WEEKDAYS.index(m.group("wd").lower()), **_day_parts(m.groupdict()),
            **({"shift": -1} if m.groupdict().get("eve") or m.groupdict().get("into") else {})}  # "on the eve
    # of Friday's rally": Thursday


def _date(m: re.Match[str]) -> dict[str, Any] | None:
    gd = m.groupdict()
    day = int(gd["day"]) if gd.get("day") else None
    year = int(gd["year"]) if gd.get("year") else None
    rel = _low(gd.get("rel"))
    if day is None and not (rel or gd.get("mod") or year):
        return None  # a bare month name ("May", "March") is too often not a month
    if day is not None and not 1 <= day <= 31:
        return None
    return {"kind": "recent" if rel == "since" else "date", "ref": rel,
            "ymd": (year, _month(gd["mon"]), day), **_day_parts(gd)}


def _ordinal_day(m: re.Match[str]) -> dict[str, Any] | None:
    """"on the 2nd": a day of the month, which month left to the publication date."""
    day = int(m.group("day"))
    return {"kind": "date", "ref": None, "ymd": (None, None, day)} if 1 <= day <= 31 else None


def _relative(m: re.Match[str]) -> dict[str, Any] | None:
    g = m.groupdict()
    unit = _UNITS[g["unit"].lower().rstrip("s")]
    count = _num(g["num"])
    vague = count is None
    if vague and (g["num"] is None and not g["unit"].lower().endswith("s")):
        return None  # "day before": handled by the "the day before" pattern
    n = (2.0 if count is None else count) + (0.5 if g["half"] else 0)
    if unit == "hour" and n % 1:
        unit, n = "minute", n * 60
    exact = not (vague or g["approx"] or g["half"] or "half" in g["num"].lower())
    if unit == "year":  # "four years ago": a month of that year is as close as a span gets
        unit, n = "month", n * 12
    precision = {"minute": "minute" if exact else "hour", "hour": "hour", "day": "day", "week": "day",
                 "month": "month"}[unit]
    if vague:
        precision = _COARSER[unit]
    direction = g["dir"].lower()
    sign = -1 if direction in ("earlier", "before", "beforehand", "ago", "previously") else 1
    return {"kind": "relative", "shift": sign * n, "unit": unit, "precision": precision,
            "ref": "ago" if direction == "ago" else "prev", "repeat": bool(g["again"])}


def _rel_day(m: re.Match[str]) -> dict[str, Any]:
    which = (m.group("which") or m.group("which2")).lower()
    what = (m.group("what") or m.group("what2")).lower()
    shift = {"next": 1, "following": 1, "after": 1, "same": 0}.get(which, -1)
    return {"kind": "relative", "shift": shift, "unit": "day", "precision": "day", "ref": "prev",
            "part": None if what == "day" else what, "repeat": bool(m.group("again"))}


def _day_ref(m: re.Match[str]) -> dict[str, Any]:
    g = m.groupdict()
    if g["inday"]:
        return {"kind": "day_ref", "ref": "prev", "mod": g["inday"].lower()}
    if g["this"]:
        shift, part = (-1 if g["this"].lower() == "last" else 0), g["tpart"].lower()
    else:
        word = _low(g["word"]) or ""
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}.get(word, -2)
        part = "night" if word == "tonight" else None
    return {"kind": "day_ref", "ref": "D", "shift": shift, "part": _low(g["part"]) or part, "mod": _low(g["mod"])}


def _part_of_day(m: re.Match[str]) -> dict[str, Any]:
    word = _low(m.group("part")) or ""
    lead = _low(m.group("lead")) or ""
    part = _PART_WORDS.get(word, word)
    if lead in ("before", "pre-") and part == "dawn":
        part = "early hours"
    elif lead == "after" and part in ("dusk", "night"):
        part = "night"
    mod = lead.split()[0] if lead.startswith(("late", "early")) else _low(m.group("mod"))
    return {"kind": "part_of_day", "ref": "prev", "part": part, "mod": _low(m.group("rel")) or mod}


def _recent(m: re.Match[str]) -> dict[str, Any]:
    g = m.groupdict()
    ref = next(r for r in _RECENT_REFS if g[r])
    shift: float = 0
    if ref == "recent":
        shift = {"days": 5, "weeks": 28, "months": 90}[g["ru"].lower()]
    elif ref == "past_n":
        n = _num(g["pn"]) or 1
        unit = _UNITS[g["pu"].lower().rstrip("s")]
        shift = math.ceil(n / 24) if unit == "hour" else n * {"day": 1, "week": 7, "month": 30}[unit]
    elif ref == "weekend" and g["weekend"].lower().startswith("last"):
        shift = 7  # "last weekend", said at a weekend: the one before
    return {"kind": "recent", "ref": ref, "shift": shift}


def _at_word_starts(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (which starts with ``\b``) tried only where a word starts, not also where one ends:
    the same matches, found a third faster."""
    assert pattern.pattern.startswith(r"\b"), pattern.pattern
    return re.compile(r"\b(?=\w)" + pattern.pattern[2:], pattern.flags)


_RULES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], dict[str, Any] | None]], ...] = tuple(
    (_at_word_starts(pattern), build) for pattern, build in (
        (_CLOCK_RE, _clock), (_WEEKDAY_RE, _weekday), (_MDY_RE, _date), (_DMY_RE, _date), (_ISO_RE, _date),
        (_MONTH_RE, _date), (_ORDINAL_DAY_RE, _ordinal_day), (_REL_RE, _relative), (_REL_DAY_RE, _rel_day),
        (_DAY_REF_RE, _day_ref),
        (_PART_RE, _part_of_day), (_OVERNIGHT_RE, lambda m: {"kind": "overnight"}), (_RECENT_RE, _recent)))


# found in every weekday, date, day reference and clock time that find_times reads
_DAY_OR_CLOCK = re.compile(r"\d|(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day|tomorrow|tonight|noon|midnight|"
                           r"(?:previous|next|following|same) (?:day|night|morning|afternoon|evening)|"
                           r"days? (?:before|after|earlier|later)|o['’]clock|"
                           r"in the (?:morning|afternoon|evening)|at night", re.IGNORECASE)


def may_name_day_or_clock(text: str, start: int, end: int) -> bool:
    """A cheap test: False when text[start:end] can hold no weekday, date, day reference or clock
    time (so :func:`find_times` need not be run for those kinds)."""
    return _DAY_OR_CLOCK.search(text, start, end) is not None


def find_times(text: str, start: int = 0, end: int | None = None) -> list[TimeExpression]:
    """Time expressions in text[start:end], sorted by offset, offsets absolute into text, non-overlapping."""
    end = len(text) if end is None else max(0, min(end, len(text)))
    return list(_find_times(text, max(0, min(start, end)), end))


@functools.lru_cache(maxsize=256)
def _find_times(text: str, start: int, end: int) -> tuple[TimeExpression, ...]:
    """:func:`find_times`, remembered for the sentences of the last few texts (the event extraction
    reads some sentences more than once)."""
    found = []
    for pattern, build in _RULES:
        for m in pattern.finditer(text, start, end):
            fields = build(m)
            if fields is not None:
                found.append(TimeExpression(text=m.group(), start=m.start(), end=m.end(), **fields))
    found.sort(key=lambda e: (e.start, e.start - e.end))  # earliest first, then longest
    chosen: list[TimeExpression] = []
    for e in found:
        if not chosen or e.start >= chosen[-1].end:
            chosen.append(_mark_report(text, e, start))
    return tuple(_link(text, chosen))


# a wire dateline's date, the day the story was filed: "Jangipur (WB), May 17 (PTI) Two men were hacked to death"
_AGENCY_AFTER = re.compile(r"\s*\((?:[A-Z]{2,6}|Reuters|Xinhua|Bernama|Kyodo|Yonhap|Anadolu|Interfax|Sputnik|dpa)\)")


def _mark_report(text: str, e: TimeExpression, start: int = 0) -> TimeExpression:
    """"said Thursday", "told reporters on Monday": the time of a report, not of the event (the
    words before it are read back to ``start``, the start of the text searched)."""
    if e.kind in ("weekday", "day_ref", "date") and (_REPORT_BEFORE.search(text, max(start, e.start - 80), e.start)
                                                     or (_REPORT_AFTER.match(text, e.end)
                                                         and not _PROTESTED_WHO.search(text, max(start, e.start - 100),
                                                                                       e.start))
                                                     or _STILL_BEFORE.search(text, max(start, e.start - 50), e.start)
                                                     or (e.kind == "date" and _AGENCY_AFTER.match(text, e.end))):
        return replace(e, is_report=True)
    return e


_RANGE_END_BEFORE = re.compile(r"(?:\bto|\buntil|\btill|-|–)\s*$", re.IGNORECASE)


def _link(text: str, exprs: list[TimeExpression]) -> list[TimeExpression]:
    """Mark parenthetical restatements of a clock time; attach an adjacent day to a clock time."""
    out: list[TimeExpression] = []
    for e in exprs:
        p = out[-1] if out else None
        gap = text[p.end:e.start] if p else ""
        if p and p.kind == e.kind == "clock" and _EQUIV_GAP.fullmatch(gap):
            e = replace(e, is_equivalent=True)
        elif p and p.is_equivalent and e.kind in ("weekday", "date", "day_ref") and _ASIDE_END.fullmatch(gap) \
                and len(out) > 1 and out[-2].kind == "clock" and out[-2].anchor is None and not e.is_report \
                and not _ENDS_SPAN.match(e.text):  # (not "from 20:00 local time (1500 GMT) until March 25")
            out[-2] = replace(out[-2], anchor=e)  # "at 2 p.m. (1900 GMT) on Thursday": the local clock's day
            # (and "at about 2:30 p.m. (1130 GMT) yesterday")
            continue
        elif p and (gap in ("", " ") or (gap == ", " and e.kind == "clock" and p.kind == "date")) \
                and "clock" in (p.kind, e.kind) and not (p.is_report or e.is_report):  # ("on the night of 25-26
            # August, at approximately 03:15": that night's clock)
            clock, day = (p, e) if p.kind == "clock" else (e, p)
            if day.kind in ("weekday", "date") and clock.is_equivalent and clock.anchor is None \
                    and clock.zone not in (None, "local") and len(out) > 1 and out[-2].kind == "clock" \
                    and out[-2].anchor is None and clock is p:
                out[-1] = replace(clock, text=text[p.start:e.end], end=e.end, anchor=day)
                out[-2] = replace(out[-2], aside=out[-1])
                continue
            if (day.kind in ("weekday", "date", "day_ref") or (day.kind == "recent" and day.ref == "since")
                    or (day.kind == "relative" and day.unit == "day" and clock is p
                        and day.text.lower().endswith("day")))\
                    and clock.anchor is None and not clock.is_equivalent \
                    and not (day.kind == "recent" and clock is p
                             and (_RANGE_END_BEFORE.search(text, max(0, clock.start - 8), clock.start)
                                  or clock.text.lower().startswith(("until ", "till ", "to ")))):
                # ("since 11 February 2026 from 19:00": the clock of the day the span began; not "a curfew from 6pm
                # to 6am since Tuesday": the span's end, the curfew's days; "from 5 pm the same day": that day's)
                out[-1] = replace(clock, text=text[p.start:e.end], start=p.start, end=e.end, anchor=day,
                                  hour=_in_part(clock, day.part))
                continue
        elif p and gap in ("", " ") and p.kind == "part_of_day" and e.kind in ("weekday", "date") \
                and e.part is None and not (p.is_report or e.is_report):  # "Before dawn on Sunday": one span
            out[-1] = replace(e, text=text[p.start:e.end], start=p.start, part=p.part, mod=p.mod or e.mod)
            continue
        out.append(e)
    return out


_ENDS_SPAN = re.compile(r"(?:until|till|through|to)\b", re.IGNORECASE)
_TWELVE_HOUR = re.compile(r"[ap]\.?\s?m\b|\b(?:noon|midday|midnight|hrs|hours|GMT|UTC)\b|\d{4}", re.IGNORECASE)


def _in_part(clock: TimeExpression, part: str | None) -> int | None:
    """The hour of a clock time with no a.m. or p.m. on a day's part: "on Monday night at about 9:40" is 21:40."""
    hour = clock.hour
    if hour is None or _TWELVE_HOUR.search(clock.text) or not (
            (part in ("afternoon", "evening") and 1 <= hour < 12) or (part == "night" and 6 <= hour < 12)):
        return hour
    return hour + 12


# --- resolution -------------------------------------------------------------------------

def day_span(day: date, tz: str) -> TimeSpan:
    """The whole local day as a TimeSpan (00:00 to 24:00 local, precision "day")."""
    zone = ZoneInfo(tz)
    return TimeSpan(_at(day, 0, zone), _at(day, 24, zone), "day")


def names_day(expr: TimeExpression) -> bool:
    """Whether an expression names a calendar day: a weekday, a date, "yesterday", or a clock
    time with its day ("at 6 a.m. on Wednesday")."""
    return expr.kind in ("weekday", "date", "day_ref") or expr.anchor is not None


def resolve_time(expr: TimeExpression, published: date, tz: str,
                 previous: TimeSpan | None = None) -> TimeSpan | None:
    """The span `expr` denotes in zone `tz` for an article published on `published`.

    `previous` is the most recent resolved event time of the article: the base of "an hour
    later", "again", "earlier in the day", and the day of a bare clock time. None when the
    expression cannot be resolved.
    """
    try:
        zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        logger.warning("unknown time zone %r", tz)
        return None
    try:
        span = _resolve(expr, published, zone, previous)
    except (ValueError, OverflowError) as exc:  # "February 30", year out of range
        logger.debug("cannot resolve %r: %s", expr.text, exc)
        return None
    return None if span is None else replace(span, text=expr.text, start_offset=expr.start, end_offset=expr.end)


def _resolve(e: TimeExpression, d: date, zone: ZoneInfo, prev: TimeSpan | None) -> TimeSpan | None:
    if e.kind == "clock":
        return _resolve_clock(e, d, zone, prev)
    if e.kind == "relative" and e.part is None:
        return _resolve_shift(e, d, zone, prev)
    if e.kind == "overnight":
        p = _prev_day(prev, zone)
        end = p + timedelta(days=1) if p is not None and p < d else d
        return TimeSpan(_at(end, -6, zone), _at(end, 6, zone), "day")
    if e.kind == "recent":
        return _resolve_range(e, d, zone)
    if e.kind == "date" and e.ymd is not None and e.ymd[2] is None:
        return _resolve_month(e, d, zone)
    day = _named_day(e, d, zone, prev)
    lo, hi = _hours(e.part, e.mod)
    start, end = _at(day, lo, zone), _at(day, hi, zone)
    if prev is not None and e.mod in ("earlier", "later"):
        if e.mod == "later" and start < prev.end < end:
            start = prev.end.astimezone(zone)
        elif e.mod == "earlier" and start < prev.start < end:
            end = prev.start.astimezone(zone)
    return TimeSpan(start, end, "day")


def _resolve_clock(e: TimeExpression, d: date, zone: ZoneInfo, prev: TimeSpan | None) -> TimeSpan:
    anchor = _resolve(e.anchor, d, zone, prev) if e.anchor is not None else None
    aside_day = _aside_day(e, d, zone) if anchor is None else None
    day = anchor.start.date() if anchor is not None else aside_day or _prev_day(prev, zone) or d
    if anchor is not None and anchor.start.astimezone(zone).hour >= 12 and (e.hour or 0) < 12 \
            and anchor.start <= datetime.combine(anchor.end.astimezone(zone).date(), time(e.hour or 0, e.minute),
                                                 zone) < anchor.end:
        day = anchor.end.astimezone(zone).date()  # "on the night of 25-26 August, at approximately 03:15": the
        # morning that ends that night
    src: tzinfo = zone if e.zone in (None, "local") else _zone_of(e.zone or "")
    wall = time(e.hour or 0, e.minute)
    if e.mod == "before" and e.hour == 0 and e.minute == 0:
        day += timedelta(days=1)  # "shortly before midnight" ends the day, it does not begin it
    elif (e.hour or 0) < 6 and anchor is None and aside_day is None and prev is not None and prev.precision in _FINE \
            and _at(prev.start.date(), (6 if not e.minute else 12) if not e.hour else 18, zone) \
            <= prev.start.astimezone(zone) and day < d:
        day += timedelta(days=1)  # "Late on Saturday ... Shortly after midnight", "... at 02:30": the night that
        # follows (midnight follows a morning too: "About two hours later, ... which took effect at midnight")
    elif e.mod in ("after", None) and e.hour == 0 and e.minute == 0 and anchor is None and prev is not None \
            and prev.precision == "day" \
            and prev.end - prev.start >= timedelta(days=1) and day < d:
        day += timedelta(days=1)  # "Earlier Friday, ... Shortly after midnight, a group smashed windows": the
        # midnight that ends the day told (not one after the day the story was published); so does "declared a
        # state of exception, which took effect at midnight"
    t = datetime.combine(day, wall, src).astimezone(zone)
    if t.date() != day:  # "23:00 GMT" is the previous UTC day for a place east of Greenwich
        t = datetime.combine(day + (day - t.date()), wall, src).astimezone(zone)
    if anchor is None and prev is not None and e.text.lower().startswith("by ") and t < prev.start:
        t = _add(t, timedelta(days=1))  # "overnight ... by midday": a deadline after what came before
    elif anchor is None and e.aside is None and prev is not None and prev.precision == "day" \
            and prev.end - prev.start < timedelta(days=1) and prev.start.astimezone(zone).hour >= 12 \
            and prev.end.astimezone(zone).date() > prev.start.astimezone(zone).date():  # a night ("Sunday night",
        # "between Sunday night and the early hours of Monday"): the clock time nearest to it ("shortly before
        # midnight" is Sunday's, "at 2 a.m." Monday's; not "the early hours of Sunday ... At 9 p.m.")
        def off(x: datetime) -> timedelta:
            return max(prev.start - x, x - prev.end, timedelta(0))
        near = min((_add(t, timedelta(days=k)) for k in (-1, 0, 1)), key=off)
        if off(near) + timedelta(hours=6) < off(t):
            t = near
    if e.mod == "after":
        return _span(t, "hour", zone)
    if e.mod == "before":  # "shortly before 11 p.m.": within the half hour before
        return TimeSpan(_add(t, timedelta(minutes=-30)), t, "hour")
    return _span(t, "minute", zone)


def _aside_day(e: TimeExpression, d: date, zone: ZoneInfo) -> date | None:
    """The local day of "8 p.m. (0400 GMT Sunday)": the day the restatement's instant falls on
    in ``zone``. Its day is one of the week up to D + 1 (the other zone's day may be ahead)."""
    aside = e.aside
    if aside is None or aside.anchor is None or aside.zone is None:
        return None
    anchor = _resolve(aside.anchor, d + timedelta(days=1), zone, None)
    if anchor is None:
        return None
    instant = datetime.combine(anchor.start.date(), time(aside.hour or 0, aside.minute), _zone_of(aside.zone))
    local = instant.astimezone(zone)
    return local.date() if local.date() <= d and (local.hour, local.minute) == (e.hour or 0, e.minute) else None


def _resolve_shift(e: TimeExpression, d: date, zone: ZoneInfo, prev: TimeSpan | None) -> TimeSpan | None:
    """"an hour later", "hours later", "a few days later", "two months ago"."""
    precision = e.precision
    if e.unit in ("minute", "hour"):
        if e.ref == "ago":
            return _span(d, "day", zone)  # only the publication date is known
        if prev is None or prev.precision not in ("minute", "hour"):
            day = _prev_day(prev, zone)  # an hour after "on Wednesday": still that day
            if prev is not None and e.shift > 0 and timedelta(hours=6) <= prev.end - prev.start <= timedelta(hours=14) \
                    and prev.start.astimezone(zone).hour >= 17:  # "Overnight, a bomb exploded ... Hours later,
                day = (prev.end - timedelta(minutes=1)).astimezone(zone).date()  # officers raiding a house": the
                # morning the night ended in
            return None if day is None else _span(day, "day", zone)
        step = timedelta(minutes=e.shift) if e.unit == "minute" else timedelta(hours=e.shift)
        return _span(_add(prev.start.astimezone(zone), step), precision, zone)
    base = d if e.ref == "ago" else _prev_day(prev, zone) or d
    if precision != "day" and e.unit in ("day", "week"):  # vague: "days later", "weeks ago"
        length = timedelta(days=7 if e.unit == "day" else 35)
        first = base + timedelta(days=1) if e.shift > 0 else base - length
        return TimeSpan(_at(first, 0, zone), _at(first + length, 0, zone), precision)
    if e.unit == "month":
        months = base.year * 12 + base.month - 1 + round(e.shift)
        return _span(date(months // 12, months % 12 + 1, 1), "month", zone)
    return _span(base + timedelta(days=round(e.shift * (7 if e.unit == "week" else 1))), precision, zone)


def _resolve_range(e: TimeExpression, d: date, zone: ZoneInfo) -> TimeSpan:
    """"in recent days", "since Tuesday", "last week": a span of whole local days."""
    end = d + timedelta(days=1)
    monday = d - timedelta(days=d.weekday())
    if e.ref == "since":
        month_only = e.ymd is not None and e.ymd[2] is None
        start = _month_start(e, d) if month_only else _named_day(e, d, zone, None)
    elif e.ref == "this_week":
        start = monday
    elif e.ref == "last_week":
        start, end = monday - timedelta(days=7), monday
    elif e.ref == "weekend":
        start = d - timedelta(days=(d.weekday() - 5) % 7)
        if d.weekday() >= 5:  # "last weekend" said at a weekend: the one before
            start -= timedelta(days=int(e.shift))
        end = start + timedelta(days=2)
    elif e.ref == "this_month":
        start = d.replace(day=1)
    elif e.ref == "last_month":
        end = d.replace(day=1)
        start = (end - timedelta(days=1)).replace(day=1)
    else:  # recent, past_n
        start = d - timedelta(days=int(e.shift))
    days = (end - start).days
    precision: TimePrecision = "day" if days <= 2 else "week" if days <= 15 else "month"
    return TimeSpan(_at(start, 0, zone), _at(end, 0, zone), precision, vague=e.ref in ("this_week", "last_week"))


def _resolve_month(e: TimeExpression, d: date, zone: ZoneInfo) -> TimeSpan:
    """"in January", "mid-March", "early May 2021"."""
    first = _month_start(e, d)
    after = (first + timedelta(days=32)).replace(day=1)
    bounds = {"early": (first, first.replace(day=11)), "mid": (first.replace(day=11), first.replace(day=21)),
              "late": (first.replace(day=21), after)}
    if e.mod in bounds:
        start, end = bounds[e.mod]
        return TimeSpan(_at(start, 0, zone), _at(end, 0, zone), "week")
    return TimeSpan(_at(first, 0, zone), _at(after, 0, zone), "month")


def _month_start(e: TimeExpression, d: date) -> date:
    year, month, _ = e.ymd or (None, d.month, None)
    first = date(year or d.year, month or d.month, 1)
    return first.replace(year=first.year - 1) if year is None and first > d else first


def _named_day(e: TimeExpression, d: date, zone: ZoneInfo, prev: TimeSpan | None) -> date:
    """The calendar day a weekday, date, day reference or day offset names."""
    if e.weekday is not None:
        if e.ref == "next":
            return d + timedelta(days=(e.weekday - d.weekday()) % 7 or 7)
        back = (d.weekday() - e.weekday) % 7
        return d - timedelta(days=7 if e.ref == "last" and back == 0 else back) + timedelta(days=int(e.shift))
    if e.ymd is not None and e.ymd[1] is None:  # "the 2nd": this month's, else last month's
        day, first = e.ymd[2] or 1, d.replace(day=1)
        if day > d.day:
            first = (first - timedelta(days=1)).replace(day=1)
        while day > calendar.monthrange(first.year, first.month)[1]:  # "the 31st" in March: of January
            first = (first - timedelta(days=1)).replace(day=1)
        return first.replace(day=day)
    if e.ymd is not None:
        year, month, day_of_month = e.ymd
        named = date(year or d.year, month or d.month, day_of_month or 1)
        if year is None and named > d + timedelta(days=30):
            named = named.replace(year=named.year - 1)
        return named
    base = (_prev_day(prev, zone) or d) if e.ref == "prev" else d
    return base + timedelta(days=int(e.shift))


def _hours(part: str | None, mod: str | None) -> tuple[int, int]:
    """Local hour window (hours after the day's midnight, may pass 24) for a part of day."""
    if part is None:
        return {"early": (0, 12), "late": (18, 24)}.get(mod or "", (0, 24))
    lo, hi = _PARTS.get(part, (0, 24))
    if mod == "late" and part == "night":
        return 22, 30
    mid = (lo + hi) // 2
    return {"early": (lo, mid), "late": (mid, hi)}.get(mod or "", (lo, hi))


def _prev_day(prev: TimeSpan | None, zone: ZoneInfo) -> date | None:
    """The local day of a day-precise (or finer) previous span."""
    if prev is None or prev.precision not in _FINE:
        return None
    return prev.start.astimezone(zone).date()


def _at(day: date, hours: int, zone: ZoneInfo) -> datetime:
    """Local wall-clock time `hours` after the midnight starting `day` (may be negative or pass 24)."""
    return datetime.combine(day + timedelta(days=hours // 24), time(hours % 24), zone)


def _add(t: datetime, delta: timedelta) -> datetime:
    """Absolute-time addition (correct across DST changes), kept in t's zone."""
    return (t.astimezone(UTC) + delta).astimezone(t.tzinfo)


def _span(t: datetime | date, precision: TimePrecision, zone: ZoneInfo) -> TimeSpan:
    """A span of the given precision at `t`: a minute or hour from t, else t's day or month."""
    if isinstance(t, datetime):
        if precision in ("minute", "hour"):
            return TimeSpan(t, _add(t, timedelta(minutes=1 if precision == "minute" else 60)), precision)
        t = t.date()
    if precision == "month":
        first = t.replace(day=1)
        return TimeSpan(_at(first, 0, zone), _at((first + timedelta(days=32)).replace(day=1), 0, zone), "month")
    return TimeSpan(_at(t, 0, zone), _at(t, 24, zone), "day")


def _zone_of(name: str) -> tzinfo:
    """A zone from an IANA name or a fixed "+05:30" offset."""
    if name[0] in "+-":
        sign = -1 if name[0] == "-" else 1
        return timezone(sign * timedelta(hours=int(name[1:3]), minutes=int(name[4:6])))
    return ZoneInfo(name)
