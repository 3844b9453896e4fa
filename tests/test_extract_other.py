"""event_date, quantity and statement claims, and properties of ``extract`` on any text."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import bundled_refs as refs
from hypothesis import given, settings
from hypothesis import strategies as st

from factdesk.extract import extract
from factdesk.ingest import TextView
from schemas.contracts import Claim, Document

PUB = dt.date(2023, 12, 12)




def doc_of(text: str, pub: dt.date = PUB) -> Document:
    return Document(text=text, origin="t.txt", sha256="0" * 64, format="text", published=pub, published_source="flag")


def claims(text: str, kind: str, pub: dt.date = PUB) -> list[Claim]:
    doc = doc_of(text, pub)
    out = extract(doc, TextView(text), refs())
    for c in out:
        assert doc.text[c.start : c.end] == c.text
    return [c for c in out if c.kind.value == kind]


# ------------------------------------------------------------------ events
def test_event_with_month_day() -> None:
    cs = claims("The Hamas attack on October 7 shocked Israel.", "event_date")
    assert [(c.start, c.end, c.text) for c in cs] == [(4, 29, "Hamas attack on October 7")]
    assert cs[0].slots == {
        "event_id": "oct7-attack",
        "date_text": "October 7",
        "date_start": "2023-10-07",
        "date_end": "2023-10-07",
        "vague": False,
        "tight": True,
        "year_given": False,
    }


def test_event_with_vague_date_before_alias() -> None:
    cs = claims("Israel's early October military response to Hamas attacks continued.", "event_date")
    assert [
        (c.text, c.slots["event_id"], c.slots["date_start"], c.slots["date_end"], c.slots["vague"]) for c in cs
    ] == [("early October military response to Hamas attacks", "oct7-attack", "2023-10-01", "2023-10-10", True)]
    assert cs[0].slots["tight"] is False


def test_event_with_weekday_resolved_against_publication() -> None:
    cs = claims("The truce began on Friday.", "event_date", dt.date(2023, 11, 28))
    assert [(c.start, c.end, c.text, c.slots["event_id"], c.slots["date_start"]) for c in cs] == [
        (0, 25, "The truce began on Friday", "truce-nov-2023", "2023-11-24")
    ]


def test_event_and_date_across_clause_break_are_not_linked() -> None:
    assert claims("The Hamas attack, which Israel recalled, came on October 7.", "event_date") == []


def test_event_without_date_gives_nothing() -> None:
    assert claims("The Hamas attack shocked Israel.", "event_date") == []


# -------------------------------------------------------------- quantities
def test_exact_count() -> None:
    cs = claims("The US approved the sale of 13,981 tank rounds.", "quantity")
    assert [(c.start, c.end, c.text) for c in cs] == [(28, 34, "13,981")]
    assert cs[0].slots == {
        "quantity_id": "tank-rounds-dec-2023",
        "value": 13981.0,
        "currency": False,
        "hedge": None,
        "written": "13,981",
        "digits": "13,981",
    }


def test_hedged_count() -> None:
    cs = claims("The US approved the sale of about 14,000 tank rounds.", "quantity")
    assert [(c.text, c.slots["hedge"], c.slots["value"], c.slots["digits"]) for c in cs] == [
        ("about 14,000", "approx", 14000.0, "14,000")
    ]


def test_money_with_scale() -> None:
    cs = claims("The tank ammunition sale is worth $106.5 million.", "quantity")
    assert [(c.start, c.end, c.text, c.slots["quantity_id"], c.slots["value"], c.slots["currency"]) for c in cs] == [
        (34, 48, "$106.5 million", "tank-sale-value-dec-2023", 106_500_000.0, True)
    ]


def test_vague_quantity_word() -> None:
    cs = claims("Arms flow, including thousands of rounds of tank ammunition.", "quantity")
    assert [(c.text, c.slots) for c in cs] == [
        ("thousands", {"quantity_id": "tank-rounds-dec-2023", "low": 2000, "high": 999999, "vague": "thousands"})
    ]


def test_years_and_tallies_are_not_quantities() -> None:
    assert claims("In 2023 the tank rounds sale was approved.", "quantity") == []
    assert claims("The vote on tank rounds was 13-1-1.", "quantity") == []


def test_date_number_is_not_the_death_toll() -> None:
    cs = claims("The Hamas attack on October 7 killed about 1,200 people.", "quantity")
    assert [(c.text, c.slots["quantity_id"], c.slots["value"]) for c in cs] == [("about 1,200", "oct7-killed", 1200.0)]


def test_artillery_sale_value_matches_artillery_record() -> None:
    cs = claims("The artillery sale was worth $147.5 million.", "quantity")
    assert [(c.text, c.slots["quantity_id"]) for c in cs] == [("$147.5 million", "artillery-sale-value-dec-2023")]


# -------------------------------------------------------------- statements
@pytest.mark.parametrize(
    ("text", "claim_text", "value"),
    [
        (
            "While the General Assembly resolutions are not binding, they matter.",
            "General Assembly resolutions are not binding",
            False,
        ),
        ("General Assembly resolutions are legally binding.", "General Assembly resolutions are legally binding", True),
        ("The General Assembly resolution is non-binding.", "General Assembly resolution is non-binding", False),
        ("The non-binding General Assembly resolution passed.", "non-binding General Assembly resolution", False),
        ("The binding General Assembly resolutions passed.", "binding General Assembly resolutions", True),
    ],
)
def test_statement_polarity(text: str, claim_text: str, value: bool) -> None:
    cs = claims(text, "statement")
    assert [(c.text, c.slots) for c in cs] == [(claim_text, {"statement_id": "ga-resolutions-binding", "value": value})]
    assert text.index(claim_text) == cs[0].start


def test_no_statement_without_property() -> None:
    assert claims("General Assembly resolutions are popular.", "statement") == []


# ---------------------------------------------------------------- property
_WORDS = [
    "Security Council",
    "General Assembly",
    " vetoed by ",
    "Russia",
    " and ",
    "China",
    "13-1-1",
    " 153 votes to 10",
    " with 23 abstentions",
    "Secretary of State ",
    "Anthony Blinken",
    "President ",
    "Joe Biden",
    " on Friday",
    "October 7",
    " Hamas attack ",
    "$106.5 million",
    " tank rounds ",
    "13,981",
    " are not binding",
    ". ",
    "\n\n",
    "\n",
    "Former ",
    "U.S.",
    " abstained",
    " voted against",
    "Mr. ",
    "early October",
    "one hundred and fifty-three",
]
_TEXT = st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=8)), max_size=25).map("".join)


@settings(max_examples=200, deadline=None, database=None)
@given(_TEXT)
def test_extract_total_and_spans_exact(text: str) -> None:
    doc = doc_of(text)
    first = extract(doc, TextView(text), refs())
    for c in first:
        assert 0 <= c.start <= c.end <= len(text)
        assert c.text == doc.text[c.start : c.end]
    again = extract(doc, TextView(text), refs())
    assert [c.model_dump() for c in again] == [c.model_dump() for c in first]
