"""Who administered an oath: "Rubio was sworn in by Chief Justice John Roberts".

A ``statement`` claim with ``person_id`` and ``sworn_by`` slots, checked against
``Office.sworn_by``. The person is the nearest known person before "sworn in", or the
previous sentence's subject when the sentence opens with "He"/"She".
"""

from __future__ import annotations

import re

from factdesk import rxgate
from factdesk.extract.events import people_in
from factdesk.extract.types import Found
from factdesk.refs.base import ReferenceBase
from schemas.contracts import ClaimKind

_SWORN_BY = rxgate.compile(
    r"\b(?:was|were|is|been|be|being|and)\s+sworn\s+in\s+(?:[^,.;]{0,40}?\s)?by\s+"
    r"(?P<by>(?:(?:the\s+)?(?:Chief\s+Justice|Justice|Vice\s+President|President|Speaker|Judge)\s+)?"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
)


def find_sworn_by(sentence: str, offset: int, refs: ReferenceBase, antecedent: str | None) -> list[Found]:
    found = []
    for m in _SWORN_BY.finditer(sentence):
        people = people_in(sentence, refs)
        before = [p for p in people if p[1] <= m.start()]
        if before:
            pid = before[-1][2]
            if len(sentence[before[-1][1] : m.start()]) > 90:
                continue
        elif antecedent and re.match(r"^\W*(?:He|She)\b", sentence):
            pid = antecedent
        else:
            continue
        by = m.group("by")
        found.append(Found(ClaimKind.statement, offset + m.start(), offset + m.end(),
                           {"person_id": pid, "sworn_by": by}))
    return found
