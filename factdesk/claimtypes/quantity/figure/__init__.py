"""quantity.figure: a number next to the subject of a known figure, honouring hedges and rounding."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.quantity.figure.compare import compare
from factdesk.claimtypes.quantity.figure.slots import FigureSlots
from factdesk.claimtypes.resolve import by_record

TYPE = ClaimType(
    id="quantity.figure", family="quantity", version="1", slots=FigureSlots, compare=compare,
    help="A number (exact, hedged or a vague amount) compared with a known figure.",
    examples=("The US sold thousands of rounds of tank ammunition.",),
    resolve=by_record("quantities", "quantity_id", "subject"),
    refute_needs=1,
)
