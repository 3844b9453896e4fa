"""Storing checked documents through the database driver, in bulk.

A run is a handful of statements per document, not an ORM object and a flush per
row: the document (looked up by content hash, inserted once), the run, then the
claims, verdicts and evidence, each as one batch (``executemany``; on PostgreSQL in
psycopg's pipeline mode, so a batch is one round trip, with the new ids returned in
order). Values are written exactly as SQLAlchemy writes them for the SQLModel tables in
``schemas/tables.py`` (dates and times as SQLAlchemy's SQLite text format, JSON as
``json.dumps``), so everything else reads these rows through the ORM unchanged;
``tests/test_store_bulk.py`` compares the two writers row by row on both databases.

Two ways in:

- ``save_report(session=...)`` in ``crud.py`` passes its session's driver connection,
  inside the session's transaction (flows, the review desk, the feeds);
- ``open_store(url)`` (what ``factdesk check`` uses) connects with the driver alone
  when the database exists and its schema is at the newest migration, so a check
  does not import SQLAlchemy at all; otherwise it creates or migrates the database
  through ``store/db.py`` first.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import uuid
from pathlib import Path
from typing import Any

from factdesk import __version__
from factdesk.errors import StoreError

MIGRATIONS = Path(__file__).resolve().parent / "migrations" / "versions"


def head_revision() -> str:
    """The newest migration, from the migration files' names (``0004_feeds.py`` -> ``0004``)."""
    return max(p.name[:4] for p in MIGRATIONS.glob("[0-9][0-9][0-9][0-9]_*.py"))


# ---------------------------------------------------------------- value formats
def _sqlite_date(d: dt.date | None) -> str | None:
    return None if d is None else f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def _sqlite_datetime(t: dt.datetime | None) -> str | None:
    """As SQLModel's ``UTCDateTime`` on SQLite stores it: in UTC, in SQLAlchemy's DATETIME text
    format, without the offset (a naive time is taken as UTC, as it is read back)."""
    if t is None:
        return None
    if t.utcoffset() is not None:
        t = t.astimezone(dt.UTC)
    return (f"{t.year:04d}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}:{t.second:02d}"
            f".{t.microsecond:06d}")


def read_utc(value: dt.datetime | str | None) -> dt.datetime | None:
    """A stored time as SQLModel's ``UTCDateTime`` reads it: aware, in UTC."""
    if value is None:
        return None
    if isinstance(value, str):  # SQLite keeps SQLAlchemy's text form
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC) if value.utcoffset() is None else value.astimezone(dt.UTC)


class _Dialect:
    """What differs between the drivers: placeholders, value formats, ids of new rows."""

    def __init__(self, name: str) -> None:
        self.name = name
        pg = name == "postgresql"
        self.date = (lambda d: d) if pg else _sqlite_date
        self.datetime = (lambda t: t) if pg else _sqlite_datetime
        self.mark, self.json_mark = ("%s", "%s::json") if pg else ("?", "?")

    def sql(self, text: str) -> str:
        return text.replace("{json}", self.json_mark).replace("?", self.mark)

    def insert_ids(self, cur: Any, text: str, rows: list[tuple]) -> list[int]:
        """Insert ``rows``; the new ``id`` of each, in order."""
        if not rows:
            return []
        if self.name == "postgresql":
            cur.executemany(self.sql(text) + " RETURNING id", rows, returning=True)
            ids = []
            while True:
                ids.append(cur.fetchone()[0])
                if not cur.nextset():
                    return ids
        ids = []
        text = self.sql(text)
        for row in rows:  # sqlite3 runs in-process: a statement per row costs microseconds
            cur.execute(text, row)
            ids.append(cur.lastrowid)
        return ids


def dialect_of(conn: Any) -> _Dialect:
    module = type(conn).__module__.split(".")[0]
    if module == "sqlite3":
        return _Dialect("sqlite")
    if module == "psycopg":
        return _Dialect("postgresql")
    raise StoreError(f"runs are stored in SQLite (sqlite3) or PostgreSQL (psycopg), not through {module}")


def driver_module(conn: Any) -> Any:
    return sys.modules[type(conn).__module__.split(".")[0]]


