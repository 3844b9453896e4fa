"""What `factdesk check` imports: a heavy module entering the check path fails here.

`factdesk check` runs on every CI commit, so its start-up is the tool's latency; see
README "Speed" and bench/bench.py for the measured figures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLE

ROOT = Path(__file__).resolve().parents[1]

#: never on `check --no-store`: networking, the event loop, the store's stack, the web stack,
#: YAML beyond simple front matter, and the package-metadata scan (it imports email/zipfile/csv)
HEAVY_NO_STORE = {
    "asyncio", "ssl", "socket", "email", "http", "urllib.request", "zipfile", "csv", "importlib.metadata",
    "yaml", "pydantic_settings", "dotenv", "sqlalchemy", "sqlmodel", "alembic", "psycopg", "prefect",
    "requests", "requests_cache", "bs4", "feedparser", "fastapi", "starlette", "jinja2", "argon2", "anyio",
    "pycountry",  # the country table is generated offline (scripts/gen_countries.py) and read as JSON
    "html",  # the HTML parser reads HTML input only (factdesk.htmlview)
    "rapidfuzz",  # near-miss names are scored by factdesk.refs.fuzzy (rapidfuzz's scores, without its import)
    # shutil (imported by tempfile, and by argparse's default help formatter) loads bz2 and lzma, two shared
    # libraries: files are written through tempfile only when something is saved, and factdesk.cli's formatter
    # reads the terminal's width itself
    "shutil", "tempfile", "bz2", "lzma",
    # the other commands' subsystems: ``check`` builds only its own parser (factdesk.cli.build_parser)
    "factdesk.feeds", "factdesk.review", "factdesk.sources", "factdesk.world.cli", "factdesk.world.build",
    "factdesk.htmlview", "factdesk.store",
}
#: storing to an existing database at the newest migration goes through the driver alone
#: (sqlite3 needs no socket, but nothing forbids the OS module either)
HEAVY_STORE = HEAVY_NO_STORE - {"socket", "factdesk.store"}


def _modules(args: list[str], env: dict[str, str]) -> set[str]:
    code = (
        "import contextlib, io, json, sys\n"
        "from factdesk import cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = cli.main({args!r})\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    code, modules = json.loads(out.stdout.strip().splitlines()[-1])
    assert code == 1  # the sample draft has a refuted claim: the check really ran
    return set(modules)


def _heavy(modules: set[str], heavy: set[str]) -> set[str]:
    return {m for m in modules if any(m == h or m.startswith(h + ".") for h in heavy)}


def test_check_no_store_imports_no_heavy_module(tmp_path: Path) -> None:
    env = {**os.environ, "FACTDESK_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    first = _modules(["check", "--no-store", str(SAMPLE)], env)  # scans entry points, fills the caches
    second = _modules(["check", "--no-store", str(SAMPLE)], env)  # what every later run imports
    assert _heavy(second, HEAVY_NO_STORE) == set()
    # the first run scans the installed metadata, and builds the world base if its inputs changed
    # (and writes its caches through tempfile)
    scan = {"importlib", "email", "zipfile", "csv", "socket", "pycountry", "tempfile", "shutil", "bz2", "lzma"}
    assert {m.split(".")[0] for m in _heavy(first, HEAVY_NO_STORE - {"factdesk.world.build"})} <= scan
    # the test would notice a check that did nothing (the sample draft misspells "Antony Blinken")
    assert {"pydantic", "factdesk.refs.fuzzy", "factdesk.extract"} <= second


def test_check_storing_to_an_existing_database_imports_no_sqlalchemy(tmp_path: Path) -> None:
    env = {**os.environ, "FACTDESK_CACHE_DIR": str(tmp_path / "cache"),
           "FACTDESK_DATABASE_URL": f"sqlite:///{tmp_path / 'store.db'}"}
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    first = _modules(["check", str(SAMPLE)], env)  # creates the database: SQLAlchemy and Alembic migrate it
    assert {"sqlalchemy", "alembic"} <= first
    second = _modules(["check", str(SAMPLE)], env)
    assert _heavy(second, HEAVY_STORE) == set()
    assert "sqlite3" in second


@pytest.mark.parametrize("off", ["off", ""])
def test_a_user_who_set_pydantic_plugins_keeps_them(tmp_path: Path, off: str) -> None:
    """factdesk only says "no plugins" when none is installed and the user said nothing."""
    code = ("import os, sys\nfrom factdesk.entrypoints import quiet_pydantic_plugins\nquiet_pydantic_plugins()\n"
            "from pydantic import BaseModel\nclass M(BaseModel):\n    x: int\n"
            "l = sys.modules['pydantic.plugin._loader']\n"
            "print(os.environ.get('PYDANTIC_DISABLE_PLUGINS'), type(l).__name__, list(l.get_plugins()), M(x='1').x,"
            " 'importlib.metadata' in sys.modules)")
    env = {**os.environ, "FACTDESK_CACHE_DIR": str(tmp_path)}
    if off:
        env["PYDANTIC_DISABLE_PLUGINS"] = "some_plugin"
    else:
        env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True)  # fills the cache
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.split() == (["some_plugin", "module", "[]", "1", "True"] if off
                           else ["None", "_NoPydanticPlugins", "[]", "1", "False"])


def test_check_in_process_leaves_the_environment_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factdesk import cli

    monkeypatch.setenv("FACTDESK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    before = dict(os.environ)
    assert cli.main(["check", "--no-store", "--format", "json", str(SAMPLE)]) == 1
    assert dict(os.environ) == before


def test_entry_points_are_rescanned_when_sys_path_changes(tmp_path: Path) -> None:
    code = ("import json\nfrom factdesk import entrypoints\n"
            "print(json.dumps(entrypoints.entry_points('factdesk.checkers')))")
    env = {**os.environ, "FACTDESK_CACHE_DIR": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    (path,) = tmp_path.glob("entry-points-*.json")  # one file for this sys.path
    cached = json.loads(path.read_text())
    assert sorted(name for name, _ in json.loads(first)) == [
        "event_date", "name", "person_role", "quantity", "statement", "vote"]
    # a stale file for another sys.path is not trusted: the answer comes from a fresh scan
    cached["key"] = [["/elsewhere", 1]]
    cached["groups"]["factdesk.checkers"] = [["bogus", "nowhere:Nothing"]]
    path.write_text(json.dumps(cached))
    again = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert again == first


def test_each_sys_path_keeps_its_own_entry_point_file(tmp_path: Path) -> None:
    """Two environments sharing a cache folder (or ``python -m`` beside the console script)
    do not overwrite each other's remembered entry points: each run finds its own file."""
    code = ("import json\nfrom factdesk import entrypoints\n"
            "print(json.dumps(entrypoints.entry_points('factdesk.checkers')))")
    env = {**os.environ, "FACTDESK_CACHE_DIR": str(tmp_path)}
    other = {**env, "PYTHONPATH": str(tmp_path / "elsewhere")}
    a = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    b = subprocess.run([sys.executable, "-c", code], env=other, capture_output=True, text=True, check=True).stdout
    files = sorted(tmp_path.glob("entry-points-*.json"))
    assert len(files) == 2 and a == b
    stamps = [f.stat().st_mtime_ns for f in files]
    for e in (env, other):  # answered from the files: neither is rewritten
        subprocess.run([sys.executable, "-c", code], env=e, capture_output=True, text=True, check=True)
    assert [f.stat().st_mtime_ns for f in files] == stamps


