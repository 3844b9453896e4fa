"""Alternations of literal words as tries: the same matches, far fewer tries per position.

``"|".join(re.escape(w) for w in sorted(words, key=lambda s: (-len(s), s)))`` makes ``re``
try every word at every position of a sentence (country names: ~300 tries each). The
trie form branches on one character at a time and tries at most one branch per
character, so a position that starts no word costs one test.

It matches exactly the same text, with the same preference: at a given position the
words that match form a chain of prefixes of one another, and both forms try the
longest first, then each shorter one when the rest of the pattern fails (the trie
because its optional groups are greedy). ``tests/test_rxtrie.py`` compares the two.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from types import CodeType
from typing import NamedTuple

from factdesk import rxcache

_END = ""
#: lists this long or longer are kept in the pattern cache; shorter ones build in microseconds
REMEMBER_FROM = 100


def literal_alternation(words: Iterable[str]) -> str:
    """A pattern (no capturing groups) matching any of ``words`` literally, longest first.

    Building the trie of a few thousand names costs milliseconds at every start-up, so the
    result for a long list is kept in the pattern cache (``rxcache.remembered``), keyed by a digest of the
    sorted words and of the code below."""
    unique = sorted(set(words))
    if unique and not unique[0]:
        raise ValueError("an empty word would match everywhere")
    if len(unique) < REMEMBER_FROM:
        return _build(unique)
    digest = hashlib.blake2b("\0".join(unique).encode(), digest_size=20, key=_code_key()).hexdigest()
    return rxcache.remembered(f"alt:{digest}", lambda: _build(unique))


_CODE_KEY: bytes | None = None


def _code_key() -> bytes:
    """A digest of the building code: a change to it never serves a stale pattern."""
    global _CODE_KEY
    if _CODE_KEY is None:
        h = hashlib.blake2b(digest_size=16)
        for fn in (_build, _emit):
            _hash_code(h, fn.__code__)
        _CODE_KEY = h.digest()
    return _CODE_KEY


def _hash_code(h: hashlib.blake2b, code: CodeType) -> None:
    h.update(code.co_code + repr(code.co_names).encode())
    for const in code.co_consts:  # a nested function's code object (its repr holds an address)
        if isinstance(const, CodeType):
            _hash_code(h, const)
        else:
            h.update(repr(const).encode())


def _build(words: list[str]) -> str:
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _emit(trie)


def _emit(node: dict[str, dict]) -> str:
    alts = [re.escape(ch) + _emit(sub) for ch, sub in sorted(node.items()) if ch != _END]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if _END in node else body


# ---------------------------------------------------------------------- ordered alternations
class Atom(NamedTuple):
    """One step of an alternative: the regex ``text`` it emits and what it may start with.

    ``key`` says which atoms are the same step (alternatives with the same key share it);
    ``kind`` is ``"lit"`` (one ASCII non-space character, case folded in ``key``), ``"sp"``
    (one ASCII space character), ``"char"`` (any other character), ``"ws"`` (``\\s+``) or
    ``"poss"`` (an optional possessive, then ``\\s+``)."""

    key: tuple[str, str]
    text: str
    kind: str


@lru_cache(maxsize=4096)
def lit(ch: str) -> Atom:
    """One character as written; a letter matches either case inside the caller's ``(?i:...)``."""
    if ch.isascii():
        kind = "sp" if ch.isspace() else "lit"
        return Atom((kind, ch if ch.isspace() else ch.lower()), re.escape(ch), kind)
    return Atom(("char", ch), re.escape(ch), "char")


WS = Atom(("ws", ""), r"\s+", "ws")


@lru_cache(maxsize=16)
def poss(possessive: str) -> Atom:
    """``possessive`` (a pattern such as ``(?:'s|’s)``), optional, then ``\\s+``."""
    return Atom(("poss", possessive), rf"{possessive}?\s+", "poss")


def ordered_alternation(alternatives: Sequence[Sequence[Atom]]) -> str:
    """A pattern (no capturing groups) matching what ``"|".join(alternatives)`` matches, with the
    same preference, for use inside ``(?i:...)``, built as a trie where that is provably the same.

    ``re`` tries the alternatives in order at every position; the trie tries one branch per
    step instead. It groups alternatives by their first step only when no two different
    first steps can match at one position (two ASCII characters that differ case-folded, a
    letter and ``\\s+`` ...), so at most one group can match there, and keeps their order
    inside a group. Where two first steps could both match (``\\s+`` and a possessive, a
    non-ASCII character), or a space step could give characters back to what follows it,
    that level is written out flat, in order; so is a level where an alternative that ends
    comes before one that goes on (in a list sorted longest first, it never does).
    ``tests/test_rxtrie.py`` compares both forms."""
    seen: set[tuple[tuple[str, str], ...]] = set()
    alts = []
    for alt in alternatives:
        keys = tuple(a.key for a in alt)
        if not keys:
            raise ValueError("an empty alternative would match everywhere")
        if keys not in seen:  # the same steps match the same text: the first one wins anyway
            seen.add(keys)
            alts.append(tuple(alt))
    return _grouped(alts, 0)


def _flat(alts: list[tuple[Atom, ...]]) -> str:
    return "(?:" + "|".join("".join(a.text for a in alt) for alt in alts) + ")"


def _overlap(a: Atom, b: Atom) -> bool:
    """Whether two different steps could both match at one position."""
    kinds = {a.kind, b.kind}
    if kinds <= {"lit", "sp"}:
        return False  # two ASCII characters that differ case-folded (sre folds ASCII letters only to each other)
    if kinds == {"lit", "ws"}:
        return False  # \s+ never matches an ASCII non-space character
    if kinds == {"lit", "poss"}:
        return (a if a.kind == "lit" else b).key[1] == "'"  # a possessive starts with ', ’ or a space
    return True


def _settled(alt: tuple[Atom, ...], i: int) -> bool:
    """The space step at ``i`` can match only one way: a character that is no space follows it."""
    nxt = alt[i + 1] if i + 1 < len(alt) else None
    return nxt is not None and (nxt.kind == "lit" or (nxt.kind == "char" and not nxt.key[1].isspace()))


def _grouped(alts: list[tuple[Atom, ...]], depth: int) -> str:
    """The pattern of what follows the first ``depth`` steps, which ``alts`` all share."""
    ends = [len(alt) == depth for alt in alts]
    if any(ends[:-1]):  # an alternative that ends comes before one that goes on: keep the order as is
        return _flat([alt[depth:] for alt in alts])
    going = alts[:-1] if ends[-1] else alts
    if not going:
        return ""
    groups: dict[tuple[str, str], list[tuple[Atom, ...]]] = {}
    for alt in going:
        groups.setdefault(alt[depth].key, []).append(alt)
    firsts = [g[0][depth] for g in groups.values()]
    exclusive = all(not _overlap(a, b) for i, a in enumerate(firsts) for b in firsts[i + 1:])
    settled = all(_settled(alt, depth) for g in groups.values() if g[0][depth].kind in ("ws", "poss") for alt in g)
    if not (exclusive and settled):
        body = _flat([alt[depth:] for alt in going])
    else:
        parts = [g[0][depth].text + _grouped(g, depth + 1) for g in groups.values()]
        body = parts[0] if len(parts) == 1 and not ends[-1] else "(?:" + "|".join(parts) + ")"
    return body + "?" if ends[-1] else body
