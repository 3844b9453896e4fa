"""Shared fixtures: a store on SQLite and on the real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "sample-draft.md"
PG_ADMIN_URL = os.environ.get("FACTDESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test writes to a user's real database or Prefect home."""
    monkeypatch.setenv("FACTDESK_DATABASE_URL", f"sqlite:///{tmp_path / 'factdesk.db'}")
    monkeypatch.setenv("FACTDESK_REPORT_DIR", str(tmp_path / "reports"))  # the flow's HTML reports
    monkeypatch.delenv("FACTDESK_CHECKERS", raising=False)
    monkeypatch.delenv("FACTDESK_PACKS", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    monkeypatch.setenv("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh database on the PostgreSQL server, dropped afterwards."""
    name = f"factdesk_t_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001
        pytest.fail(f"PostgreSQL at {PG_ADMIN_URL} is required (start it; .ci/run does): {exc}")
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    yield url
    from factdesk.store.db import get_engine

    get_engine(url).dispose()
    get_engine.cache_clear()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The store on SQLite and on PostgreSQL. Its pooled connections are closed after the test:
    an engine evicted from get_engine's cache later would otherwise be garbage-collected with a
    PostgreSQL connection still open (a ResourceWarning, an error under filterwarnings)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
        from sqlmodel import SQLModel

        from factdesk.store.db import get_engine

        engine = get_engine(url)
        with engine.begin() as conn:  # empty the tables between tests, keep the schema
            for table in reversed(SQLModel.metadata.sorted_tables):
                conn.execute(table.delete())
    monkeypatch.setenv("FACTDESK_DATABASE_URL", url)
    yield url
    from factdesk.store.db import get_engine

    get_engine(url).dispose()


@lru_cache(maxsize=1)
def bundled_refs():  # noqa: ANN201
    """The bundled reference pack only (no FACTDESK_PACKS), loaded once per session."""
    from factdesk.pipeline import load_reference_base
    from factdesk.settings import Settings

    return load_reference_base(Settings(bundled_packs=True, packs=""))


@lru_cache(maxsize=1)
def builtin_checkers():  # noqa: ANN201
    from factdesk.registry import load_checkers

    return load_checkers()


def check_text(text: str, published: dt.date):  # noqa: ANN201
    """Run the whole pipeline on plain ``text`` published on ``published``."""
    from factdesk.ingest import TextView
    from factdesk.pipeline import check_document
    from schemas.contracts import Document

    doc = Document(text=text, origin="t.txt", sha256="0" * 64, format="text", published=published,
                   published_source="flag")
    return check_document(doc, TextView(text), bundled_refs(), builtin_checkers())


def verdicts_of(text: str, published: dt.date, kind: str | None = None) -> list[tuple[str, str]]:
    """``(claim text, verdict label)`` of every claim of ``kind`` (every claim when None) that
    ``check_text`` finds, in report order."""
    rep = check_text(text, published)
    return [(c.claim.text, c.verdict.label.value) for c in rep.claims if kind is None or c.claim.kind.value == kind]


def refuted_of(text: str, published: dt.date) -> list[tuple[str, str | None]]:
    """``(claim text, correction)`` of every refuted claim ``check_text`` finds, in report order."""
    return [(c.claim.text, c.verdict.correction) for c in check_text(text, published).claims
            if c.verdict.label.value == "refuted"]


def checked_json(tmp_path: Path, name: str, text: str) -> dict:
    """``factdesk check --no-store --format json`` of ``text`` saved as ``tmp_path/name``, run as
    a user runs it (a process of its own): the JSON of that one document."""
    import json
    import subprocess
    import sys

    draft = tmp_path / name
    draft.write_text(text, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "factdesk.cli", "check", "--no-store", "--format", "json", str(draft)],
                          capture_output=True, text=True, timeout=300, env={**os.environ})
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["documents"][0]


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One temporary Prefect API (ephemeral server, its own home) for every test that runs
    flows in-process: starting one costs 15-50 s."""
    os.environ["PREFECT_HOME"] = str(tmp_path_factory.mktemp("prefect-home"))
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def source_server():  # noqa: ANN201
    """A loopback server answering like Wikidata, Wikipedia, press.un.org, the veto list and
    the UN Digital Library's CSVs, from the saved responses in tests/fixtures/sources/."""
    from fixtures.sources.server import FixtureServer

    s = FixtureServer().start()
    yield s
    s.stop()


@pytest.fixture
def srv(source_server, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201
    """The source server, reset, with every source's base URL pointing at it (no HTTP cache,
    online lookups off unless a test turns them on)."""
    source_server.faults.clear()
    source_server.overrides.clear()
    source_server.log.clear()
    for var, path in (("WIKIDATA", "/w/api.php"), ("WIKIPEDIA", "/api/rest_v1"), ("UNPRESS", "/press"),
                      ("VETOLIST", "/veto")):
        monkeypatch.setenv(f"FACTDESK_{var}_URL", source_server.url + path)
    monkeypatch.setenv("FACTDESK_HTTP_CACHE", "off")
    monkeypatch.delenv("FACTDESK_ONLINE", raising=False)
    return source_server
