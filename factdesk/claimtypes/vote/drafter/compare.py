"""Compare the drafter a vote.drafter claim names with the vote identified without it."""

from __future__ import annotations

import datetime as dt
import re

from factdesk.claimtypes.spec import CheckContext
from factdesk.claimtypes.verdicts import BaseChecker
from factdesk.claimtypes.vote.common import (
    NEAR,
    by_keywords,
    describe,
    outcome_fits,
    tally_match,
    vote_evidence,
)
from factdesk.claimtypes.vote.drafter.slots import DrafterSlots
from factdesk.claimtypes.vote.identify import identify_vote
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Label, Verdict


def compare_drafter(ck: BaseChecker, s: DrafterSlots, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    return _check_proposer(ck, s, refs, ctx.published)


def _check_proposer(ck: BaseChecker, s: DrafterSlots, refs: ReferenceBase, pub: dt.date) -> Verdict:
    """Who drafted the vote. The vote is identified without the drafter; a drafter that
    names another vote the writer may have meant never yields a refutation."""
    pc = s.proposer_claim
    who = pc.who
    feats = s.features or {}
    want = "amendment" if s.amendment else "draft_resolution"
    wide = False
    if not s.basis:
        return ck.unverified("The vote this drafter is said of is not identified without the drafter.")
    if s.resolution and not s.amendment:
        num = s.resolution
        base = refs.votes_with_resolution(num)
        around = base
    elif s.date_start:
        start, end = dt.date.fromisoformat(s.date_start), dt.date.fromisoformat(s.date_end)
        base = [v for v in refs.votes_between(start, end, s.body) if v.kind == want]
        # a date may be off by days ("a Brazilian text on October 16" for the 18th): any vote
        # near it by the named drafter may be the one meant
        around = [v for v in refs.votes_between(start - NEAR, min(end + NEAR, pub), None)]
        if not base:
            wide = True
            base = [v for v in refs.votes_between(start - NEAR, min(end + NEAR, pub), s.body) if v.kind == want]
    else:
        return ck.unverified("The vote this drafter is said of is not identified.")
    cands = list(base)
    narrowed_by_feature = False
    if feats.vetoed_by:
        cands = [v for v in cands if set(feats.vetoed_by) == set(v.vetoed_by)]
        narrowed_by_feature = True
    if feats.outcome:
        # the outcome narrows but does not identify a vote on another day than the sentence's: "The
        # United Nations Security Council failed to adopt a Russian-drafted resolution on Saturday" (14
        # April 2018, Reuters via SMH) is not the US draft Russia vetoed on the 10th
        cands = [v for v in cands if outcome_fits(feats.outcome, v)]
    if feats.tally and len(cands) > 1:
        cands = [v for v in cands if tally_match(feats.tally, v)]
        narrowed_by_feature = True
    if len(cands) > 1:
        cands = by_keywords(cands, s)
    said = pc.text or ""
    if len(cands) != 1:
        return ck.unverified(f"The vote '{said}' is said of is not identified without its drafter.")
    v = cands[0]
    ev = vote_evidence(refs, v, s)
    e10_note = bool(re.search(r"\b(?:10|ten)\s+elected\s+members\b|\bE10\b", v.note or ""))
    if who is None:  # the ten elected members
        if len(v.proposer) >= 10 or e10_note:
            return ck.verdict(Label.supported, f"{describe(v, refs)}; drafted by the elected members.", evidence=ev)
        return ck.unverified(f"The references do not record the elected members as drafters of {describe(v, refs)}.")
    if who in v.proposer:
        return ck.verdict(Label.supported, f"{describe(v, refs)}; drafted by {', '.join(v.proposer)}.", evidence=ev)
    if any(who in b.proposer for b in base + around):
        return ck.unverified(f"'{said}' may name the vote meant rather than a wrong drafter.")
    if not v.proposer:
        return ck.unverified(f"The references do not record who drafted {describe(v, refs)}.")
    if wide and not narrowed_by_feature:
        return ck.unverified(f"No vote on the date given; '{said}' may be about another vote.")
    if v.body == "GA" and v.kind == "draft_resolution":
        # an Assembly text has many co-sponsors, and the references name the one that introduced it: "the General
        # Assembly adopted a resolution prepared by France and Mexico on the humanitarian situation in Ukraine" (TASS
        # via The Frontier Post 2022-03-24) is the French-Mexican text Ukraine introduced (A/RES/ES-11/2), and "The
        # resolution, drafted by Ukraine and allies" (Xinhua via CanIndia, the same vote) names the introducer
        return ck.unverified(f"{describe(v, refs)}: introduced by {', '.join(v.proposer)}; an Assembly text has many "
                             f"co-sponsors, and '{said}' may name one the references do not list.")
    if v.body == "SC" and v.outcome == "vetoed" and feats.outcome == "failed":
        # "failed to adopt" or "rejected" a text of another drafter on the day of a veto: the references hold only
        # the vetoed drafts of many days, and a rival draft that failed for want of votes may be meant ("The UN
        # Security Council on Tuesday failed to adopt a Russian-drafted resolution", Xinhua 2018-04-10, and "The
        # United Nations Security Council on Saturday rejected a Russian-drafted resolution urging a ceasefire in
        # Aleppo", AFP via Manila Bulletin 2016-10-09, were refuted against the US and French drafts Russia vetoed)
        return ck.unverified(f"{describe(v, refs)}: the vetoed draft of that day; '{said}' may be a rival draft "
                             f"that failed for want of votes, which the references do not hold.")
    verb = pc.verb or "drafted"
    if e10_note and verb.lower() not in ("introduced", "tabled", "put forward", "submitted"):
        return ck.unverified(f"{describe(v, refs)}: drafted by the elected members, which may include the one named.")
    if len(v.proposer) >= 10:
        names = "the 10 elected members (" + ", ".join(v.proposer) + ")"
        adj_name = "E10"
    else:
        names = " and ".join(("the " + p) if p in ("United States", "United Kingdom", "United Arab Emirates") else p
                             for p in v.proposer)
        adj_name = "-".join({"United States": "US", "United Kingdom": "UK"}.get(p, p) for p in v.proposer)
    correction = f"{adj_name}-{verb.lower()} ({verb} by {names})" if pc.adjectival else f"{verb} by {names}"
    return ck.verdict(
        Label.refuted,
        f"{describe(v, refs)} — {verb} by {names}, not {who}; the draft says '{said}'.",
        confidence=0.9,
        correction=correction,
        evidence=ev,
        identification=identify_vote(s, v, cands, checked=("drafter",)),
    )

