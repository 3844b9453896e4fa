"""The store on SQLite and on the real PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLE
from sqlalchemy import inspect
from sqlmodel import Session, SQLModel, func, select

from factdesk.errors import PackError, StoreError
from factdesk.ingest import read_document
from factdesk.pipeline import check_document, load_reference_base
from factdesk.refs.pack import load_pack
from factdesk.registry import load_checkers
from factdesk.settings import Settings
from factdesk.store.crud import run_report, save_report, store_pack, stored_packs
from factdesk.store.db import HEAD, current_revision, get_engine
from schemas.tables import ClaimRow, DocumentRow, EvidenceRow, ReferenceFactRow, RunRow, VerdictRow


def _report():
    refs = load_reference_base(Settings())
    doc, view = read_document(SAMPLE)
    return check_document(doc, view, refs, load_checkers()), refs


def _count(session: Session, model) -> int:  # noqa: ANN001
    return session.exec(select(func.count()).select_from(model)).one()


def test_migrations_create_exactly_the_model_tables(db_url: str) -> None:
    engine = get_engine(db_url)
    assert current_revision(engine) == HEAD
    tables = set(inspect(engine).get_table_names()) - {"alembic_version"}
    assert tables == set(SQLModel.metadata.tables)
    for name, table in SQLModel.metadata.tables.items():
        cols = {c["name"] for c in inspect(engine).get_columns(name)}
        assert cols == {c.name for c in table.columns}, name


def test_run_is_stored_with_provenance(db_url: str) -> None:
    report, refs = _report()
    engine = get_engine(db_url)
    with Session(engine) as s:
        run_id = save_report(session=s, report=report, reference_version=refs.version, checkers="all")
    with Session(engine) as s:
        run, rows = run_report(session=s, run_id=run_id)
        assert run.reference_version == refs.version and run.published.isoformat() == "2023-12-12"
        assert [(c.kind, c.text, v.label, v.correction) for c, v, _ in rows] == [
            (cc.claim.kind.value, cc.claim.text, cc.verdict.label.value, cc.verdict.correction)
            for cc in report.claims
        ]
        blinken = next(v for c, v, _ in rows if c.text == "Anthony Blinken")
        assert (blinken.label, blinken.correction, blinken.checker) == ("refuted", "Antony Blinken", "name")
        evidence = [e for c, v, ev in rows for e in ev]
        assert evidence and all(e.url.startswith("https://") for e in evidence)
        assert _count(s, EvidenceRow) == sum(len(cc.verdict.evidence) for cc in report.claims)


def test_same_draft_twice_is_two_runs_one_document(db_url: str) -> None:
    report, refs = _report()
    engine = get_engine(db_url)
    for _ in range(2):
        with Session(engine) as s:
            save_report(session=s, report=report, reference_version=refs.version, checkers="all")
    with Session(engine) as s:
        assert _count(s, DocumentRow) == 1
        assert _count(s, RunRow) == 2
        assert _count(s, ClaimRow) == 2 * len(report.claims)
        assert _count(s, VerdictRow) == 2 * len(report.claims)


def test_failed_write_leaves_nothing_half_written(db_url: str) -> None:
    report, refs = _report()
    engine = get_engine(db_url)
    with Session(engine) as s:
        save_report(session=s, report=report, reference_version=refs.version, checkers="all")
    report.claims[-1].claim.text = None  # type: ignore[assignment]  # violates NOT NULL on the last claim
    with Session(engine) as s, pytest.raises(StoreError, match="could not store the run"):
        save_report(session=s, report=report, reference_version=refs.version, checkers="all")
    with Session(engine) as s:
        assert _count(s, RunRow) == 1
        assert _count(s, ClaimRow) == len(report.claims)


def test_pack_round_trips_through_the_database(db_url: str, tmp_path: Path) -> None:
    pack = load_pack(next(Path(SAMPLE.parent).glob("*.jsonl")))
    engine = get_engine(db_url)
    with Session(engine) as s:
        n = store_pack(session=s, pack=pack)
        assert n == len(pack.records)
        store_pack(session=s, pack=pack)  # reloading replaces, never duplicates
        assert _count(s, ReferenceFactRow) == n + 1
    with Session(engine) as s:
        (back,) = stored_packs(session=s)
    assert back.header == pack.header
    assert back.records == pack.records


def test_invalid_pack_is_rejected_before_any_write(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"type": "pack", "name": "x", "version": "1", "format": 1}\n'
        '{"type": "event", "id": "e", "name": "E", "date": "2023-10-07", "sources": []}\n'
    )
    with pytest.raises(PackError, match=r"bad.jsonl:2: sources: List should have at least 1 item"):
        load_pack(bad)
