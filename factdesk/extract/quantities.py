"""quantity claims: a number next to the words of a known quantity."""

from __future__ import annotations

import re

from factdesk.extract.numbers import NUMBER
from factdesk.extract.types import Found
from factdesk.refs.base import ReferenceBase
from schemas.contracts import ClaimKind

HEDGES = {
    "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx",
    "some": "approx", "an estimated": "approx", "nearly": "below", "almost": "below",
    "close to": "below", "just under": "below", "more than": "above", "over": "above",
    "at least": "at_least", "upwards of": "above", "fewer than": "below_strict",
    "less than": "below_strict", "under": "below_strict", "up to": "at_most",
}
_HEDGE = "|".join(sorted((re.escape(h) for h in HEDGES), key=len, reverse=True))
QTY = re.compile(
    rf"(?<![\w.,-])(?:(?P<hedge>{_HEDGE})\s+)?(?P<cur>\$|US\$|USD\s?)?(?P<num>{NUMBER})"
    rf"(?:\s*(?P<scale>million|billion|thousand|bn|m)\b)?(?![\w-]*\d)"
    rf"|(?P<vague>(?:tens\s+of\s+)?(?:thousands|hundreds|dozens|millions))\s+of",
    re.I,
)
SCALE = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}
VAGUE = {
    "dozens": (24, 99), "hundreds": (200, 999), "thousands": (2000, 999_999),
    "tens of thousands": (20_000, 99_999), "millions": (2e6, 999e6),
}
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def find_quantities(sentence: str, offset: int, refs: ReferenceBase) -> list[Found]:
    found: list[Found] = []
    numbers = []
    for m in QTY.finditer(sentence):
        if m.group("vague"):
            lo, hi = VAGUE[re.sub(r"\s+", " ", m.group("vague").lower())]
            numbers.append((m.start(), m.end("vague"), {"low": lo, "high": hi, "vague": m.group("vague")}))
            continue
        raw = m.group("num")
        if _YEAR.match(raw) and not m.group("cur"):
            continue
        if re.match(r"\s*[-–]\s*\d", sentence[m.end():]) or re.search(r"\d\s*[-–]\s*$", sentence[: m.start()]):
            continue  # part of a tally or range like 13-1-1
        from factdesk.extract.numbers import parse_number

        value = parse_number(raw)
        if value is None:
            continue
        scale = (m.group("scale") or "").lower()
        value *= SCALE.get(scale, 1)
        numbers.append(
            (
                m.start(),
                m.end(),
                {
                    "value": value,
                    "currency": bool(m.group("cur")) or bool(re.match(r"\s*(?:dollars|USD)\b", sentence[m.end():])),
                    "hedge": HEDGES.get((m.group("hedge") or "").lower()),
                    "written": m.group(0),
                    "digits": raw,
                },
            )
        )
    if not numbers:
        return found
    used: set[int] = set()
    for q in refs.quantities.values():
        group_hits = []
        for group in q.keywords:
            hits = [h.span() for h in re.finditer(rf"(?<!\w)(?:{group})(?!\w)", sentence, re.I)]
            if not hits:
                break
            group_hits.append(hits)
        else:
            wants_money = q.unit == "USD"
            best = None
            for i, (s, e, n) in enumerate(numbers):
                if i in used or n.get("currency", False) != wants_money and "vague" not in n:
                    continue
                if wants_money and "vague" in n:
                    continue
                dist = min(
                    min(abs(hs - e), abs(s - he)) for hits in group_hits for hs, he in hits
                )
                if dist <= 45 and (best is None or dist < best[0]):
                    best = (dist, i)
            if best is None:
                continue
            used.add(best[1])
            s, e, n = numbers[best[1]]
            found.append(Found(ClaimKind.quantity, offset + s, offset + e, {"quantity_id": q.id, **n}))
    return found
