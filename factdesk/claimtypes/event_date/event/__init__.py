"""event_date.event: The date of a known event ("the October 7 attack")."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.event_date.checks import compare_event
from factdesk.claimtypes.event_date.event.slots import EventSlots
from factdesk.claimtypes.resolve import by_record

TYPE = ClaimType(
    id="event_date.event", family="event_date", version="3", slots=EventSlots, compare=compare_event,
    help='The date of a known event ("the October 7 attack").',
    examples=('Hamas attacked Israel on October 7, 2023.',),
    resolve=by_record("events", "event_id", "event name"),
    refute_needs=1,
)
