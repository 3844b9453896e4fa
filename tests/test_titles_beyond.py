"""Heads of government by title and surname beyond the home domain (issue 13, seventh session).

* "PM" is "Prime Minister" for every office of that title, not only for the offices whose record lists the initials
  (the bundled UK, Israeli, Canadian and Australian ones): "PM Ishiba was selected as the Liberal Democratic Party's
  leader ..." (Mint 2024-10-01, realcorpus 091, dev), "PM Modi urged caution" (NewsX 2024-06-07,
  https://www.newsx.com/national/pm-modis-message-to-first-time-nda-mps-dont-fall-prey-to-rumors/).
* A title and a surname identify the one holder of the office on the date with that surname, counting a holder the
  references presume still in office (a term with no end, last attested before the date, that no later holder
  ended): the world base's Factbook snapshot attests Shigeru Ishiba's term only until 3 October 2024, so "Prime
  Minister Ishiba" two weeks later was "not in the reference base"."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import bundled_refs, verdicts_of

from factdesk.refs.titles import title_key

MINT = ("PM Ishiba was selected as the Liberal Democratic Party's leader after Japan Elections 2024 on September 27 to "
        "replace Fumio Kishida, who then stepped down earlier today, to pave the way for Ishiba.")


def test_pm_is_prime_minister() -> None:
    assert title_key("PM") == title_key("Prime Minister") == "prime minister"
    roles = {r.id for r in bundled_refs().roles_titled("PM", "Japan")}
    assert roles == {r.id for r in bundled_refs().roles_titled("Prime Minister", "Japan")} == {"w:japan:prime-minister"}


@pytest.mark.parametrize(("text", "published", "claim"), [
    (MINT, dt.date(2024, 10, 1), "PM Ishiba"),                                          # Mint 091, the first day
    ("PM Modi urged caution and advised them to verify all information.", dt.date(2024, 6, 7), "PM Modi"),  # NewsX
    ("Prime Minister Ishiba called a snap election.", dt.date(2024, 10, 15), "Prime Minister Ishiba"),
])
def test_title_and_surname_name_the_holder(text: str, published: dt.date, claim: str) -> None:
    assert (claim, "supported") in verdicts_of(text, published, "person_role")


def test_no_holder_by_that_surname_is_no_refutation() -> None:
    """Fumio Kishida left office on 1 October 2024: "Prime Minister Kishida" two weeks later names no holder on the date
    (he is no presumed holder: his term has an end), and the claim is not refuted on the surname alone."""
    got = verdicts_of("Prime Minister Kishida called a snap election.", dt.date(2024, 10, 15), "person_role")
    assert got == [("Prime Minister Kishida", "unverified")]
