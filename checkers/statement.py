"""statement: general statements with a boolean property ("GA resolutions are not binding")."""

from __future__ import annotations

import re

from checkers.base import BaseChecker, evidence_for
from checkers.spec import CheckContext
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Claim, Label, Verdict


class StatementChecker(BaseChecker):
    name = "statement"
    version = "2"
    kind = "statement"

    def check(self, claim: Claim, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
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
