"""Refreshing live facts: fetch, turn into pack records, store with provenance.

Plain functions (the ``refresh_references`` flow and ``factdesk refs refresh`` both call
them). One entity is one unit of work: its person record, the roles its offices refer
to and their snapshots are stored in one transaction, or, when any fetch or parse
fails, nothing of it is written and an ``error`` snapshot records why.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session

from factdesk.errors import SourceError
from factdesk.refs.pack import Record
from factdesk.sources.base import Snapshot
from factdesk.sources.store import FactChange, record_failure, store_facts, stored_keys
from factdesk.sources.wikidata import Entity, WikidataConnector
from factdesk.sources.wikidata_pack import person_records
from factdesk.sources.wikipedia import WikipediaConnector

WIKIDATA_PACK = "wikidata"
BATCH = 50  # wbgetentities takes at most 50 ids


@dataclass
class RefreshResult:
    source: str
    refreshed: list[str] = field(default_factory=list)
    changes: list[FactChange] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def fetch_wikidata_person(
    wd: WikidataConnector, qid: str, wp: WikipediaConnector | None = None
) -> tuple[list[tuple[Record, Snapshot]], list[str], list[Snapshot]]:
    """The pack records for one person, the snapshots they came from, notes on what was
    left out, and other snapshots taken (the Wikipedia summary). No store I/O.

    A Wikipedia failure only loses the readable link (noted), never the Wikidata facts."""
    people, person_snap = wd.get_entities([qid])
    person = people[qid]
    positions: dict[str, Entity] = {}
    pos_snaps: dict[str, Snapshot] = {}
    wanted = list(dict.fromkeys(p.position for p in person.positions))
    for i in range(0, len(wanted), BATCH):
        got, snap = wd.get_entities(wanted[i:i + BATCH], missing_ok=True)  # a deleted office: noted, left out
        positions.update(got)
        pos_snaps.update(dict.fromkeys(got, snap))
    country_ids = list(dict.fromkeys(c for p in positions.values() for c in p.countries[:1]))
    countries: dict[str, Entity] = {}
    extra: list[Snapshot] = []  # fetches no fact points at (countries, the Wikipedia summary): kept too
    for i in range(0, len(country_ids), BATCH):
        got, snap = wd.get_entities(country_ids[i:i + BATCH])
        countries.update(got)
        extra.append(snap)
    rec, roles, notes = person_records(person, positions, countries, wd.page_url(qid))
    if wp is not None and person.enwiki:
        try:
            summary, snap = wp.summary(person.enwiki)
        except SourceError as exc:
            notes.append(f"{qid}: no Wikipedia link ({exc})")
            extra.append(Snapshot.failed("wikipedia", wp.client.base_url, str(exc)))
        else:
            extra.append(snap)
            if summary.wikibase_item == qid:
                rec = rec.model_copy(update={"sources": [*rec.sources, summary.page_url]})
            else:
                notes.append(f"{qid}: Wikipedia article {summary.title!r} is about {summary.wikibase_item}, not linked")
    items: list[tuple[Record, Snapshot]] = [(r, pos_snaps[r.id.removeprefix("wd-")]) for r in roles]
    items.append((rec, person_snap))
    return items, notes, extra


def refresh_wikidata(*, session: Session, wd: WikidataConnector, qids: list[str] | None = None,
                     wp: WikipediaConnector | None = None) -> RefreshResult:
    """Refresh ``qids`` (default: every person already stored from Wikidata)."""
    result = RefreshResult(source="wikidata")
    if qids is None:
        qids = [k.removeprefix("wd-") for k in stored_keys(session=session, pack=WIKIDATA_PACK, kind="person")]
    for qid in dict.fromkeys(qids):
        try:
            items, notes, extra = fetch_wikidata_person(wd, qid, wp)
        except SourceError as exc:
            record_failure(session=session, snapshot=Snapshot.failed("wikidata", wd.client.base_url, str(exc)))
            result.errors.append(str(exc))
            continue
        result.changes += store_facts(session=session, pack=WIKIDATA_PACK, items=items, extra_snapshots=extra,
                                      description="people and offices from Wikidata (factdesk refs refresh)")
        result.refreshed.append(qid)
        result.notes += notes
    return result
