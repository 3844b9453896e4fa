"""statement.origin slots."""

from __future__ import annotations

from factdesk.claimtypes.base import Slots


class OriginSlots(Slots):
    person_id: str
    country: str
