"""vote.date: the day a UN vote took place ("vetoed on Friday", "a day after ...")."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.vote.date.compare import compare_date
from factdesk.claimtypes.vote.date.slots import DateSlots

TYPE = ClaimType(
    id="vote.date", family="vote", version="2", slots=DateSlots, compare=compare_date,
    help="The date of a UN vote, absolute or counted from another vote.",
    examples=("The United States on Friday vetoed a Security Council resolution.",),
)
