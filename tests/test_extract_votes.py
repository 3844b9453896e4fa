"""vote claims: tallies, vetoes, country votes, outcomes, through ``factdesk.extract.extract``."""

from __future__ import annotations

import datetime as dt

from conftest import bundled_refs as refs

from factdesk.extract import extract
from factdesk.ingest import TextView
from schemas.contracts import Claim, Document

PUB = dt.date(2023, 12, 12)  # Tuesday
KEYS = (
    "body",
    "outcome",
    "vetoed_by",
    "country_votes",
    "amendment",
    "proposer",
    "tally",
    "yes_below",
    "date_start",
    "date_end",
    "date_text",
)




def votes(text: str, pub: dt.date = PUB) -> list[Claim]:
    doc = Document(text=text, origin="t.txt", sha256="0" * 64, format="text", published=pub, published_source="flag")
    out = [c for c in extract(doc, TextView(text), refs()) if c.kind.value == "vote"]
    for c in out:
        assert doc.text[c.start : c.end] == c.text
    return out


def one(text: str, pub: dt.date = PUB) -> tuple[str, dict]:
    found = votes(text, pub)
    assert len(found) == 1, found
    return found[0].text, {k: found[0].slots[k] for k in KEYS if k in found[0].slots}


def base(**over) -> dict:
    s = {"body": "SC", "outcome": None, "vetoed_by": [], "country_votes": {}, "amendment": False, "proposer": None}
    s.update(over)
    return s


def test_dashed_tally() -> None:
    assert one("The Security Council vote was 13-1-1.") == (
        "13-1-1",
        base(tally={"yes": 13, "no": 1, "abstain": 1}),
    )


def test_votes_to_with_abstentions() -> None:
    text, slots = one("The General Assembly adopted the resolution by 153 votes to 10 with 23 abstentions.")
    assert text == "adopted the resolution by 153 votes to 10 with 23 abstentions"
    assert slots == base(body="GA", outcome="adopted", tally={"yes": 153, "no": 10, "abstain": 23})


def test_tally_in_words() -> None:
    text, slots = one(
        "The General Assembly adopted the resolution by one hundred and fifty-three votes to ten "
        "with twenty-three abstentions."
    )
    assert slots["tally"] == {"yes": 153, "no": 10, "abstain": 23}
    assert text == ("adopted the resolution by one hundred and fifty-three votes to ten with twenty-three abstentions")


def test_by_a_vote_of_with_one_abstention() -> None:
    text, slots = one("The Security Council rejected the draft by a vote of 13 to 1 with one abstention.")
    assert text == "rejected the draft by a vote of 13 to 1 with one abstention"
    assert slots == base(outcome="failed", tally={"yes": 13, "no": 1, "abstain": 1})


def test_in_favour_against_and_abstentions() -> None:
    text, slots = one("The General Assembly vote was 153 in favour, 10 against and 23 abstentions.")
    assert text == "153 in favour, 10 against and 23 abstentions"
    assert slots["tally"] == {"yes": 153, "no": 10, "abstain": 23}


def test_votes_to_none() -> None:
    text, slots = one("The Security Council adopted resolution 2712 by 12 votes to none, with 3 abstentions.")
    assert text == "adopted resolution 2712 by 12 votes to none, with 3 abstentions"
    assert slots["tally"] == {"yes": 12, "no": 0, "abstain": 3}


def test_thirteen_of_fifteen_voted_in_favour() -> None:
    text, slots = one("Thirteen of the 15 members voted in favour of the Security Council draft.")
    assert text == "Thirteen of the 15 members voted in favour"
    assert slots == base(tally={"yes": 13})


def test_vetoed_by_two_countries() -> None:
    text, slots = one("The Security Council draft was vetoed by Russia and China.")
    assert text == "vetoed by Russia and China"
    assert slots == base(outcome="vetoed", vetoed_by=["Russia", "China"], country_votes={"Russia": "no", "China": "no"})


def test_countries_before_vetoed() -> None:
    text, slots = one("Russia and China vetoed the Security Council draft.")
    assert text == "Russia and China vetoed"
    assert slots["vetoed_by"] == ["Russia", "China"]


def test_metonym_exercised_its_veto() -> None:
    text, slots = one("In the Security Council, Washington exercised its veto.")
    assert text == "Washington exercised its veto"
    assert slots == base(outcome="vetoed", vetoed_by=["United States"], country_votes={"United States": "no"})


def test_veto_implies_security_council_and_friday_is_resolved() -> None:
    veto, date = votes("The United States vetoed the draft on Friday.")
    assert (veto.text, veto.slots["body"], veto.slots["vetoed_by"]) == ("United States vetoed", "SC", ["United States"])
    assert (veto.slots["date_start"], veto.slots["date_end"], veto.slots["date_text"]) == (
        "2023-12-08", "2023-12-08", "on Friday")
    # the date is a claim of its own, identified by the veto
    assert (date.text, date.slots["date_claim"], date.slots["features"]) == (
        "United States vetoed the draft on Friday", True, {"vetoed_by": ["United States"], "outcome": "vetoed"})


