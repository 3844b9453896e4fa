"""``factdesk review add-user`` (password on stdin, stored hashed) and ``review serve``'s
argument errors: one line, exit 2."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from sqlmodel import Session, select

from factdesk.cli import main
from factdesk.settings import Settings
from factdesk.store.db import get_engine
from schemas.review import UserRow


def _users() -> list[tuple[str, str]]:
    with Session(get_engine(Settings().database_url)) as s:
        return [(u.name, u.role) for u in s.exec(select(UserRow).order_by(UserRow.name))]


def test_add_user_reads_the_password_from_stdin(tmp_path: Path) -> None:
    env = {**os.environ, "FACTDESK_DATABASE_URL": f"sqlite:///{tmp_path / 'u.db'}"}
    r = subprocess.run([sys.executable, "-m", "factdesk.cli", "review", "add-user", "erin", "--role", "editor"],
                       input="long enough password\n", capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert (r.returncode, r.stdout, r.stderr) == (0, "added editor erin\n", "")
    from factdesk.review.accounts import authenticate

    with Session(get_engine(env["FACTDESK_DATABASE_URL"])) as s:
        assert authenticate(session=s, name="erin", password="long enough password").role == "editor"
        assert authenticate(session=s, name="erin", password="long enough password\n") is None


@pytest.mark.parametrize("argv, stdin, message", [
    (["erin", "--role", "editor"], "", "no password on stdin (give it as the first line)"),
    (["erin", "--role", "editor"], "short\n", "the password must have at least 8 characters"),
    (["erin", "--role", "admin"], "long enough\n",
     "argument --role: invalid choice: 'admin' (choose from 'editor', 'viewer')"),
    (["a b", "--role", "viewer"], "long enough\n", "invalid user name 'a b': 1-64 characters, letters, digits and "
                                                   ". _ @ - (starting with a letter or digit)"),
])
def test_add_user_bad_input(argv: list[str], stdin: str, message: str, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    assert main(["review", "add-user", *argv]) == 2
    assert capsys.readouterr().err == f"factdesk: error: {message}\n"
    assert _users() == []


def test_add_user_twice_keeps_the_first(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("first password\n"))
    assert main(["review", "add-user", "vic", "--role", "viewer"]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("second password\n"))
    assert main(["review", "add-user", "vic", "--role", "editor"]) == 2
    assert capsys.readouterr().err == "factdesk: error: user 'vic' already exists\n"
    assert _users() == [("vic", "viewer")]


def test_serve_refuses_a_taken_port_and_a_bad_port(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["review", "serve", "--host", "127.0.0.1", "--port", str(port)]) == 2
        err = capsys.readouterr().err
        assert err == f"factdesk: error: cannot listen on 127.0.0.1:{port}: Address already in use\n"
    assert main(["review", "serve", "--port", "70000"]) == 2
    assert capsys.readouterr().err == "factdesk: error: --port must be 0-65535, not 70000\n"
