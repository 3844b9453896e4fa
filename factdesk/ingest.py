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
from html.parser import HTMLParser
from pathlib import Path

from factdesk.errors import InputError
from schemas.contracts import Document

MAX_BYTES = 20 * 1024 * 1024
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
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
    """Read ``path``; raise ``InputError`` with a one-line reason when it is unusable."""
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a document")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: file is {size} bytes; the limit is {MAX_BYTES}")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return parse_bytes(raw, str(path), published=published)


def parse_bytes(
    raw: bytes, origin: str, *, published: dt.date | None = None, fmt: str | None = None
) -> tuple[Document, TextView]:
    if not raw.strip():
        raise InputError(f"{origin}: empty file")
    if b"\x00" in raw:
        raise InputError(f"{origin}: binary file (contains NUL bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{origin}: not UTF-8 text (bad byte at offset {exc.start})") from None
    text = text.removeprefix("\ufeff")
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
    else:
        view, meta = _markdown_view(text, origin) if fmt == "markdown" else (TextView(text), {})
    front_date = _meta_date(meta, origin)
    if front_date is not None:
        pub, source = front_date, "front_matter"
    elif published is not None:
        pub, source = published, "flag"
    else:
        pub, source = dt.date.today(), "today"
    title = meta.get("title")
    doc = Document(
        text=text,
        origin=origin,
        sha256=hashlib.sha256(raw).hexdigest(),
        format=fmt,
        published=pub,
        published_source=source,
        title=str(title) if title is not None else None,
    )
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
        m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", str(value))
        if m:
            try:
                return dt.date.fromisoformat(m.group(1))
            except ValueError:
                pass
        raise InputError(f"{origin}: front matter {key!r} is not a YYYY-MM-DD date: {value!r}")
    return None


def _blank(text: str, start: int, end: int) -> str:
    """Replace text[start:end] by spaces, keeping newlines (so offsets stay put)."""
    chunk = re.sub(r"[^\n]", " ", text[start:end])
    return text[:start] + chunk + text[end:]


_MD_LINK_TARGET = re.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_COMMENT = re.compile(r"<!--.*?-->", re.S)
_MD_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)


def _markdown_view(text: str, origin: str) -> tuple[TextView, dict]:
    import yaml  # only Markdown with front matter pays for it

    meta: dict = {}
    view = text
    m = FRONT_MATTER.match(text)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1)) if m.group(1).strip() else {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 2})" if mark is not None else ""
            raise InputError(f"{origin}: malformed front matter{where}") from None
        except ValueError as exc:  # YAML resolved an impossible date such as 2023-02-30
            raise InputError(f"{origin}: malformed front matter ({exc})") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise InputError(f"{origin}: front matter must be a YAML mapping")
        meta = loaded or {}
        view = _blank(view, 0, m.end())
    elif text.startswith("---\n") and "\n---" not in text[4:]:
        raise InputError(f"{origin}: malformed front matter (no closing '---')")
    for pattern in (_MD_COMMENT, _MD_CODE, _MD_LINK_TARGET):
        for mm in pattern.finditer(view):
            keep = 1 if pattern is _MD_LINK_TARGET else 0  # keep the ']' (offset-neutral)
            view = _blank(view, mm.start() + keep, mm.end())
    view = re.sub(r"[*_#>]", " ", view)  # emphasis and heading marks are not words
    return TextView(view), meta


_SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td",
    "th", "table", "section", "article", "header", "footer", "blockquote", "pre", "hr",
    "figcaption", "title", "main", "aside", "nav", "dd", "dt",
}


class _VisibleText(HTMLParser):
    """Collects visible text with source offsets (stdlib parser: it reports positions,
    which BeautifulSoup does not keep for text nodes)."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.parts: list[str] = []
        self.anchors: list[tuple[int, int]] = []
        self.length = 0
        self.skip = 0
        self.meta: dict = {}
        self.depth = 0

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, text: str, source_at: int) -> None:
        self.anchors.append((self.length, source_at))
        self.parts.append(text)
        self.length += len(text)

    def _gap(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self._emit("\n", max(self._offset() - 1, 0))

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.depth += 1
        if self.depth > 2000:
            raise InputError("HTML nested more than 2000 levels deep")
        if tag in _SKIP:
            self.skip += 1
        if tag == "meta":
            d = dict(attrs)
            key = d.get("property") or d.get("name") or d.get("itemprop")
            if key and d.get("content"):
                self.meta.setdefault(key, d["content"])
        if tag == "time" and dict(attrs).get("datetime"):
            self.meta.setdefault("published", dict(attrs)["datetime"])
        if tag in _BLOCK:
            self._gap()

    def handle_startendtag(self, tag, attrs):  # noqa: ANN001
        if tag in _BLOCK:
            self._gap()
        if tag == "meta":
            self.handle_starttag(tag, attrs)
            self.depth -= 1

    def handle_endtag(self, tag):  # noqa: ANN001
        self.depth = max(self.depth - 1, 0)
        if tag in _SKIP and self.skip:
            self.skip -= 1
        if tag in _BLOCK:
            self._gap()

    def handle_data(self, data):  # noqa: ANN001
        if not self.skip and data:
            self._emit(data, self._offset())

    def _ref(self, text: str, raw_len: int) -> None:
        if not self.skip:
            at = self._offset()
            # one view char per reference; the map keeps the next text aligned
            self._emit(text, at)

    def handle_entityref(self, name):  # noqa: ANN001
        import html

        self._ref(html.unescape(f"&{name};")[:1] or " ", len(name) + 2)

    def handle_charref(self, name):  # noqa: ANN001
        import html

        self._ref(html.unescape(f"&#{name};")[:1] or " ", len(name) + 3)


def _html_view(text: str, origin: str) -> tuple[TextView, dict]:
    parser = _VisibleText(text)
    try:
        parser.feed(text)
        parser.close()
    except InputError as exc:
        raise InputError(f"{origin}: {exc}") from None
    view = "".join(parser.parts)
    anchors = parser.anchors or [(0, 0)]
    meta = {
        "published": parser.meta.get("article:published_time")
        or parser.meta.get("datePublished")
        or parser.meta.get("published"),
        "title": parser.meta.get("og:title"),
    }
    return TextView(view, anchors), {k: v for k, v in meta.items() if v}
