"""person_role.appointment: An appointment or a succession ("elected X as the country's new prime
minister", "X has been appointed as the new Chancellor of the Exchequer", "sacked Y", "succeeding
Y"): the person took (or left) the office about the day the sentence or the publication date gives."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.person_role.appointment.compare import compare_appointment, resolve_appointment
from factdesk.claimtypes.person_role.appointment.slots import AppointmentSlots

TYPE = ClaimType(
    id="person_role.appointment", family="person_role", version="1", slots=AppointmentSlots,
    compare=compare_appointment, resolve=resolve_appointment,
    help="An appointment or a succession: the person took (or left) the office about the day the sentence "
         "or the publication date gives.",
    examples=("Japanese politicians on Tuesday elected Shigeru Ishiba as the country's new prime minister, "
              "succeeding Fumio Kishida.",),
)
