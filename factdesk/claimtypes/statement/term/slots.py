"""statement.term slots."""

from __future__ import annotations

from factdesk.claimtypes.base import Slots


class TermSlots(Slots):
    person_id: str
    role_text: str = ""
    #: which term ("now in his second term")
    term: int | None = None
    #: how long terms run ("a five-year term")
    term_years: int | None = None
