"""Live facts into the store: one transaction per unit of work (one entity, one vote set).

Facts go into ``reference_fact`` as a pack named after the source ("wikidata"), so
``factdesk check`` picks them up with the bundled packs; each fact gets a
``source_fact`` link to the snapshot it came from. A fact whose content changed marks
the verdicts that cited it (evidence from that pack with one of its URLs) for re-check.
A failed fetch is recorded as an ``error`` snapshot in a transaction of its own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from factdesk.errors import PackError, StoreError
from factdesk.refs.pack import FORMAT_VERSION, Record, parse_pack
from factdesk.sources.base import Snapshot
from schemas.sources import SourceFactRow, SourceSnapshotRow, VerdictRecheckRow
from schemas.tables import EvidenceRow, ReferenceFactRow


@dataclass(frozen=True)
class FactChange:
    pack: str
    kind: str
    key: str
    change: str  # "added" or "changed"
    snapshot_id: int


def _hash(payload: dict) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _key(payload: dict) -> str:
    return str(payload.get("id") or f"{payload.get('body')}-{payload.get('year')}")


def _snapshot_row(snap: Snapshot) -> SourceSnapshotRow:
    return SourceSnapshotRow(source=snap.source, url=snap.url, retrieved_at=snap.retrieved_at, sha256=snap.sha256,
                             record_id=snap.record_id, status=snap.status, http_status=snap.http_status,
                             error=snap.error)


def record_failure(*, session: Session, snapshot: Snapshot) -> int:
    """Store a snapshot on its own (a failed fetch: ``status='error'`` and the reason, or a
    fetch that changed no fact); return its id."""
    try:
        row = _snapshot_row(snapshot)
        session.add(row)
        session.commit()
        assert row.id is not None
        return row.id
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"could not record the fetch: {str(exc).splitlines()[0]}") from None


def store_facts(*, session: Session, pack: str, items: list[tuple[Record, Snapshot]],
                description: str = "", extra_snapshots: list[Snapshot] | None = None) -> list[FactChange]:
    """Upsert ``items`` (record, the snapshot it came from) into ``pack``, all or nothing.

    The merged pack (stored records plus these) is validated before anything is
    written, so a role an office refers to can never be missing."""
    now = dt.datetime.now(dt.UTC)
    version = now.strftime("%Y.%m.%d.%H%M%S")
    try:
        rows = {(r.kind, r.key): r for r in session.exec(select(ReferenceFactRow).where(ReferenceFactRow.pack == pack))}
        merged = {k: r.payload for k, r in rows.items() if k[0] != "pack"}
        new = {}
        for rec, _ in items:
            payload = rec.model_dump(mode="json")
            new[(payload["type"], _key(payload))] = payload
        merged.update(new)
        header = {"type": "pack", "name": pack, "version": version, "format": FORMAT_VERSION,
                  "description": description or f"facts from the live source {pack}"}
        try:
            parse_pack("\n".join(json.dumps(p) for p in [header, *merged.values()]), f"db:{pack}")
        except PackError as exc:
            raise StoreError(f"refusing to store {pack}: {exc}") from None

        snap_ids: dict[int, int] = {}
        for snap in [s for _, s in items] + list(extra_snapshots or []):
            if id(snap) not in snap_ids:
                srow = _snapshot_row(snap)
                session.add(srow)
                session.flush()
                assert srow.id is not None
                snap_ids[id(snap)] = srow.id

        links = {(f.kind, f.key): f for f in session.exec(select(SourceFactRow).where(SourceFactRow.pack == pack))}
        changes: list[FactChange] = []
        for rec, snap in items:
            payload = rec.model_dump(mode="json")
            kind, key = payload["type"], _key(payload)
            sources = list(payload.get("sources", []))
            old = rows.get((kind, key))
            sid = snap_ids[id(snap)]
            if old is None:
                session.add(ReferenceFactRow(pack=pack, pack_version=version, kind=kind, key=key, payload=payload,
                                             sources=sources))
                changes.append(FactChange(pack, kind, key, "added", sid))
            elif _hash(old.payload) != _hash(payload):
                _mark_rechecks(session=session, pack=pack, fact=f"{kind}:{key}",
                               urls=set(old.sources) | set(sources))
                old.payload, old.sources, old.pack_version, old.loaded_at = payload, sources, version, now
                session.add(old)
                changes.append(FactChange(pack, kind, key, "changed", sid))
            link = links.get((kind, key))
            if link is None:
                link = SourceFactRow(pack=pack, kind=kind, key=key, fact_sha256=_hash(payload), snapshot_id=sid)
                links[(kind, key)] = link
            else:
                link.fact_sha256, link.snapshot_id, link.updated_at = _hash(payload), sid, now
            session.add(link)
        hrow = rows.get(("pack", pack))
        if hrow is None:
            session.add(ReferenceFactRow(pack=pack, pack_version=version, kind="pack", key=pack, payload=header,
                                         sources=[]))
        elif changes:  # a new version only when a fact changed: runs record which references they used
            hrow.payload, hrow.pack_version, hrow.loaded_at = header, version, now
            session.add(hrow)
        session.commit()
        return changes
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"could not store facts from {pack}: {str(exc).splitlines()[0]}") from None
    except BaseException:
        session.rollback()
        raise


def _mark_rechecks(*, session: Session, pack: str, fact: str, urls: set[str]) -> None:
    """Mark each verdict whose evidence came from ``pack`` with one of ``urls``."""
    if not urls:
        return
    stmt = select(EvidenceRow.verdict_id).where(
        col(EvidenceRow.source).startswith(f"{pack}@"), col(EvidenceRow.url).in_(sorted(urls))
    ).distinct()
    marked = set(session.exec(select(VerdictRecheckRow.verdict_id).where(VerdictRecheckRow.fact == fact,
                                                                        col(VerdictRecheckRow.done_at).is_(None))))
    for verdict_id in session.exec(stmt):
        if verdict_id not in marked:
            existing = session.exec(select(VerdictRecheckRow).where(VerdictRecheckRow.verdict_id == verdict_id,
                                                                    VerdictRecheckRow.fact == fact)).first()
            reason = f"{fact} in {pack} changed"
            if existing is None:
                session.add(VerdictRecheckRow(verdict_id=verdict_id, fact=fact, reason=reason))
            else:
                existing.done_at, existing.reason, existing.marked_at = None, reason, dt.datetime.now(dt.UTC)
                session.add(existing)


def stored_keys(*, session: Session, pack: str, kind: str) -> list[str]:
    return list(session.exec(select(ReferenceFactRow.key).where(ReferenceFactRow.pack == pack,
                                                                 ReferenceFactRow.kind == kind)
                             .order_by(ReferenceFactRow.key)))


def fact_sources(
    *, session: Session, pack: str, kind: str, key: str
) -> tuple[ReferenceFactRow, SourceSnapshotRow | None] | None:
    row = session.exec(select(ReferenceFactRow).where(ReferenceFactRow.pack == pack, ReferenceFactRow.kind == kind,
                                                      ReferenceFactRow.key == key)).first()
    if row is None:
        return None
    link = session.exec(select(SourceFactRow).where(SourceFactRow.pack == pack, SourceFactRow.kind == kind,
                                                    SourceFactRow.key == key)).first()
    snap = session.get(SourceSnapshotRow, link.snapshot_id) if link is not None else None
    return row, snap


def pending_rechecks(*, session: Session) -> list[VerdictRecheckRow]:
    return list(session.exec(select(VerdictRecheckRow).where(col(VerdictRecheckRow.done_at).is_(None))
                             .order_by(VerdictRecheckRow.id)))
