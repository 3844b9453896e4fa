"""The ``event_date`` family: The date of a known event, or of the start of a person's term in office.

Its claim types are the sub-packages of this folder; ``EventDateChecker`` hands each claim to its
type's comparer (``factdesk.claimtypes.verdicts.FamilyChecker``)."""

from __future__ import annotations

from factdesk.claimtypes.verdicts import FamilyChecker


class EventDateChecker(FamilyChecker):
    name = "event_date"
    version = "3"
    kind = "event_date"
