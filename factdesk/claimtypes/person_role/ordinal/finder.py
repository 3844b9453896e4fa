"""Office numbers written without the office's title.

* General Assembly presidents by session: "Francis, who presided over the 77th session".
  The presidency is numbered by session, so "president of the 78th session" is an office
  ordinal (``Office.ordinal``) of the person named just before it.
* A generic head noun: "becoming the agency's 12th chief", "its 11th head": the ordinal of
  the one numbered office the subject holds.

Emitted as ``person_role`` ordinal claims, judged like "the 71st secretary of state".
"""

from __future__ import annotations

import re

from factdesk import lexicon, rxcache, rxgate
from factdesk.extract.events import people_in
from factdesk.extract.types import Found
from factdesk.refs.base import ReferenceBase
from schemas.contracts import ClaimKind

GA_PRESIDENT = "President of the General Assembly"
_SESSION = rxgate.compile(
    r"\b(?:presided\s+over|presides\s+over|will\s+preside\s+over|(?:the\s+)?president\s+of|presidency\s+of)\s+"
    r"the\s+(?P<num>\d{1,2})(?:st|nd|rd|th)\s+(?:regular\s+)?session\b",
    re.I,
)
_HEAD = rxgate.compile(
    r"\b(?:becoming|became|becomes|is|was|as)\s+(?:the|its|their|(?:the\s+)?\w+['’]s)\s+"
    r"(?P<num>\d{1,3})(?:st|nd|rd|th)\s+(?:chief|head|leader|boss|director)\b",
    re.I,
)
_ANAPHOR = rxcache.compile(r"^\W*(?:He|She|The\s+(?:[A-Z][\w-]+\s+)?(?:"
                           + lexicon.alternation(lexicon.form("anaphors", "person", "nouns").words) + r"))\b")
#: what may stand between the person and the phrase: an apposition, "who", a verb phrase
_BETWEEN = rxcache.compile(r"^[^;:.]{0,90}$")


def find_sessions(sentence: str, offset: int, refs: ReferenceBase) -> list[Found]:
    matches = list(_SESSION.finditer(sentence))
    if not matches:
        return []
    people = people_in(sentence, refs)
    found = []
    for m in matches:
        before = [p for p in people if p[1] <= m.start()]
        if not before:
            continue
        ps, pe, pid = before[-1]
        between = sentence[pe : m.start()]
        if not _BETWEEN.match(between) or re.search(r"\b(?:succeeds?|succeeded|replac\w+|after)\b", between, re.I):
            continue  # "Yang ... to succeed Francis, who presided over ...": only the nearest subject
        found.append(
            Found(
                ClaimKind.person_role,
                offset + m.start(),
                offset + m.end(),
                {"title": GA_PRESIDENT, "country": None, "modifier": None, "name": refs.people[pid].name,
                 "person_id": pid, "name_exact": True, "ordinal": int(m.group("num"))},
            )
        )
    return found


def find_head_ordinals(sentence: str, offset: int, refs: ReferenceBase, antecedent: str | None) -> list[Found]:
    matches = list(_HEAD.finditer(sentence))
    if not matches:
        return []
    people = people_in(sentence, refs)
    found = []
    for m in matches:
        before = [p for p in people if p[1] <= m.start()]
        if before:
            pid = before[-1][2]
        elif antecedent and _ANAPHOR.match(sentence):
            pid = antecedent
        else:
            continue
        numbered = [o for o in refs.people[pid].offices if o.ordinal is not None and o.role in refs.roles]
        if len({o.role for o in numbered}) != 1:
            continue  # which of several numbered offices "chief" means is not clear
        role = refs.roles[numbered[0].role]
        found.append(Found(ClaimKind.person_role, offset + m.start(), offset + m.end(), {
            "title": role.title, "country": role.country, "modifier": None, "name": refs.people[pid].name,
            "person_id": pid, "name_exact": True, "ordinal": int(m.group("num"))}))
    return found
