"""event_date claims: a known event and a date phrase attached to it."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from factdesk.extract.dates import find_dates
from factdesk.extract.types import Found
from factdesk.refs.base import ReferenceBase
from schemas.contracts import ClaimKind

#: a gap between date and event mention that reads as one phrase
_TIGHT_GAP = re.compile(r"^\s*(?:on|of|in|from|,)?\s*(?:the\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s|\b(?:said|says|told|recalled|after|before|since|when|while)\b", re.I)


@lru_cache(maxsize=8)
def _event_re(keys: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    alts = []
    for eid, aliases in keys:
        for a in aliases:
            alts.append((a, eid))
    alts.sort(key=lambda x: len(x[0]), reverse=True)
    body = "|".join(f"(?P<e{i}>{re.escape(a)})" for i, (a, _) in enumerate(alts))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I), [eid for _, eid in alts]  # type: ignore[return-value]


def find_events(
    sentence: str, offset: int, refs: ReferenceBase, pub: dt.date
) -> list[Found]:
    keys = tuple(sorted((e.id, (e.name, *e.aliases)) for e in refs.events.values()))
    if not keys:
        return []
    pattern, ids = _event_re(keys)
    dates = find_dates(sentence, pub)
    if not dates:
        return []
    found = []
    for m in pattern.finditer(sentence):
        idx = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
        eid = ids[idx]
        best = None
        for d in dates:
            ds, de = d.span
            if ds < m.end() and m.start() < de:  # date inside the alias ("October 7 attack")
                gap = ""
            elif de <= m.start():
                gap = sentence[de : m.start()]
            else:
                gap = sentence[m.end() : ds]
            if len(gap) > 40 or _CLAUSE_BREAK.search(gap):
                continue
            if best is None or len(gap) < len(best[1]):
                best = (d, gap)
        if best is None:
            continue
        d, gap = best
        s, e = min(m.start(), d.span[0]), max(m.end(), d.span[1])
        found.append(
            Found(
                ClaimKind.event_date,
                offset + s,
                offset + e,
                {
                    "event_id": eid,
                    "date_text": d.text,
                    "date_start": d.start.isoformat(),
                    "date_end": d.end.isoformat(),
                    "vague": d.vague,
                    "tight": bool(_TIGHT_GAP.match(gap)),
                },
            )
        )
    return found
