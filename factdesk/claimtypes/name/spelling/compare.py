"""name: a known person's name, misspelled."""

from __future__ import annotations

from factdesk.claimtypes.name.spelling.slots import SpellingSlots
from factdesk.claimtypes.spec import CheckContext
from factdesk.claimtypes.verdicts import BaseChecker, evidence_for
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Label, Verdict


def compare(ck: BaseChecker, s: SpellingSlots, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    person = refs.people.get(s.person_id)
    if person is None:
        return ck.unverified("The name matches no person in the reference base.")
    written = s.written
    if refs.known_alias(written):
        ev = evidence_for(refs, person, f"{person.name}")
        return ck.verdict(Label.supported, f"'{written}' is how the references spell {person.name}.", evidence=ev)
    score = s.score
    ev = evidence_for(refs, person, f"Reference spelling: {person.name}")
    return ck.verdict(
        Label.refuted,
        f"'{written}' looks like a misspelling of {person.name} (similarity {score:.0f}/100; "
        "surname and given name each match closely).",
        confidence=min(0.99, 0.5 + score / 200),
        correction=person.name,
        evidence=ev,
    )
