"""Fusion: the same event reported by several articles becomes one event with all its sources.

Every row of the incident table stays (one per incident per article, so that re-ingesting an
article replaces exactly its rows); fusion adds four columns:

* ``event_id``: shared by the rows that report one event (the ``incident_id`` of its primary row);
* ``primary``: True on the one row per event that the map and the table show (the most precise
  place, then the most precise time, then a reported death toll, then the first article);
* ``sources``: how many articles report the event;
* ``article_ids``: their ``article_id``\\s, sorted, joined with ``"; "``.

Two rows can be one event when they come from different articles, have the same
``event_type`` and country, their times fit (their spans overlap; two clock times at most
:data:`CLOCK_HOURS` apart) and their places fit (within the reach of the coarser of the two
precisions, :data:`REACH_KM`; two country-level rows when they name the same country). Rows
join events greedily, the most precise first, each joining the nearest event whose every row
it fits and that has no row of its article yet, so an event never counts one article twice. Rows without an
``article_path`` (imported datasets such as ACLED, whose rows are events already) are never
fused.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pandas as pd

from mapping.gazetteer.landmarks import haversine_km
from mapping.types import GEO_PRECISIONS, TIME_PRECISIONS

FUSION_COLUMNS: tuple[str, ...] = ("event_id", "primary", "sources", "article_ids")

# How far apart two reports of one event may be placed, by the coarser precision of the two (km).
REACH_KM: dict[str, float] = {"landmark": 3.0, "city": 30.0, "region": 250.0, "country": float("inf")}
# Two clock times (minute or hour precision) further apart than this are two events.
CLOCK_HOURS = 3.0
_CLOCK = {"minute", "hour"}
_GEO_RANK = {p: i for i, p in enumerate(GEO_PRECISIONS)}
_TIME_RANK = {p: i for i, p in enumerate(TIME_PRECISIONS)}
_INSTANT = np.timedelta64(1, "m")  # the span given to a row whose end is its start
_REACH = [REACH_KM[p] for p in GEO_PRECISIONS] + [0.0]  # by precision rank; unknown precision: none


def singletons(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every row its own event (the values of unfused rows)."""
    out = frame.copy()
    out["event_id"] = out["incident_id"].astype(str)
    out["primary"] = True
    out["sources"] = 1
    out["article_ids"] = out["article_id"].astype(str)
    return out


