"""vote.result slots."""

from __future__ import annotations

from factdesk.claimtypes.vote.slots import AltIdent, VoteIdent


class ResultSlots(VoteIdent):
    tally: dict[str, int] | None = None
    #: counts said with a hedge ("more than 140 countries voted in favour"): key -> (meaning, number),
    #: the meaning from factdesk/lexicon/hedges.yaml; kept out of ``tally``, which holds exact counts
    tally_hedged: dict[str, tuple[str, int]] = {}
    yes_below: int | None = None
    no_veto: bool = False
    not_vetoed_by: list[str] = []
    several_in_sentence: bool = False
    alt_ident: AltIdent | None = None
