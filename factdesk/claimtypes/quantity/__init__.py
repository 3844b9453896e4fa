"""The ``quantity`` family: A number compared with a known figure, honouring hedges and rounding.

Its claim types are the sub-packages of this folder; ``QuantityChecker`` hands each claim to its
type's comparer (``factdesk.claimtypes.verdicts.FamilyChecker``)."""

from __future__ import annotations

from factdesk.claimtypes.verdicts import FamilyChecker


class QuantityChecker(FamilyChecker):
    name = "quantity"
    version = "1"
    kind = "quantity"
