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
from collections.abc import Iterable
from types import CodeType

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
