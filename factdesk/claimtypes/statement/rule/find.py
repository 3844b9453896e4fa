"""The rule extractor: statements of the UN's voting rules (phrasings in
``factdesk/lexicon/rules.yaml``, with their real examples).

* the Council's rule: a requirement of N votes ("needs at least nine votes in favor", "At least
  nine votes ... are required") in a sentence about the Security Council and a draft (or about a
  draft, when the body named last before it is the Council), with the veto half when stated
  ("no vetoes by the five permanent members – the United States, ...");
* the Assembly's majority: "a two-thirds majority was required", "failed to get a two-thirds
  majority", when the sentence or the passage before it is about the General Assembly.

Left alone: sentences about elections or seats (a Council seat needs two-thirds of the Assembly),
and sentences with a year before 1966 (the Council then had eleven members and needed seven)."""

from __future__ import annotations

import re
from functools import cache

from factdesk import lexicon, rxcache
from factdesk.claimtypes.base import Extractor
from factdesk.extract.numbers import words_to_int
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found
from factdesk.refs.countries import find_countries
from factdesk.rxgate import Gated, gated
from schemas.contracts import ClaimKind

_SC = rxcache.compile(r"\bSecurity\s+Council\b|\b[Cc]ouncil\b|\bpermanent\s+members?\b|\bveto|\b15-member\b", re.I)
_GA = rxcache.compile(r"\bGeneral\s+Assembly\b|\bAssembly\b|\bUNGA\b")
_DRAFT = rxcache.compile(r"\b(?:resolution|draft|proposal|text|measure|pass|adopt|approv)", re.I)
_ELECTION = rxcache.compile(r"\belect|\bseats?\b|\bcandida|\bmembership\b", re.I)
_EARLY_YEAR = rxcache.compile(r"\b19(?:4[5-9]|5\d|6[0-5])\b")
_SIZE = rxcache.compile(r"\b(?P<n>\d+|fifteen)(?:\s+council\s+members|-member\s+(?:body|council|Security\s+Council))",
                        re.I)
#: the list of members after "permanent members": "– the United States, ... –", "(China, ...)"
_LIST = rxcache.compile(r"^\s*(?:[–—-]\s*(?P<dash>[^–—]{3,120}?)\s*(?:[–—]|\s-\s)|\((?P<paren>[^()]{3,120})\))")
_BODIES = rxcache.compile(r"\b(?:Security\s+Council|General\s+Assembly|UNGA|UNSC|[Aa]ssembly|[Cc]ouncil)\b")


@cache
def _patterns(role: str) -> tuple[Gated | re.Pattern[str], ...]:
    """The compiled forms of ``role`` (built once: the lexicon is read once per process), each
    behind the literal gate of the words it needs (``factdesk/rxgate.py``: the same answers,
    and most sentences hold none of "least", "votes", "majority")."""
    forms = lexicon.role_words("rules").roles[role].forms.values()
    return tuple(gated(rxcache.compile(f.regex())) for f in forms)


def _first(role: str, text: str) -> re.Match[str] | None:
    """The match of ``role``'s forms that starts first (of those starting together, the first
    form's)."""
    first = None
    for p in _patterns(role):  # (a loop: most sentences match none)
        m = p.search(text)
        if m is not None and (first is None or m.start() < first.start()):
            first = m
    return first


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else words_to_int(word.lower())


def _council(sentence: Sentence) -> list[Found]:
    m = _first("sc_votes", sentence)
    if m is None:
        return []
    body = _SC.search(sentence)
    if body is None and not _GA.search(sentence):
        # "A resolution needs at least 9 "yes" votes to be approved." after a sentence about "the
        # 15-member council": the body named last before it, when that is the Council
        before = _last_body(sentence.context) or _last_body(sentence.headline)
        if before is not None and not before[0]:
            body = _SC.search(before[1])
    if (body is None or _GA.search(sentence) or _ELECTION.search(sentence) or not _DRAFT.search(sentence)
            or _EARLY_YEAR.search(sentence)):
        return []
    votes = _number(m.group("votes"))
    if votes is None:
        return []
    start, end = m.start(), m.end()
    slots: dict = {"rule": "sc-adoption", "votes": votes, "body_words": body.group(0)}
    veto = _first("sc_veto", sentence[end:])
    if veto is not None and veto.start() <= 40:
        end += veto.end()
        if veto.group("count"):
            slots["permanent"] = _number(veto.group("count"))
        lst = _LIST.match(sentence[end:])
        if lst is not None:
            names = lst.group("dash") or lst.group("paren")
            slots["members"] = [c for _, _, c in find_countries(names)]
            end += lst.end("dash") if lst.group("dash") else lst.end()
    size = _SIZE.search(sentence)
    if size is not None:
        slots["size"] = _number(size.group("n"))
    return [Found(ClaimKind.statement, sentence.start + start, sentence.start + end, slots, "statement.rule")]


def _last_body(text: str) -> tuple[bool, str] | None:
    """(is it the General Assembly, its words) for the body named last in ``text``."""
    names = _BODIES.findall(text)
    if not names:
        return None
    return ("ssembly" in names[-1] or names[-1] == "UNGA"), names[-1]


def _assembly(sentence: Sentence) -> list[Found]:
    m = _first("ga_majority", sentence)
    if m is None or _ELECTION.search(sentence):
        return []
    own = _last_body(sentence[: m.start()])
    if own is not None:
        if not own[0]:
            return []
        words = own[1]
    else:
        before = _last_body(sentence.context) or _last_body(sentence.headline)
        if before is None or not before[0]:
            return []
        words = ""
    fraction = re.sub(r"\s+", "-", m.group("fraction").lower())
    slots = {"rule": "ga-majority", "majority": fraction, "body_words": words}
    return [Found(ClaimKind.statement, sentence.start + m.start(), sentence.start + m.end(), slots,
                  "statement.rule")]


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    return _council(sentence) + _assembly(sentence)


EXTRACTOR = Extractor(id="rules", order=150, find=find,
                      help="Statements of the UN's voting rules (\"needs at least nine votes\", \"a two-thirds "
                           "majority was required\").")
