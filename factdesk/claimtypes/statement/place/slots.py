"""statement.place slots."""

from __future__ import annotations

from factdesk.claimtypes.base import Slots


class PlaceSlots(Slots):
    event_id: str
    place: str
