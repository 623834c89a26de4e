"""The whole flow for a batch of files: articles -> places -> incidents -> GeoDataFrame."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import hashlib
import logging
import multiprocessing
import os
import re
import signal
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

import geopandas as gpd
import pandas as pd

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
    one message per file that failed, one per duplicate skipped, and how many articles were
    skipped because the store already holds them unchanged."""

    incidents: gpd.GeoDataFrame
    articles: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    unchanged: int = 0


@dataclass(frozen=True)
class FileOutcome:
    """What became of one input file: read (``article_id`` and resolved ``article_path``),
    failed (``error``), or skipped because the store holds its text (``stored_path``)."""

    index: int
    path: str
    article_id: str = ""
    article_path: str = ""
    error: str = ""
    stored_path: str = ""


@dataclass
class ChunkResult:
    """The outcome of a chunk of files and the incidents of the articles read, with a ``_file``
    column holding each row's file index."""

    outcomes: list[FileOutcome]
    incidents: gpd.GeoDataFrame


_FILE = "_file"
_PR_SET_PDEATHSIG = 1
# What a worker process needs; set before the pool forks, so the workers share it copy-on-write.
_WORKER_STATE: tuple[Geoparser, Mapping[str, str]] | None = None


def ingest_chunk(parser: Geoparser, chunk: Sequence[tuple[int, str]],
                 known: Mapping[str, str] | None = None) -> ChunkResult:
    """Read and parse a chunk of (index, path) files; an article whose id is in ``known``
    (article_id -> stored path) is not parsed. Never raises for a bad file."""
    known = known or {}
    outcomes: list[FileOutcome] = []
    incidents: list[Incident] = []
    files: list[int] = []
    for index, path in chunk:
        try:
            article = read_article(path)
            if article.article_id in known:
                outcomes.append(FileOutcome(index, path, article.article_id, stored_path=known[article.article_id]))
                continue
            article = replace(article, path=printable_path(Path(path).resolve()))
            found = article_incidents(parser, article)
            incidents.extend(found)
            files.extend([index] * len(found))
            outcomes.append(FileOutcome(index, path, article.article_id, article.path))
        except EventMapError as e:  # the caller reports these (the CLI: one line per file)
            logger.info("%s", e)
            outcomes.append(FileOutcome(index, path, error=printable_path(str(e))))
        except Exception as e:  # a bug of ours must not cost the rest of the batch
            logger.debug("internal error on %s", path, exc_info=True)
            outcomes.append(FileOutcome(index, path, error=printable_path(
                f"{path}: internal error ({type(e).__name__}: {e}); please report it")))
    frame = incidents_to_frame(incidents)
    frame[_FILE] = pd.Series(files, index=frame.index, dtype="int64")
    return ChunkResult(outcomes, frame)


def merge_chunks(results: Iterable[ChunkResult]) -> IngestResult:
    """One IngestResult from chunk results, in file order, as one process reading the files in
    order would give: a text already read from an earlier file is a duplicate."""
    results = list(results)
    outcomes = sorted((o for r in results for o in r.outcomes), key=lambda o: o.index)
    result = IngestResult(incidents_to_frame([]))
    seen: dict[str, str] = {}
    kept: set[int] = set()
    for o in outcomes:
        if o.error:
            result.errors.append(o.error)
        elif o.article_id in seen:
            result.duplicates.append(printable_path(f"{o.path}: the same text as {seen[o.article_id]}"))
        elif o.stored_path:
            seen[o.article_id] = o.path
            if o.stored_path == str(Path(o.path).resolve()):
                result.unchanged += 1
            else:
                result.duplicates.append(printable_path(f"{o.path}: the same text as {o.stored_path}, already stored"))
        else:
            seen[o.article_id] = o.path
            kept.add(o.index)
            result.articles.append((o.article_id, o.article_path))
    frames = [r.incidents for r in sorted(results, key=lambda r: min((o.index for o in r.outcomes), default=0))
              if len(r.incidents)]
    if frames:
        merged = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
        merged = merged.loc[merged[_FILE].isin(kept).to_numpy()].sort_values(_FILE, kind="stable")
        result.incidents = fuse(gpd.GeoDataFrame(merged.drop(columns=_FILE).reset_index(drop=True),
                                                 geometry="geometry", crs=merged.crs))
    return result


def chunked(paths: Sequence[Path], workers: int) -> list[list[tuple[int, str]]]:
    """(index, path) chunks: about eight per worker, at most 200 files each."""
    items = [(i, str(p)) for i, p in enumerate(paths)]
    size = max(1, min(200, len(items) // (max(workers, 1) * 8)))
    return [items[i:i + size] for i in range(0, len(items), size)]


def _init_worker(parent: int) -> None:
    """Make a pool worker die with its parent (Linux), so that a killed ingest leaves no worker
    behind holding its files or, through the inherited descriptor, its store's lock."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)


def _pool_chunk(chunk: list[tuple[int, str]]) -> ChunkResult:
    assert _WORKER_STATE is not None, "worker started without its state"
    parser, known = _WORKER_STATE
    return ingest_chunk(parser, chunk, known)


class _Done:
    """An iterable of the paths of finished chunks, sized so a progress bar knows the total."""

    def __init__(self, chunks: list[list[tuple[int, str]]], results: Iterator[ChunkResult],
                 sink: list[ChunkResult]) -> None:
        self._chunks, self._results, self._sink = chunks, results, sink

    def __len__(self) -> int:
        return sum(len(c) for c in self._chunks)

    def __iter__(self) -> Iterator[Path]:
        for chunk, res in zip(self._chunks, self._results, strict=True):
            self._sink.append(res)
            yield from (Path(p) for _, p in chunk)


def ingest(paths: Iterable[Path], parser: Geoparser,
           progress: Callable[[Iterable[Path]], Iterable[Path]] = lambda x: x, *,
           workers: int = 1, known: Mapping[str, str] | None = None) -> IngestResult:
    """Read every article file in ``paths``; a bad file is reported and skipped, and a file
    whose text was already read in this batch is skipped as a duplicate. An article whose
    id is in ``known`` (article_id -> stored path) is not parsed again. Incidents that several
    articles report are fused (:func:`mapping.fusion.fuse`).

    With ``workers`` > 1 the files are read in chunks by that many forked worker processes,
    which share ``parser`` (and its gazetteer index) copy-on-write; the result is the same.
    """
    global _WORKER_STATE
    files = list(paths)
    known = dict(known or {})
    chunks = chunked(files, workers)
    results: list[ChunkResult] = []
    if workers <= 1 or len(chunks) <= 1:
        for _ in progress(_Done(chunks, (ingest_chunk(parser, c, known) for c in chunks), results)):
            pass
        return merge_chunks(results)
    _WORKER_STATE = (parser, known)
    try:
        gc.freeze()  # keep the collector from touching (and so copying) the shared index
        context = multiprocessing.get_context("fork")
        with context.Pool(min(workers, len(chunks)), initializer=_init_worker, initargs=(os.getpid(),)) as pool:
            for _ in progress(_Done(chunks, pool.imap(_pool_chunk, chunks), results)):
                pass
    finally:
        gc.unfreeze()
        _WORKER_STATE = None
    return merge_chunks(results)
