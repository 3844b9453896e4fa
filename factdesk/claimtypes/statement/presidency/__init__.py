"""statement.presidency: a member said to hold the Security Council's rotating presidency ("Ecuador
currently holds the rotating presidency of the Security Council", "Brazil, the Council president for
the month of October"). The references hold no table of the monthly presidencies, so the claim is
found and left unverified, never refuted. Phrasings and their real examples: ``presidency.yaml``."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.statement.presidency.compare import compare, resolve
from factdesk.claimtypes.statement.presidency.slots import PresidencySlots

TYPE = ClaimType(
    id="statement.presidency", family="statement", version="1", slots=PresidencySlots,
    compare=compare, resolve=resolve,
    help="A member said to hold the Security Council's rotating presidency (left unverified).",
    examples=("Ecuador currently holds the rotating presidency of the Security Council.",),
)
