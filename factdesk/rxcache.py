"""A persistent cache of compiled regular expressions, to make start-up fast.

factdesk's extractors build large patterns (titles x countries, outcome words,
date grammar) and CPython's ``re`` spends most of a cold ``factdesk check`` parsing
them. Compiling a pattern is deterministic: the parser turns (pattern, flags) into
a list of opcodes that ``_sre.compile`` loads. This module keeps those opcode
lists in a file keyed by the interpreter's cache tag and the ``_sre`` MAGIC number,
so a second process skips the parser and only calls ``_sre.compile``.

- The file is written with ``marshal`` (ints, strings, lists, dicts, tuples: loading
  it cannot execute code) to a temporary name and renamed, so concurrent writers
  never leave a torn file; a file that fails to load is ignored and rebuilt.
- Anything unexpected (another Python implementation, changed internals) falls
  back to plain ``re.compile``: the cache changes speed, never behaviour.
- ``FACTDESK_CACHE_DIR`` sets the directory (default ``$XDG_CACHE_HOME/factdesk``
  or ``~/.cache/factdesk``); ``FACTDESK_CACHE_DIR=off`` disables the cache.

Read through ``os.environ`` rather than the settings class on purpose: this runs
while modules are being imported, before anything else is loaded.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

try:  # CPython internals; any other interpreter gets plain re.compile
    import _sre
    from re import _compiler, _parser

    _TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - not CPython
    _TAG = ""

_plain_compile = re.compile

#: a cache that grows past this many patterns (reference data changed many times) starts afresh
MAX_ENTRIES = 4000

_store: dict[str, tuple[Any, ...]] | None = None
_compiled: dict[str, re.Pattern[str]] = {}  # this process's patterns
_dirty = False
_registered = False


def cache_file() -> Path | None:
    configured = os.environ.get("FACTDESK_CACHE_DIR", "")
    if configured.lower() == "off" or not _TAG:
        return None
    if configured:
        return Path(configured) / f"regex-{_TAG}.marshal"
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factdesk"
    return base / f"regex-{_TAG}.marshal"


def _load() -> dict[str, tuple[Any, ...]]:
    global _store
    if _store is None:
        _store = {}
        path = cache_file()
        if path is not None:
            try:
                data = marshal.loads(path.read_bytes())
                if isinstance(data, dict):
                    _store = data
            except (OSError, EOFError, ValueError, TypeError):
                pass  # missing or unreadable: rebuilt as patterns are compiled
    return _store


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - mirrors re.compile
    """``re.compile(pattern, flags)``, served from the persistent cache when possible."""
    global _dirty
    if not _TAG or not isinstance(pattern, str):
        return _plain_compile(pattern, flags)
    flags = int(flags)
    key = f"{flags}:{pattern}"
    done = _compiled.get(key)
    if done is not None:
        return done
    store = _load()
    entry = store.get(key)
    if entry is not None:
        try:
            done = _compiled[key] = _sre.compile(pattern, *entry)
            return done
        except (TypeError, ValueError, RuntimeError):
            store.pop(key, None)  # a stale or damaged entry: compile afresh
    if flags & re.DEBUG:
        return _plain_compile(pattern, flags)
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    code_ints = [int(c) for c in code]  # opcodes are int subclasses marshal cannot write
    entry = (int(flags | parsed.state.flags), code_ints, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    compiled = _compiled[key] = _sre.compile(pattern, *entry)
    if len(store) >= MAX_ENTRIES:
        store.clear()
    store[key] = entry
    if not _dirty:
        _dirty = True
        _register_save()
    return compiled


def _register_save() -> None:
    global _registered
    if not _registered:
        _registered = True
        atexit.register(save)


def save() -> None:
    """Write new entries (called at exit); never raises: a cache that cannot be written is skipped."""
    global _dirty
    path = cache_file()
    if not _dirty or path is None or _store is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regex-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(_store))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _dirty = False
    except (OSError, ValueError):
        pass


def reset_for_tests() -> None:
    """Forget the in-memory copy so the next ``compile`` reads the file again."""
    global _store, _dirty
    _store = None
    _dirty = False
    _compiled.clear()
