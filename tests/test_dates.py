"""Date grammar: phrases resolved against the publication date (factdesk.extract.dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from factdesk.extract.dates import find_dates

D = dt.date
TUE = D(2023, 12, 12)  # a Tuesday


def only(text: str, pub: dt.date = TUE):
    found = find_dates(text, pub)
    assert len(found) == 1, found
    d = found[0]
    assert text[d.span[0] : d.span[1]] == d.text
    return d


def test_on_friday_looks_back_to_previous_friday() -> None:
    d = only("The Council voted on Friday.")
    assert (d.start, d.end, d.text, d.span, d.vague) == (D(2023, 12, 8), D(2023, 12, 8), "on Friday", (18, 27), False)


def test_will_vote_on_friday_looks_ahead() -> None:
    d = only("The Council will vote on Friday.")
    assert (d.start, d.end, d.text) == (D(2023, 12, 15), D(2023, 12, 15), "on Friday")


def test_last_friday_on_a_friday_is_a_week_earlier() -> None:
    d = only("It voted last Friday.", D(2023, 12, 8))
    assert (d.start, d.text) == (D(2023, 12, 1), "last Friday")


def test_on_friday_across_new_year() -> None:
    d = only("It voted on Friday.", D(2024, 1, 2))
    assert (d.start, d.end) == (D(2023, 12, 29), D(2023, 12, 29))


def test_friday_night_keeps_time_of_day_in_span() -> None:
    d = only("Talks ran late Friday night.")
    assert (d.start, d.text) == (D(2023, 12, 8), "late Friday night")


def test_last_week_is_previous_monday_to_sunday() -> None:
    d = only("Last week the draft circulated.")
    assert (d.start, d.end, d.text, d.span, d.vague) == (D(2023, 12, 4), D(2023, 12, 10), "Last week", (0, 9), True)


def test_this_and_next_week() -> None:
    assert [(d.start, d.end) for d in find_dates("this week", TUE)] == [(D(2023, 12, 11), D(2023, 12, 17))]
    assert [(d.start, d.end) for d in find_dates("next week", TUE)] == [(D(2023, 12, 18), D(2023, 12, 24))]


def test_early_october_is_first_ten_days() -> None:
    d = only("Israel's early October response")
    assert (d.start, d.end, d.text, d.span, d.vague) == (
        D(2023, 10, 1),
        D(2023, 10, 10),
        "early October",
        (9, 22),
        True,
    )


def test_mid_and_end_of_month() -> None:
    d = only("in mid-October")
    assert (d.start, d.end, d.text) == (D(2023, 10, 10), D(2023, 10, 21), "mid-October")
    d = only("by the end of November")
    assert (d.start, d.end, d.text) == (D(2023, 11, 20), D(2023, 11, 30), "the end of November")


def test_in_october_same_year_when_already_past() -> None:
    d = only("The Assembly met in October.")
    assert (d.start, d.end, d.text, d.span, d.vague) == (D(2023, 10, 1), D(2023, 10, 31), "in October", (17, 27), True)


def test_in_october_previous_year_for_a_spring_story() -> None:
    d = only("The Assembly met in October.", D(2024, 3, 5))
    assert (d.start, d.end) == (D(2023, 10, 1), D(2023, 10, 31))


def test_will_meet_in_october_is_next_october() -> None:
    d = only("It will meet in October.")
    assert (d.start, d.end) == (D(2024, 10, 1), D(2024, 10, 31))


def test_october_7_without_year_resolves_to_most_recent() -> None:
    d = only("since October 7")
    assert (d.start, d.end, d.text, d.span, d.vague) == (D(2023, 10, 7), D(2023, 10, 7), "October 7", (6, 15), False)
    assert only("since October 7", D(2024, 3, 1)).start == D(2023, 10, 7)


def test_future_month_day_looks_ahead_across_year() -> None:
    d = only("It will vote on January 5.")
    assert (d.start, d.text) == (D(2024, 1, 5), "January 5")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Friday, December 8, 2023", D(2023, 12, 8)),
        ("8 December 2023", D(2023, 12, 8)),
        ("Dec. 8, 2023", D(2023, 12, 8)),
        ("2023-12-08", D(2023, 12, 8)),
        ("the 8th of December", D(2023, 12, 8)),
    ],
)
def test_explicit_dates_cover_the_whole_phrase(text: str, day: dt.date) -> None:
    d = only(text)
    assert (d.start, d.end, d.text, d.span, d.vague) == (day, day, text, (0, len(text)), False)


@pytest.mark.parametrize(
    "text",
    [
        "Zhang Jun said the vote was a mistake.",
        "Officials may vote later.",
        "Theresa May said so.",
        "February 30, 2023",
    ],
)
def test_names_verbs_and_impossible_days_are_not_dates(text: str) -> None:
    assert find_dates(text, TUE) == []


def test_in_may_is_a_month() -> None:
    d = only("The Assembly voted in May.")
    assert (d.start, d.end, d.text) == (D(2023, 5, 1), D(2023, 5, 31), "in May")


def test_relative_days_and_months() -> None:
    got = {
        d.text: (d.start, d.end, d.vague) for d in find_dates("yesterday and last month and earlier this month", TUE)
    }
    assert got == {
        "yesterday": (D(2023, 12, 11), D(2023, 12, 11), False),
        "last month": (D(2023, 11, 1), D(2023, 11, 30), True),
        "earlier this month": (D(2023, 12, 1), D(2023, 12, 12), True),
    }


def test_in_year_is_whole_year() -> None:
    d = only("The sale happened in 2022.")
    assert (d.start, d.end, d.text) == (D(2022, 1, 1), D(2022, 12, 31), "in 2022")


def test_several_dates_sorted_by_position() -> None:
    found = find_dates("On Friday, after talks in early October, it voted again.", TUE)
    assert [(d.text, d.span) for d in found] == [("On Friday", (0, 9)), ("early October", (26, 39))]


def test_describe_and_exact_day() -> None:
    d = only("on Friday")
    assert d.describe() == "Fri 8 Dec 2023"
    assert d.exact_day == D(2023, 12, 8)
    w = only("last week")
    assert w.exact_day is None
    assert w.describe() == "2023-12-04 to 2023-12-10"
    assert w.contains(D(2023, 12, 10)) and not w.contains(D(2023, 12, 11))


def test_future_word_in_another_clause_does_not_move_past_weekday() -> None:
    d = only("The Council, which will meet again next month, voted on Friday.")
    assert (d.text, d.start) == ("on Friday", D(2023, 12, 8))
