"""Security Council vetoes after the veto list ends (July 2022): the curated world pack's
records, read from UN press releases and meeting coverage, and end-to-end checks of drafts
about them."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path

import pytest
from conftest import ROOT, checked_json

from factdesk.errors import PackError
from factdesk.refs.pack import Vote, load_pack
from factdesk.world.coverage import covers, outside

PACK = ROOT / "seeds" / "world-un-2022-2025.jsonl"


@lru_cache(maxsize=1)
def _records() -> dict[str, Vote]:
    return {r.id: r for r in load_pack(PACK).records if isinstance(r, Vote)}


def _tally(v: Vote) -> tuple[int, int, int] | None:
    return None if v.tally is None else (v.tally.yes, v.tally.no, v.tally.abstain)


# ------------------------------------------------------------------ the records
@pytest.mark.parametrize(("rid", "date", "symbol", "vetoed_by", "tally", "proposer"), [
    ("sc-2023-07-11-syria", dt.date(2023, 7, 11), "S/2023/506", ["Russia"], (13, 1, 1), ["Brazil", "Switzerland"]),
    ("sc-2023-08-30-mali", dt.date(2023, 8, 30), None, ["Russia"], (13, 1, 1), ["France", "United Arab Emirates"]),
    ("sc-2024-03-28-dprk-panel", dt.date(2024, 3, 28), None, ["Russia"], (13, 1, 1), ["United States"]),
    ("sc-2024-04-24-outer-space", dt.date(2024, 4, 24), "S/2024/302", ["Russia"], (13, 1, 1),
     ["United States", "Japan"]),
    ("sc-2024-11-18-sudan", dt.date(2024, 11, 18), None, ["Russia"], (14, 1, 0), ["United Kingdom", "Sierra Leone"]),
    ("sc-2025-09-18-e10", dt.date(2025, 9, 18), None, ["United States"], (14, 1, 0),
     ["Algeria", "Denmark", "Greece", "Guyana", "Pakistan", "Panama", "Republic of Korea", "Sierra Leone", "Slovenia",
      "Somalia"]),
])
def test_a_later_veto_exact(rid: str, date: dt.date, symbol: str | None, vetoed_by: list[str],
                            tally: tuple[int, int, int], proposer: list[str]) -> None:
    v = _records()[rid]
    assert (v.body, v.kind, v.outcome, v.date, v.symbol, v.vetoed_by, _tally(v), v.proposer) == (
        "SC", "draft_resolution", "vetoed", date, symbol, vetoed_by, tally, proposer)


def test_who_abstained_on_the_later_vetoes() -> None:
    recs = _records()
    for rid in ("sc-2023-07-11-syria", "sc-2023-08-30-mali", "sc-2024-03-28-dprk-panel", "sc-2024-04-24-outer-space"):
        assert recs[rid].votes == {"Russia": "no", "China": "abstain"}, rid
    assert recs["sc-2024-11-18-sudan"].votes["China"] == "yes"
    assert [c for c, how in recs["sc-2025-09-18-e10"].votes.items() if how != "yes"] == ["United States"]
    assert recs["sc-2023-07-11-syria"].symbol_confirmed is False  # the symbol rests on a copy of the UN coverage
    assert recs["sc-2024-04-24-outer-space"].symbol_confirmed is True  # the penholder's statement names it


def test_resolution_2774_and_the_two_amendments_russia_vetoed() -> None:
    recs = _records()
    r = recs["sc-2025-02-24-2774"]
    assert (r.resolution, r.outcome, _tally(r), r.proposer) == ("S/RES/2774 (2025)", "adopted", (10, 0, 5),
                                                                ["United States"])
    assert sorted(c for c, how in r.votes.items() if how == "abstain") == [
        "Denmark", "France", "Greece", "Slovenia", "United Kingdom"]
    amendments = [v for v in recs.values() if v.parent == r.id]
    assert [(a.id, a.kind, a.outcome, a.vetoed_by, a.tally) for a in amendments] == [
        ("sc-2025-02-24-2774-eu-sovereignty", "amendment", "vetoed", ["Russia"], None),
        ("sc-2025-02-24-2774-eu-just-peace", "amendment", "vetoed", ["Russia"], None),
    ]
    assert [a.note.split(";")[0] for a in amendments] == ["9 votes in favour", "11 votes in favour"]
    g = recs["sc-2025-11-17-2803"]
    assert (g.resolution, _tally(g), g.votes) == ("S/RES/2803 (2025)", (13, 0, 2), {"China": "abstain",
                                                                                 "Russia": "abstain"})


def test_the_later_vetoes_held_and_their_sources() -> None:
    vetoes = []
    for path in (PACK, ROOT / "seeds" / "gaza-un-2023-2024.jsonl"):
        vetoes += [v for v in load_pack(path).records if isinstance(v, Vote) and v.outcome == "vetoed"]
    # 17, and the Russian amendment to the draft of resolution 2720 the United States vetoed on 22 December
    # 2023 (w13fa; seeds/research/world-facts.json f2)
    assert len(vetoes) == 18
    assert (min(v.date for v in vetoes), max(v.date for v in vetoes)) == (dt.date(2022, 9, 30), dt.date(2025, 9, 18))
    research = json.loads((ROOT / "seeds" / "research" / "world-facts.json").read_text(encoding="utf-8"))
    quoted = {f["record"]: f for f in research}
    added = [v for v in _records().values() if v.body == "SC" and v.date >= dt.date(2023, 1, 1)
             and v.id != "sc-2025-06-04-e10"]
    assert len(added) == 10
    for v in added:  # each rests on a UN, official or newspaper page read, quoted verbatim
        assert quoted[v.id]["quotes"], v.id
        assert any(u.startswith(("https://press.un.org/", "https://www.un.org/", "https://www.un.emb-japan.go.jp/",
                                 "https://www.thenationalnews.com/"))
                   for u in v.sources), v.id


def test_a_tally_may_be_omitted_only_for_a_veto(tmp_path: Path) -> None:
    head = '{"type": "pack", "name": "t", "version": "1", "format": 1}\n'
    rec = {"type": "vote", "id": "x", "body": "SC", "date": "2025-02-24", "subject": "s", "outcome": "adopted",
           "sources": ["https://press.un.org/en/2025/ga12677.doc.htm"]}
    bad = tmp_path / "bad.jsonl"
    bad.write_text(head + json.dumps(rec) + "\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"bad\.jsonl:2: .*tally: required \(only a vetoed draft or amendment"):
        load_pack(bad)
    good = tmp_path / "good.jsonl"
    good.write_text(head + json.dumps(rec | {"outcome": "vetoed", "vetoed_by": ["Russia"]}) + "\n", encoding="utf-8")
    assert load_pack(good).records[0].tally is None


def test_coverage_declares_only_the_veto_list_complete() -> None:
    # the packs' later vetoes are not a list checked complete: no "no veto fits" after July 2022
    assert covers("SC", dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    assert not covers("SC", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert outside("SC", dt.date(2024, 3, 28), dt.date(2024, 3, 28)) == (
        "the references hold Security Council vetoes from February 1946 to July 2022, and later ones "
        "(to September 2025) only as the curated packs list them")
    assert outside("GA", dt.date(2021, 3, 5), dt.date(2021, 3, 5)) == (
        "the references hold General Assembly recorded votes from January 1946 to December 2019")


# ------------------------------------------------------------------ end to end
def _claims(tmp_path: Path, name: str, text: str) -> list[tuple[str, str, str | None, dict]]:
    doc = checked_json(tmp_path, name, text)
    return [(c["text"], c["verdict"], c["correction"], c) for c in doc["claims"]]


def _check(tmp_path: Path, name: str, text: str) -> dict[str, tuple[str, str | None, dict]]:
    return {t: (v, corr, c) for t, v, corr, c in reversed(_claims(tmp_path, name, text))}  # the first of a text


RIGHT = """---
date: 2024-11-19
---
# Russia blocks Sudan ceasefire call

