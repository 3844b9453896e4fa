"""Login security of the review desk: throttles, lockout, bounded hashing, revocable sessions.

- **Throttles** count failed logins in the store (``login_failure``) over a sliding window
  (``FACTDESK_LOGIN_WINDOW`` seconds): an account with ``FACTDESK_LOGIN_MAX_FAILURES``
  failures is locked, and a client address with ``FACTDESK_LOGIN_ADDRESS_MAX_FAILURES`` is
  refused, until the failures age out of the window or an administrator lifts the lockout
  (``factdesk review users unlock NAME`` or ``--address ADDR``). While refused, no password is
  hashed. The counts live in the store, not in the server's memory, so the command line can
  lift them and several server processes share them; the ``limits`` library keeps its
  counters in memory, Redis, Memcached, MongoDB or etcd, none of which is the store.
- **Hashing** is bounded: at most ``FACTDESK_LOGIN_HASH_CONCURRENCY`` argon2 hashes at once
  (64 MiB each); further logins wait without holding a worker thread, and past
  ``MAX_WAITING`` waiting ones the desk answers 503 at once.
- **Sessions** are rows (``login_session``); the signed cookie carries the row's random id.
  Logout deletes the row, a password reset or disabling the account deletes all of that
  user's rows, so a copied cookie stops working at once.
- Every failed or refused login is logged (logger ``factdesk.review.auth``) and stored.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, func
from sqlmodel import Session, select

from schemas.auth import LoginFailureRow, LoginSessionRow
from schemas.review import UserRow

log = logging.getLogger("factdesk.review.auth")
MAX_WAITING = 32


@dataclass(frozen=True)
class LoginLimits:
    max_failures: int = 5
    address_max_failures: int = 20
    window_seconds: float = 900.0
    hash_concurrency: int = 2
    session_seconds: float = 12 * 3600

    @classmethod
    def from_settings(cls) -> LoginLimits:
        from factdesk.settings import get_settings

        s = get_settings()
        return cls(max_failures=s.login_max_failures, address_max_failures=s.login_address_max_failures,
                   window_seconds=s.login_window, hash_concurrency=s.login_hash_concurrency)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


def failures(*, session: Session, limits: LoginLimits, name: str | None = None, address: str | None = None) -> int:
    """Failed logins in the window, for one account name or one client address."""
    since = _now() - dt.timedelta(seconds=limits.window_seconds)
    q = select(func.count()).select_from(LoginFailureRow).where(LoginFailureRow.at >= since)
    q = q.where(LoginFailureRow.name == name) if name is not None else q.where(LoginFailureRow.address == address)
    return int(session.exec(q).one())


def refusal(*, session: Session, limits: LoginLimits, name: str, address: str) -> str | None:
    """Why a login from ``address`` as ``name`` is refused before its password is looked at."""
    if failures(session=session, limits=limits, address=address) >= limits.address_max_failures:
        log.warning("login refused for %r from %s: too many failed logins from this address", name, address)
        return "Too many failed logins from your address. Try again later or ask an administrator."
    if failures(session=session, limits=limits, name=name[:64]) >= limits.max_failures:
        log.warning("login refused for %r from %s: the account is locked after failed logins", name, address)
        return "Too many failed logins for this account. Try again later or ask an administrator."
    return None


def record_failure(*, session: Session, limits: LoginLimits, name: str, address: str) -> None:
    session.add(LoginFailureRow(name=name[:64], address=address[:64]))
    session.commit()
    log.warning("failed login for %r from %s (%d for this account, %d from this address in the last %d s)", name,
                address, failures(session=session, limits=limits, name=name[:64]),
                failures(session=session, limits=limits, address=address[:64]), limits.window_seconds)


def unlock(*, session: Session, name: str | None = None, address: str | None = None) -> int:
    """Lift a lockout: forget the failed logins of an account or of an address; return how many."""
    q = delete(LoginFailureRow)
    q = q.where(LoginFailureRow.name == name) if name is not None else q.where(LoginFailureRow.address == address)
    n = session.exec(q).rowcount  # type: ignore[call-overload]
    session.commit()
    return int(n or 0)


def start_session(*, session: Session, limits: LoginLimits, user: UserRow) -> str:
    """A new session for ``user`` (after a successful login); its failed logins are forgotten."""
    token = secrets.token_urlsafe(32)
    session.add(LoginSessionRow(id=token, user_id=user.id,
                                expires_at=_now() + dt.timedelta(seconds=limits.session_seconds)))
    session.exec(delete(LoginFailureRow).where(LoginFailureRow.name == user.name))  # type: ignore[call-overload]
    session.commit()
    return token


def session_user(*, session: Session, token: str) -> UserRow | None:
    """The user of a live session, or None (ended, expired, or the account is disabled)."""
    row = session.get(LoginSessionRow, token)
    if row is None or _aware(row.expires_at) <= _now():
        return None
    user = session.get(UserRow, row.user_id)
    return None if user is None or user.disabled else user


def end_session(*, session: Session, token: str) -> None:
    session.exec(delete(LoginSessionRow).where(LoginSessionRow.id == token))  # type: ignore[call-overload]
    session.commit()


def end_sessions(*, session: Session, user_id: int) -> int:
    """End every session of a user (password reset, disable); return how many."""
    n = session.exec(delete(LoginSessionRow).where(LoginSessionRow.user_id == user_id)).rowcount  # type: ignore[call-overload]
    session.commit()
    return int(n or 0)


def live_sessions(*, session: Session, user_id: int) -> int:
    q = select(func.count()).select_from(LoginSessionRow).where(LoginSessionRow.user_id == user_id,
                                                                LoginSessionRow.expires_at > _now())
    return int(session.exec(q).one())


class HashGate:
    """At most ``n`` password hashes at once; waiting logins hold no thread; past ``MAX_WAITING``
    waiting, ``enter`` says no at once (the desk answers 503)."""

    def __init__(self, n: int) -> None:
        self._sem = asyncio.Semaphore(max(1, n))
        self._waiting = 0

    async def enter(self) -> bool:
        if self._sem.locked() and self._waiting >= MAX_WAITING:
            return False
        self._waiting += 1
        try:
            await self._sem.acquire()
        finally:
            self._waiting -= 1
        return True

    def leave(self) -> None:
        self._sem.release()
