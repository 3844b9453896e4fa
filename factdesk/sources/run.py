"""One refresh of the live sources, as plain functions (the CLI and the flow call these).

``refresh_sources`` runs each source's refresh; ``changes_markdown`` renders what changed
(the flow publishes it as an artifact); ``pending_rechecks_markdown`` lists the verdicts
that relied on a changed fact and are marked for re-check.
"""

from __future__ import annotations

import dataclasses

from sqlmodel import Session

from factdesk.errors import SourceError, UsageError
from factdesk.settings import Settings
from factdesk.sources.base import MIN_INTERVAL, Snapshot
from factdesk.sources.refresh import RefreshResult, refresh_wikidata
from factdesk.sources.refresh_un import (
    UNPRESS_PACK,
    UNVOTES_PACK,
    refresh_unpress,
    refresh_unvotes,
    refresh_vetolist,
)
from factdesk.sources.store import pending_rechecks, record_failure, stored_keys
from factdesk.sources.wikidata import WikidataConnector
from factdesk.sources.wikipedia import WikipediaConnector

SOURCES = ("wikidata", "unvotes", "vetolist", "unpress")


def default_sources(session: Session) -> list[str]:
    """Without a source named: Wikidata (the people stored), the stored press releases, and the
    veto list when votes are stored to check it against. CSV datasets need a file."""
    names = ["wikidata"]
    if stored_keys(session=session, pack=UNPRESS_PACK, kind="vote"):
        names.append("unpress")
    if names[-1] == "unpress" or stored_keys(session=session, pack=UNVOTES_PACK, kind="vote"):
        names.append("vetolist")
    return names


def refresh_one(name: str, *, session: Session, settings: Settings, entities: list[str] | None = None,
                csv: list[str] | None = None, urls: list[str] | None = None,
                offices: list[str] | None = None) -> RefreshResult:
    if name == "wikidata":
        if offices:
            try:
                entities = [*(entities or []), *holders_of(offices, settings)]
            except SourceError as exc:
                record_failure(session=session, snapshot=Snapshot.failed("sparql", settings.wikidata_sparql_url,
                                                                         str(exc)))
                return RefreshResult(source="wikidata", errors=[str(exc)])
        wd = WikidataConnector.from_settings(settings)
        # the same HTTP session (one cache, one connection pool), Wikipedia's own URL and pace
        wp = WikipediaConnector(dataclasses.replace(
            wd.client, source="wikipedia", base_url=settings.wikipedia_url.rstrip("/"), retry_json_error=None,
            attempts=[], min_interval=MIN_INTERVAL["wikipedia"]))
        try:
            return refresh_wikidata(session=session, wd=wd, qids=entities, wp=wp)
        finally:
            wd.client.session.close()
    if name == "unvotes":
        if not csv:
            raise UsageError("--source unvotes needs --csv FILE_OR_URL (a UN Digital Library voting-data CSV)")
        return refresh_unvotes(session=session, settings=settings, locations=csv)
    if name == "vetolist":
        return refresh_vetolist(session=session, settings=settings)
    if name == "unpress":
        return refresh_unpress(session=session, settings=settings, urls=urls)
    raise UsageError(f"unknown source {name!r} (known: {', '.join(SOURCES)})")


def refresh_sources(*, session: Session, settings: Settings, sources: list[str] | None = None,
                    entities: list[str] | None = None, csv: list[str] | None = None,
                    urls: list[str] | None = None, offices: list[str] | None = None) -> list[RefreshResult]:
    names = sources or default_sources(session)
    return [refresh_one(n, session=session, settings=settings, entities=entities, csv=csv, urls=urls,
                        offices=offices) for n in names]


def holders_of(offices: list[str], settings: Settings) -> list[str]:
    """Wikidata items that held any of ``offices`` (SPARQL), to refresh one by one."""
    from factdesk.sources.sparql import SparqlConnector

    sparql = SparqlConnector.from_settings(settings)
    try:
        return [qid for office in offices for qid, _ in sparql.officeholders(office)[0]]
    finally:
        sparql.client.session.close()


def changes_markdown(results: list[RefreshResult]) -> str:
    lines = ["# Reference refresh", ""]
    for r in results:
        added = sum(1 for c in r.changes if c.change == "added")
        changed = sum(1 for c in r.changes if c.change == "changed")
        lines.append(f"## {r.source}: {added} added, {changed} changed, {len(r.errors)} failed")
        lines.append("")
        if r.changes:
            lines += ["| change | kind | fact | snapshot |", "|---|---|---|---|"]
            lines += [f"| {c.change} | {c.kind} | {c.pack}:{c.key} | {c.snapshot_id} |" for c in r.changes]
            lines.append("")
        lines += [f"- error: {e}" for e in r.errors]
        lines += [f"- note: {n}" for n in r.notes]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def pending_rechecks_markdown(session: Session) -> tuple[int, str]:
    marks = pending_rechecks(session=session)
    lines = ["# Verdicts to re-check", "", "| verdict | fact | reason | marked |", "|---|---|---|---|"]
    lines += [f"| {m.verdict_id} | {m.fact} | {m.reason} | {m.marked_at:%Y-%m-%d %H:%M} |" for m in marks]
    return len(marks), "\n".join(lines) + "\n"
