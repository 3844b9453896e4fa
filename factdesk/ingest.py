"""Read a file into a ``Document`` and a ``TextView`` for the extractors.

The view is the text the extractors see (front matter blanked, Markdown link
targets blanked, HTML reduced to visible text) with a map back to offsets in
the file's text, so every claim span indexes the file exactly.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from factdesk import frontmatter, rxcache
from factdesk.errors import InputError
from factdesk.safeio import read_regular
from schemas.contracts import Document, trusted

# Limits (each breach is an InputError with one line; measured in DESIGN notes of
# tests/test_robustness.py): extraction costs about 10-20 us per character, so the
# text to check is capped at 250,000 characters (~40,000 words, longer than any news
# draft, checked in a few seconds); a file is capped at 2 MiB (HTML markup around
# that text parses in about 2 s); front matter is metadata and capped at 64 KiB
# (PyYAML parses ~70 KB/s); HTML nesting is capped at 2,000 open elements; and a
# publication date must lie in 1900..2199 (date arithmetic on "last week" needs room).
MAX_BYTES = 2 * 1024 * 1024
MAX_TEXT_CHARS = 250_000
MAX_FRONT_MATTER_CHARS = 64 * 1024
MAX_HTML_DEPTH = 2000
MAX_TITLE = 500  # characters of an HTML <title> kept as the document's title
MIN_DATE, MAX_DATE = dt.date(1900, 1, 1), dt.date(2199, 12, 31)
FRONT_MATTER = rxcache.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MD_SUFFIXES = {".md", ".markdown", ".mdx"}


@dataclass
class TextView:
    """Analysis text plus a piecewise map from view offsets to source offsets."""

    text: str
    # (view_start, source_start) pairs, sorted; offsets between pairs are contiguous.
    anchors: list[tuple[int, int]] = field(default_factory=lambda: [(0, 0)])

    def __post_init__(self) -> None:
        self._keys = [a[0] for a in self.anchors]

    def to_source(self, i: int) -> int:
        k = bisect_right(self._keys, i) - 1
        v0, s0 = self.anchors[max(k, 0)]
        return s0 + (i - v0)

    def to_source_end(self, i: int) -> int:
        """End offsets map from the last character, so a tag boundary stays outside."""
        return self.to_source(i - 1) + 1 if i > 0 else 0


def read_document(path: Path, published: dt.date | None = None) -> tuple[Document, TextView]:
    """Read ``path``; raise ``InputError`` with a one-line reason when it is unusable
    (only regular files are read, and never more than ``MAX_BYTES``)."""
    raw = read_regular(path, MAX_BYTES, noun="document")
    return parse_bytes(raw, str(path), published=published)


_BOMS = [(b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
         (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16")]


def _decodes(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)  # the BOM picks the byte order
    except UnicodeDecodeError:
        return False
    return True


def _utf16_without_bom(raw: bytes) -> str | None:
    """'little-endian' or 'big-endian' when ``raw`` looks like UTF-16 text of mostly Latin
    characters (every other byte NUL), else None."""
    sample = raw[:4096]
    even, odd = sample[0::2], sample[1::2]
    if len(odd) < 8:
        return None
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "little-endian"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "big-endian"
    return None


def parse_bytes(
    raw: bytes, origin: str, *, published: dt.date | None = None, fmt: str | None = None
) -> tuple[Document, TextView]:
    if not raw.strip():
        raise InputError(f"{origin}: empty file")
    for bom, name in _BOMS:
        if raw.startswith(bom) and _decodes(raw, name):
            raise InputError(f"{origin}: {name} text (byte order mark {bom.hex(' ').upper()}): save it as UTF-8")
    if b"\x00" in raw:
        order = _utf16_without_bom(raw)
        if order:
            raise InputError(f"{origin}: UTF-16 text ({order}, no byte order mark): save it as UTF-8")
        raise InputError(f"{origin}: binary file (contains NUL bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{origin}: not UTF-8 text (bad byte at offset {exc.start})") from None
    text = text.removeprefix("\ufeff")
    if len(text) > MAX_TEXT_CHARS and not (fmt == "html" or Path(origin).suffix.lower() in HTML_SUFFIXES):
        # HTML is measured by its visible text below; other formats are checked whole
        raise InputError(f"{origin}: text is {len(text)} characters; the limit for checking is {MAX_TEXT_CHARS}")
    if fmt is None:
        suffix = Path(origin).suffix.lower()
        if suffix in HTML_SUFFIXES or (
            suffix not in MD_SUFFIXES and re.match(r"\s*(<!doctype html|<html)", text, re.I)
        ):
            fmt = "html"
        elif suffix in MD_SUFFIXES or FRONT_MATTER.match(text):
            fmt = "markdown"
        else:
            fmt = "text"
    meta: dict = {}
    if fmt == "html":
        view, meta = _html_view(text, origin)
        if len(view.text) > MAX_TEXT_CHARS:
            raise InputError(
                f"{origin}: visible text is {len(view.text)} characters; the limit for checking is {MAX_TEXT_CHARS}"
            )
    else:
        view, meta = _markdown_view(text, origin) if fmt == "markdown" else (TextView(text), {})
    front_date = _meta_date(meta, origin)
    if front_date is not None:
        pub, source = front_date, "front_matter"
    elif published is not None:
        pub, source = published, "flag"
    else:
        pub, source = dt.date.today(), "today"
    if not MIN_DATE <= pub <= MAX_DATE:
        raise InputError(f"{origin}: publication date {pub.isoformat()} is outside {MIN_DATE}..{MAX_DATE}")
    title = meta.get("title")
    if not isinstance(title, (str, int, float, dt.date)) or isinstance(title, bool):
        title = None  # a list or mapping is not a title (and may be a YAML alias bomb: never str() it)
    values = {"text": text, "origin": origin, "sha256": hashlib.sha256(raw).hexdigest(), "format": fmt,
              "published": pub, "published_source": source, "title": str(title) if title is not None else None}
    if type(pub) is dt.date and type(text) is str and type(origin) is str:
        # exactly what validation would keep (every other value is a str made above), built without
        # building Document's validator: pydantic's schema for it is ~100 M instructions at start-up
        doc = trusted(Document, values)
    else:  # a caller's date or text of another type: pydantic converts it or says why not
        doc = Document(**values)
    return doc, view


def _meta_date(meta: dict, origin: str) -> dt.date | None:
    for key in ("date", "published", "datePublished", "article:published_time"):
        value = meta.get(key)
        if value is None:
            continue
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
            if m:
                try:
                    return dt.date.fromisoformat(m.group(1))
                except ValueError:
                    pass
        # never str() a list or mapping: a YAML alias bomb would expand to gigabytes
        shown = repr(value) if isinstance(value, (str, int, float, bool)) else f"a {type(value).__name__}"
        if len(shown) > 60:
            shown = shown[:57] + "..."
        raise InputError(f"{origin}: front matter {key!r} is not a YYYY-MM-DD date: {shown}")
    return None


def _blank(text: str, start: int, end: int) -> str:
    """Replace text[start:end] by spaces, keeping newlines (so offsets stay put)."""
    return _blank_spans(text, [(start, end)])


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank several sorted, disjoint spans in one pass (linear, not one copy per span)."""
    if not spans:
        return text
    out, at = [], 0
    for start, end in spans:
        out.append(text[at:start])
        out.append(re.sub(r"[^\n]", " ", text[start:end]))
        at = end
    out.append(text[at:])
    return "".join(out)


