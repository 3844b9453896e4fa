"""Fault tests: timeouts, 429 with Retry-After, 5xx then success, maxlag, a cut-short body,
garbage HTML. Each ends in a retry that succeeds or in a recorded, readable error, never
a crash and never a half-written set of facts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from fixtures.sources.server import MAXLAG, Fault, FixtureServer
from sqlmodel import Session, select

from factdesk.cli import main
from factdesk.errors import SourceFormatError, SourceUnavailable
from factdesk.settings import Settings
from factdesk.sources.http import _last_request, cached_session
from factdesk.sources.refresh import refresh_wikidata
from factdesk.sources.wikidata import WikidataConnector
from factdesk.store.db import get_engine
from schemas.sources import SourceSnapshotRow
from schemas.tables import ReferenceFactRow


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


def _wd(server: FixtureServer, http: requests.Session, sleeps: list[float], *, retries: int = 3,
        timeout: float = 5.0) -> WikidataConnector:
    settings = Settings(wikidata_url=f"{server.url}/w/api.php", http_cache="off")
    wd = WikidataConnector.from_settings(settings, session=http, timeout=timeout, retries=retries)
    wd.client.sleep = sleeps.append  # record the waits instead of sleeping through them
    wd.client.min_interval = 0.0
    return wd


def test_429_with_retry_after_is_honoured(srv: FixtureServer, http: requests.Session) -> None:
    srv.fault("wikidata", Fault(status=429, headers={"Retry-After": "7"}, body=b"Too Many Requests"))
    sleeps: list[float] = []
    ents, snap = _wd(srv, http, sleeps).get_entities(["Q4242001"])
    assert sleeps == [7.0] and ents["Q4242001"].label == "Marta Testova" and snap.http_status == 200
    assert len(srv.log) == 2


def test_500_then_success_backs_off_exponentially(srv: FixtureServer, http: requests.Session) -> None:
    srv.fault("wikidata", Fault(status=500, body=b"oops"), Fault(status=503, body=b"busy"))
    sleeps: list[float] = []
    ents, _ = _wd(srv, http, sleeps).get_entities(["Q4242002"])
    assert sleeps == [0.5, 1.0] and ents["Q4242002"].label == "Jonas Mulberg"


def test_maxlag_answer_is_retried_after_retry_after(srv: FixtureServer, http: requests.Session) -> None:
    srv.fault("wikidata", Fault(status=200, headers={"Retry-After": "5", "Content-Type": "application/json"},
                                body=MAXLAG))
    sleeps: list[float] = []
    ents, _ = _wd(srv, http, sleeps).get_entities(["Q4242001"])
    assert sleeps == [5.0] and ents["Q4242001"].revision == 2300000001


def test_retry_after_too_long_is_not_waited_for(srv: FixtureServer, http: requests.Session) -> None:
    srv.fault("wikidata", Fault(status=429, headers={"Retry-After": "3600"}, body=b""))
    sleeps: list[float] = []
    with pytest.raises(SourceUnavailable, match="HTTP 429; asked to retry after 3600 s, not waiting"):
        _wd(srv, http, sleeps).get_entities(["Q4242001"])
    assert sleeps == []


def test_timeout_then_success(srv: FixtureServer, http: requests.Session) -> None:
    srv.fault("wikidata", Fault(delay=1.0))
    sleeps: list[float] = []
    ents, _ = _wd(srv, http, sleeps, timeout=0.3).get_entities(["Q4242001"])
    assert sleeps == [0.5] and "Q4242001" in ents


def test_timeout_every_time_is_a_readable_error(srv: FixtureServer, http: requests.Session) -> None:
    srv.fault("wikidata", Fault(delay=0.6), Fault(delay=0.6))
    with pytest.raises(SourceUnavailable) as exc:
        _wd(srv, http, [], retries=1, timeout=0.2).get_entities(["Q4242001"])
    assert str(exc.value) == (f"wikidata: {srv.url}/w/api.php: timed out after 0.2 s (gave up after 2 attempts)")


def test_truncated_body_is_retried(srv: FixtureServer, http: requests.Session) -> None:
    srv.fault("wikidata", Fault(truncate=True))
    sleeps: list[float] = []
    ents, snap = _wd(srv, http, sleeps).get_entities(["Q4242001"])
    assert sleeps == [0.5] and ents["Q4242001"].label == "Marta Testova" and snap.sha256


def test_garbage_html_is_a_format_error(srv: FixtureServer, http: requests.Session) -> None:
    srv.fault("wikidata", Fault(status=200, headers={"Content-Type": "text/html"},
                                body=b"<html><body><h1>Wikimedia Error</h1><p>Our servers are currently"))
    with pytest.raises(SourceFormatError, match=r"response is not JSON \(truncated or an error page\?\)"):
        _wd(srv, http, []).get_entities(["Q4242001"])


def test_changed_json_layout_is_a_format_error(srv: FixtureServer, http: requests.Session) -> None:
    srv.fault("wikidata", Fault(status=200, body=b'{"items": []}'))
    with pytest.raises(SourceFormatError, match="no 'entities' object in the answer"):
        _wd(srv, http, []).get_entities(["Q4242001"])


def test_failure_midway_writes_no_facts_and_records_the_error(srv: FixtureServer, http: requests.Session,
                                                              db_url: str) -> None:
    """The person is fetched, then the positions fetch fails for good: nothing of the
    person is stored (no office may point at a missing role), and the error is recorded."""
    srv.fault("wikidata", Fault(), *[Fault(status=502, body=b"bad gateway")] * 2)
    engine = get_engine(db_url)
    with Session(engine) as s:
        result = refresh_wikidata(session=s, wd=_wd(srv, http, [], retries=1), qids=["Q4242001", "Q4242002"])
    assert result.refreshed == ["Q4242002"]
    assert result.errors == [f"wikidata: {srv.url}/w/api.php: HTTP 502 (gave up after 2 attempts)"]
    with Session(engine) as s:
        keys = sorted(r.key for r in s.exec(select(ReferenceFactRow)))
        assert keys == ["wd-Q4242002", "wd-Q4242103", "wikidata"]
        errors = s.exec(select(SourceSnapshotRow).where(SourceSnapshotRow.status == "error")).all()
        assert [(e.url, e.error) for e in errors] == [(f"{srv.url}/w/api.php", result.errors[0])]


def test_cli_failure_is_one_line_and_exit_2(srv: FixtureServer, capsys: pytest.CaptureFixture[str]) -> None:
    srv.fault("wikidata", *[Fault(status=200, headers={"Content-Type": "text/html"}, body=b"<html>garbage")] * 4)
    assert main(["refs", "refresh", "--source", "wikidata", "--entity", "Q4242001"]) == 2
    captured = capsys.readouterr()
    assert captured.out.splitlines()[0] == "wikidata: refreshed 0 (none); 0 facts added, 0 changed; 1 failed"
    (line,) = captured.err.splitlines()
    assert line.startswith("factdesk: error: wikidata: http://127.0.0.1:") and "response is not JSON" in line


def test_http_cache_means_a_rerun_does_not_refetch(srv: FixtureServer, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FACTDESK_HTTP_CACHE", str(tmp_path / "cache.sqlite"))
    assert main(["refs", "refresh", "--entity", "Q4242002"]) == 0
    first = len(srv.log)
    assert first == 4  # person, positions, countries, Wikipedia summary
    assert main(["refs", "refresh", "--entity", "Q4242002"]) == 0
    assert len(srv.log) == first
    out = capsys.readouterr().out.splitlines()
    assert out[-2] == "wikidata: refreshed 1 (Q4242002); 0 facts added, 0 changed; 0 failed"


def test_cache_never_keeps_a_maxlag_answer(srv: FixtureServer, tmp_path: Path) -> None:
    srv.fault("wikidata", Fault(status=200, headers={"Retry-After": "1", "Content-Type": "application/json"},
                                body=MAXLAG))
    with cached_session(tmp_path / "c.sqlite", 3600) as cached:
        sleeps: list[float] = []
        ents, _ = _wd(srv, cached, sleeps).get_entities(["Q4242002"])
        assert sleeps == [1.0] and "Q4242002" in ents
        again, snap = _wd(srv, cached, sleeps).get_entities(["Q4242002"])
    assert len(srv.log) == 2 and again["Q4242002"].label == "Jonas Mulberg"


def test_rate_limit_spaces_requests(srv: FixtureServer, http: requests.Session) -> None:
    sleeps: list[float] = []
    wd = _wd(srv, http, sleeps)
    wd.client.min_interval = 0.5
    _last_request.pop("wikidata", None)
    wd.get_entities(["Q4242001"])
    wd.get_entities(["Q4242002"])
    assert len(sleeps) == 1 and 0.3 < sleeps[0] <= 0.5


def test_user_agent_names_factdesk_and_the_contact(srv: FixtureServer, http: requests.Session) -> None:
    srv.user_agents.clear()
    wd = _wd(srv, http, [])
    wd.client.contact = "factcheck-desk@example.org"
    wd.get_entities(["Q4242001"])
    assert srv.user_agents[0].startswith("factdesk/0.1.0 (newsroom fact-checking; factcheck-desk@example.org) "
                                         "python-requests/")
    assert srv.log[-1].endswith("&format=json&maxlag=5")
