"""A person refreshed from Wikidata is checked exactly as the same person in a bundled pack.

The fixture people are fictional (tests/fixtures/sources/README.md): Vesna Testnik
(Q4242003) was Mayor of Kranj from 2014-12-01 to 2022-11-30 and has been Minister of
Transport of Slovenia since 2022-12-15; Luka Vzorec (Q4242004) has been Mayor of Kranj
since 2022-12-01. They reach the reference base three ways: written into a pack file
(``FACTDESK_PACKS``, the bundled format), stored by ``refs refresh`` from the loopback
Wikidata server, or looked up by ``check --online`` in the run that checks them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixtures.sources.server import ROOT, FixtureServer
from sqlmodel import Session, select

from factdesk.cli import main
from factdesk.refs.titles import is_local, narrower, news_forms, title_key, title_parts
from factdesk.store.db import get_engine
from schemas.sources import SourceFactRow, SourceSnapshotRow
from schemas.tables import EvidenceRow

PACK = ROOT / "pack-testnik.jsonl"
STORY = """---
date: 2024-03-05
---
Slovenian Transport Minister Vesna Testnik opened the new rail line on Monday.

Mayor Vesna Testnic welcomed the guests.

Kranj Mayor Luka Vzorec did not attend, and Slovenian Foreign Minister Vesna Testnik was not mentioned.
"""
MAYOR = ("'Mayor' is read as Mayor of Kranj (Slovenia), the office of that title the references record for "
         "Vesna Testnik. Vesna Testnik was Mayor of Kranj (Slovenia) only until 2022-11-30; Luka Vzorec held it "
         "on 2024-03-05. The story is dated 2024-03-05. Identification: Vesna Testnik, identified by: Vesna Testnik "
         "('Vesna Testnic', this sentence), Mayor (this sentence).")


def _check(capsys: pytest.CaptureFixture[str], path: Path, *flags: str) -> list[dict]:
    capsys.readouterr()
    main(["check", str(path), "--format", "json", *flags])
    return json.loads(capsys.readouterr().out)["documents"][0]["claims"]


@pytest.mark.parametrize("route", ["bundled", "refreshed", "online"])
def test_a_refreshed_person_is_checked_as_a_bundled_one(
    route: str, srv: FixtureServer, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    story = tmp_path / "story.md"
    story.write_text(STORY)
    flags: tuple[str, ...] = ()
    if route == "bundled":
        monkeypatch.setenv("FACTDESK_PACKS", str(PACK))
    elif route == "refreshed":
        assert main(["refs", "refresh", "--source", "wikidata", "--entity", "Q4242003", "Q4242004"]) == 0
    else:
        flags = ("--online",)
    srv.log.clear()
    claims = _check(capsys, story, *flags)
    got = [(c["kind"], c["text"], c["start"], c["end"], c["verdict"], c["correction"]) for c in claims]
    assert got == [
        ("person_role", "Slovenian Transport Minister Vesna Testnik", 25, 67, "supported", None),
        ("person_role", "Mayor Vesna Testnic", 105, 124, "refuted",
         "former Mayor of Kranj Vesna Testnik; on 2024-03-05 the Mayor of Kranj was Luka Vzorec"),
        ("name", "Vesna Testnic", 111, 124, "refuted", "Vesna Testnik"),
        ("person_role", "Kranj Mayor Luka Vzorec", 147, 170, "supported", None),
        ("person_role", "Slovenian Foreign Minister Vesna Testnik", 191, 231, "unverified", None),
    ]
    assert [STORY[s:e] for _, text, s, e, _, _ in got] == [text for _, text, *_ in got]
    why = [c["rationale"] for c in claims]
    assert why[0] == ("Vesna Testnik held the office of Minister of Transport (Slovenia) on 2024-03-05 "
                      "(2022-12-15 to present).")
    assert why[1] == MAYOR
    assert why[2].startswith("'Vesna Testnic' looks like a misspelling of Vesna Testnik (similarity 92/100;")
    assert why[4] == "No office titled 'Foreign Minister' for Slovenia in the references."
    if route == "online":  # looked up, stored with their snapshots, and checked in the same run
        searched = [p.split("search=")[1].split("&")[0] for p in srv.log if "wbsearchentities" in p]
        assert searched == ["Vesna+Testnik", "Vesna+Testnic", "Luka+Vzorec"]
    else:
        assert srv.log == []
    with Session(get_engine(db_url)) as s:  # each stored fact linked to the fetch it came from
        stored = {f.key: s.get(SourceSnapshotRow, f.snapshot_id).record_id for f in s.exec(select(SourceFactRow))}
    assert stored == ({} if route == "bundled" else {
        "wd-Q4242003": "Q4242003@2300000003", "wd-Q4242004": "Q4242004@2300000004",
        # both offices came in one wbgetentities call; Luka Vzorec's refetched the mayoralty
        "wd-Q4242104": "Q4242104@2300000104", "wd-Q4242105": "Q4242104@2300000104,Q4242105@2300000105"})
    # the evidence of a live-source fact says when it was fetched and the hash of what was fetched;
    # a pack file's says the date its version names (2026.12.04) and has no fetch to hash
    fetched = {(e["retrieved_at"][:10], e["content_hash"] is not None) for c in claims for e in c["evidence"]}
    if route == "bundled":
        assert fetched == {("2026-12-04", False)}
    else:
        assert {has_hash for _, has_hash in fetched} == {True}


def test_evidence_carries_the_snapshot_it_came_from(srv: FixtureServer, db_url: str, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["refs", "refresh", "--entity", "Q4242003", "Q4242004"]) == 0
    story = tmp_path / "story.md"
    story.write_text(STORY)
    claims = _check(capsys, story)
    with Session(get_engine(db_url)) as s:
        snap = {f.key: s.get(SourceSnapshotRow, f.snapshot_id) for f in s.exec(select(SourceFactRow))}
    vesna, luka = snap["wd-Q4242003"], snap["wd-Q4242004"]
    assert vesna.record_id == "Q4242003@2300000003" and len(vesna.sha256) == 64
    for claim, who in ((claims[0], vesna), (claims[1], vesna), (claims[2], vesna), (claims[3], luka)):
        assert [(e["url"], e["retrieved_at"], e["content_hash"]) for e in claim["evidence"]] == [
            (f"{srv.url}/wiki/{who.record_id.split('@')[0]}", who.retrieved_at.isoformat(), who.sha256)]
    assert claims[1]["evidence"][0]["excerpt"] == "Vesna Testnik: Mayor of Kranj (Slovenia), 2014-12-01 to 2022-11-30"
    with Session(get_engine(db_url)) as s:  # and the run's stored evidence keeps them
        kept = {(e.url, e.retrieved_at, e.content_hash) for e in s.exec(select(EvidenceRow))}
    assert kept == {(f"{srv.url}/wiki/Q4242003", vesna.retrieved_at, vesna.sha256),
                    (f"{srv.url}/wiki/Q4242004", luka.retrieved_at, luka.sha256)}
    # a pack file records no fetch: its evidence carries the date its version names (the day its
    # sources were checked) and no content hash (--no-store: no stored facts)
    monkeypatch.setenv("FACTDESK_PACKS", str(PACK))
    bundled = _check(capsys, story, "--no-store")
    assert [(e["source"], e["url"], e["retrieved_at"], e["content_hash"]) for e in bundled[0]["evidence"]] == [
        ("testnik-fixture@2026.12.04", "https://example.org/factdesk-fixtures/vesna-testnik",
         "2026-12-04T00:00:00+00:00", None)]


def test_refs_show_names_the_offices(srv: FixtureServer, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["refs", "refresh", "--entity", "Q4242003"]) == 0
    capsys.readouterr()
    assert main(["refs", "show", "Q4242003"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [(o["office"], o["start"], o["end"]) for o in shown["offices"]] == [
        ("Mayor of Kranj (Slovenia) [wd-Q4242104]", "2014-12-01", "2022-11-30"),
        ("Minister of Transport (Slovenia) [wd-Q4242105]", "2022-12-15", None),
    ]
    assert list(shown["offices"][0])[:2] == ["office", "role"]


# Titles as news writes them, against office labels: each example is from a real page.
@pytest.mark.parametrize(("written", "label", "same", "shorter"), [
    # "Foreign Minister Penny Wong said the city's status should be decided through peace talks"
    # (https://www.firstpost.com/tag/penny-wong); her office: "Minister for Foreign Affairs"
    # (https://en.wikipedia.org/wiki/Penny_Wong)
    ("Foreign Minister", "Minister for Foreign Affairs", True, True),
    # "Freshly-minted Foreign Affairs Minister Penny Wong has left Australia" (https://womensagenda.com.au/
    # latest/we-have-a-plane-to-catch-penny-wong-becomes-australias-foreign-affairs-minister%ef%bf%bc/)
    ("Foreign Affairs Minister", "Minister for Foreign Affairs", True, True),
    # "Transport minister Ben Martins on Monday turned down proposals" and "Minister of Transport Benedict
    # Martins said" on one page (https://infrastructurenews.co.za/tag/ben-martins/page/3)
    ("Transport minister", "Minister of Transport", True, True),
    # "Transport Minister Chris Bishop has announced $91.1 million" (https://ivy.fm/tag/transport-minister)
    ("Transport Minister", "Minister of Transport", True, True),
    # "Mayor Sadiq Khan visited London's first LGBTQ+ homeless shelter"
    # (https://huffingtonpost.co.uk/news/sadiq-khan/?page=16): bare, for "Mayor of London"
    ("Mayor", "Mayor of London", False, True),
    # "London Mayor Sadiq Khan: 'I believe the prospect ...'" (https://article-swipe.standard.co.uk/author/
    # sadiq-khan?page=3); "Mayor of London Sadiq Khan speaks during an interview" (AP caption)
    ("London Mayor", "Mayor of London", True, True),
    # "Detroit Mayor Mike Duggan gave his final State of the City address" (https://suptgl-hst-nrml.
    # supportgoalhost.workers.dev/news/search?form=PTFTNR&q=Broken+City+Mayor&qft=sortbydate%3D%221%22)
    ("Detroit Mayor", "Mayor of Detroit", True, True),
    # counterexamples: another office of the same head. "Vice Mayor Rhonda Anderson kept her seat"
    # (https://x1.ph3253.cyou/news/search?form=YFNR&q=Vice+Mayor+of+Balingasag&qft=interval%3D%228%22)
    ("Vice Mayor", "Mayor of Coral Gables", False, False),
    ("Mayor", "Vice Mayor of Coral Gables", False, False),
    # "Richard Marles as Deputy Prime Minister" beside "new Prime Minister Anthony Albanese" (womensagenda)
    ("Prime Minister", "Deputy Prime Minister", False, False),
    ("Prime Minister", "Minister of Transport", False, False),
    ("Minister", "Prime Minister", False, False),
    ("Detroit Mayor", "Mayor of London", False, False),
    # "Transport secretary Grant Shapps" (https://www.huffingtonpost.co.uk/news/secretary-of-state-for-
    # transport/): "Secretary of State for ..." is not read apart, so it is never matched by guess
    ("Transport secretary", "Secretary of State for Transport", False, False),
])
def test_titles_as_news_writes_them(written: str, label: str, same: bool, shorter: bool) -> None:
    assert (title_key(written) == title_key(label)) is same
    assert narrower(written, label) is shorter


def test_title_parts_and_news_forms() -> None:
    assert title_parts("Minister of Infrastructure and Transport") == ("minister", ("infrastructure", "transport"))
    assert narrower("Transport Minister", "Minister of Infrastructure and Transport")
    assert title_parts("Minister of the Interior") == title_parts("Interior Minister") == ("minister", ("interior",))
    assert title_parts("Secretary-General") is None and title_parts("Mayor") == ("mayor", ())
    assert is_local("Mayor") and is_local("Mayor of Kranj") and not is_local("Transport Minister")
    assert news_forms("Minister of Foreign Affairs") == ["Foreign Minister", "Foreign Affairs Minister"]
    assert news_forms("Mayor of Kranj") == ["Kranj Mayor"]
    assert news_forms("Defence Minister") == ["Minister of Defence", "Minister for Defence"]
    assert news_forms("Prime Minister") == [] and news_forms("Minister of Transport of Slovenia") == []


@pytest.mark.parametrize(("date", "text", "verdict", "correction"), [
    ("2020-01-10", "Mayor Vesna Testnik", "supported", None),
    ("2024-03-05", "Kranj Mayor Vesna Testnik", "refuted",
     "former Mayor of Kranj Vesna Testnik; on 2024-03-05 the Mayor of Kranj was Luka Vzorec"),
    # a bare generic title supports, but never refutes: it may name an office the references lack
    ("2024-03-05", "Minister Vesna Testnik", "supported", None),
    ("2020-01-10", "Minister Vesna Testnik", "unverified", None),
    ("2020-01-10", "Transport Minister Vesna Testnik", "refuted", "Mayor of Kranj"),
    # another office of the same head, and the wrong town: never read as hers
    ("2020-01-10", "Vice Mayor Vesna Testnik", "unverified", None),
    ("2020-01-10", "Ljubljana Mayor Vesna Testnik", "unverified", None),
    ("2020-01-10", "Slovenian Prime Minister Vesna Testnik", "unverified", None),
])
def test_bare_shortened_and_other_titles(date: str, text: str, verdict: str, correction: str | None,
                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FACTDESK_PACKS", str(PACK))
    story = tmp_path / "s.md"
    story.write_text(f"---\ndate: {date}\n---\nOn Monday, {text} spoke.\n")
    claims = _check(capsys, story, "--no-store")
    assert [(c["kind"], c["text"], c["verdict"], c["correction"]) for c in claims] == [
        ("person_role", text, verdict, correction)]
