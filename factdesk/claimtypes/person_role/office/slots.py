"""person_role.office slots."""

from __future__ import annotations

from factdesk.claimtypes.person_role.slots import TitledName


class OfficeSlots(TitledName):
    #: a death reported in the sentence: the title is the one held at death
    death: bool = False
    #: the year the sentence is set in, when before publication
    year: int | None = None
