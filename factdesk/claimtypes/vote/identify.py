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
from functools import lru_cache
from typing import Any

from factdesk import lexicon, rxcache
from factdesk.claimtypes.base import Fact, Identification, Origin
from factdesk.claimtypes.vote.common import (
    fits_tally,
    outcome_fits,
    sentence_tallies,
    subject_keywords,
    subject_text,
    tally_match,
)
from factdesk.extract.sentences import split_sentences
from factdesk.extract.vote_clauses import BOUND, _body_of
from factdesk.extract.vote_grammar import _proposer
from factdesk.refs.pack import Vote
from schemas.contracts import trusted

BODY = {"SC": "Security Council", "GA": "General Assembly"}
#: a date this wide (a month, "last week") is a span the Council may have voted in more than once
COUNCIL_SPAN = dt.timedelta(days=3)
_NOUNS = lexicon.alternation(lexicon.form("anaphors", "text", "nouns").words
                             + lexicon.form("anaphors", "vote", "nouns").words + ("council vote",))
#: words by which a sentence points back at the vote the sentence before it identified: "the
#: resolution", "The final tally", "The ceasefire text", "It", "They"
ANAPHOR = re.compile(
    rf"\b(?:the|this|that|its|the\s+same)\s+(?:\d+-\d+(?:-\d+)?\s+|(?:[\w.-]+\s+){{1,2}})?(?:{_NOUNS})s?\b|^\W*(?:It|They)\b",
    re.I)
#: "China also abstained.", "Guyana abstained as well", "Guyana joined Russia and China in voting against"
_CONTINUES = re.compile(lexicon.form("anaphors", "continuation", "words").regex(), re.I)
#: "The second draft resolution, led by Russia, also failed": another text, not the one before
_ANOTHER = re.compile(lexicon.form("anaphors", "another", "words").regex())
#: an amendment is voted at the meeting of the text it amends: "A Russian oral amendment calling for
#: a humanitarian truce was rejected" (tests/corpus 005), "The vote on the Canadian amendment was
#: 88-55" (tests/realcorpus 027), "An Austrian proposal ... was rejected 89-61-21, while a U.S.
#: amendment ... was adopted" (tests/corpus 008)
_AMENDMENT = re.compile(r"\bamendments?\b", re.I)
_CAP = r"(?!(?:UN|U\.N\.|Security|General|Council|Assembly|United\s+Nations)\b)[A-Z][\w.'’-]*"
_MEMBER = (rf"(?:[Tt]he\s+)?{_CAP}(?:\s+{_CAP}){{0,3}}"
           r"(?:,\s+(?:which|who|the|a|an)\b[^,]{0,80},)?")
#: a roll call: the sentence opens on members and how they voted ("Britain voted in favour.",
#: "Palau and Nauru voted in favour, and Papua New Guinea abstained.", "Brazil, which has drafted a
#: rival text, voted in favour", "Thirteen council members voted in favour, while France abstained.",
#: "Australia, Britain, Bulgaria and Germany were among the abstainers.")
_ROLL_CALL = re.compile(
    rf"^\W*(?:(?:But|And|While|Meanwhile)\s+)?(?:{_MEMBER}(?:\s*,\s*(?:and\s+)?{_MEMBER}|\s+and\s+{_MEMBER})*"
    r"|(?:\d+|[A-Z]?[a-z]+)\s+(?:(?:council|other)\s+)?(?:members|countries|states|nations|delegations)"
    # "Twelve members, including Japan, France and China, voted in favor." (Spotlight Nepal 2023-11-16), "Ten members
    # of the Security Council, including Russia, the US and China, voted in favour" (Tehran Digest, vote of 2025-02-24)
    r"(?:\s+of\s+the\s+(?:Security\s+)?Council)?(?:,\s+including\s+[^,.;]{2,40}(?:,\s*[^,.;]{2,40}){0,6},)?)"
    r"\s+(?:(?:also|all|both)\s+)?(?:voted|abstained|opposed|backed|supported|(?:was|were)\s+(?:also\s+)?among)\b")

