"""Big packs are compiled once into an indexed store (``factdesk.refs.compiled``) that later
processes open: they answer like the pack read into memory, a bad record is a one-line error
naming its line with nothing left behind, and a changed file gets a new store."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from factdesk.errors import PackError
from factdesk.pipeline import load_reference_base
from factdesk.refs import compiled
from factdesk.refs.pack import Person, load_pack
from factdesk.refs.people import MemoryPeople
from factdesk.settings import Settings

sys.path.insert(0, str(ROOT / "bench"))
from synthetic_pack import write_pack  # noqa: E402

SRC = "https://example.org/test"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTDESK_CACHE_DIR", str(folder))
    monkeypatch.setenv("FACTDESK_PACK_COMPILE_MB", "0")  # every configured pack is compiled
    return folder


def _stores(cache: Path) -> list[str]:
    return sorted(p.name for p in (cache / "packs").glob("pack-[0-9a-f]*")) if (cache / "packs").exists() else []


def test_a_compiled_pack_answers_like_the_pack_in_memory(cache: Path, tmp_path: Path) -> None:
    pack = tmp_path / "people.jsonl"
    write_pack(pack, 3000, roles=50)
    memory = load_pack(pack)
    refs = load_reference_base(Settings(world=False, packs=str(pack)))
    assert refs.compiled and _stores(cache)[0].endswith(f"-b{compiled.BUILDER}.sqlite")
    people = [r for r in memory.records if isinstance(r, Person)]
    assert len(people) == 3000
    for p in people[::97]:
        assert refs.person_by_alias(p.name) == p
        assert refs.known_alias(p.name)
        assert refs.people[p.id] == p
        assert refs.provenance(p).pack == "synthetic-people"
    first = people[0]
    role = first.offices[0].role
    on = first.offices[0].start + dt.timedelta(days=30)
    expected = sorted(p.id for p in people for o in p.offices
                      if o.role == role and o.start <= on < o.end)
    assert expected and sorted(p.id for p, _ in refs.holders(role, on)) == expected
    assert [r.id for r in refs.roles_titled(refs.roles[role].title, "Zembla")] == [role]
    # the packs read into memory are still theirs: a bundled person answers as before
    bundled = load_reference_base(Settings(world=False))
    assert refs.person_by_alias("Antony Blinken") == bundled.person_by_alias("Antony Blinken")
    assert refs.person_by_surname("Blinken") == bundled.person_by_surname("Blinken")
    assert sorted(refs.people) == sorted(bundled.people)  # iterating covers the packs in memory


def test_later_processes_open_the_store_and_a_changed_file_gets_a_new_one(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack = tmp_path / "people.jsonl"
    write_pack(pack, 500, roles=5)
    compiled.open_compiled(pack).close()
    [store] = _stores(cache)
    stamp = (cache / "packs" / store).stat().st_mtime_ns

    def no_compile(*_a: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(compiled, "compile_pack", no_compile)
    assert compiled.open_compiled(pack).header.name == "synthetic-people"
    assert (cache / "packs" / store).stat().st_mtime_ns == stamp
    monkeypatch.undo()
    monkeypatch.setenv("FACTDESK_CACHE_DIR", str(cache))
    write_pack(pack, 501, roles=5)  # the same path, new content
    again = compiled.open_compiled(pack)
    assert again.header.version == "501" and len(again.people) == 501
    assert len(_stores(cache)) == 2


def _bad_pack(tmp_path: Path, last: dict) -> Path:
    pack = tmp_path / "bad.jsonl"
    write_pack(pack, 300, roles=3)
    with pack.open("a") as f:
        f.write(json.dumps(last) + "\n")
    return pack


@pytest.mark.parametrize(("last", "message"), [
    ({"type": "person", "id": "zembla-7", "name": "Kaba Lorn", "sources": [SRC]},
     "bad.jsonl:305: duplicate person id 'zembla-7'"),
    ({"type": "person", "id": "x", "name": "Kaba Lorn", "sources": ["ftp://example.org"]},
     "bad.jsonl:305: sources.0: String should match pattern"),
    ({"type": "person", "id": "x", "name": "Kaba Lorn", "sources": [SRC],
      "offices": [{"role": "nowhere", "start": "2001-01-01", "sources": [SRC]}]},
     "bad.jsonl: person 'x' holds unknown role 'nowhere'"),
    ({"type": "role", "id": "zembla-warden-1", "title": "Again"},
     "bad.jsonl:305: duplicate role id 'zembla-warden-1'"),
])
def test_a_bad_record_stops_the_compile_and_leaves_nothing(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, last: dict, message: str) -> None:
    monkeypatch.setattr(compiled, "_BATCH", 64)  # the duplicate is found across batches
    pack = _bad_pack(tmp_path, last)
    with pytest.raises(PackError, match=None) as err:
        compiled.open_compiled(pack)
    assert message in str(err.value)
    assert "\n" not in str(err.value)
    with pytest.raises(PackError) as same:  # the pack read into memory says the same
        load_pack(pack)
    assert str(same.value) == str(err.value)
    assert _stores(cache) == []
    assert not [p for p in (cache / "packs").iterdir() if p.suffix != ".json"]


def test_the_cli_exits_2_with_one_line_on_a_bad_big_pack(tmp_path: Path) -> None:
    pack = _bad_pack(tmp_path, {"type": "person", "id": "zembla-3", "name": "Kaba Lorn", "sources": [SRC]})
    env = {**os.environ, "FACTDESK_CACHE_DIR": str(tmp_path / "cache"), "FACTDESK_PACK_COMPILE_MB": "0",
           "FACTDESK_PACKS": str(pack), "FACTDESK_WORLD": "false"}
    res = subprocess.run([sys.executable, "-m", "factdesk.cli", "check", "--no-store",
                          str(ROOT / "seeds" / "sample-draft.md")], env=env, capture_output=True, text=True)
    assert res.returncode == 2
    assert res.stderr == f"factdesk: error: {pack}:305: duplicate person id 'zembla-3'\n"
    assert not list((tmp_path / "cache" / "packs").glob("pack-[0-9a-f]*"))


def test_small_packs_are_read_into_memory_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTDESK_CACHE_DIR", str(tmp_path / "cache"))
    pack = tmp_path / "people.jsonl"
    write_pack(pack, 200, roles=2)
    assert pack.stat().st_size < compiled.COMPILE_BYTES
    refs = load_reference_base(Settings(world=False, packs=str(pack)))
    assert not refs.compiled and isinstance(refs.people, MemoryPeople) and len(refs.people) == 200 + 77  # 77 bundled
    assert not (tmp_path / "cache" / "packs").exists()


def test_with_the_cache_off_a_big_pack_is_compiled_privately(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTDESK_CACHE_DIR", "off")
    monkeypatch.setenv("FACTDESK_PACK_COMPILE_MB", "0")
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    pack = tmp_path / "people.jsonl"
    write_pack(pack, 100, roles=2)
    refs = load_reference_base(Settings(world=False, packs=str(pack)))
    assert refs.person_by_alias(refs.people["zembla-5"].name).id == "zembla-5"
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_bad_threshold_is_one_line() -> None:
    os.environ["FACTDESK_PACK_COMPILE_MB"] = "lots"
    try:
        with pytest.raises(PackError, match="FACTDESK_PACK_COMPILE_MB='lots': not a number of megabytes"):
            compiled.compile_threshold()
    finally:
        del os.environ["FACTDESK_PACK_COMPILE_MB"]
