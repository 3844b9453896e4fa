"""The middle of the pipeline (issue 11): no state kept between extractions, one claim's
failure recorded on that claim, the identification behind every refutation."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import bundled_refs
from fixtures.sources.server import FixtureServer

from factdesk.cli import main
from factdesk.ingest import TextView
from schemas.contracts import Document

OFFICE_START = "Slovenian Minister of Foreign Affairs Marta Testova took office on 13 March 2019."


def _doc(text: str, published: dt.date = dt.date(2021, 5, 4)) -> tuple[Document, TextView]:
    doc = Document(text=text, origin="t.txt", sha256="0" * 64, format="text", published=published,
                   published_source="flag")
    return doc, TextView(text)


def test_check_online_keeps_the_claims_its_second_extraction_finds(
    srv: FixtureServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``check --online`` extracts once to find unknown names, adds what Wikidata says, then
    extracts again: the second pass must see the new person (a cache of the last sentence
    scanned, kept in a module global, used to hand back the first pass's empty answer)."""
    p = tmp_path / "d.md"
    p.write_text(f"---\ndate: 2021-05-04\n---\n{OFFICE_START}\n")
    main(["check", str(p), "--format", "json", "--online", "--no-store"])
    claims = json.loads(capsys.readouterr().out)["documents"][0]["claims"]
    assert [(c["kind"], c["text"], c["verdict"]) for c in claims] == [
        ("person_role", "Slovenian Minister of Foreign Affairs Marta Testova", "supported"),
        ("event_date", "Marta Testova took office on 13 March 2019", "supported"),
    ]


def test_extraction_keeps_no_state_between_documents() -> None:
    """The same sentence extracted twice against two reference bases gives each its own answer."""
    from factdesk.extract import extract
    from factdesk.refs.base import ReferenceBase

    text = "Antony Blinken was sworn in on January 26, 2021."
    with_people = [(c.kind.value, c.text) for c in extract(*_doc(text), bundled_refs())]
    empty = ReferenceBase.from_packs([])
    assert [(c.kind.value, c.text) for c in extract(*_doc(text), empty)] == []
    assert with_people == [("event_date", "Antony Blinken was sworn in on January 26, 2021")]
    assert [(c.kind.value, c.text) for c in extract(*_doc(text), bundled_refs())] == with_people


class _Broken:
    """A checker with a bug: every claim of its kind raises IndexError."""

    name = "broken"
    version = "9"
    kind = "person_role"

    def check(self, claim, refs, ctx):  # noqa: ANN001, ANN201
        return [][0]


def test_an_exception_in_one_claims_check_is_recorded_on_that_claim_and_the_document_goes_on() -> None:
    from conftest import builtin_checkers

    from factdesk.pipeline import check_document

    text = ("Secretary of State Antony Blinken met Hamas officials. "
            "The General Assembly adopted resolution ES-10/21 on Oct. 27, 2023 by 120-14-45.")
    checkers = {**builtin_checkers(), "person_role": _Broken()}
    report = check_document(*_doc(text, dt.date(2023, 10, 30)), bundled_refs(), checkers)
    got = [(c.claim.kind.value, c.verdict.label.value, c.verdict.checker) for c in report.claims]
    assert got[0] == ("person_role", "unverified", "broken")
    assert report.claims[0].verdict.rationale == (
        "Checker broken failed on this claim: IndexError: list index out of range")
    assert ("vote", "conflicting", "vote") in got  # the rest of the document is still checked
