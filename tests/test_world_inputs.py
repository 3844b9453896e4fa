"""The world base's input digest is remembered by file stamps, and still follows every change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factdesk.world import inputs


def _fresh(root: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("FACTDESK_CACHE_DIR", "off")
    digest = inputs.input_digest(root)
    monkeypatch.undo()
    return digest


def test_the_memo_answers_until_an_input_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "world"
    shutil.copytree(inputs.seeds_dir() / "unsc-vetoes", root / "unsc-vetoes")
    (root / "build").mkdir()
    (root / "build" / "world-x.sqlite").write_bytes(b"not an input")
    monkeypatch.setenv("FACTDESK_CACHE_DIR", str(tmp_path / "cache"))
    first = inputs.input_digest(root)
    assert first == _fresh(root, monkeypatch)
    assert len(list((tmp_path / "cache").glob("world-inputs-*.json"))) == 1
    monkeypatch.setenv("FACTDESK_CACHE_DIR", str(tmp_path / "cache"))
    assert inputs.input_digest(root) == first  # from the memo
    raw = next(p for p in sorted(root.rglob("*")) if p.is_file() and "build" not in p.parts)
    raw.write_bytes(raw.read_bytes() + b"\n")  # an edited raw file
    assert inputs.input_digest(root) != first
    assert inputs.input_digest(root) == _fresh(root, monkeypatch)
    monkeypatch.setenv("FACTDESK_CACHE_DIR", str(tmp_path / "cache"))
    changed = inputs.input_digest(root)
    (root / "unsc-vetoes" / "added.csv").write_text("a,b\n")  # a file added
    assert inputs.input_digest(root) not in (first, changed)
    (root / "build" / "world-y.sqlite").write_bytes(b"built bases are not inputs")
    assert inputs.input_digest(root) == _fresh(root, monkeypatch)
