"""vote.drafter: who drafted, sponsored or put forward the text voted on."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.vote.drafter.compare import compare_drafter
from factdesk.claimtypes.vote.drafter.slots import DrafterSlots

TYPE = ClaimType(
    id="vote.drafter", family="vote", version="2", slots=DrafterSlots, compare=compare_drafter,
    help="The member(s) that drafted or put forward a text put to a UN vote.",
    examples=("The Algerian-drafted resolution was vetoed by the United States.",),
)
