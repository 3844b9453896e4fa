"""Per-country votes of the Gaza pack's General Assembly votes of 2023 (issue 13): ES-10/21 (27 Oct
2023, every 'no' and every abstention of the announced 120-14-45) and ES-10/22 (12 Dec 2023, every
'no', 16 of 23 abstentions), each name read in a source quoted in seeds/research/extra-facts.json
(x57, x58), plus the 'in favour' names the read sources give whole; and the two votes of 11 Dec 2024 (x59)."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from conftest import ROOT

from factdesk.refs.pack import load_pack

PACK = ROOT / "seeds" / "gaza-un-2023-2024.jsonl"
RESEARCH = ROOT / "seeds" / "research" / "extra-facts.json"
#: the quotes name some members by another name than the checker's canonical one
QUOTED_AS = {"Moldova": "Republic of Moldova", "Czechia": "Czech", "United Kingdom": "UK", "Brunei": "Brunei",
             "Republic of the Congo": "Congo", "Côte d'Ivoire": "Cote ", "North Korea": "Korea",
             "Democratic Republic of the Congo": "Congo", "United States": "United States", "Gambia": "Gambia"}


def _votes(vote_id: str) -> dict[str, str]:
    [v] = [r for r in load_pack(PACK).records if getattr(r, "id", None) == vote_id]
    return dict(v.votes)


@pytest.mark.parametrize(("vote_id", "country", "how"), [
    ("ga-2023-10-27-es10-21", "Croatia", "no"),
    ("ga-2023-10-27-es10-21", "Tonga", "no"),
    ("ga-2023-10-27-es10-21", "Fiji", "no"),
    ("ga-2023-10-27-es10-21", "Canada", "abstain"),
    ("ga-2023-10-27-es10-21", "India", "abstain"),
    ("ga-2023-10-27-es10-21", "Republic of Korea", "abstain"),
    ("ga-2023-10-27-es10-21", "Argentina", "yes"),
    ("ga-2023-10-27-es10-21", "Belgium", "yes"),
    ("ga-2023-10-27-es10-21", "Malaysia", "yes"),
    ("ga-2023-12-12-es10-22", "Liberia", "no"),
    ("ga-2023-12-12-es10-22", "Austria", "no"),
    ("ga-2023-12-12-es10-22", "Paraguay", "no"),
    ("ga-2023-12-12-es10-22", "Argentina", "abstain"),
    ("ga-2023-12-12-es10-22", "Malawi", "abstain"),
    ("ga-2023-12-12-es10-22", "United Kingdom", "abstain"),
    ("ga-2023-12-12-es10-22", "Canada", "yes"),
    ("ga-2023-12-12-es10-22", "Croatia", "yes"),
    ("ga-2023-12-12-es10-22", "Australia", "yes"),
    ("ga-2024-12-11-ceasefire", "Czechia", "no"),
    ("ga-2024-12-11-ceasefire", "Hungary", "no"),
    ("ga-2024-12-11-ceasefire", "Tonga", "no"),
    ("ga-2024-12-11-ceasefire", "Germany", "yes"),
    ("ga-2024-12-11-ceasefire", "Italy", "yes"),
    ("ga-2024-12-11-ceasefire", "Gambia", "yes"),
    ("ga-2024-12-11-unrwa", "Argentina", "no"),
    ("ga-2024-12-11-unrwa", "Paraguay", "no"),
    ("ga-2024-12-11-unrwa", "Papua New Guinea", "no"),
])
def test_recorded_vote_of_a_member(vote_id: str, country: str, how: str) -> None:
    assert _votes(vote_id)[country] == how


def test_the_lists_count_what_the_tallies_count() -> None:
    assert Counter(_votes("ga-2023-10-27-es10-21").values()) == {"yes": 38, "no": 14, "abstain": 45}
    assert Counter(_votes("ga-2023-12-12-es10-22").values()) == {"yes": 61, "no": 10, "abstain": 16}
    assert Counter(_votes("ga-2024-12-11-ceasefire").values()) == {"yes": 92, "no": 9}
    assert Counter(_votes("ga-2024-12-11-unrwa").values()) == {"no": 6}
    # members the sources do not name are not recorded (ES-10/22's other 7 abstentions; Ukraine's is named
    # only by corpus articles)
    assert "Ukraine" not in _votes("ga-2023-12-12-es10-22")


@pytest.mark.parametrize(("vote_id", "entry"), [("ga-2023-10-27-es10-21", "x57"), ("ga-2023-12-12-es10-22", "x58"),
                                                   ("ga-2024-12-11-ceasefire", "x59"), ("ga-2024-12-11-unrwa", "x59")])
def test_every_recorded_member_is_read_in_a_quote(vote_id: str, entry: str) -> None:
    [fact] = [f for f in json.loads(RESEARCH.read_text(encoding="utf-8")) if f["id"] == entry]
    assert fact["status"] == "confirmed"
    quotes = " ".join(fact["quotes"])
    for country in _votes(vote_id):
        assert country in quotes or QUOTED_AS.get(country, "\0") in quotes, country
    for url in fact["sources"]:
        assert "kun.uz" not in url and "minanews" not in url  # corpus articles are not sources of the references
