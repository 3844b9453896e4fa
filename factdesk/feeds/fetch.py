"""Fetching what a feed list points at, without becoming an SSRF hole.

The feed list is input, so every URL (and every redirect) is checked:
- only ``http`` and ``https``;
- the host name is resolved and refused when any address is private, loopback,
  link-local, multicast, reserved or unspecified (IPv4-mapped IPv6 included), unless
  ``allow_private_addresses`` is set;
- the socket's real peer address is checked again right after it connects (a guarded
  urllib3 connection class), so DNS that answers differently the second time
  (rebinding) cannot reach a refused address either;
- redirects are followed by hand, each hop checked, at most ``max_redirects``;
- bodies are read up to ``max_bytes``.

Connection errors, timeouts, 429 and 5xx are retried with exponential backoff by ``get``;
``get_once`` makes one attempt and raises ``TransientFetchError`` for those, so the flows
retry in Prefect tasks (each retry a state of the task run). Failures raise ``FetchError``
(given up, or not worth retrying) or ``AddressRefused``.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from factdesk.errors import SourceUnavailable
from factdesk.feeds.config import FeedConfig, FetchConfig


class FetchError(SourceUnavailable):
    """A URL could not be fetched (after retries)."""


class AddressRefused(FetchError):
    """The URL's scheme or address is not allowed."""


class TransientFetchError(FetchError):
    """One attempt failed in a way worth retrying (connection error, timeout, 429, 5xx);
    raised by ``Fetcher.get_once``, so that a caller (a Prefect task with ``retries``) can
    retry where the retry shows. ``retry_after``: the server's Retry-After, in seconds."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def forbidden_reason(ip: str) -> str | None:
    """Why ``ip`` may not be fetched, or None when it is a public address."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    for attr in ("is_loopback", "is_link_local", "is_multicast", "is_private", "is_reserved", "is_unspecified"):
        if getattr(addr, attr):
            return f"{attr.removeprefix('is_').replace('_', '-')} address {addr}"
    if not addr.is_global:
        return f"non-global address {addr}"
    return None


def _host_allowed(host: str, port: int | None, allowed: frozenset[str]) -> bool:
    host = host.lower().strip("[]")
    return host in allowed or (port is not None and f"{host}:{port}" in allowed)


