"""``factdesk check`` keeps the truth and the user's files (issue 14, cases 5, 6 and 7).

- ``--write-baseline drafts/*.md`` (the README's own example) used to take the first draft
  as the baseline file and overwrite it with JSON;
- stored runs used to be filtered by suppressions, the baseline and ``--changed-lines``
  (a stored run with 0 of its 9 claims), and a git failure on the second file came after the
  first file's run was stored;
- ``| head -1`` turned a failing check into exit 0.
All through the real CLI, on a real SQLite store and a real git repository.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLE

FACTDESK = [sys.executable, "-m", "factdesk.cli"]
SAMPLE_CLAIMS = 9  # the README's table: nine claims, one refuted


def _run(args: list[str], cwd: Path, **kw) -> subprocess.CompletedProcess[str]:  # noqa: ANN003
    return subprocess.run([*FACTDESK, *args], cwd=cwd, capture_output=True, text=True, timeout=120, **kw)


def _drafts(folder: Path, n: int = 2) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        p = folder / f"d{i}.md"
        p.write_bytes(SAMPLE.read_bytes())
        out.append(p)
    return out


def _stored_claims(tmp_path: Path) -> list[tuple[str, int]]:
    """(origin, number of stored claims) per stored run, in the autouse fixture's SQLite store."""
    db = tmp_path / "factdesk.db"
    if not db.exists():
        return []
    con = sqlite3.connect(db)
    try:
        if not con.execute("SELECT 1 FROM sqlite_master WHERE name='run'").fetchone():
            return []
        return con.execute("SELECT run.origin, count(claim.id) FROM run LEFT JOIN claim ON claim.run_id = run.id "
                           "GROUP BY run.id ORDER BY run.origin").fetchall()
    finally:
        con.close()


# ------------------------------------------------------------------------ --write-baseline


def test_the_readme_example_does_not_overwrite_a_draft(tmp_path: Path) -> None:
    work = tmp_path / "w"
    drafts = _drafts(work / "drafts")
    before = [p.read_bytes() for p in drafts]
    proc = _run(["check", "--write-baseline", "drafts/d0.md", "drafts/d1.md"], cwd=work)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert [p.read_bytes() for p in drafts] == before  # no draft was written over
    baseline = json.loads((work / ".factdesk-baseline.json").read_text())
    assert len(baseline["findings"]) == 2  # "Anthony Blinken" refuted, in each of the two drafts
    assert proc.stdout == "wrote 2 accepted findings to .factdesk-baseline.json\n"
    assert _stored_claims(tmp_path) == []  # writing a baseline stores nothing


def test_an_explicit_baseline_file_with_equals(tmp_path: Path) -> None:
    drafts = _drafts(tmp_path / "w")
    proc = _run(["check", "--write-baseline=accepted.json", *map(str, drafts)], cwd=tmp_path / "w")
    assert (proc.returncode, proc.stderr) == (0, "")
    assert json.loads((tmp_path / "w" / "accepted.json").read_text())["version"] == 1


def test_the_configured_baseline_path_is_used(tmp_path: Path) -> None:
    work = tmp_path / "w"
    drafts = _drafts(work)
    (work / "ci").mkdir()
    (work / ".factdesk.toml").write_text('baseline = "ci/accepted.json"\n')
    proc = _run(["check", "--write-baseline", *map(str, drafts)], cwd=tmp_path)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout == f"wrote 2 accepted findings to {work / 'ci' / 'accepted.json'}\n"
    assert len(json.loads((work / "ci" / "accepted.json").read_text())["findings"]) == 2


def test_a_path_being_checked_is_refused_as_the_baseline(tmp_path: Path) -> None:
    drafts = _drafts(tmp_path / "w")
    before = drafts[0].read_bytes()
    proc = _run(["check", f"--write-baseline={drafts[0].name}", *(d.name for d in drafts)], cwd=tmp_path / "w")
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == (f"factdesk: error: --write-baseline: {drafts[0].name} is one of the files being checked; "
                           "name another file (--write-baseline=FILE)\n")
    assert drafts[0].read_bytes() == before


def test_a_file_that_is_not_a_baseline_is_never_written_over(tmp_path: Path) -> None:
    drafts = _drafts(tmp_path / "w", 1)
    notes = tmp_path / "w" / "notes.txt"
    notes.write_text("my notes\n")
    proc = _run(["check", f"--write-baseline={notes}", str(drafts[0])], cwd=tmp_path)
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1
    assert proc.stderr == (f"factdesk: error: --write-baseline: {notes} exists and is not a factdesk baseline file; "
                           "remove it or name another file\n")
    assert notes.read_text() == "my notes\n"


def test_an_existing_baseline_is_replaced(tmp_path: Path) -> None:
    drafts = _drafts(tmp_path / "w", 1)
    target = tmp_path / "w" / ".factdesk-baseline.json"
    target.write_text('{"version": 1, "findings": []}\n')
    proc = _run(["check", "--write-baseline", str(drafts[0])], cwd=tmp_path / "w")
    assert (proc.returncode, proc.stderr) == (0, "")
    assert len(json.loads(target.read_text())["findings"]) == 1


