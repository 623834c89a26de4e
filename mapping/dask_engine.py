"""The same ingest on Dask: chunks of files as a ``dask.bag``, one geoparser per worker process.

``ingest_dask`` gives the same :class:`~mapping.pipeline.IngestResult` as
:func:`mapping.pipeline.ingest`: the workers run :func:`~mapping.pipeline.ingest_chunk` on
chunks of files and the results are merged in file order by the same
:func:`~mapping.pipeline.merge_chunks`. By default a local cluster of worker processes is
started (and stopped); with ``scheduler`` (``tcp://host:8786``) an existing Dask cluster is
used, whose workers must have eventmap installed and see the article files under the same
paths. Needs the ``dask`` extra (``pip install 'eventmap[dask]'``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from mapping._errors import EventMapError
from mapping.pipeline import ChunkResult, IngestResult, chunked, ingest_chunk, make_geoparser, merge_chunks
from mapping.places import Geoparser
from mapping.settings import Settings

logger = logging.getLogger(__name__)

# One geoparser per worker process and settings, built on the worker's first task.
_PARSERS: dict[Settings, Geoparser] = {}


def _worker_parser(settings: Settings) -> Geoparser:
    if settings not in _PARSERS:
        _PARSERS[settings] = make_geoparser(settings)
    return _PARSERS[settings]


def _dask_chunk(chunk: list[tuple[int, str]], settings: Settings, known: Mapping[str, str]) -> ChunkResult:
    return ingest_chunk(_worker_parser(settings), chunk, known)


def ingest_dask(paths: Sequence[Path], settings: Settings, *, workers: int | None = None,
                scheduler: str | None = None, known: Mapping[str, str] | None = None) -> IngestResult:
    """Ingest ``paths`` on Dask (a local cluster of ``workers`` processes, or the cluster at
    ``scheduler``); ``known`` as for :func:`mapping.pipeline.ingest`."""
    try:
        import dask
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError as e:
        raise EventMapError("the dask engine needs dask and distributed: pip install 'eventmap[dask]'") from e
    workers = workers or os.cpu_count() or 1
    chunks = chunked(list(paths), workers)
    if not chunks:
        return merge_chunks([])
    if not logging.getLogger().isEnabledFor(logging.DEBUG):  # the cluster's own chatter only with -vv
        logging.getLogger("distributed").setLevel(logging.ERROR)
    shared_known = dask.delayed(dict(known or {}), pure=True)  # sent once per worker, not per task
    bag = db.from_sequence(chunks, npartitions=len(chunks)).map(_dask_chunk, settings=settings, known=shared_known)
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except OSError as e:
            raise EventMapError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
        with client:
            results = bag.compute()
    else:
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=logging.ERROR) as cluster, Client(cluster):
            results = bag.compute()
    logger.info("dask: %d chunks of %d files", len(chunks), len(paths))
    return merge_chunks(results)
