"""Editors' reviews: stored as their own rows, never by changing a machine verdict.

A review points at the claim row it judged. A later run of the checker creates new
claim rows; a review still applies to a later claim of the same document with the same
identity (kind, start, end, text), so a re-run keeps the human decision visible.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from factdesk.errors import StoreError, UsageError
from schemas.contracts import LABEL_RANK, Label
from schemas.review import ReviewRow, UserRow
from schemas.tables import ClaimRow, DocumentRow, RunRow, VerdictRow

ClaimKey = tuple[str, int, int, str]
MAX_NOTE = 5000
MAX_CORRECTION = 1000
ATTENTION = (Label.refuted, Label.conflicting, Label.unverified)


def claim_key(claim: ClaimRow) -> ClaimKey:
    return (claim.kind, claim.start, claim.end, claim.text)


def add_review(*, session: Session, run_id: str, claim_id: int, user: UserRow, action: str,
               label: str | None, correction: str | None, note: str) -> ReviewRow:
    """Record an editor's decision on one claim of ``run_id`` in one transaction.

    ``accept`` keeps the machine's label; ``override`` sets ``label`` (any label).
    """
    if user.role != "editor":
        raise UsageError(f"{user.name} is a viewer and cannot review")
    claim = session.get(ClaimRow, claim_id)
    if claim is None or claim.run_id != run_id:
        raise UsageError(f"run {run_id} has no claim {claim_id}")
    verdict = session.exec(select(VerdictRow).where(VerdictRow.claim_id == claim_id)).one()
    if action == "accept":
        new_label = verdict.label
    elif action == "override":
        if label not in {lb.value for lb in Label}:
            raise UsageError(f"invalid label {label!r}: choose one of {', '.join(lb.value for lb in Label)}")
        new_label = label
    else:
        raise UsageError(f"invalid action {action!r}: accept or override")
    correction = (correction or "").strip() or None
    note = (note or "").strip()
    if correction is not None and len(correction) > MAX_CORRECTION:
        raise UsageError(f"the corrected value is longer than {MAX_CORRECTION} characters")
    if len(note) > MAX_NOTE:
        raise UsageError(f"the note is longer than {MAX_NOTE} characters")
    row = ReviewRow(claim_id=claim_id, document_id=claim.document_id, run_id=run_id, user_id=user.id,
                    reviewer=user.name, action=action, old_label=verdict.label, new_label=new_label,
                    correction=correction, note=note)
    try:
        session.add(row)
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"could not store the review: {str(exc).splitlines()[0]}") from None
    session.refresh(row)
    return row


def document_reviews(*, session: Session, document_ids: list[int]) -> dict[int, dict[ClaimKey, list[ReviewRow]]]:
    """Every review of these documents, grouped by the identity of the claim it judged,
    oldest first (the last one is the decision in force)."""
    out: dict[int, dict[ClaimKey, list[ReviewRow]]] = {d: {} for d in document_ids}
    if not document_ids:
        return out
    rows = session.exec(
        select(ReviewRow, ClaimRow).join(ClaimRow, col(ClaimRow.id) == ReviewRow.claim_id)
        .where(col(ReviewRow.document_id).in_(document_ids))
        .order_by(col(ReviewRow.created_at), col(ReviewRow.id))
    ).all()
    for review, claim in rows:
        out[review.document_id].setdefault(claim_key(claim), []).append(review)
    return out


def latest_run(*, session: Session, document_id: int) -> str | None:
    """The id of the document's most recent run, None when there is no such document."""
    return session.exec(select(RunRow.id).where(RunRow.document_id == document_id)
                        .order_by(col(RunRow.started_at).desc()).limit(1)).first()


@dataclass
class QueueItem:
    document_id: int
    run_id: str
    origin: str
    title: str | None
    published: dt.date
    checked_at: dt.datetime
    counts: dict[str, int] = field(default_factory=dict)  # the machine's labels
    open: dict[str, int] = field(default_factory=dict)  # of those, not yet reviewed
    reviewed: int = 0
    claims: int = 0

    @property
    def priority(self) -> int:
        """0 refuted, 1 conflicting, 2 unverified still open; 3 nothing left to decide."""
        return next((i for i, lb in enumerate(ATTENTION) if self.open.get(lb.value)), len(ATTENTION))


def review_queue(*, session: Session, label: str | None = None, date_from: dt.date | None = None,
                 date_to: dt.date | None = None, source: str | None = None) -> list[QueueItem]:
    """Documents at their latest run, those with open refuted, then conflicting, then
    unverified claims first. ``label`` keeps documents with a claim of that label (the
    editor's label where reviewed); ``source`` matches the document's origin (substring)."""
    latest = (select(RunRow.document_id, func.max(RunRow.started_at).label("at"))
              .group_by(col(RunRow.document_id)).subquery())
    q = (select(DocumentRow, RunRow)
         .join(latest, col(latest.c.document_id) == DocumentRow.id)
         .join(RunRow, (col(RunRow.document_id) == DocumentRow.id) & (col(RunRow.started_at) == latest.c.at)))
    if date_from:
        q = q.where(col(DocumentRow.published) >= date_from)
    if date_to:
        q = q.where(col(DocumentRow.published) <= date_to)
    if source:
        q = q.where(func.lower(DocumentRow.origin).contains(source.lower(), autoescape=True))
    pairs = {doc.id: (doc, run) for doc, run in session.exec(q).all()}  # one run per document
    run_ids = [run.id for _, run in pairs.values()]
    claims: dict[str, list[tuple[ClaimRow, VerdictRow]]] = {r: [] for r in run_ids}
    if run_ids:
        for c, v in session.exec(select(ClaimRow, VerdictRow).join(VerdictRow, col(VerdictRow.claim_id) == ClaimRow.id)
                                 .where(col(ClaimRow.run_id).in_(run_ids))).all():
            claims[c.run_id].append((c, v))
    reviews = document_reviews(session=session, document_ids=list(pairs))
    items = []
    for doc_id, (doc, run) in pairs.items():
        item = QueueItem(document_id=doc_id, run_id=run.id, origin=doc.origin, title=doc.title,
                         published=doc.published, checked_at=run.started_at)
        effective = set()
        for c, v in claims[run.id]:
            item.claims += 1
            item.counts[v.label] = item.counts.get(v.label, 0) + 1
            decided = reviews[doc_id].get(claim_key(c))
            if decided:
                item.reviewed += 1
                effective.add(decided[-1].new_label)
            else:
                item.open[v.label] = item.open.get(v.label, 0) + 1
                effective.add(v.label)
        if label and label not in effective:
            continue
        items.append(item)
    items.sort(key=lambda i: (i.priority, -sum(i.open.get(lb.value, 0) * (LABEL_RANK[lb] + 1) for lb in ATTENTION),
                              -i.published.toordinal(), -i.document_id))
    return items
