"""statement.property slots."""

from __future__ import annotations

from factdesk.claimtypes.base import Slots


class PropertySlots(Slots):
    statement_id: str
    #: whether the sentence affirms the property ("are binding") or denies it ("are not binding")
    value: bool
