"""The votes extractor: UN vote outcomes, tallies, vetoes, country votes, vote dates and drafters
(``factdesk.extract.votes``), with the guards that keep what is not a report of a vote out.

The guards, each seen in published articles (tests/realcorpus):

* a requirement is not a result: "the proposal must receive at least nine votes in favor,
  without any of its five permanent members ... vetoing it" (Reuters and UN News copies);
* a part of a whole is not a tally: "Twelve Council members out of 15 voted in favour" (WION);
* a counterfactual is not an outcome: "a vote that would have effectively recognized a
  Palestinian state had it passed" (Semafor);
* a number before an outcome word is a count, not the outcome: "... 9 rejected" next to a
  tally counts the votes against;
* a condition is not an outcome: "requires at least nine affirmative votes ... to be adopted"
  (The Media Line), "To be adopted, the draft resolution needs ..." (MINA), "For a resolution
  to be adopted in the Council, it must receive ..." (Tribune);
* support is not adoption: "gained support from 13 of the 15 Security Council members" (Shine);
* holding the veto is not casting it: "the US, the UK, France, Russia, and China — all have
  veto power" (Antiwar.com);
* a forecast or a supposition is not an outcome: "another vote ... before the wider UN General
  Assembly which could be passed by a substantial margin" (AFP in Khaleej Times), "so its
  admission would have been approved" (ABC Australia); the modal verbs are data
  (``factdesk/lexicon/modals.yaml``);
* the members' support is not the Council's decision: "a ceasefire resolution in the smaller
  Security Council, which had been approved by a majority of the powerful 15-member body" (CNN
  via WEBN, of a draft the US vetoed), like "gained support from 13 of the 15" above and "won the
  backing of 12 of the council's 15 members" (tests/corpus 002). In the Assembly, where there is
  no veto, "approved by a more than two-thirds majority of the 193-member world body" (Newser)
  is the adoption and stays one;
* a person's rejection is a reaction, not the outcome: "Israeli Foreign Minister Eli Cohen rejected
  the resolution" (Xinhua via ummnews.org, 28 Oct 2023, of the resolution the Assembly adopted that
  day): an outcome word whose subject is a person the sentence names is not the vote's outcome;
* in the Assembly, where no member can block a text, "rejected by" member states is their votes
  against, not the outcome: "The resolution was rejected by the United States, Israel and other allied
  countries" (Pledge Times, 28 Oct 2023, of the resolution adopted 120-14-45 the day before); in the
  Council "was rejected by the US" of a vetoed draft is the veto, and stays a claim;
* a hedged count is a bound, not a tally: "More than 140 countries voted in favour" (the hedge
  words and their meanings are ``factdesk/lexicon/hedges.yaml``, shared with the quantity
  checker); the count moves from ``tally`` to ``tally_hedged``, which the comparer reads as a
  bound.
"""

from __future__ import annotations

import re

from factdesk import lexicon
from factdesk.claimtypes.base import Extractor
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found
from factdesk.extract.votes import find_votes
from factdesk.refs.countries import canonical_country, find_countries

#: the claim sits in a clause stating what a text needs, not what it got
_REQUIREMENT = re.compile(
    r"\b(?:must|needs?|needed|requires?|required|at\s+least|a\s+minimum\s+of|to\s+pass|in\s+order\s+to)\b"
    r"[^.;:]{0,90}$", re.I)
_PART_OF = re.compile(r"\bout\s+of\s+$", re.I)
_COUNTERFACTUAL = re.compile(r"\b(?:had\s+(?:it|they|the\s+\w+)|if\s+(?:it|they)\s+(?:is|are|was|were|had\s+been))\s+$",
                             re.I)
_COUNT_BEFORE = re.compile(
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)"
    r"(?:\s+(?:members?|countries|states|nations|delegations))?\s+$", re.I)
#: "none of which passed", "neither of them was adopted", "never passed": no text had that outcome (the
#: United States "didn't support any of the first three, none of which passed", Washington Examiner via
#: AllSides 2024-03-22, was refuted as the US draft vetoed that day, 'passed')
_NEGATED = re.compile(r"\b(?:(?:none|neither)\s+of\s+(?:which|them|these|those|the\s+\w+)\s+(?:\w+\s+)?"
                      r"|never\s+)$", re.I)