UNITED NATIONS — Russia on Monday vetoed a Security Council draft resolution calling on Sudan's warring parties to \
cease hostilities and protect civilians. The text, drafted by Britain and Sierra Leone, won 14 votes in favour.

Earlier this year, on 24 April, Russia vetoed a draft on weapons of mass destruction in outer space by 13 votes to 1, \
with 1 abstention; China abstained.
"""


def test_a_draft_stating_later_vetoes_correctly_is_supported(tmp_path: Path) -> None:
    got = _check(tmp_path, "right.md", RIGHT)
    for text in ("Russia on Monday vetoed", "drafted by Britain", "14 votes in favour"):
        assert got[text][:2] == ("supported", None), text
        assert "18 Nov 2024, Draft resolution of the United Kingdom and Sierra Leone" in got[text][2]["rationale"]
    for text in ("24 April, Russia vetoed a draft", "13 votes to 1, with 1 abstention", "China abstained"):
        assert got[text][:2] == ("supported", None), text
        assert got[text][2]["rationale"].startswith("Security Council, 24 Apr 2024, S/2024/302: vetoed (veto: Russia)")


WRONG = """---
date: 2025-10-01
---
# A record of vetoes

On 11 July 2023 China vetoed a Security Council draft resolution renewing cross-border aid to Syria through \
Bab al-Hawa.

