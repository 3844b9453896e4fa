"""``check_document``: the same pipeline as ``factdesk check``, as Prefect tasks.

read -> check (``factdesk.service.run_check``: find, resolve, compare and the suppressions, with
the same options and project configuration as ``factdesk check``) -> store, then artifacts an
editor can act on (``flows.artifacts``): the headline, the refuted and conflicting claims with
their corrections, the verdict table, and a link to the run in the review desk
(``FACTDESK_REVIEW_URL``). Verdict logic is tested without Prefect, and this flow in a few
integration tests.
``factdesk flow check`` runs it per file and prints the same report as ``factdesk check``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from sqlmodel import Session

from factdesk import ci
from factdesk.ingest import TextView, read_document
from factdesk.service import CheckSetup, run_check
from factdesk.settings import get_settings
from factdesk.store.crud import save_report
from factdesk.store.db import get_engine
from flows.artifacts import artifact_key, cell, counts, desk_url, publish_document
from schemas.contracts import Document, DocumentReport


@task(name="read-document", task_run_name="read {path}", cache_policy=NO_CACHE)
def read_task(path: str, published: dt.date | None) -> tuple[Document, TextView]:
    return read_document(Path(path), published=published)


@task(name="check-document", task_run_name="check {doc.origin}", cache_policy=NO_CACHE)
def check_task(doc: Document, view: TextView, setup: CheckSetup) -> DocumentReport:
    """find -> resolve -> compare and the suppressions: ``factdesk.service.run_check``."""
    return run_check(doc, view, setup)


@task(name="store-verdicts", task_run_name="store {report.document.origin}", cache_policy=NO_CACHE)
def store_task(report: DocumentReport, setup: CheckSetup) -> str:
    settings = get_settings()
    with Session(get_engine(settings.database_url)) as session:
        return save_report(session=session, report=report, reference_version=setup.refs.version,
                           checkers=setup.checker_names, trigger="prefect")


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
    import dataclasses
    from collections import Counter

    from factdesk.feeds.process import findings

    settings = get_settings()
    setup = CheckSetup.prepare(settings, store=True, config=ci.find_config(Path(path)))
    # the run is stored whole; the suppressions decide only what is reported (as factdesk check)
    setup.options = dataclasses.replace(setup.options, suppressions=False)
    doc, view = read_task(path, published)
    report = check_task(doc, view, setup)
    run_id = store_task(report, setup)
    report = ci.apply_suppressions(report)
    report.run_id = run_id
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
