"""The whole flow for a batch of files: articles -> places -> incidents -> GeoDataFrame."""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

import geopandas as gpd

from mapping._errors import ArticleError, EventMapError
from mapping.articles import read_article
from mapping.events import extract_incidents
from mapping.fusion import fuse
from mapping.gazetteer.geonames import WorldGazetteer
from mapping.gazetteer.landmarks import LandmarkGazetteer
from mapping.gazetteer.online import GeocoderChain, nominatim
from mapping.places import GeoContext, Geoparser, parse_article
from mapping.settings import Settings
from mapping.store import incidents_to_frame
from mapping.types import Article, Incident

logger = logging.getLogger(__name__)

CHUNK_CHARS = 40_000
"""Longer texts are read in pieces of about this many characters, cut between paragraphs (else
lines, else sentences): the stages are fast on an article but slow down more than linearly on a
20 MB dump. Nothing but the places and times of the story told before a cut is lost at it."""
_EARLIEST, _LATEST = datetime(1678, 1, 1).date(), datetime(2262, 1, 1).date()  # what the incident table can hold
_CUT = (re.compile(r"\n[ \t]*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'”’)\]]*\s"))


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


def text_chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of ``text`` of at most about ``size`` characters, cut after a
    blank line where there is one in the second half of a piece, else after a line break, else after a
    sentence, else anywhere."""
    start = 0
    while len(text) - start > size:
        end = start + size
        for cut in _CUT:
            last = None
            for m in cut.finditer(text, start + size // 2, end):
                last = m
            if last is not None:
                end = last.end()
                break
        yield start, end
        start = end
    yield start, len(text)


def _pieces(article: Article) -> Iterator[tuple[int, Article]]:
    """The article itself, or for a long one each piece as an article of its own with its offset."""
    if len(article.text) <= CHUNK_CHARS:
        yield 0, article
        return
    for start, end in text_chunks(article.text, CHUNK_CHARS):
        yield start, replace(article, text=article.text[start:end], body_start=max(article.body_start - start, 0),
                             dateline_place=article.dateline_place if start == 0 else None)


def article_context(parser: Geoparser, article: Article) -> GeoContext:
    """The resolved place mentions of an article (long ones geoparsed piece by piece), offsets into its text."""
    contexts = [(start, parse_article(parser, piece)) for start, piece in _pieces(article)]
    if len(contexts) == 1:
        return contexts[0][1]
    first = contexts[0][1]
    mentions = tuple(replace(r, mention=replace(r.mention, start=r.mention.start + start, end=r.mention.end + start))
                     for start, ctx in contexts for r in ctx.mentions)
    return replace(first, mentions=mentions)


def article_incidents(parser: Geoparser, article: Article) -> list[Incident]:
    """The incidents of one article (a long one read piece by piece, offsets into the whole text)."""
    found: list[Incident] = []
    for start, piece in _pieces(article):
        incidents = extract_incidents(piece, parse_article(parser, piece))
        if piece is not article:
            incidents = [_shifted(i, start) for i in incidents]
        found += incidents
    for incident in found:
        for t in (incident.time.start, incident.time.end):
            if not _EARLIEST <= t.date() < _LATEST:
                raise ArticleError(f"{article.path}: an incident dated {t.date()} is outside the years "
                                   f"{_EARLIEST.year}-{_LATEST.year - 1}; check the article's date")
    return found


def _shifted(incident: Incident, offset: int) -> Incident:
    """An incident of a piece of a text, its offsets moved into the whole text (and its id kept unique)."""
    span = incident.time
    if span.start_offset >= 0:
        span = replace(span, start_offset=span.start_offset + offset, end_offset=span.end_offset + offset)
    new_id = hashlib.sha256(f"{incident.incident_id}:{offset}".encode()).hexdigest()[:16]
    return replace(incident, incident_id=new_id, time=span, sentence_start=incident.sentence_start + offset,
                   sentence_end=incident.sentence_end + offset)


def printable_path(path: str | os.PathLike[str]) -> str:
    """``path`` as text that can be stored and printed: bytes that are not UTF-8 become U+FFFD."""
    return os.fsencode(path).decode("utf-8", errors="replace")


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
                result.duplicates.append(printable_path(f"{path}: the same text as {seen[article.article_id]}"))
                continue
            seen[article.article_id] = str(path)
            article = replace(article, path=printable_path(Path(path).resolve()))
            incidents.extend(article_incidents(parser, article))
            result.articles.append((article.article_id, article.path))
        except EventMapError as e:  # the caller reports these (the CLI: one line per file)
            result.errors.append(printable_path(str(e)))
            logger.info("%s", e)
        except Exception as e:  # a bug of ours must not cost the rest of the batch
            logger.debug("internal error on %s", path, exc_info=True)
            result.errors.append(printable_path(f"{path}: internal error ({type(e).__name__}: {e}); please report it"))
    result.incidents = fuse(incidents_to_frame(incidents))
    return result
