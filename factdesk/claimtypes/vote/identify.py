"""Resolve hook of the vote types: the Identification of the vote a claim was matched to.

Each identifying slot that fits the record becomes a ``Fact`` whose origin says whether the
claim's own sentence states it (``said_in``) or an earlier sentence of the passage does. Facts
of the own sentence: the body (named, or implied by a veto), the date phrase, the symbol, the
drafter, subject words the record lists as keywords, an exact tally that fits, the member said
to have vetoed it. Context may narrow the candidates; it never counts towards a refutation.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from factdesk.claimtypes.base import Fact, Identification, Origin
from factdesk.claimtypes.vote.common import outcome_fits, tally_match
from factdesk.extract.vote_clauses import _body_of
from factdesk.extract.vote_grammar import _proposer
from factdesk.refs.pack import Vote

BODY = {"SC": "Security Council", "GA": "General Assembly"}
#: words by which a sentence points back at the vote the sentence before it identified
ANAPHOR = re.compile(
    r"\b(?:the|this|that|its|the\s+same)\s+(?:\d+-\d+(?:-\d+)?\s+)?(?:vote|resolution|text|draft|measure|"
    r"amendment|proposal|ballot|council\s+vote)\b|^\W*(?:It|They)\b", re.I)


def _says(text: str, words: str) -> bool:
    return bool(words) and re.search(rf"(?<!\w){re.escape(words.lower())}(?!\w)", text.lower()) is not None


def identify_vote(s: Any, vote: Vote, candidates: list[Vote], *, checked: tuple[str, ...] = ()) -> Identification:
    """How ``vote`` was identified for the claim with slots ``s``, among ``candidates``.
    ``checked``: slots the claim asserts (compared, so they cannot also identify)."""
    own = getattr(s, "said_in", "") or getattr(s, "clause", "")
    facts: list[Fact] = []

    pointer = ANAPHOR.search(own)
    elsewhere = Origin.anaphor if pointer else Origin.context

    def add(slot: str, value: str, in_own: bool, words: str = "") -> None:
        origin = Origin.sentence if in_own else elsewhere
        facts.append(Fact(slot=slot, value=value, origin=origin, words=words))

    if s.body == vote.body:
        own_body = _body_of(own) or ("SC" if re.search(r"\bveto", own, re.I) else None)
        add("body", BODY[vote.body], own_body == vote.body)
    if s.date_start and s.date_end and "date" not in checked:
        start, end = dt.date.fromisoformat(s.date_start), dt.date.fromisoformat(s.date_end)
        if start <= vote.date <= end:
            add("date", f"{vote.date:%-d %b %Y}", _says(own, s.date_text or ""), s.date_text or "")
    if s.resolution and ((vote.resolution and s.resolution in vote.resolution) or s.resolution in vote.keywords):
        add("symbol", s.resolution, _says(own, s.resolution))
    if s.proposer and s.proposer in vote.proposer and "drafter" not in checked:
        add("drafter", s.proposer, _proposer(own) == s.proposer)
    words = [k for k in vote.keywords if _says(own, k)]
    if words:
        add("subject", ", ".join(words[:3]), True)
    elif any(_says(s.sentence, k) for k in vote.keywords):
        add("subject", ", ".join([k for k in vote.keywords if _says(s.sentence, k)][:3]), False)
    tally = getattr(s, "tally", None)
    if tally and len(tally) == 3 and tally_match(tally, vote):
        add("tally", f"{vote.tally}", True)
    elif tally and vote.tally is not None and tally.get("yes") == vote.tally.yes:
        add("votes in favour", str(vote.tally.yes), True)
    feats = getattr(s, "features", None)
    if feats is not None and feats.vetoed_by and set(feats.vetoed_by) == set(vote.vetoed_by):
        add("vetoed by", " and ".join(vote.vetoed_by), True)
    if feats is not None and feats.outcome and "outcome" not in checked and outcome_fits(feats.outcome, vote):
        add("outcome", feats.outcome, True)  # "adopted by a majority on 26 October": the clause's outcome
    label = vote.resolution or vote.symbol or vote.subject
    return Identification(record=vote.id, label=label, facts=facts, candidates=len(candidates))
