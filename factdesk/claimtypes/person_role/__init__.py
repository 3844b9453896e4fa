"""The ``person_role`` family: A named person holding a stated office on the publication date.

Its claim types are the sub-packages of this folder; ``PersonRoleChecker`` hands each claim to its
type's comparer (``factdesk.claimtypes.verdicts.FamilyChecker``)."""

from __future__ import annotations

from factdesk.claimtypes.verdicts import FamilyChecker


class PersonRoleChecker(FamilyChecker):
    name = "person_role"
    version = "2"
    kind = "person_role"
