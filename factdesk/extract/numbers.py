"""Numbers written as digits or words ("one hundred and fifty-three", "13,981",
"$106.5 million"). Vote tallies have their own grammar in ``votes.py``; general
number-word libraries were measured to misread them here."""

from __future__ import annotations

import re

from factdesk import rxcache
from factdesk.rxtrie import literal_alternation

UNITS = {
    "zero": 0, "no": 0, "none": 0, "one": 1, "a single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

# tries (``factdesk/rxtrie.py``): the same matches and preference as the longest-first
# alternations, with one test per position instead of one per word
_UNIT_W = literal_alternation(k for k in UNITS if k not in ("no", "none"))
_TENS_W = literal_alternation(TENS)
_UNDER_100 = rf"(?:(?:{_TENS_W})(?:[-\s](?:{_UNIT_W}))?|(?:{_UNIT_W}))"
_UNDER_1000 = rf"(?:(?:{_UNIT_W})\s+hundred(?:\s+(?:and\s+)?{_UNDER_100})?|{_UNDER_100})"
#: a number in digits ("153", "13,981", "106.5") or words up to 999
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_UNDER_1000})"
NUMBER_RE = rxcache.compile(rf"(?<![\w-])({NUMBER})(?![\w])", re.I)


def words_to_int(text: str) -> int | None:
    """Parse an English number phrase up to 999 ("one hundred and fifty-three")."""
    t = re.sub(r"[\s-]+", " ", text.strip().lower()).replace(" and ", " ")
    if t in UNITS:
        return UNITS[t]
    total = 0
    current = 0
    for tok in t.split(" "):
        if tok in UNITS:
            current += UNITS[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok == "a":
            current += 1
        else:
            return None
    return total + current


def parse_number(text: str) -> float | None:
    t = text.strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", t):
        return float(t.replace(",", ""))
    n = words_to_int(t)
    return float(n) if n is not None else None
