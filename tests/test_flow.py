"""check_document as a Prefect flow, against Prefect's test harness (one per session)."""

from __future__ import annotations

import os
import re
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
    desk = f"http://127.0.0.1:8000/runs/{report.run_id}"
    # the headline linked to the desk, then what an editor must fix, then the whole table
    assert markdown.startswith(
        f"# [Biden tells supporters Israel faces hard choices as differences with Netanyahu grow]({desk})\n\n"
        f"{report.document.origin} · published 2023-12-12 · "
        "1 refuted, 8 supported\n\n"
        "- line 11, name: **REFUTED** “Anthony Blinken” → **Antony Blinken**\n")
    assert "| 11 | name | Anthony Blinken | **refuted** | Antony Blinken |" in markdown

    async def link() -> str:
        async with get_client() as client:
            art = await client.read_latest_artifacts()
            return next(a.data for a in art if a.key == "factdesk-sample-draft-desk")

    assert asyncio.run(link()) == (f"[Review “Biden tells supporters Israel faces hard choices as differences with "
                                   f"Netanyahu grow” in the desk]({desk})")
    # the HTML report of the run is still written to FACTDESK_REPORT_DIR (no file:// artifact)
    html = Path(os.environ["FACTDESK_REPORT_DIR"]) / f"{report.run_id}.html"
    assert "[4 REFUTED]</a>" in html.read_text(encoding="utf-8")


def test_flow_check_prints_checks_report_and_exit_code_on_a_first_run(tmp_path: Path) -> None:
    """``factdesk flow check`` with a fresh PREFECT_HOME and no server: the same report and exit
    code as ``factdesk check`` (1: a refuted claim), no traceback, no telemetry attempt."""
    import subprocess
    import sys

    from conftest import ROOT

    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_") and k != "DO_NOT_TRACK"}
    env.update(PREFECT_HOME=str(tmp_path / "fresh-prefect-home"), NO_COLOR="1")
    bin_ = Path(sys.executable).parent
    check = subprocess.run([str(bin_ / "factdesk"), "check", "seeds/sample-draft.md"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=120)
    flow = subprocess.run([str(bin_ / "factdesk"), "flow", "check", "seeds/sample-draft.md"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert (check.returncode, flow.returncode) == (1, 1), flow.stderr[-3000:]
    def same(out: str) -> str:  # the stored run's id is the one difference
        return re.sub(r"run [0-9a-f]{32}", "run RUN_ID", out)

    assert same(flow.stdout) == same(check.stdout)
    assert len(re.findall(r"^  stored as run [0-9a-f]{32}$", flow.stdout, re.M)) == 1
    assert 'seeds/sample-draft.md:11: REFUTED name: "Anthony Blinken" -> Antony Blinken' in flow.stdout
    for bad in ("Traceback", "database is locked", "telemetry", "Error"):
        assert bad not in flow.stderr, flow.stderr
