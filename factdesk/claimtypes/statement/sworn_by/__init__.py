"""statement.sworn_by: Who administered a known person's oath of office."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.resolve import by_person
from factdesk.claimtypes.statement.sworn_by.compare import compare
from factdesk.claimtypes.statement.sworn_by.slots import SwornBySlots

TYPE = ClaimType(
    id="statement.sworn_by", family="statement", version="3", slots=SwornBySlots, compare=compare,
    help="Who administered a known person's oath of office.",
    examples=('Rubio was sworn in by Vice President JD Vance.',),
    resolve=by_person(),
    refute_needs=1,
)