def test_the_collector_pauses_for_start_up_only_in_a_check_process(tmp_path: Path) -> None:
    """A ``factdesk check`` process of its own starts with the cyclic collector off and turns it
    back on (the start-up's objects frozen) once the first document is checked; an in-process
    caller of ``main`` keeps its collector as it was."""
    code = ("import contextlib, gc, io, sys\nfrom factdesk import cli\n"
            f"sys.argv = ['factdesk', 'check', '--no-store', {str(SAMPLE)!r}, {str(SAMPLE)!r}]\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n    code = cli.main()\n"
            "print(code, gc.isenabled(), gc.get_freeze_count() > 0)\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    code = cli.main(['check', '--no-store', {str(SAMPLE)!r}])\n"
            "print(code, gc.isenabled())\n")
    env = {**os.environ, "FACTDESK_CACHE_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split() == ["1", "True", "True", "1", "True"]


def test_a_warm_check_writes_no_pattern_cache_file(tmp_path: Path) -> None:
    """Once warm, a check finds every pattern in the cache, its own and the libraries' (served
    through ``rxcache.serve_re``): no file is rewritten. A pattern that differs in every process
    (``tokenize``'s, built from a set, which pydantic needed for a builtin ``default_factory``)
    grew the core file by one entry a run until it was full, then rewrote it every run."""
    import hashlib

    code = ("import contextlib, io, sys\nfrom factdesk import cli\n"
            f"sys.argv = ['factdesk', 'check', '--no-store', {str(SAMPLE)!r}]\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n    sys.exit(cli.main())\n")
    env = {**os.environ, "FACTDESK_CACHE_DIR": str(tmp_path)}

    def files() -> dict[str, str]:
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.glob("regex-*.marshal")}

    for _ in range(2):
        subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=False)
    warm = files()
    core = min(tmp_path.glob("regex-*.marshal"), key=lambda p: len(p.name))  # regex-<tag>.marshal
    stamp = core.stat().st_mtime_ns
    subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=False)
    assert files() == warm and len(warm) >= 2
    assert core.stat().st_mtime_ns == stamp


