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
