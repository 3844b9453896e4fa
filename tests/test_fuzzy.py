"""factdesk.refs.fuzzy scores names exactly as rapidfuzz does (the check path does not import it)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdesk.refs.fuzzy import extract, ratio

fuzz = pytest.importorskip("rapidfuzz.fuzz")
process = pytest.importorskip("rapidfuzz.process")

# names from the near-miss tests and the sample draft, with their known spellings
NAMES = ["anthony blinken", "antony blinken", "tony blinken", "anthony albanese", "reuven rivlin", "reuben rivlin",
         "benjamin netanyahu", "binyamin netanyahu", "linda thomas greenfield", "linda thomas-greenfield",
         "vassily nebenzia", "vasily nebenzya", "riyad mansour", "riyad h. mansour", "gilad erdan", "", "a", "ab"]
LETTERS = st.text(alphabet="abcde -'é", max_size=40)


def test_scores_of_real_names_are_rapidfuzz_scores() -> None:
    for a in NAMES:
        for b in NAMES:
            assert ratio(a, b) == fuzz.ratio(a, b), (a, b)
    assert ratio("anthony blinken", "antony blinken") == pytest.approx(96.55172413793103, abs=0)
    assert ratio("", "") == 100.0
    assert ratio("abc", "xyz") == 0.0


@settings(max_examples=3000, deadline=None)
@given(LETTERS, LETTERS)
def test_ratio_is_rapidfuzz_ratio(a: str, b: str) -> None:
    assert ratio(a, b) == fuzz.ratio(a, b)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="abc ", max_size=12), st.lists(st.text(alphabet="abc ", max_size=12), max_size=12),
       st.sampled_from([0, 50, 70, 80, 84, 90, 100]))
def test_extract_is_rapidfuzz_extract(query: str, choices: list[str], cutoff: int) -> None:
    want = [tuple(h) for h in process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)]
    assert extract(query, choices, score_cutoff=cutoff) == want


def test_long_strings_beyond_one_machine_word() -> None:
    a = "the general assembly adopted the resolution by a recorded vote of 120 in favour" * 2
    b = "the general assembly adopted a resolution by a recorded vote of 121 in favor to 14" * 2
    assert ratio(a, b) == fuzz.ratio(a, b)
