"""The ``statement`` family: general statements and facts about people and events: properties,
places, terms, oaths, origins, quotations, Council seats.

Its claim types are the sub-packages of this folder; ``StatementChecker`` hands each claim to its
type's comparer (``factdesk.claimtypes.verdicts.FamilyChecker``)."""

from __future__ import annotations

from factdesk.claimtypes.verdicts import FamilyChecker


class StatementChecker(FamilyChecker):
    name = "statement"
    version = "3"
    kind = "statement"
