"""Compare a statement.place claim with the references."""

from __future__ import annotations

from factdesk.claimtypes.spec import CheckContext
from factdesk.claimtypes.statement.place.slots import PlaceSlots
from factdesk.claimtypes.verdicts import BaseChecker, evidence_for
from factdesk.refs.base import ReferenceBase, fold
from schemas.contracts import Label, Verdict


def compare(ck: BaseChecker, s: PlaceSlots, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    """Where an event happened: the draft's place against the event's recorded places."""
    event = refs.events.get(s.event_id)
    if event is None or not event.places:
        return ck.unverified("The references do not record where this happened.")
    said = s.place
    where = ", ".join(event.places[:2])
    ev = evidence_for(refs, event, f"{event.name}: {event.date:%d %b %Y}, {where}. {event.note}".strip())
    if fold(said).removeprefix("the ") in {fold(p).removeprefix("the ") for p in event.places}:
        why = f"{event.name} happened in {where}; the draft says {said}."
        return ck.verdict(Label.supported, why, evidence=ev)
    return ck.verdict(
        Label.refuted, f"{event.name} happened in {where} — the draft says {said}.",
        confidence=0.88, correction=event.places[0], evidence=ev,
    )
