"""Literal gates for costly patterns: skip a scan when the text lacks every word the pattern needs.

Many extraction patterns can only match text that holds one of a few literal pieces: the
people patterns need a title ("president", "minister", ...), the tally patterns "abst" or a
digit. ``re`` does not know this and tries such a pattern at every position of every
sentence. ``gated(pattern)`` reads the pattern's parse tree once and derives a set of
*required literals* -- lower-case ASCII strings such that every match of the pattern contains
one of them (or a decimal digit, when the pattern needs one) -- and returns an object with
the pattern's methods that answers "no match" at once when the text holds none of them, and
otherwise calls the pattern itself. The answers are the pattern's own, always:

- a literal is only ever taken from what a match must spell out: literal characters,
  small character classes and alternations of them, concatenated through zero-width items
  (``\\b``, lookarounds, anchors); anything optional, repeated zero times, or a class of
  many characters ends a literal;
- the test is on ``text.lower()`` with lower-cased literals, which only makes it more
  permissive for case-sensitive patterns; only ASCII characters become literals;
- ``re.IGNORECASE`` matches four non-ASCII characters to ASCII letters (``İ ı ſ K``)
  where ``str.lower`` does not: a text holding one of them is always scanned;
- a pattern with no such set (it can match empty text, or anything) is returned unchanged.

``tests/test_rxgate.py`` compares gated and plain patterns on the corpora and on
generated text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from re import _constants as C  # noqa: N812 - CPython's sre opcodes
from typing import Any

#: stands for "a decimal digit (``\\d``)" in a literal set
DIGIT = "\x00digit"
#: characters ``re.IGNORECASE`` matches to ASCII letters that ``str.lower`` does not map to them
CASE_TWINS = ("\u0130", "\u0131", "\u017f", "\u212a")
_MAX_EXACT = 16
_DIGIT_RE = re.compile(r"\d")
_DIGITS = frozenset("0123456789")


@dataclass(frozen=True)
class _Info:
    #: every match is exactly one of these (lower-cased), or None when unknown
    exact: frozenset[str] | None
    #: every match contains one of these, or None when nothing is known
    req: frozenset[str] | None


_NOTHING = _Info(None, None)
_EMPTY = _Info(frozenset({""}), None)


def _useful(s: frozenset[str] | None) -> frozenset[str] | None:
    return s if s and "" not in s else None


def _score(s: frozenset[str]) -> tuple[int, int, int]:
    """Fewer and longer literals are rarer in text: the set a gate tests."""
    shortest = min(2 if x == DIGIT else len(x) for x in s)
    return min(shortest, 5), -len(s), shortest


def _best(cands: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    good = [c for c in (_useful(c) for c in cands) if c is not None]
    return max(good, key=_score) if good else None


def _seq(items: Any) -> _Info:
    cur: frozenset[str] = frozenset({""})
    cands: list[frozenset[str] | None] = []
    broken = False
    for op, av in items:
        info = _node(op, av)
        if info.exact is not None and len(cur) * len(info.exact) <= _MAX_EXACT:
            cur = frozenset(a + b for a in cur for b in info.exact)
            continue
        broken = True
        cands += [cur, info.req]
        cur = info.exact if info.exact is not None and len(info.exact) <= _MAX_EXACT else frozenset({""})
    cands.append(cur)
    return _Info(None if broken else cur, _best(cands))


def _node(op: Any, av: Any) -> _Info:  # noqa: C901, PLR0911, PLR0912 - one case per opcode
    if op is C.LITERAL:
        ch = chr(av)
        return _Info(frozenset({ch.lower()}), None) if ch.isascii() else _NOTHING
    if op is C.IN:
        if any(o is C.NEGATE for o, _ in av):
            return _NOTHING
        if all(o is C.LITERAL and chr(a).isascii() for o, a in av):
            chars = frozenset(chr(a).lower() for _, a in av)
            return _Info(chars, None) if len(chars) <= _MAX_EXACT else _NOTHING
        digits = all(
            (o is C.CATEGORY and a is C.CATEGORY_DIGIT)
            or (o is C.LITERAL and chr(a) in _DIGITS)
            or (o is C.RANGE and chr(a[0]) in _DIGITS and chr(a[1]) in _DIGITS)
            for o, a in av
        )
        return _Info(None, frozenset({DIGIT})) if digits else _NOTHING
    if op is C.BRANCH:
        alts = [_seq(alt) for alt in av[1]]
        exact = None
        if all(a.exact is not None for a in alts):
            union = frozenset().union(*(a.exact for a in alts))  # type: ignore[misc]
            exact = union if len(union) <= _MAX_EXACT else None
        reqs = [a.req for a in alts]
        req = None if any(r is None for r in reqs) else frozenset().union(*reqs)  # type: ignore[misc]
        return _Info(exact, req)
    if op is C.SUBPATTERN:
        return _seq(av[-1])
    if op is C.ATOMIC_GROUP:
        return _seq(av)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        inner = _seq(sub)
        if lo == 0:
            if hi == 1 and inner.exact is not None and len(inner.exact) < _MAX_EXACT:
                return _Info(inner.exact | {""}, None)
            return _NOTHING
        if lo == hi == 1:
            return inner
        return _Info(None, inner.req or _useful(inner.exact))
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero-width: the text on either side is adjacent
        return _EMPTY
    return _NOTHING  # ANY, NOT_LITERAL, a class of many characters, back references, conditionals


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case ASCII strings (and ``DIGIT``) one of which every match of ``pattern`` holds,
    or None when the pattern needs no literal. Shorter literals that other literals of the
    set contain replace them (the test is the same, and cheaper)."""
    if not isinstance(pattern.pattern, str):
        return None
    from factdesk import rxcache

    return _literals(rxcache.parsed_tree(pattern.pattern, pattern.flags))


