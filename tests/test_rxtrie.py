"""A trie of literal words matches what the longest-first alternation matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdesk.refs.countries import COUNTRIES
from factdesk.rxtrie import literal_alternation

WORDS = st.lists(st.text(alphabet="abAB .'-", min_size=1, max_size=5), min_size=1, max_size=12)


def _flat(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda s: (-len(s), s)))


@settings(max_examples=400, deadline=None)
@given(WORDS, st.text(alphabet="abAB .'-x", max_size=30), st.sampled_from(["", r"\b", r"(?![\w-])", "x"]))
def test_same_matches_as_the_flat_alternation(words: list[str], text: str, after: str) -> None:
    # what follows the alternation decides which word wins: the preference order must agree
    flat = re.compile(f"(?P<w>{_flat(words)}){after}")
    trie = re.compile(f"(?P<w>{literal_alternation(words)}){after}")
    assert [m.span("w") for m in trie.finditer(text)] == [m.span("w") for m in flat.finditer(text)]


def test_country_names_in_a_sentence() -> None:
    aliases = sorted({a for al in COUNTRIES.values() for a in al if not a.endswith("-")})
    pattern = re.compile(rf"(?<![\w-])(?P<c>{literal_alternation(aliases)})(?=[\s,.;)]|$)")
    text = "The United States, the United Kingdom and Russia voted; the U.S. envoy spoke."
    flat = re.compile(rf"(?<![\w-])(?P<c>{_flat(aliases)})(?=[\s,.;)]|$)")
    got = [m.group("c") for m in pattern.finditer(text)]
    assert got == [m.group("c") for m in flat.finditer(text)]
    assert "United States" in got and "Russia" in got


def test_empty_word_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        literal_alternation(["a", ""])


def test_a_long_list_is_built_once_and_served_from_the_cache(tmp_path) -> None:  # noqa: ANN001
    """The trie of the country names is kept in the pattern cache: a later process gets the
    same pattern from it, under the same key (the key holds no process-specific address)."""
    import marshal
    import os
    import subprocess
    import sys

    code = ("import sys\nfrom factdesk import rxtrie\nfrom factdesk.refs.countries import COUNTRIES\n"
            "words = {a for al in COUNTRIES.values() for a in al}\n"
            "built = rxtrie._build(sorted(words))\n"
            "print(rxtrie.literal_alternation(words) == built, len(words) >= rxtrie.REMEMBER_FROM)\n")
    env = {**os.environ, "FACTDESK_CACHE_DIR": str(tmp_path)}
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.split() == ["True", "True"]
    keys = [k for f in tmp_path.glob("regex-*.marshal") for k in marshal.loads(f.read_bytes()) if k.startswith("text:")]
    assert len(keys) == 2  # this list and countries.COUNTRY_RE's (with NOT_COUNTRIES), each once
