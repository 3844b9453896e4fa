"""statement.origin: The country a known person comes from."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.resolve import by_person
from factdesk.claimtypes.statement.origin.compare import compare
from factdesk.claimtypes.statement.origin.slots import OriginSlots

TYPE = ClaimType(
    id="statement.origin", family="statement", version="3", slots=OriginSlots, compare=compare,
    help='The country a known person comes from.',
    examples=('Francis, a diplomat from Barbados, ...',),
    resolve=by_person(),
    refute_needs=1,
)
