"""The refresh_references flow: its logic as plain functions, and one run under Prefect's
test harness (the only Prefect test of this area: the harness costs ~15 s)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixtures.sources.server import ROOT, FixtureServer
from sqlmodel import Session

from factdesk.cli import main
from factdesk.settings import Settings
from factdesk.sources import cli as sources_cli
from factdesk.sources import run
from factdesk.store.db import get_engine


def _change_upstream(server: FixtureServer, tmp_path: Path) -> None:
    """Wikidata now says Marta Testova's term as foreign minister ended in November 2020."""
    data = json.loads((ROOT / "wikidata" / "Q4242001.json").read_text())
    data["lastrevid"] += 1
    data["claims"]["P39"][0]["qualifiers"]["P582"][0]["datavalue"]["value"]["time"] = "+2020-11-30T00:00:00Z"
    path = tmp_path / "Q4242001-changed.json"
    path.write_text(json.dumps(data))
    server.overrides["wikidata/Q4242001.json"] = path


def _checked_draft(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text("---\ndate: 2021-05-04\n---\nSlovenian Minister of Foreign Affairs Marta Testova spoke.\n")
    assert main(["check", str(draft), "--format", "json"]) == 0


def test_sources_lists_agree() -> None:
    assert sources_cli.SOURCES == run.SOURCES


def test_refresh_logic_reports_changes_and_rechecks(srv: FixtureServer, db_url: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    settings = Settings()
    with Session(get_engine(db_url)) as s:
        assert run.default_sources(s) == ["wikidata"]
        (first,) = run.refresh_sources(session=s, settings=settings, sources=["wikidata"], entities=["Q4242001"])
    md = run.changes_markdown([first])
    assert md.splitlines()[2] == "## wikidata: 3 added, 0 changed, 0 failed"
    assert "| added | person | wikidata:wd-Q4242001 |" in md
    _checked_draft(tmp_path)
    capsys.readouterr()
    _change_upstream(srv, tmp_path)
    with Session(get_engine(db_url)) as s:
        (second,) = run.refresh_sources(session=s, settings=settings)  # default: the stored people
        n, rechecks = run.pending_rechecks_markdown(s)
    assert [(c.kind, c.key, c.change) for c in second.changes] == [("person", "wd-Q4242001", "changed")]
    assert n == 1 and "| person:wd-Q4242001 | person:wd-Q4242001 in wikidata changed |" in rechecks


@pytest.mark.prefect
def test_refresh_references_flow_under_prefect(srv: FixtureServer, tmp_path: Path, prefect_harness: None,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    from prefect.client.orchestration import get_client

    from flows.refresh_references import refresh_references

    assert main(["refs", "refresh", "--entity", "Q4242001"]) == 0
    _checked_draft(tmp_path)
    _change_upstream(srv, tmp_path)
    out = refresh_references()  # no required parameters: the deployment passes none

    async def artifacts() -> dict[str, str]:
        async with get_client() as client:
            return {a.key: a.data for a in await client.read_latest_artifacts()}

    import asyncio

    arts = asyncio.run(artifacts())
    assert out == {"changed": 1, "failed": 0, "rechecks_pending": 1}
    assert "| changed | person | wikidata:wd-Q4242001 |" in arts["refresh-references-changes"]
    assert "person:wd-Q4242001 in wikidata changed" in arts["refresh-references-rechecks"]
