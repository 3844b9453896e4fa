"""Compare a statement.presidency claim: the references hold no table of the Council's monthly
presidencies, so the verdict is unverified and says so."""

from __future__ import annotations

from factdesk.claimtypes.base import CheckContext, Identification
from factdesk.claimtypes.statement.presidency.slots import PresidencySlots
from factdesk.claimtypes.verdicts import BaseChecker
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Verdict


def resolve(s: PresidencySlots, refs: ReferenceBase, ctx: CheckContext) -> Identification:
    """No record: the references do not list who presided over the Council in which month."""
    return Identification()


def compare(ck: BaseChecker, s: PresidencySlots, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    month = f" in {s.month}" if s.month else ""
    return ck.unverified(f"The references do not record which member held the Security Council's rotating "
                         f"presidency{month} ({s.country}, by the draft).")
