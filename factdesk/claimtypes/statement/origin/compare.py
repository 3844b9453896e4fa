"""Compare a statement.origin claim with the references."""

from __future__ import annotations

from factdesk.claimtypes.spec import CheckContext
from factdesk.claimtypes.statement.origin.slots import OriginSlots
from factdesk.claimtypes.verdicts import BaseChecker, evidence_for
from factdesk.refs.base import ReferenceBase, fold
from schemas.contracts import Label, Verdict


def compare(ck: BaseChecker, s: OriginSlots, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    """ "Francis, a diplomat from Barbados": the country the person comes from."""
    person = refs.people.get(s.person_id)
    if person is None or person.country is None:
        return ck.unverified("The references do not record where this person comes from.")
    said = s.country
    ev = evidence_for(refs, person, f"{person.name} ({person.country})")
    if fold(said).removeprefix("the ") == fold(person.country).removeprefix("the "):
        return ck.verdict(Label.supported, f"{person.name} is from {person.country}.", evidence=ev)
    return ck.verdict(Label.refuted, f"{person.name} is from {person.country} — the draft says {said}.",
                        confidence=0.88, correction=person.country, evidence=ev)
