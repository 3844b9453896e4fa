"""All settings, read from ``FACTDESK_*`` environment variables."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_db_url() -> str:
    home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{home / 'factdesk' / 'factdesk.db'}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FACTDESK_", extra="ignore")

    database_url: str = Field(default_factory=_default_db_url)
    """SQLAlchemy URL of the store (``FACTDESK_DATABASE_URL``). SQLite file by default."""

    checkers: str = ""
    """Comma-separated checker names to run, in order (``FACTDESK_CHECKERS``); empty = all installed."""

    extractors: str = ""
    """Comma-separated extractor ids to run, in that order (``FACTDESK_EXTRACTORS``); empty = every
    installed one, in their declared order (``factdesk/claimtypes/**/find.py``, entry-point group
    ``factdesk.extractors``)."""

    identify_from: Literal["passage", "sentence"] = "passage"
    """Which identifying facts a refutation may rest on (``FACTDESK_IDENTIFY_FROM``): ``sentence``,
    only those the claim's own sentence states (itself or through an anaphor such as "the
    resolution"); ``passage``, also those carried over from earlier sentences of the passage.
    Either way the record must be the only one that fits, and the rationale names its facts."""

    packs: str = ""
    """Extra reference pack files, separated by ``os.pathsep`` (``FACTDESK_PACKS``)."""

    bundled_packs: bool = True
    """Load the packs shipped in ``seeds/`` (``FACTDESK_BUNDLED_PACKS``)."""

    secret_key: str = ""
    """Key signing the review desk's session cookies (``FACTDESK_SECRET_KEY``); empty = a random
    key per ``factdesk review serve`` process (everyone logs in again after a restart)."""

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
    return Settings()
