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
from functools import lru_cache
from typing import Any

from factdesk import lexicon, rxcache
from factdesk.claimtypes.verdicts import evidence_for
from factdesk.refs.base import ReferenceBase
from factdesk.refs.pack import Vote
from factdesk.rxgate import gated

HOW = {"yes": "in favour", "no": "against", "abstain": "abstained"}
UNDATED_WINDOW = dt.timedelta(days=365)


def describe(vote: Vote, refs: ReferenceBase) -> str:
    """The vote as a rationale names it: body, date, symbol, outcome, tally and the members against
    (and abstaining). Made once per vote of the reference base (a rationale and an evidence item of
    each claim about it ask for it)."""
    hit = refs.memo("votes.described", dict).get(vote.id)
    if hit is None or hit[0] is not vote:
        hit = refs.memo("votes.described", dict)[vote.id] = (vote, _describe(vote, refs))
    return hit[1]


def _describe(vote: Vote, refs: ReferenceBase) -> str:
    ident = vote.resolution or vote.symbol or vote.subject
    if vote.symbol and not vote.symbol_confirmed and not vote.resolution:
        ident = f"{vote.subject} (symbol {vote.symbol}, unconfirmed)"
    t = vote.tally
    parts = [f"{t.yes} in favour, {t.no} against, {t.abstain} abstentions" if t is not None
             else "no tally in the references"]
    full = refs.full_votes(vote)
    no = [c for c, v in full.items() if v == "no"]
    ab = [c for c, v in full.items() if v == "abstain"]
    if no:
        parts.append("against: " + ", ".join(no))
    if ab and len(ab) <= 6:
        parts.append("abstained: " + ", ".join(ab))
    outcome = vote.outcome or ("amendment vote" if vote.kind == "amendment" else "recorded vote")
    body = "Security Council" if vote.body == "SC" else "General Assembly"
    out = f"{body}, {vote.date:%-d %b %Y}, {ident}: {outcome}"
    if vote.vetoed_by:
        out += " (veto: " + ", ".join(vote.vetoed_by) + ")"
    return out + "; " + "; ".join(parts)


def vote_evidence(refs: ReferenceBase, vote: Vote, s: Any) -> list:
    """Evidence for ``vote``. A world-base vote's excerpt is its record: symbol, date, subject,
    the recorded tally and the recorded vote of each country the claim names."""
    if refs.world is None or not refs.world.owns(vote.id):
        return evidence_for(refs, vote, describe(vote, refs))
    head = f"{vote.symbol or vote.id}, {vote.date.isoformat()}: {vote.subject}"
    if vote.tally is not None:
        t = vote.tally
        head += f". Recorded vote: yes {t.yes}, no {t.no}, abstain {t.abstain}"
    if vote.vetoed_by:
        head += ". Vetoed by " + ", ".join(vote.vetoed_by)
    named = getattr(s, "country_votes", None) or {}
    rows = [f"{c}: {vote.votes.get(c, 'no recorded vote')}" for c in named]
    return evidence_for(refs, vote, head + (". " + "; ".join(rows) if rows else ""))


def coverage(refs: ReferenceBase, s: Any, dated: bool, start: dt.date | None = None,
             end: dt.date | None = None) -> str:
    """Why no vote fits: outside what the references hold, or inside it (then no recorded
    vote of that period fits)."""
    if start is None and s.date_start:
        start, end = dt.date.fromisoformat(s.date_start), dt.date.fromisoformat(s.date_end)
    if refs.world is None or start is None or end is None:
        return ""
    from factdesk.world.coverage import covers, outside

    reason = outside(s.body, start, end)
    if reason:
        return f"; {reason}"
    if not dated or s.body not in ("GA", "SC") or not covers(s.body, start, end):
        return ""
    if s.body == "GA":
        return "; the references hold every recorded vote of that period, and no recorded vote fits"
    if s.vetoed_by or s.outcome in ("vetoed", "failed"):
        return "; the references hold every veto of that period, and no veto fits"
    return "; of the Council's votes of that period the references hold only the vetoed drafts"


#: the GA dataset misses a country's vote now and then (A/RES/ES-10/19: 127 in favour in it,
#: 128 in the official record), so a claimed count this much above it may be the official one
DATASET_SLACK = 2


def world_doubt(refs: ReferenceBase, v: Vote, s: Any, dated: bool, n_cands: int) -> str | None:
    """Why a world-base vote must not refute this claim, or None. The record must be identified
    from the sentence itself: by symbol, or by its date and subject words leaving one vote."""
    if refs.world is None or not refs.world.owns(v.id):
        return None
    if not (s.resolution or (dated and n_cands == 1)):
        return (f"{describe(v, refs)} may be the vote meant, but the sentence does not identify it by symbol, "
                "or by date and subject, so the dataset does not settle it.")
    claimed = getattr(s, "tally", None) or {}
    if claimed and dataset_undercount(claimed, v, refs):
        return (f"{describe(v, refs)}. The draft's count is up to {DATASET_SLACK} above the recorded one; the "
                "dataset misses a country's vote now and then, so the draft may give the official count.")
    return None