On 30 August 2023 Russia vetoed a draft resolution renewing the Mali sanctions, which received 12 votes in favour, \
with 2 abstentions.

On 18 September 2025 the United States vetoed a Gaza ceasefire draft put forward by the ten elected members. \
The draft received 13 votes in favour.
"""


def test_a_wrong_vetoer_or_tally_identified_by_date_and_subject_is_refuted(tmp_path: Path) -> None:
    got = _check(tmp_path, "wrong.md", WRONG)
    verdict, correction, claim = got["China vetoed"]
    assert (verdict, correction) == ("refuted", "Russia; China abstained")
    assert "11 Jul 2023, Draft resolution of Brazil and Switzerland" in claim["rationale"]
    assert "(symbol S/2023/506, unconfirmed)" in claim["rationale"]
    assert claim["evidence"][0]["url"] == "https://press.un.org/en/2023/ga12517.doc.htm"
    verdict, correction, claim = got["12 votes in favour, with 2 abstentions"]
    assert (verdict, correction) == ("refuted", "13-1-1")
    assert "30 Aug 2023, Draft resolution of France and the United Arab Emirates" in claim["rationale"]
    assert got["the United States vetoed"][:2] == ("supported", None)
    assert got["put forward by the ten elected members"][:2] == ("supported", None)
    verdict, correction, claim = got["13 votes in favour"]
    assert (verdict, correction) == ("refuted", "14-1-0")
    assert "18 Sep 2025, Draft resolution of the ten elected members" in claim["rationale"]


VAGUE = """---
date: 2025-10-01
---
# Vetoes

Russia has used its veto repeatedly since 2022. The United States has vetoed several Gaza drafts. China vetoed a \
Security Council draft.
"""


def test_vague_veto_sentences_are_not_refuted(tmp_path: Path) -> None:
    got = _check(tmp_path, "vague.md", VAGUE)
    assert got["China vetoed"][0] == "unverified"
    assert got["China vetoed"][2]["rationale"].startswith(
        "Several votes could be meant and none fits the claim exactly")
    assert all(v != "refuted" for v, _, _ in got.values()), {t: v for t, (v, _, _) in got.items()}


AMEND = """---
date: 2025-02-25
---
# Council adopts US text on Ukraine

On Monday Russia vetoed a Security Council text on Ukraine.

Russia vetoed an amendment on Ukraine's sovereignty and territorial integrity. The Security Council then adopted \
resolution 2774 by 10 votes to none, with 5 abstentions.
"""


def test_a_veto_on_the_day_of_vetoed_amendments_is_not_refuted_by_the_adopted_resolution(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "amend.md", AMEND)
    got = {t: (v, corr, c) for t, v, corr, c in claims}
    # "a text on Ukraine" on 24 February 2025: the adopted resolution 2774 is not the only text voted on;
    # Russia vetoed two amendments to it that day
    vetoed = [(v, c) for t, v, _, c in claims if t == "Russia vetoed"]
    assert [v for v, _ in vetoed] == ["unverified", "supported"]
    assert "but Russia vetoed amendments to it that day" in vetoed[0][1]["rationale"]
    assert vetoed[1][1]["rationale"].startswith(
        "Security Council, 24 Feb 2025, European amendment to the US draft on Ukraine inserting a reference to "
        "Ukraine's sovereignty and territorial integrity: vetoed (veto: Russia); no tally in the references")
    assert got["adopted resolution 2774 by 10 votes to none, with 5 abstentions"][:2] == ("supported", None)
