"""The connector interface, declared once, and how a connector gets its HTTP client.

Every live source is one module in ``factdesk.sources`` with one connector class:

    class Connector(Protocol):
        name: str          # "wikidata", "wikipedia", "unpress", "vetolist", "unvotes"
        env_var: str       # FACTDESK_<NAME>_URL: the base URL, so mirrors/test servers stand in
        client: SourceClient
        def snapshot(self, fetched, record_id) -> Snapshot   # provenance of one fetch

A connector fetches with ``self.client.get`` (retries, backoff, rate limit, cache,
errors mapped to ``SourceError``) and parses with plain functions that take the
body and raise ``SourceFormatError`` on anything they do not recognise. It never
touches the database: ``factdesk.sources.store`` writes facts and snapshots.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import requests

from factdesk.settings import Settings
from factdesk.sources.http import Fetched, SourceClient, cached_session

#: seconds between two network requests to the same source (politeness)
MIN_INTERVAL = {"wikidata": 0.2, "wikipedia": 0.1, "unpress": 1.0, "vetolist": 1.0, "sparql": 1.0}


@dataclass(frozen=True)
class Snapshot:
    """What one fetch was: stored as a ``source_snapshot`` row, and facts point at it."""

    source: str
    url: str
    retrieved_at: dt.datetime
    sha256: str | None
    record_id: str | None
    status: str = "ok"  # "ok" or "error"
    http_status: int | None = None
    error: str | None = None

    @classmethod
    def of(cls, fetched: Fetched, record_id: str | None) -> Snapshot:
        return cls(source=fetched.source, url=fetched.url, retrieved_at=fetched.retrieved_at,
                   sha256=fetched.sha256, record_id=record_id, http_status=fetched.status)

    @classmethod
    def failed(cls, source: str, url: str, error: str) -> Snapshot:
        return cls(source=source, url=url, retrieved_at=dt.datetime.now(dt.UTC), sha256=None,
                   record_id=None, status="error", error=error)


class Connector(Protocol):
    name: str
    env_var: str
    client: SourceClient


def default_session(settings: Settings) -> requests.Session:
    """The HTTP cache shared by all sources (``FACTDESK_HTTP_CACHE``; ``off`` disables it)."""
    if settings.http_cache.strip().lower() == "off":
        return requests.Session()
    import os

    if settings.http_cache:
        path = Path(settings.http_cache).expanduser()
    else:
        home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        path = home / "factdesk" / "http-cache.sqlite"
    return cached_session(path, settings.http_cache_seconds)


def make_client(source: str, base_url: str, settings: Settings, *, session: requests.Session | None = None,
                timeout: float | None = None, retries: int = 3, **kwargs: object) -> SourceClient:
    return SourceClient(
        source=source, base_url=base_url.rstrip("/") if not base_url.endswith(".php") else base_url,
        session=session if session is not None else default_session(settings), contact=settings.contact,
        timeout=timeout if timeout is not None else settings.source_timeout, retries=retries,
        min_interval=MIN_INTERVAL.get(source, 0.5), **kwargs,  # type: ignore[arg-type]
    )
