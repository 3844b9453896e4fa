"""Key General Assembly votes 2020-2025 in the curated world pack (issue 12): the Ukraine
emergency session (ES-11/2, ES-11/3, ES-11/5, ES-11/7 and the amended US draft of
24 February 2025), the Gaza ceasefire vote of 12 June 2025 and the Cuba embargo votes of
2024 and 2025. Exact values of the records, then drafts written as a reporter would, checked end
to end offline."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

from conftest import ROOT

from factdesk.refs.pack import load_pack

PACK = ROOT / "seeds" / "world-un-2022-2025.jsonl"


@lru_cache(maxsize=1)
def refs():  # noqa: ANN201 - the bundled packs with the world base attached
    from factdesk.pipeline import load_reference_base
    from factdesk.settings import Settings

    return load_reference_base(Settings(bundled_packs=True, packs="", world=True))


def _against(v) -> list[str]:  # noqa: ANN001
    return sorted(c for c, how in v.votes.items() if how == "no")


# ------------------------------------------------------------------ the records
def test_ukraine_emergency_session_votes() -> None:
    [v2] = refs().votes_with_resolution("ES-11/2")
    assert (v2.date, v2.symbol, str(v2.tally)) == (dt.date(2022, 3, 24), "A/RES/ES-11/2", "140-5-38")
    assert _against(v2) == ["Belarus", "Eritrea", "North Korea", "Russia", "Syria"]

    [v3] = refs().votes_with_resolution("ES-11/3")
    assert (v3.date, v3.symbol, str(v3.tally)) == (dt.date(2022, 4, 7), "A/RES/ES-11/3", "93-24-58")
    assert len(_against(v3)) == 24 and {"China", "Kazakhstan", "Vietnam", "Republic of the Congo"} <= set(_against(v3))

    [v5] = refs().votes_with_resolution("ES-11/5")
    assert (v5.date, v5.symbol, str(v5.tally)) == (dt.date(2022, 11, 14), "A/RES/ES-11/5", "94-14-73")
    assert _against(v5) == ["Bahamas", "Belarus", "Central African Republic", "China", "Cuba", "Eritrea", "Ethiopia",
                            "Iran", "Mali", "Nicaragua", "North Korea", "Russia", "Syria", "Zimbabwe"]
    assert v5.sources[0] == "https://press.un.org/en/2022/ga12470.doc.htm"

    [v7] = refs().votes_with_resolution("ES-11/7")
    assert (v7.date, v7.symbol, str(v7.tally)) == (dt.date(2025, 2, 24), "A/RES/ES-11/7", "93-18-65")
    assert _against(v7) == ["Belarus", "Burkina Faso", "Burundi", "Central African Republic", "Equatorial Guinea",
                            "Eritrea", "Haiti", "Hungary", "Israel", "Mali", "Marshall Islands", "Nicaragua", "Niger",
                            "North Korea", "Palau", "Russia", "Sudan", "United States"]
    assert v7.votes["China"] == "abstain"

    day = refs().votes_between(dt.date(2025, 2, 24), dt.date(2025, 2, 24), "GA")
    assert [(v.id, str(v.tally)) for v in day] == [("ga-2025-02-24-amended-us-draft", "93-8-73"),
                                                   ("ga-2025-02-24-es11-7", "93-18-65")]
    assert (day[0].proposer, day[0].votes) == (["United States"], {"United States": "abstain"})


def test_gaza_and_cuba_votes() -> None:
    [gaza] = refs().votes_between(dt.date(2025, 6, 12), dt.date(2025, 6, 12), "GA")
    assert (str(gaza.tally), gaza.outcome, gaza.proposer) == ("149-12-19", "adopted", ["Spain"])
    assert _against(gaza) == ["Argentina", "Fiji", "Hungary", "Israel", "Micronesia", "Nauru", "Palau",
                              "Papua New Guinea", "Paraguay", "Tonga", "Tuvalu", "United States"]

    cuba = [v for v in refs().votes_between(dt.date(2023, 1, 1), dt.date(2025, 12, 31), "GA") if "cuba" in v.keywords]
    assert [(v.date, v.symbol, str(v.tally)) for v in cuba] == [
        (dt.date(2024, 10, 30), "A/79/L.6", "187-2-1"),
        (dt.date(2025, 10, 29), "A/80/L.6", "165-7-12"),
    ]
    assert _against(cuba[0]) == ["Israel", "United States"] and cuba[0].votes["Moldova"] == "abstain"
    assert _against(cuba[1]) == ["Argentina", "Hungary", "Israel", "North Macedonia", "Paraguay", "Ukraine",
                                 "United States"]


#: each new vote's tally as its quoted source words it (seeds/research/world-facts.json)
TALLY_QUOTED = {
    "ga-2022-03-24-es11-2": "received 140 votes in favor and 5 votes against",
    "ga-2022-04-07-es11-3": "with 93 votes in favour, 24 votes against and 58 abstentions",
    "ga-2022-11-14-es11-5": "adopted by a recorded vote of 94 in favour to 14 against, with 73 abstentions",
    "ga-2025-02-24-es11-7": "with 93 votes in favour, 65 abstentions and 18 no votes",
    "ga-2025-02-24-amended-us-draft": "won 93 votes in favour, while 73 states abstained and eight voted no",
    "ga-2025-06-12-es10-ceasefire": "149 nations voted in favor of the resolution, and 12 against",
    "ga-2024-10-30-cuba-embargo": "by 187 votes in favour to 2 against (United States, Israel), with 1 abstention",
    "ga-2025-10-29-cuba-embargo": "by a recorded vote of 165 in favour to 7 against (Argentina, Hungary, Israel, "
                                  "North Macedonia, Paraguay, Ukraine, United States), with 12 abstentions",
}


def test_every_new_vote_has_its_research_entry() -> None:
    research = json.loads((ROOT / "seeds" / "research" / "world-facts.json").read_text(encoding="utf-8"))
    recorded = {f["record"]: f for f in research}
    new = {r.id: r for r in load_pack(PACK).records if r.body == "GA" and r.id not in (
        "ga-2022-03-02-es11-1", "ga-2022-10-12-es11-4", "ga-2023-02-23-es11-6")}
    assert set(TALLY_QUOTED) <= set(new)
    for rid, words in TALLY_QUOTED.items():
        fact = recorded[rid]
        assert any(words in q for q in fact["quotes"]), rid
        assert set(new[rid].sources) <= set(fact["sources"]) and fact["retrieved_at"] == "2026-12-04"


# ------------------------------------------------------------------ end to end
def _check(tmp_path: Path, text: str) -> dict[str, tuple[str, str | None, dict]]:
    draft = tmp_path / "draft.md"
    draft.write_text(text, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "factdesk.cli", "check", "--no-store", "--format", "json",
                           str(draft)], capture_output=True, text=True, timeout=300, env={**os.environ})
    assert proc.returncode in (0, 1), proc.stderr
    doc = json.loads(proc.stdout)["documents"][0]
    return {c["text"]: (c["verdict"], c["correction"], c) for c in doc["claims"]}


RIGHT = """---
date: 2025-06-13
---
# Assembly votes

