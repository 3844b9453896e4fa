"""statement.title slots."""

from __future__ import annotations

from factdesk.claimtypes.base import Slots


class TitleSlots(Slots):
    #: the title as the sentence quotes it ("Aggression against Ukraine")
    title: str
