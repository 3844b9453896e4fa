"""The desk's queue: documents at their latest run, worst first, one page at a time.

Counts come from grouped SQL queries (claims per run and label); only documents that
have reviews load their claims, to tell decided claims from open ones. A page of 50
is rendered whatever the size of the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import and_, exists, func, or_
from sqlmodel import Session, col, select

from factdesk.errors import UsageError
from factdesk.review.reviews import document_reviews
from schemas.desk import STATUSES, DeskDocumentRow
from schemas.review import ReviewRow
from schemas.tables import ClaimRow, DocumentRow, RunRow, VerdictRow

#: labels that need an editor's decision, worst first
ATTENTION = ("refuted", "conflicting", "unverified")
WEIGHT = {"refuted": 3, "conflicting": 2, "unverified": 2}
PER_PAGE = 50
MAX_SEARCH = 200
CLOSED = ("done", "published")


@dataclass
class QueueItem:
    document_id: int
    run_id: str
    origin: str
    title: str | None
    published: dt.date
    checked_at: dt.datetime
    status: str = "new"
    assignee: str | None = None
    counts: dict[str, int] = field(default_factory=dict)  # the machine's labels, every claim
    open: dict[str, int] = field(default_factory=dict)  # refuted/conflicting/unverified claims not yet decided
    to_accept: int = 0  # supported claims not yet decided
    effective: set[str] = field(default_factory=set)  # labels in force (the editor's where decided)
    reviewed: int = 0
    claims: int = 0

    @property
    def priority(self) -> int:
        """0 refuted, 1 conflicting, 2 unverified still open; 3 nothing left to decide."""
        return next((i for i, lb in enumerate(ATTENTION) if self.open.get(lb)), len(ATTENTION))

    @property
    def needs(self) -> str | None:
        return ATTENTION[self.priority] if self.priority < len(ATTENTION) else None


@dataclass
class QueuePage:
    items: list[QueueItem]
    total: int  # documents matching the filters
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def first(self) -> int:
        return (self.page - 1) * self.per_page + 1 if self.items else 0

    @property
    def last(self) -> int:
        return self.first + len(self.items) - 1 if self.items else 0


def review_queue(*, session: Session, label: str | None = None, date_from: dt.date | None = None,
                 date_to: dt.date | None = None, source: str | None = None, search: str | None = None,
                 status: str | None = None, assignee: str | None = None) -> list[QueueItem]:
    """Every matching document at its latest run: open drafts before done/published ones,
    then those with open refuted, then conflicting, then unverified claims, newest first.

    ``label`` keeps documents with a claim of that label in force; ``source`` matches the
    origin, ``search`` every word in the title or a claim's text (case-insensitive
    substrings, wildcards literal); ``status`` and ``assignee`` (``-`` = nobody) match the
    desk's workflow fields."""
    if status and status not in STATUSES:
        raise UsageError(f"unknown status {status!r}: choose one of {', '.join(STATUSES)}")
    if search and len(search) > MAX_SEARCH:
        raise UsageError(f"the search is longer than {MAX_SEARCH} characters")
    latest = (select(RunRow.document_id, func.max(RunRow.started_at).label("at"))
              .group_by(col(RunRow.document_id)).subquery())
    state = func.coalesce(DeskDocumentRow.status, "new")
    q = (select(DocumentRow.id, DocumentRow.origin, DocumentRow.title, DocumentRow.published, RunRow.id,
                RunRow.started_at, state, DeskDocumentRow.assignee)
         .join(latest, col(latest.c.document_id) == DocumentRow.id)
         .join(RunRow, (col(RunRow.document_id) == DocumentRow.id) & (col(RunRow.started_at) == latest.c.at))
         .outerjoin(DeskDocumentRow, col(DeskDocumentRow.document_id) == DocumentRow.id))
    if date_from:
        q = q.where(col(DocumentRow.published) >= date_from)
    if date_to:
        q = q.where(col(DocumentRow.published) <= date_to)
    if source:
        q = q.where(func.lower(DocumentRow.origin).contains(source.lower(), autoescape=True))
    if status:
        q = q.where(state == status)
    if assignee == "-":
        q = q.where(col(DeskDocumentRow.assignee).is_(None))
    elif assignee:
        q = q.where(col(DeskDocumentRow.assignee) == assignee)
    for word in (search or "").split():
        in_claims = exists().where(and_(col(ClaimRow.run_id) == RunRow.id,
                                        func.lower(ClaimRow.text).contains(word.lower(), autoescape=True)))
        in_title = func.lower(func.coalesce(DocumentRow.title, "")).contains(word.lower(), autoescape=True)
        q = q.where(or_(in_title, in_claims))
    items: dict[str, QueueItem] = {}
    for doc_id, origin, title, published, run_id, at, st, who in session.exec(q).all():
        items[run_id] = QueueItem(document_id=doc_id, run_id=run_id, origin=origin, title=title, published=published,
                                  checked_at=at, status=st, assignee=who)
    if not items:
        return []
    runs = q.with_only_columns(RunRow.id, col(DocumentRow.id).label("document_id")).subquery()
    for run_id, lb, n in session.exec(
            select(ClaimRow.run_id, VerdictRow.label, func.count())
            .join(VerdictRow, col(VerdictRow.claim_id) == ClaimRow.id)
            .where(col(ClaimRow.run_id).in_(select(runs.c.id)))
            .group_by(col(ClaimRow.run_id), col(VerdictRow.label))).all():
        it = items[run_id]
        it.claims += n
        it.counts[lb] = n
        it.effective.add(lb)
        if lb in ATTENTION:
            it.open[lb] = n
        elif lb == "supported":
            it.to_accept = n
    reviewed_docs = _reviewed(session, runs)
    _apply_reviews(session, [it for it in items.values() if it.document_id in reviewed_docs])
    out = [it for it in items.values() if not label or label in it.effective]
    out.sort(key=lambda i: (i.status in CLOSED, i.priority, -sum(i.open.get(lb, 0) * WEIGHT[lb] for lb in ATTENTION),
                            -i.published.toordinal(), -i.document_id))
    return out


