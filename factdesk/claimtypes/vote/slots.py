"""The slots every vote claim shares: what identifies the vote (body, date, symbol, drafter,
subject words, amendment or draft) and what the claim may state about it."""

from __future__ import annotations

from typing import Literal

from factdesk.claimtypes.base import Slots

Body = Literal["SC", "GA"]
How = Literal["yes", "no", "abstain"]
#: a part of a vote claim's slots (the same strict, frozen model)
Part = Slots


class Ident(Part):
    """What identifies a vote: the body, whether it is an amendment, the drafter, the symbol,
    the passage it was identified in, and the date phrase."""

    body: Body | None = None
    amendment: bool = False
    proposer: str | None = None
    resolution: str | None = None
    #: the passage the vote was identified in (earlier sentences: context, may only narrow)
    sentence: str = ""
    date_start: str | None = None
    date_end: str | None = None
    date_text: str | None = None


class Features(Part):
    """What the clause of a date or drafter claim also says about the vote (used to identify it)."""

    vetoed_by: list[str] | None = None
    outcome: str | None = None
    tally: dict[str, int] | None = None


class VoteIdent(Ident):
    """How the sentence (and the passage before it) identify the vote, and what it states."""

    #: the clause of the claim's own sentence that states the claim
    clause: str = ""
    #: the claim's own sentence: only what it states can ground a refutation
    said_in: str = ""
    date_exact: bool | None = None
    outcome: str | None = None
    vetoed_by: list[str] = []
    country_votes: dict[str, How] = {}


class Anchor(Ident):
    """The vote (or date) a relative date is counted from."""

    clause: str = ""
    ident: bool = False
    features: Features = Features()


class AltIdent(Ident):
    """The story's lead vote, a second candidate for a sentence that names none."""
