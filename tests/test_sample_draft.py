"""The core issue's acceptance checks on the sample draft, through the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import SAMPLE


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factdesk.cli", *args], capture_output=True, text=True, timeout=120
    )


def _claims() -> list[dict]:
    proc = _run("check", str(SAMPLE), "--format", "json", "--no-store")
    assert proc.returncode == 1, proc.stderr  # the draft has a refuted claim
    assert proc.stderr == ""
    doc = json.loads(proc.stdout)["documents"][0]
    assert doc["published"] == "2023-12-12"
    return doc["claims"]


def test_every_span_indexes_the_file_exactly() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    claims = _claims()
    assert claims
    for c in claims:
        assert text[c["start"] : c["end"]] == c["text"]
        assert text.count("\n", 0, c["start"]) + 1 == c["line"]


def test_sample_draft_verdicts() -> None:
    got = {(c["kind"], c["text"]): c for c in _claims()}
    expect = {
        ("name", "Anthony Blinken"): ("refuted", "Antony Blinken"),
        ("person_role", "Secretary of State Anthony Blinken"): ("supported", None),
        ("person_role", "United States President Joe Biden"): ("supported", None),
        ("vote", "Washington exercise its veto"): ("supported", None),
        ("statement", "General Assembly resolutions are not binding"): ("supported", None),
        ("vote", "gained support"): ("supported", None),
        ("event_date", "early October military response to Hamas attacks"): ("supported", None),
    }
    for key, (label, correction) in expect.items():
        assert key in got, f"missing claim {key}"
        assert (got[key]["verdict"], got[key]["correction"]) == (label, correction), got[key]["rationale"]
    # which votes were matched, and the evidence behind them
    assert "8 Dec 2023" in got[("vote", "Washington exercise its veto")]["rationale"]
    assert "27 Oct 2023" in got[("vote", "gained support")]["rationale"]
    veto_urls = [e["url"] for e in got[("vote", "Washington exercise its veto")]["evidence"]]
    assert "https://press.un.org/en/2023/sc15519.doc.htm" in veto_urls
    refuted = [c for c in got.values() if c["verdict"] == "refuted"]
    assert [c["text"] for c in refuted] == ["Anthony Blinken"]


def test_albanese_is_not_blinken(tmp_path) -> None:  # noqa: ANN001
    draft = tmp_path / "d.md"
    draft.write_text("---\ndate: 2023-12-12\n---\nAustralian Prime Minister Anthony Albanese spoke.\n")
    proc = _run("check", str(draft), "--format", "json", "--no-store")
    claims = json.loads(proc.stdout)["documents"][0]["claims"]
    assert [c for c in claims if c["kind"] == "name"] == []
    assert proc.returncode == 0
