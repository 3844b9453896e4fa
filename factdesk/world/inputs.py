"""Where the world base's raw inputs are, and the digest that names a base built from them.

Kept apart from the importers and the builder: every check computes the digest to find its
base, and must not import what building needs (``csv``, ``gzip``, ``sqlite3`` writers ...).

A check does not hash the 3.4 MB of inputs again (``remembered_digest``): the digest is kept in
the cache folder with every input's size, mtime, ctime and inode, and is used only while all of
them are unchanged and the same files are there (a file written, replaced, added or removed
changes one of them, and the inputs are hashed again). File times advance in clock ticks, so
two writes in one tick can leave the same times: as git does, a digest is not remembered while
any input was changed less than ``RACY_NS`` ago. Building always hashes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds" / "world"
#: bump when the build's output changes for the same inputs and code
BUILDER_VERSION = "1"
#: inputs changed this recently (ns) are hashed on every check until they are older
RACY_NS = 2_000_000_000


def seeds_dir() -> Path:
    """``seeds/world`` of the source tree, or of the installed ``factdesk_seeds`` package."""
    if SEEDS.is_dir():
        return SEEDS
    import factdesk_seeds

    return Path(factdesk_seeds.__file__).resolve().parent / "world"


def _inputs(root: Path) -> tuple[list[Path], list[Path]]:
    """The converting code and country names, and the raw files under ``root``, in digest order."""
    here = Path(__file__).resolve().parent
    code = [here / name for name in ("importers.py", "build.py", "coverage.py", "../refs/countries.json")]
    raw = [p for p in sorted(root.rglob("*")) if p.is_file() and p.relative_to(root).parts[0] != "build"]
    return code, raw


def input_digest(root: Path | None = None) -> str:
    """SHA-256 over the builder version, the converting code, the country names and every raw file (name and
    bytes): a change to any of them names a new base."""
    root = root or seeds_dir()
    code, raw = _inputs(root)
    h = hashlib.sha256(BUILDER_VERSION.encode())
    for p in code:  # the names countries get
        h.update(p.read_bytes())
    for p in raw:
        h.update(str(p.relative_to(root)).encode() + b"\0")
        h.update(p.read_bytes())
    return h.hexdigest()


def remembered_digest(root: Path | None = None, memo_dir: Path | None = None) -> str:
    """``input_digest(root)``, read from ``memo_dir`` while no input has changed since it was computed
    (the same files, each with the same size, mtime, ctime and inode), else computed and remembered."""
    root = root or seeds_dir()
    if memo_dir is None:
        return input_digest(root)
    code, raw = _inputs(root)
    try:
        stamps = [[str(p), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
                  for p in (*code, *raw) for st in (p.stat(),)]
    except OSError:
        return input_digest(root)
    key = {"builder": BUILDER_VERSION, "root": str(root.resolve()), "inputs": stamps}
    memo = memo_dir / f"world-inputs-{hashlib.sha256(key['root'].encode()).hexdigest()[:16]}.json"
    with contextlib.suppress(OSError, ValueError):
        saved = json.loads(memo.read_text())
        if isinstance(saved, dict) and {k: saved.get(k) for k in key} == key and isinstance(saved.get("sha256"), str):
            return saved["sha256"]
    digest = input_digest(root)
    if max(s[3] for s in stamps) > time.time_ns() - RACY_NS:  # a write in the same clock tick could hide
        return digest
    with contextlib.suppress(OSError):
        memo_dir.mkdir(parents=True, exist_ok=True)
        import tempfile  # not at import: tempfile imports shutil and its compressors
        fd, tmp = tempfile.mkstemp(prefix=memo.name, suffix=".tmp", dir=memo_dir)
        try:
            with os.fdopen(fd, "w") as f:
                json.dump({**key, "sha256": digest}, f)
            os.replace(tmp, memo)
        finally:
            Path(tmp).unlink(missing_ok=True)
    return digest
