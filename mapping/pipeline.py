"""The whole flow for a batch of files: articles -> places -> incidents -> GeoDataFrame."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import geopandas as gpd

from mapping._errors import EventMapError
from mapping.articles import read_article
from mapping.events import extract_incidents
from mapping.fusion import fuse
from mapping.gazetteer.geonames import WorldGazetteer
from mapping.gazetteer.landmarks import LandmarkGazetteer
from mapping.gazetteer.online import GeocoderChain, nominatim
from mapping.places import Geoparser, parse_article
from mapping.settings import Settings
from mapping.store import incidents_to_frame
from mapping.types import Article, Incident

logger = logging.getLogger(__name__)


def make_geoparser(settings: Settings) -> Geoparser:
    """The offline gazetteers (and, when ``settings.online``, Nominatim after them)."""
    paths = [settings.landmarks_path] + ([settings.extra_landmarks_csv] if settings.extra_landmarks_csv else [])
    online = nominatim(settings) if settings.online else None
    return Geoparser(WorldGazetteer(settings.cache_dir), LandmarkGazetteer(paths), online=online)


def make_geocoder_chain(settings: Settings) -> GeocoderChain:
    """The geopy-shaped chain for place names: world gazetteer, landmark CSVs, then (when
    ``settings.online``) Nominatim."""
    parser = make_geoparser(settings)
    return GeocoderChain([parser.world, parser.landmarks, *([parser.online] if parser.online else [])])


def article_incidents(parser: Geoparser, article: Article) -> list[Incident]:
    """The incidents of one article."""
    return extract_incidents(article, parse_article(parser, article))


@dataclass
class IngestResult:
    """What an ingest produced: the incidents, the (article_id, path) of every article read,
    and one message per file that failed."""

    incidents: gpd.GeoDataFrame
    articles: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)


def ingest(paths: Iterable[Path], parser: Geoparser,
           progress: Callable[[Iterable[Path]], Iterable[Path]] = lambda x: x) -> IngestResult:
    """Read every article file in ``paths``; a bad file is reported and skipped, and a file
    whose text was already read in this batch is skipped as a duplicate. Incidents that
    several articles report are fused (:func:`mapping.fusion.fuse`)."""
    incidents: list[Incident] = []
    result = IngestResult(incidents_to_frame([]))
    seen: dict[str, str] = {}
    for path in progress(list(paths)):
        try:
            article = read_article(path)
            if article.article_id in seen:
                result.duplicates.append(f"{path}: the same text as {seen[article.article_id]}")
                continue
            seen[article.article_id] = str(path)
            article = replace(article, path=str(Path(path).resolve()))
            incidents.extend(article_incidents(parser, article))
            result.articles.append((article.article_id, article.path))
        except EventMapError as e:
            result.errors.append(str(e))
            logger.warning("%s", e)
        except Exception as e:  # a bug of ours must not cost the rest of the batch
            logger.debug("internal error on %s", path, exc_info=True)
            result.errors.append(f"{path}: internal error ({type(e).__name__}: {e}); please report it")
    result.incidents = fuse(incidents_to_frame(incidents))
    return result
