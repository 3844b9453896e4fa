"""The desk's workflow around reviews: each document's status and assignee, comments
on a document or one of its claims, bulk accept of supported claims, and the
per-document audit log.

Every change writes its audit rows in the same transaction as the change itself, each
with the value in force before and after it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, select

from factdesk.errors import UsageError
from factdesk.review.reviews import ClaimKey, claim_key, commit, review_rows
from schemas.desk import STATUSES, AuditRow, CommentRow, DeskDocumentRow
from schemas.review import UserRow
from schemas.tables import ClaimRow, DocumentRow, RunRow, VerdictRow

MAX_COMMENT = 5000


@dataclass
class DeskState:
    status: str = "new"
    assignee: str | None = None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def audit_rows(*, document_id: int, run_id: str | None, claim: ClaimRow | None, actor: str, action: str,
               changes: list[tuple[str, str | None, str | None]], at: dt.datetime | None = None) -> list[AuditRow]:
    """One audit row per ``(field, old, new)`` of one change (not added to a session)."""
    at = at or _now()
    return [AuditRow(document_id=document_id, run_id=run_id, claim_id=claim.id if claim else None,
                     claim_text=claim.text if claim else None, actor=actor, action=action, field=f,
                     old_value=old, new_value=new, created_at=at)
            for f, old, new in changes]


def _editor(user: UserRow, what: str) -> None:
    if user.role != "editor":
        raise UsageError(f"{user.name} is a viewer and cannot {what}")


def _document(session: Session, document_id: int) -> DocumentRow:
    doc = session.get(DocumentRow, document_id)
    if doc is None:
        raise UsageError(f"no document {document_id}")
    return doc


def desk_state(*, session: Session, document_id: int) -> DeskState:
    row = session.get(DeskDocumentRow, document_id)
    return DeskState(row.status, row.assignee) if row else DeskState()


def update_document(*, session: Session, document_id: int, user: UserRow, status: str | None = None,
                    assignee: str | None = None) -> DeskState:
    """Set a document's status and/or assignee (``assignee=""``: nobody). Only changed
    fields are logged; a change to the same value is no change."""
    _editor(user, "change a document")
    _document(session, document_id)
    row = session.get(DeskDocumentRow, document_id) or DeskDocumentRow(document_id=document_id, updated_by=user.name)
    changes: list[tuple[str, str, str | None, str | None]] = []
    if status is not None:
        if status not in STATUSES:
            raise UsageError(f"unknown status {status!r}: choose one of {', '.join(STATUSES)}")
        if status != row.status:
            changes.append(("status", "status", row.status, status))
            row.status = status
    if assignee is not None:
        who = assignee.strip() or None
        if who is not None and session.exec(select(UserRow).where(UserRow.name == who)).first() is None:
            raise UsageError(f"no desk user {who!r} to assign")
        if who != row.assignee:
            changes.append(("assign", "assignee", row.assignee, who))
            row.assignee = who
    if changes:
        row.updated_by, row.updated_at = user.name, _now()
        session.add(row)
        at = _now()
        for action, f, old, new in changes:
            session.add_all(audit_rows(document_id=document_id, run_id=None, claim=None, actor=user.name,
                                       action=action, changes=[(f, old, new)], at=at))
        commit(session, "document status")
    return DeskState(row.status, row.assignee)


def add_comment(*, session: Session, document_id: int, run_id: str, user: UserRow, body: str,
                claim_id: int | None = None) -> CommentRow:
    """A comment on the document, or on claim ``claim_id`` of ``run_id``. Viewers may not comment."""
    _editor(user, "comment")
    body = (body or "").strip()
    if not body:
        raise UsageError("the comment is empty")
    if len(body) > MAX_COMMENT:
        raise UsageError(f"the comment is longer than {MAX_COMMENT} characters")
    run = session.get(RunRow, run_id)
    if run is None or run.document_id != document_id:
        raise UsageError(f"document {document_id} has no run {run_id}")
    claim = None
    if claim_id is not None:
        claim = session.get(ClaimRow, claim_id)
        if claim is None or claim.run_id != run_id:
            raise UsageError(f"run {run_id} has no claim {claim_id}")
    row = CommentRow(document_id=document_id, claim_id=claim_id, run_id=run_id, user_id=user.id, author=user.name,
                     body=body)
    session.add(row)
    session.add_all(audit_rows(document_id=document_id, run_id=run_id, claim=claim, actor=user.name,
                               action="comment", changes=[("comment", None, body)], at=row.created_at))
    commit(session, "comment")
    session.refresh(row)
    return row


def comments(*, session: Session, document_id: int) -> dict[ClaimKey | None, list[CommentRow]]:
    """The document's comments, oldest first: ``None`` holds those on the document itself,
    the others are grouped by the identity of the claim (so they follow it into later runs)."""
    out: dict[ClaimKey | None, list[CommentRow]] = {}
    rows = session.exec(select(CommentRow, ClaimRow).outerjoin(ClaimRow, col(ClaimRow.id) == CommentRow.claim_id)
                        .where(CommentRow.document_id == document_id)
                        .order_by(col(CommentRow.created_at), col(CommentRow.id))).all()
    for row, claim in rows:
        out.setdefault(claim_key(claim) if claim else None, []).append(row)
    return out


def bulk_accept(*, session: Session, run_id: str, user: UserRow) -> int:
    """Accept every supported claim of ``run_id`` that no editor has decided yet, in one
    transaction; returns how many were accepted."""
    from factdesk.review.reviews import document_reviews

    _editor(user, "review")
    run = session.get(RunRow, run_id)
    if run is None:
        raise UsageError(f"no run {run_id}")
    decided = document_reviews(session=session, document_ids=[run.document_id])[run.document_id]
    claims = session.exec(select(ClaimRow).join(VerdictRow, col(VerdictRow.claim_id) == ClaimRow.id)
                          .where(ClaimRow.run_id == run_id, VerdictRow.label == "supported")
                          .order_by(col(ClaimRow.start))).all()
    todo = [c for c in claims if claim_key(c) not in decided]
    try:
        for c in todo:
            review_rows(session=session, run_id=run_id, claim_id=c.id, user=user, action="accept", label=None,
                        correction=None, note="", audit_action="bulk-accept")
    except UsageError:
        session.rollback()
        raise
    if todo:
        commit(session, "reviews")
    return len(todo)


def audit_log(*, session: Session, document_id: int) -> list[AuditRow]:
    """Every change to the document, oldest first."""
    return list(session.exec(select(AuditRow).where(AuditRow.document_id == document_id)
                             .order_by(col(AuditRow.created_at), col(AuditRow.id))).all())


def desk_users(*, session: Session) -> list[str]:
    """Names of every desk account (whom a document can be assigned to)."""
    return list(session.exec(select(UserRow.name).order_by(col(UserRow.name))).all())
