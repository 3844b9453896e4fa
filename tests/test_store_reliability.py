"""The store survives a crash during a migration, and never hangs on a silent server.

Issue 14, cases 1, 2 and 4: a SIGKILL after any DDL statement of a migration leaves a
database the next run can use (pysqlite used to commit each CREATE TABLE on its own, so a
kill after the third left three tables and no version: every later check failed with
``table document already exists``); a database server that accepts the connection and
never answers gives exit 2 and one line, not a hang; a URL without a driver suffix or a
SQLite folder that cannot be created is exit 2 and one line, not an internal error.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PG_ADMIN_URL, ROOT, SAMPLE
from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine

from factdesk.store.db import HEAD, current_revision, get_engine

FACTDESK = [sys.executable, "-m", "factdesk.cli"]
DDL = ("CREATE", "ALTER", "DROP", "INSERT INTO alembic_version", "UPDATE alembic_version")


def _is_ddl(statement: str) -> bool:
    return statement.lstrip().upper().startswith(tuple(s.upper() for s in DDL))


def _count_ddl(url: str) -> int:
    """How many DDL (and version) statements a migration from nothing to head runs."""
    n = 0

    def count(_conn, _cursor, statement, *_a) -> None:  # noqa: ANN001
        nonlocal n
        n += _is_ddl(statement)

    event.listen(Engine, "after_cursor_execute", count)
    try:
        get_engine(url)
    finally:
        event.remove(Engine, "after_cursor_execute", count)
        get_engine(url).dispose()
    return n


def _migrate_and_kill_after(url: str, k: int) -> int:
    """Fork; the child migrates ``url`` and SIGKILLs itself right after its k-th DDL statement."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            seen = 0

            def kill(_conn, _cursor, statement, *_a) -> None:  # noqa: ANN001
                nonlocal seen
                seen += _is_ddl(statement)
                if seen == k:
                    os.kill(os.getpid(), signal.SIGKILL)

            event.listen(Engine, "after_cursor_execute", kill)
            get_engine.cache_clear()
            get_engine(url)
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return status


def _tables(url: str) -> set[str]:
    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        eng.dispose()


def _assert_usable(url: str, all_tables: set[str]) -> None:
    """The next run migrates (or finds the schema at head) and can store a run."""
    from sqlmodel import Session

    from factdesk.ingest import read_document
    from factdesk.store.crud import save_report
    from schemas.contracts import DocumentReport

    get_engine.cache_clear()
    engine = get_engine(url)
    assert current_revision(engine) == HEAD
    assert _tables(url) == all_tables
    doc, _ = read_document(SAMPLE)
    with Session(engine) as session:
        run_id = save_report(session=session, report=DocumentReport(document=doc, claims=[]),
                             reference_version="t", checkers="none")
    assert len(run_id) == 32
    engine.dispose()


def test_a_kill_after_any_ddl_statement_leaves_a_usable_sqlite_database(tmp_path: Path) -> None:
    total = _count_ddl(f"sqlite:///{tmp_path / 'count.db'}")
    all_tables = _tables(f"sqlite:///{tmp_path / 'count.db'}")
    assert total >= 30 and {"document", "run", "claim", "alembic_version"} <= all_tables
    for k in range(1, total + 1):
        url = f"sqlite:///{tmp_path / f'kill-{k}.db'}"
        status = _migrate_and_kill_after(url, k)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, k
        _assert_usable(url, all_tables)


@pytest.fixture
def fresh_pg_databases() -> Iterator[list[str]]:
    """Fresh PostgreSQL databases made on demand (append a name), all dropped afterwards."""
    names: list[str] = []
    yield names
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for name in names:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _new_pg_database(names: list[str]) -> str:
    name = f"factdesk_k_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    names.append(name)
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"


@pytest.mark.postgres
def test_a_kill_after_any_ddl_statement_leaves_a_usable_postgres_database(fresh_pg_databases: list[str]) -> None:
    first = _new_pg_database(fresh_pg_databases)
    total = _count_ddl(first)
    all_tables = _tables(first)
    assert total >= 30
    for k in range(1, total + 1, 3):  # every third statement: each needs a new database
        url = _new_pg_database(fresh_pg_databases)
        status = _migrate_and_kill_after(url, k)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, k
        _assert_usable(url, all_tables)
        get_engine(url).dispose()


KILL_AFTER_THIRD_CREATE_TABLE = """
import os, signal, sys
from sqlalchemy import event
from sqlalchemy.engine import Engine
n = 0
def kill(conn, cursor, statement, *a):
    global n
    if statement.lstrip().upper().startswith("CREATE TABLE"):
        n += 1
        if n == 3:
            os.kill(os.getpid(), signal.SIGKILL)
event.listen(Engine, "after_cursor_execute", kill)
from factdesk.cli import main
sys.exit(main(["db", "upgrade"]))
"""


