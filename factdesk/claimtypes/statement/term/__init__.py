"""statement.term: which term a known person is serving, or how long the office's terms run."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.resolve import by_person
from factdesk.claimtypes.statement.term.compare import compare
from factdesk.claimtypes.statement.term.slots import TermSlots

TYPE = ClaimType(
    id="statement.term", family="statement", version="3", slots=TermSlots, compare=compare,
    help="Which term a known person is serving, or how many years the office's terms run.",
    examples=("Putin, now in his fifth term, ...",),
    resolve=by_person(),
    refute_needs=1,
)
