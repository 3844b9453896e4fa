"""vote.result: the outcome, tally, vetoing members or country votes of a UN vote."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.vote.result.compare import compare_result
from factdesk.claimtypes.vote.result.slots import ResultSlots

TYPE = ClaimType(
    id="vote.result", family="vote", version="2", slots=ResultSlots, compare=compare_result,
    help="What a UN vote decided: outcome, tally, vetoing members, how named countries voted.",
    examples=("The Security Council adopted resolution 2728 by 14-0-1.",),
)
