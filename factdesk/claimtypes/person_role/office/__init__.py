"""person_role.office: A named person holding a stated office on the publication date."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.person_role.checks import compare_office
from factdesk.claimtypes.person_role.office.slots import OfficeSlots
from factdesk.claimtypes.resolve import by_person

TYPE = ClaimType(
    id="person_role.office", family="person_role", version="2", slots=OfficeSlots, compare=compare_office,
    help='A named person holding a stated office on the publication date.',
    examples=('Secretary of State Antony Blinken',),
    resolve=by_person(written="name", title="title"),
)
