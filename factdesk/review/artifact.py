"""The HTML report as a Prefect artifact of the ``check_document`` flow.

The report is written to a file (``FACTDESK_REPORT_DIR``, by default ``reports/``
beside the SQLite database) and the flow run gets a link artifact pointing at it.
Imported only by the flow: this module needs Prefect.
"""

from __future__ import annotations

import os
from pathlib import Path

from prefect.artifacts import create_link_artifact

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


def publish_report(report: DocumentReport, key: str) -> Path:
    """Write the report of a stored run and attach a link artifact to the current flow run."""
    path = write_report(report, report_dir(get_settings()))
    create_link_artifact(key=key, link=path.resolve().as_uri(), link_text=f"HTML report {path.name}",
                         description=f"factdesk HTML report for {report.document.origin}")
    return path
