"""Incident evaluation: the pipeline against gold files shaped like seed_gold.json.

For each gold file (the seed's and ``eval/dev/gold/*.json``), the article is ingested and
scored with ``mapping.evaluation.score``: a gold incident is found when an incident of one of
its types lies within its km on its local date (within 30 minutes for a clock time). Also
counted: incidents placed at a decoy (a place the article names but where nothing happened).
Then per field (``mapping.evaluation.field_report``): gold incidents are aligned leniently
with predicted ones and type, sub-event type, date, time (within 30 minutes), place and
fatalities are judged each on its own.

Run: ``.venv/bin/python bench/events_eval.py [--set dev|holdout|DIR] [--show] [--fields]``
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapping.evaluation import FieldReport, decoy_hits, field_report, score  # noqa: E402
from mapping.pipeline import ingest, make_geoparser  # noqa: E402
from mapping.settings import Settings  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true", help="print each article's report")
    ap.add_argument("--set", default="dev",
                    help="dev: the seed and eval/dev (tuned on); holdout: eval/holdout; or a set folder with gold/")
    ap.add_argument("--fields", action="store_true", help="list every wrong field of an aligned incident")
    args = ap.parse_args()
    if args.set == "dev":
        golds = [ROOT / "tests" / "data" / "seed_gold.json", *sorted((ROOT / "eval" / "dev" / "gold").glob("*.json"))]
    else:
        folder = ROOT / "eval" / "holdout" if args.set == "holdout" else Path(args.set).resolve()
        golds = sorted((folder / "gold").glob("*.json"))
    parser = make_geoparser(Settings.from_env())
    found = total = predicted = at_decoys = 0
    fields = FieldReport()
    t = time.perf_counter()
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        gdf = ingest([ROOT / gold["article"]], parser).incidents
        report = score(gdf, gold)
        per_field = field_report(gdf, gold)
        fields.add(per_field)
        found, total, predicted = found + report.found, total + len(report.matches), predicted + len(gdf)
        hits = decoy_hits(gdf, gold)
        at_decoys += len(hits)
        if args.show:
            print(f"== {gold['article']}" + (f"  DECOYS HIT: {hits}" if hits else ""))
            print("\n".join("  " + line for line in report.lines()))
        if args.fields:
            print("\n".join(f"  wrong {w}" for w in per_field.wrong))
    seconds = time.perf_counter() - t
    print(f"articles {len(golds)}; incident recall {found}/{total} = {found / total:.3f}; "
          f"{predicted} predicted; incidents at decoys {at_decoys}; {len(golds) / seconds:.1f} articles/s")
    print("per field, over gold incidents aligned with a predicted one:")
    print("\n".join(fields.lines()))
    groups_file = (golds[0].parent.parent / "groups.json") if golds else None
    if groups_file is not None and groups_file.exists():
        print(fusion_report(golds, json.loads(groups_file.read_text(encoding="utf-8")), parser, args.show))


def fusion_report(golds: list[Path], groups: list[dict], parser, show: bool) -> str:  # type: ignore[no-untyped-def]
    """Ingest all articles of a set together and check cross-article fusion against groups.json:
    a group is fused when the incidents matched to its gold incidents share one event_id; a false
    fusion is an event whose rows match gold incidents of different real events."""
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in golds]
    gdf = ingest([ROOT / d["article"] for d in docs], parser).incidents
    matched: dict[tuple[str, str], str] = {}  # (article, gold what) -> incident_id
    for d in docs:
        rows = gdf[gdf["article_path"] == str((ROOT / d["article"]).resolve())]
        for m in score(rows, d).matches:
            if m.incident_id:
                matched[(d["article"], m.what)] = m.incident_id
    event_of = dict(zip(gdf["incident_id"], gdf["event_id"], strict=True))
    real: dict[str, str] = {}  # incident_id -> the real event it reports
    for d in docs:
        for g in d["incidents"]:
            real[matched.get((d["article"], g["what"]), "")] = f"{d['article']}:{g['what']}"
    for k, group in enumerate(groups):
        for article, what in zip(group["articles"], group["what"], strict=True):
            real[matched.get((article, what), "")] = f"group {k}"
    real.pop("", None)
    fused, lines = 0, []
    for group in groups:
        ids = [matched.get((a, w)) for a, w in zip(group["articles"], group["what"], strict=True)]
        found = [i for i in ids if i]
        ok = len(found) == len(ids) and len({event_of[i] for i in found}) == 1
        fused += ok
        lines.append(f"  {'fused' if ok else 'APART'} ({len(found)}/{len(ids)} found) {group['event'][:90]}")
    wrong = sum(len({real[i] for i in rows if i in real}) > 1 for _, rows in gdf.groupby("event_id")["incident_id"])
    head = (f"fusion: {fused}/{len(groups)} cross-article events fused into one; {wrong} events join "
            f"reports of different real events; {gdf['event_id'].nunique()} events from {len(gdf)} incidents")
    return "\n".join([head, *lines]) if show else head


if __name__ == "__main__":
    main()
