"""``check_document``: the same pipeline as ``factdesk check``, as Prefect tasks.

read -> check (``factdesk.service.run_check``: find, resolve, compare, suppressions, with the
same options and project configuration as ``factdesk check``) -> store, then a Markdown
artifact with the verdict table. Verdict logic is tested without Prefect, and this flow in a
few integration tests.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from sqlmodel import Session

from factdesk import ci
from factdesk.ingest import TextView, read_document
from factdesk.service import CheckSetup, run_check
from factdesk.settings import get_settings
from factdesk.store.crud import save_report
from factdesk.store.db import get_engine
from schemas.contracts import Document, DocumentReport


@task(name="read-document")
def read_task(path: str, published: dt.date | None) -> tuple[Document, TextView]:
    return read_document(Path(path), published=published)


@task(name="check-document")
def check_task(doc: Document, view: TextView, setup: CheckSetup) -> DocumentReport:
    """find -> resolve -> compare and the suppressions: ``factdesk.service.run_check``."""
    return run_check(doc, view, setup)


@task(name="store-verdicts")
def store_task(report: DocumentReport, setup: CheckSetup) -> str:
    settings = get_settings()
    with Session(get_engine(settings.database_url)) as session:
        return save_report(session=session, report=report, reference_version=setup.refs.version,
                           checkers=setup.checker_names, trigger="prefect")


def verdict_table(report: DocumentReport) -> str:
    def cell(text: str | None) -> str:
        return (text or "").replace("|", "\\|").replace("\n", " ")

    rows = [
        f"# factdesk: {cell(report.document.origin)}",
        "",
        f"Published {report.document.published}; run `{report.run_id}`.",
        "",
        "| line | kind | claim | verdict | correction | rationale |",
        "|---:|---|---|---|---|---|",
    ]
    for cc in report.claims:
        v = cc.verdict
        rows.append(
            f"| {cc.line} | {cc.claim.kind.value} | {cell(cc.claim.text)} | **{v.label.value}** | "
            f"{cell(v.correction)} | {cell(v.rationale)} |"
        )
    return "\n".join(rows)


def _artifact_key(origin: str) -> str:
    import re

    return ("factdesk-" + re.sub(r"[^a-z0-9-]+", "-", Path(origin).stem.lower())).strip("-")[:100]


@flow(name="check_document")
def check_document(path: str, published: dt.date | None = None) -> DocumentReport:
    setup = CheckSetup.prepare(get_settings(), store=True, config=ci.find_config(Path(path)))
    doc, view = read_task(path, published)
    report = check_task(doc, view, setup)
    report.run_id = store_task(report, setup)
    create_markdown_artifact(
        key=_artifact_key(doc.origin), markdown=verdict_table(report), description=f"Verdicts for {doc.origin}"
    )
    from factdesk.review.artifact import publish_report  # the HTML report, linked as an artifact

    publish_report(report, key=_artifact_key(doc.origin) + "-report")
    return report


def run_paths(paths: list[Path], published: dt.date | None = None) -> list[DocumentReport]:
    """Entry point of ``factdesk flow check``: one flow run per file."""
    from factdesk.ingest import read_document as _validate

    for p in paths:
        _validate(p, published=published)  # bad input fails before any flow run starts
    reports = [check_document(str(p), published) for p in paths]
    for r in reports:
        print(f"{r.document.origin}: {len(r.claims)} claims, run {r.run_id}")
    return reports
