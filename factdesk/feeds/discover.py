"""What a feed list offers right now: entries of RSS/Atom feeds, URLs of sitemaps, files
of drop folders. Each becomes a ``FeedEntry`` keyed by canonical URL and a content hash
of what identifies its version, so the queue (``factdesk.feeds.queue``) sees a new or
changed item once. Parsing is plain functions over bytes; fetching is ``Fetcher``'s.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from factdesk.errors import SourceError, SourceFormatError
from factdesk.feeds.config import FeedConfig
from factdesk.feeds.fetch import Fetcher

DROP_SUFFIXES = {".md", ".markdown", ".html", ".htm", ".txt"}
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
MAX_SITEMAP_DEPTH = 2
_TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)$", re.I)


@dataclass(frozen=True)
class FeedEntry:
    canonical_url: str
    content_hash: str
    source: str
    kind: str  # rss | sitemap | folder
    published_hint: dt.date | None = None


@dataclass(frozen=True)
class SourceFailure:
    source: str
    error: str


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and not ((scheme == "http" and parts.port == 80) or (scheme == "https" and parts.port == 443)):
        host = f"{host}:{parts.port}"
    if ":" in (parts.hostname or "") and not host.startswith("["):  # IPv6 literal
        host = f"[{parts.hostname}]" + (f":{parts.port}" if parts.port else "")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def _hash(*parts: object) -> str:
    return hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()


def parse_feed(body: bytes, source: str) -> list[FeedEntry]:
    """Entries of an RSS 2.0 or Atom document (feedparser; it never fetches anything itself here)."""
    import feedparser

    parsed = feedparser.parse(body)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "")() or "no RSS or Atom entries"
        raise SourceFormatError(f"{source}: not an RSS or Atom feed ({reason})")
    out = []
    for e in parsed.entries:
        link = e.get("link") or ""
        if not link.lower().startswith(("http://", "https://")):
            continue  # an entry without a web link has no article to fetch
        # dict.get: FeedParserDict.get("updated") falls back to "published" with a DeprecationWarning
        stamp = dict.get(e, "published_parsed") or dict.get(e, "updated_parsed")
        published = dt.date(*stamp[:3]) if stamp else None
        content_hash = _hash(*(dict.get(e, k) for k in ("id", "updated", "published", "title", "summary")))
        out.append(FeedEntry(canonical_url(link), content_hash, source, "rss", published))
    return out


def parse_sitemap(body: bytes, source: str) -> tuple[list[FeedEntry], list[str]]:
    """(article entries, nested sitemap URLs) of a sitemap or sitemap index."""
    try:
        root = ET.fromstring(body)  # expat: no external entities; amplification limits on
    except ET.ParseError as exc:
        raise SourceFormatError(f"{source}: not a sitemap ({exc})") from None
    tag = root.tag.removeprefix(SITEMAP_NS)
    if tag not in ("urlset", "sitemapindex"):
        raise SourceFormatError(f"{source}: not a sitemap (root element <{tag}>)")
    entries, nested = [], []
    for node in root:
        loc = (node.findtext(f"{SITEMAP_NS}loc") or node.findtext("loc") or "").strip()
        if not loc.lower().startswith(("http://", "https://")):
            continue
        lastmod = (node.findtext(f"{SITEMAP_NS}lastmod") or node.findtext("lastmod") or "").strip()
        if tag == "sitemapindex":
            nested.append(loc)
            continue
        hint = None
        if m := re.match(r"(\d{4}-\d{2}-\d{2})", lastmod):
            try:
                hint = dt.date.fromisoformat(m.group(1))
            except ValueError:
                hint = None
        # no lastmod: the URL alone identifies it (seen once, never re-checked)
        entries.append(FeedEntry(canonical_url(loc), _hash(lastmod), source, "sitemap", hint))
    return entries, nested


def scan_folder(folder: Path, max_bytes: int) -> list[FeedEntry]:
    """Files of a drop folder (not recursive), keyed by ``file://`` URI and content sha256."""
    out = []
    for p in sorted(folder.iterdir()):
        if p.suffix.lower() not in DROP_SUFFIXES or not p.is_file() or p.name.startswith("."):
            continue
        if p.stat().st_size > max_bytes:
            continue  # read_document reports the limit when the item is checked
        digest = hashlib.sha256(p.read_bytes()).hexdigest()
        out.append(FeedEntry(p.resolve().as_uri(), digest, str(folder), "folder", None))
    return out


def discover(cfg: FeedConfig, fetcher: Fetcher) -> tuple[list[FeedEntry], list[SourceFailure]]:
    """All entries of the feed list, one per canonical URL (feeds first, then sitemaps, then
    folders); a failing source is reported, not fatal."""
    entries: list[FeedEntry] = []
    failures: list[SourceFailure] = []
    for url in cfg.feeds:
        try:
            entries += parse_feed(fetcher.get(url).body, url)
        except SourceError as exc:  # fetch or format: recorded with its reason, the other sources go on
            failures.append(SourceFailure(url, str(exc)))
    pending = [(u, 0) for u in cfg.sitemaps]
    while pending:
        url, depth = pending.pop(0)
        try:
            found, nested = parse_sitemap(fetcher.get(url).body, url)
        except SourceError as exc:
            failures.append(SourceFailure(url, str(exc)))
            continue
        entries += found
        if depth < MAX_SITEMAP_DEPTH:
            pending += [(n, depth + 1) for n in nested]
    for folder in cfg.folders:
        try:
            entries += scan_folder(folder, cfg.fetch.max_bytes)
        except OSError as exc:
            failures.append(SourceFailure(str(folder), f"{folder}: cannot read the folder ({exc.strerror})"))
    seen: set[str] = set()
    unique = []
    for e in entries:  # an article listed by a feed and a sitemap is one item: the first source wins
        if e.canonical_url not in seen:
            seen.add(e.canonical_url)
            unique.append(e)
    return unique[: cfg.max_items], failures

