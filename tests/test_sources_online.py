"""``factdesk check --online``: unknown people are looked up on Wikidata (a loopback server
answering like it), stored, then checked; offline stays the default and never touches the
network; a failed lookup is an ``unverified`` reason, never a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixtures.sources.server import Fault, FixtureServer
from sqlmodel import Session, select

from factdesk.cli import main
from factdesk.settings import Settings
from factdesk.store.db import get_engine
from schemas.tables import ReferenceFactRow

SENTENCE = "Slovenian Minister of Foreign Affairs Marta Testova met her counterparts in Vienna."


def _check(capsys: pytest.CaptureFixture[str], path: Path, *flags: str) -> list[tuple[str, str, str]]:
    capsys.readouterr()
    main(["check", str(path), "--format", "json", *flags])
    out = json.loads(capsys.readouterr().out)
    return [(c["text"], c["verdict"], c["rationale"]) for c in out["documents"][0]["claims"]]


def _draft(tmp_path: Path, text: str = SENTENCE, date: str = "2021-05-04") -> Path:
    p = tmp_path / "d.md"
    p.write_text(f"---\ndate: {date}\n---\n{text}\n")
    return p


def test_offline_is_the_default_and_never_touches_the_network(srv: FixtureServer, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    ((text, label, _),) = _check(capsys, _draft(tmp_path))
    assert (text, label) == ("Slovenian Minister of Foreign Affairs Marta Testova", "unverified")
    assert srv.log == []


def test_online_looks_up_stores_then_checks(srv: FixtureServer, db_url: str, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    ((text, label, rationale),) = _check(capsys, _draft(tmp_path), "--online")
    assert (text, label) == ("Slovenian Minister of Foreign Affairs Marta Testova", "supported")
    assert rationale.startswith("Marta Testova held the office of Minister of Foreign Affairs (Slovenia) on 2021-05-04")
    actions = [p.split("action=")[1].split("&")[0] for p in srv.log]
    assert actions == ["wbsearchentities", "wbgetentities", "wbgetentities", "wbgetentities", "wbgetentities"]
    with Session(get_engine(db_url)) as s:
        keys = sorted(r.key for r in s.exec(select(ReferenceFactRow).where(ReferenceFactRow.pack == "wikidata")))
    assert keys == ["wd-Q4242001", "wd-Q4242100", "wd-Q4242101", "wikidata"]
    # cached in the store: the next check is offline and still knows her
    srv.log.clear()
    later = _draft(tmp_path, date="2023-05-04")
    ((_, label, _),) = _check(capsys, later)
    assert label == "refuted" and srv.log == []


def test_online_setting_and_a_failed_lookup_is_an_unverified_reason(
    srv: FixtureServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FACTDESK_ONLINE", "1")
    monkeypatch.setenv("FACTDESK_ONLINE_TIMEOUT", "0.2")
    srv.fault("wikidata", Fault(delay=0.5), Fault(delay=0.5))
    ((_, label, rationale),) = _check(capsys, _draft(tmp_path))
    assert label == "unverified"
    assert rationale.endswith(f"Online lookup: wikidata: {srv.url}/w/api.php: timed out after 0.2 s "
                              "(gave up after 2 attempts)")
    assert Settings().online is True


def test_online_unknown_name_and_no_store(srv: FixtureServer, db_url: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    nobody = _draft(tmp_path, "Prime Minister Karl Nobodyson of Slovenia spoke.")
    ((_, label, rationale),) = _check(capsys, nobody, "--online")
    assert label == "unverified" and rationale.endswith("Online lookup: Wikidata has no item labelled 'Karl Nobodyson'")
    ((_, label, _),) = _check(capsys, _draft(tmp_path), "--online", "--no-store")
    assert label == "supported"
    with Session(get_engine(db_url)) as s:
        assert s.exec(select(ReferenceFactRow)).all() == []  # --no-store: looked up, used, not stored


def test_cli_start_up_does_not_load_the_connectors() -> None:
    """The parser module is loaded on every ``factdesk`` start: standard library only."""
    import subprocess
    import sys

    code = ("import sys; from factdesk.cli import build_parser; build_parser(); "
            "print(sorted(m for m in sys.modules if m.startswith(('requests', 'bs4', 'factdesk.sources'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['factdesk.sources', 'factdesk.sources.cli']"
