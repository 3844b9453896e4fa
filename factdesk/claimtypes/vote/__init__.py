"""The ``vote`` family: UN votes (and confirmation votes): outcome, tally, vetoes, country votes, dates, drafters.

Its claim types are the sub-packages of this folder; ``VoteChecker`` hands each claim to its
type's comparer (``factdesk.claimtypes.verdicts.FamilyChecker``)."""

from __future__ import annotations

from factdesk.claimtypes.verdicts import FamilyChecker


class VoteChecker(FamilyChecker):
    name = "vote"
    version = "2"
    kind = "vote"
