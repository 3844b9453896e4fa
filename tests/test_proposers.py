"""Who drafted a resolution: checked only when the vote is identified without the
drafter, and never refuted when the drafter may name the vote the writer meant."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import check_text


def drafters(text: str, pub: dt.date) -> list[tuple]:
    rep = check_text(text, pub)
    return [(c.claim.text, c.verdict.label.value, c.verdict.correction)
            for c in rep.claims if "proposer_claim" in c.claim.slots]


@pytest.mark.parametrize(("text", "pub", "expected"), [
    # identified by its number: the drafter is checked
    ("Resolution 2712, drafted by Mozambique, passed 12-0-3.", dt.date(2023, 11, 16),
     [("drafted by Mozambique", "refuted", "drafted by Malta")]),
    # identified by the sentence before; the record notes the elected members drafted it
    ("Resolution 2728 passed 13-0-2. The text was drafted by the 10 elected members of the council "
     "and introduced by Algeria.", dt.date(2024, 3, 26),
     [("drafted by the 10 elected members", "supported", None),
      ("introduced by Algeria", "refuted", "introduced by Mozambique")]),
    # identified by its date: the only vote that Monday
    ("The Security Council on Monday adopted a British-drafted resolution by 14 votes to none.", dt.date(2024, 6, 11),
     [("a British-drafted resolution", "refuted", "US-drafted (drafted by the United States)")]),
    # two drafts that Wednesday: the drafter picks one, and fits it
    ("Russia and China on Wednesday vetoed a U.S.-drafted Security Council resolution.", dt.date(2023, 10, 26),
     [("a U.S.-drafted Security Council resolution", "supported", None)]),
])
def test_drafter_checked(text: str, pub: dt.date, expected: list[tuple]) -> None:
    assert drafters(text, pub) == expected


@pytest.mark.parametrize(("text", "pub", "expected"), [
    # Monday 16 Oct was the Russian draft, but Brazil's came two days later: the writer may
    # have the date wrong, not the drafter
    ("The Security Council on Monday rejected a Brazilian-drafted resolution.", dt.date(2023, 10, 19),
     [("a Brazilian-drafted resolution", "unverified", None)]),
    # the record names no drafter
    ("The General Assembly on Friday adopted a resolution drafted by Jordan.", dt.date(2023, 10, 28),
     [("drafted by Jordan", "unverified", None)]),
    # nothing but the drafter identifies the vote
    ("Last year the council adopted a Jordanian-drafted text.", dt.date(2024, 1, 5),
     [("a Jordanian-drafted text", "unverified", None)]),
])
def test_drafter_never_refuted_when_the_vote_is_in_doubt(text: str, pub: dt.date, expected: list[tuple]) -> None:
    assert drafters(text, pub) == expected
