"""Compare a statement.sworn_by claim with the references."""

from __future__ import annotations

import re

from factdesk.claimtypes.spec import CheckContext
from factdesk.claimtypes.statement.sworn_by.slots import SwornBySlots
from factdesk.claimtypes.verdicts import BaseChecker, evidence_for
from factdesk.refs.base import ReferenceBase, fold
from schemas.contracts import Label, Verdict


def compare(ck: BaseChecker, s: SwornBySlots, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    """ "sworn in by Chief Justice John Roberts": who administered the oath."""
    person = refs.people.get(s.person_id)
    recorded = [o for o in person.offices if o.sworn_by] if person else []
    if len(recorded) > 1:
        recorded = [o for o in recorded if o.start is not None and o.start <= ctx.published][-1:]
    if person is None or len(recorded) != 1:
        return ck.unverified("The references do not record who swore this person in.")
    o = recorded[0]
    by = o.sworn_by or ""
    said = s.sworn_by
    ev = evidence_for(refs, person, o.note or f"{person.name} sworn in by {by}", list(o.sources))
    surname = fold(by.split()[-1])
    if re.search(rf"\b{re.escape(surname)}\b", fold(said)):
        why = f"{person.name} was sworn in by {by}; the draft says {said}."
        return ck.verdict(Label.supported, why, evidence=ev)
    return ck.verdict(
        Label.refuted, f"{person.name} was sworn in by {by} — the draft says {said}.",
        confidence=0.88, correction=f"sworn in by {by}", evidence=ev,
    )
