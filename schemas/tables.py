"""SQLModel storage tables. Each stored entity: a Base (shared fields), the table,
and a Public read model. Alembic migrations in ``factdesk/store/migrations`` create
exactly these tables; ``tests/test_store.py`` checks they agree."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _uuid() -> str:
    return uuid.uuid4().hex


class DocumentBase(SQLModel):
    sha256: str = Field(index=True, unique=True, max_length=64)
    origin: str
    format: str = Field(max_length=16)
    title: str | None = None
    published: dt.date


class DocumentRow(DocumentBase, table=True):
    __tablename__ = "document"
    id: int | None = Field(default=None, primary_key=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    created_at: dt.datetime = Field(default_factory=_now)


class DocumentPublic(DocumentBase):
    id: int
    created_at: dt.datetime


class RunBase(SQLModel):
    origin: str
    published: dt.date
    published_source: str = Field(max_length=16)
    trigger: str = Field(default="cli", max_length=32)
    factdesk_version: str = Field(max_length=32)
    reference_version: str = Field(max_length=64)
    checkers: str = ""


class RunRow(RunBase, table=True):
    __tablename__ = "run"
    id: str = Field(default_factory=_uuid, primary_key=True, max_length=32)
    document_id: int = Field(foreign_key="document.id", index=True)
    started_at: dt.datetime = Field(default_factory=_now)
    finished_at: dt.datetime | None = None


class RunPublic(RunBase):
    id: str
    document_id: int
    started_at: dt.datetime
    finished_at: dt.datetime | None


class ClaimBase(SQLModel):
    kind: str = Field(max_length=32, index=True)
    start: int
    end: int
    line: int
    text: str = Field(sa_column=Column(Text, nullable=False))
    slots: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class ClaimRow(ClaimBase, table=True):
    __tablename__ = "claim"
    id: int | None = Field(default=None, primary_key=True)
    run_id: str = Field(foreign_key="run.id", index=True, max_length=32)
    document_id: int = Field(foreign_key="document.id", index=True)


class VerdictBase(SQLModel):
    label: str = Field(max_length=16, index=True)
    correction: str | None = None
    rationale: str = Field(sa_column=Column(Text, nullable=False))
    confidence: float
    checker: str = Field(max_length=64)
    checker_version: str = Field(max_length=32)


class VerdictRow(VerdictBase, table=True):
    __tablename__ = "verdict"
    __table_args__ = (UniqueConstraint("claim_id"),)
    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    created_at: dt.datetime = Field(default_factory=_now)


class EvidenceBase(SQLModel):
    source: str
    url: str
    excerpt: str = Field(sa_column=Column(Text, nullable=False))
    retrieved_at: dt.datetime | None = None
    content_hash: str | None = Field(default=None, max_length=64)
    quote: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    record: str | None = Field(default=None, max_length=256)


class EvidenceRow(EvidenceBase, table=True):
    __tablename__ = "evidence"
    id: int | None = Field(default=None, primary_key=True)
    verdict_id: int = Field(foreign_key="verdict.id", index=True)


class ReferenceFactBase(SQLModel):
    pack: str = Field(max_length=128)
    pack_version: str = Field(max_length=64)
    kind: str = Field(max_length=32)
    key: str = Field(max_length=256)
    payload: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    sources: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class ReferenceFactRow(ReferenceFactBase, table=True):
    __tablename__ = "reference_fact"
    __table_args__ = (UniqueConstraint("pack", "kind", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    loaded_at: dt.datetime = Field(default_factory=_now)


class ReferenceFactPublic(ReferenceFactBase):
    id: int
    loaded_at: dt.datetime


# Tables of the other subsystems live in their own modules; importing them here puts
# them in SQLModel.metadata wherever the core tables are used (migrations, tests).
from schemas import auth as _auth  # noqa: E402, F401
from schemas import desk as _desk  # noqa: E402, F401
from schemas import feeds as _feeds  # noqa: E402, F401
from schemas import review as _review  # noqa: E402, F401
from schemas import sources as _sources  # noqa: E402, F401
