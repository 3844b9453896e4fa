"""ClaimReview JSON-LD export: reviewed claims only, the editor's label, labels kept distinct."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlmodel import Session, select
from test_review_store import PASSWORD, make_report, store

from factdesk.cli import main
from factdesk.review.accounts import add_user
from factdesk.review.reviews import add_review
from factdesk.review.view import from_run
from factdesk.store.db import get_engine
from schemas.review import ReviewRow, UserRow

TEXT = ("Secretary of State Anthony Blinken said the vote passed 120-14-45; "
        "the ceasefire was agreed in Doha; President Marta Testova spoke.")


def _reviewed_run(db_url: str) -> str:
    with Session(get_engine(db_url)) as s:
        run = store(s, make_report(TEXT, [("person_role", "Secretary of State Anthony Blinken", "supported"),
                                          ("name", "Anthony Blinken", "refuted"),
                                          ("vote", "120-14-45", "conflicting"),
                                          ("event_date", "agreed in Doha", "unverified"),
                                          ("person_role", "President Marta Testova", "unverified")],
                                   origin="https://news.example.org/2024/ceasefire", title="Ceasefire talks",
                                   published=dt.date(2024, 3, 1)))
        add_user(session=s, name="erin", role="editor", password=PASSWORD)
        erin = s.exec(select(UserRow)).one()
        by_text = {c.text: c.id for c in from_run(session=s, run_id=run).claims}
        for text, action, label, correction, note in [
            ("Anthony Blinken", "accept", None, None, "spelling checked"),
            ("120-14-45", "accept", None, None, ""),
            ("agreed in Doha", "accept", None, None, ""),
            ("Secretary of State Anthony Blinken", "override", "refuted", "Secretary of State Antony Blinken",
             "the name in the title is misspelt"),
        ]:
            add_review(session=s, run_id=run, claim_id=by_text[text], user=erin, action=action, label=label,
                       correction=correction, note=note)
    return run


def test_export_has_one_claimreview_per_reviewed_claim(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    run = _reviewed_run(db_url)
    assert main(["export", "claimreview", run]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["@context"] == "https://schema.org"
    graph = doc["@graph"]
    by_claim = {g["claimReviewed"]: g for g in graph}
    # "President Marta Testova" was never reviewed: not exported
    assert sorted(by_claim) == ["120-14-45", "Anthony Blinken", "Secretary of State Anthony Blinken", "agreed in Doha"]
    ratings = {k: (g["reviewRating"]["ratingValue"], g["reviewRating"]["alternateName"]) for k, g in by_claim.items()}
    assert ratings == {
        "Anthony Blinken": (1, "False"),
        "120-14-45": (2, "Conflicting sources"),
        "agreed in Doha": (3, "Unverified"),
        "Secretary of State Anthony Blinken": (1, "False"),  # the editor's label, not the machine's "supported"
    }
    with Session(get_engine(db_url)) as s:
        today = s.exec(select(ReviewRow)).first().created_at.date().isoformat()
    g = by_claim["Anthony Blinken"]
    assert g == {
        "@type": "ClaimReview",
        "identifier": g["identifier"],
        "claimReviewed": "Anthony Blinken",
        "datePublished": today,
        "author": {"@type": "Person", "name": "erin"},
        "reviewBody": "Verdict: refuted. Correct value: Antony Blinken. spelling checked",
        "reviewRating": {"@type": "Rating", "ratingValue": 1, "worstRating": 1, "bestRating": 4,
                         "alternateName": "False"},
        "itemReviewed": {"@type": "Claim", "datePublished": "2024-03-01",
                         "appearance": {"@type": "CreativeWork", "datePublished": "2024-03-01",
                                        "url": "https://news.example.org/2024/ceasefire",
                                        "headline": "Ceasefire talks"}},
    }
    assert g["identifier"].startswith("factdesk:review:")
    assert by_claim["Secretary of State Anthony Blinken"]["reviewBody"] == (
        "Verdict: refuted. Correct value: Secretary of State Antony Blinken. the name in the title is misspelt")


def test_a_run_without_reviews_exports_an_empty_graph(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with Session(get_engine(db_url)) as s:
        run = store(s, make_report(TEXT, [("name", "Anthony Blinken", "refuted")], origin="drafts/a.md"))
    assert main(["export", "claimreview", run]) == 0
    assert json.loads(capsys.readouterr().out) == {"@context": "https://schema.org", "@graph": []}


def test_unknown_run_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "claimreview", "0" * 32]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err == f"factdesk: error: no run '{'0' * 32}'\n"
