"""Compare a statement.invoked claim with the events of the packs that invoked the article."""

from __future__ import annotations

import re

from factdesk.claimtypes.base import CheckContext, Fact, Identification, Origin
from factdesk.claimtypes.statement.invoked.slots import InvokedSlots
from factdesk.claimtypes.verdicts import BaseChecker
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Evidence, Label, Verdict


def _events(s: InvokedSlots, refs: ReferenceBase) -> list:
    pat = re.compile(rf"\bArticle\s+{s.article}\b")
    return [e for e in refs.events.values() if any(pat.search(t) for t in (e.name, *e.aliases))]


def _actor_fits(s: InvokedSlots, event) -> bool:  # noqa: ANN001 - a pack Event
    if not s.actor:
        return True
    surname = s.actor.split()[-1]
    return any(re.search(rf"\b{re.escape(surname)}\b", t) for t in (event.name, *event.aliases))


def resolve(s: InvokedSlots, refs: ReferenceBase, ctx: CheckContext) -> Identification:
    """The record is the one event that invoked the article, if only one did."""
    events = _events(s, refs)
    if len(events) != 1:
        return Identification(candidates=len(events))
    e = events[0]
    facts = [Fact(slot="article", value=f"Article {s.article}", origin=Origin.sentence, words=s.said)]
    if s.actor:
        facts.append(Fact(slot="actor", value=s.actor, origin=Origin.sentence))
    return Identification(record=e.id, label=e.name, candidates=1, facts=facts)


def compare(ck: BaseChecker, s: InvokedSlots, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    events = _events(s, refs)
    if len(events) != 1:
        return ck.unverified(f"The references hold {len(events)} events that invoked Article {s.article}.")
    e = events[0]
    if e.date > ctx.published:
        return ck.unverified(f"{e.name} is dated {e.date}, after the publication date.")
    if not _actor_fits(s, e):
        return ck.unverified(f"The references record {e.name} ({e.date}); the draft names {s.actor}.")
    if s.first and not re.search(r"\bfirst\s+time\b", e.note or ""):
        return ck.unverified(f"The references record {e.name} ({e.date}) but not whether it was the first.")
    ev = [Evidence(source=f"event {e.id}", url=url, excerpt=e.note or e.name) for url in e.sources]
    return ck.verdict(Label.supported, f"{e.name}: {e.date:%A %d %B %Y}.", evidence=ev)
