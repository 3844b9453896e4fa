"""This type's data file, ``members.yaml``, read and checked once."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

FILE = Path(__file__).with_name("members.yaml")


@lru_cache(maxsize=1)
def load() -> dict:
    data = yaml.safe_load(FILE.read_text(encoding="utf-8"))
    if not data.get("members") or not data.get("sources"):
        raise ValueError(f"{FILE}: needs members and sources")
    return data
