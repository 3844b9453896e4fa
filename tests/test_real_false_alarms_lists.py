"""False alarms found on new real articles beyond the Gaza votes (issue 13, second round): a list
of appointments, "A as T1, B as T2", read "T1, B" as B's title and refuted it. Each test holds the
real sentence, its source and date, and asserts the exact spans and verdicts."""

from __future__ import annotations

import datetime as dt
from functools import partial

from conftest import verdicts_of

_people = partial(verdicts_of, kind="person_role")


def test_home_secretary_then_the_next_name_is_a_list() -> None:
    """The St Kitts Nevis Observer 2022-09-07 (https://www.thestkittsnevisobserver.com/historic-first-no-
    whiite-men-appointed-to-top-uk-cabinet-spots/): 'home secretary, Kwasi Kwarteng' was refuted
    (Kwarteng was Chancellor); the home secretary is Braverman's."""
    text = ("Prime Minister Liz Truss has appointed her new cabinet, hours after taking over at 10 Downing Street. "
            "For the first time none of the great offices of state is held by a white man, with Suella Braverman "
            "as home secretary, Kwasi Kwarteng as chancellor and James Cleverly as foreign secretary.")
    assert _people(text, dt.date(2022, 9, 7)) == [("Prime Minister Liz Truss", "supported")]


def test_trade_secretary_then_the_next_name_is_a_list() -> None:
    """CDE News 2022-09-07 (https://cde.news/new-british-prime-minister-installs-allies-in-key-cabinet-
    roles/): 'trade secretary, Penny Mordaunt' was refuted (Badenoch was); 'minister, Kemi Badenoch'
    was read as well. The second sentence of the same article: 'chancellor, James Cleverly'."""
    text = ("But Truss's press secretary said the changes would \"unify\" the Tory Party and pointed to senior "
            "roles for five of her leadership rivals: Suella Braverman, Tom Tugendhat as security minister, Kemi "
            "Badenoch as trade secretary, Penny Mordaunt as leader of the Commons, and Nadhim Zahawi as "
            "chancellor of the Duchy of Lancaster.")
    assert _people(text, dt.date(2022, 9, 7)) == []
    text = ("Kwasi Kwarteng is made chancellor, James Cleverly becomes foreign secretary and Suella Braverman "
            "replaces Priti Patel as home secretary.")
    assert _people(text, dt.date(2022, 9, 7)) == [  # "is made", "becomes": appointment forms (w13fbey)
        ("Kwasi Kwarteng is made chancellor", "supported"),
        ("James Cleverly becomes foreign secretary", "supported"),
        ("Suella Braverman replaces Priti Patel as home secretary", "supported")]


def test_named_chancellor_then_the_next_name_is_foreign_secretary() -> None:
    """Panama Times 2022-09-06 (https://panamatimes.com/liz-truss-is-appointing-her-new-cabinet-hours-after-
    becoming-prime-minister): 'chancellor, James Cleverly' was read as Cleverly's title."""
    text = ("Kwasi Kwarteng has been named chancellor, James Cleverly is foreign secretary and Therese Coffey "
            "is the new health secretary and deputy PM.")
    assert not any(t == "chancellor, James Cleverly" for t, _ in _people(text, dt.date(2022, 9, 6)))


def test_deputy_prime_minister_then_the_next_name_is_a_list() -> None:
    """Lokmat Times (IANS) 2022-05-23 (https://www.lokmattimes.com/politics/anthony-albanese-sworn-in-as-
    australias-31st-prime-minister/): 'Deputy Prime Minister, Wong' was read as Wong's title."""
    text = ("Marles was sworn in as Minister for Employment and Deputy Prime Minister, Wong as the Minister for "
            "Foreign Affairs, Chalmers as the Treasurer and Gallagher as the Minister for Finance, Minister for "
            "Women and Attorney-General.")
    assert not any(t.endswith("Wong") for t, _ in _people(text, dt.date(2022, 5, 23)))


def test_an_apposition_before_a_verb_is_still_read() -> None:
    """The rule needs the name to take a role of its own: a title with a comma before a plain verb is
    still read as the person's title (constructed control, not a real sentence)."""
    text = "The foreign secretary, James Cleverly said on Tuesday that talks would continue."
    people = _people(text, dt.date(2022, 9, 20))
    assert [t for t, _ in people] == ["foreign secretary, James Cleverly"]
