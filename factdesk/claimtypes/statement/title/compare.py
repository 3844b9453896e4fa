"""Compare a statement.title claim with the titles of the votes of the fortnight before publication."""

from __future__ import annotations

import datetime as dt
import re

from factdesk.claimtypes.base import CheckContext
from factdesk.claimtypes.statement.title.slots import TitleSlots
from factdesk.claimtypes.verdicts import BaseChecker, evidence_for
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Label, Verdict

#: how far before the publication date the titled vote may lie
WINDOW = dt.timedelta(days=14)


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()


def compare(ck: BaseChecker, s: TitleSlots, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    want = _norm(s.title)
    votes = [v for v in refs.votes_between(ctx.published - WINDOW, ctx.published + dt.timedelta(days=1))
             if _norm(v.subject) == want]
    if len({v.resolution or v.symbol or v.id for v in votes}) == 1:
        v = votes[0]
        label = v.resolution or v.symbol or v.subject
        return ck.verdict(Label.supported, f"{label} ({v.date:%d %b %Y}) is titled '{v.subject}'.",
                          evidence=evidence_for(refs, v, v.subject))
    return ck.unverified(f"No vote of the fortnight before {ctx.published:%d %b %Y} in the references bears the title "
                         f"'{s.title}' (the references do not hold every text's title): not refuted.")
