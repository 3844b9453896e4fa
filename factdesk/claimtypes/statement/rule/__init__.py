"""statement.rule: a statement of the UN's voting rules as news copy restates them ("A resolution
needs at least nine votes in favor and no vetoes by the five permanent members"; "a two-thirds
majority was required for adoption"), checked against the Charter's rules in ``charter.yaml``.
The phrasings are data: ``factdesk/lexicon/rules.yaml``."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.statement.rule.compare import compare, resolve
from factdesk.claimtypes.statement.rule.slots import RuleSlots

TYPE = ClaimType(
    id="statement.rule", family="statement", version="1", slots=RuleSlots, compare=compare, resolve=resolve,
    help="A statement of the UN's voting rules (votes a Council draft needs, the Assembly's majority).",
    examples=("A resolution needs at least nine votes in favor and no vetoes by the five permanent members.",),
    refute_needs=1,
)
