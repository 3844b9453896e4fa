"""Jinja2 rendering for the HTML report and the review desk (autoescape on everywhere).

``render_report_html`` turns a checked ``DocumentReport`` into one self-contained HTML
file (inline stylesheet, no scripts, no external assets); the Prefect flow and
``factdesk report`` use it.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from factdesk import __version__
from factdesk.errors import UsageError
from factdesk.review.view import DocView, from_report
from schemas.contracts import DocumentReport


@lru_cache(maxsize=1)
def environment() -> Environment:
    return Environment(loader=PackageLoader("factdesk.review", "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


@lru_cache(maxsize=1)
def stylesheet() -> str:
    return files("factdesk.review").joinpath("static/desk.css").read_text(encoding="utf-8")


def render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)


def render_view_html(view: DocView) -> str:
    """The self-contained report page for ``view``."""
    if "</style" in stylesheet().lower():  # our own file: it must not be able to close the element
        raise AssertionError("stylesheet contains </style")
    return render("report.html", view=view, css=Markup(stylesheet()), version=__version__,
                  generated=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M"))


def render_report_html(report: DocumentReport) -> str:
    """The HTML report of a checked document (no reviews: those live in the store)."""
    return render_view_html(from_report(report))


def write_html(html: str, path: Path) -> Path:
    """Write ``html`` to ``path`` atomically: a reader never sees half a report."""
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise UsageError(f"{path}: the directory {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(html)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a report is an ordinary file
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UsageError(f"{path}: cannot write: {exc.strerror}") from None
    return path


def write_report(report: DocumentReport, directory: Path) -> Path:
    """Write the report of a stored run as ``<directory>/<run id>.html`` (the flow's artifact)."""
    directory.mkdir(parents=True, exist_ok=True)
    name = f"{report.run_id or report.document.sha256[:16]}.html"
    return write_html(render_report_html(report), directory / name)