_OUTCOME_WORD = re.compile(r"\b(?:rejected|opposed|failed|adopted|approved|passed|gained\s+support)\b", re.I)
#: what a body "rejected" when it voted a text down: a text (or "it", "them"); "the Assembly rejected actions that
#: undermine the Agency's mandate" (UN press GA/12667, 2024-12-11) is what a resolution says, not its outcome
_REJECTED_TEXT = re.compile(
    r"\s+(?:it|them|this|that|these|those)\b|\s+(?:(?:the|a|an|any|all|its|their|this|that|both|two|three)\s+)?"
    r"(?:[\w’'.-]+\s+){0,3}?(?:resolutions?|drafts?|texts?|amendments?|proposals?|bids?|motions?|measures?|requests?"
    r"|demands?|recommendations?)\b",
    re.I)
#: "to be adopted", "For a resolution to be adopted": what a text would need, not what happened
_INFINITIVE = re.compile(r"\bto\s+be\s+$", re.I)
#: "gained support from 13 of the 15 Security Council members", "approved by a majority of the
#: powerful 15-member body": members' votes in favour, not the outcome
_SUPPORT_COUNT = re.compile(r"\s+from\s+(?:\d+|\w+)\s+of\b", re.I)
_MAJORITY_OF = re.compile(r"\s+by\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?majority\s+of\b", re.I)
#: "which could be passed", "would have been approved": a forecast or a supposition
_MODAL = re.compile(r"\b(?:" + lexicon.alternation(lexicon.words("modals")) + r")\s+(?:\w+ly\s+|not\s+)?"
                    r"(?:have\s+)?(?:been\s+|be\s+)?$", re.I)
#: "all have veto power": who holds the veto, not who cast it
_VETO_POWER = re.compile(
    r"\b(?:have|has|hold|holds|wield|wields)\s+(?:the\s+|a\s+)?veto(?:\s+power)?\b|\bveto\s+power\b", re.I)
#: hedge words -> what they mean ("more than" -> "above")
_HEDGES = {w.lower(): meaning for meaning, role in lexicon.role_words("hedges").roles.items()
           for w in role.forms["words"].words}
_HEDGED_COUNT = re.compile(
    r"(?<![\w-])(?P<hedge>" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _HEDGES),
                                             key=len, reverse=True))
    + r")\s+(?P<num>\d{1,3})(?![\d,.]\d|\s*(?:%|per\s*cent|percent))", re.I)
_CHECKED = ("outcome", "vetoed_by", "tally", "tally_hedged", "country_votes", "yes_below", "no_veto")


def _hedge_tally(f: Found, sentence: Sentence, s: int, e: int) -> None:
    """Move the counts of the tally said with a hedge ("more than 140") to ``tally_hedged``."""
    tally = f.slots.get("tally")
    if not tally:
        return
    hedged: dict[str, tuple[str, int]] = {}
    for m in _HEDGED_COUNT.finditer(str(sentence), max(0, s - 12), e):
        num = int(m.group("num"))
        keys = [k for k, v in tally.items() if v == num and k not in hedged]
        if len(keys) == 1:
            hedged[keys[0]] = (_HEDGES[" ".join(m.group("hedge").lower().split())], num)
    if hedged:
        f.slots["tally"] = {k: v for k, v in tally.items() if k not in hedged} or None
        f.slots["tally_hedged"] = hedged


#: words between a person and the outcome verb they govern ("Cohen also rejected", "outright rejected")
_PERSON_GAP = re.compile(
    r"(?:\s+(?:also|swiftly|quickly|promptly|outright|categorically|firmly|flatly|later))*\s*$", re.I)


#: "rejected by the United States, Israel and ...": who rejected it, when members are named
_BY_WHOM = re.compile(r"\s+by\s+(?:the\s+)?(?P<who>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})")


