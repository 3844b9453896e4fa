"""A middle initial ("Vladimir V. Putin", "Antony J. Blinken") is part of the name: it ends
neither the sentence nor the name, so the name is never read as a truncated misspelling.

Real sentences: press.un.org SC/15046 (Security Council, 30 Sep 2022), where "Russian Federation
President Vladimir V" was refuted as a misspelling of Putin's name (a false alarm found by the
a13verdict guard run), and the US State Department readout of 21 Mar 2024 ("Secretary Blinken's
Meeting with Egyptian Foreign Minister Shoukry", Office of the Spokesperson).
"""

from __future__ import annotations

import datetime as dt

from conftest import verdicts_of

from factdesk.extract.sentences import split_sentences

UN_PRESS = ("Russian Federation President Vladimir V. Putin signed the so-called treaties of accession. "
            "The Council heard from Secretary-General António Guterres.")
STATE = ("Secretary of State Antony J. Blinken met today with Egyptian Foreign Minister Sameh Shoukry in Cairo. "
         "Secretary Blinken and Foreign Minister Shoukry discussed ongoing efforts.")


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_middle_initial_does_not_end_the_sentence() -> None:
    assert _sentences(UN_PRESS) == [
        "Russian Federation President Vladimir V. Putin signed the so-called treaties of accession.",
        "The Council heard from Secretary-General António Guterres."]
    assert _sentences(STATE)[0] == ("Secretary of State Antony J. Blinken met today with Egyptian Foreign "
                                    "Minister Sameh Shoukry in Cairo.")


def test_a_capital_letter_before_a_sentence_opener_still_ends_it() -> None:
    assert _sentences("The plan was called Plan B. The Council rejected it.") == [
        "The plan was called Plan B.", "The Council rejected it."]
    assert _sentences("He spoke to Group A. It agreed.") == ["He spoke to Group A.", "It agreed."]


def test_names_with_a_middle_initial_are_the_officeholder() -> None:
    assert verdicts_of(UN_PRESS, dt.date(2022, 9, 30), "person_role")[0] == (
        "Russian Federation President Vladimir V. Putin", "supported")
    assert verdicts_of(STATE, dt.date(2024, 3, 21), "person_role")[0] == (
        "Secretary of State Antony J. Blinken", "supported")
