"""event_date.office_start: When a known person's term in office began (or ends)."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.event_date.checks import compare_office_start
from factdesk.claimtypes.event_date.office_start.slots import OfficeStartSlots
from factdesk.claimtypes.resolve import by_person

TYPE = ClaimType(
    id="event_date.office_start", family="event_date", version="3", slots=OfficeStartSlots,
    compare=compare_office_start,
    help="When a known person's term in office began (or ends).",
    examples=('Rubio was sworn in on January 21, 2025.',),
    resolve=by_person(written="person_words"),
    refute_needs=1,
)
