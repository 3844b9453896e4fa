"""Number words and digits (factdesk.extract.numbers)."""

from __future__ import annotations

import pytest

from factdesk.extract.numbers import NUMBER_RE, parse_number, words_to_int


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one hundred and fifty-three", 153),
        ("one hundred fifty three", 153),
        ("Thirteen", 13),
        ("twenty-three", 23),
        ("twenty one", 21),
        ("a hundred", 100),
        ("nine hundred ninety-nine", 999),
        ("fifteen", 15),
        ("zero", 0),
        ("none", 0),
        ("  Ten  ", 10),
    ],
)
def test_words_to_int(text: str, value: int) -> None:
    assert words_to_int(text) == value
    assert parse_number(text) == float(value)


@pytest.mark.parametrize(("text", "value"), [("13,981", 13981.0), ("106.5", 106.5), ("153", 153.0), ("1,200", 1200.0)])
def test_digits(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["lots", "one thousand", "13,98", "twelve dozen", ""])
def test_unparseable_is_none(text: str) -> None:
    assert parse_number(text) is None


def test_number_re_takes_whole_word_number_in_sentence() -> None:
    s = "It passed by one hundred and fifty-three votes to ten."
    got = [(m.group(1), m.span(1)) for m in NUMBER_RE.finditer(s)]
    assert got == [("one hundred and fifty-three", (13, 40)), ("ten", (50, 53))]


def test_number_re_ignores_numbers_inside_words() -> None:
    s = "Someone said COVID-19 was onerous; 13,981 rounds."
    assert [m.group(1) for m in NUMBER_RE.finditer(s)] == ["13,981"]


def test_number_re_is_case_insensitive() -> None:
    assert [m.group(1) for m in NUMBER_RE.finditer("Thirteen of the 15 members")] == ["Thirteen", "15"]
