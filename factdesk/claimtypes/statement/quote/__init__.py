"""statement.quote: A quotation checked against the words the sources record."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.resolve import by_record
from factdesk.claimtypes.statement.quote.compare import compare
from factdesk.claimtypes.statement.quote.slots import QuoteSlots

TYPE = ClaimType(
    id="statement.quote", family="statement", version="3", slots=QuoteSlots, compare=compare,
    help='A quotation checked against the words the sources record.',
    examples=('Guterres called it "a moral failure".',),
    resolve=by_record("events", "event_id", "event name"),
    refute_needs=1,
)
