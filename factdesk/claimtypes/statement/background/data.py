"""This type's data file, ``phrasings.yaml`` (read from its compiled twin, see ``factdesk.lexicon``)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from factdesk import rxcache
from factdesk.errors import ConfigError
from factdesk.lexicon import read_data

FILE = Path(__file__).with_name("phrasings.yaml")


@lru_cache(maxsize=1)
def load() -> dict:
    data = read_data(FILE)
    if not data.get("topics") or not data.get("examples"):
        raise ConfigError(f"{FILE}: needs topics and examples")
    return data


@lru_cache(maxsize=1)
def patterns() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(topic, compiled pattern, why the references cannot settle it) for every phrasing."""
    return tuple((topic, rxcache.compile(p), spec["unverified"])
                 for topic, spec in load()["topics"].items() for p in spec["patterns"])
