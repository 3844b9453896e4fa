"""Wikidata connector end to end: a loopback server answering like Wikidata, ``refs refresh``,
snapshots with provenance, and ``factdesk check`` using the stored facts.

The fixture items (Q4242001 "Marta Testova", Q4242002 "Jonas Mulberg", positions Q42421xx,
country stand-ins Q42429xx) are fictional: see tests/fixtures/sources/README.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import requests
from fixtures.sources.server import ROOT, Fault, FixtureServer
from sqlmodel import Session, select

from factdesk.cli import main
from factdesk.errors import SourceFormatError, SourceUnavailable
from factdesk.refs.pack import Office
from factdesk.settings import Settings
from factdesk.sources.refresh import fetch_wikidata_person
from factdesk.sources.wikidata import WikidataConnector, parse_entity, parse_time
from factdesk.sources.wikidata_pack import strip_country
from factdesk.sources.wikipedia import WikipediaConnector
from factdesk.store.db import get_engine
from schemas.sources import SourceFactRow, SourceSnapshotRow, VerdictRecheckRow
from schemas.tables import ReferenceFactRow

WD = ROOT / "wikidata"


def _entity(qid: str) -> dict:
    return json.loads((WD / f"{qid}.json").read_text())


def _draft(tmp_path: Path, name: str, date: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(f"---\ndate: {date}\n---\n{text}\n")
    return p


def _claims(capsys: pytest.CaptureFixture[str], *paths: Path) -> list[tuple[str, str, str | None]]:
    capsys.readouterr()
    main(["check", *map(str, paths), "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    return [(c["text"], c["verdict"], c.get("correction")) for d in out["documents"] for c in d["claims"]]


# ------------------------------------------------------------------------ parsing
def test_parse_entity_keeps_ranks_precision_and_mul_fallback() -> None:
    marta = parse_entity(_entity("Q4242001"))
    assert (marta.qid, marta.revision, marta.label) == ("Q4242001", 2300000001, "Marta Testova")
    assert marta.aliases == ("Marta Testová", "M. Testova")
    assert marta.instance_of == ("Q5",)
    # the deprecated 2015 statement is gone; the preferred one comes first
    assert [(p.position, p.rank) for p in marta.positions] == [
        ("Q4242101", "preferred"), ("Q4242100", "normal"), ("Q4242102", "normal")]
    pm, fm, mayor = marta.positions
    assert (pm.start.date, pm.start.precision, pm.end) == (dt.date(2024, 1, 1), 9, None)
    assert (fm.start.date, fm.start.precision, fm.end.date, fm.end.precision) == (
        dt.date(2019, 3, 13), 11, dt.date(2022, 6, 1), 11)
    assert (mayor.start.date, mayor.start.precision, mayor.end, mayor.end_unknown) == (
        dt.date(2010, 5, 1), 10, None, True)
    jonas = parse_entity(_entity("Q4242002"))
    assert (jonas.label, jonas.aliases) == ("Jonas Mulberg", ("J. Mulberg",))  # only a "mul" label


def test_parse_time_rejects_what_it_cannot_read() -> None:
    def snak(time: str, precision: int = 11, cal: str = "http://www.wikidata.org/entity/Q1985727") -> dict:
        return {"snaktype": "value", "datavalue": {"value": {"time": time, "precision": precision,
                                                             "calendarmodel": cal}, "type": "time"}}

    assert parse_time({"snaktype": "somevalue"}) is None
    assert parse_time(snak("+2021-01-26T00:00:00Z")).date == dt.date(2021, 1, 26)
    for bad, msg in ((snak("2021-01-26"), "unreadable"), (snak("-0044-03-15T00:00:00Z"), "out of range"),
                     (snak("+1990-00-00T00:00:00Z", 8), "decade"), (snak("+2021-02-30T00:00:00Z"), "invalid"),
                     (snak("+1700-01-01T00:00:00Z", 11, "http://www.wikidata.org/entity/Q1985786"), "Gregorian")):
        with pytest.raises(SourceFormatError, match=msg):
            parse_time(bad)


def test_strip_country_from_position_labels() -> None:
    assert strip_country("United States Secretary of State", "United States", "United States") == "Secretary of State"
    assert strip_country("Minister of Foreign Affairs of Slovenia", "Slovenia", "Slovenia") == (
        "Minister of Foreign Affairs")
    assert strip_country("Maltese ambassador to Japan", "Malta", "Malta") == "Ambassador to Japan"
    assert strip_country("mayor", None, None) == "Mayor"


def test_records_keep_precision_honestly(srv: FixtureServer) -> None:
    settings = Settings(wikidata_url=f"{srv.url}/w/api.php", http_cache="off")
    with requests.Session() as http:
        wd = WikidataConnector.from_settings(settings, session=http)
        items, notes, extra = fetch_wikidata_person(wd, "Q4242001")
    assert [(s.source, s.record_id) for s in extra] == [("wikidata", "Q4242900@2300000900")]  # the country
    by_id = {r.id: (r, snap) for r, snap in items}
    assert sorted(by_id) == ["wd-Q4242001", "wd-Q4242100", "wd-Q4242101"]
    person, snap = by_id["wd-Q4242001"]
    page = f"{srv.url}/wiki/Q4242001"
    assert person.sources == [page] and snap.record_id == "Q4242001@2300000001"
    assert person.offices == [
        Office(role="wd-Q4242101", known_from=dt.date(2024, 12, 31), sources=[page],
               note="Wikidata statement Q4242001$b3 (preferred rank); start known to the year"),
        Office(role="wd-Q4242100", start=dt.date(2019, 3, 13), end=dt.date(2022, 6, 1), sources=[page],
               note="Wikidata statement Q4242001$b1 (normal rank)"),
    ]
    role = by_id["wd-Q4242100"][0]
    assert (role.title, role.country, role.aliases) == (
        "Minister of Foreign Affairs", "Slovenia",
        ["Minister of Foreign Affairs of Slovenia", "Slovenian foreign minister"])
    assert by_id["wd-Q4242100"][1].record_id == "Q4242101@2300000101,Q4242100@2300000100,Q4242102@2300000102"
    assert notes == ["Q4242001 Q4242102: ended at an unknown date, left out"]
    items2, _, _ = fetch_wikidata_person(WikidataConnector.from_settings(settings, session=requests.Session()),
                                      "Q4242002")
    jonas = {r.id: r for r, _ in items2}["wd-Q4242002"]
    (office,) = jonas.offices
    assert (office.start, office.start_exact, office.end, office.end_exact) == (
        dt.date(2020, 7, 1), False, dt.date(2023, 2, 14), True)


def test_wikipedia_summary_adds_a_readable_link_only_for_the_same_item(srv: FixtureServer) -> None:
    settings = Settings(wikidata_url=f"{srv.url}/w/api.php", wikipedia_url=f"{srv.url}/api/rest_v1",
                        http_cache="off")
    with requests.Session() as http:
        wd = WikidataConnector.from_settings(settings, session=http)
        wp = WikipediaConnector.from_settings(settings, session=http)
        summary, snap = wp.summary("Marta Testova")
        assert (summary.title, summary.wikibase_item, summary.revision) == ("Marta_Testova", "Q4242001", "1250000001")
        assert snap.url == f"{srv.url}/api/rest_v1/page/summary/Marta_Testova"
        assert snap.record_id == "Marta_Testova@1250000001"
        items, notes, extra = fetch_wikidata_person(wd, "Q4242001", wp)
        person = {r.id: r for r, _ in items}["wd-Q4242001"]
        assert person.sources == [f"{srv.url}/wiki/Q4242001", "https://en.wikipedia.org/wiki/Marta_Testova"]
        assert [(s.source, s.record_id) for s in extra] == [
            ("wikidata", "Q4242900@2300000900"), ("wikipedia", "Marta_Testova@1250000001")]
        items, notes, extra = fetch_wikidata_person(wd, "Q4242002", wp)
        person = {r.id: r for r, _ in items}["wd-Q4242002"]
        assert person.sources == [f"{srv.url}/wiki/Q4242002"]
        assert notes == ["Q4242002: Wikipedia article 'Jonas_Mulberg_(footballer)' is about Q4242777, not linked"]
        with pytest.raises(SourceUnavailable, match="HTTP 404"):
            wp.summary("No such page")
        srv.fault("wikipedia", Fault(status=200, body=b'{"type": "standard"}'))
        with pytest.raises(SourceFormatError, match="no title or page URL in the summary"):
            wp.summary("Marta Testova")


# ------------------------------------------------------------------ refresh + check
def test_refresh_stores_people_with_snapshots_then_check_uses_them(
    srv: FixtureServer, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["refs", "refresh", "--source", "wikidata", "--entity", "Q4242001", "Q4242002"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "wikidata: refreshed 2 (Q4242001, Q4242002); 5 facts added, 0 changed; 0 failed"
    with Session(get_engine(db_url)) as s:
        facts = {(r.kind, r.key) for r in s.exec(select(ReferenceFactRow).where(ReferenceFactRow.pack == "wikidata"))}
        assert facts == {("pack", "wikidata"), ("person", "wd-Q4242001"), ("person", "wd-Q4242002"),
                         ("role", "wd-Q4242100"), ("role", "wd-Q4242101"), ("role", "wd-Q4242103")}
        link = s.exec(select(SourceFactRow).where(SourceFactRow.key == "wd-Q4242001")).one()
        snap = s.get(SourceSnapshotRow, link.snapshot_id)
        body = (f'{{"entities": {{"Q4242001": {json.dumps(_entity("Q4242001"))}}}, "success": 1}}').encode()
        import hashlib

        assert (snap.source, snap.status, snap.record_id, snap.http_status) == (
            "wikidata", "ok", "Q4242001@2300000001", 200)
        assert snap.sha256 == hashlib.sha256(body).hexdigest()
        assert snap.url.startswith(f"{srv.url}/w/api.php?action=wbgetentities&ids=Q4242001&")
        assert "maxlag=5" in snap.url

    d1 = _draft(tmp_path, "a.md", "2021-05-04",
                "Slovenian Minister of Foreign Affairs Marta Testova met her counterparts in Vienna.\n\n"
                "Maltese Ambassador to Japan Jonas Mulberg also spoke.")
    d2 = _draft(tmp_path, "b.md", "2023-05-04",
                "Slovenian Minister of Foreign Affairs Marta Testova met her counterparts in Vienna.")
    d3 = _draft(tmp_path, "c.md", "2021-05-04", "Slovenia's Prime Minister Marta Testova did not attend.")
    assert _claims(capsys, d1, d2, d3) == [
        ("Slovenian Minister of Foreign Affairs Marta Testova", "supported", None),
        ("Maltese Ambassador to Japan Jonas Mulberg", "supported", None),
        ("Slovenian Minister of Foreign Affairs Marta Testova", "refuted",
         "former Minister of Foreign Affairs Marta Testova"),
        # start known only to the year 2024: never "before" on the strength of a year
        ("Slovenia's Prime Minister Marta Testova", "unverified", None),
    ]

    capsys.readouterr()
    assert main(["refs", "show", "Q4242001"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["name"] == "Marta Testova" and shown["_snapshot"]["record_id"] == "Q4242001@2300000001"
    assert shown["_pack"].startswith("wikidata@")


def test_refresh_again_detects_changes_and_marks_verdicts_for_recheck(
    srv: FixtureServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["refs", "refresh", "--entity", "Q4242001"]) == 0
    d = _draft(tmp_path, "a.md", "2021-05-04", "Slovenian Minister of Foreign Affairs Marta Testova spoke.")
    assert _claims(capsys, d) == [("Slovenian Minister of Foreign Affairs Marta Testova", "supported", None)]
    capsys.readouterr()
    # nothing changed upstream: nothing changes here (default: the entities already stored),
    # not even the pack's version, which runs record as the references they used
    def version() -> str:
        with Session(get_engine(Settings().database_url)) as s:
            return s.exec(select(ReferenceFactRow.pack_version).where(ReferenceFactRow.kind == "pack")).one()

    before = version()
    assert main(["refs", "refresh", "--source", "wikidata"]) == 0
    assert "0 facts added, 0 changed" in capsys.readouterr().out
    assert version() == before
    # Wikidata now says the term ended in 2020
    changed = _entity("Q4242001")
    changed["lastrevid"] = 2300000050
    end = changed["claims"]["P39"][0]["qualifiers"]["P582"][0]["datavalue"]["value"]
    end["time"] = "+2020-11-30T00:00:00Z"
    override = tmp_path / "Q4242001.json"
    override.write_text(json.dumps(changed))
    srv.overrides["wikidata/Q4242001.json"] = override
    assert main(["refs", "refresh"]) == 0
    out = capsys.readouterr().out
    assert "0 facts added, 1 changed" in out and "changed: person wd-Q4242001" in out
    with Session(get_engine(Settings().database_url)) as s:
        (mark,) = s.exec(select(VerdictRecheckRow)).all()
        assert (mark.fact, mark.reason, mark.done_at) == (
            "person:wd-Q4242001", "person:wd-Q4242001 in wikidata changed", None)
    assert _claims(capsys, d) == [("Slovenian Minister of Foreign Affairs Marta Testova", "refuted",
                                   "former Minister of Foreign Affairs Marta Testova")]


def test_refresh_bad_arguments_are_one_line_errors(srv: FixtureServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["refs", "refresh", "--entity", "Blinken"]) == 2
    assert capsys.readouterr().err.strip() == (
        "factdesk: error: not a Wikidata item id: 'Blinken' (expected Q followed by digits)")
    assert main(["refs", "refresh", "--source", "nope"]) == 2
    assert "invalid choice: 'nope'" in capsys.readouterr().err
    assert main(["refs", "refresh", "--entity", "Q4242999"]) == 2
    err = capsys.readouterr().err
    assert err == "factdesk: error: wikidata: Q4242999 does not exist\n"
    assert main(["refs", "refresh", "--entity", "Q4242100"]) == 2  # a position, not a person
    assert capsys.readouterr().err == (
        "factdesk: error: wikidata: Q4242100 is not a person (no 'instance of: human')\n")
    with Session(get_engine(Settings().database_url)) as s:
        assert s.exec(select(ReferenceFactRow)).all() == []
        errors = s.exec(select(SourceSnapshotRow).order_by(SourceSnapshotRow.id)).all()
        assert [(e.status, e.error) for e in errors] == [
            ("error", "wikidata: Q4242999 does not exist"),
            ("error", "wikidata: Q4242100 is not a person (no 'instance of: human')")]


def test_refresh_officeholders_through_sparql(srv: FixtureServer, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FACTDESK_WIKIDATA_SPARQL_URL", f"{srv.url}/sparql")
    assert main(["refs", "refresh", "--source", "wikidata", "--office", "Q4242100"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "wikidata: refreshed 2 (Q4242001, Q4242002); 5 facts added, 0 changed; 0 failed")
    sparql_query = next(p for p in srv.log if p.startswith("/sparql?"))
    assert "wd%3AQ4242100" in sparql_query and "DeprecatedRank" in sparql_query
    srv.fault("sparql", Fault(status=200, body=b'{"head": {}, "boolean": true}'))
    assert main(["refs", "refresh", "--office", "Q4242100"]) == 2
    assert capsys.readouterr().err.strip() == (
        f"factdesk: error: sparql: {srv.url}/sparql?query=SELECT+DISTINCT"
        + sparql_query.split("query=SELECT+DISTINCT", 1)[1] + ": not SPARQL results JSON (no results.bindings)")


def test_a_deleted_position_is_left_out_with_a_note(srv: FixtureServer, tmp_path: Path) -> None:
    data = _entity("Q4242002")
    extra = json.loads(json.dumps(data["claims"]["P39"][0]))
    extra["mainsnak"]["datavalue"]["value"].update({"id": "Q4242199", "numeric-id": 4242199})
    extra["id"] = "Q4242002$d2"
    data["claims"]["P39"].append(extra)
    path = tmp_path / "Q4242002.json"
    path.write_text(json.dumps(data))
    srv.overrides["wikidata/Q4242002.json"] = path
    settings = Settings(wikidata_url=f"{srv.url}/w/api.php", http_cache="off")
    with requests.Session() as http:
        items, notes, _ = fetch_wikidata_person(WikidataConnector.from_settings(settings, session=http), "Q4242002")
    assert notes == ["Q4242002 Q4242199: the position item does not exist, left out"]
    person = {r.id: (r, snap) for r, snap in items}["wd-Q4242002"][0]
    assert [o.role for o in person.offices] == ["wd-Q4242103"]
    assert {r.id: snap for r, snap in items}["wd-Q4242103"].record_id == "Q4242103@2300000103,Q4242199@missing"


LOCAL_PACK = """{"type": "pack", "name": "local-desk", "version": "1", "format": 1}
{"type": "role", "id": "si-foreign-minister", "title": "Minister of Foreign Affairs", "country": "Slovenia"}
{"type": "person", "id": "marta-testova", "name": "Marta Testova", "offices": [{"role": "si-foreign-minister", \
"start": "START", "sources": ["https://example.org/desk-notes"]}], "sources": ["https://example.org/desk-notes"]}
"""


@pytest.mark.parametrize(("start", "expected"), [
    # the desk's record and Wikidata's agree on the office: one person, the desk's record answers
    ("2019-03-13", [("Slovenian Minister of Foreign Affairs Marta Testova", "supported", None)]),
    # no office in common: two people of one name, so the claim cannot be pinned on either
    ("2009-03-13", [("Slovenian Minister of Foreign Affairs Marta Testova", "unverified", None)]),
])
def test_a_person_in_a_local_pack_and_refreshed_from_wikidata_is_one_person(
    srv: FixtureServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    start: str, expected: list,
) -> None:
    pack = tmp_path / "local.jsonl"
    pack.write_text(LOCAL_PACK.replace("START", start), encoding="utf-8")
    monkeypatch.setenv("FACTDESK_PACKS", str(pack))
    assert main(["refs", "refresh", "--source", "wikidata", "--entity", "Q4242001"]) == 0
    d = _draft(tmp_path, "a.md", "2021-05-04",
               "Slovenian Minister of Foreign Affairs Marta Testova met her counterparts.")
    assert _claims(capsys, d) == expected
