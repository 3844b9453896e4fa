"""SQLModel tables for factdesk.sources. Migration: see factdesk/store/migrations/versions."""

from __future__ import annotations
