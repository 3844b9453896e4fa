"""SQLModel tables for the review desk's workflow: each document's status and assignee,
editors' comments (on a document or one of its claims) and the per-document audit log.

The audit log is append-only: every change an editor makes (a review, a status, an
assignment, a comment) adds rows with the value in force before and after it, so the
history shows the true previous label and corrected value. Migration:
``factdesk/store/migrations/versions/0005_desk.py``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

#: a document's place in the newsroom's day, in order
STATUSES = ("new", "in review", "done", "published")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class DeskDocumentBase(SQLModel):
    status: str = Field(default="new", max_length=16, index=True, description="new | in review | done | published")
    assignee: str | None = Field(default=None, max_length=64, index=True, description="a desk user's name")


class DeskDocumentRow(DeskDocumentBase, table=True):
    """A document's workflow state; no row means status ``new`` and nobody assigned."""

    __tablename__ = "desk_document"
    document_id: int = Field(foreign_key="document.id", primary_key=True)
    updated_by: str = Field(max_length=64)
    updated_at: dt.datetime = Field(default_factory=_now)


class DeskDocumentPublic(DeskDocumentBase):
    document_id: int
    updated_by: str
    updated_at: dt.datetime


class CommentBase(SQLModel):
    author: str = Field(max_length=64)
    body: str = Field(sa_column=Column(Text, nullable=False))


class CommentRow(CommentBase, table=True):
    """A comment on a document (``claim_id`` None) or on one claim; like a review, a claim's
    comments follow the same claim (kind, span, text) into later runs."""

    __tablename__ = "desk_comment"
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    claim_id: int | None = Field(default=None, foreign_key="claim.id")
    run_id: str = Field(foreign_key="run.id", max_length=32)
    user_id: int = Field(foreign_key="review_user.id")
    created_at: dt.datetime = Field(default_factory=_now)


class CommentPublic(CommentBase):
    id: int
    document_id: int
    claim_id: int | None
    created_at: dt.datetime


class AuditBase(SQLModel):
    actor: str = Field(max_length=64)
    action: str = Field(max_length=16, description="accept | override | bulk-accept | status | assign | comment")
    field: str = Field(max_length=16, description="label | value | status | assignee | comment")
    old_value: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    new_value: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    claim_text: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class AuditRow(AuditBase, table=True):
    """One changed field of one change; the rows of one change share ``created_at``."""

    __tablename__ = "desk_audit"
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    claim_id: int | None = Field(default=None, foreign_key="claim.id")
    run_id: str | None = Field(default=None, foreign_key="run.id", max_length=32)
    created_at: dt.datetime = Field(default_factory=_now)


class AuditPublic(AuditBase):
    id: int
    document_id: int
    claim_id: int | None
    created_at: dt.datetime
