"""The methods ``@dataclass`` writes, compiled once and kept beside factdesk's byte-code.

``dataclasses`` writes each class's ``__init__``, ``__repr__``, ``__eq__`` ... as Python source
and compiles it with ``exec`` every time the class is defined: for the ~45 dataclasses a
``factdesk check`` defines (factdesk's and the libraries'), ~300 small sources, about 16 ms of
compiling, a tenth of the check's start-up. The source of a class's methods is the same in
every process, and so is its compiled code, so ``serve_dataclasses`` hands ``dataclasses`` an
``exec`` that compiles a source once and keeps the code object (``marshal``, as Python keeps a
module's byte-code in its ``.pyc``) for the next process. Nothing else changes: the code is
what ``exec`` would compile from the same text (``"<string>"``, no inherited ``__future__``
flags), and it runs in the same namespaces.

Where: ``factdesk/__pycache__/dataclasses-<cache tag>-<magic>.marshal``, the folder whose
``.pyc`` files Python already trusts and runs for this package (not the shared
``FACTDESK_CACHE_DIR``, which a CI job restores from elsewhere: the pattern cache there
holds no code). Where that folder is not writable, or Python writes no byte-code
(``PYTHONDONTWRITEBYTECODE``), nothing is written and ``dataclasses`` compiles as before; a
file that fails to load is ignored and replaced. Called by the command line for a ``check``
process only (``factdesk.cli``), beside ``rxcache.serve_re``.
"""

from __future__ import annotations

import atexit
import builtins
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

#: a file past this many sources (a library defining classes at run time) starts afresh
MAX_ENTRIES = 4000

_codes: dict[str, CodeType] = {}
_dirty = False


def cache_file() -> Path | None:
    if sys.implementation.name != "cpython" or sys.pycache_prefix:
        return None
    try:
        import _frozen_importlib_external

        magic = _frozen_importlib_external.MAGIC_NUMBER.hex()
    except (ImportError, AttributeError):  # pragma: no cover - not CPython
        return None
    return Path(__file__).parent / "__pycache__" / f"dataclasses-{sys.implementation.cache_tag}-{magic}.marshal"


def serve_dataclasses() -> None:
    """From now on, ``@dataclass`` methods are compiled through the kept code (see the module
    docstring). Calling it again does nothing; on another interpreter it does nothing at all."""
    import dataclasses

    if getattr(getattr(dataclasses, "exec", None), "_factdesk", False):
        return
    path = cache_file()
    if path is None:
        return
    try:
        data = marshal.loads(path.read_bytes())
        if isinstance(data, dict):
            _codes.update((k, v) for k, v in data.items() if isinstance(k, str) and isinstance(v, CodeType))
    except (OSError, EOFError, ValueError, TypeError):
        pass  # missing or damaged: rebuilt as classes are defined

    def served(source: Any, globals: Any = None, locals: Any = None, /) -> None:  # noqa: A002 - exec's own
        if isinstance(source, str):
            code = _codes.get(source)
            if code is None:
                code = _compile(source)
            source = code
        builtins.exec(source, globals, locals)

    served._factdesk = True  # type: ignore[attr-defined]
    dataclasses.exec = served  # type: ignore[attr-defined]  # found before the builtin


def _compile(source: str) -> CodeType:
    global _dirty
    # what ``exec(source)`` in ``dataclasses`` compiles: that module has no __future__ imports
    code = compile(source, "<string>", "exec", dont_inherit=True)
    if len(_codes) >= MAX_ENTRIES:
        _codes.clear()
    _codes[source] = code
    if not _dirty:
        _dirty = True
        atexit.register(save)
    return code


def save() -> None:
    """Write the kept code if this process compiled anything new; never raises."""
    global _dirty
    path = cache_file()
    if not _dirty or path is None or sys.dont_write_bytecode:
        return
    _dirty = False
    try:
        import tempfile

        path.parent.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".dataclasses-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(_codes))
            os.chmod(tmp, Path(__file__).stat().st_mode & 0o666)  # readable as the package's .pyc files are
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        pass
