"""statement.invoked: an article of the UN Charter said to have been invoked ("Antonio Guterres invoked
Article 99 of the UN Charter", "He invoked Article 99 of the founding UN Charter"), checked against the
events of the reference packs that invoked it (the Secretary-General's letter of 6 December 2023). A
claim is supported when one such event happened by the publication date and the sentence names no
other actor; otherwise it is left unverified, never refuted. Examples: ``invoked.yaml``."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.statement.invoked.compare import compare, resolve
from factdesk.claimtypes.statement.invoked.slots import InvokedSlots

TYPE = ClaimType(
    id="statement.invoked", family="statement", version="1", slots=InvokedSlots, compare=compare, resolve=resolve,
    help="An article of the UN Charter said to have been invoked, checked against the events that invoked it.",
    examples=("Antonio Guterres invoked Article 99 of the UN Charter.",),
)
