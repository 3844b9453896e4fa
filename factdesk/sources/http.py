"""HTTP for the live sources: one ``SourceClient`` per source.

What every connector gets from here: a descriptive User-Agent with a contact
address, timeouts, retries with exponential backoff on connection errors, 429 and
5xx (honouring ``Retry-After``), a per-source rate limit, an HTTP cache (requests-cache,
SQLite file) so re-runs do not refetch, and errors mapped into ``SourceError``.

The retry loop is ours rather than urllib3's ``Retry``: a body cut short after the
headers (``ChunkedEncodingError``) and Wikidata's ``maxlag`` answer (HTTP 200 with
an error object and ``Retry-After``) must be retried too, and urllib3 sees neither.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path

import requests

from factdesk import __version__
from factdesk.errors import SourceFormatError, SourceUnavailable

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
#: a Retry-After longer than this is not waited for: the fetch fails, saying so
MAX_RETRY_AFTER = 120.0

_last_request: dict[str, float] = {}
_rate_lock = threading.Lock()


def user_agent(contact: str) -> str:
    """Wikimedia's policy asks for a name, a version and a way to reach the operator."""
    who = contact or "set FACTDESK_CONTACT"
    return f"factdesk/{__version__} (newsroom fact-checking; {who}) python-requests/{requests.__version__}"


def cached_session(path: Path, expire_after: int) -> requests.Session:
    """A requests-cache session over a SQLite file: successful answers only, and never
    a Wikidata ``maxlag``/error body (those are HTTP 200 too)."""
    import requests_cache

    path.parent.mkdir(parents=True, exist_ok=True)
    return requests_cache.CachedSession(
        str(path), backend="sqlite", expire_after=expire_after, allowable_codes=(200,),
        filter_fn=lambda r: not r.content.lstrip()[:20].replace(b" ", b"").startswith(b'{"error"'),
    )


@dataclass(frozen=True)
class Fetched:
    """One HTTP answer, as stored in a source snapshot."""

    source: str
    url: str
    status: int
    body: bytes
    retrieved_at: dt.datetime
    from_cache: bool
    content_type: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()

    def text(self) -> str:
        try:
            return self.body.decode("utf-8")
        except UnicodeDecodeError:
            raise SourceFormatError(f"{self.source}: {self.url}: response is not UTF-8 text") from None

    def json(self) -> object:
        import json

        try:
            return json.loads(self.body)
        except ValueError as exc:
            raise SourceFormatError(
                f"{self.source}: {self.url}: response is not JSON (truncated or an error page?): {exc}"
            ) from None


@dataclass
class SourceClient:
    """GET with retries, backoff, rate limit and cache for one source.

    ``retry_json_error`` inspects a 200 answer and returns seconds to wait before
    retrying (Wikidata's ``maxlag``), or None when the answer is final.
    """

    source: str
    base_url: str
    session: requests.Session
    contact: str = ""
    timeout: float = 20.0
    retries: int = 3
    backoff: float = 0.5
    min_interval: float = 0.0
    retry_json_error: Callable[[requests.Response], float | None] | None = None
    sleep: Callable[[float], None] = time.sleep
    attempts: list[str] = field(default_factory=list)  # "GET url -> status/exception", for reports

    def get(self, url: str, params: dict[str, str] | None = None) -> Fetched:
        headers = {"User-Agent": user_agent(self.contact), "Accept-Encoding": "gzip"}
        last = ""
        for attempt in range(self.retries + 1):
            self._pace()
            try:
                resp = self.session.get(url, params=params, headers=headers, timeout=self.timeout)
                body = resp.content  # reads the whole body: a cut-short body raises here
            except requests.Timeout:
                last = f"timed out after {self.timeout:g} s"
                wait = self._backoff(attempt)
            except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError,
                    requests.exceptions.ContentDecodingError) as exc:
                last = f"connection failed or the body was cut short ({type(exc).__name__})"
                wait = self._backoff(attempt)
            except requests.RequestException as exc:
                raise SourceUnavailable(f"{self.source}: {url}: {type(exc).__name__}: {exc}") from None
            else:
                full = resp.url or url
                self.attempts.append(f"GET {full} -> {resp.status_code}")
                if resp.status_code in RETRY_STATUS:
                    last = f"HTTP {resp.status_code}"
                    wait = _retry_after(resp) or self._backoff(attempt)
                elif resp.status_code >= 400:
                    raise SourceUnavailable(f"{self.source}: {full}: HTTP {resp.status_code}")
                else:
                    extra = self.retry_json_error(resp) if self.retry_json_error else None
                    if extra is None:
                        return Fetched(
                            source=self.source, url=full, status=resp.status_code, body=body,
                            retrieved_at=_retrieved_at(resp), from_cache=bool(getattr(resp, "from_cache", False)),
                            content_type=resp.headers.get("Content-Type", ""),
                        )
                    last = "the server asked to back off (maxlag)"
                    wait = extra
            if attempt == self.retries:
                break
            if wait > MAX_RETRY_AFTER:
                raise SourceUnavailable(f"{self.source}: {url}: {last}; asked to retry after {wait:g} s, not waiting")
            self.sleep(wait)
        raise SourceUnavailable(f"{self.source}: {url}: {last} (gave up after {self.retries + 1} attempts)")

    def _backoff(self, attempt: int) -> float:
        return self.backoff * (2**attempt)

    def _pace(self) -> None:
        """Per-source rate limit: at most one network request each ``min_interval`` s."""
        if self.min_interval <= 0:
            return
        with _rate_lock:
            now = time.monotonic()
            wait = _last_request.get(self.source, 0.0) + self.min_interval - now
            _last_request[self.source] = max(now, now + wait)
        if wait > 0:
            self.sleep(wait)


def _retry_after(resp: requests.Response) -> float | None:
    value = resp.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def _retrieved_at(resp: requests.Response) -> dt.datetime:
    """When the body was fetched from the network (a cached answer keeps its first time)."""
    created = getattr(resp, "created_at", None) if getattr(resp, "from_cache", False) else None
    if isinstance(created, dt.datetime):
        return created if created.tzinfo else created.replace(tzinfo=dt.UTC)
    return dt.datetime.now(dt.UTC)
