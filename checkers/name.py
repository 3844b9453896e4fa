"""name: a known person's name, misspelled."""

from __future__ import annotations

from checkers.base import BaseChecker, evidence_for
from checkers.spec import CheckContext
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Claim, Label, Verdict


class NameChecker(BaseChecker):
    name = "name"
    version = "1"
    kind = "name"

    def check(self, claim: Claim, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
        person = refs.people.get(claim.slots.get("person_id") or "")
        if person is None:
            return self.unverified("The name matches no person in the reference base.")
        written = claim.slots.get("written", claim.text)
        if refs.known_alias(written):
            ev = evidence_for(refs, person, f"{person.name}")
            return self.verdict(Label.supported, f"'{written}' is how the references spell {person.name}.", evidence=ev)
        score = float(claim.slots.get("score", 0))
        ev = evidence_for(refs, person, f"Reference spelling: {person.name}")
        return self.verdict(
            Label.refuted,
            f"'{written}' looks like a misspelling of {person.name} (similarity {score:.0f}/100; "
            "surname and given name each match closely).",
            confidence=min(0.99, 0.5 + score / 200),
            correction=person.name,
            evidence=ev,
        )
