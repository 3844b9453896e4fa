"""Counts wire copy repeats as background (death tolls, how many countries recognise a state;
``factdesk/lexicon/counts.yaml``) are quantity claims even with no known figure near them, and
are left unverified: the reference packs hold no such running toll. Sentences from published
articles of the real corpus (tests/realcorpus dev: 014 Express Tribune, 035 KUNA, 041 CNN,
046 AP via ABC, 086 BBC via VOV, 101 Oyeyeah) and of the pages searched (AP, Irish Times)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import check_text

NO_SUCH = "The references hold no such figure"


def _quantities(text: str, published: dt.date) -> list[tuple[str, str, str | None, dict]]:
    rep = check_text(text, published)
    return [(c.claim.text, c.verdict.label.value, c.verdict.rationale, c.claim.slots) for c in rep.claims
            if c.claim.kind.value == "quantity"]


@pytest.mark.parametrize(("text", "published", "written", "value", "hedge", "role"), [
    ("In turn, Israeli strikes on Gaza have killed at least 2,778 people.",
     dt.date(2023, 10, 19), "at least 2,778", 2778, "at_least", "killed"),
    ("The UN chief warned that civilians throughout the Strip face grave danger, with over 15,000 reportedly "
     "killed, over 40 percent of them children.", dt.date(2023, 12, 7), "over 15,000", 15000, "above", "killed"),
    ("More than 18,000 people have been killed in Gaza since fighting broke out, the Hamas-controlled health "
     "ministry in the enclave said Monday.", dt.date(2023, 12, 12), "More than 18,000", 18000, "above", "killed"),
    ("The resolution aimed to address the dire humanitarian situation in Gaza, where nearly 44,000 Palestinians "
     "have reportedly lost their lives since Israel intensified military operations following a Hamas attack "
     "on October 7.", dt.date(2024, 11, 21), "nearly 44,000", 44000, "below", "killed"),
    ("More than 2,700 people have been killed across Syria since the crackdown began in March, the UN "
     "estimates.", dt.date(2011, 10, 5), "More than 2,700", 2700, "above", "killed"),
    ("Some 140 countries have already recognised the state of Palestine, so its admission would have been "
     "approved.", dt.date(2024, 4, 19), "Some 140", 140, "approx", "recognised"),
    ("At least 23 people have been killed by Israeli strikes across Gaza overnight as Israel pressed ahead with "
     "its military offensive.", dt.date(2025, 5, 23), "At least 23", 23, "at_least", "killed"),
])
def test_background_count_is_a_claim_left_unverified(text: str, published: dt.date, written: str, value: int,
                                                      hedge: str, role: str) -> None:
    [(span, label, why, slots)] = _quantities(text, published)
    assert (span, label) == (written, "unverified")
    assert (slots["quantity_id"], slots["value"], slots["hedge"]) == (f"unlisted:{role}", value, hedge)
    assert why.startswith(NO_SUCH) and f"'{written}' is neither supported nor refuted" in why


def test_the_rationale_says_what_count_it_is() -> None:
    [(_, _, why, _)] = _quantities("Some 140 countries have already recognised the state of Palestine.",
                                   dt.date(2024, 4, 19))
    assert why == (f"{NO_SUCH} (how many countries recognise a state): 'Some 140' is neither supported "
                   "nor refuted.")


def test_a_known_figure_claims_its_number_first() -> None:
    # 001 FBC/Reuters: the 7 October toll is in the pack (keywords killed + attack), so it is compared
    text = "The text condemned the Hamas attack, which killed 1,300 people in Israel on Oct. 7."
    [(span, label, _, slots)] = _quantities(text, dt.date(2023, 11, 20))
    assert (span, label, slots["quantity_id"]) == ("1,300", "refuted", "oct7-killed")


@pytest.mark.parametrize("text", [
    # The Independent via Gulf Today: injured, not killed
    "In addition, the health ministry says that 1,134 have been injured by Israeli shelling and gunfire.",
    # killed and maimed together is not a death toll
    "It has taken six months and more than 100,000 Palestinians killed and maimed.",
    # AP via popularresistance.org: a vote, not a recognition
    "On May 10, 143 countries voted at the UN General Assembly to support giving Palestine full membership.",
])
def test_not_a_background_count(text: str) -> None:
    assert _quantities(text, dt.date(2024, 5, 11)) == []
