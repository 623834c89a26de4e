"""Property-based tests of the text stages: any input passes without an exception other than our
ArticleError (for input that is not an article), and every offset lies inside the text and
slices back to the text it quotes."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapping._errors import ArticleError
from mapping.articles import decode, from_text, read_article
from mapping.events import extract_incidents
from mapping.pipeline import article_context
from mapping.places import Geoparser, parse_article
from mapping.text import split_clauses, split_sentences
from mapping.timeline import find_times
from mapping.types import Article
from tests.strategies import any_bytes, any_text, html_articles, json_articles, newsy_text, suffixes

EXAMPLES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                              HealthCheck.too_slow])
dates = st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31))


def _check_article(article: Article) -> None:
    assert article.text.strip()
    assert 0 <= article.body_start <= len(article.text)
    assert len(article.article_id) == 16


@EXAMPLES
@given(any_text)
def test_from_text_builds_an_article_or_says_it_is_empty(text: str) -> None:
    try:
        article = from_text(text, "x.txt")
    except ArticleError as e:
        assert str(e) == "x.txt: the article is empty" and not text.strip()
        return
    assert article.text == text
    _check_article(article)


@EXAMPLES
@given(st.one_of(any_bytes, json_articles(), html_articles()), suffixes)
def test_read_article_on_any_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"a{suffix}"
        path.write_bytes(data)
        try:
            article = read_article(path)
        except ArticleError as e:
            assert str(e).startswith(f"{path}: ") and "\n" not in str(e)
            return
    _check_article(article)
    if suffix in (".txt", ".md"):
        assert article.text == decode(data)


@EXAMPLES
@given(any_text)
def test_sentences_and_clauses_lie_inside_the_text(text: str) -> None:
    last = 0
    for start, end in split_sentences(text):
        assert last <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        last = end
        inner = start
        for a, b in split_clauses(text, start, end):
            assert inner <= a < b <= end
            inner = b


@EXAMPLES
@given(any_text, st.integers(-5, 500), st.integers(-5, 500))
def test_time_expressions_quote_the_text(text: str, start: int, end: int) -> None:
    last = 0
    for e in find_times(text, start, end):
        assert max(0, min(start, len(text))) <= e.start < e.end <= len(text)
        assert text[e.start:e.end] == e.text and e.start >= last
        last = e.end


@EXAMPLES
@given(any_text)
def test_place_mentions_quote_the_text(geoparser: Geoparser, text: str) -> None:
    article = Article("id", "x.txt", "t", text, None)
    ctx = parse_article(geoparser, article)
    for r in ctx.mentions:
        assert 0 <= r.mention.start < r.mention.end <= len(text)
        assert text[r.mention.start:r.mention.end] == r.mention.text
        assert -90 <= r.place.latitude <= 90 and -180 <= r.place.longitude <= 180


@EXAMPLES
@given(newsy_text, dates, st.integers(0, 3))
def test_incidents_quote_their_sentence(geoparser: Geoparser, text: str, published: date, copies: int) -> None:
    text = "\n\n".join([text] * (copies + 1))
    try:
        article = from_text(text, "x.txt", published=published)
    except ArticleError:
        assert not text.strip()
        return
    for incident in extract_incidents(article, article_context(geoparser, article)):
        assert 0 <= incident.sentence_start < incident.sentence_end <= len(text)
        assert text[incident.sentence_start:incident.sentence_end] == incident.sentence
        span = incident.time
        assert span.start <= span.end and span.start.tzinfo is not None
        if span.start_offset >= 0:
            assert 0 <= span.start_offset < span.end_offset <= len(text)
            assert text[span.start_offset:span.end_offset] == span.text
        assert incident.fatalities is None or incident.fatalities >= 0


def test_an_initialism_in_a_dateline_ends_no_sentence() -> None:
    """"SURREY, B.C. — The police said." is one sentence, and so is "Talks in Washington, D.C., ended."; "5 p.m."
    before a new sentence still ends one."""
    text = "SURREY, B.C. — The police said. Talks in Washington, D.C., ended. They met at 5 p.m. Then they left."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "SURREY, B.C. — The police said.", "Talks in Washington, D.C., ended.", "They met at 5 p.m.",
        "Then they left."]
