"""What a CI job on drafts needs: repository configuration, inline suppressions,
a baseline of accepted findings, and restricting findings to changed lines.

Configuration is ``[tool.factdesk]`` in ``pyproject.toml`` or a ``.factdesk.toml``
(top-level keys), found by walking up from the checked file; the nearest wins:

    fail-on = "refuted"          # refuted | unverified | never
    packs = ["refs/desk.jsonl"]  # extra reference packs, relative to the config file
    checkers = ["vote", "name"]  # enabled checkers (default: all)
    ignore = ["drafts/archive/**"]  # glob patterns, relative to the config file
    baseline = ".factdesk-baseline.json"

Command-line flags override the file.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factdesk import rxcache
from factdesk.errors import ConfigError, InputError, UsageError
from factdesk.safeio import read_regular, symlink_loop

if TYPE_CHECKING:  # the contracts (pydantic) load with the pipeline, not with the configuration
    from schemas.contracts import DocumentReport

KEYS = {"fail-on", "packs", "checkers", "ignore", "baseline"}
MAX_CONFIG_BYTES = 1024 * 1024
MAX_BASELINE_BYTES = 64 * 1024 * 1024  # 33 bytes a finding: two million findings


@dataclass
class Config:
    root: Path | None = None
    fail_on: str | None = None
    packs: list[Path] = field(default_factory=list)
    checkers: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    baseline: Path | None = None

    def ignored(self, path: Path) -> bool:
        if self.root is None:
            return False
        try:
            rel = path.resolve().relative_to(self.root).as_posix()
        except (ValueError, RuntimeError, OSError):  # outside the root, or a symlink loop (reported when read)
            return False
        return any(fnmatch.fnmatch(rel, pat) for pat in self.ignore)


def find_config(start: Path) -> Config:
    if symlink_loop(start):
        raise InputError(f"{start}: symbolic link loop")
    here = start.resolve()
    for d in [here, *here.parents] if here.is_dir() else [*here.parents]:
        dot = d / ".factdesk.toml"
        if os.path.lexists(dot):  # a FIFO or a directory of that name is an error, not skipped
            return _parse(dot, _load_toml(dot))
        py = d / "pyproject.toml"
        if py.is_file():
            table = _load_toml(py).get("tool", {}).get("factdesk")
            if table is not None:
                return _parse(py, table)
    return Config()


def apply_config(settings, cfg: Config) -> None:  # noqa: ANN001 - factdesk.settings.Settings
    """The configuration's packs are added to ``FACTDESK_PACKS``; its checkers apply unless set."""
    if cfg.packs:
        settings.packs = os.pathsep.join([*filter(None, settings.packs.split(os.pathsep)), *map(str, cfg.packs)])
    if cfg.checkers and not settings.checkers:
        settings.checkers = ",".join(cfg.checkers)


def _load_toml(path: Path) -> dict:
    import tomllib  # only where a configuration file exists

    raw = read_regular(path, MAX_CONFIG_BYTES, error=ConfigError)
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None


def _parse(path: Path, table: dict) -> Config:
    unknown = set(table) - KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown factdesk setting(s): {', '.join(sorted(unknown))}")
    root = path.parent.resolve()
    fail_on = table.get("fail-on")
    if fail_on is not None and fail_on not in ("refuted", "unverified", "never"):
        raise ConfigError(f"{path}: fail-on must be refuted, unverified or never, not {fail_on!r}")
    for key in ("packs", "checkers", "ignore"):
        if not isinstance(table.get(key, []), list):
            raise ConfigError(f"{path}: {key} must be a list")
    baseline = table.get("baseline")
    return Config(
        root=root,
        fail_on=fail_on,
        packs=[root / p for p in table.get("packs", [])],
        checkers=[str(c) for c in table.get("checkers", [])],
        ignore=[str(p) for p in table.get("ignore", [])],
        baseline=root / baseline if baseline else None,
    )


# ------------------------------------------------------------------ suppressions
_IGNORE_NEXT = rxcache.compile(r"<!--\s*factdesk-ignore-next-line\s*-->")
_DISABLE = rxcache.compile(r"<!--\s*factdesk-disable\s*-->")
_ENABLE = rxcache.compile(r"<!--\s*factdesk-enable\s*-->")


def suppressed_lines(text: str) -> set[int]:
    """1-based lines whose claims are suppressed by inline comments."""
    out: set[int] = set()
    disabled = False
    lines = text.split("\n")
    for i, line in enumerate(lines, start=1):
        if _DISABLE.search(line):
            disabled = True
        if disabled:
            out.add(i)
        if _ENABLE.search(line):
            disabled = False
        if _IGNORE_NEXT.search(line):
            j = i + 1
            while j <= len(lines) and not lines[j - 1].strip():
                j += 1  # the next non-blank line
            out.add(j)
    return out


