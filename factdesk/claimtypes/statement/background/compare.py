"""Compare a statement.background claim: the references hold no record of it, so it is
unverified, with the reason the data file gives."""

from __future__ import annotations

from factdesk.claimtypes.base import CheckContext
from factdesk.claimtypes.statement.background.data import load
from factdesk.claimtypes.statement.background.slots import BackgroundSlots
from factdesk.claimtypes.verdicts import BaseChecker
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Verdict


def compare(ck: BaseChecker, s: BackgroundSlots, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    return ck.unverified(load()["topics"][s.topic]["unverified"])
