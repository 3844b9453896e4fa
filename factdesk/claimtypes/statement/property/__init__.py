"""statement.property: a general statement with a yes/no property ("GA resolutions are not binding")."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.resolve import by_record
from factdesk.claimtypes.statement.property.compare import compare
from factdesk.claimtypes.statement.property.slots import PropertySlots

TYPE = ClaimType(
    id="statement.property", family="statement", version="3", slots=PropertySlots, compare=compare,
    help="A general statement with a yes/no property, compared with the reference statement.",
    examples=("General Assembly resolutions are not binding.",),
    resolve=by_record("statements", "statement_id", "subject and property"),
    refute_needs=1,
)
