"""statement.quote slots."""

from __future__ import annotations

from factdesk.claimtypes.base import Slots


class QuoteSlots(Slots):
    event_id: str
    quote: str
    same: bool
    recorded: str
    correction: str = ""
