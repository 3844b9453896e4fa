"""quantity claims: a number next to the words of a known quantity."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from factdesk import lexicon, rxcache, rxgate
from factdesk.extract.dates import find_dates
from factdesk.extract.numbers import NUMBER
from factdesk.extract.types import Found, rx
from factdesk.refs.base import ReferenceBase
from factdesk.rxgate import gated
from factdesk.rxtrie import literal_alternation
from schemas.contracts import ClaimKind

if TYPE_CHECKING:
    from factdesk.refs.pack import Quantity

#: hedge words -> what they mean (factdesk/lexicon/hedges.yaml)
HEDGES = {w: meaning for meaning, role in lexicon.role_words("hedges").roles.items() for w in role.forms["words"].words}
_HEDGE = literal_alternation(HEDGES)  # a trie: the same matches as the longest-first alternation
#: the vague amount is tried first: "tens of thousands of people" is one amount, not "ten" (Fox News
#: 2023-12-12: "tens of thousands of people have died since the war ... began on Oct. 7")
QTY = rxgate.compile(
    rf"(?P<vague>(?<![\w.,-])(?:tens\s+of\s+)?(?:thousands|hundreds|dozens|millions))\s+of"
    rf"|(?<![\w.,-])(?:(?P<hedge>{_HEDGE})\s+(?:another\s+|a\s+further\s+)?)?(?P<cur>\$|US\$|USD\s?)?(?P<num>{NUMBER})"
    rf"(?:\s*(?P<scale>million|billion|thousand|bn|m)\b)?(?![\w-]*\d)",
    re.I,
)
SCALE = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}
VAGUE = {
    "dozens": (24, 99), "hundreds": (200, 999), "thousands": (2000, 999_999),
    "tens of thousands": (20_000, 99_999), "millions": (2e6, 999e6),
}
_YEAR = rxcache.compile(r"^(?:19|20)\d\d$")
#: "raised its value from $69.51 million to $147.5 million": a change, not a figure to check
_CHANGE = rxcache.compile(r"\bfrom\s*$", re.I)
#: a number followed by an ordinal suffix or part of a score/fraction
_NOT_COUNT = rxcache.compile(r"^(?:st|nd|rd|th)\b|^\s*(?:%|per\s?cent|percent)", re.I)
#: an ordinal's suffix, which a count phrasing may read as the count it is ("It will just be the 11th such
#: session that the assembly has held", AFP via Breitbart and muslimnetwork.tv, Feb 2022)
_ORDINAL_SUFFIX = rxcache.compile(r"(?:st|nd|rd|th)\b")
_CHANGE_TO = rxcache.compile(rf"^\s*to\s+(?:\$|US\$)?{NUMBER}", re.I)
#: counts wire copy repeats as background ("More than 2,700 people have been killed"), by role
#: (factdesk/lexicon/counts.yaml): a quantity claim with no known figure, left unverified
_LEAD_COUNT = r"(?<![\d,.])(?P<count>\d"


def _count_regex(regex: str) -> str:
    r"""``regex``, the same matches, with a leading ``(?<![\d,.])(?P<count>\d`` written
    ``(?P<count>\d(?<![\d,.]\d)``: ``re`` then skips, in C, the positions that hold no digit (a
    pattern opening with a look-behind is tried at every position; issue 17)."""
    if not regex.startswith(_LEAD_COUNT):
        return regex
    rest = regex[len(_LEAD_COUNT):]
    rep = re.match(r"\{(\d+),(\d+)\}", rest)  # "\d{1,3}": the first digit, then "\d{0,2}"
    if rep and int(rep[1]) >= 1:
        rest = rf"\d{{{int(rep[1]) - 1},{int(rep[2]) - 1}}}" + rest[rep.end():]
    elif rest[:1] in ("*", "+", "?", "{"):
        return regex
    return r"(?P<count>\d(?<![\d,.]\d)" + rest


COUNTS = [(role, rxgate.compile(_count_regex(f.regex()), re.I))
          for role, r in lexicon.role_words("counts").roles.items() for f in r.forms.values()]
#: the quantity id of such a claim: no record has it, so it is never refuted
UNLISTED = "unlisted:"
#: a number the sentence gives as a party's figure: "an October 7 attack by Hamas that Israel says killed 1200
#: people and saw 240 people taken hostage" (PerthNow, Reuters, 2023-12-12), "a Hamas attack on October 7 that
#: Israel said killed 1,200 people and took 240 hostage" (CNBC Indonesia, 2023-12-13), "... and over 250 taken
#: hostage by Hamas on Oct 7, according to Israeli tallies" (Daily Pakistan, 2024-06-10)
_SAYS_BEFORE = rxcache.compile(
    r"\b(?:that|which|who)\s+(?:Israel|Israeli\s+\w+|officials|authorities|the\s+(?:\w+\s+)?(?:ministry|military|army))"
    r"\s+(?:says?|said|estimates?|estimated|counts?|counted)\b[^.;:]*$")
_SAYS_AFTER = rxcache.compile(r"^[^.;:]*?,?\s+according\s+to\s+(?:\w+\s+){0,2}(?:tallies|tally|figures|officials|"
                              r"authorities|count)\b", re.I)
#: the words right after a number, which may say what it counts ("37 hostages")
_COUNTED = rxcache.compile(r"\s+(?:[A-Za-z][\w-]*\s+)?[A-Za-z][\w-]*")
_CHANGE_FROM = rxcache.compile(
    rf"\bfrom\s+(?:\$|US\$)?{NUMBER}(?:\s*(?:million|billion|thousand|bn|m)\b)?\s+to\s*$", re.I
)


_SPAN = re.Match.span


def find_quantities(sentence: str, offset: int, refs: ReferenceBase) -> list[Found]:
    found: list[Found] = []
    if not QTY.may_match(sentence):
        return found  # no number, so no claim: the keyword and count patterns are not tried (issue 17)
    # the known quantities whose every keyword group the sentence holds, with where: without one,
    # no number of the sentence can be a figure claim, and the numbers are not read
    named = []
    for q, keywords in refs.memo("quantity.keywords", lambda: _keyword_patterns(refs)):
        group_hits = []
        for pat in keywords:
            hits = list(map(_SPAN, pat.finditer(sentence)))  # (no comprehension: most find nothing)
            if not hits:
                break
            group_hits.append(hits)
        else:
            named.append((q, group_hits))
    counts = {m.start("count"): role for role, pat in COUNTS for m in pat.finditer(sentence)}
    if not named and not counts:
        return found
    numbers = []
    # digits inside a date ("the October 7 attack") are not quantities (dates read only when a number is seen)
    date_spans: list[tuple[int, int]] | None = None
    for m in QTY.finditer(sentence):
        if m.group("num"):
            if date_spans is None:
                date_spans = [d.span for d in find_dates(sentence, dt.date(2000, 1, 1))]
            if any(ds <= m.start("num") < de for ds, de in date_spans):
                continue
        if m.group("num") and _NOT_COUNT.match(sentence[m.end():]) and not (
                m.start("num") in counts and _ORDINAL_SUFFIX.match(sentence, m.end())):
            continue  # an ordinal or a share, unless a count phrasing reads it ("the 11th such session")
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
    cands = []
    groups = refs.memo("quantity.keywords", lambda: _keyword_patterns(refs))
    for q, group_hits in named:
        wants_money = q.unit == "USD"
        for i, (s, e, n) in enumerate(numbers):
            if "vague" in n:
                if wants_money:
                    continue
            elif n.get("currency", False) != wants_money:
                continue
            if "value" in n and _in_change(sentence, s, e):
                continue
            if _counts_another(sentence, e, q, groups):
                continue
            near = min(min(abs(hs - e), abs(s - he)) for hits in group_hits for hs, he in hits)
            # every keyword group should be reasonably close, the nearest very close
            far = max(min(min(abs(hs - e), abs(s - he)) for hs, he in hits) for hits in group_hits)
            if near > 45:
                continue
            exact = "value" in n and abs(n["value"] - q.value) < 1e-6
            cands.append((not exact, far, near, i, q.id))
    used: set[int] = set()
    taken: set[str] = set()
    for _, _, _, i, qid in sorted(cands):
        if i in used or qid in taken:
            continue
        used.add(i)
        taken.add(qid)
        s, e, n = numbers[i]
        ctype = "quantity.figure"
        said = {"attributed": True} if _SAYS_BEFORE.search(sentence, 0, s) or _SAYS_AFTER.match(sentence[e:]) else {}
        found.append(Found(ClaimKind.quantity, offset + s, offset + e, {"quantity_id": qid, **n, **said}, ctype))
    for i, (s, e, n) in enumerate(numbers):
        role = next((r for cs, r in counts.items() if s <= cs < e), None)
        if i in used or role is None or "value" not in n or n["currency"] or _in_change(sentence, s, e):
            continue
        found.append(Found(ClaimKind.quantity, offset + s, offset + e, {"quantity_id": UNLISTED + role, **n},
                           "quantity.figure"))
    return sorted(found, key=lambda f: f.start)


def _keyword_patterns(refs: ReferenceBase) -> list[tuple[Quantity, list[Any]]]:
    """Each known quantity with its keyword groups' patterns, compiled once per reference base
    and gated on their words (``factdesk.rxgate``)."""
    return [(q, [gated(rx(rf"(?<!\w)(?:{group})(?!\w)", re.I)) for group in q.keywords])
            for q in refs.quantities.values()]


def _counts_another(sentence: str, e: int, q: Quantity, groups: list[tuple[Quantity, list[Any]]]) -> bool:
    """The words right after the number say it counts what another known quantity counts, not ``q``:
    "the bodies of 37 hostages who either died in Gaza or were killed on October 7" (NDTV, AFP,
    2024-10-07), "they took back into the Gaza Strip 251 hostages, some of them already dead" (Gulf
    News, AFP, 2024-09-26) count hostages, not the people killed in the attack."""
    m = _COUNTED.match(sentence, e)
    if m is None:
        return False
    words = m.group(0)
    own = next(pats for other, pats in groups if other is q)
    if any(p.search(words) for p in own):
        return False
    return any(p.search(words) for other, pats in groups if other is not q for p in pats[:1])


def _in_change(sentence: str, s: int, e: int) -> bool:
    """A figure in "from X to Y": a change between two values, ambiguous to check."""
    before, after = sentence[:s], sentence[e:]
    if _CHANGE.search(before) and _CHANGE_TO.match(after):
        return True
    return bool(_CHANGE_FROM.search(before))
