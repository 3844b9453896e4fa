"""vote.drafter slots."""

from __future__ import annotations

from factdesk.claimtypes.vote.slots import Features, Part, VoteIdent


class ProposerClaim(Part):
    #: the country named (None: the ten elected members)
    who: str | None = None
    verb: str = "drafted"
    adjectival: bool = False
    text: str = ""


class DrafterSlots(VoteIdent):
    proposer_claim: ProposerClaim
    #: what identified the vote without the drafter: "resolution", "date", "context" or None
    basis: str | None = None
    features: Features = Features()