def check_url(url: str, *, allow_private: bool, allowed_hosts: frozenset[str] = frozenset()) -> None:
    """Refuse a URL whose scheme is not http(s) or whose host resolves to a refused address."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise AddressRefused(f"{url}: only http and https URLs are fetched")
    host = parts.hostname
    if not host:
        raise AddressRefused(f"{url}: no host name")
    if allow_private or _host_allowed(host, parts.port, allowed_hosts):
        return
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"{url}: cannot resolve {host} ({exc})") from None
    for info in infos:
        reason = forbidden_reason(str(info[4][0]))
        if reason:
            raise AddressRefused(f"{url}: refused, {host} resolves to a {reason} (allow_private_addresses is off)")


class _PeerRefused(Exception):
    """Raised inside urllib3 when the connected peer is a refused address (not an OSError,
    so urllib3 does not retry or wrap it)."""


def _guard(conn: HTTPConnection, sock: socket.socket) -> socket.socket:
    if _host_allowed(conn.host, conn.port, getattr(conn, "allowed_hosts", frozenset())):
        return sock
    try:
        peer = sock.getpeername()[0]
    except OSError:
        return sock
    reason = forbidden_reason(str(peer))
    if reason:
        sock.close()
        raise _PeerRefused(f"connected peer is a {reason}")
    return sock


class _GuardedHTTPConnection(HTTPConnection):
    allowed_hosts: frozenset[str] = frozenset()

    def _new_conn(self) -> socket.socket:
        return _guard(self, super()._new_conn())


class _GuardedHTTPSConnection(HTTPSConnection):
    allowed_hosts: frozenset[str] = frozenset()

    def _new_conn(self) -> socket.socket:
        return _guard(self, super()._new_conn())


class GuardedAdapter(HTTPAdapter):
    """An adapter whose connections refuse private, loopback and link-local peers
    (except to ``allowed_hosts``)."""

    def __init__(self, allowed_hosts: frozenset[str] = frozenset()) -> None:
        self.allowed_hosts = allowed_hosts
        super().__init__()

    def init_poolmanager(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().init_poolmanager(*args, **kwargs)
        allowed = self.allowed_hosts
        http_conn = type("Conn", (_GuardedHTTPConnection,), {"allowed_hosts": allowed})
        https_conn = type("Conn", (_GuardedHTTPSConnection,), {"allowed_hosts": allowed})
        self.poolmanager.pool_classes_by_scheme = {
            "http": type("Pool", (HTTPConnectionPool,), {"ConnectionCls": http_conn}),
            "https": type("Pool", (HTTPSConnectionPool,), {"ConnectionCls": https_conn}),
        }


def make_session(*, allow_private: bool, allowed_hosts: frozenset[str] = frozenset()) -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # no proxies from the environment: the peer must be the host we checked
    if not allow_private:
        session.mount("http://", GuardedAdapter(allowed_hosts))
        session.mount("https://", GuardedAdapter(allowed_hosts))
    return session


@dataclass(frozen=True)
class Fetched:
    url: str
    """final URL after redirects"""
    body: bytes
    content_type: str


RETRY_STATUS = {429, 500, 502, 503, 504}


class Fetcher:
    """GET with the address policy, manual redirects, a size cap and retries with backoff."""

    def __init__(self, cfg: FetchConfig, *, allow_private: bool, allowed_hosts: list[str] | None = None,
                 session: requests.Session | None = None, sleep=time.sleep) -> None:  # noqa: ANN001
        self.cfg = cfg
        self.allow_private = allow_private
        self.allowed_hosts = frozenset(h.lower() for h in allowed_hosts or [])
        self.session = session if session is not None else make_session(
            allow_private=allow_private, allowed_hosts=self.allowed_hosts)
        self.sleep = sleep

    def get(self, url: str) -> Fetched:
        delay = self.cfg.backoff
        for attempt in range(self.cfg.retries + 1):
            try:
                return self._get_once(url)
            except _Retryable as exc:
                if attempt == self.cfg.retries:
                    raise FetchError(f"{url}: {exc} (after {attempt + 1} attempts)") from None
                wait = exc.retry_after if exc.retry_after is not None else delay
                self.sleep(min(wait, 60.0))
                delay *= 2
        raise AssertionError("unreachable")

    def get_once(self, url: str) -> Fetched:
        """One attempt (redirects followed): ``TransientFetchError`` when a retry may help."""
        try:
            return self._get_once(url)
        except _Retryable as exc:
            raise TransientFetchError(f"{url}: {exc}", exc.retry_after) from None

    def _get_once(self, url: str) -> Fetched:
        current = url
        for _ in range(self.cfg.max_redirects + 1):
            check_url(current, allow_private=self.allow_private, allowed_hosts=self.allowed_hosts)
            try:
                resp = self.session.get(
                    current, timeout=self.cfg.timeout, allow_redirects=False, stream=True,
                    headers={"User-Agent": self.cfg.user_agent,
                             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"},
                )
            except _PeerRefused as exc:
                raise AddressRefused(f"{current}: refused, {exc} (allow_private_addresses is off)") from None
            except (requests.ConnectionError, requests.Timeout) as exc:
                raise _Retryable(f"{type(exc).__name__}") from None
            except requests.RequestException as exc:
                raise FetchError(f"{current}: {type(exc).__name__}: {exc}") from None
            with resp:
                if resp.is_redirect:
                    location = resp.headers.get("Location", "")
                    current = urljoin(current, location)
                    continue
                if resp.status_code in RETRY_STATUS:
                    raise _Retryable(f"HTTP {resp.status_code}", _retry_after(resp.headers.get("Retry-After")))
                if resp.status_code >= 400:
                    raise FetchError(f"{current}: HTTP {resp.status_code}")
                body = self._read(resp, current)
                return Fetched(url=current, body=body, content_type=resp.headers.get("Content-Type", ""))
        raise FetchError(f"{url}: more than {self.cfg.max_redirects} redirects")

    def _read(self, resp: requests.Response, url: str) -> bytes:
        declared = resp.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.cfg.max_bytes:
            raise FetchError(f"{url}: body is {declared} bytes; the limit is {self.cfg.max_bytes}")
        chunks, size = [], 0
        try:
            for chunk in resp.iter_content(64 * 1024):
                size += len(chunk)
                if size > self.cfg.max_bytes:
                    raise FetchError(f"{url}: body is larger than the limit of {self.cfg.max_bytes} bytes")
                chunks.append(chunk)
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise _Retryable(f"{type(exc).__name__} while reading the body") from None
        return b"".join(chunks)


def fetcher_for(cfg: FeedConfig) -> Fetcher:
    return Fetcher(cfg.fetch, allow_private=cfg.allow_private_addresses, allowed_hosts=cfg.allowed_hosts)


class _Retryable(Exception):
    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def _retry_after(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return float(value.strip())
    return None
