"""event_date.office_start slots."""

from __future__ import annotations

from factdesk.claimtypes.event_date.slots import DatePhrase


class OfficeStartSlots(DatePhrase):
    person_id: str
    role_id: str
    #: sworn, credentials, took_office, took_over, became, since, term_end
    start_verb: str
    #: the words naming the person when the sentence gives the surname alone of someone named in
    #: full earlier in the document ("Mr Kishida"), else empty
    person_words: str = ""
