"""statement.rule slots."""

from __future__ import annotations

from factdesk.claimtypes.base import Slots


class RuleSlots(Slots):
    #: the rule in charter.yaml the sentence states: "sc-adoption" or "ga-majority"
    rule: str
    #: affirmative votes a Council draft is said to need ("at least nine votes")
    votes: int | None = None
    #: how many permanent members the sentence says can veto ("the five permanent members")
    permanent: int | None = None
    #: the permanent members the sentence lists (canonical names)
    members: list[str] = []
    #: the Council's size as stated ("the 15 council members")
    size: int | None = None
    #: the Assembly's majority as stated: "two-thirds", "three-quarters", "simple"
    majority: str | None = None
    #: the words that name the body: in the sentence, or (empty) only in the passage before it
    body_words: str = ""
