"""Compare a statement.quote claim with the references."""

from __future__ import annotations

from factdesk.claimtypes.spec import CheckContext
from factdesk.claimtypes.statement.quote.slots import QuoteSlots
from factdesk.claimtypes.verdicts import BaseChecker, evidence_for
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Label, Verdict


def compare(ck: BaseChecker, s: QuoteSlots, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    """A quotation against the words the sources record (see factdesk.claimtypes.statement.quote.finder)."""
    event = refs.events.get(s.event_id)
    if event is None:
        return ck.unverified("The quoted event is not in the reference base.")
    recorded = s.recorded
    ev = evidence_for(refs, event, f"{event.name}: \u201c{recorded}\u201d")
    if s.same:
        return ck.verdict(Label.supported, f"The sources quote: \u201c{recorded}\u201d.", evidence=ev)
    return ck.verdict(
        Label.refuted, f"The sources quote \u201c{recorded}\u201d; the draft's wording differs.",
        confidence=0.85, correction=s.correction, evidence=ev,
    )
