"""vote.date slots."""

from __future__ import annotations

from typing import Literal

from factdesk.claimtypes.vote.slots import Anchor, Features, Part, VoteIdent


class Relative(Part):
    """ "a day after Russia and China vetoed ...": days from an anchor, give or take."""

    days: int
    tolerance: int
    anchor: Anchor


class DateSlots(VoteIdent):
    date_claim: Literal[True]
    features: Features = Features()
    relative: Relative | None = None
    #: the date of a meeting held to vote ("met on Monday to vote on"): the vote may have been put off
    meeting: bool = False
