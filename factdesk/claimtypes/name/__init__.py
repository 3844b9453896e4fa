"""The ``name`` family: A known person's name, misspelled.

Its claim types are the sub-packages of this folder; ``NameChecker`` hands each claim to its
type's comparer (``factdesk.claimtypes.verdicts.FamilyChecker``)."""

from __future__ import annotations

from factdesk.claimtypes.verdicts import FamilyChecker


class NameChecker(FamilyChecker):
    name = "name"
    version = "1"
    kind = "name"
