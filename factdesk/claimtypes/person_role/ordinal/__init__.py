"""person_role.ordinal: A numbered office ("the 47th President", "President of the 78th session")."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.person_role.checks import compare_ordinal
from factdesk.claimtypes.person_role.ordinal.slots import OrdinalSlots
from factdesk.claimtypes.resolve import by_person

TYPE = ClaimType(
    id="person_role.ordinal", family="person_role", version="2", slots=OrdinalSlots, compare=compare_ordinal,
    help='A numbered office ("the 47th President", "President of the 78th session").',
    examples=('Dennis Francis, President of the 78th session of the General Assembly',),
    resolve=by_person(written="name", title="title"),
)