def _literals(tree: Any) -> frozenset[str] | None:
    """``required_literals`` of a parse tree."""
    req = _seq(tree).req
    if req is None:
        return None
    kept: list[str] = []
    for lit in sorted(req, key=lambda s: (len(s), s)):
        if lit == DIGIT or not any(k != DIGIT and k in lit for k in kept):
            kept.append(lit)
    return frozenset(kept)


_KEYS: dict[frozenset[str], int] = {}


def _lower(text: str) -> str | None:
    """``text.lower()``, or None when ``text`` holds a case twin (then every gate opens)."""
    if text.isascii():
        return text.lower()
    return None if any(c in text for c in CASE_TWINS) else text.lower()


class _Current:
    """The plain string the gates last tested, lower-cased, and their answers for it
    (a clause or a gap is often asked about by several gates in a row)."""

    text: Any = None
    low: str | None = None
    answers: dict[str, bool] = {}  # noqa: RUF012 - replaced, never mutated in place across texts


_MASK = "rxgate:mask"


class _Scan:
    """One pass over a sentence for every gate: which gate keys its text opens.

    ``rx`` finds, at every position of the lower-cased text, the longest gate literal that
    starts there (a lookahead of the trie of all literals, so occurrences may overlap). A
    literal that occurs starts at some position, and there it is a prefix of that longest
    literal: ``opens[longest]`` holds the bits of the keys with a literal that is a prefix of
    it, so the bits of a text are exactly those of the keys with a literal in it. Bit ``i``
    stands for key ``i`` of ``_KEYS``; the keys made after the scan was built have every bit
    from ``known`` up set (open: the pattern is tried), until the next sentence rebuilds it.

    A literal of one character ("e", ",") or one that starts with no letter (" year", "$") is
    tested with ``in`` instead (``loose``: literal -> its keys' bits): ``re`` tries every
    first character of the trie at every position, and a one-character literal would end a
    match at nearly every one; left out of the trie, they cost a quarter of the scan less."""

    known = -1
    rx: Any = None
    opens: dict[str, int] = {}  # noqa: RUF012 - replaced, never mutated in place
    loose: tuple[tuple[str, int], ...] = ()
    digits = 0
    unknown = -1


def _rebuild() -> None:
    from factdesk.rxtrie import literal_alternation

    opens: dict[str, int] = {}
    words: dict[str, int] = {}
    digits = 0
    for lits, i in list(_KEYS.items()):
        for lit in lits:
            if lit == DIGIT:
                digits |= 1 << i
            else:
                words[lit] = words.get(lit, 0) | 1 << i
    loose = {lit: bits for lit, bits in words.items() if len(lit) == 1 or not lit[0].isalpha()}
    trie = {lit: bits for lit, bits in words.items() if lit not in loose}
    for longest in trie:
        bits = 0
        for end in range(1, len(longest) + 1):
            bits |= trie.get(longest[:end], 0)
        opens[longest] = bits
    _Scan.known = len(_KEYS)
    _Scan.rx = re.compile("(?=(" + literal_alternation(trie) + "))") if trie else None
    _Scan.opens, _Scan.loose, _Scan.digits, _Scan.unknown = opens, tuple(loose.items()), digits, -(1 << _Scan.known)


