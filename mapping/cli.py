"""The ``eventmap`` command line: ingest, geoparse, geocode, export, import-osm, import-acled.

Errors reach the user as one line on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterable, Sequence, Sized
from datetime import datetime
from pathlib import Path

from filelock import Timeout
from tqdm import tqdm

from mapping import __version__
from mapping._errors import EventMapError, StorageError
from mapping.acled import read_acled
from mapping.articles import iter_paths, read_article
from mapping.gazetteer.osm import OSM_KINDS, import_osm
from mapping.pipeline import article_context, ingest, make_geocoder_chain, make_geoparser
from mapping.places import LANDMARK_PHRASES, to_json_places
from mapping.settings import Settings
from mapping.store import SUPPORTED_SUFFIXES, is_dataset, read_incidents, save_incidents, store_lock, stored_articles

logger = logging.getLogger("mapping")
PROGRESS_MIN_FILES = 20
ACLED_PROBLEMS_SHOWN = 50


def _progress(paths: Iterable[Path]) -> Iterable[Path]:
    items = paths if isinstance(paths, Sized) else list(paths)
    return tqdm(items, desc="articles", unit="file", file=sys.stderr, total=len(items),
                disable=len(items) < PROGRESS_MIN_FILES or not sys.stderr.isatty())


def _iso(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date or time: {value!r}") from e


def _inputs(paths: Sequence[str]) -> list[Path]:
    """The article files under ``paths``; a missing path among others is read (and reported) like a bad file."""
    missing = [p for p in paths if not os.path.lexists(p)]
    if len(missing) == len(paths):
        raise EventMapError(f"no such file or folder: {', '.join(missing)}")
    files = list(iter_paths(paths))
    if not files:
        raise EventMapError(f"no article files (.txt, .md, .json, .html) under {', '.join(paths)}")
    return files


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    """Write the incidents of every article under the paths to ``--out`` (a file or a dataset
    folder), parsing only the articles it does not hold yet, under the store's lock."""
    out = Path(args.out)
    dataset = is_dataset(out)
    if not dataset and out.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise StorageError(f"{out}: unsupported output format; use a folder (a partitioned dataset) "
                           f"or one of {', '.join(SUPPORTED_SUFFIXES)}")
    if args.workers < 1:
        raise EventMapError(f"--workers must be 1 or more, not {args.workers}")
    if args.scheduler and args.engine != "dask":
        raise EventMapError("--scheduler needs --engine dask")
    if settings.online and (args.workers > 1 or args.engine == "dask"):
        # one process keeps to the online service's rate limit and shares its pause after failures
        logger.info("--online: reading the articles in one process")
        args.workers, args.engine = 1, "local"
    files = _inputs(args.paths)
    lock = store_lock(out)
    try:
        lock.acquire(timeout=1)
    except Timeout:
        print(f"eventmap: waiting for another ingest into {out} to finish", file=sys.stderr)
        lock.acquire()
    try:
        known = {} if args.replace else stored_articles(out)
        if args.engine == "dask":
            from mapping.dask_engine import ingest_dask

            result = ingest_dask(files, settings, workers=args.workers, scheduler=args.scheduler, known=known)
        else:
            result = ingest(files, make_geoparser(settings), progress=_progress, workers=args.workers, known=known)
        total = save_incidents(out, result.incidents, result.articles, replace=args.replace)
    finally:
        lock.release()
    for err in result.errors:
        print(f"eventmap: skipped {err}", file=sys.stderr)
    for dup in result.duplicates:
        print(f"eventmap: skipped duplicate {dup}", file=sys.stderr)
    unchanged = f"; {result.unchanged} already stored, not read again" if result.unchanged else ""
    print(f"{len(result.incidents)} incidents from {len(result.articles)} of {len(files)} articles{unchanged}; "
          f"{total} in {out}", file=sys.stderr)
    return 1 if result.errors else 0


def cmd_geoparse(args: argparse.Namespace, settings: Settings) -> int:
    """Print one JSON line per input file with its resolved places."""
    parser = make_geoparser(settings)
    failed = 0
    for path in _inputs(args.paths):
        try:
            article = read_article(path)
        except EventMapError as e:
            print(f"eventmap: skipped {e}", file=sys.stderr)
            failed += 1
            continue
        places = to_json_places(article_context(parser, article))
        if args.json:
            print(json.dumps({"file": str(path), "places": places}, ensure_ascii=False))
        else:
            print(path)
            for p in places:
                print(f"  {p['start']:>6}-{p['end']:<6} {p['text']!s:<30} -> {p['name']} "
                      f"({p['precision']}, {p['country']}) {p['latitude']:.4f}, {p['longitude']:.4f}")
    return 1 if failed else 0


