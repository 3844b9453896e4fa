"""``feed_item`` as a work queue shared by every run and worker (keyword-only, Session first).

- ``register``: insert the entries not seen before, ``ON CONFLICT DO NOTHING`` on
  (canonical URL, content hash), in one transaction; return the ids that need work.
- ``claim``: one atomic ``UPDATE ... WHERE status = 'new' OR (failed, attempts left)
  OR (claimed, claim older than the timeout)``; only the rows this statement changed
  belong to the caller. Two runs that discovered the same items never check one twice
  at once: each row's update is serialised by the database (row lock on PostgreSQL, the
  write lock on SQLite), and the loser's WHERE no longer matches.
- ``finish`` / ``fail``: record the outcome, only while the caller still holds the claim.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import and_, or_, update
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, select

from factdesk.errors import StoreError
from factdesk.feeds.discover import FeedEntry
from schemas.feeds import FeedItemRow

MAX_ERROR_CHARS = 2000


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _claimable(max_attempts: int, stale_before: dt.datetime):  # noqa: ANN202
    return or_(
        FeedItemRow.status == "new",
        and_(FeedItemRow.status == "failed", FeedItemRow.attempts < max_attempts),
        and_(FeedItemRow.status == "claimed", FeedItemRow.claimed_at < stale_before),
    )


def register(*, session: Session, entries: Sequence[FeedEntry], max_attempts: int, claim_timeout: int) -> list[int]:
    """Store unseen entries; return ids of the entries (new or old) that are waiting for a check."""
    if not entries:
        return []
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    now = _now()
    rows = [
        {"canonical_url": e.canonical_url, "content_hash": e.content_hash, "source": e.source[:2048],
         "kind": e.kind, "status": "new", "attempts": 0, "published_hint": e.published_hint,
         "first_seen": now, "updated_at": now}
        for e in entries
    ]
    try:
        for i in range(0, len(rows), 500):
            stmt = insert(FeedItemRow).values(rows[i:i + 500])
            session.exec(stmt.on_conflict_do_nothing(index_elements=["canonical_url", "content_hash"]))
        session.commit()
        keys = {(e.canonical_url, e.content_hash) for e in entries}
        urls = sorted({e.canonical_url for e in entries})
        found: list[int] = []
        stale = now - dt.timedelta(seconds=claim_timeout)
        for i in range(0, len(urls), 500):
            q = select(FeedItemRow.id, FeedItemRow.canonical_url, FeedItemRow.content_hash).where(
                FeedItemRow.canonical_url.in_(urls[i:i + 500]), _claimable(max_attempts, stale))
            found += [rid for rid, url, h in session.exec(q) if (url, h) in keys]
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"could not register feed items: {str(exc).splitlines()[0]}") from None
    return sorted(found)


def claim(
    *, session: Session, ids: Sequence[int], owner: str, max_attempts: int, claim_timeout: int
) -> list[FeedItemRow]:
    """Claim the given items for ``owner`` (unique per call: a run id plus a batch number);
    return the rows this call claimed, skipping those another run holds or finished."""
    if not ids:
        return []
    now = _now()
    stale = now - dt.timedelta(seconds=claim_timeout)
    try:
        session.exec(
            update(FeedItemRow)
            .where(FeedItemRow.id.in_(list(ids)), _claimable(max_attempts, stale))
            .values(status="claimed", claimed_by=owner, claimed_at=now, attempts=FeedItemRow.attempts + 1,
                    updated_at=now)
            .execution_options(synchronize_session=False)
        )
        session.commit()
        rows = session.exec(
            select(FeedItemRow).where(FeedItemRow.id.in_(list(ids)), FeedItemRow.claimed_by == owner,
                                      FeedItemRow.status == "claimed")
            .order_by(FeedItemRow.id)
        ).all()
        session.expunge_all()  # loaded and detached: the caller uses them after the session closes
        session.rollback()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"could not claim feed items: {str(exc).splitlines()[0]}") from None
    return list(rows)


def _settle(*, session: Session, item_id: int, owner: str, values: dict) -> bool:
    try:
        result = session.exec(
            update(FeedItemRow)
            .where(FeedItemRow.id == item_id, FeedItemRow.claimed_by == owner, FeedItemRow.status == "claimed")
            .values(**values, updated_at=_now())
            .execution_options(synchronize_session=False)
        )
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"could not update feed item {item_id}: {str(exc).splitlines()[0]}") from None
    return result.rowcount == 1


def finish(*, session: Session, item_id: int, owner: str, document_id: int, run_id: str) -> bool:
    return _settle(session=session, item_id=item_id, owner=owner,
                   values={"status": "done", "document_id": document_id, "run_id": run_id, "error": None})


def fail(*, session: Session, item_id: int, owner: str, error: str) -> bool:
    return _settle(session=session, item_id=item_id, owner=owner,
                   values={"status": "failed", "error": error[:MAX_ERROR_CHARS]})
