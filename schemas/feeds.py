"""SQLModel tables for factdesk.feeds. Migration: factdesk/store/migrations/versions/0004_feeds.py.

``feed_item`` is the work queue of ``check_feed``: one row per (canonical URL,
content hash), so an unchanged item is seen once and a changed one again. A run
claims rows with an atomic ``UPDATE ... WHERE status IN ('new', 'failed')`` (or a
stale claim), so two workers never check the same item at the same time.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class FeedItemBase(SQLModel):
    canonical_url: str = Field(max_length=2048)
    """http(s) URL of the article, normalised; ``file://`` URI for a drop-folder file."""
    content_hash: str = Field(max_length=64)
    """sha256 of what identifies this version: the feed entry (id, dates, title, summary),
    the sitemap ``lastmod``, or a dropped file's bytes."""
    source: str = Field(max_length=2048)
    """the feed, sitemap or folder it came from"""
    kind: str = Field(max_length=16)
    """rss | sitemap | folder"""
    status: str = Field(default="new", max_length=16, index=True)
    """new | claimed | done | failed"""
    attempts: int = 0
    published_hint: dt.date | None = None
    """publication date given by the feed entry or sitemap (used when the page has none)"""


class FeedItemRow(FeedItemBase, table=True):
    __tablename__ = "feed_item"
    __table_args__ = (UniqueConstraint("canonical_url", "content_hash"),)
    id: int | None = Field(default=None, primary_key=True)
    claimed_by: str | None = Field(default=None, max_length=64)
    claimed_at: dt.datetime | None = None
    error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    document_id: int | None = Field(default=None, foreign_key="document.id")
    run_id: str | None = Field(default=None, foreign_key="run.id", max_length=32)
    first_seen: dt.datetime = Field(default_factory=_now)
    updated_at: dt.datetime = Field(default_factory=_now)


class FeedItemPublic(FeedItemBase):
    id: int
    claimed_by: str | None
    error: str | None
    document_id: int | None
    run_id: str | None
    first_seen: dt.datetime
    updated_at: dt.datetime
