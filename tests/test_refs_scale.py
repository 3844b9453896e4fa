"""Large reference bases: people kept in SQLite answer exactly as the in-memory table does,
and the persistent compiled-regex cache changes speed, never behaviour."""

from __future__ import annotations

import datetime as dt
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, builtin_checkers

from factdesk.evaluate import predict
from factdesk.refs.base import ReferenceBase
from factdesk.refs.pack import Office, Person, bundled_pack_paths, load_pack
from factdesk.refs.people import MemoryPeople, SqlitePeople

SRC = ["https://example.org/test"]


def _bases() -> tuple[ReferenceBase, ReferenceBase]:
    packs = [load_pack(p) for p in bundled_pack_paths()]
    memory = ReferenceBase()
    large = ReferenceBase(large_threshold=0)
    for base in (memory, large):
        for pack in packs:
            from factdesk.refs.base import Provenance

            base.add(pack.records, Provenance(pack.header.name, pack.header.version))
    return memory, large


def test_a_base_past_the_threshold_keeps_people_in_sqlite() -> None:
    memory, large = _bases()
    assert isinstance(memory.people, MemoryPeople)
    assert isinstance(large.people, SqlitePeople)
    pack_people = {r.id for p in bundled_pack_paths() for r in load_pack(p).records if isinstance(r, Person)}
    assert len(pack_people) > 40
    assert len(large.people) == len(memory.people) == len(pack_people)
    assert sorted(large.people) == sorted(memory.people)
    assert [p.id for p in large.people.values()] == list(large.people)
    assert large.people["antony-blinken"] == memory.people["antony-blinken"]
    assert "antony-blinken" in large.people and "nobody-at-all" not in large.people
    assert large.people.get("nobody-at-all") is None


def test_both_tables_answer_every_lookup_the_same() -> None:
    memory, large = _bases()
    on = dt.date(2024, 3, 1)
    for p in memory.people.values():
        for spelling in (p.name, *p.aliases, p.name.split()[-1], p.name[:-1] + "x"):
            for q in ("person_by_alias", "person_by_surname", "known_alias"):
                assert getattr(large, q)(spelling) == getattr(memory, q)(spelling), (q, spelling)
            assert large.near_miss(spelling) == memory.near_miss(spelling), spelling
        assert large.provenance(p) == memory.provenance(p)
        for o in p.offices:
            assert large.holders(o.role, on) == memory.holders(o.role, on), o.role
            assert large.tenure_of(p, o, on) == memory.tenure_of(p, o, on), (p.id, o.role)
    assert memory.near_miss("Anthony Blinken").person.id == "antony-blinken"


def test_the_whole_corpus_gets_the_same_verdicts_from_a_sqlite_base() -> None:
    memory, large = _bases()
    corpus = ROOT / "tests" / "corpus"
    got_memory = predict(corpus, memory, builtin_checkers())
    got_large = predict(corpus, large, builtin_checkers())
    assert len(got_memory) > 300
    assert got_large == got_memory


@pytest.mark.parametrize("threshold", [10_000, 0])
def test_a_later_pack_replaces_a_person_everywhere(threshold: int) -> None:
    from factdesk.refs.base import Provenance

    base = ReferenceBase(large_threshold=threshold)
    old = Person(type="person", id="p1", name="Marta Testova", aliases=["M. Testova"], sources=SRC,
                 offices=[Office(role="r-old", start=dt.date(2001, 1, 1), end=dt.date(2005, 1, 1), sources=SRC)])
    new = Person(type="person", id="p1", name="Marta Testowa", sources=SRC,
                 offices=[Office(role="r-new", start=dt.date(2010, 1, 1), sources=SRC)])
    base.add([old], Provenance("a", "1"))
    base.add([new], Provenance("b", "2"))
    assert len(base.people) == 1
    assert base.people["p1"] == new
    assert base.person_by_alias("Marta Testova") is None
    assert base.person_by_alias("M. Testova") is None
    assert base.person_by_alias("Marta Testowa") == new
    assert base.holders("r-old", dt.date(2003, 1, 1)) == []
    assert base.holders("r-new", dt.date(2012, 1, 1)) == [(new, new.offices[0])]
    assert base.provenance(new) == Provenance("b", "2")


def test_holders_window_never_drops_a_holder_on_the_day() -> None:
    from factdesk.refs.base import Provenance

    base = ReferenceBase(large_threshold=0)
    people = [
        Person(type="person", id=f"p{i}", name=f"Holder Number{i}", sources=SRC,
               offices=[Office(role="r", start=dt.date(2000 + i, 1, 1), end=dt.date(2001 + i, 1, 1), sources=SRC)])
        for i in range(20)
    ]
    base.add(people, Provenance("a", "1"))
    for i in range(20):
        day = dt.date(2000 + i, 6, 1)
        assert [p.id for p, _ in base.holders("r", day)] == [f"p{i}"]
    assert base.holders("r", dt.date(2030, 1, 1)) == []


# ------------------------------------------------------------------ regex cache
PATTERNS = [
    (r"(?P<who>[A-Z]\w+)\s+(?:vetoed|blocked)\s+(?P<what>.+?)(?=[.;]|$)", 0),
    (r"(?i:security\s+council)\s+(?P<n>\d{1,3})-(?P<m>\d{1,3})", re.IGNORECASE),
    (r"^\s*#{1,6}\s+(.*)$", re.MULTILINE),
    (r"(?<![\w-])(?:early|mid|late)[- ](?:January|October)\b", 0),
]
TEXTS = ["Washington vetoed the draft; Russia abstained.", "The Security Council 13-1 vote",
         "# Title\n## Sub\ntext", "in early October and late-January", ""]


