"""factdesk.feeds without Prefect: config, discovery, article extraction, the address policy,
retries, and checking a saved site end to end into the store (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fixtures.feeds.expect import EXPECTED_VERDICTS, HERE, assert_site_checked, stored, write_config
from fixtures.feeds.server import SiteServer
from sqlmodel import Session, select

from factdesk.errors import ConfigError, SourceFormatError
from factdesk.feeds.config import FeedConfig, FetchConfig, load_config
from factdesk.feeds.discover import canonical_url, discover, parse_feed, parse_sitemap
from factdesk.feeds.fetch import AddressRefused, Fetcher, FetchError, check_url, fetcher_for, forbidden_reason

SITE = HERE / "site"


@pytest.fixture(scope="module")
def site() -> Iterator[SiteServer]:
    srv = SiteServer()
    yield srv
    srv.stop()


def _cli(*args: str) -> tuple[int, str]:
    import subprocess

    out = subprocess.run([sys.executable, "-m", "factdesk.cli", *args], capture_output=True, text=True, timeout=120)
    return out.returncode, out.stderr


# --- config -------------------------------------------------------------------------------


def test_config_loads_with_folders_relative_to_the_file(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    p = tmp_path / "feeds.yaml"
    p.write_text("feeds: [https://news.example/rss.xml]\nfolders: [in]\nconcurrency: 8\n")
    cfg = load_config(p)
    assert cfg.feeds == ["https://news.example/rss.xml"]
    assert cfg.folders == [(tmp_path / "in").resolve()]
    assert (cfg.concurrency, cfg.batch_size, cfg.allow_private_addresses) == (8, 25, False)


@pytest.mark.parametrize(("text", "message"), [
    ("feeds: [https://a.example/rss\n", "feed config is not valid YAML at line 2"),
    ("- just a list\n", "feed config must be a mapping with feeds, sitemaps and/or folders"),
    ("feeds: [file:///etc/passwd]\n", "feeds: only http and https URLs are fetched, not 'file:///etc/passwd'"),
    ("sitemaps: [gopher://x]\n", "sitemaps: only http and https URLs are fetched, not 'gopher://x'"),
    ("feeds: [https://a.example/rss]\nconcurrency: 0\n", "concurrency: Input should be greater than or equal to 1"),
    ("feeds: [https://a.example/rss]\nfeedz: []\n", "feedz: Extra inputs are not permitted"),
    ("folders: [missing]\n", "is not a directory"),
    ("concurrency: 2\n", "feed config lists no feeds, sitemaps or folders"),
])
def test_bad_config_is_one_line(tmp_path: Path, text: str, message: str) -> None:
    p = tmp_path / "feeds.yaml"
    p.write_text(text)
    with pytest.raises(ConfigError) as err:
        load_config(p)
    assert str(err.value).startswith(f"{p}: ")
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_cli_bad_config_exits_2_with_one_line(tmp_path: Path) -> None:
    p = tmp_path / "feeds.yaml"
    p.write_text("feeds: [ftp://a.example/rss]\n")
    for args in (["flow", "feed", str(p)], ["serve", "--config", str(p)]):
        code, err = _cli(*args)
        assert (code, err) == (2, f"factdesk: error: {p}: feeds: only http and https URLs are fetched, "
                                  "not 'ftp://a.example/rss'\n")
    code, err = _cli("serve", "--config", str(tmp_path / "nope.yaml"))
    assert (code, err) == (2, f"factdesk: error: {tmp_path / 'nope.yaml'}: no such feed config file\n")


# --- discovery ----------------------------------------------------------------------------


def test_canonical_url() -> None:
    assert canonical_url("HTTPS://News.Example:443/a/b?utm_source=rss&id=7&fbclid=x#top") == \
        "https://news.example/a/b?id=7"
    assert canonical_url("http://news.example:8080") == "http://news.example:8080/"


def test_rss_atom_and_sitemap_parse() -> None:
    base = b"http://127.0.0.1:9"
    rss = parse_feed((SITE / "rss.xml").read_bytes().replace(b"{base}", base), "rss")
    assert [(e.canonical_url, e.kind, e.published_hint) for e in rss] == [
        ("http://127.0.0.1:9/world/blinken-biden.html", "rss", dt.date(2023, 12, 12)),
        ("http://127.0.0.1:9/world/removed-story.html", "rss", dt.date(2023, 12, 12)),
    ]
    atom = parse_feed((SITE / "atom.xml").read_bytes().replace(b"{base}", base), "atom")
    assert [(e.canonical_url, e.published_hint) for e in atom] == [
        ("http://127.0.0.1:9/un/assembly-text.html", dt.date(2023, 12, 13))]
    entries, nested = parse_sitemap((SITE / "sitemap.xml").read_bytes().replace(b"{base}", base), "sm")
    assert nested == []
    assert [(e.canonical_url, e.published_hint) for e in entries] == [
        ("http://127.0.0.1:9/world/blinken-biden.html", dt.date(2023, 12, 12)),
        ("http://127.0.0.1:9/world/cairo-trip.html", dt.date(2023, 12, 14)),
    ]
    index = (b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
             b'<loc>https://news.example/sitemap-1.xml</loc></sitemap></sitemapindex>')
    assert parse_sitemap(index, "idx") == ([], ["https://news.example/sitemap-1.xml"])


def test_changed_entry_gets_a_new_hash() -> None:
    body = (SITE / "atom.xml").read_bytes().replace(b"{base}", b"https://news.example")
    first = parse_feed(body, "a")[0]
    again = parse_feed(body, "a")[0]
    changed = parse_feed(body.replace(b"<updated>2023-12-13T08:00:00Z</updated>\n    <summary>",
                                      b"<updated>2023-12-13T09:00:00Z</updated>\n    <summary>"), "a")[0]
    assert first.content_hash == again.content_hash != changed.content_hash


@pytest.mark.parametrize("body", [b"<html><body>not a feed</body></html>", b"\x00\x01garbage"])
def test_not_a_feed_is_a_format_error(body: bytes) -> None:
    with pytest.raises(SourceFormatError, match="^src: not an RSS or Atom feed"):
        parse_feed(body, "src")


def test_not_a_sitemap_is_a_format_error() -> None:
    with pytest.raises(SourceFormatError, match=r"^src: not a sitemap \(root element <rss>\)"):
        parse_sitemap(b"<rss version='2.0'><channel/></rss>", "src")
    with pytest.raises(SourceFormatError, match="^src: not a sitemap"):
        parse_sitemap(b"<urlset><url>", "src")


# --- article extraction -------------------------------------------------------------------


@pytest.mark.parametrize(("name", "published", "title", "body_start"), [
    ("blinken-biden.html", dt.date(2023, 12, 12), "Blinken meets Biden before Gaza vote",
     "Blinken meets Biden before Gaza vote\n\nSecretary of State Anthony Blinken met"),
    ("assembly-text.html", dt.date(2023, 12, 13), "Assembly weighs another ceasefire text",
     "The General Assembly resolutions are not binding"),
    ("cairo-trip.html", dt.date(2023, 12, 14), "Blinken travels to Cairo", "By Marta Testova, 14 December 2023"),
])
def test_article_body_and_date(name: str, published: dt.date, title: str, body_start: str) -> None:
    from factdesk.feeds.article import parse_article

    doc, view = parse_article((SITE / name).read_bytes(), f"https://news.example/{name}",
                              published_hint=dt.date(2020, 1, 1))
    assert (doc.published, doc.published_source, doc.title, doc.format) == (published, "page", title, "html")
    assert view.text.strip().startswith(body_start)
    assert "Hillary Clinton" not in view.text and "Most read" not in view.text and "Home" not in view.text


def test_article_date_falls_back_to_the_feed() -> None:
    from factdesk.feeds.article import parse_article

    page = b"<html><body><article><p>Secretary of State Antony Blinken spoke.</p></article></body></html>"
    doc, _ = parse_article(page, "https://news.example/x", published_hint=dt.date(2023, 12, 1))
    assert (doc.published, doc.published_source) == (dt.date(2023, 12, 1), "feed")


def test_page_without_body_is_an_input_error() -> None:
    from factdesk.errors import InputError
    from factdesk.feeds.article import parse_article

    with pytest.raises(InputError, match=r"^https://news.example/x: no article body found"):
        parse_article(b"<html><head><title>t</title></head><body></body></html>", "https://news.example/x")


# --- address policy, redirects, retries ----------------------------------------------------


@pytest.mark.parametrize(("ip", "reason"), [
    ("127.0.0.1", "loopback address 127.0.0.1"),
    ("10.1.2.3", "private address 10.1.2.3"),
    ("192.168.0.10", "private address 192.168.0.10"),
    ("169.254.169.254", "link-local address 169.254.169.254"),
    ("224.0.0.1", "multicast address 224.0.0.1"),
    ("0.0.0.0", "private address 0.0.0.0"),
    ("::1", "loopback address ::1"),
    ("fe80::1", "link-local address fe80::1"),
    ("::ffff:127.0.0.1", "loopback address 127.0.0.1"),
    ("8.8.8.8", None),
    ("2606:4700:4700::1111", None),
])
def test_forbidden_addresses(ip: str, reason: str | None) -> None:
    assert forbidden_reason(ip) == reason


def test_check_url_refuses_schemes_and_private_hosts() -> None:
    with pytest.raises(AddressRefused, match="only http and https"):
        check_url("file:///etc/passwd", allow_private=True)
    with pytest.raises(AddressRefused, match="resolves to a loopback address 127.0.0.1"):
        check_url("http://localhost:8080/x", allow_private=False)
    with pytest.raises(AddressRefused, match="resolves to a link-local address 169.254.169.254"):
        check_url("http://169.254.169.254/latest/meta-data/", allow_private=False)
    check_url("http://127.0.0.1:8080/x", allow_private=True)
    check_url("http://127.0.0.1:8080/x", allow_private=False, allowed_hosts=frozenset({"127.0.0.1:8080"}))


def test_fetcher_refuses_loopback_feed_unless_allowed(site: SiteServer) -> None:
    refused = Fetcher(FetchConfig(retries=0), allow_private=False)
    before = site.hits["/rss.xml"]
    with pytest.raises(AddressRefused, match="refused, 127.0.0.1 resolves to a loopback address"):
        refused.get(f"{site.base}/rss.xml")
    assert site.hits["/rss.xml"] == before
    allowed = Fetcher(FetchConfig(retries=0), allow_private=True)
    assert allowed.get(f"{site.base}/rss.xml").body.startswith(b"<?xml")


def test_redirect_to_a_refused_address_is_not_followed(site: SiteServer) -> None:
    host = f"127.0.0.1:{site.port}"
    fetcher = Fetcher(FetchConfig(retries=0), allow_private=False, allowed_hosts=[host])
    target = f"http://localhost:{site.port}/rss.xml"
    before = site.hits["/rss.xml"]
    with pytest.raises(AddressRefused, match=f"^{target}: refused, localhost resolves to a loopback address"):
        fetcher.get(f"{site.base}/redirect?to={target}")
    assert site.hits["/rss.xml"] == before  # the redirect target was never requested
    with pytest.raises(AddressRefused, match="only http and https"):
        fetcher.get(f"{site.base}/redirect?to=file:///etc/passwd")


def test_connection_guard_checks_the_peer_even_when_the_name_check_is_skipped(site: SiteServer) -> None:
    """DNS rebinding: a name that passed the check but connects to loopback is still refused."""
    from factdesk.feeds.fetch import _PeerRefused, make_session

    session = make_session(allow_private=False)
    before = site.hits["/rss.xml"]
    with pytest.raises(_PeerRefused, match="connected peer is a loopback address 127.0.0.1"):
        session.get(f"{site.base}/rss.xml", timeout=5)
    assert site.hits["/rss.xml"] == before


def test_retries_with_backoff_then_success_or_give_up(site: SiteServer) -> None:
    waits: list[float] = []
    fetcher = Fetcher(FetchConfig(retries=2, backoff=0.5), allow_private=True, sleep=waits.append)
    assert fetcher.get(f"{site.base}/flaky/2/atom.xml").body.startswith(b"<?xml")
    assert (site.hits["/flaky/2/atom.xml"], waits) == (3, [0.5, 1.0])
    waits.clear()
    with pytest.raises(FetchError, match=r"flaky/5/atom.xml: HTTP 503 \(after 2 attempts\)$"):
        Fetcher(FetchConfig(retries=1, backoff=0.25), allow_private=True, sleep=waits.append).get(
            f"{site.base}/flaky/5/atom.xml")
    assert waits == [0.25]
    with pytest.raises(FetchError, match="removed-story.html: HTTP 404$"):  # 404 is not retried
        fetcher.get(f"{site.base}/world/removed-story.html")
    assert site.hits["/world/removed-story.html"] == 1


def test_body_size_limit(site: SiteServer) -> None:
    with pytest.raises(FetchError, match="body is .* the limit is 100"):
        Fetcher(FetchConfig(max_bytes=100, retries=0), allow_private=True).get(f"{site.base}/rss.xml")


def test_discover_records_failed_sources_and_goes_on(site: SiteServer, tmp_path: Path) -> None:
    cfg = FeedConfig(feeds=[f"{site.base}/missing.xml", f"{site.base}/rss.xml"],
                     sitemaps=[f"{site.base}/blinken-biden.html"], allow_private_addresses=True,
                     fetch=FetchConfig(retries=0))
    entries, failures = discover(cfg, fetcher_for(cfg))
    assert [e.canonical_url.rsplit("/", 1)[-1] for e in entries] == ["blinken-biden.html", "removed-story.html"]
    assert [f.error for f in failures] == [
        f"{site.base}/missing.xml: HTTP 404",
        f"{site.base}/blinken-biden.html: not a sitemap (syntax error: line 1, column 0)",
    ]


# --- end to end into the store -------------------------------------------------------------


def _checking(cfg: FeedConfig, url: str):  # noqa: ANN202
    from conftest import builtin_checkers, bundled_refs

    from factdesk.feeds.process import Checking
    from factdesk.store.db import get_engine

    return Checking(cfg=cfg, refs=bundled_refs(), checkers=builtin_checkers(), engine=get_engine(url),
                    fetcher=fetcher_for(cfg), checker_names="all")


def _register(cfg: FeedConfig, url: str) -> list[int]:
    from factdesk.feeds import queue
    from factdesk.store.db import get_engine

    entries, failures = discover(cfg, fetcher_for(cfg))
    assert failures == []
    with Session(get_engine(url)) as s:
        return queue.register(session=s, entries=entries, max_attempts=cfg.max_attempts,
                              claim_timeout=cfg.claim_timeout)


def test_site_is_checked_into_the_store_once(site: SiteServer, tmp_path: Path, db_url: str) -> None:
    from factdesk.feeds.process import check_batch
    from schemas.feeds import FeedItemRow

    cfg = load_config(write_config(tmp_path, site.base, max_attempts=1))
    ids = _register(cfg, db_url)
    assert len(ids) == 5
    results = check_batch(ids, _checking(cfg, db_url), "run-1:0", workers=3)
    assert sorted(r.status for r in results) == ["checked"] * 4 + ["failed"]
    assert_site_checked(db_url, site.base)
    # the next run: nothing new, nothing fetched again; the failed item is out of attempts
    hits = sum(site.hits.values())
    assert _register(cfg, db_url) == []
    assert sum(site.hits.values()) - hits == 3  # the three feed documents only, no article
    # a changed draft is a new item; the unchanged ones are not
    draft = tmp_path / "drop" / "desk-draft.md"
    draft.write_text(draft.read_text().replace("spoke after the vote", "spoke after the vote on Friday"))
    ids = _register(cfg, db_url)
    assert len(ids) == 1
    [r] = check_batch(ids, _checking(cfg, db_url), "run-2:0")
    assert r.status == "checked"
    rows, _ = stored(db_url)
    assert len(rows) == len(EXPECTED_VERDICTS)  # same claims, one more run of a new document version
    from factdesk.store.db import get_engine

    with Session(get_engine(db_url)) as s:
        items = s.exec(select(FeedItemRow).where(FeedItemRow.canonical_url == draft.resolve().as_uri())).all()
        assert sorted(i.status for i in items) == ["done", "done"]
        assert len({i.document_id for i in items}) == 2


def test_failed_item_is_retried_by_a_later_run_until_attempts_run_out(site: SiteServer, tmp_path: Path,
                                                                     db_url: str) -> None:
    from factdesk.feeds.process import check_batch

    cfg = load_config(write_config(tmp_path, site.base, max_attempts=2))
    ctx = _checking(cfg, db_url)
    check_batch(_register(cfg, db_url), ctx, "run-1:0")
    ids = _register(cfg, db_url)
    [r] = check_batch(ids, ctx, "run-2:0")
    assert (r.url.rsplit("/", 1)[-1], r.status, r.error) == (
        "removed-story.html", "failed", f"{site.base}/world/removed-story.html: HTTP 404")
    assert _register(cfg, db_url) == []
