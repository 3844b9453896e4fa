"""SQLModel tables for factdesk.feeds. Migration: see factdesk/store/migrations/versions."""

from __future__ import annotations
