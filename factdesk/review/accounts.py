"""Review desk accounts: names, roles and argon2id password hashes.

Keyword-only functions taking a ``Session``. A password is only ever held long enough
to hash or verify it; the table stores the argon2 hash.
"""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel import Session, select

from factdesk.errors import StoreError, UsageError
from schemas.review import UserPublic, UserRow

ROLES = ("editor", "viewer")
MIN_PASSWORD = 8
MAX_PASSWORD = 1024
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
_hasher = PasswordHasher()
# verified against when the name is unknown, so a wrong name costs as long as a wrong password
_DUMMY_HASH = _hasher.hash("factdesk-no-such-user")


def validate_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise UsageError(f"invalid user name {name!r}: 1-64 characters, letters, digits and . _ @ - "
                         "(starting with a letter or digit)")
    return name


def add_user(*, session: Session, name: str, role: str, password: str) -> UserPublic:
    """Create an account; the name must be new."""
    validate_name(name)
    if role not in ROLES:
        raise UsageError(f"invalid role {role!r}: choose editor or viewer")
    _check_password(password)
    if session.exec(select(UserRow).where(UserRow.name == name)).first() is not None:
        raise UsageError(f"user {name!r} already exists")
    row = UserRow(name=name, role=role, password_hash=_hasher.hash(password))
    try:
        session.add(row)
        session.commit()
    except IntegrityError:
        session.rollback()
        raise UsageError(f"user {name!r} already exists") from None
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"could not store user {name!r}: {str(exc).splitlines()[0]}") from None
    session.refresh(row)
    return UserPublic.model_validate(row, from_attributes=True)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"the password must have at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise UsageError(f"the password must have at most {MAX_PASSWORD} characters")


def authenticate(*, session: Session, name: str, password: str) -> UserRow | None:
    """The account when ``password`` is right, else None (unknown name or wrong password)."""
    row = session.exec(select(UserRow).where(UserRow.name == name)).first() if _NAME.fullmatch(name) else None
    try:
        _hasher.verify(row.password_hash if row else _DUMMY_HASH, password[:MAX_PASSWORD])
    except (VerificationError, InvalidHashError):
        return None
    return None if row is None or row.disabled else row  # a disabled account costs the same hash


def get_user(*, session: Session, user_id: int) -> UserRow | None:
    return session.get(UserRow, user_id)


# ------------------------------------------------------------ administration (review users)


def find_user(*, session: Session, name: str) -> UserRow:
    row = session.exec(select(UserRow).where(UserRow.name == validate_name(name))).first()
    if row is None:
        raise UsageError(f"no user {name!r}")
    return row


def list_users(*, session: Session) -> list[UserRow]:
    return list(session.exec(select(UserRow).order_by(UserRow.name)).all())


def _save(session: Session, row: UserRow) -> UserRow:
    try:
        session.add(row)
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"could not store user {row.name!r}: {str(exc).splitlines()[0]}") from None
    session.refresh(row)
    return row


def set_disabled(*, session: Session, name: str, disabled: bool) -> UserRow:
    """Disable (no login, every session ended) or enable an account."""
    from factdesk.review.auth import end_sessions

    row = find_user(session=session, name=name)
    row.disabled = disabled
    _save(session, row)
    if disabled:
        end_sessions(session=session, user_id=row.id)
    return row


def set_role(*, session: Session, name: str, role: str) -> UserRow:
    if role not in ROLES:
        raise UsageError(f"invalid role {role!r}: choose editor or viewer")
    row = find_user(session=session, name=name)
    row.role = role
    return _save(session, row)


def reset_password(*, session: Session, name: str, password: str) -> UserRow:
    """A new password; every session of the account ends and its failed logins are forgotten."""
    from factdesk.review.auth import end_sessions, unlock

    _check_password(password)
    row = find_user(session=session, name=name)
    row.password_hash = _hasher.hash(password)
    _save(session, row)
    end_sessions(session=session, user_id=row.id)
    unlock(session=session, name=row.name)
    return row
