"""Read articles from .txt, .md, .json and .html files.

A plain-text article looks like the seed: a title line, a photo caption that ends in a
dateline ("... in Almaty, Kazakhstan, January 6, 2022. (Reuters Photo)"), then the body.
The publication date comes from metadata where the format has it, else from the dateline,
else from the first full date in the text.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

from mapping._errors import ArticleError
from mapping.types import Article

logger = logging.getLogger(__name__)

SUFFIXES: tuple[str, ...] = (".txt", ".md", ".json", ".html", ".htm")
MAX_BYTES = 50 * 1024 * 1024
MIN_YEAR, MAX_YEAR = 1800, 2200
"""Years a publication date may have; other "dates" are not taken for one (pandas' times end in 2262)."""
FUTURE_SLACK = timedelta(days=1)  # time zones: an article may be dated "tomorrow" where it was written
_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.05  # text has hardly any control characters besides tab, CR and LF
# control characters other than tab, LF, FF and CR, and the C1 range (0x7F-0x9F)
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_MDY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
# "in Almaty, Kazakhstan, January 6, 2022" / "ALMATY, Jan 6 (Reuters) -"
# a capitalised name whose words may be joined by lower-case particles: "Santiago de Cuba", "Stratford-upon-Avon"
_NAME = r"[A-Z][\w'\-]+(?: (?:(?:de|del|da|do|dos|das|di|la|le|les|el|al|of|sur|en|y|and|bin|ibn) )*[A-Z][\w'\-]+)*"
_DATELINE_PLACE = re.compile(
    rf"\bin +({_NAME}(?:, {_NAME})?), +"
    rf"(?i:(?:{_MONTH_RE})\.? +\d{{1,2}},? +\d{{4}}|\d{{1,2}} +(?:{_MONTH_RE})\.? +\d{{4}})"
)
_WIRE_DATELINE = re.compile(
    rf"^([A-Z][A-Z .'\-]+),\s+(?:[A-Z][a-z]+,?\s+)?((?i:{_MONTH_RE})\.?\s+\d{{1,2}})\s*\(([A-Za-z .]+)\)",
    re.MULTILINE,
)
_AGENCIES = (
    "Reuters",
    "Associated Press",
    "AFP",
    "Agence France-Presse",
    "BBC",
    "Al Jazeera",
    "CNN",
    "Xinhua",
    "TASS",
    "Interfax",
    "Anadolu",
    "dpa",
    "EFE",
    "ANSA",
    "Kyodo",
    "Yonhap",
    "UPI",
    "Bloomberg",
    "The Guardian",
    "The New York Times",
    "The Washington Post",
    "AP",
)
_AGENCY_RE = re.compile(r"\b(" + "|".join(re.escape(a) for a in _AGENCIES) + r")\b")


def article_id(text: str) -> str:
    """A stable id for an article: the first 16 hex digits of SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def decode(data: bytes, path: str | Path = "<bytes>") -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when every
    other byte is NUL, as in mostly-ASCII text), else Windows-1252, else Latin-1.

    Raises ArticleError for binary data: NUL bytes in text that is not UTF-16, or many control
    characters (an image or an archive renamed .txt).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_utf16(data, "utf-16", path)
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        encoding = _utf16_without_bom(head)
        if encoding is None:
            raise ArticleError(f"{path}: looks like a binary file, not text")
        return _decode_utf16(data, encoding, path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
            logger.info("%s: not UTF-8, reading as Windows-1252", path)
        except UnicodeDecodeError:
            logger.info("%s: not UTF-8, reading as Latin-1", path)
            text = data.decode("latin-1")
    sample = text[:_SNIFF_BYTES]
    if sample and len(_CONTROL_RE.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        raise ArticleError(f"{path}: looks like a binary file, not text")
    return text


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when the NUL bytes sit at odd/even offsets as in mostly-ASCII UTF-16."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    odd_nul = head[1:2 * pairs:2].count(0)
    even_nul = head[0:2 * pairs:2].count(0)
    if odd_nul >= 0.6 * pairs and even_nul == 0:
        return "utf-16-le"
    if even_nul >= 0.6 * pairs and odd_nul == 0:
        return "utf-16-be"
    return None


def _decode_utf16(data: bytes, encoding: str, path: str | Path) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        raise ArticleError(f"{path}: not valid UTF-16 text ({e.reason})") from e
    if "\x00" in text:
        raise ArticleError(f"{path}: looks like a binary file, not text")
    return text


def parse_date(text: str) -> date | None:
    """The first full calendar date written in ``text`` ("January 6, 2022", "6 Jan 2022", ISO)."""
    found: list[tuple[int, date]] = []
    for m in _DATE_MDY.finditer(text):
        d = _make_date(int(m.group(3)), m.group(1), int(m.group(2)))
        if d:
            found.append((m.start(), d))
    for m in _DATE_DMY.finditer(text):
        d = _make_date(int(m.group(3)), m.group(2), int(m.group(1)))
        if d:
            found.append((m.start(), d))
    for m in _DATE_ISO.finditer(text):
        try:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        if MIN_YEAR <= d.year <= MAX_YEAR:
            found.append((m.start(), d))
    return min(found)[1] if found else None


def _make_date(year: int, month: str, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, _MONTHS[month.lower().rstrip(".")], day)
    except (KeyError, ValueError):
        return None


def _find_source(text: str) -> str | None:
    m = _AGENCY_RE.search(text)
    return m.group(1) if m else None


def _dateline_place(head: str) -> str | None:
    m = _DATELINE_PLACE.search(head)
    if m:
        return m.group(1)
    m = _WIRE_DATELINE.search(head)
    return m.group(1).strip().title() if m else None


def _wire_date(head: str, reference: date) -> date | None:
    """The date of a wire dateline without a year ("NAIROBI, March 3 (Reuters) -"), in the year
    that puts it on or before ``reference`` (give or take a month)."""
    m = _WIRE_DATELINE.search(head)
    if not m:
        return None
    month, _, day = m.group(2).partition(" ")
    for year in (reference.year, reference.year - 1):
        d = _make_date(year, month, int(day.strip() or 0))
        if d and d.toordinal() <= reference.toordinal() + 31:
            return d
    return None


def _body_start(text: str) -> int:
    """Offset where the body begins: after a heading block (title, caption) of at most three
    lines that ends in a blank line; else after a first line that does not end a sentence."""
    lines = text.lstrip().split("\n", 4)
    offset = len(text) - len(text.lstrip())
    for k in range(1, min(3, len(lines) - 1) + 1):  # a heading of one to three lines, then a blank line
        if all(ln.strip() for ln in lines[:k]) and not lines[k].strip():
            rest = text[offset + sum(len(ln) + 1 for ln in lines[:k + 1]):]
            return len(text) - len(rest.lstrip())
        if not lines[k - 1].strip():
            break
    first = re.match(r"\s*([^\n]*)\n", text)
    if first and not first.group(1).rstrip().endswith((".", "!", "?", '"', "”")):
        return first.end()
    return 0


def from_text(text: str, path: str = "<text>", *, published: date | None = None,
              source: str | None = None, url: str | None = None,
              title: str | None = None, fallback_date: date | None = None) -> Article:
    """Build an Article from decoded text; metadata given here wins over what the text says.

    The publication date is ``published``, else the dateline's, else the first full date in
    the text, else ``fallback_date`` (for files: the day they were last modified).
    """
    stripped = text.strip()
    if not stripped:
        raise ArticleError(f"{path}: the article is empty")
    lines = [ln.strip() for ln in stripped.splitlines() if ln.strip()]
    head = "\n".join(lines[:3])
    found = published or parse_date(head)
    if found is None and fallback_date is not None:
        found = _wire_date(head, fallback_date)
    found = found or parse_date(text)
    if found is None and fallback_date is not None:
        logger.warning("%s: no publication date in the article; using the file's date %s", path, fallback_date)
        found = fallback_date
    if found is not None and found > datetime.now(UTC).date() + FUTURE_SLACK:
        logger.warning("%s: the publication date %s is in the future; its times are read from that date", path, found)
    return Article(
        article_id=article_id(text),
        path=str(path),
        title=title or lines[0].lstrip("# ").strip(),
        text=text,
        published=found,
        source=source or _find_source(text),
        url=url,
        dateline_place=_dateline_place(head),
        body_start=_body_start(text),
    )


def _from_json(raw: str, path: str, fallback_date: date | None = None) -> Article:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as e:
        raise ArticleError(f"{path}: invalid JSON ({e.msg} at line {e.lineno})") from e
    if not isinstance(obj, dict):
        raise ArticleError(f"{path}: expected a JSON object with 'title' and 'text'")
    fields = {k: obj.get(k) for k in ("title", "text", "published", "source", "url")}
    for k, v in fields.items():
        if v is not None and not isinstance(v, str):
            raise ArticleError(f"{path}: field '{k}' must be a string, got {type(v).__name__}")
    body = fields["text"] or ""
    if not body.strip():
        raise ArticleError(f"{path}: the JSON object has no 'text'")
    title = (fields["title"] or "").strip()
    text = f"{title}\n\n{body}" if title else body
    published = None
    if fields["published"]:
        published = parse_date(fields["published"])
        if published is None:
            raise ArticleError(f"{path}: 'published' is not a date: {fields['published']!r}")
    return from_text(text, path, published=published, source=fields["source"],
                     url=fields["url"], title=title or None, fallback_date=fallback_date)


class _HTMLText(HTMLParser):
    """Collects visible text, the <title>, and date/source/url metadata of an HTML page."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "nav", "footer"})
    _BLOCK = frozenset({"p", "div", "br", "h1", "h2", "h3", "h4", "li", "figcaption", "article",
              "section", "tr", "blockquote", "header"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.meta: dict[str, str] = {}
        self._skip = 0
        self._in_title = False
        self._h1 = ""
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key:
                self.meta.setdefault(key, a.get("content", ""))
        elif tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        if tag in self._SKIP:
            self._skip += 1
        if tag == "h1":
            self._in_h1 = True
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag == "h1":
            self._in_h1 = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(data)
            if self._in_h1:
                self._h1 += data


def _from_html(raw: str, path: str, fallback_date: date | None = None) -> Article:
    parser = _HTMLText()
    parser.feed(raw)
    parser.close()
    paragraphs = [re.sub(r"[ \t\r\f\v]+", " ", p).strip() for p in "".join(parser.parts).split("\n")]
    body = "\n\n".join(p for p in paragraphs if p)
    meta = parser.meta
    title = (meta.get("og:title") or parser._h1 or parser.title).strip()
    title = html.unescape(title)
    if body.startswith(title):
        body = body[len(title):].lstrip()
    if not body.strip():
        raise ArticleError(f"{path}: the HTML page has no visible text")
    text = f"{title}\n\n{body}" if title else body
    stamp = meta.get("article:published_time") or meta.get("date") or meta.get("time") or ""
    return from_text(text, path, published=parse_date(stamp) if stamp else None,
                     source=meta.get("og:site_name") or None, url=meta.get("og:url") or None,
                     title=title or None, fallback_date=fallback_date)


def read_article(path: str | Path) -> Article:
    """Read one article file; raises ArticleError naming the file and the problem."""
    p = Path(path)
    if p.is_dir():
        try:
            os.listdir(p)
        except OSError as e:
            raise ArticleError(f"{p}: cannot read folder ({e.strerror or e})") from e
        raise ArticleError(f"{p}: is a folder, not an article file")
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES:
        raise ArticleError(f"{p}: unsupported file type {suffix or '(none)'}; "
                           f"expected one of {', '.join(SUFFIXES)}")
    try:
        if not p.is_file() and p.exists():
            raise ArticleError(f"{p}: not a regular file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(f"{p}: file is {size / 1e6:.0f} MB, over the {MAX_BYTES // 2**20} MB limit")
        data = p.read_bytes()
        modified = datetime.fromtimestamp(p.stat().st_mtime, tz=UTC).date()
    except OSError as e:
        raise ArticleError(f"{p}: cannot read file ({e.strerror or e})") from e
    raw = decode(data, p)
    if suffix == ".json":
        return _from_json(raw, str(p), modified)
    if suffix in (".html", ".htm"):
        return _from_html(raw, str(p), modified)
    return from_text(raw, str(p), fallback_date=modified)


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Article files among ``paths``: files as given, folders searched recursively, sorted.

    Inside a folder, hidden entries are left out and symbolic links to folders are not
    followed (no loops); a broken or looping link with an article's suffix, and a sub-folder
    that cannot be listed, are yielded so that reading them reports the problem.
    """
    for path in paths:
        p = Path(path)
        if not p.is_dir():
            yield p
            continue
        yield from sorted(_walk(p))


def _walk(folder: Path) -> list[Path]:
    """The article files under ``folder`` and the sub-folders that could not be listed (see :func:`iter_paths`)."""
    found: list[Path] = []

    def unreadable(e: OSError) -> None:
        if e.filename is not None:
            found.append(Path(e.filename))

    for parent, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(parent, f) for f in files if not f.startswith(".") and Path(f).suffix.lower() in SUFFIXES]
    return found
