"""An article page -> its body and publication date (beautifulsoup4), then the same
``parse_bytes`` as a dropped HTML file, so claim spans index the stored text exactly.

Body: ``<article>``, else the ``articleBody`` microdata element, else ``<main>``, else the
element holding most ``<p>`` text. Date, first found: ``article:published_time`` (and its
``og:``/``dc``/``itemprop`` kin), JSON-LD ``datePublished`` (nested ``@graph`` and lists
too), ``<time datetime>`` (inside the body first), then the feed's or sitemap's date.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re

from bs4 import BeautifulSoup, Tag

from factdesk.errors import InputError
from factdesk.ingest import TextView, parse_bytes
from schemas.contracts import Document

META_DATE_KEYS = ("article:published_time", "og:published_time", "datePublished", "dc.date", "dcterms.created",
                  "date", "pubdate", "publishdate")
_DATE = re.compile(r"\s*(\d{4}-\d{2}-\d{2})")


def _as_date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    m = _DATE.match(value)
    if not m:
        return None
    try:
        return dt.date.fromisoformat(m.group(1))
    except ValueError:
        return None


def _jsonld_dates(node: object, depth: int = 0) -> list[dt.date]:
    if depth > 8:
        return []
    if isinstance(node, list):
        return [d for item in node[:200] for d in _jsonld_dates(item, depth + 1)]
    if not isinstance(node, dict):
        return []
    found = []
    if (d := _as_date(node.get("datePublished"))) is not None:
        found.append(d)
    for key in ("@graph", "mainEntity", "mainEntityOfPage"):
        if key in node:
            found += _jsonld_dates(node[key], depth + 1)
    return found


def published_date(soup: BeautifulSoup, body: Tag | None) -> tuple[dt.date | None, str]:
    """(date, where it came from) from meta tags, JSON-LD and ``<time>``."""
    for key in META_DATE_KEYS:
        for attr in ("property", "name", "itemprop"):
            tag = soup.find("meta", attrs={attr: key})
            if isinstance(tag, Tag) and (d := _as_date(tag.get("content"))) is not None:
                return d, f"meta {key}"
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, RecursionError):
            continue
        if dates := _jsonld_dates(data):
            return dates[0], "JSON-LD datePublished"
    for scope in (body, soup):
        if scope is None:
            continue
        for t in scope.find_all("time"):
            if (d := _as_date(t.get("datetime"))) is not None:
                return d, "<time datetime>"
    return None, ""


def article_body(soup: BeautifulSoup) -> Tag | None:
    for finder in (lambda: soup.find("article"), lambda: soup.find(attrs={"itemprop": "articleBody"}),
                   lambda: soup.find("main")):
        tag = finder()
        if isinstance(tag, Tag) and tag.get_text(strip=True):
            return tag
    best, best_len = None, 0
    for p in soup.find_all("p"):
        parent = p.parent
        if not isinstance(parent, Tag):
            continue
        length = sum(len(q.get_text(strip=True)) for q in parent.find_all("p", recursive=False))
        if length > best_len:
            best, best_len = parent, length
    return best


def parse_article(raw: bytes, url: str, *, published_hint: dt.date | None = None) -> tuple[Document, TextView]:
    """The article at ``url`` as a Document: title and body as HTML; published date as found."""
    if not raw.strip():
        raise InputError(f"{url}: empty page")
    soup = BeautifulSoup(raw, "html.parser")
    body = article_body(soup)
    if body is None:
        raise InputError(f"{url}: no article body found (no <article>, <main> or paragraphs)")
    date, _where = published_date(soup, body)
    if date is None:
        date = published_hint
    for junk in body.find_all(["script", "style", "noscript", "template", "nav", "aside", "form"]):
        junk.decompose()
    title_tag = soup.find("meta", attrs={"property": "og:title"}) or soup.find("title")
    title = (title_tag.get("content") if title_tag is not None and title_tag.name == "meta"
             else title_tag.get_text(strip=True) if title_tag is not None else "")
    head = "<meta charset=\"utf-8\">"
    if title:
        head += f"<meta property=\"og:title\" content=\"{html.escape(str(title), quote=True)}\">"
    if date is not None:
        head += f"<meta property=\"article:published_time\" content=\"{date.isoformat()}\">"
    page = f"<!doctype html>\n<html><head>{head}</head>\n<body>\n{body}\n</body></html>\n"
    doc, view = parse_bytes(page.encode("utf-8"), url, fmt="html")
    if date is not None:
        doc = doc.model_copy(update={"published_source": "page" if _where else "feed"})
    return doc, view
