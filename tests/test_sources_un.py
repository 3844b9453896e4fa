"""UN votes: the Digital Library voting-data CSV layout, press.un.org releases, the veto list
(several vetoers in one cell), and their faults (garbage, a changed layout, a cut-short file).
All records in the fixtures are fictional (see tests/fixtures/sources/README.md)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import requests
from fixtures.sources.server import ROOT, Fault, FixtureServer
from sqlmodel import Session, select

from factdesk.cli import main
from factdesk.errors import SourceFormatError
from factdesk.refs.pack import Tally
from factdesk.settings import Settings
from factdesk.sources.unpress import UnPressConnector, parse_release
from factdesk.sources.unvotes import parse_csv
from factdesk.sources.vetolist import VetoEntry, VetoListConnector, parse_veto_list
from factdesk.store.db import get_engine
from schemas.sources import SourceFactRow, SourceSnapshotRow
from schemas.tables import ReferenceFactRow

GA_CSV = ROOT / "unvotes" / "ga-voting-sample.csv"
SC_CSV = ROOT / "unvotes" / "sc-voting-sample.csv"


def _votes(db_url: str, pack: str) -> dict[str, dict]:
    with Session(get_engine(db_url)) as s:
        return {r.key: r.payload for r in s.exec(select(ReferenceFactRow).where(
            ReferenceFactRow.pack == pack, ReferenceFactRow.kind == "vote"))}


# -------------------------------------------------------------------------- CSV
def test_ga_and_sc_csv_layouts_become_votes() -> None:
    (ga,) = parse_csv(GA_CSV.read_text(), "ga.csv")
    assert (ga.id, ga.body, ga.date, ga.resolution, ga.symbol, ga.outcome, ga.tally) == (
        "undl-9990001", "GA", dt.date(2099, 3, 10), "A/RES/ES-99/1", "A/ES-99/L.1", "adopted", Tally(yes=3, no=1,
                                                                                                    abstain=1))
    # official names are mapped to the reference base's names; X (non-voting) is not a vote
    assert ga.votes == {"United States": "yes", "France": "yes", "Malta": "yes", "Russia": "no", "China": "abstain"}
    assert ga.sources == ["https://digitallibrary.un.org/record/9990001"]
    (sc,) = parse_csv(SC_CSV.read_text(), "sc.csv")
    assert (sc.body, sc.resolution, sc.subject, str(sc.tally)) == (
        "SC", "S/RES/9901(2099)", "9901(2099) Fictional test resolution on Freedonia", "14-0-1")
    assert sc.votes["Russia"] == "abstain" and sc.votes["Republic of Korea"] == "yes" and len(sc.votes) == 15


def test_csv_faults_name_the_problem() -> None:
    text = GA_CSV.read_text()
    with pytest.raises(SourceFormatError, match="missing columns: ms_vote"):
        parse_csv(text.replace("ms_vote", "vote"), "x.csv")
    cut = "\n".join(text.splitlines()[:4])  # the file ends after three of the six votes
    with pytest.raises(SourceFormatError, match=r"do not add up to the totals \(3-1-1\); is the file complete"):
        parse_csv(cut, "x.csv")
    half_row = text.splitlines()[0] + "\n" + text.splitlines()[1][:40] + "\n"
    with pytest.raises(SourceFormatError, match=r"x.csv:2: the row does not have the header's columns"):
        parse_csv(half_row, "x.csv")
    with pytest.raises(SourceFormatError, match=r"unknown vote 'Q'"):
        parse_csv(text.replace(",MLT,MALTA,Y,", ",MLT,MALTA,Q,"), "x.csv")
    with pytest.raises(SourceFormatError, match="not a UN voting-data CSV"):
        parse_csv("<html><body>Access denied</body></html>", "x.csv")


def test_refs_refresh_unvotes_imports_files(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["refs", "refresh", "--source", "unvotes", "--csv", str(GA_CSV), "--csv", str(SC_CSV)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        f"unvotes: refreshed 2 ({GA_CSV}, {SC_CSV}); 2 facts added, 0 changed; 0 failed")
    votes = _votes(db_url, "unvotes")
    assert sorted(votes) == ["undl-9990001", "undl-9990002"]
    with Session(get_engine(db_url)) as s:
        link = s.exec(select(SourceFactRow).where(SourceFactRow.key == "undl-9990001")).one()
        snap = s.get(SourceSnapshotRow, link.snapshot_id)
        import hashlib

        assert (snap.url, snap.sha256, snap.record_id) == (
            GA_CSV.resolve().as_uri(), hashlib.sha256(GA_CSV.read_bytes()).hexdigest(), "1 resolutions")
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(GA_CSV.read_text().splitlines()[:3]))
    assert main(["refs", "refresh", "--source", "unvotes", "--csv", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("factdesk: error: unvotes: ") and "do not add up to the totals" in err
    assert _votes(db_url, "unvotes") == votes  # nothing already stored was touched
    assert main(["refs", "refresh", "--source", "unvotes"]) == 2
    assert "needs --csv" in capsys.readouterr().err


# ----------------------------------------------------------------- press releases
def test_press_release_votes_as_announced() -> None:
    html = (ROOT / "unpress" / "sc99001.html").read_text()
    votes, release = parse_release(html, "https://press.un.org/en/2099/sc99001.doc.htm")
    assert release == "SC/99001"
    amendment, draft = votes
    assert (amendment.id, amendment.kind, amendment.outcome, str(amendment.tally), amendment.votes) == (
        "press-S-2099-102", "amendment", "failed", "4-3-8",
        {"France": "no", "United Kingdom": "no", "United States": "no"})
    assert (draft.id, draft.symbol, draft.date, draft.outcome, draft.vetoed_by, str(draft.tally)) == (
        "press-S-2099-101", "S/2099/101", dt.date(2099, 3, 3), "vetoed", ["China", "Russia"], "11-2-2")
    assert draft.votes == {"China": "no", "Russia": "no", "Algeria": "abstain", "Guyana": "abstain"}
    assert draft.note == "as announced in UN press release SC/99001"


def test_press_release_layout_change_and_garbage_are_format_errors() -> None:
    changed = (ROOT / "unpress" / "sc99001-new-layout.html").read_text()
    with pytest.raises(SourceFormatError, match=r"no title or body field \(has the page layout changed\?\)"):
        parse_release(changed, "u")
    with pytest.raises(SourceFormatError, match="no title or body field"):
        parse_release("\x00\x01<<<garbage>>>", "u")
    no_tally = (ROOT / "unpress" / "sc99001.html").read_text().replace("in favour", "for")
    with pytest.raises(SourceFormatError, match="no vote tally found"):
        parse_release(no_tally, "u")


def test_refresh_press_then_veto_list_through_the_cli(srv: FixtureServer, db_url: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["refs", "refresh", "--source", "unpress", "--url", "sc99001.html"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "unpress: refreshed 1 (SC/99001); 2 facts added, 0 changed; 0 failed")
    before = _votes(db_url, "unpress")
    assert before["press-S-2099-101"]["sources"] == [f"{srv.url}/press/sc99001.html"]
    assert main(["refs", "refresh", "--source", "vetolist"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "vetolist: refreshed 1 (2 veto list entries); 0 facts added, 1 changed; 0 failed"
    assert out[2] == ("  note: S/2099/150 (2099-04-17) vetoed by United States: no stored vote has a tally for it "
                      "(refresh its press release with --source unpress --url …)")
    after = _votes(db_url, "unpress")["press-S-2099-101"]
    assert after["vetoed_by"] == ["China", "Russia"] and after["sources"] == [
        f"{srv.url}/press/sc99001.html", f"{srv.url}/veto"]
    # a second pass: both agree now, nothing changes; default sources include the stored press release
    assert main(["refs", "refresh"]) == 0
    out = capsys.readouterr().out
    assert "unpress: refreshed 1 (SC/99001); 0 facts added, 0 changed; 0 failed" in out
    assert "vetolist: refreshed 1 (2 veto list entries); 0 facts added, 0 changed; 0 failed" in out
    capsys.readouterr()
    assert main(["refs", "show", "S/2099/101"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["outcome"] == "vetoed" and shown["_snapshot"]["source"] == "unpress"


def test_veto_list_several_vetoers_in_one_cell_and_changed_layout() -> None:
    html = (ROOT / "vetolist" / "veto.html").read_text()
    assert parse_veto_list(html, "u") == [
        VetoEntry(date=dt.date(2099, 4, 17), draft="S/2099/150", meeting="S/PV.99010",
                  agenda="The situation in Freedonia (fictional)", vetoers=("United States",)),
        VetoEntry(date=dt.date(2099, 3, 3), draft="S/2099/101", meeting="S/PV.99001",
                  agenda="The situation in Freedonia (fictional)", vetoers=("China", "Russia")),
    ]
    reordered = html.replace("<th scope=\"col\">Date</th>", "<th scope=\"col\">Day</th>")
    with pytest.raises(SourceFormatError, match=r"no table with Date, Draft.*has the page layout changed"):
        parse_veto_list(reordered, "u")
    with pytest.raises(SourceFormatError, match="unreadable date 'sometime'"):
        parse_veto_list(html.replace("17 April 2099", "sometime"), "u")


def test_veto_list_fetch_faults(srv: FixtureServer) -> None:
    settings = Settings(vetolist_url=f"{srv.url}/veto", unpress_url=f"{srv.url}/press", http_cache="off")
    with requests.Session() as http:
        vl = VetoListConnector.from_settings(settings, session=http, retries=1)
        vl.client.sleep = lambda s: None
        srv.fault("veto", Fault(status=503, headers={"Retry-After": "0"}))
        entries, snap = vl.entries()
        assert len(entries) == 2 and snap.record_id == "2 entries"
        srv.fault("veto", Fault(status=200, body=b"<html><p>Service temporarily moved</p></html>"))
        with pytest.raises(SourceFormatError, match="no table with Date"):
            vl.entries()
        press = UnPressConnector.from_settings(settings, session=http, retries=0)
        srv.fault("press", Fault(truncate=True))
        from factdesk.errors import SourceUnavailable

        with pytest.raises(SourceUnavailable, match="the body was cut short"):
            press.release("sc99001.html")


def test_failed_veto_list_is_recorded_not_fatal(srv: FixtureServer, db_url: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    srv.overrides["vetolist/veto.html"] = ROOT / "unpress" / "sc99001.html"  # the page now shows something else
    assert main(["refs", "refresh", "--source", "vetolist"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (f"factdesk: error: vetolist: {srv.url}/veto: no table with Date, Draft, Meeting Record, Agenda "
                   "Item and Permanent Member Casting Negative Vote columns (has the page layout changed?)")
    with Session(get_engine(db_url)) as s:
        (row,) = s.exec(select(SourceSnapshotRow)).all()
        assert (row.source, row.status, row.error) == ("vetolist", "error", err.removeprefix("factdesk: error: "))


def test_check_uses_stored_press_release_votes(srv: FixtureServer, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["refs", "refresh", "--source", "unpress", "--url", "sc99001.html"]) == 0
    draft = tmp_path / "v.md"
    draft.write_text("---\ndate: 2099-03-04\n---\nOn Tuesday, China and Russia vetoed a draft resolution on "
                     "Freedonia at the Security Council.\n\nThe United States vetoed that draft.\n")
    capsys.readouterr()
    main(["check", str(draft), "--format", "json"])
    claims = json.loads(capsys.readouterr().out)["documents"][0]["claims"]
    assert [(c["text"], c["verdict"], c.get("correction")) for c in claims] == [
        ("On Tuesday, China and Russia vetoed a draft resolution", "supported", None),
        ("China and Russia vetoed", "supported", None),
        ("United States vetoed", "refuted", "China and Russia"),
    ]
    assert {e["url"] for c in claims for e in c["evidence"]} == {f"{srv.url}/press/sc99001.html"}