#: a count opened by "There were" reports the vote the sentence before reported: "There were 12 votes in favour, three
#: abstentions and none against." (MaltaToday 2023-11-15, after "The UN Security Council has adopted a resolution
#: drafted by Malta"), "There were 11 votes in favor of the resolution." (voltairenet 2012-07-19), "There were 187
#: votes in favour of the resolution, three votes against ..." (UN News 2009-10-29 via cubanembargo.org), "There were
#: 188 votes for the non-binding resolution" (Reuters 2013-10-29 via popularresistance.org)
_THERE_WERE = re.compile(r"^\W*There\s+were\s+(?:only\s+|just\s+)?(?:\d{1,3}|[A-Za-z]+(?:[- ][a-z]+)?)\s+votes?\b")


def _continues(sentence: str) -> bool:
    """``sentence`` adds to the report of the vote the sentence before it: it points back at it
    ("the resolution", "It"), says it adds to it ("also", "as well", "joined"), reports an amendment
    (voted at the same meeting), or is a roll call of members."""
    if _ANOTHER.search(sentence):
        return False
    return bool(ANAPHOR.search(sentence) or _CONTINUES.search(sentence) or _AMENDMENT.search(sentence)
                or _ROLL_CALL.match(sentence) or _THERE_WERE.match(sentence))


def _restates(sentence: str, vote: Vote | None) -> bool:
    """``sentence`` names the vote again by its body, drafter or subject words ("Brazil's draft,
    which called for a full ceasefire, won the backing of 12 of the council's 15 members.")."""
    if vote is None:
        return False
    return (_body_of(sentence) == vote.body or (_proposer(sentence) or "\0") in vote.proposer
            or _says_any(subject_text(sentence).lower(), subject_keywords(tuple(vote.keywords))))


def continues_vote(own: str, passage: str, vote: Vote | None = None) -> bool:
    """The claim's own sentence continues, through a chain of sentences, the vote the passage's
    first sentence identified: the claim's sentence continues the one before it (``_continues``),
    and so does each sentence between, or it names the same vote again (``_restates``). Then the
    facts of the passage are the claim's through an anaphor (``Origin.anaphor``) and count in
    ``FACTDESK_IDENTIFY_FROM=sentence``; otherwise they are context and may only narrow the
    candidates. Seen in tests/corpus (001, 002, 003, 005, 006, 008, 011, 012, 015, 022)."""
    if not own or not _continues(own):
        return False
    sents = [passage[a:b] for a, b in split_sentences(passage)] if passage else []
    at = next((i for i in range(len(sents) - 1, -1, -1) if sents[i].strip() and sents[i].strip() in own), None)
    if at is None or at == 0:
        return True
    return all(_continues(x) or _restates(x, vote) for x in sents[1:at])


def _says(text: str, words: str) -> bool:
    return bool(words) and _words_re(words).search(text.lower()) is not None


@lru_cache(maxsize=4096)
def _words_re(words: str) -> re.Pattern[str]:
    """``words`` (a vote's subject word, a symbol) as a whole word, lower-cased: built and compiled
    once (as ``common._keyword_re``; formatting and ``re``'s cache look-up cost more than the search),
    through the persistent pattern cache (the reference base's votes ask for the same in every process)."""
    return rxcache.compile(rf"(?<!\w){re.escape(words.lower())}(?!\w)")


def _said(low: str, keywords: list[str]) -> list[str]:
    """The ``keywords`` that ``low`` (a lower-cased text) says: ``[k for k in keywords if _says(text, k)]``
    with the text lower-cased once."""
    return [k for k in keywords if k and _words_re(k).search(low) is not None]


def _says_any(low: str, keywords: list[str]) -> bool:
    """``any(_says(text, k) for k in keywords)``, ``low`` being the text lower-cased."""
    return any(k and _words_re(k).search(low) is not None for k in keywords)


def _says_date(text: str, words: str) -> bool:
    """``text`` states the date ``words`` as a day, not as a bound ("Before March 25, the Security
    Council had previously failed to adopt a ceasefire resolution", Lawfare 2024-03-28, does not
    date the vote of 25 March)."""
    if not words:
        return False
    return any(not BOUND.search(text, max(0, m.start() - 12), m.start())
               for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.I))


