"""Phrasings of published reporting (tests/realcorpus, dev split), each with examples from two
or more different articles, and what they must not be read as."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import check_text

from factdesk.extract.dates import find_dates, is_dateline
from factdesk.extract.vote_grammar import _tallies


@pytest.mark.parametrize(("text", "tally"), [
    # 026 Fortune (AP), 027 Ahram Online (AP)
    ("The 193-member world body adopted the resolution by a vote of 120-14 with 45 abstentions after rejecting "
     "a Canadian amendment", {"yes": 120, "no": 14, "abstain": 45}),
    ("The vote on the Canadian amendment was 88-55 with 23 abstentions, but it failed",
     {"yes": 88, "no": 55, "abstain": 23}),
    # 069 Globe and Mail (AP)
    ("The vote in the 193-member world body was 143-5 with 35 abstentions, the strongest support",
     {"yes": 143, "no": 5, "abstain": 35}),
    # 083 Newser
    ("was approved by a more than two-thirds majority of the 193-member world body—a vote of 138-9, with 41 "
     "abstentions.", {"yes": 138, "no": 9, "abstain": 41}),
])
def test_tally_yes_no_with_abstentions(text: str, tally: dict[str, int]) -> None:
    assert [t for _, _, t in _tallies(text)] == [tally]


def test_a_date_with_abstentions_is_not_a_tally() -> None:
    assert [t for _, _, t in _tallies("It voted on 2023-10-27 with 3 abstentions.")] == [{"abstain": 3, "partial": 1}]


@pytest.mark.parametrize(("text", "published", "dateline"), [
    ("New York, 18 October 2023 (TDI): The UN Security Council (UNSC) vetoed to adoption of a resolution "
     "proposed by Russia for calling a humanitarian ceasefire in Gaza on October 16, in New York.",
     dt.date(2023, 10, 18), "18 October 2023"),  # 003 The Diplomatic Insight
    ("New York, November 20, 2024: The United States on Wednesday, vetoed a United Nations Security Council "
     "resolution.", dt.date(2024, 11, 20), "November 20, 2024"),  # 101 OyeYeah
])
def test_dateline(text: str, published: dt.date, dateline: str) -> None:
    found = {d.text: is_dateline(text, d) for d in find_dates(text, published)}
    assert found[dateline] is True
    assert [t for t, is_dl in found.items() if not is_dl] != []  # the reported date stays


@pytest.mark.parametrize("text", [
    "On Monday, October 16, the Council voted on the Russian draft.",
    "The Council met on 18 October 2023: it voted on the draft.",
])
def test_not_a_dateline(text: str) -> None:
    assert not any(is_dateline(text, d) for d in find_dates(text, dt.date(2023, 10, 20)))


def test_dateline_date_does_not_identify_the_vote() -> None:
    """003: the dateline's 18 October (the US veto of the Brazilian draft) is not the vote reported: the
    Russian draft of 16 October failed, so 'vetoed' is refuted (the outlet's real error)."""
    text = ("New York, 18 October 2023 (TDI): The UN Security Council (UNSC) vetoed to adoption of a resolution "
            "proposed by Russia for calling a humanitarian ceasefire in Gaza on October 16, in New York.")
    rep = check_text(text, dt.date(2023, 10, 18))
    votes = [(c.claim.text, c.verdict.label.value, c.verdict.correction) for c in rep.claims
             if c.claim.kind.value == "vote" and c.verdict.label.value != "unverified"]
    assert votes == [("vetoed", "refuted", "failed")]


def test_after_rejecting_is_another_clause() -> None:
    """026/027 (AP): the tally belongs to the resolution adopted, not to the Canadian amendment rejected."""
    text = ("The 193-member world body adopted the resolution by a vote of 120-14 with 45 abstentions after "
            "rejecting a Canadian amendment backed by the United States.")
    rep = check_text("The U.N. General Assembly on Friday adopted an Arab-drafted resolution. " + text,
                     dt.date(2023, 10, 28))
    claim = next(c for c in rep.claims if "120-14" in c.claim.text)
    assert claim.verdict.label.value == "conflicting"  # 120-14-45 announced, 121-14-44 in later records
    assert "A/RES/ES-10/21" in claim.verdict.rationale