# ---------------------------------------------------------------- writing a run
def write_report(conn: Any, report: Any, *, reference_version: str, checkers: str, trigger: str = "cli") -> str:
    """Insert one checked document as a new run on the driver connection ``conn``, inside
    the caller's transaction (the caller commits or rolls back); return the run id."""
    d = dialect_of(conn)
    doc = report.document
    started = dt.datetime.now(dt.UTC)
    cur = conn.cursor()
    try:
        cur.execute(d.sql("SELECT id FROM document WHERE sha256 = ?"), (doc.sha256,))
        found = cur.fetchone()
        if found is not None:
            doc_id = found[0]
        else:
            (doc_id,) = d.insert_ids(cur, "INSERT INTO document (sha256, origin, format, title, published, text, "
                                          "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                     [(doc.sha256, doc.origin, doc.format, doc.title, d.date(doc.published), doc.text,
                                       d.datetime(started))])
        run_id = uuid.uuid4().hex
        cur.execute(d.sql('INSERT INTO run (id, document_id, origin, published, published_source, "trigger", '
                          "factdesk_version, reference_version, checkers, started_at, finished_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    (run_id, doc_id, doc.origin, d.date(doc.published), doc.published_source, trigger, __version__,
                     reference_version, checkers, d.datetime(started), d.datetime(dt.datetime.now(dt.UTC))))
        claim_ids = d.insert_ids(
            cur, 'INSERT INTO claim (run_id, document_id, kind, start, "end", line, text, slots) '
                 "VALUES (?, ?, ?, ?, ?, ?, ?, {json})",
            [(run_id, doc_id, cc.claim.kind.value, cc.claim.start, cc.claim.end, cc.line, cc.claim.text,
              json.dumps(cc.claim.slots, default=str)) for cc in report.claims])
        now = d.datetime(started)
        verdict_ids = d.insert_ids(
            cur, "INSERT INTO verdict (claim_id, label, correction, rationale, confidence, checker, "
                 "checker_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(cid, v.label.value, v.correction, v.rationale, v.confidence, v.checker, v.checker_version, now)
             for cid, v in zip(claim_ids, (cc.verdict for cc in report.claims), strict=True)])
        evidence = [(vid, ev.source, ev.url, ev.excerpt, d.datetime(ev.retrieved_at), ev.content_hash, ev.quote,
                     ev.record)
                    for vid, cc in zip(verdict_ids, report.claims, strict=True) for ev in cc.verdict.evidence]
        if evidence:
            cur.executemany(d.sql("INSERT INTO evidence (verdict_id, source, url, excerpt, retrieved_at, "
                                  "content_hash, quote, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"), evidence)
    finally:
        cur.close()
    return run_id


def stored_pack_rows(conn: Any) -> list[tuple[str, str, Any]]:
    """``(pack, kind, payload)`` of every stored reference fact, in load order."""
    cur = conn.cursor()
    try:
        cur.execute("SELECT pack, kind, payload FROM reference_fact ORDER BY pack, id")
        return [(p, k, json.loads(v) if isinstance(v, str) else v) for p, k, v in cur.fetchall()]
    finally:
        cur.close()


def packs_from_rows(rows: list[tuple[str, str, Any]], exclude: set[str] | None = None) -> list:
    """Rebuild ``Pack``s (validated again) from stored ``(pack, kind, payload)`` rows."""
    from factdesk.refs.pack import parse_pack

    by_pack: dict[str, list[tuple[str, Any]]] = {}
    for pack, kind, payload in rows:
        if not (exclude and pack in exclude):
            by_pack.setdefault(pack, []).append((kind, payload))
    packs = []
    for name, items in by_pack.items():
        header = next((payload for kind, payload in items if kind == "pack"), None)
        if header is None:
            continue
        lines = [json.dumps(header)] + [json.dumps(payload) for kind, payload in items if kind != "pack"]
        packs.append(parse_pack("\n".join(lines), f"db:{name}"))
    return packs


