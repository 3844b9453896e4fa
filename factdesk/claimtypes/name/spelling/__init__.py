"""name.spelling: a known person's name, misspelled ("Anthony Blinken")."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.name.spelling.compare import compare
from factdesk.claimtypes.name.spelling.slots import SpellingSlots
from factdesk.claimtypes.resolve import by_person

TYPE = ClaimType(
    id="name.spelling", family="name", version="1", slots=SpellingSlots, compare=compare,
    help="A near miss of a known person's name, checked against the references' spellings.",
    examples=("Secretary of State Anthony Blinken",),
    resolve=by_person(written="written"),
    refute_needs=1,
)
