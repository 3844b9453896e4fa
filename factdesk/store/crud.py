"""Data access: keyword-only functions taking a ``Session``.

``save_report`` writes a whole run (document if new, run, claims, verdicts,
evidence) in one transaction: either all of it is stored or none of it.
"""

from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from factdesk.errors import StoreError
from factdesk.refs.base import Retrieval
from factdesk.refs.pack import Pack
from factdesk.store import bulk
from schemas.contracts import DocumentReport
from schemas.sources import SourceFactRow, SourceSnapshotRow
from schemas.tables import ClaimRow, EvidenceRow, ReferenceFactRow, RunRow, VerdictRow


def save_report(
    *, session: Session, report: DocumentReport, reference_version: str, checkers: str, trigger: str = "cli"
) -> str:
    """Store one checked document as a new run, in one transaction; return the run id.
    The rows go in as a few batched statements on the session's driver connection
    (``store/bulk.py``), not as ORM objects flushed one by one."""
    for attempt in range(3):
        conn = session.connection().connection.driver_connection
        driver = bulk.driver_module(conn)
        try:
            run_id = bulk.write_report(conn, report, reference_version=reference_version, checkers=checkers,
                                       trigger=trigger)
            session.commit()
            return run_id
        except driver.IntegrityError as exc:
            # the same document stored by another process meanwhile: retry, finding it (or a real error)
            session.rollback()
            if attempt == 2:
                raise StoreError(f"could not store the run: {str(exc).splitlines()[0]}") from None
        except (driver.Error, SQLAlchemyError) as exc:
            session.rollback()
            raise StoreError(f"could not store the run: {str(exc).splitlines()[0]}") from None
    raise AssertionError("unreachable")


def store_pack(*, session: Session, pack: Pack) -> int:
    """Replace the stored facts of ``pack.header.name`` with this pack's records."""
    name, version = pack.header.name, pack.header.version
    try:
        for old in session.exec(select(ReferenceFactRow).where(ReferenceFactRow.pack == name)):
            session.delete(old)
        session.flush()
        header = pack.header.model_dump(mode="json")
        session.add(ReferenceFactRow(pack=name, pack_version=version, kind="pack", key=name, payload=header,
                                     sources=[]))
        for rec in pack.records:
            payload = rec.model_dump(mode="json")
            key = str(payload.get("id") or f"{payload.get('body')}-{payload.get('year')}")
            session.add(
                ReferenceFactRow(
                    pack=name,
                    pack_version=version,
                    kind=payload["type"],
                    key=key,
                    payload=payload,
                    sources=list(payload.get("sources", [])),
                )
            )
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"could not store pack {name}: {str(exc).splitlines()[0]}") from None
    return len(pack.records)


def stored_packs(*, session: Session, exclude: set[str] | None = None) -> list[Pack]:
    """Packs loaded into the database (``factdesk refs load``), rebuilt as ``Pack``s."""
    rows = session.exec(select(ReferenceFactRow.pack, ReferenceFactRow.kind, ReferenceFactRow.payload)
                        .order_by(ReferenceFactRow.pack, ReferenceFactRow.id)).all()
    return bulk.packs_from_rows([tuple(r) for r in rows], exclude)


def stored_retrievals(*, session: Session, packs: list[str]) -> dict[str, Retrieval]:
    """When each stored fact of ``packs`` was fetched from its live source and the sha256 of
    that answer (its ``source_snapshot``), by ``"<kind>:<key>"``: evidence citing the fact
    carries them (``ReferenceBase.retrieved``)."""
    if not packs:
        return {}
    rows = session.exec(select(SourceFactRow.kind, SourceFactRow.key, SourceSnapshotRow.retrieved_at,
                               SourceSnapshotRow.sha256)
                        .join(SourceSnapshotRow, col(SourceSnapshotRow.id) == col(SourceFactRow.snapshot_id))
                        .where(col(SourceFactRow.pack).in_(packs)))
    return {f"{kind}:{key}": Retrieval(at, sha) for kind, key, at, sha in rows}


def run_report(*, session: Session, run_id: str) -> tuple[RunRow, list[tuple[ClaimRow, VerdictRow, list[EvidenceRow]]]]:
    run = session.get(RunRow, run_id)
    if run is None:
        raise StoreError(f"no run {run_id!r}")
    out = []
    claims = session.exec(select(ClaimRow).where(ClaimRow.run_id == run_id).order_by(ClaimRow.start)).all()
    for c in claims:
        v = session.exec(select(VerdictRow).where(VerdictRow.claim_id == c.id)).one()
        ev = list(session.exec(select(EvidenceRow).where(EvidenceRow.verdict_id == v.id)  # in the order given
                               .order_by(col(EvidenceRow.id))).all())
        out.append((c, v, ev))
    return run, out
