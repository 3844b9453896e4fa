"""SQLModel tables for factdesk.review. Migration: see factdesk/store/migrations/versions."""

from __future__ import annotations