def _run_cache(cache_dir: Path) -> list:
    code = (
        "import json, re, sys\n"
        "from factdesk import rxcache\n"
        f"pats = {PATTERNS!r}\ntexts = {TEXTS!r}\n"
        "out = []\n"
        "for p, f in pats:\n"
        "    c = rxcache.compile(p, f)\n"
        "    out.append([c.pattern, c.flags, c.groups, dict(c.groupindex),\n"
        "                [[(m.span(), m.groups()) for m in c.finditer(t)] for t in texts]])\n"
        "print(json.dumps(out))\n"
    )
    env = {**os.environ, "FACTDESK_CACHE_DIR": str(cache_dir)}
    res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return res.stdout


def _plain() -> str:
    import json

    out = []
    for p, f in PATTERNS:
        c = re.compile(p, f)
        out.append([c.pattern, c.flags, c.groups, dict(c.groupindex),
                    [[(m.span(), m.groups()) for m in c.finditer(t)] for t in TEXTS]])
    return json.dumps(out) + "\n"


def test_cached_patterns_behave_exactly_like_fresh_ones(tmp_path: Path) -> None:
    first = _run_cache(tmp_path)  # compiles and writes the cache
    files = list(tmp_path.glob("regex-*.marshal"))
    assert len(files) == 1
    stored = marshal.loads(files[0].read_bytes())
    assert {k.split(":", 1)[1] for k in stored} == {p for p, _ in PATTERNS}
    second = _run_cache(tmp_path)  # served from the cache
    assert first == second == _plain()


def test_a_damaged_cache_is_ignored_and_rewritten(tmp_path: Path) -> None:
    _run_cache(tmp_path)
    (path,) = tmp_path.glob("regex-*.marshal")
    path.write_bytes(b"\x00garbage")
    assert _run_cache(tmp_path) == _plain()
    assert len(marshal.loads(path.read_bytes())) == len(PATTERNS)
    # an entry whose opcodes were tampered with is dropped, not trusted
    data = marshal.loads(path.read_bytes())
    key = next(iter(data))
    flags, _code, groups, gi, ig = data[key]
    assert isinstance(_code, bytes)  # opcodes are stored as an array's bytes
    data[key] = (flags, [999999], groups, gi, ig)
    path.write_bytes(marshal.dumps(data))
    assert _run_cache(tmp_path) == _plain()
    data = marshal.loads(path.read_bytes())
    data[key] = (flags, b"\x01\x02\x03", groups, gi, ig)  # not a whole number of opcodes
    path.write_bytes(marshal.dumps(data))
    assert _run_cache(tmp_path) == _plain()


def test_cache_off_writes_nothing(tmp_path: Path) -> None:
    env = {**os.environ, "FACTDESK_CACHE_DIR": "off", "XDG_CACHE_HOME": str(tmp_path), "HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", "from factdesk import rxcache; rxcache.compile('a+b')"],
                   env=env, check=True)
    assert list(tmp_path.rglob("*.marshal")) == []


def test_an_attested_day_settles_a_rough_boundary() -> None:
    from factdesk.refs.base import Tenure, tenure

    rough_end = Office(role="r", start=dt.date(2024, 1, 1), end=dt.date(2024, 11, 5), end_exact=False,
                       known_until=dt.date(2024, 11, 5), sources=SRC)
    assert tenure(rough_end, dt.date(2024, 10, 20)) is Tenure.held  # attested in office that day
    assert tenure(rough_end, dt.date(2024, 11, 20)) is Tenure.unknown  # after the attested day, near the end
    no_attestation = rough_end.model_copy(update={"known_until": None})
    assert tenure(no_attestation, dt.date(2024, 10, 20)) is Tenure.unknown
    rough_start = Office(role="r", start=dt.date(2024, 11, 5), start_exact=False, known_from=dt.date(2024, 11, 8),
                         sources=SRC)
    assert tenure(rough_start, dt.date(2024, 11, 10)) is Tenure.held
    assert tenure(rough_start, dt.date(2024, 11, 6)) is Tenure.unknown


@pytest.mark.parametrize("threshold", [10_000, 0])
def test_same_name_across_packs_is_one_person_only_with_an_office_in_common(threshold: int) -> None:
    from factdesk.refs.base import Provenance
    from factdesk.refs.pack import Role

    def person(pid: str, role: str, start: dt.date) -> Person:
        return Person(type="person", id=pid, name="Marta Testova", sources=SRC,
                      offices=[Office(role=role, start=start, sources=SRC)])

    roles = [Role(type="role", id="fm", title="Minister of Foreign Affairs", country="Slovenia"),
             Role(type="role", id="wd-fm", title="Minister of Foreign Affairs", country="Slovenia"),
             Role(type="role", id="pm", title="Prime Minister", country="Slovenia")]
    base = ReferenceBase(large_threshold=threshold)
    base.add([*roles, person("desk", "fm", dt.date(2019, 3, 13))], Provenance("desk", "1"))
    base.add([person("wd-1", "wd-fm", dt.date(2019, 3, 20))], Provenance("wikidata", "1"))
    assert base.person_by_alias("Marta Testova").id == "desk"  # the pack loaded first answers
    assert base.person_by_surname("Testova").id == "desk"
    base.add([person("wd-2", "pm", dt.date(2019, 3, 13))], Provenance("other", "1"))
    assert base.person_by_alias("Marta Testova") is None  # a third record with no office in common
    same_pack = ReferenceBase(large_threshold=threshold)
    same_pack.add([*roles, person("a", "fm", dt.date(2019, 3, 13)), person("b", "wd-fm", dt.date(2019, 3, 13))],
                  Provenance("desk", "1"))
    assert same_pack.person_by_alias("Marta Testova") is None  # one pack, two records: two people
