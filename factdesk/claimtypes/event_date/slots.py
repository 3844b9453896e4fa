"""The slots the event_date types share: the date phrase and how it reads."""

from __future__ import annotations

from factdesk.claimtypes.base import Slots


class DatePhrase(Slots):
    date_start: str
    date_end: str
    date_text: str = ""
    #: a vague phrase ("early October") read as a range
    vague: bool = False
    #: the date phrase and the event read as one phrase (nothing between them)
    tight: bool = False
    #: the writer stated the year (else the grammar inferred it)
    year_given: bool = True
