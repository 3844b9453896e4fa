"""Checker verdicts on claims from drafts (bundled pack) and on hand-built claims."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import builtin_checkers as all_checkers
from conftest import bundled_refs as refs

from factdesk.claimtypes.event_date import EventDateChecker
from factdesk.claimtypes.name import NameChecker
from factdesk.claimtypes.person_role import PersonRoleChecker
from factdesk.claimtypes.quantity import QuantityChecker
from factdesk.claimtypes.spec import Checker
from factdesk.claimtypes.statement import StatementChecker
from factdesk.claimtypes.verdicts import BaseChecker
from factdesk.claimtypes.vote import VoteChecker
from factdesk.ingest import TextView
from factdesk.pipeline import Context, check_claim, check_document
from schemas.contracts import Claim, ClaimKind, Document, Label

PUB = dt.date(2023, 12, 12)






def check(text: str, pub: dt.date = PUB, kind: str | None = None) -> list[tuple[str, str, str, str | None]]:
    doc = Document(text=text, origin="t.txt", sha256="0" * 64, format="text", published=pub, published_source="flag")
    rep = check_document(doc, TextView(text), refs(), all_checkers())
    out = []
    for c in rep.claims:
        assert doc.text[c.claim.start : c.claim.end] == c.claim.text
        if kind is None or c.claim.kind.value == kind:
            out.append((c.claim.kind.value, c.claim.text, c.verdict.label.value, c.verdict.correction))
    return out


def claim(kind: ClaimKind, **slots) -> Claim:
    return Claim(kind=kind, start=0, end=1, text="x", slots=slots)


# ----------------------------------------------------------------- people
def test_misspelled_blinken_refuted_with_correction() -> None:
    assert check("Secretary of State Anthony Blinken met officials.") == [
        ("person_role", "Secretary of State Anthony Blinken", "supported", None),
        ("name", "Anthony Blinken", "refuted", "Antony Blinken"),
    ]


def test_albanese_is_never_corrected_to_blinken() -> None:
    got = check("Prime Minister Anthony Albanese spoke.")
    assert got == [("person_role", "Prime Minister Anthony Albanese", "supported", None)]


def test_president_biden_after_term_is_refuted() -> None:
    assert check("President Joe Biden spoke.", dt.date(2025, 3, 10)) == [
        ("person_role", "President Joe Biden", "refuted",
         "former President Joe Biden; on 2025-03-10 the President was Donald J. Trump")
    ]


def test_president_biden_in_office_supported() -> None:
    assert check("United States President Joe Biden spoke.") == [
        ("person_role", "United States President Joe Biden", "supported", None)
    ]


def test_former_president_biden_after_term_supported() -> None:
    assert check("The talks, said former President Joe Biden, failed.", dt.date(2025, 3, 10), "person_role") == [
        ("person_role", "former President Joe Biden", "supported", None)
    ]


def test_former_while_still_in_office_refuted() -> None:
    v = PersonRoleChecker().check(
        claim(
            ClaimKind.person_role,
            title="President",
            country=None,
            modifier="former",
            name="Joe Biden",
            person_id="joe-biden",
            name_exact=True,
        ),
        refs(),
        Context(PUB),
    )
    assert (v.label, v.correction, v.confidence) == (Label.refuted, "President Joe Biden", 0.85)


def test_netanyahu_prime_minister_in_2023_supported() -> None:
    assert check("Israeli Prime Minister Benjamin Netanyahu spoke.") == [
        ("person_role", "Israeli Prime Minister Benjamin Netanyahu", "supported", None)
    ]


def test_unknown_person_with_title_unverified() -> None:
    assert check("Foreign Minister Hans Mueller spoke.") == [
        ("person_role", "Foreign Minister Hans Mueller", "unverified", None)
    ]


def test_unknown_name_in_known_single_office_refuted_with_holder() -> None:
    assert check("Israeli Prime Minister Avi Mizrahi spoke.") == [
        ("person_role", "Israeli Prime Minister Avi Mizrahi", "refuted", "Benjamin Netanyahu")
    ]


def test_former_holder_known_to_the_world_base() -> None:
    # the Factbook records Lapid as Prime Minister from 1 July to 29 December 2022
    assert check("Israeli Prime Minister Yair Lapid spoke.") == [
        ("person_role", "Israeli Prime Minister Yair Lapid", "refuted",
         "former Prime Minister Yair Lapid; on 2023-12-12 the Prime Minister was Benjamin Netanyahu")
    ]


def test_not_yet_in_office() -> None:
    assert check("Secretary of State Marco Rubio spoke.") == [
        (
            "person_role",
            "Secretary of State Marco Rubio",
            "refuted",
            "On 2023-12-12 the Secretary of State (United States) was Antony Blinken; "
            "not yet Secretary of State (took office 2025-01-21)",
        )
    ]


def test_unknown_qualifier_unverified() -> None:
    v = PersonRoleChecker().check(
        claim(
            ClaimKind.person_role,
            title="Secretary of State",
            country="?Georgia",
            modifier=None,
            name="Brad Raffensperger",
            person_id=None,
            name_exact=False,
        ),
        refs(),
        Context(PUB),
    )
    assert v.label is Label.unverified
    assert v.correction is None


def test_name_checker_known_alias_supported_and_unknown_unverified() -> None:
    ok = NameChecker().check(
        claim(ClaimKind.name, written="Antonio Guterres", person_id="antonio-guterres", score=100), refs(), Context(PUB)
    )
    assert (ok.label, ok.correction) == (Label.supported, None)
    unknown = NameChecker().check(claim(ClaimKind.name, written="Jon Doe", person_id="nobody"), refs(), Context(PUB))
    assert unknown.label is Label.unverified


# ------------------------------------------------------------------ votes
def test_uae_draft_tally_veto_and_uk_abstention_supported() -> None:
    got = check(
        "The Security Council vote on Friday was 13-1-1, with the United States casting a veto and Britain abstaining."
    )
    assert got == [
        ("vote", "on Friday was 13-1-1", "supported", None),  # the date of the vote
        ("vote", "13-1-1", "supported", None),
        ("vote", "the United States casting a veto", "supported", None),
        ("vote", "Britain abstaining", "supported", None),
    ]


def test_uae_draft_france_abstained_refuted_with_france_vote() -> None:
    assert check("In the Security Council on Friday, France abstained on the UAE draft.") == [
        ("vote", "on Friday, France abstained on the UAE draft", "supported", None),
        ("vote", "France abstained", "refuted", "France voted in favour; abstained: United Kingdom"),
    ]


def test_uae_draft_wrong_vetoer_refuted() -> None:
    got = check("In the Security Council on December 8, Russia vetoed the UAE draft.")
    assert got == [
        ("vote", "December 8, Russia vetoed the UAE draft", "unverified", None),  # no Russian veto that day
        ("vote", "Russia vetoed", "refuted", "United States; Russia voted in favour"),
    ]


def test_uae_draft_wrong_tally_refuted() -> None:
    got = check(
        "The UAE draft was rejected on Friday by a vote of 12 to 2 with one abstention in the Security Council."
    )
    assert [(g[0], g[2], g[3]) for g in got] == [("vote", "refuted", "13-1-1"), ("vote", "supported", None)]


def test_uae_draft_said_adopted_refuted() -> None:
    # the outcome is wrong; the date is not refuted, since a (vetoed) vote did take place that day
    assert check("The Security Council draft was adopted on December 8.") == [
        ("vote", "adopted", "refuted", "vetoed"),
        ("vote", "adopted on December 8", "unverified", None),
    ]


def test_ga_es10_21_primary_and_alt_tallies_conflicting() -> None:
    for t in ("120 votes to 14 with 45 abstentions", "121 votes to 14 with 44 abstentions"):
        got = check(f"The General Assembly adopted resolution ES-10/21 on October 27 by {t}.", dt.date(2023, 10, 30))
        assert [(g[0], g[2], g[3]) for g in got] == [("vote", "conflicting", None), ("vote", "supported", None)], t


def test_ga_es10_21_wrong_tally_refuted_naming_both_records() -> None:
    got = check(
        "The General Assembly adopted resolution ES-10/21 on October 27 by 125 votes to 14 with 40 abstentions.",
        dt.date(2023, 10, 30),
    )
    assert [(g[0], g[2], g[3]) for g in got] == [
        ("vote", "refuted", "120-14-45 (121-14-44 in other records)"),
        ("vote", "supported", None),  # the date, 27 October
    ]


def test_ga_ceasefire_tally_supported() -> None:
    got = check("The General Assembly adopted the resolution by 153 votes to 10 with 23 abstentions.")
    assert [(g[0], g[2]) for g in got] == [("vote", "supported")]


def test_vote_with_no_candidate_unverified() -> None:
    v = VoteChecker().check(
        claim(
            ClaimKind.vote,
            body="SC",
            outcome="adopted",
            vetoed_by=[],
            country_votes={},
            amendment=False,
            proposer=None,
            sentence="",
            date_start="2021-01-01",
            date_end="2021-01-31",
        ),
        refs(),
        Context(PUB),
    )
    assert (v.label, v.correction) == (Label.unverified, None)
    assert v.rationale == ("No Security Council vote between 2021-01-01 and 2021-01-31 in the references fits this "
                           "claim; of the Council's votes of that period the references hold only the vetoed drafts.")


def test_failed_amendment_supported() -> None:
    v = VoteChecker().check(
        claim(
            ClaimKind.vote,
            body="GA",
            outcome="failed",
            vetoed_by=[],
            country_votes={},
            amendment=True,
            proposer="Canada",
            sentence="a Canadian amendment on Hamas",
            date_start="2023-10-27",
            date_end="2023-10-27",
        ),
        refs(),
        Context(dt.date(2023, 10, 30)),
    )
    assert v.label is Label.supported


# ---------------------------------------------------- events, quantities, statements
def test_event_date_right_and_wrong() -> None:
    assert check("The Hamas attack on October 8 shocked Israel.") == [
        ("event_date", "Hamas attack on October 8", "refuted", "2023-10-07 (Saturday 7 October 2023)")
    ]
    assert check("The truce began on Friday.", dt.date(2023, 11, 28)) == [
        ("event_date", "The truce began on Friday", "supported", None)
    ]


def test_loose_event_date_is_not_certain_enough_to_refute() -> None:
    v = EventDateChecker().check(
        claim(
            ClaimKind.event_date,
            event_id="oct7-attack",
            date_text="in November",
            date_start="2023-11-01",
            date_end="2023-11-30",
            vague=True,
            tight=False,
        ),
        refs(),
        Context(PUB),
    )
    assert (v.label, v.correction, v.confidence) == (Label.unverified, None, 0.75)


def test_quantities() -> None:
    assert check("The US approved the sale of 15,000 tank rounds.") == [("quantity", "15,000", "refuted", "13,981")]
    assert check("The US approved the sale of about 14,000 tank rounds.") == [
        ("quantity", "about 14,000", "supported", None)
    ]
    assert check("The tank ammunition sale is worth $106.5 million.") == [
        ("quantity", "$106.5 million", "supported", None)
    ]


def test_quantity_hedge_more_than() -> None:
    v = QuantityChecker().check(
        claim(
            ClaimKind.quantity,
            quantity_id="oct7-hostages",
            value=300.0,
            hedge="above",
            written="more than 300",
            digits="300",
            currency=False,
        ),
        refs(),
        Context(PUB),
    )
    assert (v.label, v.correction) == (Label.refuted, "251")


@pytest.mark.parametrize(("written", "value", "hedge", "label"), [
    ("more than 250", 250.0, "above", Label.supported),
    ("at least 251", 251.0, "at_least", Label.supported),
    ("more than 260", 260.0, "above", Label.unverified),  # wrong, but within 10 %: not certain enough
    ("fewer than 260", 260.0, "below_strict", Label.supported),
    ("fewer than 250", 250.0, "below_strict", Label.unverified),
    ("fewer than 200", 200.0, "below_strict", Label.refuted),
])
def test_quantity_bounds_are_not_rounded_figures(written: str, value: float, hedge: str, label: Label) -> None:
    v = QuantityChecker().check(
        claim(ClaimKind.quantity, quantity_id="oct7-hostages", value=value, hedge=hedge, written=written,
              digits=str(int(value)), currency=False),
        refs(),
        Context(PUB),
    )
    assert v.label == label, v.rationale


def test_statements() -> None:
    assert check("General Assembly resolutions are not binding.") == [
        ("statement", "General Assembly resolutions are not binding", "supported", None)
    ]
    assert check("General Assembly resolutions are legally binding.") == [
        ("statement", "General Assembly resolutions are legally binding", "refuted", "not legally binding")
    ]
    v = StatementChecker().check(claim(ClaimKind.statement, statement_id="nope", value=True), refs(), Context(PUB))
    assert v.label is Label.unverified


# ------------------------------------------------------------------ plumbing
def test_low_confidence_refutation_becomes_unverified() -> None:
    v = BaseChecker().verdict(Label.refuted, "why", confidence=0.79, correction="fix")
    assert (v.label, v.correction) == (Label.unverified, None)
    assert v.rationale.startswith("Not certain enough to refute (confidence 0.79): why")
    v = BaseChecker().verdict(Label.supported, "ok", correction="ignored")
    assert v.correction is None


def test_missing_checker_and_checker_error_give_unverified() -> None:
    c = claim(ClaimKind.quantity, quantity_id="tank-rounds-dec-2023")
    v = check_claim(c, refs(), {}, Context(PUB))
    assert (v.label, v.checker, v.confidence) == (Label.unverified, "none", 0.0)
    v = check_claim(c, refs(), {"quantity": QuantityChecker()}, Context(PUB))  # no 'value' slot
    assert (v.label, v.checker) == (Label.unverified, "quantity")
    assert v.rationale == ("Checker quantity failed on this claim: no quantity claim type accepts the slots "
                           "['quantity_id']")


def test_all_checkers_implement_spec() -> None:
    got = all_checkers()
    assert sorted(got) == ["event_date", "name", "person_role", "quantity", "statement", "vote"]
    assert all(isinstance(c, Checker) and c.kind == k for k, c in got.items())
