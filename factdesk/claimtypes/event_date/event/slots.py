"""event_date.event slots."""

from __future__ import annotations

from factdesk.claimtypes.event_date.slots import DatePhrase


class EventSlots(DatePhrase):
    event_id: str
