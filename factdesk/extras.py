"""Which optional extra a command needs, and a one-line error when it is not installed.

``pip install factdesk`` gives ``check``, ``eval``, ``refs`` and ``db``; the rest come with
extras (``pyproject.toml``):

- ``flows``: ``flow check``, ``flow feed``, ``serve`` (Prefect, feedparser);
- ``desk``: ``review``, ``report``, ``export`` (FastAPI, Jinja2, argon2, ...);
- ``postgres``: a ``postgresql+psycopg://`` store (psycopg);
- ``dask``: ``FACTDESK_TASK_RUNNER=dask`` (prefect-dask);
- ``dev``: all of them, plus the test and lint tools.

Standard library only: this module is read on every start-up.
"""

from __future__ import annotations

from importlib.util import find_spec

from factdesk.errors import UsageError

EXTRA_MODULES = {
    "flows": ("prefect", "feedparser", "jinja2"),
    "desk": ("fastapi", "uvicorn", "jinja2", "python_multipart", "argon2", "itsdangerous"),
    "postgres": ("psycopg",),
    "dask": ("prefect_dask", "distributed"),
}
COMMAND_EXTRA = {"flow": "flows", "serve": "flows", "review": "desk", "report": "desk", "export": "desk"}
MODULE_EXTRA = {m: extra for extra, mods in reversed(EXTRA_MODULES.items()) for m in mods}


class MissingExtra(UsageError):
    """A command or setting needs an extra that is not installed (exit 2)."""


def _hint(extra: str, what: str, module: str) -> str:
    return f"{what} needs the {extra} extra ({module} is not installed): pip install 'factdesk[{extra}]'"


def require_for(command: str) -> None:
    """Raise ``MissingExtra`` when ``factdesk COMMAND`` needs an extra that is missing."""
    extra = COMMAND_EXTRA.get(command)
    if extra is None:
        return
    for module in EXTRA_MODULES[extra]:
        if find_spec(module) is None:
            raise MissingExtra(_hint(extra, f"factdesk {command}", module))


def explain(exc: ModuleNotFoundError, command: str) -> MissingExtra | None:
    """The one-line error for a module of an extra found missing while a command ran (e.g.
    psycopg for a PostgreSQL store), or None when the module belongs to no extra."""
    top = (exc.name or "").split(".")[0]
    extra = MODULE_EXTRA.get(top)
    return MissingExtra(_hint(extra, f"factdesk {command}", top)) if extra else None
