"""Scoring extracted incidents against a gold file shaped like ``shared/eval/seed_gold.json``.

A gold incident is found when an incident lies within its ``km`` of its point, has one of
its ``types``, and falls on its local date: ``start`` (an exact time, also compared within
``minutes``), ``date`` (one day) or ``date_range`` (the incident's local days overlap the
range). ``fatalities_at_least`` must hold too. Matching is one to one and finds as many
pairs as there can be.
"""

from __future__ import annotations

import itertools
import math
import statistics
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from scipy.optimize import linear_sum_assignment

from mapping.gazetteer.landmarks import haversine_km


@dataclass
class GoldMatch:
    """One gold incident and the incident matched to it (if any)."""

    what: str
    incident_id: str | None
    distance_km: float | None = None
    minutes_off: float | None = None


@dataclass
class GoldReport:
    """How an incident table scores against a gold file."""

    matches: list[GoldMatch] = field(default_factory=list)
    predicted: int = 0
    countries: set[str] = field(default_factory=set)

    @property
    def found(self) -> int:
        """How many gold incidents were found."""
        return sum(m.incident_id is not None for m in self.matches)

    def lines(self) -> list[str]:
        """A readable report, one line per gold incident."""
        out = [f"found {self.found} of {len(self.matches)} gold incidents; {self.predicted} predicted; "
               f"countries {sorted(self.countries)}"]
        for m in self.matches:
            mark = "ok  " if m.incident_id else "MISS"
            extra = f" ({m.distance_km:.2f} km" + (f", {m.minutes_off:.0f} min" if m.minutes_off is not None
                                                    else "") + ")" if m.incident_id else ""
            out.append(f"  {mark} {m.what}{extra}")
        return out


