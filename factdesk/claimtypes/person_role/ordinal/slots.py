"""person_role.ordinal slots."""

from __future__ import annotations

from factdesk.claimtypes.person_role.slots import TitledName


class OrdinalSlots(TitledName):
    #: "the 47th President", "President of the 78th session"
    ordinal: int
