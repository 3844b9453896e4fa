"""statement.permanent_member slots."""

from __future__ import annotations

from factdesk.claimtypes.base import Slots


class PermanentMemberSlots(Slots):
    #: the country the sentence names (canonical name)
    country: str
    #: what the sentence says: permanent (True) or non-permanent (False) member
    permanent: bool
    #: the words that say it ("one of the five permanent members")
    said: str = ""
