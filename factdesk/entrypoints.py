"""Installed entry points, remembered between runs.

``importlib.metadata.entry_points()`` reads the metadata of every installed
distribution (a few hundred in an environment with Prefect), and importing it pulls in
``email``, ``zipfile`` and ``csv``: together about a tenth of a ``factdesk check --no-store``.
The answer only changes when a package is installed, upgraded or removed, which adds,
renames or rewrites a ``*.dist-info`` (or ``*.egg-info``) folder on ``sys.path``. So the
groups factdesk reads are kept in a small JSON file in the cache folder
(``FACTDESK_CACHE_DIR``, as for compiled patterns), one per ``sys.path``, keyed by it and, for each
entry, the names and modification times of those folders (one directory listing each);
any change, an unreadable file, or ``FACTDESK_CACHE_DIR=off`` means a fresh scan.
"""

from __future__ import annotations

import json
import os
import sys
import types
from pathlib import Path

from factdesk.rxcache import cache_dir

#: the groups read at start-up: factdesk's checkers, outside claim types and extractors
#: (``factdesk.claimtypes.registry``), and pydantic's plugins (see ``quiet_pydantic_plugins``)
GROUPS = ("factdesk.checkers", "factdesk.claimtypes", "factdesk.extractors", "pydantic")


def _path_key() -> list[list[object]]:
    """Each ``sys.path`` entry with its distributions' metadata folders and their times:
    installing, upgrading or removing a package adds, renames or rewrites one of them."""
    key: list[list[object]] = []
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as it:
                metas = sorted([e.name, e.stat().st_mtime_ns] for e in it
                               if e.name.endswith((".dist-info", ".egg-info")))
        except OSError:  # a zip, a missing folder: its own time stands in
            try:
                metas = [["", os.stat(entry).st_mtime_ns]]
            except OSError:
                metas = []
        key.append([entry, metas])
    return key


def _scan() -> dict[str, list[list[str]]]:
    from importlib.metadata import entry_points as scan

    return {g: [[ep.name, ep.value] for ep in scan(group=g)] for g in GROUPS}


_memo: dict[str, list[list[str]]] | None = None


def entry_points(group: str) -> list[tuple[str, str]]:
    """``(name, "module:attr")`` of every installed entry point in ``group`` (one of ``GROUPS``)."""
    global _memo
    if _memo is None:
        _memo = _cached()
    return [(name, value) for name, value in _memo[group]]


def _cached() -> dict[str, list[list[str]]]:
    folder = cache_dir()
    key = _path_key()
    path = folder / _file_name() if folder is not None else None
    if path is not None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("key") == key and all(g in data.get("groups", {}) for g in GROUPS):
                return data["groups"]
        except (OSError, ValueError, AttributeError):
            pass  # missing or damaged: scanned again below
    groups = _scan()
    if path is not None:
        _write(path, {"key": key, "groups": groups})
    return groups


def _file_name() -> str:
    """One file per ``sys.path``: virtualenvs (and ``python -m`` beside the console script)
    sharing a cache folder keep their own answers instead of overwriting each other's."""
    import hashlib

    return f"entry-points-{hashlib.sha256(json.dumps(sys.path).encode()).hexdigest()[:16]}.json"


def _write(path: Path, data: dict) -> None:
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".entry-points-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs speed


def load(value: str) -> object:
    """The object an entry point's ``module:attr`` names (what ``EntryPoint.load`` does)."""
    import importlib

    module, _, attr = value.partition(":")
    obj: object = importlib.import_module(module.strip())
    for part in filter(None, attr.strip().split(".")):
        obj = getattr(obj, part)
    return obj


def quiet_pydantic_plugins() -> None:
    """When no pydantic plugin is installed, tell pydantic so before its first model.

    pydantic looks for plugins when it builds its first model: its loader module imports
    ``importlib.metadata`` (and with it ``email``, ``socket``, ``zipfile``, ``csv``) and reads
    every distribution's metadata. With none installed (known from the remembered entry
    points) the answer is "no plugins", so factdesk stands in for the loader module with one
    whose ``get_plugins()`` returns nothing; any other name is taken from the real module,
    imported on first use. With a plugin installed, or ``PYDANTIC_DISABLE_PLUGINS`` set by
    the user, nothing changes. The environment is left as it was (child processes and
    in-process callers see no difference)."""
    if "PYDANTIC_DISABLE_PLUGINS" in os.environ or entry_points("pydantic"):
        return
    sys.modules.setdefault(_LOADER, _NoPydanticPlugins(_LOADER))


_LOADER = "pydantic.plugin._loader"


class _NoPydanticPlugins(types.ModuleType):
    @staticmethod
    def get_plugins() -> tuple[()]:
        return ()

    def __getattr__(self, name: str) -> object:
        import importlib

        if name.startswith("__"):  # the import system asking (__path__, __file__): a plain module
            raise AttributeError(name)
        if sys.modules.get(_LOADER) is self:
            del sys.modules[_LOADER]
        real = importlib.import_module(_LOADER)
        return getattr(real, name)
