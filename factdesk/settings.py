"""All settings, read from ``FACTDESK_*`` environment variables."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_db_url() -> str:
    home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{home / 'factdesk' / 'factdesk.db'}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FACTDESK_", extra="ignore")

    database_url: str = Field(default_factory=_default_db_url)
    """SQLAlchemy URL of the store (``FACTDESK_DATABASE_URL``). SQLite file by default."""

    checkers: str = ""
    """Comma-separated checker names to run, in order (``FACTDESK_CHECKERS``); empty = all installed."""

    packs: str = ""
    """Extra reference pack files, separated by ``os.pathsep`` (``FACTDESK_PACKS``)."""

    bundled_packs: bool = True
    """Load the packs shipped in ``seeds/`` (``FACTDESK_BUNDLED_PACKS``)."""


def get_settings() -> Settings:
    return Settings()
