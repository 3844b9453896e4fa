"""Literal gates (``factdesk/rxgate.py``) and the tries of issue 17 answer exactly what the plain
patterns answer: on every sentence of the team corpus and the real corpus's dev split, on
case-changed copies of them, and on generated text."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from conftest import bundled_refs
from hypothesis import given, settings
from hypothesis import strategies as st

from factdesk import rxgate
from factdesk.extract import numbers, vote_among
from factdesk.extract.sentences import Sentence, split_sentences
from factdesk.ingest import parse_bytes
from factdesk.rxgate import CASE_TWINS, DIGIT, Gated, gated, required_literals

ROOT = Path(__file__).resolve().parents[1]
#: modules whose module-level patterns are gated
MODULES = [
    "factdesk.extract.vote_grammar", "factdesk.extract.vote_clauses", "factdesk.extract.vote_proposers",
    "factdesk.extract.votes", "factdesk.extract.vote_context", "factdesk.extract.events",
    "factdesk.claimtypes.quantity.figure.finder", "factdesk.claimtypes.person_role.ordinal.finder",
    "factdesk.claimtypes.statement.property.finder", "factdesk.claimtypes.statement.sworn_by.finder",
    "factdesk.claimtypes.statement.term.finder", "factdesk.claimtypes.vote.confirmation.finder",
    "factdesk.claimtypes.vote.common", "factdesk.claimtypes.statement.permanent_member.find",
    "factdesk.claimtypes.statement.invoked.find", "factdesk.claimtypes.statement.attempts.find",
    "factdesk.claimtypes.statement.title.find",
    "factdesk.extract.people",
]


def _dev_articles() -> list[Path]:
    rows = [line.split("\t") for line in (ROOT / "tests/realcorpus/index.tsv").read_text().splitlines()[1:]]
    return [ROOT / "tests/realcorpus/articles" / r[2] for r in rows if r[1] == "included" and r[6] == "dev"]


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    files = sorted((ROOT / "tests/corpus/drafts").glob("*.md")) + [ROOT / "seeds/sample-draft.md"] + _dev_articles()
    out: list[str] = []
    for path in files:
        _, view = parse_bytes(path.read_bytes(), path.name)
        out += [view.text[s:e] for s, e in split_sentences(view.text)]
    assert len(out) > 1000
    # case changed, and with the characters re.IGNORECASE folds onto ASCII letters
    twins = str.maketrans({"s": "\u017f", "k": "\u212a", "i": "\u0131", "I": "\u0130"})
    return (out + [s.upper() for s in out[::7]] + [s.lower() for s in out[1::7]]
            + [s.translate(twins) for s in out[2::9]])


def _module_gates() -> list[tuple[str, Gated]]:
    out = []
    for name in MODULES:
        for attr, value in vars(importlib.import_module(name)).items():
            values = value if isinstance(value, list) else [value]
            for i, v in enumerate(values):
                v = v[1] if isinstance(v, tuple) and len(v) == 2 else v
                if isinstance(v, Gated):
                    out.append((f"{name}.{attr}[{i}]", v))
    return out


def _people_gates() -> list[tuple[str, Gated]]:
    from factdesk.extract.people import find_people

    refs = bundled_refs()
    find_people("Warm-up.", 0, refs)
    return [(f"people[{i}]", g) for i, g in enumerate(refs.memo("people.patterns", lambda: ())) if isinstance(g, Gated)]


def _rule_gates() -> list[tuple[str, Gated]]:
    from factdesk.claimtypes.statement.rule import find as rule

    roles = ("sc_votes", "sc_veto", "ga_majority")
    return [(f"rules.{r}[{i}]", g) for r in roles for i, g in enumerate(rule._patterns(r)) if isinstance(g, Gated)]


def _among_gates() -> list[tuple[str, Gated]]:
    from factdesk.extract import vote_among

    return [(f"among.{how}[{i}]", g) for i, (how, g) in enumerate(vote_among._patterns()) if isinstance(g, Gated)]


def _answers(pat: re.Pattern[str] | Gated, text: str) -> list:
    out = [(m.span(), m.groups()) for m in pat.finditer(text)]
    s = pat.search(text)
    out.append(s and s.span())
    out.append(pat.sub("#", text))
    return out


def test_gated_patterns_answer_as_the_plain_ones_on_real_sentences(sentences: list[str]) -> None:
    module = _module_gates() + _rule_gates() + _among_gates()
    assert len(_rule_gates()) == 6  # sc_votes: needs, bare ("needs nine votes in favor"), required
    assert len(_among_gates()) == len(vote_among._patterns()) > 3  # every subset phrase is gated
    gates = module + _people_gates()
    assert len(gates) > 40
    skipped = 0
    as_sentences = {text: Sentence(text) for text in sentences}  # one scan of each answers every gate
    for name, g in gates:
        # the people patterns are slow to run plain: every other sentence of them
        for text in sentences if (name, g) in module else sentences[::2]:
            plain = _answers(g.re, text)
            assert _answers(g, text) == plain, (name, text)
            assert _answers(g, as_sentences[text]) == plain, (name, text)
            skipped += not g.may_match(text)
    assert skipped > len(sentences) * len(gates) // 3  # the gates do spare most scans


def test_every_gate_has_literals_a_match_must_hold() -> None:
    for name, g in _module_gates() + _people_gates():
        assert g.literals, name
        assert all(w == DIGIT or (w and w.isascii() and w == w.lower()) for w in g.literals), name


def test_required_literals() -> None:
    def lits(p: str, flags: int = 0) -> set[str] | None:
        got = required_literals(re.compile(p, flags))
        return None if got is None else set(got)

    assert lits(r"\bvot(?:e|es|ed|ing)\b") == {"vote", "voting"}  # "votes", "voted" hold "vote"
    assert lits(r"(?:former\s+)?President\s+\w+") == {"president"}
    assert lits(r"(?i:KING)|queen") == {"king", "queen"}
    assert lits(r"[0-3]?\d(?:st|nd)") == {DIGIT}  # one needed thing is a better gate than two
    assert lits(r"[0-3]?\d") == {DIGIT}
    assert lits(r"(?<=the )council|UNSC") == {"council", "unsc"}  # a lookbehind spells nothing out
    assert lits(r"caf\u00e9s") == {"caf"}  # only ASCII characters become literals
    assert lits(r"[- ]year") == {"-year", " year"}
    for nothing in (r"a?", r"x*", r".+", r"\w+", r"(?:abc|\w+)", r"", r"(a|)\1"):
        assert lits(nothing) is None, nothing
    assert lits(r"[^a]bc?") == {"b"}
    assert lits(r"(a)\1") == {"a"}


def test_case_twins_are_every_non_ascii_character_ignorecase_matches_to_a_letter() -> None:
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    found = {m.group() for m in re.finditer(r"(?i)[a-z]", every)}
    assert found == set(CASE_TWINS)
    for letter in "iks":
        assert {m.group() for m in re.finditer(f"(?i){letter}", every)} <= set(CASE_TWINS)


def test_a_gate_that_cannot_match_gives_what_re_gives() -> None:
    g = gated(re.compile(r"\bveto(?:ed)?\b", re.I))
    assert isinstance(g, Gated) and g.literals == {"veto"}
    assert g.search("nothing") is None and list(g.finditer("nothing")) == [] and g.findall("x") == []
    assert g.sub("#", "nothing") == "nothing" and type(g.sub("#", "nothing")) is str
    assert g.subn("#", "no") == ("no", 0) and g.split("a b") == ["a b"]
    assert g.sub("#", "It was VETOED.") == "It was #."
    assert g.search("VE\u212aTOED") is None and re.search(r"(?i)\u212a", "k")  # a twin opens the gate
    assert g.may_match("\u0130 vetoed") and g.search("a veto") is not None
    assert gated(re.compile(r".*")).pattern == ".*" and not isinstance(gated(re.compile(".*")), Gated)


PIECES = st.sampled_from(["veto", "VETOED", "vote", "abst", "ained", "12", "3", "-", " ", ",", "to", "against",
                          "President", "prime minister", "\u212a", "\u017f", "\u0130", "ı", "é", "’s", "in favour",
                          "drafted by", "Russia", "Security Council", "resolution 2728", "(", ")", "."])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=14))
def test_gated_patterns_answer_as_the_plain_ones_on_generated_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    sentence = Sentence(text)
    for name, g in _module_gates() + _among_gates():
        plain = _answers(g.re, text)
        assert _answers(g, text) == plain, name
        assert _answers(g, sentence) == plain, name


def test_number_words_and_hedges_as_tries_match_as_the_flat_alternations(sentences: list[str]) -> None:
    from factdesk.claimtypes.quantity.figure import finder

    units = "|".join(sorted((k for k in numbers.UNITS if k not in ("no", "none")), key=lambda s: (-len(s), s)))
    tens = "|".join(numbers.TENS)
    under_100 = rf"(?:(?:{tens})(?:[-\s](?:{units}))?|(?:{units}))"
    under_1000 = rf"(?:(?:{units})\s+hundred(?:\s+(?:and\s+)?{under_100})?|{under_100})"
    flat_number = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{under_1000})"
    hedge = "|".join(sorted((re.escape(h) for h in finder.HEDGES), key=lambda s: (-len(s), s)))
    flat_qty = finder.QTY.pattern.replace(numbers.NUMBER, flat_number).replace(finder._HEDGE, hedge)
    assert flat_qty != finder.QTY.pattern
    flat = re.compile(flat_qty, re.I)
    for text in sentences:
        assert [(m.span(), m.groups()) for m in finder.QTY.re.finditer(text)] == \
            [(m.span(), m.groups()) for m in flat.finditer(text)], text


def test_the_gate_state_follows_the_text() -> None:
    g = gated(re.compile(r"\bveto"))
    s = "a veto"
    assert g.may_match(s)
    assert not g.may_match("a vote")
    assert g.may_match(s)  # asked again after another text
    assert rxgate._Current.text == s
    sentence = Sentence("a veto")
    assert g.may_match(sentence) and not g.may_match(Sentence("a vote"))
    assert sentence._memo[rxgate._MASK] & g._bit


def test_one_scan_answers_gates_whose_literals_are_prefixes_or_inside_others() -> None:
    """The sentence scan finds the longest literal at each position: the shorter literals it
    starts with, and literals that start later inside it, open their gates too."""
    vot, voted, ted, tion = (gated(re.compile(p)) for p in (r"vot\w*", r"\bvoted\b", r"ted", r"tion\b"))
    s = Sentence("it was voted")
    assert [g.may_match(s) for g in (vot, voted, ted, tion)] == [True, True, True, False]
    s = Sentence("a vote")
    assert [g.may_match(s) for g in (vot, voted, ted, tion)] == [True, False, False, False]


def test_a_gate_made_after_a_sentence_was_scanned_is_open_for_it() -> None:
    s = Sentence("a quite unusual zyxwv sentence")
    assert not gated(re.compile(r"\bveto")).may_match(s)
    late = gated(re.compile(r"qwertyuiop\d"))
    assert late.may_match(s)  # not known to the scan: the pattern is tried (and finds nothing)
    assert late.search(s) is None
    assert not late.may_match(Sentence("another sentence"))  # the next scan knows it


def test_literal_sets_are_kept_in_the_pattern_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``remembered_literals`` gives ``required_literals``' answer, keeps it in the cache file, and
    reads it back in a later process (here: after the in-memory copies are forgotten) without
    parsing the pattern again; a pattern without literals is kept as "none"."""
    from factdesk import rxcache

    monkeypatch.setenv("FACTDESK_CACHE_DIR", str(tmp_path))
    rxcache.reset_for_tests()
    try:
        pats = [re.compile(r"\b(?:president|prime minister)\b", re.I), re.compile(r"(\d+) votes? to (\d+)"),
                re.compile(r"\w+")]
        first = [rxgate.remembered_literals(p) for p in pats]
        assert first == [frozenset({"president", "prime minister"}), frozenset({" vote to ", " votes to "}), None]
        rxcache.save()
        rxcache.reset_for_tests()

        def no_parsing(pattern: re.Pattern[str]) -> None:
            raise AssertionError(f"parsed again: {pattern.pattern}")

        monkeypatch.setattr(rxgate, "required_literals", no_parsing)
        assert [rxgate.remembered_literals(p) for p in pats] == first
        assert isinstance(rxgate.gated(pats[0]), Gated) and rxgate.gated(pats[2]) is pats[2]
    finally:
        rxcache.reset_for_tests()


def test_voters_are_blanked_only_where_a_voting_verb_follows(sentences: list[str]) -> None:
    """``subject_text`` skips the voters pattern when the text holds none of the verbs its
    look-ahead needs: the same text as running it, on every corpus sentence."""
    from factdesk.claimtypes.vote import common

    for text in sentences:
        base = common._blank_bracketed_members(text)
        plain = common._COMPARISON.re.sub(" ", common._VOTERS.sub(lambda m: " " * len(m.group(0)), base))
        assert common.subject_text(text) == plain, text


def test_one_search_for_a_votes_subject_words_answers_as_one_per_word(sentences: list[str]) -> None:
    from factdesk.claimtypes.vote.common import _any_keyword, _kw_score

    votes = [v for v in bundled_refs().votes.values() if v.keywords]
    assert len(votes) > 20
    texts = [s.lower() for s in sentences[::3]] + ["", "cease-fire", "gaza!", "s/res/2728"]
    hits = 0
    for v in votes:
        for text in texts:
            got = _any_keyword(v, text)
            assert got == (_kw_score(v, text) > 0), (v.id, text)
            hits += got
    assert hits > 100
