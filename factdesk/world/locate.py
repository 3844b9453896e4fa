"""Where the built world base lives, and building it when it is missing.

The file is named by the digest of its inputs (``world-<digest>.sqlite``), so a changed
raw file or builder gives a new name and a stale base is never opened. It is kept in
``seeds/world/build/`` of a source checkout (``make setup`` builds it there), else in the
cache folder; ``FACTDESK_WORLD_PATH`` names a file instead, and ``FACTDESK_WORLD=false``
leaves the world base out.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from factdesk.world.inputs import remembered_digest, seeds_dir


@lru_cache(maxsize=1)
def _digest() -> str:
    from factdesk.rxcache import cache_dir

    return remembered_digest(memo_dir=cache_dir())  # hashed again only when an input has changed


def default_path() -> Path:
    name = f"world-{_digest()[:16]}.sqlite"
    here = seeds_dir() / "build"
    if os.access(here if here.exists() else here.parent, os.W_OK):
        return here / name
    cache = os.environ.get("FACTDESK_CACHE_DIR", "")
    if not cache or cache.lower() == "off":
        cache = str(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factdesk")
    return Path(cache) / name


def ensure(path: str = "") -> Path:
    """The world base's path, built first if it is not there yet (a few seconds, once)."""
    target = Path(path) if path else default_path()
    if not target.is_file():
        from factdesk.world.build import build

        print(f"factdesk: building the world reference base at {target} (once) ...", file=sys.stderr)
        build(target)
        if not path:  # bases built from older inputs are never opened again
            for old in target.parent.glob("world-*.sqlite"):
                if old != target:
                    old.unlink(missing_ok=True)
    return target


def open_world(path: str = ""):  # noqa: ANN201 - a WorldBase
    from factdesk.world.store import WorldBase

    return WorldBase(ensure(path))
