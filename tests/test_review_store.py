"""Review store: accounts, reviews as their own records, matching across runs, the
queue's order and filters — on SQLite and on the real PostgreSQL server (``db_url``)."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlmodel import Session, SQLModel, func, select

from factdesk.errors import UsageError
from factdesk.review.accounts import add_user, authenticate
from factdesk.review.queue import review_queue
from factdesk.review.reviews import add_review
from factdesk.review.view import from_run
from factdesk.store.crud import save_report
from factdesk.store.db import get_engine
from schemas.contracts import CheckedClaim, Claim, ClaimKind, Document, DocumentReport, Evidence, Label, Verdict
from schemas.review import ReviewRow, UserRow
from schemas.tables import VerdictRow

PASSWORD = "s3cret-enough"


def make_report(text: str, claims: list[tuple[str, str, str]], *, origin: str = "draft.md",
                published: dt.date = dt.date(2024, 3, 1), title: str | None = None,
                fmt: str = "text") -> DocumentReport:
    """A checked document whose claims are (kind, exact substring, label), spans found in ``text``."""
    doc = Document(text=text, origin=origin, sha256=hashlib.sha256(text.encode()).hexdigest(), format=fmt,
                   published=published, published_source="flag", title=title)
    checked = []
    for kind, quote, label in claims:
        start = text.index(quote)
        verdict = Verdict(label=Label(label), correction="Antony Blinken" if label == "refuted" else None,
                          rationale=f"{label} because the reference says so", confidence=0.9, checker=kind,
                          checker_version="1",
                          evidence=[Evidence(source="pack@1", url="https://example.org/ref",
                                             excerpt=f"evidence for {quote}",
                                             retrieved_at=dt.datetime(2026, 11, 20, 8, 30, tzinfo=dt.UTC))])
        checked.append(CheckedClaim(claim=Claim(kind=ClaimKind(kind), start=start, end=start + len(quote),
                                                text=quote), line=1, verdict=verdict))
    return DocumentReport(document=doc, claims=checked)


def store(session: Session, report: DocumentReport) -> str:
    return save_report(session=session, report=report, reference_version="test", checkers="test")


@pytest.fixture
def session(db_url: str):  # noqa: ANN201
    with Session(get_engine(db_url)) as s:
        yield s
    get_engine(db_url).dispose()  # no pooled connection outlives the test


@pytest.fixture
def editor(session: Session) -> UserRow:
    add_user(session=session, name="erin", role="editor", password=PASSWORD)
    return session.exec(select(UserRow).where(UserRow.name == "erin")).one()


BLINKEN = "Top U.S. officials, including Secretary of State Anthony Blinken, spoke on Friday."


def test_review_tables_are_exactly_what_the_migration_creates(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with get_engine(db_url).connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), SQLModel.metadata)
    assert [d for d in diffs if "review" in repr(d)] == []


def test_passwords_are_stored_hashed_and_verified(session: Session) -> None:
    user = add_user(session=session, name="vic", role="viewer", password=PASSWORD)
    assert (user.name, user.role) == ("vic", "viewer")
    row = session.exec(select(UserRow)).one()
    assert row.password_hash.startswith("$argon2id$") and PASSWORD not in row.password_hash
    assert authenticate(session=session, name="vic", password=PASSWORD).id == row.id
    assert authenticate(session=session, name="vic", password=PASSWORD + "x") is None
    assert authenticate(session=session, name="nobody", password=PASSWORD) is None
    with pytest.raises(UsageError, match="user 'vic' already exists"):
        add_user(session=session, name="vic", role="editor", password=PASSWORD)
    with pytest.raises(UsageError, match="invalid role 'admin'"):
        add_user(session=session, name="ann", role="admin", password=PASSWORD)
    with pytest.raises(UsageError, match="at least 8 characters"):
        add_user(session=session, name="ann", role="editor", password="short")
    with pytest.raises(UsageError, match="invalid user name"):
        add_user(session=session, name="<ann>", role="editor", password=PASSWORD)
    assert session.exec(select(func.count()).select_from(UserRow)).one() == 1


def test_a_review_is_its_own_record_and_the_verdict_is_never_changed(session: Session, editor: UserRow) -> None:
    run = store(session, make_report(BLINKEN, [("person_role", "Secretary of State Anthony Blinken", "supported"),
                                               ("name", "Anthony Blinken", "refuted")]))
    view = from_run(session=session, run_id=run)
    name_claim = next(c for c in view.claims if c.kind == "name")
    row = add_review(session=session, run_id=run, claim_id=name_claim.id, user=editor, action="override",
                     label="conflicting", correction="  Antony J. Blinken ", note="two spellings in use")
    assert (row.reviewer, row.action, row.old_label, row.new_label, row.correction, row.note) == \
        ("erin", "override", "refuted", "conflicting", "Antony J. Blinken", "two spellings in use")
    verdict = session.exec(select(VerdictRow).where(VerdictRow.claim_id == name_claim.id)).one()
    assert (verdict.label, verdict.correction) == ("refuted", "Antony Blinken")
    accepted = add_review(session=session, run_id=run, claim_id=name_claim.id, user=editor, action="accept",
                          label="supported", correction=None, note="")
    # accept keeps the machine's label and its correction; what it replaces is the editor's earlier decision
    assert (accepted.old_label, accepted.new_label, accepted.old_correction, accepted.correction) == \
        ("conflicting", "refuted", "Antony J. Blinken", "Antony Blinken")
    view = from_run(session=session, run_id=run)
    claim = next(c for c in view.claims if c.kind == "name")
    assert [r.new_label for r in claim.reviews] == ["conflicting", "refuted"]
    assert (claim.label, claim.effective_label) == ("refuted", "refuted")
    assert next(c for c in view.claims if c.kind == "person_role").review is None


def test_bad_reviews_are_refused_and_nothing_is_stored(session: Session, editor: UserRow) -> None:
    run = store(session, make_report(BLINKEN, [("name", "Anthony Blinken", "refuted")]))
    other = store(session, make_report("Anthony Blinken again.", [("name", "Anthony Blinken", "refuted")],
                                       origin="other.md"))
    claim_id = from_run(session=session, run_id=run).claims[0].id
    add_user(session=session, name="vic", role="viewer", password=PASSWORD)
    viewer = session.exec(select(UserRow).where(UserRow.name == "vic")).one()
    cases = [
        (dict(run_id=run, claim_id=claim_id, user=viewer, action="accept", label=None), "vic is a viewer"),
        (dict(run_id=run, claim_id=claim_id, user=editor, action="override", label="false"), "invalid label 'false'"),
        (dict(run_id=run, claim_id=claim_id, user=editor, action="delete", label=None), "invalid action 'delete'"),
        (dict(run_id=other, claim_id=claim_id, user=editor, action="accept", label=None), f"run {other} has no claim"),
        (dict(run_id=run, claim_id=claim_id, user=editor, action="accept", label=None, note="x" * 5001),
         "note is longer than 5000"),
    ]
    for kwargs, message in cases:
        kwargs.setdefault("note", "")
        with pytest.raises(UsageError, match=message):
            add_review(session=session, correction=None, **kwargs)
    assert session.exec(select(func.count()).select_from(ReviewRow)).one() == 0


def test_a_rerun_keeps_the_human_decision_visible(session: Session, editor: UserRow) -> None:
    report = make_report(BLINKEN, [("person_role", "Secretary of State Anthony Blinken", "supported"),
                                   ("name", "Anthony Blinken", "refuted")])
    first = store(session, report)
    claim = next(c for c in from_run(session=session, run_id=first).claims if c.kind == "name")
    add_review(session=session, run_id=first, claim_id=claim.id, user=editor, action="override",
               label="supported", correction=None, note="style guide spelling")
    second = store(session, report)
    assert second != first
    again = next(c for c in from_run(session=session, run_id=second).claims if c.kind == "name")
    assert again.id != claim.id
    assert (again.label, again.effective_label, again.review.run_id, again.review.note) == \
        ("refuted", "supported", first, "style guide spelling")
    # an edited draft is another document: the decision does not leak into it
    edited = store(session, make_report(BLINKEN + " More.", [("name", "Anthony Blinken", "refuted")]))
    assert from_run(session=session, run_id=edited).claims[0].review is None


def test_queue_puts_refuted_then_conflicting_then_unverified_first_and_filters(session: Session,
                                                                               editor: UserRow) -> None:
    t = "Secretary of State Anthony Blinken said it."
    runs = {
        "ok": store(session, make_report(t + " ok", [("name", "Anthony Blinken", "supported")], origin="feeds/ok.md",
                                         published=dt.date(2024, 3, 5))),
        "unv": store(session, make_report(t + " unv", [("name", "Anthony Blinken", "unverified")],
                                          origin="feeds/unv.md", published=dt.date(2024, 3, 4))),
        "conf": store(session, make_report(t + " conf", [("name", "Anthony Blinken", "conflicting")],
                                           origin="wire/conf.md", published=dt.date(2024, 2, 1))),
        "ref": store(session, make_report(t + " ref", [("name", "Anthony Blinken", "refuted"),
                                                        ("person_role", "Secretary of State Anthony Blinken",
                                                         "supported")],
                                          origin="wire/ref.md", published=dt.date(2024, 1, 1))),
    }
    assert [i.run_id for i in review_queue(session=session)] == \
        [runs["ref"], runs["conf"], runs["unv"], runs["ok"]]
    first = review_queue(session=session)[0]
    # "to decide" counts only what needs a decision; supported claims wait to be accepted
    assert (first.counts, first.open, first.to_accept, first.reviewed, first.claims) == \
        ({"refuted": 1, "supported": 1}, {"refuted": 1}, 1, 0, 2)
    # deciding the refuted claim moves the document to the end of what needs attention
    claim = next(c for c in from_run(session=session, run_id=runs["ref"]).claims if c.kind == "name")
    add_review(session=session, run_id=runs["ref"], claim_id=claim.id, user=editor, action="accept",
               label=None, correction=None, note="")
    assert [i.run_id for i in review_queue(session=session)] == \
        [runs["conf"], runs["unv"], runs["ok"], runs["ref"]]
    assert [i.run_id for i in review_queue(session=session, label="refuted")] == [runs["ref"]]
    assert [i.run_id for i in review_queue(session=session, label="conflicting")] == [runs["conf"]]
    assert [i.run_id for i in review_queue(session=session, source="WIRE/")] == [runs["conf"], runs["ref"]]
    assert [i.run_id for i in review_queue(session=session, source="%")] == []  # LIKE wildcards are literal
    assert [i.run_id for i in review_queue(session=session, date_from=dt.date(2024, 2, 1),
                                           date_to=dt.date(2024, 3, 4))] == [runs["conf"], runs["unv"]]
    # a document shows once, at its latest run
    newer = store(session, make_report(t + " ok", [("name", "Anthony Blinken", "unverified")],
                                       origin="feeds/ok.md", published=dt.date(2024, 3, 5)))
    queue = review_queue(session=session)
    assert [i.run_id for i in queue] == [runs["conf"], newer, runs["unv"], runs["ref"]]
