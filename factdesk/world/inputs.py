"""Where the world base's raw inputs are, and the digest that names a base built from them.

Kept apart from the importers and the builder: every check computes the digest to find its
base, and must not import what building needs (``csv``, ``gzip``, ``sqlite3`` writers ...).
"""

from __future__ import annotations

import hashlib
import json
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
    bytes): a change to any of them names a new base.

    Hashing the few megabytes of raw files costs several milliseconds, and every check needs
    the digest to find its base; so the answer is remembered in the cache folder
    (``FACTDESK_CACHE_DIR``) with each input's path, size, modification time and inode, as
    ``refs.compiled`` does for a pack's hash. Any change to one of them, a file added or
    removed, or an unreadable memo means the inputs are hashed again."""
    root = root or seeds_dir()
    here = Path(__file__).resolve().parent
    code = [here / name for name in ("importers.py", "build.py", "coverage.py", "../refs/countries.json")]
    raw = [p for p in sorted(root.rglob("*")) if p.is_file() and p.relative_to(root).parts[0] != "build"]
    memo = _memo_path(root)
    stamp = None
    if memo is not None:
        try:
            stamp = [[str(p), st.st_size, st.st_mtime_ns, st.st_ino] for p in (*code, *raw) for st in [p.stat()]]
            saved = json.loads(memo.read_text(encoding="utf-8"))
            if saved.get("stamp") == stamp and isinstance(saved.get("digest"), str):
                return saved["digest"]
        except (OSError, ValueError, AttributeError):
            pass  # missing or damaged: hashed below
    h = hashlib.sha256(BUILDER_VERSION.encode())
    for p in code:  # the names countries get
        h.update(p.read_bytes())
    for p in raw:
        h.update(str(p.relative_to(root)).encode() + b"\0")
        h.update(p.read_bytes())
    digest = h.hexdigest()
    if memo is not None and stamp is not None:
        _write(memo, json.dumps({"stamp": stamp, "digest": digest}))
    return digest


def _memo_path(root: Path) -> Path | None:
    from factdesk.rxcache import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"world-inputs-{hashlib.sha256(str(root).encode()).hexdigest()[:16]}.json"


def _write(path: Path, text: str) -> None:
    import os
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".world-inputs-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError:
        pass  # a memo that cannot be written only costs speed
