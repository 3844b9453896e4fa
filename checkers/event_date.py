"""event_date: does the stated date (or range) contain the event's date?"""

from __future__ import annotations

import datetime as dt

from checkers.base import BaseChecker, evidence_for
from checkers.spec import CheckContext
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Claim, Label, Verdict


class EventDateChecker(BaseChecker):
    name = "event_date"
    version = "1"
    kind = "event_date"

    def check(self, claim: Claim, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
        event = refs.events.get(claim.slots.get("event_id") or "")
        if event is None:
            return self.unverified("The event is not in the reference base.")
        start = dt.date.fromisoformat(claim.slots["date_start"])
        end = dt.date.fromisoformat(claim.slots["date_end"])
        said = claim.slots.get("date_text", "")
        ev = evidence_for(refs, event, f"{event.name}: {event.date:%A %-d %B %Y}. {event.note}".strip())
        when = f"'{said}' resolves to " + (f"{start:%a %-d %b %Y}" if start == end else f"{start} to {end}")
        if start <= event.date <= end:
            return self.verdict(Label.supported, f"{event.name} took place on {event.date:%A %-d %B %Y}; {when}.", evidence=ev)
        # the date may belong to another part of the sentence unless it is attached
        confidence = 0.92 if claim.slots.get("tight") else 0.75
        return self.verdict(
            Label.refuted,
            f"{event.name} took place on {event.date:%A %-d %B %Y}; {when}.",
            confidence=confidence,
            correction=event.date.isoformat(),
            evidence=ev,
        )
