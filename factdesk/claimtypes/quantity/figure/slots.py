"""quantity.figure slots: an exact or hedged number, or a vague range ("thousands")."""

from __future__ import annotations

from pydantic import model_validator

from factdesk.claimtypes.base import Slots


class FigureSlots(Slots):
    quantity_id: str
    value: float | None = None
    currency: bool = False
    #: approx, below, above, at_least, below_strict, at_most ("about", "nearly", "more than" ...)
    hedge: str | None = None
    written: str = ""
    digits: str | None = None
    #: a vague amount ("thousands") and the range it stands for
    vague: str | None = None
    low: float | None = None
    high: float | None = None
    #: the sentence gives the number as a party's figure ("that Israel says killed 1200 people")
    attributed: bool = False

    @model_validator(mode="after")
    def _a_number_or_a_range(self) -> FigureSlots:
        if (self.value is None) == (self.vague is None):
            raise ValueError("a quantity claim states either a value or a vague amount")
        if self.vague is not None and (self.low is None or self.high is None):
            raise ValueError("a vague amount needs the range it stands for (low, high)")
        return self
