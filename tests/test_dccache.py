"""``@dataclass`` methods compiled once and kept beside factdesk's byte-code (``factdesk.dccache``):
the classes are the same, a warm check compiles none, and a damaged or unwritable file only
costs the compiling."""

from __future__ import annotations

import builtins
import dataclasses
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factdesk import dccache

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache file, and ``dataclasses.exec`` restored after the test."""
    path = tmp_path / "__pycache__" / "dataclasses-test.marshal"
    monkeypatch.setattr(dccache, "cache_file", lambda: path)
    monkeypatch.setattr(dccache, "_codes", {})
    monkeypatch.setattr(dccache, "_dirty", False)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(dataclasses, "exec", builtins.exec, raising=False)  # removed again afterwards
    return path


def _define() -> type:
    @dataclasses.dataclass(frozen=True, order=True)
    class Point:
        x: int
        y: int = 0
        tags: list[str] = dataclasses.field(default_factory=list, hash=False)

        def norm(self) -> int:
            return abs(self.x) + abs(self.y)

    return Point


def test_kept_code_makes_the_same_class(kept: Path) -> None:
    plain = _define()
    dccache.serve_dataclasses()
    dccache.serve_dataclasses()  # a second call changes nothing
    first = _define()  # compiled and kept
    dccache.save()
    assert kept.is_file() and dccache._codes
    stored = marshal.loads(kept.read_bytes())
    assert set(stored) == set(dccache._codes)
    served = _define()  # from the kept code
    for cls in (plain, first, served):
        p = cls(3, -4)
        assert (p.norm(), repr(p), p == cls(3, -4), p < cls(4), hash(p) == hash(cls(3, -4))) == (
            7, "_define.<locals>.Point(x=3, y=-4, tags=[])", True, True, True)
        with pytest.raises(dataclasses.FrozenInstanceError):
            p.x = 1  # type: ignore[misc]
        assert cls.__init__.__annotations__ == plain.__init__.__annotations__  # no inherited __future__ flags
        assert cls.__init__.__qualname__ == "_define.<locals>.Point.__init__"


def test_a_damaged_file_is_ignored_and_replaced(kept: Path) -> None:
    kept.parent.mkdir()
    kept.write_bytes(b"not marshal data")
    dccache.serve_dataclasses()
    assert _define()(1).norm() == 1
    dccache.save()
    assert isinstance(marshal.loads(kept.read_bytes()), dict)


def test_nothing_is_written_without_byte_code(kept: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    dccache.serve_dataclasses()
    _define()
    dccache.save()
    assert not kept.exists()


def test_a_warm_check_compiles_no_dataclass(tmp_path: Path) -> None:
    """The second ``factdesk check`` process finds every dataclass method compiled."""
    code = ("import contextlib, io, sys\nfrom factdesk import cli, dccache\n"
            "calls = []\nplain = dccache._compile\n"
            "dccache._compile = lambda s: calls.append(s) or plain(s)\n"
            "sys.argv = ['factdesk', 'check', '--no-store', 'seeds/sample-draft.md']\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n    code = cli.main()\n"
            "import dataclasses\nprint(code, len(calls), getattr(dataclasses.exec, '_factdesk', False))\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["FACTDESK_CACHE_DIR"] = str(tmp_path)
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                             check=True)
    assert out.stdout.split() == ["1", "0", "True"]