# ------------------------------------------------------------ the check's store
class DriverStore:
    """A driver connection to a database at the newest migration, for ``factdesk check``."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.driver = driver_module(conn)

    def stored_packs(self, exclude: set[str] | None = None) -> list:
        return packs_from_rows(stored_pack_rows(self.conn), exclude)

    def stored_retrievals(self, packs: list[str]) -> dict:
        """As ``crud.stored_retrievals``: when each stored fact of ``packs`` was fetched from
        its live source, and the sha256 of that answer, by ``"<kind>:<key>"``."""
        from factdesk.refs.base import Retrieval

        if not packs:
            return {}
        d = dialect_of(self.conn)
        cur = self.conn.cursor()
        try:
            cur.execute(d.sql("SELECT f.kind, f.key, s.retrieved_at, s.sha256 FROM source_fact f "
                              "JOIN source_snapshot s ON s.id = f.snapshot_id "
                              f"WHERE f.pack IN ({', '.join('?' * len(packs))})"), packs)
            rows = cur.fetchall()
        finally:
            cur.close()
        return {f"{kind}:{key}": Retrieval(read_utc(at), sha) for kind, key, at, sha in rows}

    def save(self, report: Any, *, reference_version: str, checkers: str, trigger: str = "cli") -> str:
        """One document, one transaction: all of it is stored or none of it."""
        for attempt in range(3):
            try:
                run_id = write_report(self.conn, report, reference_version=reference_version, checkers=checkers,
                                      trigger=trigger)
                self.conn.commit()
                return run_id
            except self.driver.IntegrityError as exc:
                self.conn.rollback()  # the same document stored by another process meanwhile: retry, finding it
                if attempt == 2:
                    raise StoreError(f"could not store the run: {str(exc).splitlines()[0]}") from None
            except self.driver.Error as exc:
                self.conn.rollback()
                raise StoreError(f"could not store the run: {str(exc).splitlines()[0]}") from None
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.conn.close()


def _connect(url: str) -> Any | None:
    """A driver connection when ``url`` names an existing database at the newest
    migration; None when SQLAlchemy must create or migrate it first."""
    from factdesk.settings import get_settings

    settings = get_settings()
    connect_timeout, statement_timeout = settings.db_connect_timeout, settings.db_statement_timeout
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        import sqlite3

        path = Path(url.removeprefix("sqlite:///").split("?", 1)[0]).expanduser()
        if not path.is_file():
            return None
        conn = sqlite3.connect(path, timeout=statement_timeout)
        busy = round(statement_timeout * 1000)
        for pragma in ("foreign_keys=ON", f"busy_timeout={busy}", "journal_mode=WAL"):  # as store/db.py sets them
            conn.execute(f"PRAGMA {pragma}")
    elif url.startswith(("postgresql://", "postgresql+psycopg://")):
        import psycopg

        conninfo = url.replace("postgresql+psycopg://", "postgresql://", 1)
        timeouts: dict[str, Any] = {}  # as store/db.py sets them: a silent server must not hang a check
        if "connect_timeout=" not in conninfo:
            timeouts["connect_timeout"] = max(1, round(connect_timeout))
        if "options=" not in conninfo:
            timeouts["options"] = f"-c statement_timeout={round(statement_timeout * 1000)}"
        try:
            conn = psycopg.connect(conninfo, **timeouts)
        except psycopg.OperationalError as exc:
            if "timeout" in str(exc).lower():  # waiting again through SQLAlchemy would double the wait
                shown = re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)  # no password in the message
                shown = re.sub(r"^postgresql://", "postgresql+psycopg://", shown)
                first = next((line for line in str(exc).splitlines() if line.strip()), type(exc).__name__)
                raise StoreError(f"database {shown}: OperationalError: {first}") from None
            return None  # store/db.py reports the reason in its own words
        except psycopg.Error:
            return None  # store/db.py reports the reason in its own words
    else:
        return None
    driver = driver_module(conn)
    try:
        cur = conn.cursor()
        cur.execute("SELECT version_num FROM alembic_version")
        row = cur.fetchone()
        conn.rollback()
    except driver.Error:
        row = None
    if row is None or row[0] != head_revision():
        conn.close()
        return None
    return conn


def open_store(url: str) -> DriverStore:
    """The store ``factdesk check`` writes to; creates or migrates the database when needed."""
    conn = _connect(url)
    if conn is None:
        from factdesk.store.db import get_engine, safe_url

        get_engine(url)  # creates the schema, or says in one line why the database is unusable
        conn = _connect(url)
        if conn is None:
            raise StoreError(f"database {safe_url(url)}: factdesk check stores to SQLite or PostgreSQL (psycopg)")
    return DriverStore(conn)