def _open_keys(text: str) -> int:
    """The bits of the gate keys ``text`` opens (``-1``: all of them, a case twin)."""
    if len(_KEYS) != _Scan.known:
        _rebuild()
    low = _lower(text)
    if low is None:
        return -1
    bits = _Scan.unknown
    if _Scan.rx is not None:
        opens = _Scan.opens
        for lit in _Scan.rx.findall(low):
            bits |= opens[lit]
    for lit, lit_bits in _Scan.loose:
        if lit in low:
            bits |= lit_bits
    digits = _Scan.digits
    if digits & ~bits and _DIGIT_RE.search(text) is not None:
        bits |= digits
    return bits


class Gated:
    """``pattern`` behind a literal gate: the same methods and answers, faster on texts
    that cannot match. Match objects are the pattern's own (``m.re`` is ``pattern``)."""

    __slots__ = ("re", "literals", "_words", "_digit", "_key", "_bit", "pattern", "flags", "groups", "groupindex")

    def __init__(self, pattern: re.Pattern[str], literals: frozenset[str]) -> None:
        self.re = pattern
        self.literals = literals
        self._words = tuple(sorted(x for x in literals if x != DIGIT))
        self._digit = DIGIT in literals
        index = _KEYS.setdefault(literals, len(_KEYS))  # gates with the same words share answers
        self._key = f"rxgate:{index}"
        self._bit = 1 << index
        self.pattern, self.flags, self.groups, self.groupindex = (
            pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex)

    def may_match(self, text: str) -> bool:
        """False only when no match is possible anywhere in ``text``."""
        if text.__class__ is not str:
            # a sentence object (``factdesk.extract.sentences.Sentence``) keeps, in its own memo,
            # which gates it opens: one scan answers every finder that asks about it
            try:
                memo = text._memo
            except AttributeError:
                memo = None
            if memo.__class__ is dict:
                try:
                    return memo[_MASK] & self._bit != 0
                except KeyError:  # the first ask about this sentence
                    return (memo.setdefault(_MASK, _open_keys(text))) & self._bit != 0
        if text is not _Current.text:
            _Current.text, _Current.low, _Current.answers = text, _lower(text), {}
        answer = _Current.answers.get(self._key)
        if answer is None:
            low = _Current.low
            answer = _Current.answers[self._key] = (low is None or any(map(low.__contains__, self._words))
                                                    or (self._digit and _DIGIT_RE.search(text) is not None))
        return answer

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if string.__class__ is not str:  # a scanned sentence: its bits answer without a call
            try:  # (``re`` raises neither error)
                return self.re.search(string, pos, endpos) if string._memo[_MASK] & self._bit else None  # type: ignore[attr-defined]
            except (AttributeError, KeyError):  # not a sentence, or not scanned yet
                pass
        return self.re.search(string, pos, endpos) if self.may_match(string) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if string.__class__ is not str:  # a scanned sentence: its bits answer without a call
            try:  # (``re`` raises neither error)
                return self.re.match(string, pos, endpos) if string._memo[_MASK] & self._bit else None  # type: ignore[attr-defined]
            except (AttributeError, KeyError):  # not a sentence, or not scanned yet
                pass
        return self.re.match(string, pos, endpos) if self.may_match(string) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.re.fullmatch(string, pos, endpos) if self.may_match(string) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if string.__class__ is not str:  # a scanned sentence: its bits answer without a call
            try:  # (``re`` raises neither error)
                return self.re.finditer(string, pos, endpos) if string._memo[_MASK] & self._bit else iter(())  # type: ignore[attr-defined]
            except (AttributeError, KeyError):  # not a sentence, or not scanned yet
                pass
        return self.re.finditer(string, pos, endpos) if self.may_match(string) else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if string.__class__ is not str:  # a scanned sentence: its bits answer without a call
            try:  # (``re`` raises neither error)
                return self.re.findall(string, pos, endpos) if string._memo[_MASK] & self._bit else []  # type: ignore[attr-defined]
            except (AttributeError, KeyError):  # not a sentence, or not scanned yet
                pass
        return self.re.findall(string, pos, endpos) if self.may_match(string) else []

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.re.sub(repl, string, count) if self.may_match(string) else str(string)

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return self.re.subn(repl, string, count) if self.may_match(string) else (str(string), 0)

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return self.re.split(string, maxsplit) if self.may_match(string) else [str(string)]

    def __repr__(self) -> str:
        return f"Gated({self.re!r}, {len(self.literals)} literals)"


class _Pending:
    """A gated pattern's ``re`` until the gate first opens: compiles it then, and puts the compiled
    pattern in its place (so later calls find ``re`` as they would have, at no cost)."""

    __slots__ = ("owner",)

    def __init__(self, owner: LazyGated) -> None:
        self.owner = owner

    def __getattr__(self, name: str) -> Any:
        return getattr(self.owner.compiled(), name)


