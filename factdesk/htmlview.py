"""An HTML file's visible text with a map back to source offsets (``ingest`` reads HTML through it).

Kept apart from ``factdesk.ingest`` so that checking Markdown or plain text (every CI run)
does not import the standard library's HTML parser.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from html.parser import HTMLParser

from factdesk import rxcache
from factdesk.errors import InputError
from factdesk.ingest import MAX_HTML_DEPTH, MAX_TITLE, TextView

_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "command", "basefont", "frame", "isindex",
}
# elements whose start closes an open element of the same name (<p>a<p>b, <li>a<li>b)
_SELF_CLOSING_SIBLINGS = {"p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot"}
_COMMENT_CLOSE = rxcache.compile(r"--\s*>")
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
        self.open: list[str] = []  # open elements, to bound nesting (void elements excluded)
        self._memo_raw: str | None = None
        self._last_gt = -1
        self._comment_closes: list[int] = []
        self.title: list[str] | None = None  # the <title> text while inside it (collected once)
        self.title_text = ""

    # The stdlib parser rescans to the end of the input for every construct that has no
    # terminator ('<!--' without '-->', '</a' without '>'), which is quadratic on inputs
    # such as '<!--' * 50,000 (measured: 66 s for 200 KB). These guards answer "no
    # terminator after i" from one scan per buffer; the result (-1) is what the stdlib
    # would return, so parsing is unchanged.
    def _memo(self) -> None:
        if self._memo_raw is not self.rawdata:
            self._memo_raw = self.rawdata
            self._last_gt = self.rawdata.rfind(">")
            self._comment_closes = [m.start() for m in _COMMENT_CLOSE.finditer(self.rawdata)]

    def _no_gt_after(self, i: int) -> bool:
        self._memo()
        return self._last_gt < i

    def parse_comment(self, i, report=1):  # noqa: ANN001, ANN201
        self._memo()
        k = bisect_right(self._comment_closes, i + 3)
        if k == len(self._comment_closes):
            return -1
        return super().parse_comment(i, report)

    def parse_endtag(self, i):  # noqa: ANN001, ANN201
        return -1 if self._no_gt_after(i) else super().parse_endtag(i)

    def parse_pi(self, i):  # noqa: ANN001, ANN201
        return -1 if self._no_gt_after(i) else super().parse_pi(i)

    def parse_html_declaration(self, i):  # noqa: ANN001, ANN201
        return -1 if self._no_gt_after(i) else super().parse_html_declaration(i)

    def parse_bogus_comment(self, i, report=1):  # noqa: ANN001, ANN201
        return -1 if self._no_gt_after(i) else super().parse_bogus_comment(i, report)

    def parse_starttag(self, i):  # noqa: ANN001, ANN201
        # a start tag with no '>' anywhere after it is unterminated: kept as text
        return -1 if self._no_gt_after(i) else super().parse_starttag(i)

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
        if tag not in _VOID:
            if tag in _SELF_CLOSING_SIBLINGS and self.open and self.open[-1] == tag:
                self.open.pop()
            self.open.append(tag)
            if len(self.open) > MAX_HTML_DEPTH:
                raise InputError(f"HTML nested more than {MAX_HTML_DEPTH} elements deep")
        if tag in _SKIP:
            self.skip += 1
        if tag == "title" and not self.title_text and self.title is None and "svg" not in self.open:
            self.title = []
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

    def handle_endtag(self, tag):  # noqa: ANN001
        if tag == "title" and self.title is not None:
            self.title_text = " ".join("".join(self.title).split())[:MAX_TITLE]
            self.title = None
        if tag in self.open:  # close it and anything left open inside it; a stray end tag is ignored
            while self.open.pop() != tag:
                pass
        if tag in _SKIP and self.skip:
            self.skip -= 1
        if tag in _BLOCK:
            self._gap()

    def handle_data(self, data):  # noqa: ANN001
        if self.title is not None:
            self.title.append(data)
        if not self.skip and data:
            self._emit(data, self._offset())

    def _ref(self, text: str, raw_len: int) -> None:
        if self.title is not None:
            self.title.append(text)
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


def html_view(text: str, origin: str) -> tuple[TextView, dict]:
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
        "title": parser.meta.get("og:title") or parser.title_text or parser.meta.get("twitter:title"),
    }
    return TextView(view, anchors), {k: v for k, v in meta.items() if v}
