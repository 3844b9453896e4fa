"""Checking claimed feed items, without Prefect: claim a batch, then for each item fetch
(or read), parse, check, store (``save_report``: one transaction) and mark it done. A
failing item is marked ``failed`` with its reason; the others go on.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sqlmodel import Session

from factdesk.claimtypes.spec import Checker
from factdesk.errors import FactdeskError
from factdesk.feeds import queue
from factdesk.feeds.article import parse_article
from factdesk.feeds.config import FeedConfig
from factdesk.feeds.fetch import Fetcher
from factdesk.ingest import read_document
from factdesk.refs.base import ReferenceBase
from factdesk.service import CheckOptions, CheckSetup, run_check
from factdesk.store.crud import save_report
from schemas.contracts import DocumentReport
from schemas.feeds import FeedItemRow
from schemas.tables import RunRow


@dataclass
class ItemResult:
    item_id: int
    url: str
    status: str  # checked | failed
    error: str | None = None
    run_id: str | None = None
    document_id: int | None = None
    title: str | None = None
    published: dt.date | None = None
    labels: dict[str, int] = field(default_factory=dict)
    findings: list[dict] = field(default_factory=list)
    """the refuted and conflicting claims: kind, line, text, label, correction, rationale"""
    attempts: int = 0
    """checks of this item so far, this one included (``feed_item.attempts``)"""
    final: bool = False
    """a failure that no later run retries: the item has used up ``max_attempts``"""
    worker: str = field(default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}")
    """the process that checked it (host:pid): which Dask or Prefect worker did the work"""


@dataclass
class Checking:
    """What a batch needs: built once per process and reused by its batches."""

    cfg: FeedConfig
    refs: ReferenceBase
    checkers: dict[str, Checker]
    engine: object  # sqlalchemy Engine
    fetcher: Fetcher
    checker_names: str
    trigger: str = "feed"
    #: the check's options (``factdesk.service``): the same as ``factdesk check``'s
    options: CheckOptions = field(default_factory=CheckOptions)


def read_item(item: FeedItemRow, fetcher: Fetcher):  # noqa: ANN201
    """(Document, TextView) of a feed item: a dropped file, or the fetched article page."""
    if item.kind == "folder":
        return read_document(Path(unquote(urlsplit(item.canonical_url).path)))
    fetched = fetcher.get(item.canonical_url)
    return parse_article(fetched.body, item.canonical_url, published_hint=item.published_hint)


ACTIONABLE = ("refuted", "conflicting")


def findings(report: DocumentReport) -> list[dict]:
    """What an editor must act on: the refuted and conflicting claims, with corrections."""
    return [
        {"kind": c.claim.kind.value, "line": c.line, "text": c.claim.text, "label": c.verdict.label.value,
         "correction": c.verdict.correction, "rationale": c.verdict.rationale}
        for c in report.claims if c.verdict.label.value in ACTIONABLE
    ]


def check_item(item: FeedItemRow, ctx: Checking, owner: str) -> ItemResult:
    assert item.id is not None
    result = ItemResult(item_id=item.id, url=item.canonical_url, status="failed", attempts=item.attempts)
    try:
        doc, view = read_item(item, ctx.fetcher)
        report: DocumentReport = run_check(doc, view, CheckSetup(ctx.refs, ctx.checkers, ctx.options))
        with Session(ctx.engine) as session:
            run_id = save_report(session=session, report=report, reference_version=ctx.refs.version,
                                 checkers=ctx.checker_names, trigger=ctx.trigger)
            run = session.get(RunRow, run_id)
            assert run is not None
            queue.finish(session=session, item_id=item.id, owner=owner, document_id=run.document_id, run_id=run_id)
            result.document_id = run.document_id
        result.status, result.run_id = "checked", run_id
        result.title, result.published = doc.title, doc.published
        result.labels = dict(Counter(c.verdict.label.value for c in report.claims))
        result.findings = findings(report)
        return result
    except FactdeskError as exc:
        result.error = str(exc)
    except Exception as exc:  # noqa: BLE001 - one broken item must not stop the batch; its reason is recorded
        result.error = f"internal error: {type(exc).__name__}: {exc}"
    with Session(ctx.engine) as session:
        queue.fail(session=session, item_id=item.id, owner=owner, error=result.error or "")
    result.final = item.attempts >= ctx.cfg.max_attempts
    return result


def check_batch(ids: Sequence[int], ctx: Checking, owner: str, *, workers: int = 1) -> list[ItemResult]:
    """Claim ``ids`` for ``owner`` and check the ones claimed (up to ``workers`` at once)."""
    with Session(ctx.engine) as session:
        items = queue.claim(session=session, ids=ids, owner=owner, max_attempts=ctx.cfg.max_attempts,
                            claim_timeout=ctx.cfg.claim_timeout)
    if workers <= 1 or len(items) <= 1:
        return [check_item(it, ctx, owner) for it in items]
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="factdesk-item") as pool:
        return list(pool.map(lambda it: check_item(it, ctx, owner), items))
