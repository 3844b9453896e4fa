"""The slots every vote claim shares: what identifies the vote (body, date, symbol, drafter,
subject words, amendment or draft) and what the claim may state about it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from factdesk.claimtypes.base import Slots

Body = Literal["SC", "GA"]
How = Literal["yes", "no", "abstain"]


class Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class VoteIdent(Slots):
    """How the sentence (and the passage before it) identify the vote."""

    body: Body | None = None
    amendment: bool = False
    proposer: str | None = None
    resolution: str | None = None
    #: the passage the vote was identified in (earlier sentences: context, may only narrow)
    sentence: str = ""
    #: the clause of the claim's own sentence that states the claim
    clause: str = ""
    #: the claim's own sentence: only what it states can ground a refutation
    said_in: str = ""
    date_start: str | None = None
    date_end: str | None = None
    date_text: str | None = None
    date_exact: bool | None = None
    outcome: str | None = None
    vetoed_by: list[str] = []
    country_votes: dict[str, How] = {}


class Features(Part):
    """What the clause of a date or drafter claim also says about the vote (used to identify it)."""

    vetoed_by: list[str] | None = None
    outcome: str | None = None
    tally: dict[str, int] | None = None


class Anchor(Part):
    """The vote (or date) a relative date is counted from."""

    body: Body | None = None
    amendment: bool = False
    proposer: str | None = None
    resolution: str | None = None
    sentence: str = ""
    clause: str = ""
    date_start: str | None = None
    date_end: str | None = None
    date_text: str | None = None
    ident: bool = False
    features: Features = Features()


class AltIdent(Part):
    """The story's lead vote, a second candidate for a sentence that names none."""

    body: Body | None = None
    amendment: bool = False
    proposer: str | None = None
    resolution: str | None = None
    sentence: str = ""
    date_start: str | None = None
    date_end: str | None = None
    date_text: str | None = None
