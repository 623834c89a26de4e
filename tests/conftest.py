"""Shared fixtures: settings that point at temporary folders, and one geoparser per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapping.settings import PROJECT_ROOT, Settings

SEED = PROJECT_ROOT / "seeds" / "000_35014377517f6724.txt"
GOLD = Path(__file__).parent / "data" / "seed_gold.json"  # a copy of ../shared/eval/seed_gold.json

LANDMARKS_CSV = """name,aliases,kind,city,country,lat,lon,source
Independence Square,Independence Square;Maidan;main square,square,Kyiv,UA,50.4501,30.5234,test row
Kyiv city hall,city hall;mayor's office,city_hall,Kyiv,UA,50.4474,30.5226,test row
Plaza de Mayo,Plaza de Mayo;main square,square,Buenos Aires,AR,-34.6083,-58.3722,test row
Casa Rosada,Casa Rosada;presidential palace,presidential_residence,Buenos Aires,AR,-34.6081,-58.3703,test row
"""


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One gazetteer cache for the whole test session (built once, a few seconds)."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session")
def settings(cache_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Offline settings with a small landmark CSV written by the tests."""
    data = tmp_path_factory.mktemp("data")
    (data / "landmarks.csv").write_text(LANDMARKS_CSV, encoding="utf-8")
    return Settings(data_dir=data, cache_dir=cache_dir, online=False)


@pytest.fixture(scope="session")
def project_settings(cache_dir: Path) -> Settings:
    """Offline settings with the project's own landmark CSV (data/landmarks.csv)."""
    return Settings(cache_dir=cache_dir, online=False)


@pytest.fixture(scope="session")
def geoparser(settings: Settings):  # -> Geoparser
    """A geoparser over the test landmark CSV."""
    from mapping.pipeline import make_geoparser

    return make_geoparser(settings)


@pytest.fixture(scope="session")
def project_geoparser(project_settings: Settings):  # -> Geoparser
    """A geoparser over the project's landmark CSV."""
    from mapping.pipeline import make_geoparser

    return make_geoparser(project_settings)


# (name, lat, lon, ISO numeric, ACLED country name): towns in several time zones, two with daylight saving.
ACLED_TOWNS = [("Almaty", 43.2567, 76.9286, "398", "Kazakhstan"), ("Irpin", 50.5218, 30.2506, "804", "Ukraine"),
               ("Maiduguri", 11.8333, 13.15, "566", "Nigeria"), ("New York", 40.7834, -73.9663, "840", "United States"),
               ("Lima", -12.0464, -77.0428, "604", "Peru"), ("Suva", -18.1416, 178.4419, "242", "Fiji")]
ACLED_TYPES = ["Battles", "Protests", "Riots", "Explosions/Remote violence", "Violence against civilians",
               "Strategic developments"]


def acled_like_rows(n: int, seed: int = 3):  # -> pd.DataFrame
    """``n`` rows shaped like an ACLED export (every column a string), spread over ACLED_TOWNS and 2021-2023."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    town = rng.integers(0, len(ACLED_TOWNS), n)
    pick = [np.array([t[k] for t in ACLED_TOWNS])[town] for k in range(5)]
    day = np.datetime64("2021-01-01") + rng.integers(0, 3 * 365, n).astype("timedelta64[D]")
    jitter = rng.uniform(-0.3, 0.3, (2, n)).round(4)
    words = np.array(["police", "protesters", "market", "square", "fired", "crowd", "night", "shelling"])
    return pd.DataFrame({
        "event_id_cnty": pd.Series(pick[3]).str.cat(pd.Series(np.arange(n)).astype(str), sep="-"),
        "event_date": np.datetime_as_string(day, unit="D"),
        "year": (day.astype("datetime64[Y]").astype(int) + 1970).astype(str),
        "time_precision": rng.choice(["1", "2", "3"], n, p=[0.8, 0.15, 0.05]),
        "event_type": np.array(ACLED_TYPES)[rng.integers(0, 6, n)],
        "sub_event_type": "Other",
        "actor1": "Protesters", "assoc_actor_1": "", "actor2": "", "assoc_actor_2": "",
        "iso": pick[3], "country": pick[4], "location": pick[0],
        "latitude": (pick[1].astype(float) + jitter[0]).astype(str),
        "longitude": (pick[2].astype(float) + jitter[1]).astype(str),
        "geo_precision": rng.choice(["1", "2", "3"], n, p=[0.7, 0.2, 0.1]),
        "source": "Test", "notes": [" ".join(w) for w in words[rng.integers(0, len(words), (n, 6))].tolist()],
        "fatalities": np.where(rng.random(n) < 0.6, 0, rng.integers(1, 30, n)).astype(str),
    }).astype(str)
