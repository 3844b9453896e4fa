"""``check_document``: the same pipeline as ``factdesk check``, as Prefect tasks.

read -> extract -> check -> store, then a Markdown artifact with the verdict
table. The tasks call the plain functions of ``factdesk.pipeline``; verdict
logic is tested without Prefect, and this flow in a few integration tests.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from sqlmodel import Session

from factdesk.extract import extract
from factdesk.ingest import read_document
from factdesk.pipeline import Context, check_claim, line_of, reference_base
from factdesk.refs.base import ReferenceBase
from factdesk.registry import load_checkers
from factdesk.settings import get_settings
from factdesk.store.crud import save_report
from factdesk.store.db import get_engine
from schemas.contracts import CheckedClaim, Claim, Document, DocumentReport


@task(name="extract-claims")
def extract_task(path: str, published: dt.date | None, refs: ReferenceBase) -> tuple[Document, list[Claim]]:
    doc, view = read_document(Path(path), published=published)
    return doc, extract(doc, view, refs)


@task(name="check-claims")
def check_task(doc: Document, claims: list[Claim], refs: ReferenceBase) -> DocumentReport:
    checkers = load_checkers(get_settings().checkers)
    ctx = Context(published=doc.published)
    checked = [
        CheckedClaim(claim=c, line=line_of(doc.text, c.start), verdict=check_claim(c, refs, checkers, ctx))
        for c in claims
    ]
    return DocumentReport(document=doc, claims=checked)


@task(name="store-verdicts")
def store_task(report: DocumentReport, reference_version: str) -> str:
    settings = get_settings()
    names = ",".join(f"{c.name}@{c.version}" for c in load_checkers(settings.checkers).values())
    with Session(get_engine(settings.database_url)) as session:
        return save_report(
            session=session, report=report, reference_version=reference_version, checkers=names, trigger="prefect"
        )


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
    refs = reference_base(get_settings(), store=True)
    doc, claims = extract_task(path, published, refs)
    report = check_task(doc, claims, refs)
    report.run_id = store_task(report, refs.version)
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
