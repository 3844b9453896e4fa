"""``check_document``: the same pipeline as ``factdesk check``, as Prefect tasks.

read -> extract -> check -> store, then artifacts an editor can act on
(``flows.artifacts``): the headline, the refuted and conflicting claims with their
corrections, the verdict table, and a link to the run in the review desk
(``FACTDESK_REVIEW_URL``). The tasks call the plain functions of ``factdesk.pipeline``;
verdict logic is tested without Prefect, and this flow in a few integration tests.
``factdesk flow check`` runs it per file and prints the same report as ``factdesk check``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from sqlmodel import Session

from factdesk.extract import extract
from factdesk.ingest import read_document
from factdesk.pipeline import Context, check_claim, line_of, reference_base
from factdesk.refs.base import ReferenceBase
from factdesk.registry import load_checkers
from factdesk.settings import get_settings
from factdesk.store.crud import save_report
from factdesk.store.db import get_engine
from flows.artifacts import artifact_key, cell, counts, desk_url, publish_document
from schemas.contracts import CheckedClaim, Claim, Document, DocumentReport


@task(name="extract-claims", task_run_name="extract claims from {path}", cache_policy=NO_CACHE)
def extract_task(path: str, published: dt.date | None, refs: ReferenceBase) -> tuple[Document, list[Claim]]:
    doc, view = read_document(Path(path), published=published)
    return doc, extract(doc, view, refs)


@task(name="check-claims", task_run_name="check {doc.origin}", cache_policy=NO_CACHE)
def check_task(doc: Document, claims: list[Claim], refs: ReferenceBase) -> DocumentReport:
    checkers = load_checkers(get_settings().checkers)
    ctx = Context(published=doc.published)
    checked = [
        CheckedClaim(claim=c, line=line_of(doc.text, c.start), verdict=check_claim(c, refs, checkers, ctx))
        for c in claims
    ]
    return DocumentReport(document=doc, claims=checked)


@task(name="store-verdicts", task_run_name="store {report.document.origin}", cache_policy=NO_CACHE)
def store_task(report: DocumentReport, reference_version: str) -> str:
    settings = get_settings()
    names = ",".join(f"{c.name}@{c.version}" for c in load_checkers(settings.checkers).values())
    with Session(get_engine(settings.database_url)) as session:
        return save_report(
            session=session, report=report, reference_version=reference_version, checkers=names, trigger="prefect"
        )


def verdict_table(report: DocumentReport) -> str:
    rows = [
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


@flow(name="check_document")
def check_document(path: str, published: dt.date | None = None) -> DocumentReport:
    from collections import Counter

    from factdesk.feeds.process import findings

    settings = get_settings()
    refs = reference_base(settings, store=True)
    doc, claims = extract_task(path, published, refs)
    report = check_task(doc, claims, refs)
    report.run_id = store_task(report, refs.version)
    labels = dict(Counter(c.verdict.label.value for c in report.claims))
    title = doc.title or Path(doc.origin).name
    link = desk_url(settings.review_url, report.run_id)
    publish_document(key=artifact_key(Path(doc.origin).stem), title=title, origin=doc.origin,
                     published=doc.published, labels=labels, findings=findings(report), link=link,
                     table=verdict_table(report))
    from factdesk.review.artifact import write_flow_report

    html = write_flow_report(report)
    get_run_logger().info("checked %s (%s): %s; run %s, %s (HTML report %s)", title, doc.origin, counts(labels),
                          report.run_id, link, html)
    return report
