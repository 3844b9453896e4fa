"""SQLModel tables for the review desk's login security (factdesk.review.auth).

- ``login_session``: one row per logged-in browser; the signed cookie carries its id, so a
  session ends for real at logout, password reset or disable (a copied cookie stops working).
- ``login_failure``: one row per failed login (name tried, client address, time): the
  throttles count them, ``factdesk review users unlock`` deletes them, and they are the log.

Migration: ``factdesk/store/migrations/versions/0006_desk_security.py``.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class LoginSessionRow(SQLModel, table=True):
    __tablename__ = "login_session"
    id: str = Field(primary_key=True, max_length=64, description="random token, also in the signed cookie")
    user_id: int = Field(foreign_key="review_user.id", index=True)
    created_at: dt.datetime = Field(default_factory=_now)
    expires_at: dt.datetime


class LoginFailureRow(SQLModel, table=True):
    __tablename__ = "login_failure"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64, index=True, description="the user name tried (may not exist)")
    address: str = Field(max_length=64, index=True, description="client address")
    at: dt.datetime = Field(default_factory=_now, index=True)