class LazyGated(Gated):
    """A ``Gated`` built from a pattern's text, compiled when a text first opens its gate.

    A check loads every pattern it compiles from the pattern cache (``rxcache``): the opcode lists
    of the big ones (the people patterns hold every title and country) take more of a cold
    ``factdesk check`` than the scans, and a document usually opens only some gates (half of the
    code the sample draft's check loaded was for patterns it never tried). The gate's literals come
    from the cache without the pattern (``remembered_literals_of``); the answers are the pattern's own."""

    __slots__ = ("_source", "_given")

    def __init__(self, pattern: str, flags: int, literals: frozenset[str]) -> None:
        self._source, self._given = pattern, flags
        self.re = _Pending(self)  # type: ignore[assignment]
        self.literals = literals
        self._words = tuple(sorted(x for x in literals if x != DIGIT))
        self._digit = DIGIT in literals
        index = _KEYS.setdefault(literals, len(_KEYS))
        self._key = f"rxgate:{index}"
        self._bit = 1 << index
        self.pattern = pattern

    def compiled(self) -> re.Pattern[str]:
        from factdesk import rxcache

        done = self.re
        if done.__class__ is _Pending:
            done = self.re = rxcache.compile(self._source, self._given)
        return done  # type: ignore[return-value]

    flags = property(lambda self: self.compiled().flags)  # type: ignore[assignment]
    groups = property(lambda self: self.compiled().groups)  # type: ignore[assignment]
    groupindex = property(lambda self: self.compiled().groupindex)  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LazyGated({self._source[:60]!r}, {len(self.literals)} literals)"


def compile(pattern: str, flags: int = 0) -> Gated | re.Pattern[str]:  # noqa: A001 - mirrors re.compile
    """``gated(rxcache.compile(pattern, flags))``, compiled only when a text first opens its gate
    (``LazyGated``); a pattern without required literals is compiled at once and returned as it is."""
    from factdesk import rxcache

    if not isinstance(pattern, str) or not _this_code():
        return gated(rxcache.compile(pattern, flags))
    lits = remembered_literals_of(pattern, int(flags))
    return LazyGated(pattern, int(flags), lits) if lits else rxcache.compile(pattern, flags)


def gated(pattern: re.Pattern[str]) -> Gated | re.Pattern[str]:
    """``pattern`` behind a gate of its required literals; the pattern itself when it has none."""
    if isinstance(pattern, Gated):
        return pattern
    lits = remembered_literals(pattern)
    return Gated(pattern, lits) if lits else pattern


_SEP = "\x01"
_code_digest: str | None = None


def _this_code() -> str:
    """A digest of this module's source: literal sets kept by another version are not used."""
    global _code_digest
    if _code_digest is None:
        from _blake2 import blake2b  # built in: hashlib would load OpenSSL at start-up

        try:
            with open(__file__, "rb") as fh:
                _code_digest = blake2b(fh.read(), digest_size=8).hexdigest()
        except OSError:
            _code_digest = ""
    return _code_digest


def remembered_literals_of(pattern: str, flags: int) -> frozenset[str] | None:
    """``required_literals(rxcache.compile(pattern, flags))``, kept in the pattern cache under the
    pattern's text and the flags given (not those compiled in), so a hit needs no compiled pattern."""
    from _blake2 import blake2b

    from factdesk import rxcache

    digest = blake2b(pattern.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()

    def build() -> str:  # from the parse tree alone: a pattern no text opens is never compiled nor kept
        lits = _literals(rxcache.parsed_tree(pattern, flags))
        return _SEP + _SEP.join(sorted(lits)) if lits else ""

    text = rxcache.remembered(f"gate-text:{_this_code()}:{flags}:{digest}", build)
    return frozenset(text[1:].split(_SEP)) if text else None


def remembered_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """``required_literals(pattern)``, kept in the pattern cache (``rxcache.remembered``).

    Reading a big pattern's parse tree costs more than compiling it from the cache (the
    people patterns hold thousands of titles), so the set is derived once per pattern and
    version of this module, not by every process. The key names the pattern's flags, a
    digest of its text and a digest of this file."""
    if not isinstance(pattern.pattern, str):
        return None
    code = _this_code()
    if not code:
        return required_literals(pattern)
    from _blake2 import blake2b

    from factdesk import rxcache

    digest = blake2b(pattern.pattern.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()

    def build() -> str:
        lits = required_literals(pattern)
        return _SEP + _SEP.join(sorted(lits)) if lits else ""

    text = rxcache.remembered(f"gate:{code}:{pattern.flags}:{digest}", build)
    return frozenset(text[1:].split(_SEP)) if text else None
