"""Compare a statement.attempts claim with the failed Security Council drafts of its window."""

from __future__ import annotations

import datetime as dt

from factdesk.claimtypes.base import CheckContext
from factdesk.claimtypes.statement.attempts.slots import AttemptsSlots
from factdesk.claimtypes.verdicts import BaseChecker, evidence_for
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Label, Verdict

#: the day the Gaza war began, from which coverage of it counts the Council's attempts
GAZA_WAR = dt.date(2023, 10, 7)
#: the last day the Gaza pack's Council votes are curated to (seeds/gaza-un-2023-2024.jsonl)
GAZA_PACK_END = dt.date(2024, 12, 31)


def window(s: AttemptsSlots, published: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the window the sentence gives, as of ``published``."""
    if s.window == "last_month":
        last = published.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last
    if s.window == "this_week":
        return published - dt.timedelta(days=published.weekday()), published
    if s.window.startswith("days:"):
        return published - dt.timedelta(days=int(s.window[5:])), published
    if s.window == "gaza" and GAZA_WAR < published <= GAZA_PACK_END:
        return GAZA_WAR, published
    return None


def _failed(refs: ReferenceBase, start: dt.date, end: dt.date) -> list:
    return [v for v in refs.votes_between(start, end, "SC")
            if v.kind == "draft_resolution" and v.outcome in ("failed", "vetoed")]


def compare(ck: BaseChecker, s: AttemptsSlots, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    if s.ordinal:
        return ck.unverified(f"'{s.said}' is an ordinal of attempts or vetoes, which reports count in different ways "
                             "(amendments, other bodies, other topics): not counted.")
    span = window(s, ctx.published)
    if span is None:
        return ck.unverified(f"'{s.said}' gives no window the references can count failed Council drafts in.")
    start, end = span
    # the day of publication may hold a vote the count is said before or after: both must fit
    before = _failed(refs, start, end - dt.timedelta(days=1))
    through = _failed(refs, start, end)
    held = "; ".join(f"{v.date:%d %b %Y} {v.subject} ({v.outcome})" for v in through) or "none"
    if len(before) == len(through) == s.count:
        ev = [e for v in through for e in evidence_for(refs, v, f"{v.subject}: {v.outcome}")[:1]]
        return ck.verdict(Label.supported, f"The references hold {s.count} failed or vetoed Security Council drafts "
                          f"from {start:%d %b %Y} to {end:%d %b %Y}: {held}.", evidence=ev)
    return ck.unverified(f"The references hold {len(through)} failed or vetoed Security Council drafts from "
                         f"{start:%d %b %Y} to {end:%d %b %Y} ({held}); '{s.said}' may count amendments, other "
                         f"bodies or drafts the references lack: not refuted.")