On 24 March 2022 the General Assembly adopted resolution ES-11/2 on the humanitarian consequences of the \
aggression against Ukraine by 140 votes to 5, with 38 abstentions.

Resolution ES-11/5 on reparations for Ukraine was adopted on 14 November 2022 by 94 votes to 14, with 73 \
abstentions. China voted against it.

On 24 February 2025 the General Assembly adopted resolution ES-11/7 by 93 votes to 18, with 65 abstentions. \
The United States voted against it.

On Thursday the General Assembly demanded a permanent ceasefire in Gaza by 149 votes to 12, with 19 abstentions. \
Argentina and Hungary voted against the resolution.
"""


def test_a_draft_that_states_the_votes_right(tmp_path: Path) -> None:
    got = _check(tmp_path, RIGHT)
    for claim in ("140 votes to 5, with 38 abstentions", "China voted against",
                  "adopted resolution ES-11/7 by 93 votes to 18, with 65 abstentions", "United States voted against",
                  "149 votes to 12, with 19 abstentions", "Argentina and Hungary voted against"):
        assert got[claim][:2] == ("supported", None), claim
    assert got["China voted against"][2]["rationale"].startswith(
        "General Assembly, 14 Nov 2022, A/RES/ES-11/5: adopted; 94 in favour, 14 against, 73 abstentions")
    ev = got["140 votes to 5, with 38 abstentions"][2]["evidence"][0]
    assert (ev["url"], ev["retrieved_at"]) == (
        "https://en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_ES-11/2", "2026-12-04T00:00:00+00:00")
    assert ev["excerpt"] == ("General Assembly, 24 Mar 2022, A/RES/ES-11/2: adopted; 140 in favour, 5 against, "
                             "38 abstentions; against: Belarus, Eritrea, North Korea, Russia, Syria")
    # the date of a day with two votes is shown against the vote the sentence names by symbol
    ((_, (verdict, _, claim)),) = [(t, g) for t, g in got.items() if t.startswith("24 February 2025")]
    assert verdict == "supported" and claim["rationale"].startswith("General Assembly, 24 Feb 2025, A/RES/ES-11/7")


WRONG = """---
date: 2025-06-13
---
# Assembly votes

