"""Fuzz the article loader and the whole pipeline with hypothesis for some minutes.

Run: ``.venv/bin/python bench/fuzz.py --minutes 5 [--seed N] [--out fuzz-crashes.txt]``.

Each input is a file (random bytes, news-like text in the encodings the loader reads, JSON of
any shape, HTML of any tags) with a random suffix. It goes through ``read_article`` (where
only :class:`mapping._errors.ArticleError` is allowed), then ``pipeline.ingest`` (which must
report no internal error), the incident table's contract (``validate_incidents``), and the
map's payload (``incident_payload`` and ``script_json``), and every incident's sentence must
slice back out of the article. Anything else counts as a crash and is written to ``--out``.
Prints the count of inputs tried, of articles read, of incidents found, and of crashes.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from mapping._errors import ArticleError  # noqa: E402
from mapping.articles import read_article  # noqa: E402
from mapping.maps import incident_payload, script_json  # noqa: E402
from mapping.pipeline import ingest, make_geoparser  # noqa: E402
from mapping.settings import Settings  # noqa: E402
from mapping.store import validate_incidents  # noqa: E402
from tests.strategies import any_bytes, html_articles, json_articles, newsy_text, suffixes  # noqa: E402

BATCH = 200


def main() -> int:
    """Fuzz until the time is up; exit status 1 when anything crashed."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=5.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="fuzz-crashes.txt", help="where crashing inputs are written")
    args = ap.parse_args()
    parser = make_geoparser(Settings.from_env(online=False))
    counts: Counter[str] = Counter()
    crashes: list[str] = []
    deadline = time.monotonic() + args.minutes * 60
    tmp = Path(tempfile.mkdtemp(prefix="eventmap-fuzz-"))
    contents = st.one_of(any_bytes, json_articles(), html_articles(),
                         newsy_text.map(lambda t: t.encode("utf-8", "surrogatepass")))

    def one(data: bytes, suffix: str) -> None:
        if time.monotonic() > deadline:
            return
        counts["inputs"] += 1
        path = tmp / f"article{suffix}"
        path.write_bytes(data)
        try:
            try:
                article = read_article(path)
                counts["articles"] += 1
            except ArticleError:
                counts["refused"] += 1
                return
            result = ingest([path], parser)
            if result.errors:
                raise AssertionError(f"ingest reported: {result.errors}")
            validate_incidents(result.incidents)
            script_json(incident_payload(result.incidents))
            counts["incidents"] += len(result.incidents)
            for row in result.incidents.itertuples():
                if article.text[row.sentence_start:row.sentence_end] != row.sentence:
                    raise AssertionError(f"sentence offsets {row.sentence_start}:{row.sentence_end} do not quote it")
        except Exception:  # the fuzz counts every other failure as a crash, and goes on
            counts["crashes"] += 1
            crashes.append(f"suffix {suffix} data {data!r}\n{traceback.format_exc()}")

    run = 0
    started = time.monotonic()
    while time.monotonic() < deadline:
        test = settings(max_examples=BATCH, deadline=None, database=None, derandomize=False,
                        suppress_health_check=list(HealthCheck))(given(contents, suffixes)(one))
        seed(args.seed * 1_000_003 + run)(test)()
        run += 1
    elapsed = time.monotonic() - started
    if crashes:
        Path(args.out).write_text("\n\n".join(crashes), encoding="utf-8")
    print(f"fuzz: {counts['inputs']} inputs in {elapsed / 60:.1f} min ({counts['inputs'] / elapsed:.0f}/s): "
          f"{counts['articles']} read as articles, {counts['refused']} refused with ArticleError, "
          f"{counts['incidents']} incidents; {counts['crashes']} crashes"
          + (f" (inputs in {args.out})" if crashes else ""))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
