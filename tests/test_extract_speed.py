"""Hot-spot shortcuts in extraction answer exactly what the full scans answer."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import bundled_refs
from hypothesis import given, settings
from hypothesis import strategies as st

from factdesk.extract import dates, events
from factdesk.extract.sentences import alnum_words

FRAGMENTS = st.sampled_from([
    "On", "Monday", "monday", "late", "October", "oct.", "Oct.", "7", "2023", "1999", "-", "2023-10-07",
    "years", "two", "ago", "since", "yesterday", "Tonight", "last week", "this month", "recently", "in",
    "early", "Sept", "the", "of", "Day", "DAY", "Mar", "march", "YEAR", "ſeptember", "Kelvin\u212a", "ı",
    "vetoed", "the resolution", ",", ".", "12th", "mid-", "December", "MAY", "may",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(FRAGMENTS, min_size=1, max_size=12), st.booleans())
def test_date_patterns_skipped_only_when_they_cannot_match(words: list[str], spaced: bool) -> None:
    text = (" " if spaced else "").join(words)
    pub = dt.date(2024, 3, 15)
    gated = dates._find_dates.__wrapped__(text, pub, None)
    every = dates._possible
    try:
        dates._possible = lambda t: dict.fromkeys(every(t), True)  # type: ignore[assignment]
        full = dates._find_dates.__wrapped__(text, pub, None)
    finally:
        dates._possible = every  # type: ignore[assignment]
    assert gated == full


def test_the_date_gate_really_skips_patterns() -> None:
    assert not any(dates._possible("The council met and talked.").values())
    assert dates._possible("On Monday, 7 October 2023")["dmy"]


@pytest.fixture(scope="module")
def matcher():  # noqa: ANN201
    refs = bundled_refs()
    return events._EventMatcher(tuple(sorted((e.id, (e.name, *e.aliases)) for e in refs.events.values())))


def test_event_aliases_looked_up_by_word_choose_what_a_full_scan_chooses(matcher) -> None:  # noqa: ANN001
    refs = bundled_refs()
    sentences = [f"{e.name} and then {a}" for e in refs.events.values() for a in e.aliases][:200]
    sentences += ["Nothing here at all.", "The attack on the convoy", "Hamas attack of 7 October"]
    assert len(sentences) > 20
    hits = 0
    for text in sentences:
        words = set(alnum_words(text))
        full = tuple(i for i, need in enumerate(matcher._words) if need <= words)
        got = [m.span() for m in matcher.finditer(text)]
        want = [m.span() for m in matcher._pattern(full).finditer(text)] if full else []
        assert got == want
        hits += bool(got)
    assert hits > 10