def dataset_undercount(claimed: dict[str, int], v: Vote, refs: ReferenceBase) -> bool:
    """``v`` is a roll-call dataset's record (the world base's) and the claimed count is up to ``DATASET_SLACK``
    above its count, never below: the official count of a vote the dataset missed a member's vote of."""
    if refs.world is None or v.tally is None or not refs.world.owns(v.id):
        return False
    over = [claimed[k] - getattr(v.tally, k) for k in ("yes", "no", "abstain") if k in claimed]
    return bool(over) and all(0 <= d <= DATASET_SLACK for d in over) and sum(over) <= DATASET_SLACK


def tally_match(claimed: dict[str, int], vote: Vote) -> str | None:
    """'primary', 'alt' or None."""
    def fits(t) -> bool:  # noqa: ANN001
        return all(getattr(t, "abstain" if k == "abstain" else k) == v for k, v in claimed.items())

    if vote.tally is None:
        return None
    if fits(vote.tally):
        return "primary"
    if any(fits(a.tally) for a in vote.alt_tallies):
        return "alt"
    return None


NEAR = dt.timedelta(days=31)


_NUMBER_WORDS = r"\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|a\s+(?:dozen|hundred)|half"
#: "exceeding the 140 or so countries that have routinely backed resolutions condemning Russia ...",
#: "a larger majority than the truce resolution passed in October": the rest of the sentence is
#: about another vote (``factdesk/lexicon/comparisons.yaml``); "more than 150 countries" is a
#: hedge on a number, not a comparison
_COMPARISON = gated(re.compile(r"(?<![\w-])(?:" + lexicon.alternation(lexicon.words("comparisons")) + r")(?![\w-])"
                               r"(?!\s+(?:" + _NUMBER_WORDS + r"))[^.;!?]*", re.I))
_WORD = r"(?!(?:The|UN|U\.N\.|Security|General|Council|Assembly|Nations)\b)[A-Z][\w.'’-]*"
_NAME = rf"(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,3}}"
#: "Russia, Syria, Nicaragua, North Korea, and Belarus opposed", "joined Russia in voting against",
#: "Belarus and of course Russia -- voted against": members named as voters, not the vote's subject
_VOTERS = re.compile(
    rf"{_NAME}(?:\s*,\s*(?:and\s+)?(?:of\s+course\s+)?{_NAME}|\s+and\s+(?:of\s+course\s+)?{_NAME})*"
    r"\s*(?:--|–|—)?\s*(?:also\s+|all\s+)?(?=(?:voted|opposed|abstained|abstaining|vetoed|in\s+voting)\b)")
#: the members named after the way they voted, behind a dash or a colon: "7 countries voted against it –
#: Russia, Belarus, Syria, North Korea, Eritrea, Nicaragua and Mali" (Ukraine Today, UNIAN, 2023-02-23:
#: "Russia" named A/RES/ES-11/1), "Seven countries voted against it — Russia, Belarus, North Korea, ..."
#: (Kyiv Independent, 2023-02-23), "with seven voting against: Eritrea, Mali, Nicaragua, Russia, ..."
#: (Osei Agyemang, 2023-02-24)
_VOTERS_AFTER = re.compile(
    r"\b(?:voted|voting)\s+(?:against|in\s+favou?r\s+of|for|no)(?:\s+(?:it|them|the\s+\w+))?\s*(?:--|–|—|:)\s*"
    rf"(?P<list>{_NAME}(?:\s*,\s*(?:and\s+)?{_NAME}|\s+and\s+{_NAME})*)")
#: every match of ``_VOTERS`` is followed by one of these (its look-ahead, case-sensitive): a text
#: holding none of them has no match, and is not scanned (a scan tries every capitalised word)
_VOTER_VERBS = ("voted", "opposed", "abstain", "vetoed", "voting")


#: a roll call in brackets: "5 in favour (Brazil, China, Mozambique, Russian Federation, United Arab
#: Emirates)" (UN press SC/15496, 2023-11-15), "3 in favour (Algeria, China, Russian Federation)" (UN press
#: SC/15641, 2024-03-25), "138 in favor to nine against (Canada, Czech Republic, Federated States of
#: Micronesia, Israel, ...)" (TW News 24, 2024-04-19: "States" named the 2012 Cuba embargo vote)
_BRACKET = re.compile(r"\(([^()]{3,600})\)")
_MEMBER_ITEM = re.compile(r"(?:and\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|and|the)){0,4}")


def _blank_bracketed_members(text: str) -> str:
    def blank(m: re.Match) -> str:
        items = [i.strip() for i in m.group(1).split(",")]
        if len(items) >= 2 and all(_MEMBER_ITEM.fullmatch(i) for i in items):
            return " " * len(m.group(0))
        return m.group(0)
    return _BRACKET.sub(blank, text)


