"""Which term someone is serving: "Guterres, now in his second term", "It is his fifth
term as prime minister", "returning him to office for a sixth term".

Tied to the nearest known person before the phrase in the sentence, or, when the
sentence names nobody and opens with a pronoun ("It is his ..."), to the one person
the previous sentence named. Emitted as ``statement`` claims with ``person_id`` and
``term`` slots; the statement checker compares them with ``Office.term``.
"""

from __future__ import annotations

import re

from factdesk import rxcache, rxgate
from factdesk.extract.events import people_in
from factdesk.extract.types import Found
from factdesk.refs.base import ReferenceBase
from schemas.contracts import ClaimKind

ORDINAL_WORDS = {w: i for i, w in enumerate(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"), 1)}
_ORD = "|".join(sorted(ORDINAL_WORDS, key=lambda s: (-len(s), s)))
_TERM = rxgate.compile(
    rf"\b(?:(?:now\s+)?in\s+(?:his|her|their)|(?:it\s+is|this\s+is|it\s+was)\s+(?:his|her)|for\s+a)\s+"
    rf"(?P<n>{_ORD}|\d{{1,2}}(?:st|nd|rd|th))(?:\s+consecutive)?\s+term\b"
    rf"(?P<role>\s+as\s+[\w' -]{{3,40}}?(?=[,.;]|$))?",
    re.I,
)
_NUM_WORDS = {w: i for i, w in enumerate(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), 1)}
#: the length of a term: "for a single five-year term", "renewed for a second three-year mandate"
_LENGTH = rxgate.compile(
    r"\b(?:a|an|the|his|her|its)\s+(?:(?:single|second|first|third|new|further|fresh|renewable|non-renewable)\s+)*"
    r"(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]year\s+(?:term|mandate)\b",
    re.I,
)
_SOUGHT = rxcache.compile(r"\b(?:re-?elected|would|could|seek\w*|bid|run\w*|win\w*)\b", re.I)
_PRONOUN_START = rxcache.compile(r"^\W*(?:It|This|He|She|His|Her)\b")


def _number(text: str) -> int:
    t = text.lower()
    return int(re.match(r"\d+", t).group(0)) if t[0].isdigit() else ORDINAL_WORDS[t]  # type: ignore[union-attr]


def find_terms(
    sentence: str, offset: int, refs: ReferenceBase, antecedent: str | None,
    mentioned: list[tuple[int, int, str]] = (),  # type: ignore[assignment]
) -> list[Found]:
    """``mentioned``: people already found in the sentence (sentence offsets), e.g. misspelt names."""
    matches = [*_TERM.finditer(sentence), *_LENGTH.finditer(sentence)]
    if not matches:
        return []
    people = sorted({*people_in(sentence, refs), *mentioned})
    found = []
    for m in matches:
        before = [p for p in people if p[1] <= m.start()]
        if before:
            pid = before[-1][2]
        elif not people and antecedent and _PRONOUN_START.match(sentence):
            pid = antecedent
        else:
            continue
        if _SOUGHT.search(sentence[max(0, m.start() - 40) : m.start()]):
            continue  # a term sought, not the one served
        if m.re is _LENGTH.re:  # a gated pattern's matches are its pattern's own
            n = m.group("n").lower()
            ctype = "statement.term"
            slots = {"person_id": pid, "term_years": int(n) if n.isdigit() else _NUM_WORDS[n], "role_text": ""}
        else:
            ctype = "statement.term"
            slots = {"person_id": pid, "term": _number(m.group("n")), "role_text": (m.group("role") or "").strip()}
        found.append(Found(ClaimKind.statement, offset + m.start(), offset + m.end(), slots, ctype))
    return found
