"""statement.background slots."""

from __future__ import annotations

from factdesk.claimtypes.base import Slots


class BackgroundSlots(Slots):
    #: which background fact: ``emergency_session`` or ``council_presidency`` (phrasings.yaml)
    topic: str
    #: the year the sentence gives ("since 1997"), for emergency_session
    year: int | None = None
    #: the country said to hold the Council's presidency (canonical name), for council_presidency
    country: str | None = None
