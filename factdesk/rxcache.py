"""A persistent cache of compiled regular expressions, to make start-up fast.

factdesk's extractors build large patterns (titles x countries, outcome words,
date grammar) and CPython's ``re`` spends most of a cold ``factdesk check`` parsing
them. Compiling a pattern is deterministic: the parser turns (pattern, flags) into
a list of opcodes that ``_sre.compile`` loads. This module keeps those opcode
lists in a file keyed by the interpreter's cache tag and the ``_sre`` MAGIC number,
so a second process skips the parser and only calls ``_sre.compile``.

- The file is written with ``marshal`` (ints, strings, bytes, dicts, tuples: loading
  it cannot execute code; each opcode list is stored as the bytes of an ``array``, turned
  back into a list only when its pattern is used) to a temporary name and renamed, so concurrent writers
  never leave a torn file; a file that fails to load is ignored and rebuilt.
- Anything unexpected (another Python implementation, changed internals) falls
  back to plain ``re.compile``: the cache changes speed, never behaviour.
- Patterns are kept per *scope*: those compiled before a reference base is loaded
  (the extractors' constant patterns, compiled at import) in the core file ``regex-<tag>.marshal``, and
  those built from a reference base (its names, aliases, titles) in a file of that
  base's own (``regex-<tag>-<the base's version>.marshal``). A run with a big
  extra pack therefore grows only its own file, and a plain check keeps loading the
  small ones. Each file holds at most ``MAX_ENTRIES`` patterns and ``MAX_FILE_BYTES``
  bytes (the core file ``MAX_CORE_BYTES``), and at most ``MAX_SCOPES`` reference-base
  files are kept (least recently used are deleted first), so the folder stays bounded however many bases a machine sees.
  Within a file, a full one keeps the patterns used most recently (``_write``): an upgraded
  factdesk's new patterns push out the old version's, which no run asks for any more.
- The command line also routes ``re``'s own compiling through this cache (``serve_re``), so
  the standard library's and pydantic's patterns are not parsed afresh in every process; and
  texts that take long to build and feed big patterns (word tries, ``rxtrie``) are kept
  beside the patterns (``remembered``).
- ``factdesk cache warm`` fills the cache for the configured reference base; a CI job
  keeps the folder between runs (see the README and ``action.yml``).
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
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

try:  # CPython internals; any other interpreter gets plain re.compile
    import _sre
    from re import _compiler, _parser

    _TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
    _CODE_TYPE = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
except (ImportError, AttributeError, StopIteration):  # pragma: no cover - not CPython
    _TAG = ""

_plain_compile = re.compile

#: a file that grows past this many patterns (reference data changed many times) starts afresh
MAX_ENTRIES = 4000
#: a file is written with at most this many bytes of patterns (the rest are compiled per run);
#: the core file, loaded by every run, less (it holds the extractors' constant patterns, ~0.4 MB)
MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_CORE_BYTES = 1024 * 1024
#: reference-base files kept besides the core one; the least recently used go first
MAX_SCOPES = 6

CORE = ""
_stores: dict[str, dict[str, tuple[Any, ...]]] = {}  # scope -> key -> entry
_dirty: set[str] = set()
_scope = CORE
_compiled: dict[str, re.Pattern[str]] = {}  # this process's patterns
_used: dict[str, dict[str, None]] = {}  # scope -> keys this process looked up there, in order of use
_registered = False


def cache_dir() -> Path | None:
    """The cache folder (``FACTDESK_CACHE_DIR``, else ``$XDG_CACHE_HOME/factdesk``), or None when off."""
    configured = os.environ.get("FACTDESK_CACHE_DIR", "")
    if configured.lower() == "off":
        return None
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factdesk"


def cache_file(scope: str = CORE) -> Path | None:
    folder = cache_dir()
    if folder is None or not _TAG:
        return None
    if scope == CORE:
        return folder / f"regex-{_TAG}.marshal"
    # no pattern here (nor in ``_prune``): this runs while saving, when a new pattern would be
    # one more entry to save, in every run
    safe = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "_" for c in scope)[:64]
    return folder / f"regex-{_TAG}-{safe}.marshal"  # a base's version


def use_scope(scope: str) -> None:
    """Patterns compiled from now on that the core file lacks belong to ``scope`` (a
    reference base's version): they are looked up in, and saved to, that scope's file."""
    global _scope
    _scope = scope


def _load(scope: str) -> dict[str, tuple[Any, ...]]:
    store = _stores.get(scope)
    if store is None:
        store = _stores[scope] = {}
        path = cache_file(scope)
        if path is not None:
            try:
                data = marshal.loads(path.read_bytes())
                if isinstance(data, dict):
                    store.update(data)
                    if scope != CORE:
                        os.utime(path)  # recently used: kept when older scopes are pruned
            except (OSError, EOFError, ValueError, TypeError):
                pass  # missing or unreadable: rebuilt as patterns are compiled
    return store


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - mirrors re.compile
    """``re.compile(pattern, flags)``, served from the persistent cache when possible."""
    if not _TAG or not isinstance(pattern, str):
        return _plain_compile(pattern, flags)
    flags = int(flags)
    key = f"{flags}:{pattern}"
    done = _compiled.get(key)
    if done is not None:
        return done
    scopes = (CORE,) if _scope == CORE else (CORE, _scope)
    for scope in scopes:
        store = _load(scope)
        entry = store.get(key)
        if entry is not None:
            try:
                flags_, code, *rest = entry
                if isinstance(code, bytes):
                    code = array(_CODE_TYPE, code).tolist()
                done = _compiled[key] = _sre.compile(pattern, flags_, code, *rest)
                _used.setdefault(scope, {})[key] = None
                return done
            except (TypeError, ValueError, RuntimeError):
                store.pop(key, None)  # a stale or damaged entry: compile afresh
    if flags & re.DEBUG:
        return _plain_compile(pattern, flags)
    parsed = _parser.parse(pattern, flags)
    if len(pattern) > _KEEP_TREES_LONGER:  # ``rxgate`` reads the tree too (``parsed_tree``)
        if len(_trees) >= _MAX_TREES:
            _trees.pop(next(iter(_trees)))
        _trees[f"{int(flags | parsed.state.flags)}:{pattern}"] = parsed
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    code_ints = [int(c) for c in code]  # opcodes are int subclasses marshal cannot write
    rest = (parsed.state.groups - 1, groupindex, tuple(indexgroup))
    compiled = _compiled[key] = _sre.compile(pattern, int(flags | parsed.state.flags), code_ints, *rest)
    # kept as the bytes of a machine-word array: loading the file is then a copy, and only the
    # patterns a run uses are turned back into the list ``_sre.compile`` takes
    entry = (int(flags | parsed.state.flags), array(_CODE_TYPE, code_ints).tobytes(), *rest)
    store = _load(_scope)
    if len(store) >= MAX_ENTRIES:
        store.clear()
    store[key] = entry
    _used.setdefault(_scope, {})[key] = None
    _dirty.add(_scope)
    _register_save()
    return compiled


def remembered(key: str, build: Callable[[], str]) -> str:
    """The text ``build()`` returns, kept in the cache under ``key`` beside the patterns.

    For the sources of big patterns that take longer to build than to look up, such as a
    trie of a few thousand words (``rxtrie.literal_alternation``): ``key`` must name
    everything the text depends on (a digest of the inputs and of the building code). A
    hit in the core file or the current scope's file is returned; a miss is built and
    kept in the current scope's file, under the same limits as the patterns."""
    if not _TAG:
        return build()
    key = f"text:{key}"
    for scope in (CORE,) if _scope == CORE else (CORE, _scope):
        hit = _load(scope).get(key)
        if isinstance(hit, str):
            _used.setdefault(scope, {})[key] = None
            return hit
    text = build()
    store = _load(_scope)
    if len(store) >= MAX_ENTRIES:
        store.clear()
    store[key] = text
    _used.setdefault(_scope, {})[key] = None
    _dirty.add(_scope)
    _register_save()
    return text


def serve_re() -> None:
    """Serve every ``re`` pattern of this process from the cache too, not only factdesk's own.

    The standard library and the libraries a check imports compile patterns at import or on
    first use (``argparse`` through ``gettext``, ``inspect`` through ``tokenize``, ``json``,
    ``tomllib``, pydantic) with ``re.compile`` and friends: about a hundred per run, each parsed
    afresh in every process. ``re`` keeps compiled patterns in its own in-memory cache and
    calls ``re._compiler.compile`` on a miss; this puts ``compile`` above in its place for
    ``str`` patterns, so a miss is served from the same files as factdesk's patterns (the
    same opcodes ``re`` would build). ``bytes`` patterns and ``re.DEBUG`` go to ``re`` as
    before. Called by the command line (``factdesk.cli``) for its own process only; calling
    it again does nothing, and on another interpreter it does nothing at all."""
    if not _TAG or getattr(_compiler.compile, "_factdesk", False):
        return
    plain = _compiler.compile

    def served(p: Any, flags: int = 0) -> Any:
        if isinstance(p, str) and not int(flags) & re.DEBUG:
            return compile(p, flags)
        return plain(p, flags)

    served._factdesk = True  # type: ignore[attr-defined]
    _compiler.compile = served


#: parse trees of this process's newly compiled long patterns, for ``parsed_tree``
_trees: dict[str, Any] = {}
_KEEP_TREES_LONGER = 200
_MAX_TREES = 64


def parsed_tree(pattern: str, flags: int) -> Any:
    """The parse tree of ``(pattern, flags)``: the one kept when this process compiled the pattern
    (``_compiler._code`` reads a tree and leaves it as it was), else a fresh parse. A gate
    (``rxgate``) reads a new pattern's tree after compiling it: a cache miss then parses a long
    pattern once, not twice (a fresh CI runner compiles every big pattern)."""
    tree = _trees.pop(f"{int(flags)}:{pattern}", None)
    if tree is not None:
        return tree
    from re import _parser as parser  # (this module's own import is CPython-only)

    return parser.parse(pattern, flags)


def derived(name: str, source: str, build: Callable[[], str]) -> str:
    """``build()``, a pattern source made from ``source`` alone (the same ``source`` always gives
    the same result), kept with the patterns of the current scope: a trie of a reference base's
    titles is built once, not by every process. The key is ``name`` and ``source``'s SHA-256."""
    if not _TAG:
        return build()
    import hashlib

    return remembered(f"derived:{name}:{hashlib.sha256(source.encode()).hexdigest()}", build)


def _register_save() -> None:
    global _registered
    if not _registered:
        _registered = True
        atexit.register(save)


def save() -> None:
    """Write new entries (called at exit); never raises: a cache that cannot be written is skipped."""
    for scope in sorted(_dirty):
        path = cache_file(scope)
        store = _stores.get(scope)
        if path is None or store is None:
            continue
        try:
            _write(path, store, MAX_CORE_BYTES if scope == CORE else MAX_FILE_BYTES, _used.get(scope, {}))
        except (OSError, ValueError):
            continue
        _dirty.discard(scope)
    _prune()


def _write(path: Path, store: dict[str, tuple[Any, ...]], limit: int, used: dict[str, None]) -> None:
    """Write ``store`` least recently used first: the entries this run did not use, in the
    file's order, then the ones it used, in the order it used them. Over ``limit`` bytes, the
    most recently used are kept: after an upgrade the old version's patterns, which no run
    uses any more, make room for the new version's, instead of a full file turning every new
    pattern away for good."""
    order = [key for key in store if key not in used] + [key for key in used if key in store]
    data = marshal.dumps({key: store[key] for key in order})
    if len(data) > limit:
        kept: list[str] = []
        budget = limit
        for key in reversed(order):  # most recently used first
            size = len(marshal.dumps((key, store[key])))  # (a dict's entry takes no more)
            if size <= budget:
                kept.append(key)
                budget -= size
        data = marshal.dumps({key: store[key] for key in reversed(kept)})
    try:  # a file this run would leave as it is (say, a pattern bigger than the budget) is not rewritten
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return
    except OSError:
        pass
    import tempfile  # only when writing: start-up does not pay for it

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regex-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _prune() -> None:
    core = cache_file(CORE)
    if core is None:
        return
    try:
        prefix = f"regex-{_TAG}-"
        with os.scandir(core.parent) as it:
            scoped = [Path(e.path) for e in it if e.name.startswith(prefix) and e.name.endswith(".marshal")]
        scoped.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in scoped[MAX_SCOPES:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


def reset_for_tests() -> None:
    """Forget the in-memory copies so the next ``compile`` reads the files again."""
    global _scope
    _stores.clear()
    _dirty.clear()
    _trees.clear()
    _compiled.clear()
    _used.clear()
    _scope = CORE