def apply_suppressions(report: DocumentReport) -> DocumentReport:
    lines = suppressed_lines(report.document.text)
    if lines:
        report.claims = [c for c in report.claims if c.line not in lines]
    return report


# --------------------------------------------------------------------- baseline
def fingerprint(origin: str, cc) -> str:  # noqa: ANN001
    """Stable across edits elsewhere in the file: path, kind, claim text, verdict."""
    key = "\x1f".join([Path(origin).as_posix(), cc.claim.kind.value, cc.claim.text, cc.verdict.label.value])
    return hashlib.sha256(key.encode()).hexdigest()[:32]


DEFAULT_BASELINE = ".factdesk-baseline.json"


def baseline_target(target: str | Path, checked: list[Path]) -> Path:
    """Where ``--write-baseline`` may write: never a file being checked, never over a file that
    is not a baseline, never anything but a regular file."""
    path = Path(target)
    flag = "--write-baseline"
    if any(_same_file(path, p) for p in checked):
        raise UsageError(f"{flag}: {path} is one of the files being checked; name another file ({flag}=FILE)")
    if os.path.lexists(path):
        try:
            read_baseline(path)
        except ConfigError:
            raise UsageError(f"{flag}: {path} exists and is not a factdesk baseline file; "
                             "remove it or name another file") from None
    elif not path.parent.is_dir():
        raise UsageError(f"{flag}: {path.parent} is not a directory")
    return path


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except (OSError, RuntimeError):
        return False


def write_baseline(path: Path, reports: list[DocumentReport]) -> int:
    from schemas.contracts import Label

    entries = sorted(
        {
            fingerprint(r.document.origin, cc)
            for r in reports
            for cc in r.claims
            if cc.verdict.label is not Label.supported
        }
    )
    data = (json.dumps({"version": 1, "findings": entries}, indent=1) + "\n").encode()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:  # atomically: a crash leaves the old baseline, never half of the new one
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UsageError(f"--write-baseline: cannot write {path}: {exc.strerror or exc}") from None
    return len(entries)


def read_baseline(path: Path) -> set[str]:
    if not os.path.lexists(path):
        return set()
    raw = read_regular(path, MAX_BASELINE_BYTES, error=ConfigError)
    try:
        findings = json.loads(raw.decode("utf-8"))["findings"]
    except (json.JSONDecodeError, KeyError, TypeError, UnicodeDecodeError):
        raise ConfigError(f"{path}: not a factdesk baseline file") from None
    if not isinstance(findings, list) or not all(isinstance(f, str) for f in findings):
        raise ConfigError(f"{path}: not a factdesk baseline file")
    return set(findings)


def apply_baseline(report: DocumentReport, known: set[str]) -> int:
    """Drop findings listed in the baseline; return how many were dropped."""
    before = len(report.claims)
    report.claims = [c for c in report.claims if fingerprint(report.document.origin, c) not in known]
    return before - len(report.claims)


# ---------------------------------------------------------------- changed lines
_HUNK = rxcache.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.M)


def changed_lines(path: Path, ref: str) -> set[int]:
    """Lines of ``path`` added or changed since git ``ref`` (all lines if untracked)."""
    import subprocess  # only with --changed-lines: it brings threading, selectors and signal

    try:
        proc = subprocess.run(
            ["git", "diff", "--no-color", "-U0", ref, "--", path.name],
            cwd=path.resolve().parent,
            capture_output=True,
            text=True,
            timeout=60,
        )
    except FileNotFoundError:
        raise UsageError("--changed-lines needs git on PATH") from None
    except subprocess.TimeoutExpired:
        raise UsageError(f"--changed-lines {ref}: {path}: git diff took more than 60 s") from None
    if proc.returncode != 0:
        reason = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "git diff failed"
        raise UsageError(f"--changed-lines {ref}: {path}: {reason}")
    tracked = subprocess.run(
        ["git", "ls-files", "--error-unmatch", path.name], cwd=path.resolve().parent, capture_output=True, timeout=60
    )
    if tracked.returncode != 0:
        return set(range(1, path.read_text(encoding="utf-8", errors="replace").count("\n") + 2))
    out: set[int] = set()
    for m in _HUNK.finditer(proc.stdout):
        start, count = int(m.group(1)), int(m.group(2) or 1)
        out.update(range(start, start + count))
    return out
