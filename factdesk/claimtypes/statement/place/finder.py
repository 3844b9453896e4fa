"""Where a known event happened: "Haniyeh was killed in an airstrike in Beirut".

A place is read only when it is a name the gazetteer knows (the places the reference
base's events record, plus a curated list of capitals, large cities, countries and the
localities of the region the bundled pack covers), attached to an event mention by
"in" with at most a short manner or date phrase between them. The claim is a
``statement`` with ``event_id`` and ``place`` slots; the statement checker compares it
with the event's recorded places.
"""

from __future__ import annotations

import re

from factdesk import lexicon, rxcache
from factdesk.extract.events import event_mentions
from factdesk.extract.types import Found
from factdesk.refs.base import ReferenceBase
from schemas.contracts import ClaimKind

#: places a draft may name for where something happened; not facts about any event
GAZETTEER = lexicon.words("places")
_GAP = rxcache.compile(
    r"^\s*(?:(?:on|early\s+on|late\s+on|at\s+around|at)\s+[\w.]+(?:\s+\d{1,2})?\s+|"
    r"(?:in|during)\s+an?\s+(?:[\w-]+\s+){1,2}?|hosted\s+by\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?\s+)?$"
)
_MANNER_IN = rxcache.compile(r"^\s*(?:in|during)\s+an?\s+(?:[\w-]+\s+){1,2}?(?=in\b)")


def _gazetteer_re(refs: ReferenceBase) -> re.Pattern[str]:
    names = set(GAZETTEER)
    for e in refs.events.values():
        names.update(e.places)
    body = "|".join(re.escape(n) for n in sorted(names, key=lambda s: (-len(s), s)))
    city_of = r"(?:the\s+(?:southern|northern|central)\s+city\s+of\s+)?"
    return rxcache.compile(rf"\b(?:in|at)\s+{city_of}(?P<place>{body})(?![\w-])")


def find_event_places(sentence: str, offset: int, refs: ReferenceBase) -> list[Found]:
    if not refs.memo("places.any", lambda: any(e.places for e in refs.events.values())):
        return []
    mentions = event_mentions(sentence, refs)
    if not mentions:
        return []
    places = refs.memo("places.pattern", lambda: _gazetteer_re(refs))
    found = []
    for m, eid in mentions:
        if not refs.events[eid].places:
            continue
        rest = sentence[m.end() : m.end() + 90]
        manner = _MANNER_IN.match(rest)
        skip = manner.end() if manner else 0
        p = places.search(rest, skip)
        if p is None:
            continue
        gap = rest[skip : p.start()]
        if len(gap) > 40 or not _GAP.match(gap) or re.search(r"[,;:]", rest[: p.start()]):
            continue
        found.append(
            Found(
                ClaimKind.statement,
                offset + m.start(),
                offset + m.end() + p.end(),
                {"event_id": eid, "place": p.group("place")},
            )
        )
    return found