def test_with_britain_abstaining() -> None:
    outcome, country = votes("The Security Council resolution passed with Britain abstaining.")
    assert (outcome.start, outcome.end, outcome.text, outcome.slots["outcome"]) == (32, 38, "passed", "adopted")
    assert (country.start, country.end, country.text) == (44, 62, "Britain abstaining")
    assert country.slots["country_votes"] == {"United Kingdom": "abstain"} and country.slots["body"] == "SC"


def test_the_uk_abstained() -> None:
    assert one("In the Security Council vote the UK abstained.") == (
        "the UK abstained",
        base(country_votes={"United Kingdom": "abstain"}),
    )


def test_france_voted_against() -> None:
    assert one("In the Security Council vote France voted against.") == (
        "France voted against",
        base(country_votes={"France": "no"}),
    )


def test_lone_vote_against_is_a_no() -> None:
    text, slots = one("The US cast the lone vote against in the Security Council.")
    assert text == "US cast the lone vote against"
    assert slots["country_votes"] == {"United States": "no"}
    assert "tally" not in slots  # "lone" is not the number "one"


def test_tally_veto_and_abstention_in_one_claim() -> None:
    date, tally, veto, abstain = votes(
        "The Security Council vote on Friday was 13-1-1, with the United States casting a veto and Britain abstaining."
    )
    assert (date.text, date.slots["date_claim"]) == ("on Friday was 13-1-1", True)
    assert date.slots["features"] == {"tally": {"yes": 13, "no": 1, "abstain": 1}, "vetoed_by": ["United States"],
                                      "outcome": "vetoed"}
    assert (tally.text, tally.slots["tally"]) == ("13-1-1", {"yes": 13, "no": 1, "abstain": 1})
    assert (veto.text, veto.slots["vetoed_by"], veto.slots["outcome"]) == (
        "the United States casting a veto", ["United States"], "vetoed")
    assert (abstain.text, abstain.slots["country_votes"]) == ("Britain abstaining", {"United Kingdom": "abstain"})
    for c in (tally, veto, abstain):
        assert (c.slots["date_start"], c.slots["date_end"]) == ("2023-12-08", "2023-12-08")


def test_unanimous_is_zero_against_and_abstaining() -> None:
    text, slots = one("The Security Council adopted the resolution unanimously.")
    assert text == "adopted the resolution unanimously"
    assert slots == base(outcome="adopted", tally={"no": 0, "abstain": 0})


def test_failed_to_get_nine_votes() -> None:
    text, slots = one("The draft failed to get the nine votes needed in the Security Council.")
    assert text == "failed to get the nine votes"
    assert slots == base(outcome="failed", yes_below=9)


def test_amendment_and_proposer_adjective() -> None:
    text, slots = one("The Assembly rejected a Canadian amendment.")
    assert text == "rejected"
    assert slots == base(body="GA", outcome="failed", amendment=True, proposer="Canada")


def test_hyphenated_proposer() -> None:
    text, slots = one("The UAE-drafted Security Council resolution was vetoed by the United States.")
    assert text == "vetoed by the United States"
    assert slots["proposer"] == "United Arab Emirates"
    assert slots["vetoed_by"] == ["United States"]


def test_large_tally_implies_general_assembly() -> None:
    text, slots = one("Members voted 120-14-45 for the resolution.")
    assert text == "120-14-45"
    assert slots["body"] == "GA"


def test_body_carries_to_next_sentence_of_same_paragraph() -> None:
    cs = votes("The Security Council met on Friday. The resolution passed with Britain abstaining.")
    assert [(c.start, c.end, c.text, c.slots["body"]) for c in cs] == [
        (51, 57, "passed", "SC"), (63, 81, "Britain abstaining", "SC")]


def test_no_body_no_claim() -> None:
    assert votes("The resolution passed.") == []


def test_no_vote_words_no_claim() -> None:
    assert votes("The Security Council met today. The weather was fine.") == []


def test_two_tallies_make_two_claims() -> None:
    cs = votes("The Security Council vote was 13-1-1 and the Council vote later was 12-0-3.")
    assert [(c.start, c.end, c.text, c.slots["tally"], c.slots["several_in_sentence"]) for c in cs] == [
        (30, 36, "13-1-1", {"yes": 13, "no": 1, "abstain": 1}, True),
        (68, 74, "12-0-3", {"yes": 12, "no": 0, "abstain": 3}, True),
    ]


def test_abstaining_were_list() -> None:
    _, slots = one("Abstaining were Britain and Russia in the Security Council vote.")
    assert slots["country_votes"] == {"United Kingdom": "abstain", "Russia": "abstain"}


def test_each_tally_gets_its_own_body() -> None:
    cs = votes("The Security Council vote was 13-1-1 and the General Assembly vote was 153-10-23.")
    assert [(c.text, c.slots["body"]) for c in cs] == [("13-1-1", "SC"), ("153-10-23", "GA")]
