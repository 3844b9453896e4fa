"""Editors' reviews: stored as their own rows, never by changing a machine verdict.

A review points at the claim row it judged. A later run of the checker creates new
claim rows; a review still applies to a later claim of the same document with the same
identity (kind, start, end, text), so a re-run keeps the human decision visible.
"""

from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from factdesk.errors import StoreError, UsageError
from schemas.contracts import Label
from schemas.review import ReviewRow, UserRow
from schemas.tables import ClaimRow, RunRow, VerdictRow

ClaimKey = tuple[str, int, int, str]
MAX_NOTE = 5000
MAX_CORRECTION = 1000


def claim_key(claim: ClaimRow) -> ClaimKey:
    return (claim.kind, claim.start, claim.end, claim.text)


def _claim_and_verdict(session: Session, run_id: str, claim_id: int) -> tuple[ClaimRow, VerdictRow]:
    claim = session.get(ClaimRow, claim_id)
    if claim is None or claim.run_id != run_id:
        raise UsageError(f"run {run_id} has no claim {claim_id}")
    return claim, session.exec(select(VerdictRow).where(VerdictRow.claim_id == claim_id)).one()


def in_force(session: Session, claim: ClaimRow, verdict: VerdictRow) -> tuple[str, str | None]:
    """The label and corrected value in force for ``claim`` before a new decision: the
    latest review of the same claim (this run or an earlier one), else the machine's."""
    earlier = document_reviews(session=session, document_ids=[claim.document_id])[claim.document_id]
    last = (earlier.get(claim_key(claim)) or [None])[-1]
    return (last.new_label, last.correction) if last else (verdict.label, verdict.correction)


def review_rows(*, session: Session, run_id: str, claim_id: int, user: UserRow, action: str, label: str | None,
                correction: str | None, note: str, audit_action: str | None = None) -> list:
    """The review row and its audit rows for one decision, added to ``session`` (not committed).

    ``accept`` keeps the machine's label (and its correction, unless the editor typed one);
    ``override`` sets ``label`` and exactly the corrected value typed (none when left empty):
    an earlier corrected value is never carried into a new decision."""
    from factdesk.review.desk import audit_rows

    if user.role != "editor":
        raise UsageError(f"{user.name} is a viewer and cannot review")
    claim, verdict = _claim_and_verdict(session, run_id, claim_id)
    correction = (correction or "").strip() or None
    if action == "accept":
        new_label = verdict.label
        correction = correction or verdict.correction
    elif action == "override":
        if label not in {lb.value for lb in Label}:
            raise UsageError(f"invalid label {label!r}: choose one of {', '.join(lb.value for lb in Label)}")
        new_label = label
    else:
        raise UsageError(f"invalid action {action!r}: accept or override")
    note = (note or "").strip()
    if correction is not None and len(correction) > MAX_CORRECTION:
        raise UsageError(f"the corrected value is longer than {MAX_CORRECTION} characters")
    if len(note) > MAX_NOTE:
        raise UsageError(f"the note is longer than {MAX_NOTE} characters")
    old_label, old_correction = in_force(session, claim, verdict)
    row = ReviewRow(claim_id=claim_id, document_id=claim.document_id, run_id=run_id, user_id=user.id,
                    reviewer=user.name, action=action, old_label=old_label, new_label=new_label,
                    correction=correction, old_correction=old_correction, note=note)
    rows = [row, *audit_rows(document_id=claim.document_id, run_id=run_id, claim=claim, actor=user.name,
                             action=audit_action or action,
                             changes=[("label", old_label, new_label), ("value", old_correction, correction)],
                             at=row.created_at)]
    session.add_all(rows)
    return rows


def commit(session: Session, what: str) -> None:
    try:
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"could not store the {what}: {str(exc).splitlines()[0]}") from None


def add_review(*, session: Session, run_id: str, claim_id: int, user: UserRow, action: str,
               label: str | None, correction: str | None, note: str) -> ReviewRow:
    """Record an editor's decision on one claim of ``run_id`` (with its audit rows) in one transaction."""
    try:
        row = review_rows(session=session, run_id=run_id, claim_id=claim_id, user=user, action=action, label=label,
                          correction=correction, note=note)[0]
    except UsageError:
        session.rollback()
        raise
    commit(session, "review")
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
