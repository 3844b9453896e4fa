"""SQLModel tables for factdesk.sources. Migration: 0002_sources.py.

``source_snapshot``  one fetch from a live source: URL, when, sha256 of the body, the
                     source's own revision or record id, and ``ok``/``error`` with the reason.
``source_fact``      links a stored reference fact (``reference_fact`` by pack/kind/key, a
                     natural key because a pack reload renumbers rows) to the snapshot it
                     came from, with a hash of the fact to tell when it changed.
``verdict_recheck``  a verdict that relied on a fact that has since changed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SourceSnapshotBase(SQLModel):
    source: str = Field(max_length=32, index=True)
    url: str = Field(sa_column=Column(Text, nullable=False))
    retrieved_at: dt.datetime
    sha256: str | None = Field(default=None, max_length=64)
    record_id: str | None = Field(default=None, max_length=256)
    status: str = Field(default="ok", max_length=16)
    http_status: int | None = None
    error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class SourceSnapshotRow(SourceSnapshotBase, table=True):
    __tablename__ = "source_snapshot"
    id: int | None = Field(default=None, primary_key=True)


class SourceSnapshotPublic(SourceSnapshotBase):
    id: int


class SourceFactBase(SQLModel):
    pack: str = Field(max_length=128)
    kind: str = Field(max_length=32)
    key: str = Field(max_length=256)
    fact_sha256: str = Field(max_length=64)


class SourceFactRow(SourceFactBase, table=True):
    __tablename__ = "source_fact"
    __table_args__ = (UniqueConstraint("pack", "kind", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    snapshot_id: int = Field(foreign_key="source_snapshot.id", index=True)
    updated_at: dt.datetime = Field(default_factory=_now)


class SourceFactPublic(SourceFactBase):
    id: int
    snapshot_id: int
    updated_at: dt.datetime


class VerdictRecheckBase(SQLModel):
    fact: str = Field(max_length=256)
    reason: str = Field(sa_column=Column(Text, nullable=False))


class VerdictRecheckRow(VerdictRecheckBase, table=True):
    __tablename__ = "verdict_recheck"
    __table_args__ = (UniqueConstraint("verdict_id", "fact"),)
    id: int | None = Field(default=None, primary_key=True)
    verdict_id: int = Field(foreign_key="verdict.id", index=True)
    marked_at: dt.datetime = Field(default_factory=_now)
    done_at: dt.datetime | None = None


class VerdictRecheckPublic(VerdictRecheckBase):
    id: int
    verdict_id: int
    marked_at: dt.datetime
    done_at: dt.datetime | None
