"""statement.sworn_by slots."""

from __future__ import annotations

from factdesk.claimtypes.base import Slots


class SwornBySlots(Slots):
    person_id: str
    sworn_by: str
