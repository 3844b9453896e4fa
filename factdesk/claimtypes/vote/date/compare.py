"""Compare the date a vote.date claim gives with the vote it identifies."""

from __future__ import annotations

import datetime as dt

from factdesk.claimtypes.base import Origin
from factdesk.claimtypes.spec import CheckContext
from factdesk.claimtypes.verdicts import BaseChecker, date_correction
from factdesk.claimtypes.vote.common import (
    by_keywords,
    coverage,
    dataset_undercount,
    describe,
    identify_undated,
    outcome_fits,
    tally_match,
    vote_evidence,
)
from factdesk.claimtypes.vote.date.slots import DateSlots
from factdesk.claimtypes.vote.identify import identify_vote
from factdesk.extract.dates import wrong_weekday
from factdesk.refs.base import ReferenceBase
from factdesk.refs.pack import Vote
from schemas.contracts import Identification, Label, Verdict


def compare_date(ck: BaseChecker, s: DateSlots, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    pub = ctx.published
    return _check_date(ck, s, refs, pub)


def _check_date(ck: BaseChecker, s: DateSlots, refs: ReferenceBase, pub: dt.date) -> Verdict:
    rel = s.relative
    if rel:
        anchor = rel.anchor
        if anchor.ident:
            a_start = dt.date.fromisoformat(anchor.date_start) if anchor.date_start else None
            a_end = dt.date.fromisoformat(anchor.date_end) if anchor.date_end else None
            if a_start is None or a_end is None:
                return ck.unverified("The vote this date is counted from is not identified.")
            inside = [v for v in refs.votes_between(a_start, a_end, anchor.body) if v.kind == "draft_resolution"]
            inside = by_keywords(inside, anchor)
            found = inside or identify_undated(anchor, refs, a_start, a_end, pub)
            if len(found) != 1:
                return ck.unverified("The vote this date is counted from is not identified.")
            base_date = found[0].date
            basis = f"counted from {describe(found[0], refs)}"
        else:
            a_start, a_end = dt.date.fromisoformat(anchor.date_start), dt.date.fromisoformat(anchor.date_end)
            if a_start != a_end:
                return ck.unverified("The date this one is counted from is not a single day.")
            base_date, basis = a_start, f"counted from {a_start:%a %-d %b %Y}"
        day = base_date + dt.timedelta(days=rel.days)
        tol = dt.timedelta(days=rel.tolerance)
        start, end, said = day - tol, day + tol, f"{day:%a %-d %b %Y} ({basis})"
    else:
        start, end = dt.date.fromisoformat(s.date_start), dt.date.fromisoformat(s.date_end)
        said = f"'{s.date_text}' = " + (f"{start:%a %-d %b %Y}" if start == end else f"{start} to {end}")
    feats = s.features or {}
    want = "amendment" if s.amendment else "draft_resolution"
    near = [v for v in refs.votes_between(start, end, s.body) if v.kind == want]
    on_date = list(near)
    if s.resolution:
        num = s.resolution
        near = [v for v in near if (v.resolution and num in v.resolution) or num in v.keywords]
    if feats.vetoed_by:
        near = [v for v in near if set(feats.vetoed_by) == set(v.vetoed_by)]
    unfit = near
    if feats.outcome:
        near = [v for v in near if outcome_fits(feats.outcome, v)] or _loosely_vetoed(s, unfit)
    if s.proposer and [v for v in near if s.proposer in v.proposer]:
        near = [v for v in near if s.proposer in v.proposer]
    if near and feats.tally and len(feats.tally) >= 2:
        # the count the clause gives with the date: a vote of that day without it is not the one meant ("the measure
        # passed handily on Wednesday by a vote of 128 against nine, with 35 abstentions", The Jerusalem Post
        # 2017-12-22 with the weekday planted, was supported as A/RES/72/229 of the 20th, 185-2-0)
        counted = [v for v in near if v.tally is None or _count_fits(feats.tally, v, refs)]
        if not counted and any(_count_fits(feats.tally, v, refs) for v in refs.votes_between(
                start - _COUNT_DAYS, min(end + _COUNT_DAYS, pub), s.body) if v.kind == want):
            # ... when a vote of the days around has that count: the sentence means that one (a count that fits no
            # vote is the claim's error, judged by ``vote.result``, and the day is still the vote's)
            near = []
    if not near and feats.outcome and not s.relative:
        wrong = _wrong_outcome(ck, s, refs, unfit, on_date)
        if wrong is not None:
            return wrong
    if near:
        v = near[-1]
        wrong_day = _wrong_weekday(ck, s, refs, v, near, start, end, said)
        if wrong_day is not None:
            return wrong_day
        return ck.verdict(Label.supported, f"{describe(v, refs)}; the draft's date: {said}.",
                            evidence=vote_evidence(refs, v, s))
    if s.meeting:
        return ck.unverified(f"No vote in the references fits the meeting's date {said}; a meeting held to vote "
                             "may have put the vote off, so the date is not refuted.")
    cands = identify_undated(s, refs, start, end, pub)
    if feats.tally and len(feats.tally) >= 2 and any(v.tally is not None and _count_fits(feats.tally, v, refs)
                                                     for v in cands):
        cands = [v for v in cands if v.tally is None or _count_fits(feats.tally, v, refs)]
    if not cands:
        return ck.unverified(f"No vote in the references fits this claim near the date it gives"
                             f"{coverage(refs, s, True, start, end)}.")
    inside = [v for v in cands if start <= v.date <= end]
    if inside:
        v = inside[-1]
        return ck.verdict(Label.supported, f"{describe(v, refs)}; the draft's date: {said}.",
                            evidence=vote_evidence(refs, v, s))
    dates = {v.date for v in cands}
    if len(cands) != 1 and len(dates) != 1:
        names = "; ".join(describe(v, refs) for v in cands[:3])
        return ck.unverified(f"The date does not fit, but several votes could be meant: {names}.")
    v = cands[0]
    if refs.world is not None and refs.world.owns(v.id) and not s.resolution:
        return ck.unverified(f"{describe(v, refs)} would fit on another day, but only a symbol identifies a "
                             "vote of the world base without its date.")
    if on_date and not s.resolution:
        # a vote did happen that day: the draft may have the date right and another detail
        # wrong, which the claim's other parts are judged on
        return ck.unverified(
            f"A vote took place on {said}: {describe(on_date[-1], refs)}; it does not match every detail, "
            f"and {describe(v, refs)} would fit them on another day."
        )
    ident = identify_vote(s, v, cands, checked=("date",))
    off = min(abs((v.date - start).days), abs((v.date - end).days))
    if off > _DAY_OFF and not any(f.slot not in ("body", "outcome", "date") for f in ident.own_facts):
        # a body and an outcome alone name any vote of that body near the date: a day or two off is a wrong
        # day of the vote they name ("the General Assembly's resolution, adopted by a majority on 26 October",
        # UN press SC/15496, of 27 October: tests/realcorpus 016), further off it may be another vote: "The
        # United Nations General Assembly Thursday adopted, by a huge majority, a resolution demanding the end of
        # the United States' economic blockade on Cuba" (APP 2023-11-03: the Cuba embargo vote the references do
        # not hold) was refuted with the date of A/RES/ES-10/21, adopted six days before
        return ck.unverified(f"{describe(v, refs)} is the only vote near the date this sentence gives, but only "
                             f"the body and the outcome tie the sentence to it: the sentence may be about a vote the "
                             f"references do not hold.")
    return _wrong_date(ck, s, refs, v, ident, f"the vote was on {v.date:%A %-d %B %Y}; the draft's date: {said}")


def _loosely_vetoed(s: DateSlots, votes: list[Vote]) -> list[Vote]:
    """The Security Council draft of the claim's drafter that failed that day short of nine votes, for "vetoed"
    with no vetoer named: loose wording for the outcome ("The UN Security Council (UNSC) vetoed to adoption of a
    resolution proposed by Russia ... on October 16", TDI 2023-10-18; "the United States, France and the United
    Kingdom vetoed a Russian draft resolution", Voltaire Network 2023-10-17, of the same draft), which
    ``vote.result`` judges; the date is the vote's. Empty unless the drafter is named and fits one such vote."""
    if (s.features.outcome != "vetoed" or s.features.vetoed_by or not s.proposer or s.relative
            or s.body not in (None, "SC")):
        return []
    failed = [v for v in votes if v.body == "SC" and v.outcome == "failed" and not v.vetoed_by
              and s.proposer in v.proposer]
    return failed if len(failed) == 1 else []


#: how far from the date a vote whose count the clause gives shows the date is that vote's wrong day
_COUNT_DAYS = dt.timedelta(days=3)


def _count_fits(claimed: dict[str, int], v: Vote, refs: ReferenceBase) -> bool:
    """The count is ``v``'s (any record of it), or a roll-call dataset's undercount of it."""
    return tally_match(claimed, v) is not None or dataset_undercount(claimed, v, refs)


def _wrong_date(ck: BaseChecker, s: DateSlots, refs: ReferenceBase, v: Vote, ident: Identification,
                why: str) -> Verdict:
    """The refutation of a vote's date: ``v``'s own date as the correction, ``why`` after its description."""
    return ck.verdict(Label.refuted, f"{describe(v, refs)} — {why}.", confidence=0.9,
                      correction=date_correction(v.date), evidence=vote_evidence(refs, v, s), identification=ident)



def _wrong_weekday(ck: BaseChecker, s: DateSlots, refs: ReferenceBase, v: Vote, near: list[Vote],
                   start: dt.date, end: dt.date, said: str) -> Verdict | None:
    """A weekday that is not the day the date beside it fell on, for the vote of that date: the day of the month
    (with the body) identifies the vote, the weekday is the claim ("on Friday, 7 April": 7 April 2022 was a
    Thursday). None unless one vote of that one day fits and the date gives both."""
    if s.relative or start != end or v.date != start or len({o.id for o in near}) != 1:
        return None
    said_day = wrong_weekday(s.date_text or "", v.date)
    if said_day is None:
        return None
    ident = identify_vote(s, v, near, checked=())
    return _wrong_date(ck, s, refs, v, ident,
                       f"{v.date:%-d %B %Y} was a {v.date:%A}, not a {said_day}; the draft's date: {said}")


_BY = {"United States": "the United States", "United Kingdom": "the United Kingdom"}
#: how far a date identified only by the body and the outcome may be from the vote and still be that
#: vote's wrong day (as ``vote.result``'s near-date guess: a wrong weekday, another time zone)
_DAY_OFF = 2


def outcome_correction(v: Vote) -> str:
    """The recorded outcome with its day and count: "vetoed by the United States on Wednesday
    18 October 2023; 12 in favour, 1 against, 2 abstentions"."""
    what = v.outcome or "voted"
    if v.vetoed_by:
        what += " by " + " and ".join(_BY.get(m, m) for m in v.vetoed_by)
    out = f"{what} on {v.date:%A} {v.date.day} {v.date:%B %Y}"
    if v.tally is not None:
        t = v.tally
        out += f"; {t.yes} in favour, {t.no} against, {t.abstain} abstention" + ("" if t.abstain == 1 else "s")
    return out


def _wrong_outcome(ck: BaseChecker, s: DateSlots, refs: ReferenceBase, fit: list[Vote],
                   on_date: list[Vote]) -> Verdict | None:
    """The outcome compared, not identifying: the body, the date and the drafter or subject words
    of the claim's own sentence leave one vote, whose recorded outcome is not the one the claim
    gives ("The UN Security Council on Wednesday adopted a Brazil-led resolution", planted from
    the Tribune's "failed to adopt", 18 October 2023). None when the vote is not identified so."""
    said = s.features.outcome or ""
    if s.proposer:
        fit = [v for v in fit if s.proposer in v.proposer]
    fit = by_keywords(fit, s)
    if len(fit) != 1 or fit[0].outcome is None:
        return None
    v = fit[0]
    if (said == "adopted") == (v.outcome == "adopted"):
        # "vetoed" for a draft that failed short of nine votes is loose wording, not the wrong side
        # ("The UN Security Council (UNSC) vetoed to adoption of a resolution proposed by Russia",
        # TDI 2023-10-18): only adopted against not adopted is refuted here
        return None
    if said == "vetoed" and v.body == "GA":
        return None  # a General Assembly vote cannot be vetoed: the vote meant is another
    amended = [o for o in refs.votes_between(v.date, v.date, v.body) if o.kind == "amendment" and outcome_fits(said, o)]
    if amended and any(o.kind == "amendment" for o in by_keywords([v, *amended], s)):
        # an amendment voted that day with the outcome the claim gives may be meant, unless the
        # sentence's subject words fit the draft and not the amendment
        return None
    ident = identify_vote(s, v, fit, checked=("outcome",))
    own = {f.slot for f in ident.facts if f.origin == Origin.sentence}
    if not ({"body", "date"} <= own and own & {"drafter", "subject", "symbol"}):
        return None
    if refs.world is not None and refs.world.owns(v.id) and not (own & {"subject", "symbol"}):
        return None
    return ck.verdict(
        Label.refuted,
        f"{describe(v, refs)} — the draft says it was {said}.",
        confidence=0.9,
        correction=outcome_correction(v),
        evidence=vote_evidence(refs, v, s),
        identification=ident,
    )
