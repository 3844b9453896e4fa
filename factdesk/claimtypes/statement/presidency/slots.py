"""statement.presidency slots."""

from __future__ import annotations

from factdesk.claimtypes.base import Slots


class PresidencySlots(Slots):
    #: the country the sentence names (canonical name)
    country: str
    #: the month the sentence gives ("for the month of October"), if any
    month: str | None = None
    #: the words that say it ("currently holds the rotating presidency of the Security Council")
    said: str = ""
