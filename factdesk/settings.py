"""All settings, read from ``FACTDESK_*`` environment variables.

One pydantic model reads them, with the rules pydantic-settings applies to flat fields:
the variable is ``FACTDESK_`` plus the field name, in any case; a keyword argument wins
over the environment, which wins over the default; values are validated by the field's
type (``true``/``1``/``yes`` for booleans). It is a plain ``BaseModel`` rather than
pydantic-settings' ``BaseSettings`` because importing pydantic-settings pulls in
``asyncio``, ``ssl``, ``socket``, ``email`` and ``dotenv`` (about 40 ms, a sixth of a
``factdesk check --no-store``), none of which a check uses. ``tests/test_settings.py``
compares every field with what pydantic-settings reads from the same environment.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

ENV_PREFIX = "FACTDESK_"


def _default_db_url() -> str:
    home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{home / 'factdesk' / 'factdesk.db'}"


def environ_values(fields: Any) -> dict[str, str]:
    """``FACTDESK_*`` variables naming one of ``fields``, keyed by field name."""
    out = {}
    for key, value in os.environ.items():
        name = key.lower().removeprefix(ENV_PREFIX.lower())
        if len(name) < len(key) and name in fields:
            out[name] = value
    return out


class Settings(BaseModel):
    # built on first validation: ``get_settings`` reads an environment that sets only text
    # settings (or none) without validating, so a check never builds this model
    model_config = ConfigDict(extra="ignore", defer_build=True)

    def __init__(self, **values: Any) -> None:
        super().__init__(**{**environ_values(type(self).model_fields), **values})

    database_url: str = Field(default_factory=_default_db_url)
    """SQLAlchemy URL of the store (``FACTDESK_DATABASE_URL``). SQLite file by default."""

    db_connect_timeout: float = Field(default=10.0, gt=0)
    """Seconds to wait for a PostgreSQL server to accept a connection and answer its start-up
    (``FACTDESK_DB_CONNECT_TIMEOUT``); a server that never answers is an error after this."""

    db_statement_timeout: float = Field(default=60.0, gt=0)
    """Seconds a statement may run on PostgreSQL (``statement_timeout``), and how long a statement
    waits for another writer's lock on SQLite (``FACTDESK_DB_STATEMENT_TIMEOUT``)."""

    checkers: str = ""
    """Comma-separated checker names to run, in order (``FACTDESK_CHECKERS``); empty = all installed."""

    extractors: str = ""
    """Comma-separated extractor ids to run, in that order (``FACTDESK_EXTRACTORS``); empty = every
    installed one, in their declared order (``factdesk/claimtypes/**/find.py``, entry-point group
    ``factdesk.extractors``)."""

    identify_from: str = "sentence"
    """Which identifying facts a refutation may rest on (``FACTDESK_IDENTIFY_FROM``): ``sentence``,
    only those the claim's own sentence states (itself or through an anaphor: "the resolution",
    "China also abstained." after the sentence that reported the vote; the default);
    ``passage``, also those carried over from earlier sentences of the passage.
    Either way the record must be the only one that fits, and the rationale names its facts."""

    packs: str = ""
    """Extra reference pack files, separated by ``os.pathsep`` (``FACTDESK_PACKS``)."""

    bundled_packs: bool = True
    """Load the packs shipped in ``seeds/`` (``FACTDESK_BUNDLED_PACKS``)."""

    world: bool = True
    """Use the world reference base (``FACTDESK_WORLD``): UN General Assembly recorded votes,
    Security Council vetoes, heads of state and government, UK ministers; see ``factdesk refs build``."""

    world_path: str = ""
    """The built world base file (``FACTDESK_WORLD_PATH``); empty = ``seeds/world/build/`` of a
    source checkout, else the cache folder. Built there on first use when missing."""

    secret_key: str = ""
    """Key signing the review desk's session cookies (``FACTDESK_SECRET_KEY``); empty = a random
    key per ``factdesk review serve`` process (everyone logs in again after a restart)."""

    cookie_secure: bool = False
    """Send the review desk's session cookie with the ``Secure`` flag (``FACTDESK_COOKIE_SECURE``):
    set it when the desk is served over HTTPS (behind a TLS-terminating proxy)."""

    login_max_failures: int = Field(default=5, ge=1)
    """Failed logins that lock an account for the window (``FACTDESK_LOGIN_MAX_FAILURES``)."""

    login_address_max_failures: int = Field(default=20, ge=1)
    """Failed logins from one client address that refuse it for the window
    (``FACTDESK_LOGIN_ADDRESS_MAX_FAILURES``)."""

    login_window: float = Field(default=900.0, gt=0)
    """Seconds over which failed logins are counted, and so the longest lockout (``FACTDESK_LOGIN_WINDOW``)."""

    login_hash_concurrency: int = Field(default=2, ge=1)
    """Password hashes (argon2, 64 MiB each) the desk computes at once (``FACTDESK_LOGIN_HASH_CONCURRENCY``)."""

    report_dir: str = ""
    """Where the ``check_document`` flow writes HTML reports (``FACTDESK_REPORT_DIR``);
    empty = ``reports/`` beside the SQLite database file, else in ``$XDG_DATA_HOME/factdesk``."""

    # ---- live reference sources (factdesk.sources, docs/sources.md)
    online: bool = False
    """Look up names and votes the local references do not know in the live sources during
    ``factdesk check`` (``FACTDESK_ONLINE``); off by default: a check never waits on the network."""

    contact: str = ""
    """Contact address sent in the live sources' User-Agent (``FACTDESK_CONTACT``), as Wikimedia asks."""

    wikidata_url: str = "https://www.wikidata.org/w/api.php"
    """Wikidata's MediaWiki Action API endpoint (``FACTDESK_WIKIDATA_URL``): wbgetentities, wbsearchentities."""

    wikidata_sparql_url: str = "https://query.wikidata.org/sparql"
    """Wikidata Query Service endpoint (``FACTDESK_WIKIDATA_SPARQL_URL``) for bulk officeholder queries."""

    wikipedia_url: str = "https://en.wikipedia.org/api/rest_v1"
    """Wikipedia REST API base (``FACTDESK_WIKIPEDIA_URL``); summaries at ``/page/summary/{title}``."""

    unpress_url: str = "https://press.un.org"
    """UN meetings coverage and press releases (``FACTDESK_UNPRESS_URL``)."""

    vetolist_url: str = "https://research.un.org/en/docs/sc/quick/veto"
    """The Dag Hammarskjöld Library's Security Council veto list page (``FACTDESK_VETOLIST_URL``)."""

    http_cache: str = ""
    """SQLite file of the live sources' HTTP cache (``FACTDESK_HTTP_CACHE``); empty =
    ``$XDG_CACHE_HOME/factdesk/http-cache.sqlite``; ``off`` disables the cache."""

    http_cache_seconds: int = 6 * 3600
    """How long a cached answer is reused before it is fetched again (``FACTDESK_HTTP_CACHE_SECONDS``)."""

    source_timeout: float = 20.0
    """Seconds to wait for a live source's answer in ``refs refresh`` (``FACTDESK_SOURCE_TIMEOUT``)."""

    online_timeout: float = 3.0
    """Seconds to wait for a live source during ``check --online`` (``FACTDESK_ONLINE_TIMEOUT``)."""

    # ---- scheduled checking (factdesk.feeds, flows/check_feed.py, docs/scale.md)
    feeds_config: str = ""
    """The feed list ``check_feed`` reads when a run has no ``config`` parameter (``FACTDESK_FEEDS_CONFIG``)."""

    publisher_name: str = ""
    """The fact-checking organization named as the ``author`` of exported ClaimReview
    (``FACTDESK_PUBLISHER_NAME``); the export refuses to run without it."""

    publisher_url: str = ""
    """That organization's home page (``FACTDESK_PUBLISHER_URL``), the author's ``url`` in ClaimReview."""

    claimreview_base_url: str = ""
    """Where the fact checks are published (``FACTDESK_CLAIMREVIEW_BASE_URL``): each reviewed claim's
    ClaimReview ``url`` is ``<base>/<document>-<claim>``, stable across runs of the checker."""

    review_url: str = "http://127.0.0.1:8000"
    """Base URL of the review desk, for the report links in flow artifacts (``FACTDESK_REVIEW_URL``)."""

    task_runner: str = "threads"
    """How ``check_feed`` runs its batches (``FACTDESK_TASK_RUNNER``): ``threads`` or ``dask``."""

    dask_address: str = ""
    """Scheduler of an existing Dask cluster (``FACTDESK_DASK_ADDRESS``); empty = a local cluster per run."""

    dask_workers: int = 2
    """Worker processes of that local Dask cluster (``FACTDESK_DASK_WORKERS``)."""


def get_settings() -> Settings:
    """The settings from the environment; a value that does not parse is a one-line ConfigError."""
    from pydantic import ValidationError

    from factdesk.errors import ConfigError

    values = environ_values(Settings.model_fields)
    if all(Settings.model_fields[name].annotation is str and not Settings.model_fields[name].metadata
           for name in values):
        # a text setting is the variable's value as it is: what validation would give
        return Settings.model_construct(**values)
    try:
        return Settings()
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            name = "FACTDESK_" + "_".join(str(p) for p in err.get("loc", ())).upper()
            problems.append(f"setting {name}={err.get('input')!r}: {err['msg']}")
        raise ConfigError("; ".join(problems)) from None