def subject_text(text: str, whole: str = "") -> str:
    """``text`` without what cannot name the vote's subject: a comparison with another vote (to
    the end of its sentence) and members named as voters, in ``text`` or in ``whole`` (the
    sentence ``text`` is a clause of: the list may end after the clause, "..., North Korea, and
    Belarus opposed"). Seen in tests/realcorpus 037, 051, 067, 069 and tests/corpus 008."""
    if not text:
        return text
    at = whole.find(text) if whole else -1
    base = whole if at >= 0 else text
    base = _blank_bracketed_members(base)
    blanked = _VOTERS.sub(lambda m: " " * len(m.group(0)), base) if any(map(base.__contains__, _VOTER_VERBS)) else base
    if "voting" in blanked or "voted" in blanked:
        blanked = _VOTERS_AFTER.sub(lambda m: m.group(0)[:m.start("list") - m.start()] + " " * len(m.group("list")),
                                    blanked)
    if at >= 0:
        blanked = blanked[at:at + len(text)]
    return _COMPARISON.sub(" ", blanked)


_NEEDS = re.compile(r"\b(?:must|needs?|needed|requires?|required|at\s+least|minimum)\b[^.;]{0,60}$", re.I)


def sentence_tallies(sentence: str) -> list[dict[str, int]]:
    """The counts the sentence reports ("Twelve countries voted in favor", "12-1-2"), not what a
    text needs ("at least nine votes in favour")."""
    from factdesk.extract.vote_grammar import _tallies

    out = []
    for start, _, t in _tallies(sentence or ""):
        if _NEEDS.search(sentence, 0, start):
            continue
        t = {k: n for k, n in t.items() if k in ("yes", "no", "abstain")}
        if t:
            out.append(t)
    return out


def fits_tally(claimed: dict[str, int], vote: Vote) -> bool:
    tallies = [vote.tally, *(a.tally for a in vote.alt_tallies)]
    return any(t is not None and all(getattr(t, k) == n for k, n in claimed.items()) for t in tallies)


#: words a vote report uses for the count, the voters and the body, which some roll-call records list as subject
#: words ("Unilateral economic measures ... against developing countries", "Cuba--united states"): they name no
#: subject. "the measure passed handily on Wednesday by a vote of 128 against nine, with 35 abstentions and 21
#: countries not voting" (The Jerusalem Post 2017-12-22, weekday planted) was identified as A/RES/72/201 by "against,
#: countries"; "three votes against (the United States, Israel Palau)" (UN News 2009-10-29) named the Cuba vote by
#: "united, states"
VOTE_VOCABULARY = frozenset({"against", "countries", "states", "united", "nations", "members"})


@lru_cache(maxsize=8192)
def subject_keywords(keywords: tuple[str, ...]) -> tuple[str, ...]:
    """A record's subject words without ``VOTE_VOCABULARY``."""
    return tuple(k for k in keywords if k.lower() not in VOTE_VOCABULARY)


def _kw_score(v: Vote, text: str) -> int:
    return sum(1 for k in subject_keywords(tuple(v.keywords)) if _keyword_re(k).search(text))


@lru_cache(maxsize=4096)
def _keyword_re(keyword: str) -> re.Pattern[str]:
    """A subject word's pattern, built and compiled once (issue 17: formatting, escaping and
    ``re``'s cache look-up on every call cost more than the search)."""
    return re.compile(rf"\b{re.escape(keyword.lower())}\b")


def _any_keyword(v: Vote, text: str) -> bool:
    """``_kw_score(v, text) > 0``: one search for all of the vote's subject words (issue 17)."""
    keys = subject_keywords(tuple(v.keywords))
    return bool(keys) and _keywords_re(keys).search(text) is not None


@lru_cache(maxsize=4096)
def _keywords_re(keywords: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``keywords`` as a whole word: it matches where ``_keyword_re`` of one of them does (an
    alternative that fails at its closing ``\\b`` gives way to the next)."""
    # compiled through the persistent pattern cache: the reference base's votes ask for the same patterns
    # in every process
    return rxcache.compile(rf"\b(?:{'|'.join(re.escape(k.lower()) for k in keywords)})\b")


def by_keywords(cands: list[Vote], s: Any) -> list[Vote]:
    """Narrow by the subject words of the clause first, then of the passage."""
    for key in ("clause", "sentence"):
        if len(cands) <= 1:
            break
        text = subject_text(getattr(s, key) or "", getattr(s, "said_in", "") if key == "clause" else "").lower()
        if not text:
            continue
        # subject words rule out the votes they do not fit; they never pick the "best" of several
        # that fit (a guess: which vote a sentence means must then be said by the sentence)
        fit = [v for v in cands if _any_keyword(v, text)]
        if fit:
            cands = fit
    return cands


def outcome_fits(said: str, vote: Vote) -> bool:
    return said == vote.outcome or (said == "failed" and vote.outcome == "vetoed")


def identify_undated(s: Any, refs: ReferenceBase, start: dt.date, end: dt.date, pub: dt.date) -> list[Vote]:
    """Votes near [start, end] that fit everything the claim says except its date."""
    feats = s.features or {}
    if s.resolution:
        num = s.resolution
        return refs.votes_with_resolution(num)
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

