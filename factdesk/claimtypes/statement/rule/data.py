"""This type's data file, ``charter.yaml`` (read from its compiled twin, see ``factdesk.lexicon``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from factdesk.errors import ConfigError
from factdesk.lexicon import read_data

FILE = Path(__file__).with_name("charter.yaml")


@lru_cache(maxsize=1)
def load() -> dict:
    data = read_data(FILE)
    rules = data.get("rules") or {}
    if not all(r.get("text") and r.get("sources") for r in rules.values()):
        raise ConfigError(f"{FILE}: every rule needs text and sources")
    return rules
