"""The desk's workflow on SQLite and PostgreSQL: status, assignee, comments, bulk accept,
the audit log's true previous values, the queue's search, filters, counts and pages;
evidence tiers and quotes; the HTML title."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlmodel import Session, select
from test_review_store import PASSWORD, make_report, store

from factdesk.errors import UsageError
from factdesk.ingest import read_document
from factdesk.refs.tiers import EXAMPLES, tier
from factdesk.review.accounts import add_user
from factdesk.review.desk import add_comment, audit_log, bulk_accept, update_document
from factdesk.review.queue import queue_page, review_queue
from factdesk.review.reviews import add_review
from factdesk.review.view import from_run
from factdesk.store.db import get_engine
from schemas.review import UserRow

T = "Secretary of State Anthony Blinken said the Council vote passed 13-1-1 in New York."


@pytest.fixture
def session(db_url: str):  # noqa: ANN201
    with Session(get_engine(db_url)) as s:
        yield s
    get_engine(db_url).dispose()


@pytest.fixture
def users(session: Session) -> dict[str, UserRow]:
    for name, role in (("erin", "editor"), ("sam", "editor"), ("vic", "viewer")):
        add_user(session=session, name=name, role=role, password=PASSWORD)
    return {u.name: u for u in session.exec(select(UserRow)).all()}


def _run(session: Session, text: str = T, origin: str = "draft.md", title: str | None = None,
         labels: tuple[str, str, str] = ("supported", "refuted", "supported")) -> str:
    return store(session, make_report(text, [("person_role", "Secretary of State Anthony Blinken", labels[0]),
                                             ("name", "Anthony Blinken", labels[1]),
                                             ("vote", "13-1-1", labels[2])], origin=origin, title=title))


@pytest.mark.parametrize("expected", ["primary", "secondary", "tertiary"])
def test_source_tiers_from_the_address(expected: str) -> None:
    assert [tier(u) for u in EXAMPLES[expected]] == [expected] * len(EXAMPLES[expected])
    assert tier("https://evil-un.org.example.com/x") == "secondary"  # a suffix, not a substring


def test_audit_log_keeps_the_true_previous_label_and_value(session: Session, users: dict[str, UserRow]) -> None:
    run = _run(session)
    name = next(c for c in from_run(session=session, run_id=run).claims if c.kind == "name")
    erin = users["erin"]
    # supported -> refuted by hand is logged as such (the old bug logged the machine's label twice)
    add_review(session=session, run_id=run, claim_id=name.id, user=erin, action="override", label="supported",
               correction=None, note="")
    add_review(session=session, run_id=run, claim_id=name.id, user=erin, action="override", label="refuted",
               correction="Antony J. Blinken", note="")
    # a new decision without a value has none: the earlier one is not carried over
    third = add_review(session=session, run_id=run, claim_id=name.id, user=erin, action="override",
                       label="unverified", correction="", note="")
    assert (third.old_label, third.old_correction, third.correction) == ("refuted", "Antony J. Blinken", None)
    log = [(a.action, a.field, a.old_value, a.new_value, a.claim_text)
           for a in audit_log(session=session, document_id=name_doc(session, run))]
    assert log == [
        ("override", "label", "refuted", "supported", "Anthony Blinken"),
        ("override", "value", "Antony Blinken", None, "Anthony Blinken"),
        ("override", "label", "supported", "refuted", "Anthony Blinken"),
        ("override", "value", None, "Antony J. Blinken", "Anthony Blinken"),
        ("override", "label", "refuted", "unverified", "Anthony Blinken"),
        ("override", "value", "Antony J. Blinken", None, "Anthony Blinken"),
    ]
    view = from_run(session=session, run_id=run)
    claim = next(c for c in view.claims if c.kind == "name")
    assert (claim.effective_label, claim.effective_correction) == ("unverified", None)


def name_doc(session: Session, run: str) -> int:
    return from_run(session=session, run_id=run).document_id


def test_status_assignee_comments_and_bulk_accept(session: Session, users: dict[str, UserRow]) -> None:
    run = _run(session)
    doc = name_doc(session, run)
    erin, vic = users["erin"], users["vic"]
    state = update_document(session=session, document_id=doc, user=erin, status="in review", assignee="sam")
    assert (state.status, state.assignee) == ("in review", "sam")
    update_document(session=session, document_id=doc, user=erin, status="in review", assignee="sam")  # no change
    with pytest.raises(UsageError, match="unknown status 'closed': choose one of new, in review, done, published"):
        update_document(session=session, document_id=doc, user=erin, status="closed")
    with pytest.raises(UsageError, match="no desk user 'nobody-here' to assign"):
        update_document(session=session, document_id=doc, user=erin, assignee="nobody-here")
    with pytest.raises(UsageError, match="vic is a viewer and cannot change a document"):
        update_document(session=session, document_id=doc, user=vic, status="done")
    claim = next(c for c in from_run(session=session, run_id=run).claims if c.kind == "name")
    add_comment(session=session, document_id=doc, run_id=run, user=erin, body="Check the spelling with the desk.",
                claim_id=claim.id)
    add_comment(session=session, document_id=doc, run_id=run, user=erin, body="Hold until 6pm.")
    with pytest.raises(UsageError, match="the comment is empty"):
        add_comment(session=session, document_id=doc, run_id=run, user=erin, body="   ")
    assert bulk_accept(session=session, run_id=run, user=erin) == 2  # the two supported claims
    assert bulk_accept(session=session, run_id=run, user=erin) == 0  # nothing left to accept
    view = from_run(session=session, run_id=run)
    assert [k.body for k in view.comments] == ["Hold until 6pm."]
    assert [k.body for k in next(c for c in view.claims if c.kind == "name").comments] == [
        "Check the spelling with the desk."]
    assert [(c.kind, c.review.action if c.review else None) for c in view.claims] == [
        ("name", None), ("person_role", "accept"), ("vote", "accept")]  # worst first, then text order
    log = [(a.action, a.field, a.old_value, a.new_value) for a in view.audit]
    assert log == [("status", "status", "new", "in review"), ("assign", "assignee", None, "sam"),
                   ("comment", "comment", None, "Check the spelling with the desk."),
                   ("comment", "comment", None, "Hold until 6pm."),
                   ("bulk-accept", "label", "supported", "supported"), ("bulk-accept", "value", None, None),
                   ("bulk-accept", "label", "supported", "supported"), ("bulk-accept", "value", None, None)]
    # a new run of the checker keeps comments on the same claim
    again = _run(session)
    assert [k.body for k in next(c for c in from_run(session=session, run_id=again).claims
                                 if c.kind == "name").comments] == ["Check the spelling with the desk."]


def test_queue_search_filters_counts_and_pages(session: Session, users: dict[str, UserRow]) -> None:
    runs = [_run(session, T + f" Story {i}.", origin=f"wire/{i:02d}.md", title=f"Story {i}",
                 labels=("supported", "refuted" if i % 3 == 0 else "supported", "unverified" if i % 2 else "supported"))
            for i in range(7)]
    items = review_queue(session=session)
    # refuted first (more to decide first), then unverified, then nothing open; newest stored first within
    assert [i.title for i in items] == ["Story 3", "Story 6", "Story 0", "Story 5", "Story 1", "Story 4", "Story 2"]
    story3 = items[0]
    assert (story3.open, story3.to_accept, story3.claims) == ({"refuted": 1, "unverified": 1}, 1, 3)
    assert [i.title for i in review_queue(session=session, search="story 5")] == ["Story 5"]
    assert [i.title for i in review_queue(session=session, search="13-1-1 STORY 4")] == ["Story 4"]
    assert review_queue(session=session, search="Blinken%") == []  # wildcards are literal
    erin = users["erin"]
    update_document(session=session, document_id=name_doc(session, runs[3]), user=erin, status="done",
                    assignee="erin")
    update_document(session=session, document_id=name_doc(session, runs[5]), user=erin, assignee="sam")
    assert [i.title for i in review_queue(session=session, status="done")] == ["Story 3"]
    assert [i.title for i in review_queue(session=session, assignee="sam")] == ["Story 5"]
    assert len(review_queue(session=session, assignee="-")) == 5
    assert len(review_queue(session=session, status="new")) == 6
    # a done draft goes after the open ones, whatever it holds
    assert [i.title for i in review_queue(session=session)][-1] == "Story 3"
    page = queue_page(session=session, page=2, per_page=3)
    assert ([i.title for i in page.items], page.total, page.pages, page.first, page.last) == (
        ["Story 1", "Story 4", "Story 2"], 7, 3, 4, 6)  # Story 3 is done: last
    assert queue_page(session=session, page=9, per_page=3).items == []
    with pytest.raises(UsageError, match="page must be 1 or more, not 0"):
        queue_page(session=session, page=0)


def test_html_title_from_title_element_or_og_title(tmp_path: Path) -> None:
    plain = tmp_path / "a.html"
    plain.write_text("<!doctype html><html><head><title>Gaza vote &amp; the UN | Wire</title></head><body>"
                     "<svg><title>icon</title></svg><p>Antony Blinken spoke.</p></body></html>", encoding="utf-8")
    og = tmp_path / "b.html"
    og.write_text('<html><head><title>Site | x</title><meta property="og:title" content="The vote"></head>'
                  "<body><p>x</p></body></html>", encoding="utf-8")
    assert read_document(plain)[0].title == "Gaza vote & the UN | Wire"
    assert read_document(og)[0].title == "The vote"


def test_evidence_quotes_the_record_with_its_address(session: Session) -> None:
    from conftest import SAMPLE, builtin_checkers, bundled_refs

    from factdesk.pipeline import check_document

    doc, view = read_document(SAMPLE)
    report = check_document(doc, view, bundled_refs(), builtin_checkers())
    veto = next(cc for cc in report.claims if cc.claim.text == "Washington exercise its veto")
    ev = veto.verdict.evidence
    assert {e.record for e in ev} == {"gaza-un-2023-2024@2026.11.23 vote:sc-2023-12-08-uae"}
    assert ev[0].quote.startswith("body: SC; date: 2023-12-08; kind: draft_resolution; symbol: S/2023/970; ")
    assert "outcome: vetoed; tally: 13-1-1; vetoed_by: United States" in ev[0].quote
    assert ev[0].retrieved_at == dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    run = store(session, report)
    claim = next(c for c in from_run(session=session, run_id=run).claims if c.text == "Washington exercise its veto")
    (group,) = claim.sources  # one record: its addresses folded under one quote
    assert group.items[0].url == "https://press.un.org/en/2023/sc15519.doc.htm"  # the UN's own record first
    assert [e.tier for e in group.items][0] == "primary" and len(group.items) == len({e.url for e in ev})
