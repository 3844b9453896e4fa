"""Office ordinals ("the 71st secretary of state"): found only when tied to a known
person, refuted only against a recorded ordinal of that person's one office."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import check_text

from factdesk.claimtypes.person_role.checks import ordinal_text


def ordinals(text: str, pub: dt.date) -> list[tuple]:
    rep = check_text(text, pub)
    return [(c.claim.text, c.verdict.label.value, c.verdict.correction)
            for c in rep.claims if c.claim.kind.value == "person_role" and "ordinal" in c.claim.slots]


@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Blinken, the 70th secretary of state, met the king.", dt.date(2024, 1, 9),
     [("the 70th secretary of state", "refuted", "71st")]),
    ("Herzog, Israel's 12th president, spoke on Sunday.", dt.date(2024, 3, 3),
     [("Israel's 12th president", "refuted", "11th")]),
    ("Gilad Erdan, Israel's 17th ambassador to the U.N., spoke.", dt.date(2024, 5, 1),
     [("Israel's 17th ambassador to the U.N.", "refuted", "18th")]),
    ("Vice President JD Vance, the 49th person to hold the office, spoke.", dt.date(2025, 4, 3),
     [("the 49th person to hold the office", "refuted", "50th")]),
    ("Austin, who was confirmed by a 93-2 vote and sworn in as the 28th secretary of defense on Jan. 22, 2021, "
     "left the hospital.", dt.date(2024, 1, 16), [("the 28th secretary of defense", "supported", None)]),
])
def test_ordinal_checked_against_the_pack(text: str, pub: dt.date, expected: list[tuple]) -> None:
    assert ordinals(text, pub) == expected


def test_two_terms_each_count_and_the_held_one_corrects() -> None:
    pub = dt.date(2025, 1, 21)
    assert ordinals("Donald Trump, the 45th president, returned.", pub) == [("the 45th president", "supported", None)]
    assert ordinals("Donald Trump was sworn in on Monday as the 46th president of the United States.", pub) == [
        ("the 46th president of the United States", "refuted", "47th")]


def test_no_ordinal_recorded_or_no_tie_is_never_refuted() -> None:
    pub = dt.date(2024, 5, 1)
    # Danon's number is not in the pack; the agency's chief is not tied to a name
    assert ordinals("Danny Danon, the 19th Israeli ambassador to the UN, spoke.", pub) == [
        ("the 19th Israeli ambassador to the UN", "unverified", None)]
    assert ordinals("The Swiss national became the agency's 12th chief in 2020.", pub) == []
    # an office the person never held is not refuted by its number
    assert ordinals("Blinken, the 27th secretary of defense, spoke.", pub) == [
        ("the 27th secretary of defense", "unverified", None)]
    assert [ordinal_text(n) for n in (1, 2, 3, 11, 12, 13, 21, 22, 71, 72, 101, 111)] == [
        "1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "22nd", "71st", "72nd", "101st", "111th"]
