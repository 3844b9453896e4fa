"""check_document as a Prefect flow, against Prefect's test harness (one per session)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import SAMPLE
from sqlmodel import Session, func, select

pytestmark = pytest.mark.prefect


def test_flow_stores_the_same_verdicts_as_the_cli(prefect_harness: None, db_url: str) -> None:
    from prefect.client.orchestration import get_client

    from factdesk.ingest import read_document
    from factdesk.pipeline import check_document as plain_check
    from factdesk.pipeline import load_reference_base
    from factdesk.registry import load_checkers
    from factdesk.settings import Settings
    from factdesk.store.crud import run_report
    from factdesk.store.db import get_engine
    from flows.check_document import check_document
    from schemas.tables import RunRow

    report = check_document(str(SAMPLE))
    doc, view = read_document(SAMPLE)
    plain = plain_check(doc, view, load_reference_base(Settings()), load_checkers())
    assert [(c.claim.text, c.verdict.label) for c in report.claims] == [
        (c.claim.text, c.verdict.label) for c in plain.claims
    ]
    with Session(get_engine(db_url)) as s:
        run, rows = run_report(session=s, run_id=report.run_id)
        assert run.trigger == "prefect"
        assert s.exec(select(func.count()).select_from(RunRow)).one() == 1
        assert ("Anthony Blinken", "refuted", "Antony Blinken") in [(c.text, v.label, v.correction) for c, v, _ in rows]

    async def artifact() -> str:
        async with get_client() as client:
            art = await client.read_latest_artifacts()
            return next(a.data for a in art if a.key == "factdesk-sample-draft")

    import asyncio

    markdown = asyncio.run(artifact())
    assert "| 11 | name | Anthony Blinken | **refuted** | Antony Blinken |" in markdown

    # the HTML report of the run, written to FACTDESK_REPORT_DIR and linked as an artifact
    async def link() -> str:
        async with get_client() as client:
            art = await client.read_latest_artifacts()
            return next(a.data for a in art if a.key == "factdesk-sample-draft-report")

    html = Path(os.environ["FACTDESK_REPORT_DIR"]) / f"{report.run_id}.html"
    assert asyncio.run(link()) == f"[HTML report {html.name}]({html.resolve().as_uri()})"
    assert "[4 REFUTED]</a>" in html.read_text(encoding="utf-8")
