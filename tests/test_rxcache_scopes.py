"""The pattern cache is kept per reference base and bounded: one big run cannot slow the others."""

from __future__ import annotations

import marshal
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from factdesk import rxcache


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("FACTDESK_CACHE_DIR", str(tmp_path))
    rxcache.reset_for_tests()
    yield tmp_path
    rxcache.reset_for_tests()  # nothing of this test is written to the real cache at exit


def _keys(path: Path) -> set[str]:
    return {k.split(":", 1)[1] for k in marshal.loads(path.read_bytes())}


def _big(n: int, tag: str) -> list[str]:
    return [rf"(?<![\w-])(?:{'|'.join(f'{tag}{i}x{j}' for j in range(60))})\b" for i in range(n)]


def test_patterns_of_a_reference_base_stay_in_its_own_file(cache: Path) -> None:
    rxcache.compile(r"core\s+pattern")
    rxcache.use_scope("base-a")
    for p in _big(5, "a"):
        rxcache.compile(p)
    rxcache.save()
    core, scoped = rxcache.cache_file(), rxcache.cache_file("base-a")
    assert _keys(core) == {r"core\s+pattern"}
    assert _keys(scoped) == set(_big(5, "a"))
    # a later process with another base loads the core file and its own, not base-a's
    rxcache.reset_for_tests()
    rxcache.use_scope("base-b")
    compiled = rxcache.compile(r"core\s+pattern")
    assert compiled.search("a core  pattern") is not None
    assert set(rxcache._stores) == {rxcache.CORE}  # base-b's file is read only on a miss
    rxcache.compile(_big(1, "b")[0])
    rxcache.save()
    assert set(rxcache._stores) == {rxcache.CORE, "base-b"}
    assert _keys(rxcache.cache_file("base-b")) == set(_big(1, "b"))
    assert _keys(core) == {r"core\s+pattern"}


def test_only_the_most_recently_used_bases_are_kept(cache: Path) -> None:
    for i in range(rxcache.MAX_SCOPES + 3):
        rxcache.reset_for_tests()
        rxcache.use_scope(f"base-{i}")
        rxcache.compile(rf"only{i}\d+")
        rxcache.save()
    files = sorted(cache.glob("regex-*-base-*.marshal"))
    assert len(files) == rxcache.MAX_SCOPES
    assert {re.search(r"base-(\d+)", f.name).group(1) for f in files} == {
        str(i) for i in range(3, rxcache.MAX_SCOPES + 3)}


def test_a_file_is_cut_at_its_byte_budget_and_still_serves(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rxcache, "MAX_FILE_BYTES", 20_000)
    rxcache.use_scope("huge")
    patterns = _big(40, "h")
    for p in patterns:
        rxcache.compile(p)
    rxcache.save()
    path = rxcache.cache_file("huge")
    assert path.stat().st_size <= 20_000
    kept = _keys(path)
    assert kept and kept < set(patterns)
    rxcache.reset_for_tests()
    rxcache.use_scope("huge")
    for i, p in enumerate(patterns):  # kept or not, every pattern still matches as re does
        assert rxcache.compile(p).search(f"a h{i}x7 b").group(0) == re.compile(p).search(f"a h{i}x7 b").group(0)


def test_a_full_file_makes_room_for_new_patterns_by_dropping_the_least_recently_used(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After an upgrade the old version's patterns are never asked for again: a full file must
    not turn the new version's away for good (every run would then parse them afresh)."""
    monkeypatch.setattr(rxcache, "MAX_FILE_BYTES", 20_000)
    rxcache.use_scope("full")
    old = _big(40, "f")
    for p in old:
        rxcache.compile(p)
    rxcache.save()
    path = rxcache.cache_file("full")
    kept_old = [k.split(":", 1)[1] for k in marshal.loads(path.read_bytes())]
    assert kept_old == old[-len(kept_old):] and len(kept_old) < len(old)  # the most recent, in order
    # "the new version": a run that uses two of the old patterns and compiles three new ones
    rxcache.reset_for_tests()
    rxcache.use_scope("full")
    still_used = [kept_old[0], kept_old[1]]
    new = _big(3, "new")
    for p in [*still_used, *new]:
        rxcache.compile(p)
    rxcache.save()
    after = [k.split(":", 1)[1] for k in marshal.loads(path.read_bytes())]
    assert after[-5:] == [*still_used, *new]  # this run's patterns, last used last
    assert len(after) == len(kept_old)  # (all the same size) three unused old ones made room
    assert after[:-5] == [p for p in kept_old if p not in still_used][3:]  # the least recently used went
    assert path.stat().st_size <= 20_000
    # the next run of the new version finds everything: nothing to write, the file is left alone
    inode, before = path.stat().st_ino, path.read_bytes()
    rxcache.reset_for_tests()
    rxcache.use_scope("full")
    for p in [*still_used, *new]:
        rxcache.compile(p)
    assert "full" not in rxcache._dirty
    rxcache.save()
    assert path.read_bytes() == before and path.stat().st_ino == inode


def test_a_full_file_is_not_rewritten_for_a_pattern_it_cannot_take(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rxcache, "MAX_FILE_BYTES", 20_000)
    rxcache.use_scope("full")
    for p in _big(40, "f"):
        rxcache.compile(p)
    rxcache.save()
    path = rxcache.cache_file("full")
    before, inode = path.read_bytes(), path.stat().st_ino  # (its time is touched on use: see _prune)
    for i in range(2):  # later runs, each with a pattern bigger than the whole file may be
        rxcache.reset_for_tests()
        rxcache.use_scope("full")
        huge = rf"(?:{'|'.join(f'late{i}x{j}' for j in range(3000))})"
        assert rxcache.compile(huge).fullmatch(f"late{i}x2999")
        rxcache.save()
        assert path.read_bytes() == before and path.stat().st_ino == inode  # not replaced


def test_a_derived_pattern_source_is_built_once_per_base(cache: Path) -> None:
    built: list[str] = []

    def build() -> str:
        built.append("x")
        return "(?:Warden(?:\\s+of\\s+District\\s+(?:1|2)))"

    rxcache.use_scope("base-a")
    first = rxcache.derived("people.titles", "Warden of District 1\nWarden of District 2", build)
    assert rxcache.derived("people.titles", "Warden of District 1\nWarden of District 2", build) == first
    rxcache.save()
    rxcache.reset_for_tests()  # a later process
    rxcache.use_scope("base-a")
    assert rxcache.derived("people.titles", "Warden of District 1\nWarden of District 2", build) == first
    assert built == ["x"]
    assert rxcache.derived("people.titles", "Warden of District 1", build) == first  # another source: built again
    assert built == ["x", "x"]
    kept = marshal.loads(rxcache.cache_file("base-a").read_bytes())
    assert [k.split(":")[:3] for k in kept] == [["text", "derived", "people.titles"]]  # via rxcache.remembered
    assert not rxcache.cache_file().exists()  # kept with the base's patterns, not in the core file