def cmd_geocode(args: argparse.Namespace, settings: Settings) -> int:
    """Look places up by name through the geocoder chain (offline gazetteers, then online)."""
    chain = make_geocoder_chain(settings)
    failed = 0
    for query in args.queries:
        loc = chain.geocode(query, exactly_one=True)
        if loc is None:
            print(f"eventmap: nothing found for {query!r}", file=sys.stderr)
            failed += 1
            continue
        raw = loc.raw if isinstance(loc.raw, dict) else {}
        print(json.dumps({"query": query, "name": loc.address, "latitude": loc.latitude, "longitude": loc.longitude,
                          "precision": raw.get("precision", "online"), "country": raw.get("country", ""),
                          "source": raw.get("source", "online")}, ensure_ascii=False))
    return 1 if failed else 0


EXPORT_POINTS_MAX = 20_000  # a standalone page with more markers than this is slow to open (12 MB at 20k)


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    """Write a standalone HTML map of the (filtered) incidents."""
    from mapping.maps import export_html  # folium and its templates: a second of start-up the other commands skip

    source, tiles = Path(args.incidents), None if args.no_tiles else "OpenStreetMap"
    if args.max_points and (is_dataset(source) or source.suffix.lower() == ".parquet"):
        from mapping.dashboard import Filters
        from mapping.query import IncidentQuery, dataset_files

        query = IncidentQuery(dataset_files(source))  # counted and gridded in place, never loaded whole
        f = Filters(start=args.start, end=args.end, types=tuple(args.types) if args.types else None)
        total = query.count(f)
        if total > args.max_points:
            bins = query.grid(f)
            out = export_html(query.incidents(f, limit=0), Path(args.out), tiles=tiles, bins=bins)
            print(f"{total:,} incidents, more than --max-points {args.max_points:,}: drawn as counts in "
                  f"{len(bins):,} grid cells; map written to {out}", file=sys.stderr)
            return 0
    gdf = read_incidents(source)
    out = export_html(gdf, Path(args.out), start=args.start, end=args.end, types=args.types,
                      tiles=tiles, heat=args.heat, cluster=args.cluster)
    print(f"map written to {out}", file=sys.stderr)
    return 0


def cmd_import_osm(args: argparse.Namespace, settings: Settings) -> int:
    """Write the landmarks of an OpenStreetMap extract as a landmark CSV."""
    rows = import_osm(Path(args.extract), Path(args.out), kinds=args.kinds, phrases=LANDMARK_PHRASES)
    print(f"{len(rows)} landmarks from {args.extract} written to {args.out}; use them with "
          f"EVENTMAP_EXTRA_LANDMARKS_CSV={args.out}", file=sys.stderr)
    return 0


