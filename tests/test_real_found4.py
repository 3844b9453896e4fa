"""Claims found on real articles (issue 13, helper a13found): forms of the dev misses of
tests/realcorpus, each with real sentences from two or more articles. Every test asserts the
exact claim text, kind and verdict, and that nothing here is refuted (the references cannot
identify a record, so the claims are left unverified)."""

from __future__ import annotations

import datetime as dt

from conftest import verdicts_of


def test_palestine_observer_since_a_year_is_found_and_left_unverified() -> None:
    """finanznachrichten.de (dpa-AFX) 2024-04-19 (https://www.finanznachrichten.de/nachrichten-2024-04/
    61995174-us-vetoes-palestine-s-request-for-un-membership-020.htm, tests/realcorpus dev 049)."""
    text = ("Palestine has been a Permanent Observer at the UN since 2012, but not granted statehood at the "
            "United Nations.")
    got = verdicts_of(text, dt.date(2024, 4, 19), "statement")
    assert got == [("Palestine has been a Permanent Observer at the UN since 2012", "unverified")]


def test_observer_entity_held_since_a_year_is_found_and_left_unverified() -> None:
    """PassBlue 2012-11-30 (https://www.passblue.com/2012/11/30/palestinians-cheer-new-status-at-the-
    united-nations/, tests/realcorpus dev 082); Tarun IAS 2024 (https://tarunias.com/web-stories/
    palestines-un-status-observer-to-more/), not in tests/realcorpus."""
    text = ("The General Assembly voted to elevate the Palestinian territories‘ status at the United Nations to "
            "nonmember observer state from nonmember observer entity, which it has held since 1974.")
    got = verdicts_of(text, dt.date(2012, 11, 30), "statement")
    assert got == [("nonmember observer entity, which it has held since 1974", "unverified")]
    text = ("The status of Palestine at the United Nations remains a contentious issue, reflecting ongoing "
            "international debate over its recognition as a non-member observer state since 2012.")
    got = verdicts_of(text, dt.date(2024, 5, 1), "statement")
    assert got == [("non-member observer state since 2012", "unverified")]


def test_the_year_a_status_was_granted_is_not_an_observer_since_claim() -> None:
    """PassBlue 2012-11-30 (tests/realcorpus dev 082): the vote's own date, no 'since'."""
    text = ("The General Assembly voted on Nov. 29, 2012, to grant the Palestinian territories nonmember observer "
            "state status at the UN.")
    got = verdicts_of(text, dt.date(2012, 11, 30))
    assert not any("observer" in t for t, _ in got)
    assert not any(v == "refuted" for _, v in got)
