"""The benchmark's corpus generator: deterministic, and its answers are what the text says."""

from __future__ import annotations

import json
from pathlib import Path

from bench.corpus import generate
from mapping.articles import read_article


def test_the_same_seed_gives_the_same_corpus(tmp_path: Path) -> None:
    a = generate(tmp_path / "a", 30, seed=7)
    b = generate(tmp_path / "b", 30, seed=7)
    c = generate(tmp_path / "c", 30, seed=8)
    files = sorted(p.relative_to(a) for p in a.rglob("*.txt"))
    assert len(files) == 30
    assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files)
    assert any((a / f).read_bytes() != (c / f).read_bytes() for f in files)
    assert (tmp_path / "a" / "answers.json").read_bytes() == (tmp_path / "b" / "answers.json").read_bytes()


def test_articles_are_news_shaped_and_answers_match_their_text(tmp_path: Path) -> None:
    folder = generate(tmp_path, 40, seed=3)
    answers = json.loads((tmp_path / "answers.json").read_text(encoding="utf-8"))
    assert len(answers) == 40
    lengths = []
    for rel, known in answers.items():
        article = read_article(folder / rel)
        lengths.append(len(article.text))
        assert article.published is not None  # from the caption's dateline
        assert 1 <= len(known) <= 3
        for k in known:
            assert k["place"] in article.text
            assert k["date"] < article.published.isoformat()
            assert -90 <= k["latitude"] <= 90 and -180 <= k["longitude"] <= 180
    assert 1200 < sum(lengths) / len(lengths) < 4000
    assert len({k["event_type"] for known in answers.values() for k in known}) == 6