def test_the_issue_repro_kill_after_the_third_create_table_then_check(tmp_path: Path) -> None:
    env = {**os.environ, "FACTDESK_DATABASE_URL": f"sqlite:///{tmp_path / 'f.db'}"}
    killed = subprocess.run([sys.executable, "-c", KILL_AFTER_THIRD_CREATE_TABLE], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    check = subprocess.run([*FACTDESK, "check", str(SAMPLE)], env=env, cwd=ROOT, capture_output=True,
                           text=True, timeout=120)
    assert (check.returncode, check.stderr) == (1, "")  # the sample draft has a refuted claim
    assert "run " in check.stdout


def test_a_database_bricked_by_the_old_non_atomic_migration_is_repaired(tmp_path: Path) -> None:
    """What pysqlite's per-statement commits left behind (three empty tables, an empty version
    table) is recognised as an interrupted first migration and migrated again."""
    path = tmp_path / "bricked.db"
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);
        CREATE TABLE document (id INTEGER NOT NULL PRIMARY KEY, sha256 VARCHAR);
        CREATE TABLE reference_fact (id INTEGER NOT NULL PRIMARY KEY);
        CREATE TABLE run (id VARCHAR NOT NULL PRIMARY KEY);
    """)
    con.close()
    reference = f"sqlite:///{tmp_path / 'ref.db'}"
    get_engine(reference).dispose()
    _assert_usable(f"sqlite:///{path}", _tables(reference))


def test_leftover_tables_with_data_are_not_dropped(tmp_path: Path) -> None:
    """Repair drops only empty leftovers: a table with rows and no recorded version is an error."""
    path = tmp_path / "odd.db"
    con = sqlite3.connect(path)
    con.executescript("CREATE TABLE document (id INTEGER PRIMARY KEY, sha256 VARCHAR);"
                      "INSERT INTO document VALUES (1, 'x');")
    con.close()
    proc = subprocess.run([*FACTDESK, "db", "upgrade"], env={**os.environ, "FACTDESK_DATABASE_URL": f"sqlite:///{path}"},
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1
    assert "document" in proc.stderr and "has rows" in proc.stderr
    con = sqlite3.connect(path)
    assert con.execute("SELECT sha256 FROM document").fetchall() == [("x",)]
    con.close()


# ------------------------------------------------------------------ timeouts, bad URLs


class SilentServer:
    """A TCP server on loopback that accepts every connection and never sends a byte."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self._stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        self.sock.settimeout(0.2)
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted.append(conn)

    def close(self) -> None:
        self._stop = True
        self.thread.join(5)
        for c in self.accepted:
            c.close()
        self.sock.close()


@pytest.fixture
def silent_server() -> Iterator[SilentServer]:
    s = SilentServer()
    yield s
    s.close()


def _run_cli(args: list[str], **env: str) -> tuple[subprocess.CompletedProcess, float]:
    t = time.monotonic()
    proc = subprocess.run([*FACTDESK, *args], env={**os.environ, **env}, cwd=ROOT, capture_output=True,
                          text=True, timeout=90)
    return proc, time.monotonic() - t


@pytest.mark.parametrize("scheme", ["postgresql+psycopg", "postgresql"])
def test_a_silent_database_server_is_exit_2_and_one_line_within_30_s(silent_server: SilentServer,
                                                                     scheme: str) -> None:
    url = f"{scheme}://factdesk@127.0.0.1:{silent_server.port}/factdesk"
    proc, seconds = _run_cli(["check", str(SAMPLE)], FACTDESK_DATABASE_URL=url)  # the default timeout
    assert proc.returncode == 2, proc.stderr
    assert len(proc.stderr.splitlines()) == 1 and proc.stdout == ""
    assert proc.stderr.startswith(f"factdesk: error: database postgresql+psycopg://factdesk@127.0.0.1:{silent_server.port}/")
    assert "timeout" in proc.stderr.lower()
    assert seconds < 30
    assert silent_server.accepted  # it really connected and waited


def test_the_connect_timeout_is_a_setting(silent_server: SilentServer) -> None:
    url = f"postgresql+psycopg://factdesk@127.0.0.1:{silent_server.port}/factdesk"
    proc, seconds = _run_cli(["db", "upgrade"], FACTDESK_DATABASE_URL=url, FACTDESK_DB_CONNECT_TIMEOUT="2")
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1
    assert 1.5 < seconds < 12  # 2 s, not the 10 s default (start-up is in the bound)


def test_an_unreachable_database_is_exit_2_and_one_line() -> None:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there
    proc, seconds = _run_cli(["check", str(SAMPLE)],
                             FACTDESK_DATABASE_URL=f"postgresql+psycopg://u@127.0.0.1:{port}/db")
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1
    assert "Connection refused" in proc.stderr and seconds < 30


@pytest.mark.postgres
def test_postgres_statement_timeout_is_set_from_the_setting(postgres_url: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    monkeypatch.setenv("FACTDESK_DB_STATEMENT_TIMEOUT", "1")
    url = postgres_url + "?application_name=stmt-timeout-test"  # its own cached engine
    get_engine.cache_clear()
    engine = get_engine(url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SHOW statement_timeout")).scalar() == "1s"
            with pytest.raises(OperationalError, match="statement timeout"):
                conn.execute(text("SELECT pg_sleep(3)"))
    finally:
        engine.dispose()
        get_engine.cache_clear()


@pytest.mark.postgres
def test_postgresql_url_without_driver_uses_psycopg(postgres_url: str) -> None:
    url = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    proc, _ = _run_cli(["db", "upgrade"], FACTDESK_DATABASE_URL=url)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout.startswith("postgresql://postgres@127.0.0.1:5432/")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://u@127.0.0.1/db", "no database driver for mysql://u@127.0.0.1/db"),
        ("nonsense", "not a database URL: 'nonsense'"),
    ],
)
def test_bad_database_urls_are_exit_2_and_one_line(url: str, message: str) -> None:
    proc, _ = _run_cli(["db", "upgrade"], FACTDESK_DATABASE_URL=url)
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1, proc.stderr
    assert message in proc.stderr


def test_a_sqlite_folder_that_cannot_be_created_is_exit_2_and_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc, _ = _run_cli(["check", str(SAMPLE)], FACTDESK_DATABASE_URL=f"sqlite:///{blocker}/sub/f.db")
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1, proc.stderr
    assert proc.stderr == (f"factdesk: error: database sqlite:///{blocker}/sub/f.db: "
                           f"cannot create its folder {blocker}/sub: Not a directory\n")
