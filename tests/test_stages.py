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


@pytest.mark.parametrize("text", [
    # requirements, counterfactuals, holders of the veto: none is a report of a vote (tests/realcorpus)
    "A Security Council resolution requires at least nine affirmative votes and no veto from any of the "
    "council's five permanent members to be adopted.",
    "For a resolution to be adopted in the Council, it must receive at least 9 votes in favour and not a single "
    "veto from any of the five permanent members.",
    "For the Council to adopt a resolution, the proposal must receive at least nine votes in favor, without any "
    "of its five permanent members (China, United States, France, United Kingdom and Russia) vetoing it.",
    "The United States on Thursday vetoed a draft UN resolution to grant full membership to Palestine, a vote "
    "that would have effectively recognized a Palestinian state had it passed.",
    "The five permanent members — the US, the UK, France, Russia, and China — all have veto power.",
])
def test_what_is_not_a_report_of_a_vote_is_never_refuted(text: str) -> None:
    from conftest import check_text

    report = check_text(text, dt.date(2024, 4, 19))
    assert [(c.claim.text, c.verdict.label.value) for c in report.claims if c.verdict.label.value == "refuted"] == []


def test_a_count_before_an_outcome_word_is_not_the_outcome() -> None:
    from factdesk.claimtypes.vote.find import find
    from factdesk.extract.sentences import Sentence
    from factdesk.extract.types import ExtractState
    from factdesk.extract.vote_context import VoteContext

    text = "The General Assembly adopted the resolution by 143 votes to 9, with 25 abstentions; 9 rejected it."
    st = ExtractState(refs=bundled_refs(), published=dt.date(2024, 5, 11), vote_ctx=VoteContext())
    found = find(Sentence(text, 0, published=st.published), st)
    assert [(text[f.start:f.end], f.slots["outcome"]) for f in found if f.type == "vote.result"] == [
        ("adopted the resolution by 143 votes to 9, with 25 abstentions", "adopted")]


def _vote_claim(**slots) -> object:  # noqa: ANN003
    from schemas.contracts import Claim, ClaimKind

    return Claim(kind=ClaimKind.vote, type="vote.result", start=0, end=1, text="x", slots=slots)


def test_a_general_assembly_vote_cannot_be_vetoed_the_claim_goes_back_to_identification() -> None:
    from conftest import builtin_checkers

    from factdesk.pipeline import Context, check_claim

    claim = _vote_claim(body="GA", date_start="2023-10-27", date_end="2023-10-27", date_text="on Friday",
                        outcome="vetoed", vetoed_by=["United States"], resolution="ES-10/21",
                        said_in="The General Assembly resolution ES-10/21 was vetoed by the United States on Friday.")
    v = check_claim(claim, bundled_refs(), builtin_checkers(), Context(dt.date(2023, 10, 30)))
    assert (v.label.value, v.correction) == ("unverified", None)
    assert v.rationale.startswith("A General Assembly vote cannot be vetoed: the sentence is not about the vote "
                                  "it was matched to (A/RES/ES-10/21)")


def test_a_tally_another_vote_has_exactly_sends_the_claim_back_to_identification() -> None:
    from conftest import builtin_checkers

    from factdesk.pipeline import Context, check_claim

    said = "On Tuesday the General Assembly voted 153-10-23 on the amendment."
    claim = _vote_claim(body="GA", amendment=True, date_start="2023-12-12", date_end="2023-12-12",
                        date_text="On Tuesday", tally={"yes": 153, "no": 10, "abstain": 23}, said_in=said, clause=said)
    v = check_claim(claim, bundled_refs(), builtin_checkers(), Context(dt.date(2023, 12, 13)))
    assert v.label.value == "unverified"
    assert v.rationale.startswith("The tally 153-10-23 is that of General Assembly, 12 Dec 2023, A/RES/ES-10/22")


def test_a_refutation_states_its_identification_and_the_json_carries_it(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "d.md"
    p.write_text("---\ndate: 2023-12-09\n---\nThe United States on Friday vetoed a Security Council resolution "
                 "demanding an immediate humanitarian ceasefire in Gaza, drafted by the United Arab Emirates. "
                 "The vote was 12-1-2.\n")
    main(["check", str(p), "--format", "json", "--no-store"])
    claims = json.loads(capsys.readouterr().out)["documents"][0]["claims"]
    refuted = [c for c in claims if c["verdict"] == "refuted"]
    assert [(c["type"], c["text"], c["correction"]) for c in refuted] == [("vote.result", "12-1-2", "13-1-1")]
    ident = refuted[0]["identification"]
    assert (ident["label"], ident["candidates"]) == ("S/2023/970", 1)
    assert refuted[0]["rationale"].endswith("Identification: " + (
        "S/2023/970, identified by: Security Council (an anaphor), 8 Dec 2023 ('on Friday', an anaphor), "
        "United Arab Emirates (an anaphor), ceasefire, humanitarian ceasefire, immediate humanitarian ceasefire "
        "(an anaphor)."))
    # the drafter at the sentence's end is read without its full stop (tests/test_real_false_alarms3.py)
    assert [(f["slot"], f["origin"]) for f in ident["facts"]] == [
        ("body", "an anaphor"), ("date", "an anaphor"), ("drafter", "an anaphor"), ("subject", "an anaphor")]


def test_a_sentence_knows_its_offsets_dates_mentions_and_passage() -> None:
    from factdesk.extract.sentences import Sentence

    text = "The Security Council on Friday failed to adopt the UAE text; Secretary of State Antony Blinken said so."
    s = Sentence(text, 120, published=dt.date(2023, 12, 9), context="Earlier sentences.", headline="Veto")
    assert (s.start, s.end, s.context, s.headline) == (120, 120 + len(text), "Earlier sentences.", "Veto")
    assert [(d.text, d.start.isoformat()) for d in s.dates()] == [("on Friday", "2023-12-08")]
    assert [pid for _, _, pid in s.people(bundled_refs())] == ["antony-blinken"]
    assert [c for _, _, c in s.countries()] == ["United Arab Emirates"]
    assert s.body() == "SC"
    assert s.dates() is s.dates()  # computed once per sentence


class _Unidentified:
    """An outside checker that refutes without saying what identified the record."""

    name = "outside"
    version = "1"
    kind = "quantity"

    def check(self, claim, refs, ctx):  # noqa: ANN001, ANN201
        from schemas.contracts import Label, Verdict

        return Verdict(label=Label.refuted, correction="1", rationale="Wrong.", confidence=0.99,
                       checker=self.name, checker_version=self.version)


def test_a_refutation_without_an_identification_is_unverified_whoever_the_checker() -> None:
    from factdesk.pipeline import Context, check_claim
    from schemas.contracts import Claim, ClaimKind

    claim = Claim(kind=ClaimKind.quantity, start=0, end=1, text="x", slots={"quantity_id": "q", "value": 2.0})
    v = check_claim(claim, bundled_refs(), {"quantity": _Unidentified()}, Context(dt.date(2024, 1, 1)))
    assert (v.label.value, v.correction, v.rationale) == (
        "unverified", None, "Not refuted: the checker recorded no identification of the record. Wrong.")


def test_an_unknown_identify_from_is_a_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "d.md"
    p.write_text("---\ndate: 2023-12-09\n---\nThe vote was 12-1-2.\n")
    monkeypatch.setenv("FACTDESK_IDENTIFY_FROM", "paragraph")
    assert main(["check", str(p), "--no-store"]) == 2
    assert capsys.readouterr().err == (
        "factdesk: error: FACTDESK_IDENTIFY_FROM must be one of passage, sentence, not 'paragraph'\n")
