"""Similarity of short names: ``ratio`` and ``extract`` with the exact scores of rapidfuzz's
``fuzz.ratio`` and ``process.extract(..., scorer=fuzz.ratio, limit=None)``.

The near-miss check compares one unknown name with the few known spellings that share its
initials (a block of at most a few dozen). Importing rapidfuzz for that costs about 12 ms of CPU,
some 6 % of a whole ``factdesk check`` of a draft, while the comparison itself takes
microseconds; so the score is computed here. It is rapidfuzz's definition, the normalised Indel
similarity: ``100 * (1 - (len(a) + len(b) - 2 * LCS(a, b)) / (len(a) + len(b)))``, the longest
common subsequence counted with the bit-parallel algorithm rapidfuzz uses (Hyyrö 2004), the same
floating-point operations in the same order. ``tests/test_fuzzy.py`` checks every score and
every order against rapidfuzz itself (a dev dependency) on real names and random strings.
"""

from __future__ import annotations

from collections.abc import Sequence


def _lcs(a: str, b: str) -> int:
    """Length of the longest common subsequence of ``a`` and ``b`` (bit-parallel: one
    machine-word-like step per character of ``b``)."""
    if len(a) < len(b):
        a, b = b, a
    masks: dict[str, int] = {}
    bit = 1
    for ch in a:
        masks[ch] = masks.get(ch, 0) | bit
        bit <<= 1
    full = bit - 1
    v = full  # ones where no match has been counted yet
    for ch in b:
        u = v & masks.get(ch, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


def ratio(a: str, b: str) -> float:
    """``rapidfuzz.fuzz.ratio(a, b)``: 100.0 for equal strings (and two empty ones), 0.0 for
    strings with no character in common."""
    total = len(a) + len(b)
    if not total:
        return 100.0
    dist = total - 2 * _lcs(a, b)
    return (1.0 - dist / total) * 100


def extract(query: str, choices: Sequence[str], score_cutoff: float) -> list[tuple[str, float, int]]:
    """``rapidfuzz.process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=score_cutoff,
    limit=None)``: ``(choice, score, index)`` of every choice scoring at least ``score_cutoff``,
    best first, ties in the order of ``choices``."""
    hits = []
    for i, choice in enumerate(choices):
        score = ratio(query, choice)
        if score >= score_cutoff:
            hits.append((choice, score, i))
    hits.sort(key=lambda h: -h[1])  # stable: equal scores keep the order of ``choices``
    return hits
