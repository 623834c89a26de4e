"""Hypothesis strategies for article-like input, shared by the property tests and ``bench/fuzz.py``.

Pure random Unicode rarely looks like news, so texts are also built from the pieces the
stages react to: place names, landmark phrases, event words, dates and times, numbers,
dateline shapes, punctuation, line breaks, markup, and odd characters.
"""

from __future__ import annotations

from hypothesis import strategies as st

PIECES = (
    "Almaty", "Kazakhstan", "Kyiv", "Ukraine", "Tripoli", "Lebanon", "Libya", "Paris", "Georgia", "Tbilisi",
    "the main square", "the mayor's office", "the presidential residence", "city hall", "airport", "Republic Square",
    "police station", "30 km south of", "near", "in", "outside", "the capital", "the city", "the region",
    "protesters", "police", "soldiers", "gunmen", "rebels", "stormed", "clashed", "explosion", "gunfire", "shelling",
    "protest", "riot", "attack", "killed", "dead", "wounded", "dozens", "12", "1,000", "hundreds", "at least",
    "on Wednesday", "on Monday", "at about 5:30 p.m. local time", "(1130 GMT)", "an hour later", "overnight",
    "yesterday", "the next day", "last week", "in January", "January 6, 2022", "6 Jan 2022", "2022-01-06",
    "December 31, 2200", "January 1, 1800", "February 29, 2023", "at dawn", "late on Friday", "earlier this month",
    "(Reuters)", "ALMATY, Jan 6 (Reuters) -", "said", "told reporters", "according to", "A.M.", "U.S.", "Mr.",
    ".", ",", ";", ":", "-", " – ", "—", "(", ")", '"', "“", "”", "'", "?", "!", "\n", "\n\n", "\t", "  ",
    "<b>", "</b>", "<script>alert(1)</script>", "&amp;", "{{7*7}}", "\u2028", "\u00a0", "\ufeff", "\x00", "\u0301",
    "İstanbul", "ß", "ﬁ", "𝔸lmaty", "Алматы", "الخرطوم", "東京", "🙂", "\ud7ff", "e\u0301",
)

newsy_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map(" ".join)
"""Text made of news-like pieces and short random strings."""

any_text = st.one_of(st.text(max_size=400), newsy_text)
"""Any Unicode text (surrogates aside, which no decoder yields), often news-like."""

any_bytes = st.one_of(
    st.binary(max_size=600),
    any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.tuples(any_text, st.sampled_from(["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "cp1252"]))
    .map(lambda p: p[0].encode(p[1], "replace")),
)
"""File contents: random bytes and texts in the encodings the loader reads."""

suffixes = st.sampled_from([".txt", ".md", ".json", ".html", ".htm"])


@st.composite
def json_articles(draw: st.DrawFn) -> bytes:
    """JSON files with any shape: objects with fields of any type, lists, scalars."""
    value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | any_text,
                         lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                      max_size=3), max_leaves=6)
    fields = st.fixed_dictionaries({}, optional={k: st.one_of(any_text, value) for k in
                                                 ("title", "text", "published", "source", "url")})
    import json

    return json.dumps(draw(st.one_of(fields, value))).encode("utf-8")


@st.composite
def html_articles(draw: st.DrawFn) -> bytes:
    """HTML pages of any tags around news-like text, scripts and styles included."""
    tags = st.sampled_from(["p", "div", "script", "style", "h1", "title", "time", "meta", "br", "nav", "svg",
                            "template", "!--", "![CDATA[", "!DOCTYPE html", "?xml", "head", "body", "a"])
    parts = draw(st.lists(st.tuples(tags, any_text, st.booleans()), max_size=12))
    out = []
    for tag, text, close in parts:
        attrs = ' content="2022-01-06" property="article:published_time" datetime="2022-01-06T10:00"'
        out.append(f"<{tag}{attrs if tag in ('meta', 'time') else ''}>{text}" + (f"</{tag}>" if close else ""))
    return "".join(out).encode("utf-8", "surrogatepass")
