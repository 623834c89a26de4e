"""The annotated evaluation sets stay valid (schema, offsets, dates, zones, decoys)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mapping.settings import PROJECT_ROOT


@pytest.mark.parametrize("name", ["dev", "holdout", "holdout2", "holdout2/fusion", "holdout3", "holdout4", "holdout5",
                                  "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12",
                                  "holdout13", "holdout14", "holdout15", "holdout16", "holdout17",
                                  "holdout18", "holdout19", "holdout20", "holdout21", "holdout22",
                                  "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28",
                                  "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "holdout34",
                                  "holdout35", "holdout36", "holdout37", "holdout38", "holdout39",
                                  "holdout40", "holdout41", "holdout42", "holdout43", "holdout44", "holdout45",
                                  "holdout46", "holdout47", "holdout48", "holdout49", "holdout50", "holdout51",
                                  "holdout52", "holdout53", "holdout54", "holdout55", "holdout56", "holdout57",
                                  "holdout58", "holdout59", "holdout60", "holdout61", "holdout62", "holdout63",
                                  "holdout64", "holdout65", "holdout66", "holdout67", "holdout68", "holdout69",
                                  "holdout70", "holdout71", "holdout72", "holdout73", "holdout74", "holdout75",
                                  "holdout76", "holdout77", "holdout78", "holdout79", "holdout80",
                                  "holdout81", "holdout82", "holdout83", "holdout84", "holdout85",
                                  "holdout86", "holdout87", "holdout88", "holdout89", "holdout90", "holdout91",
                                  "holdout92", "holdout93", "holdout94", "holdout95", "holdout96", "holdout97",
                                  "holdout98", "holdout99", "holdout100", "holdout101", "holdout102", "holdout103",
                                  "holdout104", "holdout105", "holdout106", "holdout107", "holdout108", "holdout109",
                                  "holdout110", "holdout111", "holdout112", "holdout113", "holdout114", "holdout115",
                                  "holdout116", "holdout117", "holdout118", "holdout119", "holdout120", "holdout121",
                                  "holdout122", "holdout123", "holdout124", "holdout125", "holdout126", "holdout127",
                                  "holdout128",
                                  "reworded1", "reworded2", "reworded3"])
def test_eval_set_is_clean(name: str) -> None:
    proc = subprocess.run([sys.executable, str(PROJECT_ROOT / "eval" / "check_gold.py"),
                           str(PROJECT_ROOT / "eval" / name)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "clean" in proc.stdout


@pytest.mark.parametrize("path", sorted((PROJECT_ROOT / "eval").glob("*/sentences.json")),
                         ids=lambda p: p.parent.name)
def test_sentence_labels_fit_their_set(path) -> None:  # type: ignore[no-untyped-def]
    """A set's sentence labels (``sentences.json``, the training data of ``mapping.sentence_model``) name each
    article of the set, cover its body sentences as the pipeline splits them, and point at its gold incidents."""
    import json

    from mapping.text import split_sentences

    labels = json.loads(path.read_text(encoding="utf-8"))["articles"]
    golds = [json.loads(g.read_text(encoding="utf-8")) for g in sorted((path.parent / "gold").glob("*.json"))]
    assert sorted(labels) == sorted(g["article"] for g in golds)
    for gold in golds:
        text = (PROJECT_ROOT / gold["article"]).read_text(encoding="utf-8")
        body = text.find("\n\n") + 2
        rows = labels[gold["article"]]
        assert [(a, b) for a, b, _, _ in rows] == [s for s in split_sentences(text) if s[0] >= body]
        assert all(0 <= i < len(gold["incidents"]) for _, _, tells, refers in rows for i in tells + refers)