def _rejected_by_members(sentence: Sentence, m: re.Match) -> bool:
    """Whether the outcome word ``m`` is "rejected by" a member state ("by the United States, Israel")."""
    if m.group(0).lower() != "rejected":
        return False
    by = _BY_WHOM.match(sentence, m.end())
    return bool(by and canonical_country(by.group("who")))


def _person_subject(sentence: Sentence, refs: object, pos: int) -> bool:
    """Whether the words before ``pos`` end with a person the sentence names ("Eli Cohen rejected"), or
    with a member state ("Algeria rejected the US draft resolution on Gaza on Friday", NAN, 23 Mar 2024:
    its vote against, not the Council's outcome)."""
    gap = _PERSON_GAP.search(sentence, 0, pos)
    end = gap.start() if gap else pos
    if any(e == end for _, e, _ in find_countries(sentence)):
        return True
    return any(e == end for _, e, _ in sentence.people(refs))


def _keep(f: Found, sentence: Sentence, refs: object = None) -> bool:
    s, e = f.start - sentence.start, f.end - sentence.start
    before = sentence[:s]
    result = f.type == "vote.result"
    if result:
        _hedge_tally(f, sentence, s, e)
    # the slots are read from the finder's dict, not validated into their model here: the extract loop
    # validates every claim's slots as it leaves (issue 17: a second validation cost a tenth of this
    # finder). Every slot read is of a vote.result but ``body``, ``outcome`` and ``vetoed_by``, which all
    # three models declare; a slot left out is its field's default, falsy as the default is
    slots = f.slots
    if result and _REQUIREMENT.search(before):
        return False
    if result and slots.get("tally") and _PART_OF.search(before):
        return False
    if slots.get("vetoed_by") and _VETO_POWER.search(sentence[s:]):
        return False
    if slots.get("outcome"):
        words = [m for m in _OUTCOME_WORD.finditer(sentence, s, e)]
        if words and (_COUNTERFACTUAL.search(sentence[: words[0].start()])
                      or _NEGATED.search(sentence[: words[0].start()])
                      or _INFINITIVE.search(sentence[: words[0].start()])
                      or _MODAL.search(sentence[: words[0].start()])
                      or _SUPPORT_COUNT.match(sentence, words[0].end())):
            return False
        if words and all(m.group(0).lower() == "rejected" and re.match(r"\s+\w", sentence[m.end():])
                         and not re.match(r"\s+by\b", sentence[m.end():])
                         and not _REJECTED_TEXT.match(sentence, m.end()) for m in words):
            f.slots["outcome"] = None  # "rejected actions that undermine ...": the content of a text
            return not result or _states_more(slots)
        if words and slots.get("body") == "GA" and all(_rejected_by_members(sentence, m) for m in words):
            f.slots["outcome"] = None  # members' votes against, not the Assembly's decision
            return not result or _states_more(slots)
        if words and refs is not None and all(m.group(0).lower() in ("rejected", "opposed")
                                              and _person_subject(sentence, refs, m.start()) for m in words):
            f.slots["outcome"] = None  # a person rejected it: a reaction, not the outcome
            return not result or _states_more(slots)
        if words and (all(_COUNT_BEFORE.search(sentence[: m.start()]) for m in words)
                      or (slots.get("body") == "SC" and all(_MAJORITY_OF.match(sentence, m.end()) for m in words))):
            # "9 rejected": a count of votes against; "approved by a majority of the ... body" in the
            # Council: the members' support, which a veto may still block; neither is the outcome
            f.slots["outcome"] = None
            return not result or _states_more(slots)
    return True


def _states_more(slots: dict) -> bool:
    """Whether a vote.result claim states a checked slot besides its outcome."""
    return any(slots.get(k) for k in _CHECKED if k != "outcome")


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    found = [f for f in find_votes(sentence, sentence.start, st.published, st.vote_ctx) if _keep(f, sentence, st.refs)]
    for f in found:
        f.slots["said_in"] = str(sentence)
    return found


EXTRACTOR = Extractor(id="votes", order=30, find=find,
                      help="UN vote outcomes, tallies, vetoes, country votes, vote dates and drafters.")
