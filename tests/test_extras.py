"""Installs per user: a command whose extra is not installed says which, in one line, exit 2.

The real thing (a fresh venv with the core only) is measured by bench/install_cost.py, which
runs these commands there too; here the missing modules are hidden from this process."""

from __future__ import annotations

import sys

import pytest
from conftest import SAMPLE

from factdesk import extras
from factdesk.cli import main


def _hide(monkeypatch: pytest.MonkeyPatch, *modules: str) -> None:
    real = extras.find_spec
    monkeypatch.setattr(extras, "find_spec", lambda name: None if name in modules else real(name))
    for m in modules:
        monkeypatch.setitem(sys.modules, m, None)  # importing it now raises ModuleNotFoundError


@pytest.mark.parametrize(("argv", "module", "extra"), [
    (["serve"], "prefect", "flows"),
    (["flow", "check", str(SAMPLE)], "prefect", "flows"),
    (["flow", "feed", "feeds.yaml"], "feedparser", "flows"),
    (["review", "serve"], "fastapi", "desk"),
    (["report", str(SAMPLE), "-o", "r.html"], "jinja2", "desk"),
])
def test_a_command_without_its_extra_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str], module: str, extra: str
) -> None:
    _hide(monkeypatch, module)
    assert main(argv) == 2
    out, err = capsys.readouterr()
    command = " ".join(argv[:1])
    assert (out, err) == ("", f"factdesk: error: factdesk {command} needs the {extra} extra ({module} is not "
                              f"installed): pip install 'factdesk[{extra}]'\n")


def test_a_postgresql_store_without_psycopg_names_the_postgres_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from factdesk.store.db import get_engine

    get_engine.cache_clear()
    _hide(monkeypatch, "psycopg")
    monkeypatch.setenv("FACTDESK_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    assert main(["check", str(SAMPLE)]) == 2
    assert capsys.readouterr().err == ("factdesk: error: factdesk check needs the postgres extra (psycopg is not "
                                       "installed): pip install 'factdesk[postgres]'\n")


def test_the_core_commands_need_no_extra() -> None:
    for command in ("check", "eval", "refs", "db"):
        extras.require_for(command)  # raises nothing, whatever is installed
    assert set(extras.COMMAND_EXTRA) == {"flow", "serve", "review", "report", "export"}
