"""Engine creation and schema migration (Alembic, run programmatically).

Crash safety: a migration runs in one explicit transaction on both stores. pysqlite's
default transaction handling would commit each DDL statement on its own (it only
begins a transaction before INSERT/UPDATE/DELETE), so on SQLite the migration's
connection is switched to autocommit mode and ``BEGIN IMMEDIATE`` is issued by hand:
a process killed at any statement leaves the database as it was before. Databases left
half-migrated by older versions (tables of a migration without its version) are
repaired when those tables are empty, and refused with a one-line error otherwise.

Timeouts: PostgreSQL connections get ``connect_timeout`` and ``statement_timeout``
(``FACTDESK_DB_CONNECT_TIMEOUT``, ``FACTDESK_DB_STATEMENT_TIMEOUT``); on SQLite the
statement timeout is how long a statement waits for another writer's lock.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import create_engine

from factdesk.errors import StoreError

HEAD = "0006"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: the tables each migration creates: what an interrupted migration of an older factdesk
#: (whose migrations were not atomic on SQLite) may have left behind without its version
TABLES_BY_REVISION: dict[str, tuple[str, ...]] = {
    "0001": ("document", "reference_fact", "run", "claim", "verdict", "evidence"),
    "0002": ("source_snapshot", "source_fact", "verdict_recheck"),
    "0003": ("review_user", "review"),
    "0004": ("feed_item",),
    "0005": ("desk_document", "desk_comment", "desk_audit"),
    "0006": ("login_session", "login_failure"),
}
#: ``postgresql://`` means psycopg 3 (the ``postgres`` extra), not SQLAlchemy's psycopg2 default
_DEFAULT_DRIVERS = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}


def _sqlite_pragmas(busy_ms: int):  # noqa: ANN202
    def set_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={busy_ms}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.close()

    return set_pragmas


def _timeouts() -> tuple[float, float]:
    from factdesk.settings import get_settings

    s = get_settings()
    return s.db_connect_timeout, s.db_statement_timeout


@lru_cache(maxsize=8)
def get_engine(url: str) -> Engine:
    """An engine for ``url`` with the schema migrated to head."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"not a database URL: {url!r} (e.g. sqlite:///path/factdesk.db or "
                         "postgresql+psycopg://user@host/db)") from None
    if parsed.drivername in _DEFAULT_DRIVERS:
        parsed = parsed.set(drivername=_DEFAULT_DRIVERS[parsed.drivername])
    shown = parsed.render_as_string(hide_password=True)
    connect_timeout, statement_timeout = _timeouts()
    kwargs: dict = {}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
            folder = Path(parsed.database).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"database {shown}: cannot create its folder {folder}: "
                                 f"{exc.strerror or exc}") from None
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": statement_timeout}
    elif parsed.get_backend_name() == "postgresql":
        args: dict = {}
        if "connect_timeout" not in parsed.query:
            args["connect_timeout"] = max(1, round(connect_timeout))
        if "options" not in parsed.query:
            args["options"] = f"-c statement_timeout={round(statement_timeout * 1000)}"
        kwargs["connect_args"] = args
    try:
        engine = create_engine(parsed, **kwargs)
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"no database driver for {shown}: {exc} (PostgreSQL: postgresql+psycopg://, "
                         "installed with factdesk[postgres])") from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas(round(statement_timeout * 1000)))
    try:
        migrate(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"database {shown}: {exc.__class__.__name__}: {_first_line(exc)}") from None
    except StoreError as exc:
        engine.dispose()
        raise StoreError(f"database {shown}: {exc}") from None
    return engine


def _first_line(exc: BaseException) -> str:
    lines = [line for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - only for an error message
        return "<unparseable URL>"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> None:
    """Upgrade to head; a no-op (one cheap query) when already there. Safe when
    several processes start on a new database at once: one migrates, the others
    wait for it and then find the schema at head."""
    if current_revision(engine) == HEAD:
        return
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with _sqlite_file_lock(engine), _one_transaction(engine) as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(424242)"))
        _drop_leftovers_of_an_interrupted_migration(conn)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")  # re-reads alembic_version under the lock


@contextmanager
def _one_transaction(engine: Engine) -> Iterator:
    """A connection in one transaction that DDL statements do not commit early."""
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:  # PostgreSQL's DDL is transactional as it is
            yield conn
        return
    with engine.connect() as conn:
        dbapi = conn.connection.driver_connection
        dbapi.isolation_level = None  # autocommit mode: pysqlite no longer commits on its own...
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # ...and this transaction holds every statement
            try:
                yield conn
            except BaseException:
                conn.rollback()
                raise
            conn.commit()
        finally:
            dbapi.isolation_level = ""  # back to pysqlite's default for the pool


def _drop_leftovers_of_an_interrupted_migration(conn) -> None:  # noqa: ANN001
    """Tables of a migration whose version was never recorded: left by an older factdesk killed
    mid-migration. Empty ones are dropped so the migration can run again; any with rows stop it."""
    insp = inspect(conn)
    existing = set(insp.get_table_names())
    recorded = None
    if "alembic_version" in existing:
        recorded = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    pending = [rev for rev in TABLES_BY_REVISION if recorded is None or rev > recorded]
    leftovers = [t for rev in pending for t in TABLES_BY_REVISION[rev] if t in existing]
    if not leftovers:
        return
    with_rows = [t for t in leftovers if conn.execute(text(f'SELECT 1 FROM "{t}" LIMIT 1')).first() is not None]
    if with_rows:
        raise StoreError(
            f"database at schema revision {recorded or 'none'} has table(s) of a later migration that has rows: "
            f"{', '.join(with_rows)}; restore a backup or move these tables away"
        )
    for t in reversed(leftovers):  # children before parents
        conn.exec_driver_sql(f'DROP TABLE "{t}"')


@contextmanager
def _sqlite_file_lock(engine: Engine) -> Iterator[None]:
    """SQLite has no advisory locks: serialise migrators with a lock file beside the DB."""
    path = engine.url.database if engine.dialect.name == "sqlite" else None
    if not path or path == ":memory:":
        yield
        return
    import fcntl

    with open(f"{path}.migrate-lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
