"""Sentence splitting with exact offsets (rules, no model)."""

from __future__ import annotations

import re
from collections.abc import Iterator

_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "prof", "sgt",
    "capt", "maj", "adm", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
    "u.n", "u.k", "u.a.e", "e.g", "i.e", "approx", "pres", "amb", "min",
}
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+)|\n\s*\n|\n(?=\s*[#>*-])|\n")


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence; whitespace trimmed; never empty."""
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        piece = text[m.start() : m.end()]
        if piece[0] in ".!?":
            before = text[start : m.start()].split()
            word = before[-1].lower().rstrip(".") if before else ""
            following = text[m.end() :].lstrip()[:1]
            if word in _ABBREV or re.fullmatch(r"[a-z]", word):
                if not following or not following.isupper() or word in {"mr", "mrs", "ms", "dr"}:
                    continue
                if word in {"u.s", "u.n", "u.k", "u.a.e"} and following.isupper():
                    # "the U.S. Secretary" continues; a new sentence after U.S. is rare
                    nxt = text[m.end() :].lstrip().split(" ", 1)[0]
                    if nxt[:1].isupper() and nxt not in {"The", "It", "He", "She", "They", "A", "In", "But"}:
                        continue
            if following and not (following.isupper() or following.isdigit() or following in "\"“'‘(["):
                continue
        yield from _trimmed(text, start, end)
        start = end
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
