"""name.spelling slots."""

from __future__ import annotations

from factdesk.claimtypes.base import Slots


class SpellingSlots(Slots):
    #: the name as written in the draft
    written: str
    #: the known person it is a near miss of
    person_id: str
    #: rapidfuzz similarity of the whole name, 0-100
    score: float = 0.0
