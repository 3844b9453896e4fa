"""statement.background: background facts about the UN's bodies that wire copy repeats and the
references do not hold (the General Assembly's emergency special sessions, the Security Council's
rotating presidency): found in the phrasings of this folder's ``phrasings.yaml`` and reported
unverified, with the reason, rather than left out."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.statement.background.compare import compare
from factdesk.claimtypes.statement.background.slots import BackgroundSlots

TYPE = ClaimType(
    id="statement.background", family="statement", version="1", slots=BackgroundSlots, compare=compare,
    help="Background about the UN's bodies that the references do not hold (emergency sessions, the "
         "Council's rotating presidency): found and left unverified.",
    examples=("It came after the 193-member assembly convened its first emergency session since 1997.",
              "Russia, which currently holds the rotating Security Council presidency, will likely face "
              "another vote."),
)
