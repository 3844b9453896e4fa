"""Data access: keyword-only functions taking a ``Session``.

``save_report`` writes a whole run (document if new, run, claims, verdicts,
evidence) in one transaction: either all of it is stored or none of it.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel import Session, col, select

from factdesk import __version__
from factdesk.errors import StoreError
from factdesk.refs.base import Retrieval
from factdesk.refs.pack import Pack, parse_pack
from schemas.contracts import DocumentReport
from schemas.sources import SourceFactRow, SourceSnapshotRow
from schemas.tables import (
    ClaimRow,
    DocumentRow,
    EvidenceRow,
    ReferenceFactRow,
    RunRow,
    VerdictRow,
)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def get_or_create_document(*, session: Session, report: DocumentReport) -> DocumentRow:
    doc = report.document
    row = session.exec(select(DocumentRow).where(DocumentRow.sha256 == doc.sha256)).first()
    if row is not None:
        return row
    row = DocumentRow(
        sha256=doc.sha256,
        origin=doc.origin,
        format=doc.format,
        title=doc.title,
        published=doc.published,
        text=doc.text,
    )
    # No SAVEPOINT here: pysqlite's default transaction handling runs a SAVEPOINT
    # outside the run's transaction, so the document would be committed on its own.
    # A concurrent insert of the same document raises IntegrityError, and
    # save_report retries the whole run.
    session.add(row)
    session.flush()
    return row


def save_report(
    *, session: Session, report: DocumentReport, reference_version: str, checkers: str, trigger: str = "cli"
) -> str:
    """Store one checked document as a new run, in one transaction; return the run id."""
    for attempt in range(3):
        try:
            return _save_report(session=session, report=report, reference_version=reference_version,
                                checkers=checkers, trigger=trigger)
        except IntegrityError as exc:
            session.rollback()
            stored = session.exec(select(DocumentRow).where(DocumentRow.sha256 == report.document.sha256)).first()
            if stored is None or attempt == 2:
                raise StoreError(f"could not store the run: {str(exc).splitlines()[0]}") from None
            # the same document was stored by another process meanwhile: retry, finding it
    raise AssertionError("unreachable")


def _save_report(*, session: Session, report: DocumentReport, reference_version: str, checkers: str,
                 trigger: str) -> str:
    try:
        doc_row = get_or_create_document(session=session, report=report)
        assert doc_row.id is not None
        run = RunRow(
            document_id=doc_row.id,
            origin=report.document.origin,
            published=report.document.published,
            published_source=report.document.published_source,
            trigger=trigger,
            factdesk_version=__version__,
            reference_version=reference_version,
            checkers=checkers,
        )
        session.add(run)
        session.flush()
        for cc in report.claims:
            claim = ClaimRow(
                run_id=run.id,
                document_id=doc_row.id,
                kind=cc.claim.kind.value,
                start=cc.claim.start,
                end=cc.claim.end,
                line=cc.line,
                text=cc.claim.text,
                slots=json.loads(json.dumps(cc.claim.slots, default=str)),
            )
            session.add(claim)
            session.flush()
            assert claim.id is not None
            v = cc.verdict
            verdict = VerdictRow(
                claim_id=claim.id,
                label=v.label.value,
                correction=v.correction,
                rationale=v.rationale,
                confidence=v.confidence,
                checker=v.checker,
                checker_version=v.checker_version,
            )
            session.add(verdict)
            session.flush()
            assert verdict.id is not None
            for ev in v.evidence:
                session.add(
                    EvidenceRow(
                        verdict_id=verdict.id,
                        source=ev.source,
                        url=ev.url,
                        excerpt=ev.excerpt,
                        retrieved_at=ev.retrieved_at,
                        content_hash=ev.content_hash,
                        quote=ev.quote,
                        record=ev.record,
                    )
                )
        run.finished_at = _now()
        session.add(run)
        session.commit()
        return run.id
    except IntegrityError:
        raise  # save_report decides: a concurrent duplicate document, or a real error
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"could not store the run: {str(exc).splitlines()[0]}") from None


def store_pack(*, session: Session, pack: Pack) -> int:
    """Replace the stored facts of ``pack.header.name`` with this pack's records."""
    name, version = pack.header.name, pack.header.version
    try:
        for old in session.exec(select(ReferenceFactRow).where(ReferenceFactRow.pack == name)):
            session.delete(old)
        session.flush()
        header = pack.header.model_dump(mode="json")
        session.add(ReferenceFactRow(pack=name, pack_version=version, kind="pack", key=name, payload=header, sources=[]))
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
    rows = session.exec(select(ReferenceFactRow).order_by(ReferenceFactRow.pack, ReferenceFactRow.id)).all()
    by_pack: dict[str, list[ReferenceFactRow]] = {}
    for r in rows:
        if exclude and r.pack in exclude:
            continue
        by_pack.setdefault(r.pack, []).append(r)
    packs = []
    for name, items in by_pack.items():
        header = next((i for i in items if i.kind == "pack"), None)
        if header is None:
            continue
        lines = [json.dumps(header.payload)] + [json.dumps(i.payload) for i in items if i.kind != "pack"]
        packs.append(parse_pack("\n".join(lines), f"db:{name}"))
    return packs


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
        ev = list(session.exec(select(EvidenceRow).where(EvidenceRow.verdict_id == v.id)).all())
        out.append((c, v, ev))
    return run, out
