"""statement.attempts: how many times the Security Council failed to act ("after four failed attempts",
"failed to agree on a resolution after four attempts over the past two weeks"), counted against the
failed and vetoed Council drafts the references hold in the window the sentence gives ("last month",
"over the past two weeks", "this week"; in coverage of the Gaza war with no window, since 7 October
2023). The same count on the publication day and the day before is supported; any other count, and
every ordinal ("the fourth resolution ... to fail", "the fifth instance ... that the US has blocked",
"for the third time"), is left unverified, never refuted: reports count amendments, General Assembly
votes and other topics differently. Examples: ``attempts.yaml``."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.statement.attempts.compare import compare
from factdesk.claimtypes.statement.attempts.slots import AttemptsSlots

TYPE = ClaimType(
    id="statement.attempts", family="statement", version="1", slots=AttemptsSlots, compare=compare,
    help="How many times the Security Council failed to act, counted against the failed drafts in the "
         "references (supported or unverified, never refuted).",
    examples=("The affirmative vote came after four unsuccessful attempts to take action last month.",),
)