On 24 March 2022 the General Assembly adopted resolution ES-11/2 on the humanitarian consequences of the \
aggression against Ukraine by 141 votes to 5, with 35 abstentions.

On 24 February 2025 the General Assembly adopted resolution ES-11/7 by 93 votes to 18, with 65 abstentions. \
China voted against it.

On Thursday the General Assembly demanded a permanent ceasefire in Gaza by 159 votes to 12, with 19 abstentions. \
India voted against the resolution.
"""


def test_a_wrong_tally_or_voter_is_refuted_with_the_recorded_value(tmp_path: Path) -> None:
    got = _check(tmp_path, WRONG)
    verdict, correction, claim = got["141 votes to 5, with 35 abstentions"]
    assert (verdict, correction) == ("refuted", "140-5-38")
    assert "Identification: A/RES/ES-11/2" in claim["rationale"]
    assert got["159 votes to 12, with 19 abstentions"][:2] == ("refuted", "149-12-19")
    # 18 voted against ES-11/7: too long a list to add to the correction
    assert got["China voted against"][:2] == ("refuted", "China abstained")
    verdict, correction, claim = got["India voted against"]
    assert verdict == "refuted"
    assert correction == ("India abstained; against: Argentina, Fiji, Hungary, Israel, Micronesia, Nauru, Palau, "
                          "Papua New Guinea, Paraguay, Tonga, Tuvalu, United States")
    assert claim["rationale"].startswith("General Assembly, 12 Jun 2025, Resolution demanding an immediate, "
                                         "unconditional and permanent ceasefire in Gaza")


VAGUE = """---
date: 2025-11-01
---
# Assembly votes

Since 2022 the General Assembly has voted several times on the war in Ukraine, and each text was adopted by \
a large majority.

In November 2022 the Assembly backed a text on reparations for Ukraine by a wide margin, while dozens of \
countries abstained.

In June the General Assembly voted by an overwhelming majority to demand a ceasefire in Gaza; a dozen countries \
voted against.

The Assembly has condemned the US embargo on Cuba every year since 1992, and Washington has voted against the \
resolution almost every time.
"""


def test_vague_sentences_are_not_refuted(tmp_path: Path) -> None:
    got = _check(tmp_path, VAGUE)
    assert len(got) >= 2  # the draft's vote sentences are read
    assert [t for t, (verdict, _, _) in got.items() if verdict == "refuted"] == []
    # a month and a subject word are enough to name the vote a true vague sentence is about
    assert got["November 2022 the Assembly backed a text"][2]["rationale"].startswith(
        "General Assembly, 14 Nov 2022, A/RES/ES-11/5")
