"""The world reference base: real rows of each dataset, the build, coverage, source tiers,
and end-to-end checks of drafts about them."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest
from conftest import ROOT

from factdesk.refs.pack import load_pack
from factdesk.world import importers, inputs
from factdesk.world.build import build, file_hash
from factdesk.world.coverage import COVERAGE, outside
from factdesk.world.inputs import input_digest, remembered_digest
from factdesk.world.locate import ensure
from factdesk.world.store import WorldBase
from factdesk.world.tiers import denied, tier_of, untiered

FIXTURES = ROOT / "tests" / "fixtures" / "world"


@lru_cache(maxsize=1)
def world() -> WorldBase:
    return WorldBase(ensure())


@lru_cache(maxsize=1)
def refs():  # noqa: ANN201 - the bundled packs with the world base attached
    from factdesk.pipeline import load_reference_base
    from factdesk.settings import Settings

    return load_reference_base(Settings(bundled_packs=True, packs="", world=True))


# ------------------------------------------------------------------ importers
@pytest.mark.parametrize(("raw", "symbol", "num"), [
    ("R/67/19", "A/RES/67/19", "67/19"),
    ("A/RES/71/5", "A/RES/71/5", "71/5"),
    ("A/RES/ES-10/19", "A/RES/ES-10/19", "ES-10/19"),
    ("ESS/1/71A", "A/RES/ES-1/71 A", "ES-1/71"),
    ("R/2/181A", "A/RES/181(II) A", "181(II)"),
    ("R/30/3379", "A/RES/3379(XXX)", "3379(XXX)"),
    ("", None, None),
])
def test_symbols_are_normalised(raw: str, symbol: str | None, num: str | None) -> None:
    assert importers.normalise_symbol(raw, 0) == (symbol, num)


@pytest.mark.parametrize(("text", "expected"), [
    ("Prime Minister Fumio KISHIDA", ("Prime Minister", "Fumio Kishida", False)),
    ("President Joseph R. BIDEN, Jr.", ("President", "Joseph R. Biden, Jr.", False)),
    ("Queen ELIZABETH II", ("Queen", "Elizabeth II", False)),
    ("Acting President Alen SIMONYAN", ("President", "Alen Simonyan", True)),
    ("President Claudia SHEINBAUM Pardo", ("President", "Claudia Sheinbaum", False)),
    ("Vice Presidents Ricardo ALVAREZ, Rossana GUEVARA, and Lorena HERRERA", None),
    ("Prime Anatole Collinet MAKOSSO", None),
])
def test_factbook_holder_text_is_split(text: str, expected: tuple | None) -> None:
    assert importers.split_holder(text) == expected


# ------------------------------------------------------------------ real rows
def test_a_roll_call_tally_and_three_countries_votes() -> None:
    [v] = [v for v in world().votes_with_resolution("67/19") if v.kind == "draft_resolution"]
    assert (v.date, v.symbol, str(v.tally)) == (dt.date(2012, 11, 29), "A/RES/67/19", "138-9-41")
    assert (v.votes["United States"], v.votes["Germany"], v.votes["France"]) == ("no", "abstain", "yes")
    assert v.sources[0] == "https://undocs.org/A/RES/67/19"
    # the dataset's known difference from the official record (128 in favour officially)
    [jerusalem] = world().votes_with_resolution("ES-10/19")
    assert str(jerusalem.tally) == "127-9-35"


def test_a_veto_and_its_vetoers() -> None:
    [v] = world().votes_with_resolution("S/2022/155")
    assert (v.date, v.body, v.outcome, v.vetoed_by, v.tally) == (dt.date(2022, 2, 25), "SC", "vetoed", ["Russia"], None)
    assert v.sources == ["https://undocs.org/S/2022/155", "https://undocs.org/S/PV.8979"]
    first = world().votes_between(dt.date(1946, 2, 16), dt.date(1946, 2, 16), "SC")
    assert [x.vetoed_by for x in first] == [["Soviet Union"]]
    two = [x for x in world().votes_between(dt.date(2022, 5, 26), dt.date(2022, 5, 26), "SC")]
    assert [sorted(x.vetoed_by) for x in two] == [["China", "Russia"]]


def test_a_head_of_government_on_a_date() -> None:
    base = refs()
    [role] = [r for r in base.roles_titled("Prime Minister", "Japan")]
    assert [p.name for p, _ in base.holders(role.id, dt.date(2023, 6, 1))] == ["Fumio Kishida"]
    assert [p.name for p, _ in base.holders(role.id, dt.date(2025, 12, 1))] == ["Sanae Takaichi"]
    [chancellor] = base.roles_titled("Chancellor", "Germany")
    [(merz, office)] = base.holders(chancellor.id, dt.date(2025, 6, 1))
    assert (merz.name, office.start, office.quote) == (
        "Friedrich Merz", dt.date(2025, 5, 6), "Chancellor Friedrich MERZ (since 6 May 2025)")
    assert office.sources[0].startswith("https://github.com/factbook/factbook.json/blob/")


def test_uk_ministers_on_a_date() -> None:
    base = refs()
    on = dt.date(2017, 3, 1)

    def holder(title: str) -> list[str]:
        return sorted(p.name for r in base.roles_titled(title, "United Kingdom") for p, _ in base.holders(r.id, on))

    assert holder("Foreign Secretary") == ["Boris Johnson"]
    assert holder("Chancellor of the Exchequer") == ["Philip Hammond"]
    assert holder("Home Secretary") == ["Amber Rudd"]
    assert holder("Prime Minister") == ["Theresa May"]


def test_countries_include_members_observers_and_former_states() -> None:
    codes = {c[0]: c for c in world().countries()}
    assert codes["KR"][1] == "Republic of Korea"  # the name checkers use
    assert codes["PS"][2] == "PSE"
    assert (codes["SU"][1], codes["SU"][3]) == ("Soviet Union", 1)
    assert codes["YU"][3] == 1


# ------------------------------------------------------------------ the build
def test_build_is_reproducible(tmp_path: Path) -> None:
    out = tmp_path / "w.sqlite"
    counts = build(out)
    assert file_hash(out) == file_hash(ensure())
    assert (counts["ga-votes"], counts["ga-ballots"], counts["sc-vetoes"]) == (6202, 869937, 214)


def test_the_input_digest_is_remembered_until_an_input_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root, memo = tmp_path / "world", tmp_path / "cache"
    (root / "votes").mkdir(parents=True)
    csv = root / "votes" / "a.csv"
    csv.write_text("rcid,vote\n1,yes\n")
    (root / "b.txt").write_text("vetoes\n")
    first = remembered_digest(root, memo)
    assert first == input_digest(root)
    assert not list(memo.glob("*"))  # inputs written just now are not remembered (same clock tick)
    monkeypatch.setattr(inputs, "RACY_NS", 0)
    assert remembered_digest(root, memo) == first
    saved = next(memo.glob("world-inputs-*.json"))
    assert json.loads(saved.read_text())["sha256"] == first
    saved.write_text(saved.read_text().replace(first, "0" * 64))  # what a later check reads
    assert remembered_digest(root, memo) == "0" * 64
    mtime = csv.stat().st_mtime_ns
    csv.write_text("rcid,vote\n1,no\n")  # the same size, other bytes
    os.utime(csv, ns=(mtime - 10**9, mtime - 10**9))
    assert remembered_digest(root, memo) == input_digest(root) != first
    (root / "c.txt").write_text("")  # a file added
    assert remembered_digest(root, memo) == input_digest(root)
    (root / "c.txt").unlink()
    csv.write_text("rcid,vote\n1,yes\n")
    assert remembered_digest(root, memo) == first
    assert remembered_digest(root, None) == first  # the cache off: hashed every time


def test_declared_coverage_matches_the_rows() -> None:
    db = world().db
    for body, name in (("GA", "ga-votes"), ("SC", "sc-vetoes")):
        lo, hi = db.execute("SELECT min(date), max(date) FROM vote WHERE body = ?", (body,)).fetchone()
        assert (lo, hi) == (COVERAGE[name].start.isoformat(), COVERAGE[name].end.isoformat())
    assert outside("GA", dt.date(2021, 3, 5), dt.date(2021, 3, 5)) == (
        "the references hold General Assembly recorded votes from January 1946 to December 2019")
    assert outside("GA", dt.date(2012, 11, 29), dt.date(2012, 11, 29)) is None


# ------------------------------------------------------------------ source tiers
#: facts of the Gaza pack whose sources are all outside the tiers, to re-source: the list may
#: only shrink (a fact re-sourced must leave it, a new untiered fact fails)
KNOWN_UNTIERED = {
    "antony-blinken:us-secretary-of-state", "biden-fundraiser-remarks", "biden-inauguration",
    "membership-2023", "oct7-attack", "riyad-mansour",
    "riyad-mansour:ps-un-observer", "sc-2023-10-25-russia", "sc-2024-02-20-algeria", "truce-ends-dec-2023",
    "yahya-sinwar:hamas-gaza-leader",
}


def _facts(path: Path) -> list[tuple[str, list[str]]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["type"] == "pack":
            continue
        rid = r.get("id") or f"{r['type']}-{r.get('year')}"
        out.append((rid, r.get("sources", [])))
        for o in r.get("offices", []):
            out.append((f"{rid}:{o['role']}", o["sources"]))
            if o.get("confirmation"):
                out.append((f"{rid}:{o['role']}:confirmation", o["confirmation"]["sources"]))
        out += [(f"{rid}:alt", a["sources"]) for a in r.get("alt_tallies", [])]
    return out


def test_tiers_classify_addresses() -> None:
    assert tier_of("https://press.un.org/en/2022/sc15046.doc.htm") == "un"
    assert tier_of("https://undocs.org/A/RES/67/19") == "un"
    assert tier_of("https://github.com/factbook/factbook.json/blob/abc/europe/gm.json") == "official"
    assert tier_of("https://github.com/someone/else") is None
    assert tier_of("https://en.wikipedia.org/wiki/X") == "reference"
    assert tier_of("https://www.reuters.com/world/x") == "press"
    assert tier_of("https://www.davidicke.com/2024/x") is None and denied("https://davidicke.com/2024/x")


def test_every_bundled_fact_rests_on_a_tiered_source() -> None:
    failing = set()
    for path in sorted((ROOT / "seeds").glob("*.jsonl")):
        for fid, sources in _facts(path):
            assert not any(denied(u) for u in sources), (path.name, fid, sources)
            if sources and untiered(sources):
                failing.add(fid if path.name.startswith("gaza-") else f"{path.name}:{fid}")
    assert failing - KNOWN_UNTIERED == set()  # nothing new rests only on untiered sources
    assert KNOWN_UNTIERED - failing == set()  # and a re-sourced fact leaves the list


def test_world_pack_quotes_are_recorded() -> None:
    research = json.loads((ROOT / "seeds" / "research" / "world-facts.json").read_text(encoding="utf-8"))
    pack = load_pack(ROOT / "seeds" / "world-un-2022-2025.jsonl")
    recorded = {f["record"]: f for f in research}
    for rec in pack.records:
        fact = recorded[rec.id]  # every fact of the world pack has its research entry
        assert fact["quotes"] and set(rec.sources) <= set(fact["sources"])


# ------------------------------------------------------------------ end to end
def _check(name: str) -> dict[str, tuple[str, str | None]]:
    proc = subprocess.run([sys.executable, "-m", "factdesk.cli", "check", "--no-store", "--format", "json",
                           str(FIXTURES / name)], capture_output=True, text=True, timeout=300,
                          env={**os.environ})
    assert proc.returncode in (0, 1), proc.stderr
    doc = json.loads(proc.stdout)["documents"][0]
    return {c["text"]: (c["verdict"], c["correction"], c) for c in doc["claims"]}


def test_draft_about_a_ga_roll_call() -> None:
    got = _check("ga.md")
    assert got["138-9-41"][:2] == ("supported", None)
    assert got["United States and Canada voted against"][:2] == ("supported", None)
    assert got["Germany abstained"][:2] == ("supported", None)
    assert got["adopted by 130 votes to 9, with 41 abstentions"][:2] == ("refuted", "138-9-41")
    assert got["France voted against"][:2] == (  # the correction also names who did vote against
        "refuted", "France voted in favour; against: Canada, Czechia, Israel, Marshall Islands, Micronesia, Nauru, "
        "Palau, Panama, United States")
    ev = got["France voted against"][2]["evidence"][0]
    assert ev["url"] == "https://undocs.org/A/RES/67/19"
    assert ev["excerpt"].endswith("France: yes")
    assert ev["retrieved_at"].startswith("2021-03-09")


def test_draft_about_heads_of_government() -> None:
    got = _check("people.md")
    assert got["Japanese Prime Minister Fumio Kishida"][:2] == ("supported", None)
    assert got["German Chancellor Olaf Scholz"][:2] == ("supported", None)
    assert got["German Chancellor Angela Merkel"][:2] == ("refuted", "former Chancellor")
    assert got["Japanese Prime Minister Taro Yamada"][:2] == ("refuted", "Fumio Kishida")
    ev = got["Japanese Prime Minister Fumio Kishida"][2]["evidence"][0]
    assert ev["excerpt"] == "Prime Minister Fumio KISHIDA (since 4 October 2021)"
    assert ev["url"].startswith("https://github.com/factbook/factbook.json/blob/")
    assert ev["retrieved_at"] is not None


def test_draft_about_uk_ministers() -> None:
    got = _check("uk.md")
    for claim in ("Foreign Secretary Boris Johnson", "Chancellor of the Exchequer Philip Hammond",
                  "Home Secretary Amber Rudd"):
        assert got[claim][:2] == ("supported", None), claim
    assert got["Home Secretary Theresa May"][:2] == ("refuted", "former Home Secretary")
    ev = got["Foreign Secretary Boris Johnson"][2]["evidence"][0]
    assert ev["url"] == "https://www.instituteforgovernment.org.uk/ministers-database"
    assert ev["excerpt"] == ("Boris Johnson — Secretary of State for Foreign and Commonwealth Affairs — "
                             "2016-07-13 to 2018-07-09")


def test_draft_about_vetoes_1946_to_2025() -> None:
    got = _check("veto.md")
    assert got["Russia vetoed"][:2] == ("supported", None)
    assert got["China vetoed"][:2] == ("refuted", "Russia")
    got = _check("ukr.md")
    assert got["143 votes to 5, with 35 abstentions"][:2] == ("supported", None)
    assert got["Russia vetoed a similar Security Council draft on 30 September"][:2] == ("supported", None)
    assert got["China and India abstained"][:2] == ("supported", None)


def test_outside_coverage_is_unverified_with_the_reason() -> None:
    got = _check("cov.md")
    verdict, _, claim = got["adopted a resolution on oceans by 120 votes to 10, with 30 abstentions"]
    assert verdict == "unverified"
    assert claim["rationale"].endswith(
        "the references hold General Assembly recorded votes from January 1946 to December 2019.")
    # inside coverage, a date and subject words identify one roll call: refuted with its tally
    assert got["adopted a resolution on commodities by 120 votes to 10, with 30 abstentions"][:2] == (
        "refuted", "182-2-0")
