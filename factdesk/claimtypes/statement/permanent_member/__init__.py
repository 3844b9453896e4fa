"""statement.permanent_member: a country said to be a permanent (or non-permanent) member of the
UN Security Council, checked against the Charter's list in this folder's ``members.yaml``.

Added as the example of a claim type that lives entirely in its own folder: slots, finder,
resolver hook, comparer, data file with examples and counterexamples (docs/architecture.md)."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.statement.permanent_member.compare import compare, resolve
from factdesk.claimtypes.statement.permanent_member.slots import PermanentMemberSlots

TYPE = ClaimType(
    id="statement.permanent_member", family="statement", version="1", slots=PermanentMemberSlots,
    compare=compare, resolve=resolve,
    help="A country said to be a permanent or non-permanent member of the UN Security Council.",
    examples=("France, one of the five permanent members of the Security Council, abstained.",),
)
