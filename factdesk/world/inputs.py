"""Where the world base's raw inputs are, and the digest that names a base built from them.

Kept apart from the importers and the builder: every check computes the digest to find its
base, and must not import what building needs (``csv``, ``gzip``, ``sqlite3`` writers ...).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds" / "world"
#: bump when the build's output changes for the same inputs and code
BUILDER_VERSION = "1"


def seeds_dir() -> Path:
    """``seeds/world`` of the source tree, or of the installed ``factdesk_seeds`` package."""
    if SEEDS.is_dir():
        return SEEDS
    import factdesk_seeds

    return Path(factdesk_seeds.__file__).resolve().parent / "world"


def input_digest(root: Path | None = None) -> str:
    """SHA-256 over the builder version, the converting code, the country names and every raw file (name and
    bytes): a change to any of them names a new base."""
    root = root or seeds_dir()
    h = hashlib.sha256(BUILDER_VERSION.encode())
    here = Path(__file__).resolve().parent
    for name in ("importers.py", "build.py", "coverage.py", "../refs/countries.json"):  # the names countries get
        h.update((here / name).read_bytes())
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.relative_to(root).parts[0] != "build":
            h.update(str(p.relative_to(root)).encode() + b"\0")
            h.update(p.read_bytes())
    return h.hexdigest()
