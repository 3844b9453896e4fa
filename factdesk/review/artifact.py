"""The HTML report the ``check_document`` flow writes beside its artifacts.

The report is written to a file (``FACTDESK_REPORT_DIR``, by default ``reports/``
beside the SQLite database) for use without the desk; the flow run's artifacts link to
the review desk instead (an http(s) URL: the Prefect UI will not open a ``file://`` link).
"""

from __future__ import annotations

import os
from pathlib import Path

from factdesk.review.render import write_report
from factdesk.settings import Settings, get_settings
from schemas.contracts import DocumentReport


def report_dir(settings: Settings) -> Path:
    if settings.report_dir:
        return Path(settings.report_dir).expanduser()
    url = settings.database_url
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        return Path(url.removeprefix("sqlite:///")).expanduser().resolve().parent / "reports"
    home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return home / "factdesk" / "reports"


def write_flow_report(report: DocumentReport) -> Path:
    """Write the HTML report of a stored run to ``FACTDESK_REPORT_DIR``."""
    return write_report(report, report_dir(get_settings()))
