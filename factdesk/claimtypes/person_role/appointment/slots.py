"""person_role.appointment slots."""

from __future__ import annotations

from typing import Literal

from factdesk.claimtypes.person_role.slots import TitledName


class AppointmentSlots(TitledName):
    #: "took": the person took the office on the date ("elected X as prime minister"); "left": the
    #: person held it until then ("sacked Y", "succeeding Y")
    change: Literal["took", "left"]
    #: the phrasing (a role of ``factdesk/lexicon/appointments.yaml``)
    phrasing: str
    #: the day or span of the change (ISO dates), None when the sentence dates it ambiguously
    date_from: str | None = None
    date_to: str | None = None
    #: the words that date it, and where they were read ("this sentence", "the publication date")
    date_words: str = ""
    date_origin: str = ""
    #: the verb as written ("elected", "has been appointed"): an election may precede the term
    verb: str = ""
    #: the sentence tells of a change just made ("has been appointed", "as the new ...", a date it
    #: gives); False for a bare past with no date ("was named US ambassador"), a fact of any time before
    recent: bool = True
    #: the country was read from the sentence ("Japan's", or "the country's" with one country named)
    country_stated: bool = False
    #: for "left" in a sentence that names who took the office ("Liz Truss has been appointed UK foreign
    #: secretary, replacing Dominic Raab"): the successor's person id, whose term's start dates the change
    successor_id: str | None = None
