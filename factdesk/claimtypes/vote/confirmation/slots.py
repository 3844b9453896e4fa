"""vote.confirmation slots."""

from __future__ import annotations

from typing import Literal

from factdesk.claimtypes.base import Slots


class ConfirmationSlots(Slots):
    confirmation: Literal[True]
    person_id: str
    yes: int
    no: int
    said: str = ""
