"""Sentence splitting with exact offsets (rules, no model)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterator
from typing import Any, TypeVar

from factdesk import rxcache

T = TypeVar("T")

_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "prof", "sgt",
    "capt", "maj", "adm", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
    "u.n", "u.k", "u.a.e", "e.g", "i.e", "approx", "pres", "amb", "min",
}
# A punctuation run is matched only from its first character, possessively: otherwise
# "!!!!…" without a following space is rescanned from every position (quadratic).
#: abbreviated titles: always followed by a name, never the end of a sentence
_TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "prof",
           "pres", "amb", "st"}
# A sentence ends at a punctuation run followed by space, or at a line break (one, or a run of
# blank lines). Written to start with its one character class, so that ``re`` skips every
# other character in C: the run's first character is tested by the lookbehind after it
# (same matches as ``(?<![.!?])[.!?]++[\"'”’)\]]*+(?=\s)|\n\s*\n|\n(?=\s*[#>*-])|\n``).
_END = rxcache.compile(r"[.!?\n](?:(?<=\n)(?:\s*\n)?|(?<![.!?][.!?])(?<=[.!?])[.!?]*+[\"'”’)\]]*+(?=\s))")
_NONSPACE = rxcache.compile(r"\S")
# Longer "sentences" (a list without full stops, a pasted table, a one-line dump) are
# cut at whitespace into pieces of at most this many characters, so no extractor ever
# sees more than this at once; real sentences are far shorter.
MAX_SENTENCE_CHARS = 2000


def _last_word(text: str, start: int, end: int) -> str:
    """``text[start:end].split()[-1]`` (or ""), without copying the whole slice."""
    j = end
    while j > start and text[j - 1].isspace():
        j -= 1
    i = j
    while i > start and not text[i - 1].isspace():
        i -= 1
    return text[i:j]


#: words that open a sentence after a capital letter and a full stop ("in Group A. The ...")
_STARTERS = frozenset({"The", "It", "He", "She", "They", "A", "An", "In", "But", "This", "That", "These",
                       "Those", "We", "I", "On", "At", "As", "And", "Its", "His", "Her", "Their", "There"})


def _middle_initial(text: str, start: int, dot: int, after: int) -> bool:
    """``text[dot - 1]`` is a middle initial between two capitalised names, not the end of a
    sentence: "Russian Federation President Vladimir V. Putin" (press.un.org SC/15046, 30 Sep 2022),
    "Secretary of State Antony J. Blinken met today" (US State Department readout, 21 Mar 2024)."""
    if not text[dot - 1].isupper():
        return False
    before = _last_word(text, start, dot - 1)
    nxt = text[after : after + 40].split(None, 1)[0] if after < len(text) else ""
    return (len(before) > 1 and before[0].isupper() and before.isalpha()
            and len(nxt) > 1 and nxt[0].isupper() and nxt.rstrip(".,;:").isalpha() and nxt not in _STARTERS)


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence; whitespace trimmed; never empty."""
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        piece = text[m.start() : m.end()]
        if piece[0] in ".!?":
            # "(Oct. 18)" (Agência Brasil, 18 Oct 2023), "on Friday (Mar. 22)" (HNGN, 22 Mar 2024): an
            # abbreviation after an opening bracket or quote is still one
            word = _last_word(text, start, m.start()).lower().rstrip(".").lstrip("([\"'“‘")
            nonspace = _NONSPACE.search(text, m.end())
            following = text[nonspace.start()] if nonspace else ""
            if word in _ABBREV or (len(word) == 1 and "a" <= word <= "z"):
                if not following or not following.isupper() or word in _TITLES:
                    continue
                if len(word) == 1 and _middle_initial(text, start, m.start(), nonspace.start()):
                    continue
                if word in {"u.s", "u.n", "u.k", "u.a.e"} and following.isupper():
                    # "the U.S. Secretary" continues; a new sentence after U.S. is rare
                    nxt = text[nonspace.start() : nonspace.start() + 64].split(" ", 1)[0]
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
    while end - start > MAX_SENTENCE_CHARS:
        cut = start + MAX_SENTENCE_CHARS
        while cut > start and not text[cut].isspace():
            cut -= 1
        if cut == start:  # one unbroken run of characters: cut it anyway
            cut = start + MAX_SENTENCE_CHARS
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > start:
            yield start, piece_end
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


_UNSET = object()


class Sentence(str):
    """One sentence as the finders see it: its text (this object *is* the text, so every
    finder that takes a ``str`` takes it unchanged), where it sits in the view text
    (``start``/``end``), the publication date its dates resolve against, the passage before
    it (``context``: the text a finder may use to *narrow* candidates, never as the only
    basis of an identification) and the document's ``headline``.

    What several finders ask of the same sentence (its dates, the people and events it
    mentions) is computed once per ``Sentence`` and kept on it (``memo``): the cache lives
    and dies with the sentence, so nothing is carried from one extraction to the next.
    """

    start: int
    end: int
    published: dt.date | None
    context: str
    headline: str

    def __new__(cls, text: str, start: int = 0, *, published: dt.date | None = None, context: str = "",
                headline: str = "") -> Sentence:
        obj = super().__new__(cls, text)
        obj.start, obj.end = start, start + len(text)
        obj.published, obj.context, obj.headline = published, context, headline
        obj._memo = {}
        return obj

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, once per sentence and ``key``."""
        memo = self._memo
        value = memo.get(key, _UNSET)
        if value is _UNSET:
            value = memo[key] = compute()
        return value

    def dates(self) -> list:
        """The date phrases of the sentence, resolved against ``published`` (``DateRange`` list)."""
        from factdesk.extract.dates import find_dates

        if self.published is None:
            return []
        return self.memo("dates", lambda: find_dates(str(self), self.published))

    def people(self, refs: Any) -> list[tuple[int, int, str]]:
        """Known people the sentence names: (start, end, person id), offsets in the sentence."""
        from factdesk.extract.events import people_in

        return people_in(self, refs)

    def countries(self) -> list[tuple[int, int, str]]:
        """Countries the sentence names, by name, capital or demonym: (start, end, canonical name)."""
        from factdesk.refs.countries import find_countries

        return self.memo("countries", lambda: find_countries(str(self)))

    def body(self) -> str | None:
        """The UN body the sentence names ("SC", "GA"), if one."""
        from factdesk.extract.vote_clauses import _body_of

        return self.memo("body", lambda: _body_of(str(self)))


def memo_on(sentence: str, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()`` kept on ``sentence`` when it is a :class:`Sentence`; computed afresh for a
    plain string (a finder called directly, as the tests do)."""
    if sentence.__class__ is Sentence:  # ``Sentence.memo``, inlined (~35 calls a document)
        memo = sentence._memo  # type: ignore[attr-defined]
        value = memo.get(key, _UNSET)
        if value is _UNSET:
            value = memo[key] = compute()
        return value
    if isinstance(sentence, Sentence):
        return sentence.memo(key, compute)
    return compute()


_ALNUM_RUN = rxcache.compile(r"[a-z0-9]+")


def alnum_words(sentence: str) -> list[str]:
    """The runs of ASCII letters and digits of the lower-cased ``sentence``, in order: what the
    word-indexed gazetteers look up (kept on a :class:`Sentence`, read by several finders)."""
    return memo_on(sentence, "alnum_words", lambda: _ALNUM_RUN.findall(sentence.lower()))
