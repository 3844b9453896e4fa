"""The CLI contract: output formats, exit codes and bad inputs (real subprocesses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLE

GOOD = "---\ndate: 2023-12-12\n---\nSecretary of State Antony Blinken spoke on Tuesday.\n"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factdesk.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_clean_draft_exits_0_and_is_stored(tmp_path: Path) -> None:
    draft = tmp_path / "ok.md"
    draft.write_text(GOOD)
    proc = run("check", str(draft), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)["documents"][0]
    assert doc["run_id"]
    (claim,) = doc["claims"]
    assert (claim["kind"], claim["text"], claim["verdict"]) == (
        "person_role", "Secretary of State Antony Blinken", "supported")
    assert set(claim) >= {"kind", "text", "start", "end", "line", "verdict", "correction", "rationale", "evidence"}
    assert set(claim["evidence"][0]) >= {"source", "url", "excerpt", "retrieved_at"}
    assert GOOD[claim["start"]:claim["end"]] == claim["text"] and claim["line"] == 4


def test_refuted_exits_1_and_fail_on_never_exits_0() -> None:
    assert run("check", str(SAMPLE), "--no-store").returncode == 1
    assert run("check", str(SAMPLE), "--no-store", "--fail-on", "never").returncode == 0


def test_fail_on_unverified(tmp_path: Path) -> None:
    draft = tmp_path / "u.md"
    draft.write_text("---\ndate: 2023-12-12\n---\nForeign Minister Jane Doeson of Ruritania spoke.\n")
    assert run("check", str(draft), "--no-store").returncode == 0
    proc = run("check", str(draft), "--no-store", "--fail-on", "unverified", "--format", "json")
    assert proc.returncode == 1
    assert [c["verdict"] for c in json.loads(proc.stdout)["documents"][0]["claims"]] == ["unverified"]


def test_published_flag_used_when_file_has_no_date(tmp_path: Path) -> None:
    draft = tmp_path / "plain.txt"
    draft.write_text("President Joe Biden met reporters.\n")
    proc = run("check", str(draft), "--no-store", "--format", "json", "--published", "2025-03-03")
    doc = json.loads(proc.stdout)["documents"][0]
    assert doc["published"] == "2025-03-03"
    (claim,) = [c for c in doc["claims"] if c["kind"] == "person_role"]
    assert (claim["verdict"], claim["correction"]) == (
        "refuted", "former President Joe Biden; on 2025-03-03 the President was Donald J. Trump")
    assert proc.returncode == 1


def test_text_format_has_line_numbers() -> None:
    proc = run("check", str(SAMPLE), "--no-store")
    assert f"{SAMPLE}:11: REFUTED name: \"Anthony Blinken\" -> Antony Blinken" in proc.stdout


def test_html_input_visible_text_only(tmp_path: Path) -> None:
    html = (
        "<html><head><title>x</title><script>var s = 'Anthony Blinken';</script>"
        '<meta property="article:published_time" content="2023-12-12T10:00:00Z"></head>'
        "<body><p>Secretary of State <b>Anthony</b> Blinken &amp; friends.</p></body></html>"
    )
    f = tmp_path / "a.html"
    f.write_text(html)
    proc = run("check", str(f), "--no-store", "--format", "json")
    doc = json.loads(proc.stdout)["documents"][0]
    assert doc["published"] == "2023-12-12"
    names = [c for c in doc["claims"] if c["kind"] == "name"]
    assert len(names) == 1  # the script's copy is not visible text
    assert html[names[0]["start"]:names[0]["end"]] == names[0]["text"] == "Anthony</b> Blinken"


BAD_INPUTS = {
    "missing": (None, "no such file"),
    "empty": (b"", "empty file"),
    "binary": (b"\x00\x01\x02PNG", "binary file"),
    "latin1": ("Café résumé".encode("latin-1"), "not UTF-8"),
    "frontmatter": (b"---\ndate: [unclosed\n---\nText.\n", "malformed front matter"),
    "baddate": (b"---\ndate: someday\n---\nText.\n", "not a YYYY-MM-DD date"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_exits_2_with_one_line(tmp_path: Path, case: str) -> None:
    content, message = BAD_INPUTS[case]
    path = tmp_path / f"{case}.md"
    if content is not None:
        path.write_bytes(content)
    db = tmp_path / "keep.db"
    env = {"FACTDESK_DATABASE_URL": f"sqlite:///{db}"}
    good = tmp_path / "good.md"
    good.write_text(GOOD)
    assert run("check", str(good), env=env).returncode == 0
    before = db.read_bytes()
    proc = run("check", str(good), str(path), env=env)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in proc.stderr
    assert db.read_bytes() == before  # the good file in the same call was not stored either


def test_directory_and_usage_errors(tmp_path: Path) -> None:
    proc = run("check", str(tmp_path), "--no-store")
    assert proc.returncode == 2 and "is a directory" in proc.stderr
    for args in (["check"], ["check", str(SAMPLE), "--format", "xml"],
                 ["check", str(SAMPLE), "--published", "12/12/2023"], ["nope"]):
        proc = run(*args)
        assert proc.returncode == 2, args
        assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


def test_refs_load_list_show(tmp_path: Path) -> None:
    pack = tmp_path / "desk.jsonl"
    pack.write_text(
        '{"type": "pack", "name": "desk-local", "version": "1", "format": 1}\n'
        '{"type": "role", "id": "xx-mayor", "title": "Mayor", "country": "Ruritania"}\n'
        '{"type": "person", "id": "jane-doeson", "name": "Jane Doeson", "offices": [{"role": "xx-mayor", '
        '"start": "2020-01-01", "known_until": "2024-01-01", "sources": ["https://example.org/mayor"]}], '
        '"sources": ["https://example.org/mayor"]}\n'
    )
    proc = run("refs", "load", str(pack))
    assert proc.returncode == 0 and "loaded 2 records from desk-local@1" in proc.stdout
    assert "desk-local@1" in run("refs", "list").stdout
    shown = run("refs", "show", "Jane Doeson")
    assert json.loads(shown.stdout)["offices"][0]["sources"] == ["https://example.org/mayor"]
    draft = tmp_path / "m.md"
    draft.write_text("---\ndate: 2023-05-01\n---\nMayor Jane Doeson opened the bridge.\n")
    out = json.loads(run("check", str(draft), "--format", "json").stdout)
    (claim,) = out["documents"][0]["claims"]
    assert claim["verdict"] == "supported" and claim["evidence"][0]["source"] == "desk-local@1"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "pack", "name": "desk-local", "version": "2", "format": 1}\n{"type": "person"}\n')
    proc = run("refs", "load", str(bad))
    assert proc.returncode == 2 and "bad.jsonl:2:" in proc.stderr
    assert "desk-local@1" in run("refs", "list").stdout  # the good pack is still there


def test_check_does_not_import_prefect(tmp_path: Path) -> None:
    code = (
        "import sys; from factdesk.cli import main; rc = main(['check', sys.argv[1]]); "
        "print(rc, sorted(m for m in sys.modules if m.split('.')[0] in ('prefect', 'fastapi', 'uvicorn')))"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(SAMPLE)], capture_output=True, text=True, timeout=120)
    assert proc.stdout.strip().splitlines()[-1] == "1 []"


def test_flow_check_command_runs_the_prefect_flow(tmp_path: Path) -> None:
    """``flow check --format json --fail-on never``: check's JSON, exit 0 under ``never`` (the
    default rule's exit 1 on this draft is tests/test_flow.py's), and the run stored by the flow."""
    env = {"PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "FACTDESK_DATABASE_URL": f"sqlite:///{tmp_path / 'flow.db'}"}
    proc = run("flow", "check", str(SAMPLE), "--format", "json", "--fail-on", "never", env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    from sqlmodel import Session

    from factdesk.store.crud import run_report
    from factdesk.store.db import get_engine

    [doc] = json.loads(proc.stdout)["documents"]
    assert doc["path"] == str(SAMPLE)
    with Session(get_engine(env["FACTDESK_DATABASE_URL"])) as s:
        stored_run, rows = run_report(session=s, run_id=doc["run_id"])
    assert stored_run.trigger == "prefect" and len(rows) == len(doc["claims"]) == 9
    assert ("Anthony Blinken", "refuted", "Antony Blinken") in [(c.text, v.label, v.correction) for c, v, _ in rows]
    assert ("Anthony Blinken", "refuted", "Antony Blinken") in [(c["text"], c["verdict"], c["correction"])
                                                                for c in doc["claims"]]
