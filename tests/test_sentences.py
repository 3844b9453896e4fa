"""Sentence splitting with exact offsets (factdesk.extract.sentences)."""

from __future__ import annotations

import pytest

from factdesk.extract.sentences import split_sentences


def pieces(text: str) -> list[str]:
    spans = list(split_sentences(text))
    for s, e in spans:
        assert 0 <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    return [text[s:e] for s, e in spans]


def test_simple_sentences_with_offsets() -> None:
    text = "The Council met. It voted!  Why?"
    assert list(split_sentences(text)) == [(0, 16), (17, 26), (28, 32)]


def test_empty_and_blank_give_nothing() -> None:
    assert list(split_sentences("")) == []
    assert list(split_sentences(" \n\n  ")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith went. He said so.", ["Mr. Smith went.", "He said so."]),
        ("Dr. Who arrived. Then left.", ["Dr. Who arrived.", "Then left."]),
        ("The U.S. Secretary spoke. It ended.", ["The U.S. Secretary spoke.", "It ended."]),
        ("On Dec. 8 the Council voted.", ["On Dec. 8 the Council voted."]),
        ("Envoys, e.g. the French one, spoke.", ["Envoys, e.g. the French one, spoke."]),
    ],
)
def test_abbreviations_do_not_end_sentences(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


def test_us_then_pronoun_starts_a_new_sentence() -> None:
    assert pieces("Talks were held in the U.S. It ended.") == ["Talks were held in the U.S.", "It ended."]


def test_lowercase_after_period_continues() -> None:
    assert pieces("It cost $106.5 million. the end") == ["It cost $106.5 million. the end"]


def test_closing_quote_stays_with_sentence() -> None:
    assert pieces('He said "no." Then he left.') == ['He said "no."', "Then he left."]


def test_paragraphs_and_lines_split() -> None:
    text = "voting at the UN\nFor now, it holds.\n\nNext paragraph here"
    assert pieces(text) == ["voting at the UN", "For now, it holds.", "Next paragraph here"]
    assert list(split_sentences(text))[2] == (37, 56)


def test_sentence_followed_by_digit_starts_new_one() -> None:
    assert pieces("The vote ended. 13 members backed it.") == ["The vote ended.", "13 members backed it."]