def fuse(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the fusion columns set afresh from its rows (see the module's docstring).

    Idempotent, and independent of the order of the rows.
    """
    out = singletons(frame)
    fusable = out["article_path"].astype(str).to_numpy() != ""
    if fusable.sum() < 2 or out.loc[fusable, "article_id"].nunique() < 2:
        return out
    if not fusable.all():  # imported rows (no article) stay as they are; only the others are compared
        part = fuse(out.loc[fusable])
        for col in FUSION_COLUMNS:
            out.loc[fusable, col] = part[col].to_numpy()
        return out
    rows = _Rows(out)
    members: list[list[int]] = []  # event -> row positions, primary first
    by_key: dict[tuple[str, str, int], list[int]] = defaultdict(list)  # (type, country, day) -> events
    for pos in _priority(out):
        key = (rows.type[pos], rows.country[pos], rows.day[pos])
        near = [] if not rows.path[pos] else [
            e for d in (key[2] - 1, key[2], key[2] + 1) for e in by_key.get((key[0], key[1], d), ())]
        best = _best_event(rows, pos, near, members)
        if best is None:
            members.append([pos])
            if rows.path[pos]:
                by_key[key].append(len(members) - 1)
        else:
            members[best].append(pos)
    return _label(out, members)


class _Rows:
    """The columns fusion compares, as plain arrays (fast to index one value at a time)."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.type = frame["event_type"].astype(str).to_numpy()
        self.country = frame["country"].astype(str).to_numpy()
        self.article = frame["article_id"].astype(str).to_numpy()
        self.path = frame["article_path"].astype(str).to_numpy()
        self.lat = frame["latitude"].to_numpy(dtype=float)
        self.lon = frame["longitude"].to_numpy(dtype=float)
        self.geo = frame["geo_precision"].map(_GEO_RANK).fillna(len(_GEO_RANK)).astype(int).to_numpy()
        self.clock = frame["time_precision"].isin(list(_CLOCK)).to_numpy()
        start = frame["start_utc"].to_numpy(dtype="datetime64[ns]")
        end = frame["end_utc"].to_numpy(dtype="datetime64[ns]")
        self.start = start
        self.end = np.maximum(end, start + np.timedelta64(_INSTANT))
        self.day = (start.astype("datetime64[D]") - np.datetime64(0, "D")).astype(int)


def _priority(frame: pd.DataFrame) -> list[int]:
    """Row positions, the best candidate for a primary row first."""
    keys = pd.DataFrame({
        "geo": frame["geo_precision"].map(_GEO_RANK).fillna(len(_GEO_RANK)).to_numpy(),
        "time": frame["time_precision"].map(_TIME_RANK).fillna(len(_TIME_RANK)).to_numpy(),
        "toll": frame["fatalities"].isna().to_numpy(),
        "article": frame["article_id"].astype(str).to_numpy(),
        "incident": frame["incident_id"].astype(str).to_numpy(),
    })
    return keys.sort_values(list(keys.columns), kind="stable").index.tolist()


def _best_event(rows: _Rows, pos: int, events: list[int], members: list[list[int]]) -> int | None:
    """The nearest of ``events`` (by its primary row) whose every row ``pos`` fits in time and
    place, and that has no row of ``pos``'s article yet."""
    best: tuple[float, int] | None = None
    for e in events:
        if any(rows.article[m] == rows.article[pos] or not _time_fit(rows, pos, m) for m in members[e]):
            continue
        kms = [haversine_km(rows.lat[pos], rows.lon[pos], rows.lat[m], rows.lon[m]) for m in members[e]]
        if all(km <= _REACH[max(rows.geo[pos], rows.geo[m])] for km, m in zip(kms, members[e], strict=True)) \
                and (best is None or kms[0] < best[0]):
            best = (kms[0], e)
    return None if best is None else best[1]


def _time_fit(rows: _Rows, a: int, b: int) -> bool:
    """True when two rows' times can be one event's."""
    if rows.clock[a] and rows.clock[b]:
        return bool(abs(rows.start[a] - rows.start[b]) <= np.timedelta64(int(CLOCK_HOURS * 3600), "s"))
    return bool(rows.start[a] < rows.end[b] and rows.start[b] < rows.end[a])


def _label(frame: pd.DataFrame, members: list[list[int]]) -> pd.DataFrame:
    """Write the fusion columns for ``members`` (event -> row positions, primary first)."""
    n = len(frame)
    event_id, primary = np.empty(n, dtype=object), np.zeros(n, dtype=bool)
    sources, article_ids = np.ones(n, dtype="int64"), np.empty(n, dtype=object)
    ids, articles = frame["incident_id"].astype(str).to_numpy(), frame["article_id"].astype(str).to_numpy()
    for rows in members:
        names = sorted({articles[r] for r in rows})
        for r in rows:
            event_id[r], sources[r], article_ids[r] = ids[rows[0]], len(names), "; ".join(names)
        primary[rows[0]] = True
    frame["event_id"], frame["primary"] = event_id, primary
    frame["sources"], frame["article_ids"] = sources, article_ids
    return frame


def events(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per event of ``frame`` (its primary row, or its first row when the primary is
    not in ``frame``), with ``reports``: the other rows' "title — source", one per line."""
    if "event_id" not in frame.columns:
        frame = singletons(frame)
    ranked = frame.sort_values("primary", ascending=False, kind="stable")
    shown = ranked.drop_duplicates("event_id")
    label = frame["title"].astype(str).where(frame["source"].astype(str) == "",
                                             frame["title"].astype(str) + " \u2014 " + frame["source"].astype(str))
    others = frame.loc[~frame.index.isin(shown.index), ["event_id"]].assign(label=label)
    reports = others.drop_duplicates().groupby("event_id")["label"].agg("\n".join).to_dict()
    out = shown.copy()
    out["reports"] = [reports.get(e, "") for e in out["event_id"]]
    return out.loc[frame.index[frame.index.isin(out.index)]]