def cmd_import_acled(args: argparse.Namespace, settings: Settings) -> int:
    """Import an ACLED CSV export into ``--out``; bad rows are reported and skipped."""
    out = Path(args.out)
    if not is_dataset(out) and out.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise StorageError(f"{out}: unsupported output format; use a folder (a partitioned dataset) "
                           f"or one of {', '.join(SUPPORTED_SUFFIXES)}")
    result = read_acled(Path(args.file))
    with store_lock(out):
        total = save_incidents(out, result.incidents, [(a, "") for a in result.incidents["article_id"].unique()],
                               replace=args.replace)
    for row, problem in result.skipped[:ACLED_PROBLEMS_SHOWN]:
        print(f"eventmap: {args.file}: skipped row {row}: {problem}" if row else f"eventmap: {problem}",
              file=sys.stderr)
    if len(result.skipped) > ACLED_PROBLEMS_SHOWN:
        print(f"eventmap: {args.file}: ... and {len(result.skipped) - ACLED_PROBLEMS_SHOWN} more rows skipped",
              file=sys.stderr)
    print(f"{len(result.incidents)} incidents from {result.rows} rows of {args.file} "
          f"({result.rows - len(result.incidents)} skipped); {total} in {out}", file=sys.stderr)
    return 1 if result.skipped else 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``eventmap``."""
    p = argparse.ArgumentParser(prog="eventmap", description="Turn news articles into a map of incidents.")
    p.add_argument("--version", action="version", version=f"eventmap {__version__}")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    p.add_argument("--online", action="store_true", help="also ask Nominatim for what the offline gazetteers miss")
    sub = p.add_subparsers(dest="command", required=True)

    ing = sub.add_parser("ingest", help="extract incidents from article files or folders")
    ing.add_argument("paths", nargs="+", help="article files (.txt .md .json .html) or folders")
    ing.add_argument("--out", required=True,
                     help="incident file (.parquet, .geojson, .gpkg or .csv) or a folder: a GeoParquet dataset "
                          "partitioned by month")
    ing.add_argument("--replace", action="store_true",
                     help="overwrite --out instead of updating it (default: replace only these articles' rows)")
    ing.add_argument("--workers", type=int, default=os.cpu_count() or 1, metavar="N",
                     help="worker processes (default: the number of cores; 1 with --online, to keep to the "
                          "online service's rate limit)")
    ing.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local worker processes (default) or Dask (needs the dask extra)")
    ing.add_argument("--scheduler", metavar="ADDRESS",
                     help="with --engine dask: the scheduler of a running Dask cluster (default: a local cluster)")
    ing.set_defaults(func=cmd_ingest)

    geo = sub.add_parser("geoparse", help="print the places each file mentions")
    geo.add_argument("paths", nargs="+")
    geo.add_argument("--json", action="store_true", help="one JSON object per file per line")
    geo.set_defaults(func=cmd_geoparse)

    gc = sub.add_parser("geocode", help="look places up by name: \"Tripoli, Lebanon\", \"main square, Almaty\"")
    gc.add_argument("queries", nargs="+", metavar="QUERY")
    gc.set_defaults(func=cmd_geocode)

    exp = sub.add_parser("export", help="write an incident file as a standalone HTML map")
    exp.add_argument("incidents", help="incident file written by ingest")
    exp.add_argument("--out", required=True, help="the HTML file to write")
    exp.add_argument("--start", type=_iso, help="keep incidents ending after this time (ISO 8601)")
    exp.add_argument("--end", type=_iso, help="keep incidents starting before this time (ISO 8601)")
    exp.add_argument("--types", nargs="+", metavar="TYPE", help="keep these event types only")
    exp.add_argument("--no-tiles", action="store_true", help="country outlines only, no tile server")
    exp.add_argument("--heat", action="store_true", help="show the heat layer")
    exp.add_argument("--cluster", action=argparse.BooleanOptionalAction, default=None,
                     help="cluster markers (default: when more than 150 are shown)")
    exp.add_argument("--max-points", type=int, default=EXPORT_POINTS_MAX, metavar="N",
                     help=f"draw more than N incidents of a GeoParquet file or dataset as counts in grid cells "
                          f"(default {EXPORT_POINTS_MAX:,}; 0: always draw each)")
    exp.set_defaults(func=cmd_export)

    osm = sub.add_parser("import-osm", help="landmark CSV rows from an OpenStreetMap extract (.osm.pbf; needs "
                                            "the osm extra)")
    osm.add_argument("extract", help="an OpenStreetMap file: .osm.pbf (or .osm, .o5m)")
    osm.add_argument("--out", required=True, help="the landmark CSV to write (for EVENTMAP_EXTRA_LANDMARKS_CSV)")
    osm.add_argument("--kinds", nargs="+", choices=sorted(OSM_KINDS), metavar="KIND",
                     help=f"keep only these kinds ({', '.join(OSM_KINDS)}); default: all")
    osm.set_defaults(func=cmd_import_osm)
    acl = sub.add_parser("import-acled", help="import an ACLED CSV export as incidents")
    acl.add_argument("file", help="a CSV exported from ACLED")
    acl.add_argument("--out", required=True,
                     help="incident file (.parquet, .geojson, .gpkg or .csv) or a folder: a partitioned dataset")
    acl.add_argument("--replace", action="store_true",
                     help="overwrite --out instead of updating it (default: replace only rows with these event ids)")
    acl.set_defaults(func=cmd_import_acled)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status."""
    args = build_parser().parse_args(argv)
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)]
    logging.basicConfig(level=level, format="eventmap: %(levelname)s: %(message)s")
    try:
        settings = Settings.from_env(**({"online": True} if args.online else {}))
        return int(args.func(args, settings))
    except EventMapError as e:
        print(f"eventmap: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("eventmap: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # a bug of ours: one line, the traceback only with -vv
        logger.debug("internal error", exc_info=True)
        print(f"eventmap: internal error: {type(e).__name__}: {e} (run with -vv for details)", file=sys.stderr)
        return 3


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
