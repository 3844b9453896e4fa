"""General Assembly presidents by session: "Francis, who presided over the 77th session".

The presidency of the General Assembly is numbered by session, so "president of the
78th session" is an office ordinal (``Office.ordinal``) of the person named just before
it. Emitted as a ``person_role`` ordinal claim, judged like "the 71st secretary of state".
"""

from __future__ import annotations

import re

from factdesk.extract.events import people_in
from factdesk.extract.types import Found
from factdesk.refs.base import ReferenceBase
from schemas.contracts import ClaimKind

GA_PRESIDENT = "President of the General Assembly"
_SESSION = re.compile(
    r"\b(?:presided\s+over|presides\s+over|will\s+preside\s+over|(?:the\s+)?president\s+of|presidency\s+of)\s+"
    r"the\s+(?P<num>\d{1,2})(?:st|nd|rd|th)\s+(?:regular\s+)?session\b",
    re.I,
)
#: what may stand between the person and the phrase: an apposition, "who", a verb phrase
_BETWEEN = re.compile(r"^[^;:.]{0,90}$")


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