# Bounded, possessive quantifiers: every "](" is a possible start, so an unbounded scan
# per start is quadratic on "](](](..." or on many '](x "' without a closing quote.
_MD_LINK_TARGET = rxcache.compile(r"\]\([^)\s]{0,512}+(?:\s{1,64}+\"[^\"]{0,512}+\")?\)")
_MD_CODE = rxcache.compile(r"```.*?```|`[^`\n]*`", re.S)


def _md_comments(text: str) -> list[tuple[int, int]]:
    """Spans of ``<!-- ... -->`` (linear: the regex rescans to the end for each unclosed '<!--')."""
    spans, at = [], 0
    while (start := text.find("<!--", at)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        spans.append((start, end + 3))
        at = end + 3
    return spans


def _load_front_matter(source: str, origin: str) -> object:
    """The front matter as ``yaml.safe_load`` reads it; the common ``key: value`` lines are
    read without importing PyYAML (``factdesk/frontmatter.py``)."""
    try:
        simple = frontmatter.read(source)
        if simple is not None:
            return simple
        import yaml  # front matter beyond the simple subset

        try:
            return yaml.safe_load(source)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 2})" if mark is not None else ""
            raise InputError(f"{origin}: malformed front matter{where}") from None
    except (ValueError, OverflowError) as exc:  # an impossible date such as 2023-02-30
        raise InputError(f"{origin}: malformed front matter ({str(exc)[:80]})") from None
    except RecursionError:
        raise InputError(f"{origin}: malformed front matter (nested too deeply)") from None


def _markdown_view(text: str, origin: str) -> tuple[TextView, dict]:
    meta: dict = {}
    view = text
    m = FRONT_MATTER.match(text)
    if m:
        if len(m.group(1)) > MAX_FRONT_MATTER_CHARS:
            raise InputError(
                f"{origin}: front matter is {len(m.group(1))} characters; the limit is {MAX_FRONT_MATTER_CHARS}"
            )
        loaded = _load_front_matter(m.group(1), origin) if m.group(1).strip() else {}
        if loaded is not None and not isinstance(loaded, dict):
            raise InputError(f"{origin}: front matter must be a YAML mapping")
        meta = loaded or {}
        view = _blank(view, 0, m.end())
    elif text.startswith("---\n") and "\n---" not in text[4:]:
        raise InputError(f"{origin}: malformed front matter (no closing '---')")
    view = _blank_spans(view, _md_comments(view))
    view = _blank_spans(view, [mm.span() for mm in _MD_CODE.finditer(view)])
    # keep the ']' of a link (offset-neutral)
    view = _blank_spans(view, [(mm.start() + 1, mm.end()) for mm in _MD_LINK_TARGET.finditer(view)])
    view = re.sub(r"[*_#>]", " ", view)  # emphasis and heading marks are not words
    return TextView(view), meta


def _html_view(text: str, origin: str) -> tuple[TextView, dict]:
    from factdesk.htmlview import html_view  # html.parser only for HTML input

    return html_view(text, origin)
