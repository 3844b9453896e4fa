"""A trie of literal words matches what the longest-first alternation matches."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from factdesk.extract.people import _flat_titles, _patterns, _titles, title_steps
from factdesk.refs.countries import COUNTRIES
from factdesk.rxtrie import literal_alternation, ordered_alternation

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


# ---------------------------------------------------------------------- ordered alternations (titles)
TITLES = st.lists(st.text(alphabet="abAB .'’-", min_size=1, max_size=7), min_size=1, max_size=14)


@settings(max_examples=600, deadline=None)
@given(TITLES, st.text(alphabet="abAB .'’-sx\t", max_size=40),
       st.sampled_from(["", r"\b", r"(?![\w-])", "x", r",?\s+(?P<n>[A-Z]\w*)", r"(?:\s+of\s+b)?(?=[\s,.;)]|$)"]))
def test_title_trie_matches_what_the_flat_alternation_matches(titles: list[str], text: str, after: str) -> None:
    # titles as the person extractor writes them: spaces as \s+, a possessive after a capitalised first word
    ordered = sorted(set(titles), key=lambda s: (-len(s), s))
    flat = re.compile(rf"(?i:(?P<t>{_flat_titles(ordered)})){after}")
    trie = re.compile(rf"(?i:(?P<t>{ordered_alternation([title_steps(t) for t in ordered])})){after}")
    assert [m.span("t") for m in trie.finditer(text)] == [m.span("t") for m in flat.finditer(text)]


def test_title_trie_prefers_the_longer_title_whatever_the_case() -> None:
    titles = sorted({"Foreign Minister", "foreign minister for trade", "Hamas leader", "hamas leader", "King",
                     "Kingdom envoy"}, key=lambda s: (-len(s), s))
    pattern = re.compile(rf"(?i:{ordered_alternation([title_steps(t) for t in titles])})")
    assert pattern.match("Foreign Minister for Trade Ann").group(0) == "Foreign Minister for Trade"
    assert pattern.match("Hamas's  leader").group(0) == "Hamas's  leader"
    assert pattern.match("kingdom envoy").group(0) == "kingdom envoy"
    assert pattern.match("Kingdom").group(0) == "King"
    with pytest.raises(ValueError, match="empty"):
        ordered_alternation([[]])


def test_person_patterns_are_the_same_as_with_a_flat_title_list() -> None:
    # every person pattern, built from the world base's titles and 500 more, finds the same in real text
    from factdesk.pipeline import load_reference_base
    from factdesk.settings import Settings

    refs = load_reference_base(Settings(world=True))
    titles = _titles(refs) | {f"Warden of District {i}" for i in range(500)} | {"Chief Warden", "chief warden's aide"}
    key = tuple(sorted(titles))
    real = ROOT / "tests" / "realcorpus"
    rows = [line.split("\t") for line in (real / "index.tsv").read_text().splitlines()[1:]]
    texts = [(real / "articles" / r[2]).read_text() for r in rows if r[1] == "included" and r[6] == "dev"]
    texts += [p.read_text() for p in sorted((ROOT / "tests" / "corpus" / "drafts").glob("*.md"))]
    texts.append("Chief Warden's aide Mara Lin met Warden of District 17 Ivo Dan, then Warden of District 1 Ana Rue.")
    assert len(texts) > 100
    for trie, flat in zip(_patterns(key), _patterns(key, trie=False), strict=True):
        assert trie.pattern != flat.pattern or trie is flat
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in trie.finditer(text)] == \
                [(m.span(), m.groupdict()) for m in flat.finditer(text)]
