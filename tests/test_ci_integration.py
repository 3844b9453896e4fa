"""Repository configuration, inline suppressions, baselines and --changed-lines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BAD = "Secretary of State Anthony Blinken spoke.\n"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factdesk.cli", *args], capture_output=True, text=True,
                          timeout=120, cwd=cwd, env={**os.environ})


def draft(tmp: Path, name: str, body: str) -> Path:
    p = tmp / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text("---\ndate: 2023-12-12\n---\n" + body)
    return p


def names(proc: subprocess.CompletedProcess[str]) -> list[tuple[str, int]]:
    out = json.loads(proc.stdout)
    return [(c["text"], c["line"]) for d in out["documents"] for c in d["claims"] if c["kind"] == "name"]


def test_inline_suppressions(tmp_path: Path) -> None:
    p = draft(tmp_path, "a.md", BAD + "<!-- factdesk-ignore-next-line -->\n" + BAD + "<!-- factdesk-disable -->\n"
              + BAD + BAD + "<!-- factdesk-enable -->\n" + BAD)
    proc = run("check", str(p), "--no-store", "--format", "json", cwd=tmp_path)
    assert names(proc) == [("Anthony Blinken", 4), ("Anthony Blinken", 11)]


def test_config_in_pyproject_walks_up(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.factdesk]\nfail-on = "never"\nignore = ["archive/*"]\n')
    p = draft(tmp_path, "drafts/new/a.md", BAD)
    assert run("check", str(p), "--no-store", cwd=tmp_path).returncode == 0  # fail-on never from config
    assert run("check", str(p), "--no-store", "--fail-on", "refuted", cwd=tmp_path).returncode == 1  # flag wins
    archived = draft(tmp_path, "archive/old.md", BAD)
    proc = run("check", str(archived), "--no-store", "--format", "json", "--fail-on", "refuted", cwd=tmp_path)
    assert json.loads(proc.stdout) == {"documents": []} and proc.returncode == 0


def test_dot_factdesk_toml_and_bad_config(tmp_path: Path) -> None:
    (tmp_path / ".factdesk.toml").write_text('checkers = ["vote"]\n')
    p = draft(tmp_path, "a.md", BAD)
    proc = run("check", str(p), "--no-store", "--format", "json", cwd=tmp_path)
    assert json.loads(proc.stdout)["documents"][0]["claims"] == [] and proc.returncode == 0
    (tmp_path / ".factdesk.toml").write_text('colour = "red"\n')
    proc = run("check", str(p), "--no-store", cwd=tmp_path)
    assert proc.returncode == 2 and "unknown factdesk setting(s): colour" in proc.stderr


def test_baseline_only_new_findings_fail(tmp_path: Path) -> None:
    p = draft(tmp_path, "a.md", BAD)
    proc = run("check", str(p), "--no-store", "--write-baseline", cwd=tmp_path)
    assert proc.returncode == 0 and "wrote 1 accepted findings" in proc.stdout
    assert run("check", str(p), "--no-store", "--baseline", ".factdesk-baseline.json", cwd=tmp_path).returncode == 0
    p.write_text(p.read_text() + "Later, Anthony Blinkin arrived.\n")
    proc = run("check", str(p), "--no-store", "--baseline", ".factdesk-baseline.json", "--format", "json",
               cwd=tmp_path)
    assert proc.returncode == 1 and names(proc) == [("Anthony Blinkin", 5)]


def test_changed_lines(tmp_path: Path) -> None:
    git = ["git", "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    p = draft(tmp_path, "a.md", BAD)
    subprocess.run([*git, "add", "a.md"], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-qm", "x"], cwd=tmp_path, check=True)
    p.write_text(p.read_text() + "Later, Anthony Blinkin arrived.\n")
    proc = run("check", str(p), "--no-store", "--changed-lines", "HEAD", "--format", "json", cwd=tmp_path)
    assert names(proc) == [("Anthony Blinkin", 5)]
    proc = run("check", str(p), "--no-store", "--changed-lines", "no-such-ref", cwd=tmp_path)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
