"""Sentence and clause boundaries, as character offsets into the text."""

from __future__ import annotations

import functools
import re

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen",
    "rep", "st", "mt", "ft", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "u.s", "u.k",
    "u.n", "e.g", "i.e", "approx", "est", "dept", "univ", "jr", "sr",
}
# a single line break ends a sentence unless the next line goes on in lower case (hard wrapping)
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n\s*\n|\n(?![ \t]*[a-z(])")
_ZONE_WORDS = {"GMT", "UTC", "EST", "EDT", "CST", "CDT", "PST", "PDT", "CET", "CEST", "EET", "EEST", "BST", "IST",
               "MSK", "ET", "PT", "CT", "Z",
               # nor does AP style: "at 10:40 p.m. Thursday (0440 GMT Friday)"
               "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_LIST_ITEM = re.compile(r"(?:[\w'’\-]+ ){1,3}(?:and|or) ")
_ACRONYM = re.compile(r"(?-i:[A-Z][A-Za-z]*[A-Z]s?)\)(?= [a-z])")  # "(FDS) on", "(UPDF) said" (not a dateline's
# "(AP) —")
_CLAUSE = re.compile(r",\s|;\s|\s[–—-]\s|\s\(|\)\s?|:\s")
# "in the regional capital, Khorog, hours later": the name of the place just told belongs to its clause
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:the|its|their|a)\s+(?:[\w'’-]+\s+){0,2}?(?:capital|city|town|port|village|"
                                r"district|province|region|state|island|provincial seat|district seat)$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}(?=,\s|[.;]|\s*$)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; line breaks end sentences, abbreviations do not."""
    return list(_sentences(text))


@functools.lru_cache(maxsize=16)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`split_sentences`, remembered for the last few texts (the geoparser and the event
    extraction both split each article)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group().startswith(".") and m.group() == ".":
            word = re.search(r"([\w.]+)$", text[max(start, m.start() - 24):m.start()])
            w = word.group(1).lower() if word else ""
            if w in ("a.m", "p.m"):  # "at 6 a.m. Thousands gathered" ends; "6 a.m. local time" does not
                nxt = re.match(r"\s+([A-Z]\w*)", text[m.end():m.end() + 12])
                if not nxt or nxt.group(1) in _ZONE_WORDS:
                    continue
            elif word and (w in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", word.group(1))):
                continue
            elif word and re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word.group(1)) \
                    and not re.match(r"\s+[A-Z\"“]", text[m.end():m.end() + 3]):
                continue  # "SURREY, B.C. — The police ...": an initialism, not a sentence's end ("... in the U.S.
                # Police said" ends one)
        end = m.end() if not m.group().startswith("\n") else m.start()
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return tuple(spans)


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the comma-, semicolon-, dash- and bracket-separated parts of a sentence."""
    spans: list[tuple[int, int]] = []
    pos = start
    acronym_end = -1
    for m in _CLAUSE.finditer(text, start, end):
        if m.start() < acronym_end:
            continue
        if m.group() == " (" and (acronym := _ACRONYM.match(text, m.end(), end)):
            acronym_end = acronym.end()  # "a unit of the Defence and Security Forces (FDS) on a mission was
            continue  # attacked": a name's short form, not a clause of its own
        if m.group() == ", " and _LIST_ITEM.match(text, m.end(), end):
            continue  # "water cannon, tear gas and rubber bullets": a list, not a new clause
        if m.group() == ", " and _NAME_AFTER.match(text, m.end(), end) \
                and _PLACE_NOUN_BEFORE.search(text, max(pos, m.start() - 60), m.start()):
            continue  # "a protest in the regional capital, Khorog": the place's name, not a new clause
        _add(text, pos, m.start(), spans)
        pos = m.end()
    _add(text, pos, end, spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
