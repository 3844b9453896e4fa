"""Inputs that are not regular files, and the error paths that used to be exit 3 (issue 14,
cases 3 and 4): each is exit 2 with one line on stderr, through the real CLI, and quickly.

A FIFO used to hang, ``/dev/zero`` was read until memory ran out (``st_size`` is 0), a
symlink loop as the first path raised RuntimeError in the configuration search, and a bad
setting value printed pydantic's four-line error.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE

FACTDESK = [sys.executable, "-m", "factdesk.cli"]


def _check(*paths: str, env: dict[str, str] | None = None, extra: tuple[str, ...] = ("--no-store",),
           cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*FACTDESK, "check", *paths, *extra], capture_output=True, text=True, timeout=60,
                          env={**os.environ, **(env or {})}, cwd=cwd)


def _one_line_error(proc: subprocess.CompletedProcess[str], message: str) -> None:
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr == f"factdesk: error: {message}\n"
    assert proc.stdout == ""


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "draft.md"
    os.mkfifo(fifo)
    _one_line_error(_check(str(fifo)), f"{fifo}: is a FIFO (named pipe), not a regular file")


def test_dev_zero_is_refused_not_read_without_limit() -> None:
    _one_line_error(_check("/dev/zero"), "/dev/zero: is a character device, not a regular file")


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(path))
        _one_line_error(_check(str(path)), f"{path}: is a socket, not a regular file")


def test_a_directory_is_refused(tmp_path: Path) -> None:
    _one_line_error(_check(str(tmp_path)), f"{tmp_path}: is a directory, not a document")


def test_the_read_is_bounded_whatever_st_size_says(tmp_path: Path) -> None:
    """A file that grows after stat (here: /proc files report st_size 0) is cut at the limit."""
    from factdesk.ingest import MAX_BYTES, read_document

    proc_file = Path("/proc/self/maps")  # a regular file whose st_size is 0
    assert proc_file.stat().st_size == 0
    doc, _ = read_document(proc_file)  # read, not rejected as empty
    assert len(doc.text.encode()) <= MAX_BYTES and doc.text


@pytest.mark.parametrize("position", ["first", "second"])
def test_a_symlink_loop_is_exit_2_and_one_line(tmp_path: Path, position: str) -> None:
    loop = tmp_path / "loop.md"
    loop.symlink_to(tmp_path / "loop.md")
    paths = [str(loop), str(SAMPLE)] if position == "first" else [str(SAMPLE), str(loop)]
    _one_line_error(_check(*paths), f"{loop}: symbolic link loop")


def test_a_dangling_symlink_is_no_such_file(tmp_path: Path) -> None:
    link = tmp_path / "gone.md"
    link.symlink_to(tmp_path / "missing.md")
    _one_line_error(_check(str(link)), f"{link}: no such file")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("\ufeffPresident Joe Biden spoke.\n".encode("utf-16-le"),
         "UTF-16 text (byte order mark FF FE): save it as UTF-8"),
        ("\ufeffPresident Joe Biden spoke.\n".encode("utf-16-be"),
         "UTF-16 text (byte order mark FE FF): save it as UTF-8"),
        ("President Joe Biden spoke.\n".encode("utf-16-le"),
         "UTF-16 text (little-endian, no byte order mark): save it as UTF-8"),
    ],
    ids=["utf16le-bom", "utf16be-bom", "utf16-no-bom"],
)
def test_utf16_is_named(tmp_path: Path, raw: bytes, message: str) -> None:
    path = tmp_path / "d.md"
    path.write_bytes(raw)
    _one_line_error(_check(str(path)), f"{path}: {message}")


@pytest.mark.parametrize(
    ("var", "value", "message"),
    [
        ("FACTDESK_BUNDLED_PACKS", "maybe",
         "setting FACTDESK_BUNDLED_PACKS='maybe': Input should be a valid boolean, unable to interpret input"),
        ("FACTDESK_DB_CONNECT_TIMEOUT", "soon",
         "setting FACTDESK_DB_CONNECT_TIMEOUT='soon': "
         "Input should be a valid number, unable to parse string as a number"),
        ("FACTDESK_DB_STATEMENT_TIMEOUT", "0",
         "setting FACTDESK_DB_STATEMENT_TIMEOUT='0': Input should be greater than 0"),
    ],
)
def test_a_bad_setting_is_exit_2_and_one_line(var: str, value: str, message: str) -> None:
    _one_line_error(_check(str(SAMPLE), env={var: value}), message)


def test_a_bad_setting_in_another_command_is_exit_2_and_one_line() -> None:
    proc = subprocess.run([*FACTDESK, "db", "upgrade"], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "FACTDESK_ONLINE": "perhaps"})
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1
    assert proc.stderr.startswith("factdesk: error: setting FACTDESK_ONLINE='perhaps': ")


def test_a_fifo_as_config_or_baseline_does_not_hang(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_bytes(SAMPLE.read_bytes())
    baseline = tmp_path / "base.json"
    os.mkfifo(baseline)
    _one_line_error(_check(str(draft), extra=("--no-store", f"--baseline={baseline}")),
                    f"{baseline}: is a FIFO (named pipe), not a regular file")
    os.mkfifo(tmp_path / ".factdesk.toml")
    _one_line_error(_check(str(draft)), f"{tmp_path / '.factdesk.toml'}: is a FIFO (named pipe), not a regular file")