def identify_vote(s: Any, vote: Vote, candidates: list[Vote], *, checked: tuple[str, ...] = ()) -> Identification:
    """How ``vote`` was identified for the claim with slots ``s``, among ``candidates``.
    ``checked``: slots the claim asserts (compared, so they cannot also identify)."""
    own = getattr(s, "said_in", "") or getattr(s, "clause", "")
    facts: list[Fact] = []

    elsewhere = Origin.anaphor if continues_vote(own, getattr(s, "sentence", ""), vote) else Origin.context

    def add(slot: str, value: str, in_own: bool, words: str = "") -> None:
        origin = Origin.sentence if in_own else elsewhere
        if type(value) is str and type(words) is str:  # what validation keeps: built without validating
            facts.append(trusted(Fact, {"slot": slot, "value": value, "origin": origin, "words": words}))
        else:
            facts.append(Fact(slot=slot, value=value, origin=origin, words=words))

    if s.body == vote.body:
        own_body = _body_of(own) or ("SC" if re.search(r"\bveto", own, re.I) else None)
        add("body", BODY[vote.body], own_body == vote.body)
    if s.date_start and s.date_end and "date" not in checked:
        start, end = dt.date.fromisoformat(s.date_start), dt.date.fromisoformat(s.date_end)
        # a span of days ("last month", "in November") leaves one Council vote only among those the references
        # hold, and they never hold every Council vote (the vetoes and the curated packs' adopted texts): it
        # narrows the candidates, it does not identify one ("The US vetoed a similar resolution in the UN Security
        # Council last month", The Times of Israel 2023-12-12 with "week" planted, was refuted as resolution
        # 2712, adopted)
        if start <= vote.date <= end and not (vote.body == "SC" and (end - start) > COUNCIL_SPAN):
            add("date", f"{vote.date:%-d %b %Y}", _says_date(own, s.date_text or ""), s.date_text or "")
    if s.resolution and ((vote.resolution and s.resolution in vote.resolution) or s.resolution in vote.keywords):
        add("symbol", s.resolution, _says(own, s.resolution))
    if s.proposer and s.proposer in vote.proposer and "drafter" not in checked:
        add("drafter", s.proposer, _proposer(own) == s.proposer)
    keys = subject_keywords(tuple(vote.keywords))  # without the words of any vote ("against", "countries")
    words = _said(subject_text(own, getattr(s, "said_in", "")).lower(), keys)
    if words:
        add("subject", ", ".join(words[:3]), True)
    elif keys:  # the passage's subject words are read only when the sentence's own say none
        words = _said(subject_text(s.sentence).lower(), keys)
        if words:
            add("subject", ", ".join(words[:3]), False)
    tally = getattr(s, "tally", None)
    if tally and len(tally) == 3 and tally_match(tally, vote):
        add("tally", f"{vote.tally}", True)
    elif tally and vote.tally is not None and tally.get("yes") == vote.tally.yes:
        add("votes in favour", str(vote.tally.yes), True)
    elif not tally and (getattr(s, "country_votes", None) or getattr(s, "outcome", None)) and vote.tally is not None:
        # the count the same sentence reports beside the members' votes ("Twelve countries voted in
        # favor ..., while the United Kingdom and France abstained") or beside the outcome ("With 120
        # votes in favour, 14 against and 45 abstentions, Jordan's resolution was adopted by the
        # Assembly", Pledge Times 2023-10-27; "The resolution was adopted by a vote of 12 in favour to
        # none against, with 3 abstentions", tests/corpus 005)
        counted = [t for t in sentence_tallies(getattr(s, "said_in", "")) if fits_tally(t, vote)]
        if counted:
            add("count in this sentence", "-".join(str(counted[0].get(k, "?")) for k in ("yes", "no", "abstain")),
                True)
    feats = getattr(s, "features", None)
    if feats is not None and feats.vetoed_by and set(feats.vetoed_by) == set(vote.vetoed_by):
        add("vetoed by", " and ".join(vote.vetoed_by), True)
    if feats is not None and feats.outcome and "outcome" not in checked and outcome_fits(feats.outcome, vote):
        add("outcome", feats.outcome, True)  # "adopted by a majority on 26 October": the clause's outcome
    label = vote.resolution or vote.symbol or vote.subject
    if type(vote.id) is str and type(label) is str and all(type(f) is Fact for f in facts):
        # every value exactly what validation keeps: built without validating (the facts list copied and a
        # new empty ``ruled_out``, as validation makes them), as ``claimtypes.resolve._identified``
        return trusted(Identification, {"record": vote.id, "label": label, "facts": list(facts), "ruled_out": [],
                                        "candidates": len(candidates)}, {"record", "label", "facts", "candidates"})
    return Identification(record=vote.id, label=label, facts=facts, candidates=len(candidates))
