"""ClaimReview JSON-LD export: reviewed claims only, the editor's label, labels kept distinct."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from urllib.parse import urlsplit

import pytest
from sqlmodel import Session, select
from test_review_store import PASSWORD, make_report, store

from factdesk.cli import main
from factdesk.review.accounts import add_user
from factdesk.review.reviews import add_review
from factdesk.review.view import from_run
from factdesk.store.db import get_engine
from schemas.review import ReviewRow, UserRow
from schemas.tables import DocumentRow

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


PUBLISHER = {"FACTDESK_PUBLISHER_NAME": "Example Fact Desk", "FACTDESK_PUBLISHER_URL": "https://facts.example.org/",
             "FACTDESK_CLAIMREVIEW_BASE_URL": "https://facts.example.org/checks/"}

# schema.org's properties (https://schema.org/ClaimReview, https://schema.org/Claim, https://schema.org/Rating,
# https://schema.org/Organization, https://schema.org/CreativeWork): the ones this export may use, by type
SCHEMA_ORG = {
    "ClaimReview": {"claimReviewed", "url", "identifier", "datePublished", "author", "publisher", "reviewBody",
                    "reviewRating", "itemReviewed", "name", "headline"},
    "Claim": {"appearance", "firstAppearance", "author", "datePublished", "name", "claimInterpreter"},
    "Rating": {"ratingValue", "bestRating", "worstRating", "alternateName", "ratingExplanation"},
    "Organization": {"name", "url", "logo", "sameAs"},
    "CreativeWork": {"url", "headline", "datePublished", "author", "name"},
}
# Google's fact-check documentation (developers.google.com/search/docs/appearance/structured-data/factcheck):
# required on ClaimReview: claimReviewed, reviewRating (with alternateName), url; recommended: author (name, url),
# datePublished, itemReviewed (a Claim: appearance, firstAppearance, datePublished), and the rating's numbers.
GOOGLE_REQUIRED = {"claimReviewed", "reviewRating", "url"}
GOOGLE_RECOMMENDED = {"author", "datePublished", "itemReviewed"}


def _validate(review: dict, base: str) -> None:
    """Every property is schema.org's for its type; Google's required and recommended fields are there."""
    def check(node: dict) -> None:
        allowed = SCHEMA_ORG[node["@type"]]
        assert set(node) - {"@type", "@context"} <= allowed, (node["@type"], set(node) - allowed)
        for value in node.values():
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, dict):
                    check(v)

    assert review["@type"] == "ClaimReview"
    check(review)
    assert GOOGLE_REQUIRED | GOOGLE_RECOMMENDED <= set(review)
    assert review["url"].startswith(base) and urlsplit(review["url"]).scheme == "https"
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and {"ratingValue", "bestRating", "worstRating", "alternateName"} <= set(rating)
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert review["author"]["@type"] == "Organization" and review["author"]["name"] and review["author"]["url"]
    dt.date.fromisoformat(review["datePublished"])
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    dt.date.fromisoformat(item["datePublished"])
    if "appearance" in item:
        assert item["firstAppearance"] in item["appearance"]
        for work in item["appearance"]:
            assert work["@type"] == "CreativeWork" and urlsplit(work["url"]).scheme in ("http", "https")


def test_export_has_one_claimreview_per_reviewed_claim(db_url: str, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    for k, v in PUBLISHER.items():
        monkeypatch.setenv(k, v)
    run = _reviewed_run(db_url)
    assert main(["export", "claimreview", run]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["@context"] == "https://schema.org"
    graph = doc["@graph"]
    for g in graph:
        _validate(g, "https://facts.example.org/checks/")
    # claimReviewed is the claim's whole sentence, as written, not the fragment the checker matched
    sentence = ("Secretary of State Anthony Blinken said the vote passed 120-14-45; "
                "the ceasefire was agreed in Doha; President Marta Testova spoke.")
    assert [g["claimReviewed"] for g in graph] == [sentence] * 4
    # one ClaimReview per reviewed claim ("President Marta Testova" was never reviewed), each at its own url
    assert len({g["url"] for g in graph}) == 4
    ratings = [(g["reviewRating"]["ratingValue"], g["reviewRating"]["alternateName"]) for g in graph]
    assert ratings == [(1, "False"),  # "Secretary of State Anthony Blinken": the editor's label, not "supported"
                       (1, "False"), (2, "Conflicting sources"), (3, "Unverified")]
    with Session(get_engine(db_url)) as s:
        today = s.exec(select(ReviewRow)).first().created_at.date().isoformat()
        sha = s.exec(select(DocumentRow)).one().sha256
    g = graph[1]
    key = hashlib.sha256(b"name\0" b"19\0" b"34\0" b"Anthony Blinken").hexdigest()[:12]
    org = {"@type": "Organization", "name": "Example Fact Desk", "url": "https://facts.example.org/"}
    work = {"@type": "CreativeWork", "url": "https://news.example.org/2024/ceasefire", "datePublished": "2024-03-01",
            "headline": "Ceasefire talks"}
    assert g == {
        "@type": "ClaimReview",
        "url": f"https://facts.example.org/checks/{sha[:12]}-{key}",
        "identifier": g["identifier"],
        "claimReviewed": sentence,
        "datePublished": today,
        "author": org,
        "publisher": org,
        "reviewBody": "Verdict: refuted. Correct value: Antony Blinken. spelling checked",
        "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 4, "worstRating": 1,
                         "alternateName": "False"},
        "itemReviewed": {"@type": "Claim", "datePublished": "2024-03-01", "appearance": [work],
                         "firstAppearance": work},
    }
    assert g["identifier"].startswith("factdesk:review:")
    assert graph[0]["reviewBody"] == (
        "Verdict: refuted. Correct value: Secretary of State Antony Blinken. the name in the title is misspelt")
    # a later run of the checker on the same draft gives each claim the same url
    with Session(get_engine(db_url)) as s:
        again = store(s, make_report(TEXT, [("name", "Anthony Blinken", "refuted")],
                                     origin="https://news.example.org/2024/ceasefire", title="Ceasefire talks",
                                     published=dt.date(2024, 3, 1)))
    assert main(["export", "claimreview", again]) == 0
    assert [x["url"] for x in json.loads(capsys.readouterr().out)["@graph"]] == [g["url"]]
    # one claim alone: a standalone JSON-LD object for the page at its url
    with Session(get_engine(db_url)) as s:
        claim_id = next(c.id for c in from_run(session=s, run_id=run).claims if c.text == "Anthony Blinken")
    assert main(["export", "claimreview", run, "--claim", str(claim_id)]) == 0
    one = json.loads(capsys.readouterr().out)
    assert one == {"@context": "https://schema.org", **g}


def test_a_local_draft_has_no_appearance_and_front_matter_url_is_used(db_url: str,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from factdesk.review.claimreview import claimreview_document

    for k, v in PUBLISHER.items():
        monkeypatch.setenv(k, v)
    draft = "---\ntitle: Draft\n---\nSecretary of State Anthony Blinken spoke. He left."
    linked = "---\ntitle: Linked\ncanonical_url: https://news.example.org/linked\n---\nAnthony Blinken spoke."
    with Session(get_engine(db_url)) as s:
        erin = add_user(session=s, name="erin", role="editor", password=PASSWORD)
        user = s.get(UserRow, erin.id)
        out = {}
        for name, text, claim in (("local", draft, "Anthony Blinken"), ("linked", linked, "Anthony Blinken")):
            run = store(s, make_report(text, [("name", claim, "refuted")], origin=f"/home/erin/drafts/{name}.md",
                                       fmt="markdown"))
            cid = from_run(session=s, run_id=run).claims[0].id
            add_review(session=s, run_id=run, claim_id=cid, user=user, action="accept", label=None, correction=None,
                       note="")
            out[name] = claimreview_document(session=s, run_id=run)["@graph"][0]
    local = out["local"]["itemReviewed"]
    assert local == {"@type": "Claim", "datePublished": local["datePublished"]}  # no local path as appearance
    assert out["local"]["claimReviewed"] == "Secretary of State Anthony Blinken spoke."
    assert out["linked"]["itemReviewed"]["firstAppearance"]["url"] == "https://news.example.org/linked"
    assert out["linked"]["claimReviewed"] == "Anthony Blinken spoke."


def test_export_without_publisher_settings_is_one_line_and_exit_2(db_url: str,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    run = _reviewed_run(db_url)
    assert main(["export", "claimreview", run]) == 2
    assert capsys.readouterr().err == (
        "factdesk: error: ClaimReview needs the publisher's details: set "
        "FACTDESK_PUBLISHER_NAME, FACTDESK_PUBLISHER_URL, FACTDESK_CLAIMREVIEW_BASE_URL\n")


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
