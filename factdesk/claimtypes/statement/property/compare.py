"""Compare a statement.property claim with the reference statement."""

from __future__ import annotations

import re

from factdesk.claimtypes.spec import CheckContext
from factdesk.claimtypes.statement.property.slots import PropertySlots
from factdesk.claimtypes.verdicts import BaseChecker, evidence_for
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Label, Verdict


def compare(ck: BaseChecker, s: PropertySlots, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    st = refs.statements.get(s.statement_id)
    if st is None:
        return ck.unverified("No reference statement covers this.")
    ev = evidence_for(refs, st, st.text)
    if s.value == st.value:
        return ck.verdict(Label.supported, f"The references say: {st.text}.", evidence=ev)
    # the record's own wording: "not legally binding" rather than "not binding"
    m = re.search(rf"\b((?:not\s+)?(?:\w+ly\s+)?{re.escape(st.property)})\b", st.text, re.I)
    right = m.group(1) if m else (st.property if st.value else f"not {st.property}")
    return ck.verdict(
        Label.refuted, f"The references say: {st.text}.", confidence=0.9, correction=right, evidence=ev
    )
