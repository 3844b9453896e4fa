"""The pre-commit hook (via `pre-commit try-repo`) and the GitHub Action's script, run for real."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

BIN = Path(sys.executable).parent
BAD = "---\ndate: 2023-12-12\n---\nSecretary of State Anthony Blinken spoke.\n"
GOOD = "---\ndate: 2023-12-12\n---\nSecretary of State Antony Blinken spoke.\n"
GIT = ["git", "-c", "user.email=t@example.org", "-c", "user.name=t"]


def repo(tmp: Path) -> Path:
    r = tmp / "newsroom"
    r.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=r, check=True)
    return r


def test_pre_commit_try_repo_fails_a_bad_draft(tmp_path: Path) -> None:
    if shutil.which("pre-commit", path=str(BIN)) is None:
        pytest.fail("pre-commit is a dev dependency: pip install -e '.[dev]'")
    r = repo(tmp_path)
    (r / "bad.md").write_text(BAD)
    (r / "good.md").write_text(GOOD)
    subprocess.run([*GIT, "add", "."], cwd=r, check=True)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pc-home")}
    pc = str(BIN / "pre-commit")
    bad = subprocess.run([pc, "try-repo", str(ROOT), "factdesk", "--files", "bad.md"], cwd=r, env=env,
                         capture_output=True, text=True, timeout=900)
    assert bad.returncode == 1, bad.stdout[-3000:]
    assert 'bad.md:4: REFUTED name: "Anthony Blinken" -> Antony Blinken' in bad.stdout
    good = subprocess.run([pc, "try-repo", str(ROOT), "factdesk", "--files", "good.md"], cwd=r, env=env,
                          capture_output=True, text=True, timeout=900)
    assert good.returncode == 0, good.stdout[-3000:]


def test_action_script_checks_changed_markdown_only(tmp_path: Path) -> None:
    r = repo(tmp_path)
    (r / "old.md").write_text(BAD)
    subprocess.run([*GIT, "add", "."], cwd=r, check=True)
    subprocess.run([*GIT, "commit", "-qm", "base"], cwd=r, check=True)
    (r / "new.md").write_text(BAD)
    (r / "notes.txt").write_text(BAD)
    subprocess.run([*GIT, "add", "."], cwd=r, check=True)
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", "FACTDESK_BASE_REF": "HEAD"}
    proc = subprocess.run(["bash", str(ROOT / "scripts" / "action-check.sh")], cwd=r, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == [
        "::error file=new.md,line=4,col=20,endColumn=35,title=factdesk name%3A refuted::refuted: \"Anthony Blinken\""
        " -> Antony Blinken. 'Anthony Blinken' looks like a misspelling of Antony Blinken (similarity 97/100; "
        "surname and given name each match closely). Identification: Antony Blinken, identified by: Antony Blinken "
        "('Anthony Blinken', this sentence)."
    ]
    env["FACTDESK_FAIL_ON"] = "never"
    assert subprocess.run(["bash", str(ROOT / "scripts" / "action-check.sh")], cwd=r, env=env,
                          capture_output=True, text=True, timeout=300).returncode == 0
