"""event_date (events and office starts), quantity and statement phrasings: spans, labels, corrections."""

from __future__ import annotations

import datetime as dt

from conftest import bundled_refs as _refs

from factdesk.ingest import TextView
from factdesk.pipeline import check_document
from factdesk.registry import load_checkers
from schemas.contracts import Document


def run(text: str, kind: str, pub: dt.date) -> list[tuple[str, str, str | None]]:
    doc = Document(text=text, origin="t.txt", sha256="0" * 64, format="text", published=pub, published_source="flag")
    report = check_document(doc, TextView(text), _refs(), load_checkers(""))
    return [(c.claim.text, c.verdict.label.value, c.verdict.correction)
            for c in report.claims if c.claim.kind.value == kind]


def test_october_7_named_a_year_later_is_supported() -> None:
    got = run("Sinwar planned the October 7 attack.", "event_date", dt.date(2024, 10, 18))
    assert got == [("October 7 attack", "supported", None)]


def test_event_alias_variants() -> None:
    got = run("It was the worst day since the attack on Israel on October 7.", "event_date", dt.date(2023, 10, 20))
    assert got == [("attack on Israel on October 7", "supported", None)]
    assert run("Israelis marked one year since the Hamas-led attack.", "event_date", dt.date(2024, 10, 7)) == [
        ("marked one year since the Hamas-led attack", "supported", None)
    ]
    assert run("Iran's attack on Israel on April 13 was repelled.", "event_date", dt.date(2024, 4, 20)) == []


def test_truce_resolution_is_not_the_truce() -> None:
    assert run("The truce resolution of October 27 passed.", "event_date", dt.date(2023, 12, 12)) == []


def test_office_start_refuted_with_the_recorded_date() -> None:
    got = run("Marco Rubio, who was sworn in on Monday, met staff.", "event_date", dt.date(2025, 1, 22))
    assert got == [("who was sworn in on Monday", "refuted", "2025-01-21 (Tuesday 21 January 2025)")]
    got = run("Secretary-General António Guterres, who has been in office since 2017, spoke.", "event_date",
              dt.date(2024, 9, 12))
    assert got == [("who has been in office since 2017", "supported", None)]


def test_office_start_long_before_record_is_unverified() -> None:
    # an earlier term may simply not be recorded
    got = run("Benjamin Netanyahu, who was sworn in in June 1996, spoke.", "event_date", dt.date(2024, 1, 3))
    assert got == [("who was sworn in in June 1996", "unverified", None)]


def test_quantities_skip_dates_and_prefer_exact_records() -> None:
    got = run("The war began with the October 7 attack, in which about 1,200 people were killed.", "quantity",
              dt.date(2024, 6, 1))
    assert got == [("about 1,200", "supported", None)]
    got = run("In the October 7 attack more than 1,400 people were killed.", "quantity", dt.date(2024, 6, 1))
    assert got == [("more than 1,400", "refuted", "1,200")]
    got = run("The sale of $147.5 million worth of equipment for 155mm artillery shells was approved.", "quantity",
              dt.date(2023, 12, 31))
    assert got == [("$147.5 million", "supported", None)]


def test_bare_resolution_follows_the_lead_body() -> None:
    ga = "The U.N. General Assembly on Friday adopted a resolution. "
    sc = "The U.N. Security Council on Friday adopted a resolution. "
    pub = dt.date(2024, 5, 12)
    assert run(ga + "The resolution, which is not legally binding, passed.", "statement", pub) == [
        ("The resolution, which is not legally binding", "supported", None)
    ]
    assert run(ga + "The legally binding resolution passed.", "statement", pub) == [
        ("The legally binding resolution", "refuted", "not legally binding")
    ]
    assert run(sc + "The resolution is legally binding.", "statement", pub) == []