def _reviewed(session: Session, runs) -> set[int]:  # noqa: ANN001
    return set(session.exec(select(ReviewRow.document_id).distinct()
                            .where(col(ReviewRow.document_id).in_(select(runs.c.document_id)))).all())


def _apply_reviews(session: Session, items: list[QueueItem]) -> None:
    """Move decided claims from the machine's open counts to ``reviewed``."""
    if not items:
        return
    by_run = {it.run_id: it for it in items}
    reviews = document_reviews(session=session, document_ids=[it.document_id for it in items])
    for it in items:
        it.effective = set()
    rows = session.exec(select(ClaimRow.run_id, ClaimRow.kind, ClaimRow.start, ClaimRow.end, ClaimRow.text,
                               VerdictRow.label)
                        .join(VerdictRow, col(VerdictRow.claim_id) == ClaimRow.id)
                        .where(col(ClaimRow.run_id).in_(list(by_run)))).all()
    for run_id, kind, start, end, text, lb in rows:
        it = by_run[run_id]
        decided = reviews[it.document_id].get((kind, start, end, text))
        if decided:
            it.reviewed += 1
            it.effective.add(decided[-1].new_label)
            if lb in ATTENTION:
                it.open[lb] -= 1
                if not it.open[lb]:
                    del it.open[lb]
            elif lb == "supported":
                it.to_accept -= 1
        else:
            it.effective.add(lb)


def queue_page(*, session: Session, page: int = 1, per_page: int = PER_PAGE, **filters: object) -> QueuePage:
    """One page of :func:`review_queue` (pages count from 1; past the end: an empty page)."""
    if page < 1:
        raise UsageError(f"page must be 1 or more, not {page}")
    items = review_queue(session=session, **filters)  # type: ignore[arg-type]
    return QueuePage(items=items[(page - 1) * per_page: page * per_page], total=len(items), page=page,
                     per_page=per_page)


