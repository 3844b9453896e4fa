"""statement.attempts slots."""

from __future__ import annotations

from factdesk.claimtypes.base import Slots


class AttemptsSlots(Slots):
    #: the number of attempts said ("four"), or the ordinal's number ("the fifth instance" -> 5)
    count: int
    #: an ordinal ("the fourth resolution to fail", "for the third time"): never counted
    ordinal: bool = False
    #: the window the sentence gives: ``last_month``, ``this_week``, ``days:N`` ("over the past two
    #: weeks" -> days:14), ``gaza`` (no window, in coverage of the Gaza war), or empty (none)
    window: str = ""
    #: the words that say it
    said: str = ""
