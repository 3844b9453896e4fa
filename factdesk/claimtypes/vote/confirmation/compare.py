"""Confirmation votes of officeholders ("confirmed by the Senate 78-22")."""

from __future__ import annotations

from factdesk.claimtypes.spec import CheckContext
from factdesk.claimtypes.verdicts import BaseChecker, evidence_for
from factdesk.claimtypes.vote.confirmation.slots import ConfirmationSlots
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Label, Verdict


def compare_confirmation(checker: BaseChecker, s: ConfirmationSlots, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    person = refs.people.get(s.person_id)
    if person is None:
        return checker.unverified("The person is not in the reference base.")
    terms = [o for o in person.offices if o.confirmation is not None]
    if len(terms) != 1:
        # several confirmed terms and nothing says which one: not certain enough to judge
        return checker.unverified(f"The references record {len(terms)} confirmation votes for {person.name}.")
    o = terms[0]
    c = o.confirmation
    assert c is not None
    role = refs.roles.get(o.role)
    title = role.title if role else o.role
    fact = f"{c.body}, {c.date:%d %b %Y}: {person.name} confirmed as {title} by {c.yes}-{c.no}"
    ev = evidence_for(refs, person, fact, list(c.sources))
    said = f"{s.yes}-{s.no}"
    if (s.yes, s.no) == (c.yes, c.no):
        return checker.verdict(Label.supported, f"{fact}; the draft says {said}.", evidence=ev)
    return checker.verdict(
        Label.refuted, f"{fact} — the draft says {said}.", confidence=0.9, correction=f"{c.yes}-{c.no}", evidence=ev
    )
