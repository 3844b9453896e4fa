"""statement.place: Where a known event happened ("the summit in Cairo")."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.resolve import by_record
from factdesk.claimtypes.statement.place.compare import compare
from factdesk.claimtypes.statement.place.slots import PlaceSlots

TYPE = ClaimType(
    id="statement.place", family="statement", version="3", slots=PlaceSlots, compare=compare,
    help='Where a known event happened ("the summit in Cairo").',
    examples=('The ceasefire talks in Doha ended without a deal.',),
    resolve=by_record("events", "event_id", "event name"),
    refute_needs=1,
)