def test_a_warm_check_parses_no_pattern(tmp_path: Path) -> None:
    """Once warm, a check parses no regular expression: compiled patterns come from the cache
    (``rxcache``) and the literal sets of the gated ones too (``rxgate.remembered_literals``).
    Reading the gates' literals afresh in every process made a cold check 3.4 times slower
    (0.30 s -> 1.0 s on the sample draft) without any test noticing."""
    # counted: str patterns parsed through factdesk's caches (the standard library compiles a
    # few small ones while ``factdesk.cli`` is imported, before the cache serves ``re``)
    code = ("import contextlib, io, sys, traceback\nfrom re import _parser\nplain = _parser.parse\ncalls = []\n"
            "def counted(*a, **k):\n"
            "    ours = any(f.filename.endswith(('rxgate.py', 'rxcache.py')) for f in traceback.extract_stack())\n"
            "    if isinstance(a[0], str) and ours:\n        calls.append(a[0][:60])\n"
            "    return plain(*a, **k)\n"
            "_parser.parse = counted\nfrom factdesk import cli\n"
            f"sys.argv = ['factdesk', 'check', '--no-store', {str(SAMPLE)!r}]\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n    code = cli.main()\n"
            "print(code, len(calls), calls[:5])\n")
    env = {**os.environ, "FACTDESK_CACHE_DIR": str(tmp_path)}
    for _ in range(2):
        subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True, capture_output=True)
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "1 0 []"


def test_a_warm_check_builds_no_pydantic_model(tmp_path: Path) -> None:
    """Building a pydantic model costs ~0.5 ms and the modules it imports; a warm check builds none: the
    contracts are built from values the pipeline made (``contracts.trusted``; a document read from a file too),
    the claim types' slots are plain classes (``claimtypes.slotmodel``), the bundled packs are built without
    validating what was validated before (``factdesk.validated``), and so are settings from a text-only
    environment; the lexicon's files are checked by ``lexicon._checked`` (the same checks for their shapes)
    and an evidence quote reads a record's plain fields without its serializer (``refs.quote._dumped``)."""
    code = ("import contextlib, io, json, sys\nfrom factdesk import cli\nfrom pydantic import BaseModel\n"
            "from pydantic._internal._mock_val_ser import MockValSer\n"
            f"sys.argv = ['factdesk', 'check', '--no-store', {str(SAMPLE)!r}]\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n    code = cli.main()\n"
            "def subs(c):\n    for s in c.__subclasses__():\n        yield s\n        yield from subs(s)\n"
            "built = sorted({c.__name__ for c in subs(BaseModel)"
            " if not isinstance(c.__pydantic_validator__, MockValSer)})\n"
            "print(json.dumps([code, built]))\n")
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("FACTDESK_")}
    env["FACTDESK_CACHE_DIR"] = str(tmp_path)
    for _ in range(2):  # the first run validates the bundled data and remembers it
        out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                             check=True)
    code, built = json.loads(out.stdout.strip().splitlines()[-1])
    assert code == 1
    assert built == []
