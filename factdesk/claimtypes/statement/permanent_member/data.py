"""This type's data file, ``members.yaml`` (read from its compiled twin, see ``factdesk.lexicon``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from factdesk.errors import ConfigError
from factdesk.lexicon import read_data

FILE = Path(__file__).with_name("members.yaml")


@lru_cache(maxsize=1)
def load() -> dict:
    data = read_data(FILE)
    if not data.get("members") or not data.get("sources"):
        raise ConfigError(f"{FILE}: needs members and sources")
    return data
