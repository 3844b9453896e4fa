"""Confirmation votes: "Blinken was confirmed by the Senate 78-22", "the Knesset approved
his government by a vote of 63-54".

A tally next to a confirming verb, tied to a known person (named between the verb and
the tally, or the nearest person before the verb in the sentence). Emitted as ``vote``
claims with a ``confirmation`` slot; the vote checker compares them with the office's
recorded confirmation.
"""

from __future__ import annotations

import re

from factdesk import rxcache, rxgate
from factdesk.extract.events import people_in
from factdesk.extract.types import Found
from factdesk.refs.base import ReferenceBase
from schemas.contracts import ClaimKind

_TALLY = r"(?P<yes>\d{1,3})\s*(?:-|–|—|to)\s*(?P<no>\d{1,3})"
_CONFIRM = rxgate.compile(
    r"\b(?P<verb>confirm(?:ed|s)?|approved|endorsed|backed)\b(?P<mid>[^.;:\"“”]{0,80}?)"
    r"\b(?:by\s+)?(?:an?\s+(?:(?:vote|margin)\s+of\s+)?)?" + _TALLY + r"(?:\s+(?:vote|votes|margin))?\b"
    r"|\bvoted\s+" + _TALLY.replace("yes", "yes2").replace("no", "no2") + r"\s+to\s+(?:confirm|approve)\b",
    re.I,
)
#: the tally belongs to something else: a committee, a procedural vote, a score
_NOT_THE_FLOOR = rxcache.compile(
    r"\b(?:committee|panel|cloture|procedural|advance|quarter|half|score|percent)\b|%", re.I)
_PRONOUN_OBJECT = rxcache.compile(r"^\s*(?:him|her|it|his|its|the|their)\b", re.I)


def _confirmed(refs: ReferenceBase) -> frozenset[str]:
    return refs.memo("confirmations.people", lambda: frozenset(
        p.id for p in refs.people.values() if any(o.confirmation is not None for o in p.offices)))


def find_confirmations(sentence: str, offset: int, refs: ReferenceBase, antecedent: str | None = None) -> list[Found]:
    """``antecedent``: the one known person the previous sentence named ("The Senate approved
    his nomination 99-0" after a sentence about Rubio)."""
    confirmed = _confirmed(refs)
    if not confirmed:
        return []
    matches = list(_CONFIRM.finditer(sentence))
    if not matches:
        return []
    people = people_in(sentence, refs)
    found = []
    for m in matches:
        yes_g, no_g = ("yes", "no") if m.group("yes") else ("yes2", "no2")
        yes, no = m.group(yes_g), m.group(no_g)
        if yes is None:
            continue
        mid = m.group("mid") or ""
        if _NOT_THE_FLOOR.search(mid) or _NOT_THE_FLOOR.search(sentence[max(0, m.start() - 30) : m.start()]):
            continue
        inside = [p for p in people if m.start() <= p[0] < m.end()]
        before = [p for p in people if p[1] <= m.start()]
        if inside:
            pid = inside[0][2]
        elif before and (not mid.strip() or _PRONOUN_OBJECT.match(mid) or re.match(r"\s*by\s+the\s+\w+\s*$", mid)):
            pid = before[-1][2]
        elif not before and antecedent and re.match(r"\s*(?:him|her|his|her)\b", mid, re.I):
            pid = antecedent
        else:
            continue
        if pid not in confirmed:
            continue
        found.append(
            Found(
                ClaimKind.vote,
                offset + m.start(),
                offset + m.end(),
                {"confirmation": True, "person_id": pid, "yes": int(yes), "no": int(no),
                 "said": f"{int(yes)}-{int(no)}"},
            )
        )
    return found
