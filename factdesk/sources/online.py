"""Check-time lookups (``factdesk check --online`` or ``FACTDESK_ONLINE=1``).

Before the documents are checked, every person a title names ("Foreign Minister X")
whom the reference base does not know is looked up on Wikidata: ``wbsearchentities``
by name, accepted only when exactly one item's label or alias is that name and the item
is a human, then fetched like ``refs refresh --entity`` does. The facts are added to
the reference base for this check and stored (unless ``--no-store``), so the next check
finds them offline; the HTTP cache keeps the answers too.

Lookups wait at most ``FACTDESK_ONLINE_TIMEOUT`` seconds and never retry more than once.
A lookup that fails or finds nothing certain never stops the check: the claim is judged
on the local references (usually ``unverified``) and the reason is added to its verdict.
Votes are not looked up: the UN Digital Library may not be crawled, and press releases
have no search the terms allow; import them with ``refs refresh`` instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factdesk.errors import FactdeskError, SourceError
from factdesk.extract import extract
from factdesk.ingest import TextView
from factdesk.refs.base import Provenance, ReferenceBase, Retrieval, fold
from factdesk.settings import Settings
from factdesk.sources.base import Snapshot
from factdesk.sources.refresh import WIKIDATA_PACK, fetch_wikidata_person
from factdesk.sources.wikidata import HUMAN, WikidataConnector
from schemas.contracts import ClaimKind, Document, DocumentReport

MAX_LOOKUPS = 20  # per check run: a long document must not turn into a crawl


@dataclass
class Lookups:
    found: dict[str, str] = field(default_factory=dict)  # folded name -> QID
    failed: dict[str, str] = field(default_factory=dict)  # folded name -> reason

    def annotate(self, report: DocumentReport) -> None:
        """Add the reason an online lookup gave nothing to the verdicts of those names."""
        for cc in report.claims:
            if cc.claim.kind is not ClaimKind.person_role or cc.claim.slots.get("person_id"):
                continue
            reason = self.failed.get(fold(str(cc.claim.slots.get("name", ""))))
            if reason:
                cc.verdict = cc.verdict.model_copy(
                    update={"rationale": f"{cc.verdict.rationale} Online lookup: {reason}"})


def unknown_names(inputs: list[tuple[Document, TextView]], refs: ReferenceBase) -> list[str]:
    names: dict[str, str] = {}
    for doc, view in inputs:
        for claim in extract(doc, view, refs):
            name = claim.slots.get("name")
            if claim.kind is ClaimKind.person_role and not claim.slots.get("person_id") and name:
                names.setdefault(fold(str(name)), str(name))
    return list(names.values())


def look_up_unknown(inputs: list[tuple[Document, TextView]], refs: ReferenceBase, settings: Settings, *,
                    store: bool) -> Lookups:
    """Look up the unknown people of ``inputs``; add what is found to ``refs`` (and the store)."""
    lookups = Lookups()
    names = unknown_names(inputs, refs)
    if not names:
        return lookups
    wd = WikidataConnector.from_settings(settings, timeout=settings.online_timeout, retries=1)
    try:
        for name in names[:MAX_LOOKUPS]:
            try:
                qid, search = _identify(wd, name)
                items, _, extra = fetch_wikidata_person(wd, qid)
            except (SourceError, _NotCertain) as exc:
                lookups.failed[fold(name)] = str(exc)
                continue
            records = [r for r, _ in items]
            if store:
                _store(settings, items, [search, *extra])
            refs.retrieved.update({f"{r.type}:{r.id}": Retrieval(snap.retrieved_at, snap.sha256) for r, snap in items})
            refs.add(records, Provenance(WIKIDATA_PACK, "online"))
            lookups.found[fold(name)] = qid
        for name in names[MAX_LOOKUPS:]:
            lookups.failed[fold(name)] = f"not looked up (more than {MAX_LOOKUPS} unknown names in one check)"
    finally:
        wd.client.session.close()
    return lookups


class _NotCertain(FactdeskError):
    pass


def _identify(wd: WikidataConnector, name: str) -> tuple[str, Snapshot]:
    hits, search = wd.search(name)
    same = [h for h in hits if fold(h.label) == fold(name)]
    if not same:
        raise _NotCertain(f"Wikidata has no item labelled {name!r}")
    if len(same) > 1:
        raise _NotCertain(f"{len(same)} Wikidata items are labelled {name!r} ({', '.join(h.qid for h in same)}); "
                          "not guessing which one")
    ents, _ = wd.get_entities([same[0].qid])
    if HUMAN not in ents[same[0].qid].instance_of:
        raise _NotCertain(f"Wikidata item {same[0].qid} labelled {name!r} is not a person")
    return same[0].qid, search


def _store(settings: Settings, items: list, extra: list[Snapshot]) -> None:  # noqa: ANN001
    from sqlmodel import Session

    from factdesk.sources.store import store_facts
    from factdesk.store.db import get_engine

    with Session(get_engine(settings.database_url)) as session:
        store_facts(session=session, pack=WIKIDATA_PACK, items=items, extra_snapshots=extra,
                    description="people and offices from Wikidata (factdesk refs refresh / check --online)")
