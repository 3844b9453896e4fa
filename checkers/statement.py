"""statement: general statements with a boolean property ("GA resolutions are not binding")."""

from __future__ import annotations

import re

from checkers.base import BaseChecker, evidence_for
from checkers.spec import CheckContext
from factdesk.refs.base import ReferenceBase, fold
from schemas.contracts import Claim, Label, Verdict


class StatementChecker(BaseChecker):
    name = "statement"
    version = "3"
    kind = "statement"

    def check(self, claim: Claim, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
        if claim.slots.get("place") is not None:
            return self._place(claim, refs)
        st = refs.statements.get(claim.slots.get("statement_id") or "")
        if st is None:
            return self.unverified("No reference statement covers this.")
        ev = evidence_for(refs, st, st.text)
        if bool(claim.slots["value"]) == st.value:
            return self.verdict(Label.supported, f"The references say: {st.text}.", evidence=ev)
        # the record's own wording: "not legally binding" rather than "not binding"
        m = re.search(rf"\b((?:not\s+)?(?:\w+ly\s+)?{re.escape(st.property)})\b", st.text, re.I)
        right = m.group(1) if m else (st.property if st.value else f"not {st.property}")
        return self.verdict(
            Label.refuted, f"The references say: {st.text}.", confidence=0.9, correction=right, evidence=ev
        )

    def _place(self, claim: Claim, refs: ReferenceBase) -> Verdict:
        """Where an event happened: the draft's place against the event's recorded places."""
        event = refs.events.get(claim.slots.get("event_id") or "")
        if event is None or not event.places:
            return self.unverified("The references do not record where this happened.")
        said = claim.slots["place"]
        where = ", ".join(event.places[:2])
        ev = evidence_for(refs, event, f"{event.name}: {event.date:%d %b %Y}, {where}. {event.note}".strip())
        if fold(said).removeprefix("the ") in {fold(p).removeprefix("the ") for p in event.places}:
            return self.verdict(Label.supported, f"{event.name} happened in {where}; the draft says {said}.", evidence=ev)
        return self.verdict(
            Label.refuted, f"{event.name} happened in {where} — the draft says {said}.",
            confidence=0.88, correction=event.places[0], evidence=ev,
        )