def test_the_report_says_how_many_findings_the_baseline_hid(tmp_path: Path) -> None:
    work = tmp_path / "w"
    drafts = _drafts(work)
    assert _run(["check", "--write-baseline", *(d.name for d in drafts)], cwd=work).returncode == 0
    text = _run(["check", "--baseline", ".factdesk-baseline.json", *(d.name for d in drafts)], cwd=work)
    assert (text.returncode, text.stderr) == (0, "")
    assert text.stdout.rstrip("\n").splitlines()[-1] == "2 findings hidden by the baseline .factdesk-baseline.json"
    js = _run(["check", "--format", "json", "--baseline", ".factdesk-baseline.json", drafts[0].name], cwd=work)
    doc = json.loads(js.stdout)["documents"][0]
    assert doc["baselined"] == 1 and [c["verdict"] for c in doc["claims"]].count("refuted") == 0
    sarif = _run(["check", "--format", "sarif", "--baseline", ".factdesk-baseline.json", drafts[0].name], cwd=work)
    assert json.loads(sarif.stdout)["runs"][0]["properties"] == {"baselined": 1}
    gh = _run(["check", "--format", "github", "--baseline", ".factdesk-baseline.json", drafts[0].name], cwd=work)
    assert gh.stdout == "::notice title=factdesk baseline::1 finding hidden by the baseline .factdesk-baseline.json\n"


# ----------------------------------------------------------------------- the store's truth


def test_a_baselined_run_is_stored_whole(tmp_path: Path) -> None:
    work = tmp_path / "w"
    drafts = _drafts(work, 1)
    assert _run(["check", "--write-baseline", drafts[0].name], cwd=work).returncode == 0
    proc = _run(["check", "--baseline", ".factdesk-baseline.json", drafts[0].name], cwd=work)
    assert proc.returncode == 0  # the refuted claim is accepted: it does not fail the build...
    assert _stored_claims(tmp_path) == [(drafts[0].name, SAMPLE_CLAIMS)]  # ...but it is stored, for the desk


def test_suppressed_claims_are_stored_but_not_reported(tmp_path: Path) -> None:
    draft = tmp_path / "s.md"
    draft.write_text("<!-- factdesk-disable -->\n" + SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    proc = _run(["check", "--format", "json", str(draft)], cwd=tmp_path)
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["documents"][0]["claims"] == []
    assert _stored_claims(tmp_path) == [(str(draft), SAMPLE_CLAIMS)]


def test_report_of_a_path_stores_suppressed_claims_but_does_not_show_them(tmp_path: Path) -> None:
    draft = tmp_path / "s.md"
    draft.write_text("<!-- factdesk-disable -->\n" + SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    proc = _run(["report", str(draft), "-o", str(tmp_path / "r.html")], cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout.startswith(f"wrote {tmp_path / 'r.html'} (0 claims; run ")
    assert _stored_claims(tmp_path) == [(str(draft), SAMPLE_CLAIMS)]


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, timeout=60,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    (repo / "a.md").write_bytes(SAMPLE.read_bytes())
    _git(repo, "add", "a.md")
    _git(repo, "commit", "-q", "-m", "a")
    return repo


def test_changed_lines_filter_the_report_not_the_stored_run(repo: Path, tmp_path: Path) -> None:
    proc = _run(["check", "--format", "json", "--changed-lines", "HEAD", "a.md"], cwd=repo)
    assert proc.returncode == 0  # nothing changed since HEAD: nothing reported, nothing fails
    assert json.loads(proc.stdout)["documents"][0]["claims"] == []
    assert _stored_claims(tmp_path) == [("a.md", SAMPLE_CLAIMS)]


def test_a_git_failure_on_the_second_file_stores_nothing(repo: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()  # not in any repository: git diff fails there
    (outside / "b.md").write_bytes(SAMPLE.read_bytes())
    proc = _run(["check", "--changed-lines", "HEAD", "a.md", str(outside / "b.md")], cwd=repo,
                env={**os.environ, "GIT_CEILING_DIRECTORIES": str(tmp_path)})
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1 and proc.stdout == ""
    assert proc.stderr.startswith("factdesk: error: --changed-lines HEAD: ")
    assert _stored_claims(tmp_path) == []


def test_an_unknown_ref_stores_nothing(repo: Path, tmp_path: Path) -> None:
    proc = _run(["check", "--changed-lines", "no-such-ref", "a.md"], cwd=repo)
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1
    assert _stored_claims(tmp_path) == []


# ------------------------------------------------------------------------------ closed pipe


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_closed_pipe_keeps_the_exit_code(tmp_path: Path, fmt: str) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head -1` after its line: every write gets EPIPE
    try:
        proc = subprocess.run([*FACTDESK, "check", "--no-store", "--format", fmt, str(SAMPLE)], stdout=write_end,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)
    assert (proc.returncode, proc.stderr) == (1, "")  # the refuted claim still fails the build


def test_head_in_a_real_shell_pipeline_keeps_the_failure(tmp_path: Path) -> None:
    cmd = " ".join([*FACTDESK, "check", "--no-store", "--format", "json", str(SAMPLE)]) + " | head -1"
    proc = subprocess.run(["bash", "-c", f"set -o pipefail; {cmd}"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and proc.stdout == "{\n" and proc.stderr == ""
