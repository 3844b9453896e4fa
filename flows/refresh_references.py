"""``refresh_references``: refresh the live reference sources, on a daily schedule.

Refreshes the entities and votes the stored facts depend on (Wikidata people, the press
releases already read, the veto list against the stored votes), upserts them with their
snapshots, marks the verdicts that relied on a changed fact for re-check (both done by
``factdesk.sources.store``), and publishes two Markdown artifacts: the changed facts and
the verdicts waiting for a re-check. The work is in plain functions
(``factdesk.sources.run``); this module only wires them into Prefect.

Deploy: ``prefect.yaml`` (deployment ``refresh-references``), or
``python flows/refresh_references.py`` to serve it with a daily cron (``0 5 * * *`` UTC).
"""

from __future__ import annotations

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from sqlmodel import Session

from factdesk.settings import get_settings
from factdesk.sources.run import changes_markdown, pending_rechecks_markdown, refresh_one
from factdesk.store.db import get_engine

DAILY = "0 5 * * *"


@task(name="refresh-source", task_run_name="refresh {name}")
def refresh_source_task(name: str, entities: list[str] | None, csv: list[str] | None) -> dict:
    settings = get_settings()
    with Session(get_engine(settings.database_url)) as session:
        r = refresh_one(name, session=session, settings=settings, entities=entities if name == "wikidata" else None,
                        csv=csv)
    return {"source": r.source, "refreshed": r.refreshed, "errors": r.errors, "notes": r.notes,
            "changes": [c.__dict__ for c in r.changes]}


@flow(name="refresh_references", log_prints=True)
def refresh_references(sources: list[str] | None = None, entities: list[str] | None = None,
                       csv: list[str] | None = None) -> dict:
    """Refresh ``sources`` (default: every source with stored facts); returns counts."""
    from factdesk.sources.refresh import RefreshResult
    from factdesk.sources.run import default_sources
    from factdesk.sources.store import FactChange

    settings = get_settings()
    with Session(get_engine(settings.database_url)) as session:
        names = sources or default_sources(session)
    logger = get_run_logger()
    results = []
    for name in names:  # one after another: the veto list checks what the press releases stored
        out = refresh_source_task(name, entities, csv)
        results.append(RefreshResult(source=out["source"], refreshed=out["refreshed"], errors=out["errors"],
                                     notes=out["notes"], changes=[FactChange(**c) for c in out["changes"]]))
        for e in out["errors"]:
            logger.warning(e)
    create_markdown_artifact(key="refresh-references-changes", markdown=changes_markdown(results),
                             description="Facts added or changed by this refresh")
    with Session(get_engine(settings.database_url)) as session:
        pending, md = pending_rechecks_markdown(session)
    create_markdown_artifact(key="refresh-references-rechecks", markdown=md,
                             description="Verdicts that relied on a changed fact")
    return {"changed": sum(len(r.changes) for r in results), "failed": sum(len(r.errors) for r in results),
            "rechecks_pending": pending}


if __name__ == "__main__":
    refresh_references.serve(name="refresh-references", cron=DAILY)
