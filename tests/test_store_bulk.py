"""The driver store (factdesk check) and save_report on a session write the same rows,
and the ORM reads them back as it reads its own, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from conftest import SAMPLE
from sqlmodel import Session, func, select

from factdesk.errors import StoreError
from factdesk.ingest import read_document
from factdesk.pipeline import check_document, load_reference_base
from factdesk.registry import load_checkers
from factdesk.settings import Settings
from factdesk.store import bulk
from factdesk.store.crud import run_report, save_report
from factdesk.store.db import HEAD, get_engine
from schemas.contracts import Evidence
from schemas.tables import ClaimRow, DocumentRow, RunRow


def _report():
    refs = load_reference_base(Settings())
    doc, view = read_document(SAMPLE)
    report = check_document(doc, view, refs, load_checkers())
    # one evidence item with a retrieval time, to compare time formats too
    report.claims[0].verdict.evidence.append(
        Evidence(source="test", url="https://example.org/x", excerpt="x",
                 retrieved_at=dt.datetime(2024, 5, 6, 7, 8, 9, 123456), content_hash="ab" * 32))
    return report, refs


def _rows(session: Session, run_id: str) -> list[tuple]:
    run, rows = run_report(session=session, run_id=run_id)
    return [(run.published, run.published_source, run.reference_version, run.checkers, type(run.started_at))] + [
        (c.kind, c.start, c.end, c.line, c.text, c.slots, v.label, v.correction, v.rationale, v.confidence, v.checker,
         v.checker_version,
         [(e.source, e.url, e.excerpt, e.retrieved_at, e.content_hash, e.quote, e.record) for e in ev])
        for c, v, ev in rows
    ]


def test_driver_store_and_session_store_write_the_same_rows(db_url: str) -> None:
    report, refs = _report()
    engine = get_engine(db_url)
    store = bulk.open_store(db_url)
    try:
        ours = store.save(report, reference_version=refs.version, checkers="all")
    finally:
        store.close()
    with Session(engine) as s:
        theirs = save_report(session=s, report=report, reference_version=refs.version, checkers="all")
    with Session(engine) as s:
        a, b = _rows(s, ours), _rows(s, theirs)
        assert a == b
        assert a[0] == (dt.date(2023, 12, 12), "front_matter", refs.version, "all", dt.datetime)
        assert len(a) == 1 + len(report.claims)
        blinken = next(r for r in a[1:] if r[4] == "Anthony Blinken")
        assert (blinken[0], blinken[6], blinken[7]) == ("name", "refuted", "Antony Blinken")
        src, url, excerpt, when, digest, _, _ = a[1][-1][-1]
        quoted = [e for r in a[1:] for e in r[-1] if e[5]]
        assert quoted and all(e[6] for e in quoted)  # the record's own words and its address are kept
        assert (src, url, excerpt, digest) == ("test", "https://example.org/x", "x", "ab" * 32)
        # PostgreSQL gives the time back in its session's zone: the wall time is what was written
        assert when.replace(tzinfo=None) == dt.datetime(2024, 5, 6, 7, 8, 9, 123456)
        assert [r[5] for r in a[1:]] == [cc.claim.slots for cc in report.claims]
        assert s.exec(select(func.count()).select_from(DocumentRow)).one() == 1  # one document, two runs
        assert s.exec(select(func.count()).select_from(RunRow)).one() == 2


def test_sqlite_values_are_stored_in_sqlalchemys_own_format(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    report, refs = _report()
    engine = get_engine(url)
    with Session(engine) as s:  # a row written by the ORM itself, for comparison
        s.add(DocumentRow(sha256="0" * 64, origin="o", format="text", published=dt.date(2023, 1, 2), text="t"))
        s.commit()
    store = bulk.open_store(url)
    store.save(report, reference_version=refs.version, checkers="all")
    store.close()
    conn = sqlite3.connect(tmp_path / "s.db")
    (orm_pub, orm_created), (our_pub, our_created) = conn.execute(
        "SELECT published, created_at FROM document ORDER BY id").fetchall()
    conn.close()
    assert (orm_pub, our_pub) == ("2023-01-02", "2023-12-12")
    assert len(orm_created) == len(our_created) == len("2024-01-01 00:00:00.000000")
    assert orm_created[10] == our_created[10] == " "


def test_a_failed_write_leaves_nothing_and_says_so_in_one_line(db_url: str) -> None:
    report, refs = _report()
    store = bulk.open_store(db_url)
    try:
        store.save(report, reference_version=refs.version, checkers="all")
        report.claims[-1].claim.text = None  # type: ignore[assignment]  # NOT NULL on the last claim
        with pytest.raises(StoreError, match="could not store the run"):
            store.save(report, reference_version=refs.version, checkers="all")
    finally:
        store.close()
    with Session(get_engine(db_url)) as s:
        assert s.exec(select(func.count()).select_from(RunRow)).one() == 1
        assert s.exec(select(func.count()).select_from(ClaimRow)).one() == len(report.claims)


def test_open_store_creates_a_new_database_then_uses_the_driver(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'f.db'}"
    assert bulk._connect(url) is None  # no file yet: SQLAlchemy creates and migrates it
    store = bulk.open_store(url)
    assert isinstance(store.conn, sqlite3.Connection)
    assert store.conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    store.close()
    assert bulk._connect(url) is not None  # at head now: the driver alone


def test_the_migration_head_is_read_from_the_migration_files() -> None:
    assert bulk.head_revision() == HEAD


def test_an_older_schema_is_migrated_first(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    get_engine(url)
    get_engine.cache_clear()
    conn = sqlite3.connect(tmp_path / "old.db")
    conn.execute("UPDATE alembic_version SET version_num = '0003'")
    conn.commit()
    conn.close()
    assert bulk._connect(url) is None


def test_times_are_stored_and_read_in_utc_as_sqlmodel_does() -> None:
    cet = dt.timezone(dt.timedelta(hours=1))
    assert bulk._sqlite_datetime(dt.datetime(2024, 5, 6, 8, 8, 9, 5, tzinfo=cet)) == "2024-05-06 07:08:09.000005"
    assert bulk._sqlite_datetime(dt.datetime(2024, 5, 6, 7, 8, 9)) == "2024-05-06 07:08:09.000000"
    assert bulk.read_utc("2024-05-06 07:08:09.000005") == dt.datetime(2024, 5, 6, 7, 8, 9, 5, tzinfo=dt.UTC)
    assert bulk.read_utc(dt.datetime(2024, 5, 6, 8, 8, 9, tzinfo=cet)) == dt.datetime(2024, 5, 6, 7, 8, 9,
                                                                                      tzinfo=dt.UTC)