def _local(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _days(row: Any) -> tuple[date, date]:
    start, end = _local(row["start_time"]), _local(row["end_time"])
    last = end.date() if end.time() != datetime.min.time() or end.date() == start.date() else \
        date.fromordinal(end.date().toordinal() - 1)
    return start.date(), max(start.date(), last)


def _fits(row: Any, gold: dict[str, Any], minutes: float) -> float | None:
    """None when ``row`` cannot be ``gold``; else how far off in time it is (minutes)."""
    if row["event_type"] not in gold["types"]:
        return None
    if haversine_km(row["latitude"], row["longitude"], gold["lat"], gold["lon"]) > gold["km"]:
        return None
    if gold.get("fatalities_at_least") is not None:
        f = row["fatalities"]
        if pd.isna(f) or int(f) < gold["fatalities_at_least"]:
            return None
    first, last = _days(row)
    if "start" in gold:
        want = _local(gold["start"])
        off = abs((_local(row["start_time"]) - want).total_seconds()) / 60
        return off if first == want.date() and off <= minutes else None
    if "date" in gold:
        day = date.fromisoformat(gold["date"])
        return 0.0 if first <= day <= last else None
    lo, hi = (date.fromisoformat(d) for d in gold["date_range"])
    return 0.0 if first <= hi and lo <= last else None


def _assign(options: list[list[tuple[float, int]]]) -> dict[int, int]:
    """A one-to-one assignment of golds to rows, as many pairs as there can be (augmenting
    paths); each gold tries its candidates ``(cost, row)`` cheapest first. Gold -> row."""
    owner: dict[int, int] = {}  # row -> gold

    def place(gi: int, seen: set[int]) -> bool:
        for _, k in options[gi]:
            if k in seen:
                continue
            seen.add(k)
            if k not in owner or place(owner[k], seen):
                owner[k] = gi
                return True
        return False

    for gi in range(len(options)):
        place(gi, set())
    return {gi: k for k, gi in owner.items()}


def score(gdf: gpd.GeoDataFrame, gold: dict[str, Any], *, minutes: float = 30) -> GoldReport:
    """Match ``gdf``'s incidents to the gold incidents one to one, as many as possible
    (augmenting paths), each gold incident trying the candidates nearest in time first."""
    report = GoldReport(predicted=len(gdf), countries=set(gdf["country"]))
    rows = [row for _, row in gdf.iterrows()]
    options = [sorted((off, k) for k, row in enumerate(rows) if (off := _fits(row, g, minutes)) is not None)
               for g in gold["incidents"]]
    matched = _assign(options)
    for gi, g in enumerate(gold["incidents"]):
        if gi not in matched:
            report.matches.append(GoldMatch(g["what"], None))
            continue
        row = rows[matched[gi]]
        off = next(o for o, k in options[gi] if k == matched[gi])
        report.matches.append(GoldMatch(g["what"], row["incident_id"],
                                        haversine_km(row["latitude"], row["longitude"], g["lat"], g["lon"]),
                                        off if "start" in g else None))
    return report


def decoy_hits(gdf: gpd.GeoDataFrame, gold: dict[str, Any]) -> list[str]:
    """The decoy mentions of ``gold`` with an incident of ``gdf`` within their km (one entry per such incident):
    places the article names where nothing happened."""
    return [d["mention"] for d in gold.get("decoys", []) for _, row in gdf.iterrows()
            if haversine_km(row["latitude"], row["longitude"], d["lat"], d["lon"]) <= d["km"]]


# --------------------------------------------------------------------------- per-field accuracy

FIELDS: tuple[str, ...] = ("type", "sub_event_type", "date", "time", "place", "fatalities")


@dataclass
class FieldReport:
    """Per-field accuracy over gold incidents aligned leniently with predicted incidents.

    Gold incidents are *aligned* one to one with predicted incidents within a day of their
    date and either near them (three times ``km``, at least 100 km) or of one of their types:
    as many pairs as there can be, and of those the pairs with the fewest wrong fields (then
    the nearest); then each field is judged on its own: ``right[f]`` of ``judged[f]``.
    ``time`` is judged only for golds with a clock time (within ``minutes``), ``fatalities``
    only for golds with ``fatalities_at_least``, ``sub_event_type`` only where gold gives one.
    """

    gold: int = 0
    aligned: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    judged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    wrong: list[str] = field(default_factory=list)

    def add(self, other: FieldReport) -> None:
        """Add another article's counts to this one."""
        self.gold += other.gold
        self.aligned += other.aligned
        for f in FIELDS:
            self.right[f] += other.right[f]
            self.judged[f] += other.judged[f]
        self.wrong.extend(other.wrong)

    def accuracy(self, name: str) -> float:
        """Share of judged aligned golds whose ``name`` field is right (nan when none judged)."""
        return self.right[name] / self.judged[name] if self.judged[name] else float("nan")

    def lines(self) -> list[str]:
        """The figures as readable lines."""
        out = [f"aligned {self.aligned}/{self.gold} gold incidents"]
        out += [f"  {f:<15} {self.accuracy(f):.3f} ({self.right[f]}/{self.judged[f]})" for f in FIELDS]
        return out


def _gold_days(g: dict[str, Any]) -> tuple[date, date]:
    if "start" in g:
        day = _local(g["start"]).date()
        return day, day
    if "date" in g:
        day = date.fromisoformat(g["date"])
        return day, day
    lo, hi = (date.fromisoformat(d) for d in g["date_range"])
    return lo, hi


def _verdicts(row: Any, g: dict[str, Any], minutes: float) -> dict[str, bool | None]:
    """Field -> right (True/False), or None when gold does not judge that field."""
    first, last = _days(row)
    lo, hi = _gold_days(g)
    verdict: dict[str, bool | None] = dict.fromkeys(FIELDS)
    verdict["type"] = row["event_type"] in g["types"]
    if g.get("sub_event_type"):
        verdict["sub_event_type"] = row["sub_event_type"] == g["sub_event_type"]
    verdict["date"] = first <= hi and lo <= last
    if "start" in g:
        off = abs((_local(row["start_time"]) - _local(g["start"])).total_seconds()) / 60
        verdict["time"] = off <= minutes
    verdict["place"] = haversine_km(row["latitude"], row["longitude"], g["lat"], g["lon"]) <= g["km"]
    if g.get("fatalities_at_least") is not None:
        f = row["fatalities"]
        verdict["fatalities"] = not pd.isna(f) and int(f) >= g["fatalities_at_least"]
    return verdict


def _cheapest(options: list[list[tuple[float, int]]], n_rows: int) -> dict[int, int]:
    """The one-to-one assignment of golds to rows with the most pairs and, among those, the
    least total cost (Hungarian method). Gold -> row."""
    if not n_rows or not any(options):
        return {}
    unfit = 1e6  # more than any sum of real costs: pairs are maximised first
    cost = np.full((len(options), n_rows), unfit)
    for gi, fits in enumerate(options):
        for c, k in fits:
            cost[gi, k] = c
    golds, rows = linear_sum_assignment(cost)
    return {int(g): int(k) for g, k in zip(golds, rows, strict=True) if cost[g, k] < unfit}


def field_report(gdf: gpd.GeoDataFrame, gold: dict[str, Any], *, minutes: float = 30) -> FieldReport:
    """Align ``gdf``'s incidents with the gold incidents and judge each field on its own."""
    rows = [row for _, row in gdf.iterrows()]
    options: list[list[tuple[float, int]]] = []
    for g in gold["incidents"]:
        lo, hi = _gold_days(g)
        fits = []
        for k, row in enumerate(rows):
            first, last = _days(row)
            if (first - hi).days > 1 or (lo - last).days > 1:
                continue
            km = haversine_km(row["latitude"], row["longitude"], g["lat"], g["lon"])
            typed = row["event_type"] in g["types"]
            if km > max(3 * g["km"], 100) and not typed:
                continue
            misses = sum(v is False for v in _verdicts(row, g, minutes).values())
            fits.append((misses + min(km / max(g["km"], 1), 10) / 100, k))
        options.append(sorted(fits))
    matched = _cheapest(options, len(rows))
    report = FieldReport(gold=len(gold["incidents"]), aligned=len(matched))
    for gi, k in matched.items():
        g = gold["incidents"][gi]
        for name, ok in _verdicts(rows[k], g, minutes).items():
            if ok is None:
                continue
            report.judged[name] += 1
            report.right[name] += ok
            if not ok:
                report.wrong.append(f"{name}: {g['what']} <- {rows[k]['event_type']}/{rows[k]['sub_event_type']} "
                                    f"{rows[k]['start_time']} {rows[k]['location_name']} f={rows[k]['fatalities']}")
    return report


@dataclass(frozen=True)
class GoldPlace:
    """An annotated place mention: its span and reference point."""

    start: int
    end: int
    latitude: float
    longitude: float
    name: str = ""


@dataclass
class GeoparseReport:
    """Toponym recall, Accuracy@161km, median error and AUC over a corpus."""

    gold: int = 0
    recognised: int = 0
    errors_km: list[float] = field(default_factory=list)
    predicted: int = 0
    seconds: float = 0.0
    articles: int = 0
    misses: list[str] = field(default_factory=list)
    far: list[str] = field(default_factory=list)
    by_precision: dict[str, list[float]] = field(default_factory=dict)  # errors by the answer's precision

    @property
    def recall(self) -> float:
        """Share of gold mentions overlapped by a predicted mention."""
        return self.recognised / self.gold if self.gold else 0.0

    @property
    def accuracy_161(self) -> float:
        """Share of recognised mentions resolved within 161 km of the gold point."""
        return sum(e <= 161 for e in self.errors_km) / len(self.errors_km) if self.errors_km else 0.0

    @property
    def median_km(self) -> float:
        """Median error of the recognised mentions, in km."""
        return statistics.median(self.errors_km) if self.errors_km else float("nan")

    @property
    def auc(self) -> float:
        """Area under the sorted ln(1 + error) / ln(20039) curve (lower is better)."""
        if len(self.errors_km) < 2:
            return float("nan")
        ys = [math.log1p(e) / math.log(20039) for e in sorted(self.errors_km)]
        return sum((a + b) / 2 for a, b in itertools.pairwise(ys)) / (len(ys) - 1)

    def lines(self) -> list[str]:
        """The figures as readable lines."""
        rate = self.articles / self.seconds if self.seconds else float("nan")
        return [f"articles {self.articles}, gold mentions {self.gold}, predicted {self.predicted}",
                f"toponym recall {self.recall:.3f} ({self.recognised}/{self.gold})",
                f"Accuracy@161km {self.accuracy_161:.3f}",
                f"median error {self.median_km:.1f} km",
                f"AUC {self.auc:.3f}",
                f"speed {rate:.1f} articles/s ({self.seconds:.2f} s)",
                "Accuracy@161km by the answer's precision: " + ", ".join(
                    f"{k} {sum(e <= 161 for e in v) / len(v):.3f} ({len(v)})"
                    for k, v in sorted(self.by_precision.items()))]


def score_geoparse(report: GeoparseReport, text: str, gold: list[GoldPlace],
                   predicted: list[dict[str, Any]]) -> None:
    """Add one article's predictions (``eventmap geoparse --json`` places) to ``report``."""
    report.gold += len(gold)
    report.predicted += len(predicted)
    report.articles += 1
    for g in gold:
        hits = [p for p in predicted if p["start"] < g.end and g.start < p["end"]]
        if not hits:
            report.misses.append(text[g.start:g.end])
            continue
        report.recognised += 1
        best = min(hits, key=lambda p: abs(p["start"] - g.start) + abs(p["end"] - g.end))
        err = haversine_km(best["latitude"], best["longitude"], g.latitude, g.longitude)
        report.errors_km.append(err)
        report.by_precision.setdefault(str(best.get("precision", "")), []).append(err)
        if err > 161:
            report.far.append(f"{text[g.start:g.end]} -> {best['name']} ({best['country']}) {err:.0f} km")
