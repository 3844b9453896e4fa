"""A figure published while the official count was still an estimate is not refuted by the
figure established later (``provisional_until`` on a pack quantity). Sentences from published
articles of the real corpus (tests/realcorpus: 001 FBC/Reuters, 014 Express Tribune)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import check_text


def _quantities(text: str, published: dt.date) -> list[tuple[str, str, str | None]]:
    rep = check_text(text, published)
    return [(c.claim.text, c.verdict.label.value, c.verdict.correction) for c in rep.claims
            if c.claim.kind.value == "quantity"]


@pytest.mark.parametrize(("text", "written"), [
    ("The text condemned the Hamas attack, which killed 1,300 people in Israel on Oct. 7.", "1,300"),
])
def test_death_toll_of_the_day_is_not_refuted(text: str, written: str) -> None:
    assert _quantities(text, dt.date(2023, 10, 18)) == [(written, "unverified", None)]
    rep = check_text(text, dt.date(2023, 10, 18))
    why = next(c.verdict.rationale for c in rep.claims if c.claim.kind.value == "quantity")
    assert "still an estimate that changed later" in why and "2023-11-09" in why


TRIBUNE = ("Since the unprecedented attack by Hamas in southern Israel areas bordering Gaza on October 7, "
           "there have been more than 1,400 killed, most of them civilians, and about 200 people taken captive "
           "in Gaza.")


def test_death_toll_and_hostage_count_of_the_day() -> None:
    assert _quantities(TRIBUNE, dt.date(2023, 10, 18)) == [
        ("more than 1,400", "unverified", None), ("about 200", "unverified", None)]


def test_after_the_revision_the_old_figures_are_refuted() -> None:
    assert _quantities(TRIBUNE, dt.date(2023, 11, 20)) == [
        ("more than 1,400", "refuted", "1,200"), ("about 200", "refuted", "251")]
