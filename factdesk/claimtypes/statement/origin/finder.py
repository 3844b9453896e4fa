"""Where a known person comes from: "Dennis Francis of Trinidad and Tobago", "Francis, a
veteran diplomat from Barbados".

A ``statement`` claim with ``person_id`` and ``country`` slots, checked against
``Person.country``. The country must be a name the place gazetteer knows and must follow
the person's name directly ("X of Y") or close a short apposition ("X, a ... from Y").
"""

from __future__ import annotations

import re

from factdesk import lexicon, rxcache
from factdesk.extract.events import people_in
from factdesk.extract.types import Found
from factdesk.refs.base import ReferenceBase
from schemas.contracts import ClaimKind

_PLACES = "|".join(re.escape(p) for p in sorted(lexicon.words("places"), key=lambda s: (-len(s), s)))
_OF = rxcache.compile(rf"^\s+of\s+(?P<c>{_PLACES})(?![\w-])(?!['’]s)")
_FROM = rxcache.compile(rf"^,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}?from\s+(?P<c>{_PLACES})(?![\w-])")


def find_origins(sentence: str, offset: int, refs: ReferenceBase) -> list[Found]:
    if " of " not in sentence and " from " not in sentence:
        return []
    found = []
    for ps, pe, pid in people_in(sentence, refs):
        if refs.people[pid].country is None:
            continue
        rest = sentence[pe:]
        m = _OF.match(rest) or _FROM.match(rest)
        if m is None:
            continue
        found.append(Found(ClaimKind.statement, offset + ps, offset + pe + m.end(),
                           {"person_id": pid, "country": m.group("c")}))
    return found
