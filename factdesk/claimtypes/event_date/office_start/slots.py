"""event_date.office_start slots."""

from __future__ import annotations

from factdesk.claimtypes.base import Slots


class OfficeStartSlots(Slots):
    person_id: str
    role_id: str
    #: sworn, credentials, took_office, took_over, became, since, term_end
    start_verb: str
    date_start: str
    date_end: str
    date_text: str = ""
    #: a vague phrase ("early October") read as a range
    vague: bool = False
    #: the date phrase and the event read as one phrase (nothing between them)
    tight: bool = False
    #: the writer stated the year (else the grammar inferred it)
    year_given: bool = True
