"""SQLModel tables for factdesk.review: editors' accounts and their reviews.

A review is its own record (who, when, old and new label, note) pointing at the claim
it judged; the machine's verdict row is never changed. Migration:
``factdesk/store/migrations/versions/0003_review.py``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Text, false
from sqlmodel import Field, SQLModel


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UserBase(SQLModel):
    name: str = Field(index=True, unique=True, max_length=64)
    role: str = Field(max_length=16, description="editor | viewer")


class UserRow(UserBase, table=True):
    __tablename__ = "review_user"
    id: int | None = Field(default=None, primary_key=True)
    password_hash: str = Field(max_length=255, description="argon2id hash, never the password")
    created_at: dt.datetime = Field(default_factory=_now)
    disabled: bool = Field(default=False, sa_column_kwargs={"server_default": false()},
                           description="cannot log in (factdesk review users disable)")


class UserPublic(UserBase):
    id: int
    created_at: dt.datetime


class ReviewBase(SQLModel):
    reviewer: str = Field(max_length=64)
    action: str = Field(max_length=16, description="accept | override")
    old_label: str = Field(max_length=16, description="the label in force before this review: the previous "
                           "review's label, or the machine's when there was none")
    new_label: str = Field(max_length=16, index=True)
    correction: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    note: str = Field(default="", sa_column=Column(Text, nullable=False))
    old_correction: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class ReviewRow(ReviewBase, table=True):
    __tablename__ = "review"
    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    run_id: str = Field(foreign_key="run.id", max_length=32)
    user_id: int = Field(foreign_key="review_user.id")
    created_at: dt.datetime = Field(default_factory=_now)


class ReviewPublic(ReviewBase):
    id: int
    claim_id: int
    document_id: int
    run_id: str
    created_at: dt.datetime
