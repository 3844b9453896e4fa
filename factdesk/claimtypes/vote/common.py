"""What the vote claim types share: how a vote is described, how a claimed tally, outcome or
set of subject words fits a vote.

The claim's identifying slots (body, date, subject words, proposer, amendment)
select candidate votes; its checked slots are compared with each candidate. A
claim consistent with one candidate is supported; a claim that contradicts every
candidate is refuted only when the candidates agree on the right value (or there
is just one), otherwise it stays unverified and the rationale names them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from factdesk.refs.base import ReferenceBase
from factdesk.refs.pack import Vote

HOW = {"yes": "in favour", "no": "against", "abstain": "abstained"}
UNDATED_WINDOW = dt.timedelta(days=365)


def describe(vote: Vote, refs: ReferenceBase) -> str:
    ident = vote.resolution or vote.symbol or vote.subject
    if vote.symbol and not vote.symbol_confirmed and not vote.resolution:
        ident = f"{vote.subject} (symbol {vote.symbol}, unconfirmed)"
    t = vote.tally
    parts = [f"{t.yes} in favour, {t.no} against, {t.abstain} abstentions"]
    full = refs.full_votes(vote)
    no = [c for c, v in full.items() if v == "no"]
    ab = [c for c, v in full.items() if v == "abstain"]
    if no:
        parts.append("against: " + ", ".join(no))
    if ab and len(ab) <= 6:
        parts.append("abstained: " + ", ".join(ab))
    body = "Security Council" if vote.body == "SC" else "General Assembly"
    out = f"{body}, {vote.date:%-d %b %Y}, {ident}: {vote.outcome}"
    if vote.vetoed_by:
        out += " (veto: " + ", ".join(vote.vetoed_by) + ")"
    return out + "; " + "; ".join(parts)


def tally_match(claimed: dict[str, int], vote: Vote) -> str | None:
    """'primary', 'alt' or None."""
    def fits(t) -> bool:  # noqa: ANN001
        return all(getattr(t, "abstain" if k == "abstain" else k) == v for k, v in claimed.items())

    if fits(vote.tally):
        return "primary"
    if any(fits(a.tally) for a in vote.alt_tallies):
        return "alt"
    return None


NEAR = dt.timedelta(days=31)


def _kw_score(v: Vote, text: str) -> int:
    return sum(1 for k in v.keywords if re.search(rf"\b{re.escape(k.lower())}\b", text))


def by_keywords(cands: list[Vote], s: Any) -> list[Vote]:
    """Narrow by the subject words of the clause first, then of the passage."""
    for key in ("clause", "sentence"):
        if len(cands) <= 1:
            break
        text = (getattr(s, key) or "").lower()
        if not text:
            continue
        scored = [(_kw_score(v, text), v) for v in cands]
        top = max(sc for sc, _ in scored)
        if top > 0:
            cands = [v for sc, v in scored if sc == top]
    return cands


def outcome_fits(said: str, vote: Vote) -> bool:
    return said == vote.outcome or (said == "failed" and vote.outcome == "vetoed")


def identify_undated(s: Any, refs: ReferenceBase, start: dt.date, end: dt.date, pub: dt.date) -> list[Vote]:
    """Votes near [start, end] that fit everything the claim says except its date."""
    feats = s.features or {}
    if s.resolution:
        num = s.resolution
        return [v for v in refs.votes.values() if (v.resolution and num in v.resolution) or num in v.keywords]
    want = "amendment" if s.amendment else "draft_resolution"
    cands = [v for v in refs.votes_between(start - NEAR, min(end + NEAR, pub), s.body) if v.kind == want]
    if s.proposer:
        cands = [v for v in cands if s.proposer in v.proposer]
    if feats.vetoed_by:
        cands = [v for v in cands if set(feats.vetoed_by) == set(v.vetoed_by)]
    if feats.outcome:
        cands = [v for v in cands if outcome_fits(feats.outcome, v)]
    if len(cands) > 1 and feats.tally:
        fit = [v for v in cands if tally_match(feats.tally, v)]
        cands = fit or cands
    return by_keywords(cands, s)

