"""vote.confirmation: a legislature's vote confirming an officeholder ("confirmed 78-22")."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.resolve import by_person
from factdesk.claimtypes.vote.confirmation.compare import compare_confirmation
from factdesk.claimtypes.vote.confirmation.slots import ConfirmationSlots

TYPE = ClaimType(
    id="vote.confirmation", family="vote", version="1", slots=ConfirmationSlots, compare=compare_confirmation,
    help="The tally by which a legislature confirmed a person in office.",
    examples=("Rubio was confirmed by the Senate 99-0.",),
    resolve=by_person(),
    refute_needs=1,
)
