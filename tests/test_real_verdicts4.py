"""Verdicts of real sentences (issue 13, a13verdict): country votes of a 2022 Security Council roll call
whose 'yes' list follows from the Council's membership of 2022 (seeds/un-sc-roll-calls-2011-2022.jsonl,
sourced in seeds/research/world-facts.json rc18) once every 'no' and 'abstain' is recorded."""

from __future__ import annotations

import datetime as dt

from conftest import check_text

# TASS, 2022-10-01, "Brazil, Gabon, India and China abstain in UNSC vote on US resolution on referendums"
# (tests/realcorpus dev 071, gold: supported)
TASS = ("Brazil, Gabon, India and China abstained on Friday’s voting in the UN Security Council on an American "
        "resolution condemning referendums in the Donetsk and the Lugansk People's Republics, as well as in the "
        "Kherson and Zaporozhye Regions on becoming part of Russia, a TASS correspondent reported. The resolution "
        "was not adopted due to Russia's veto. Albania, Britain, France, Ghana, Ireland, Kenya, Mexico, Norway, "
        "the UAE, and the USA voted in favor of the resolution.")

# Anadolu via Le Nation (Niger), 2022-09-30, not in tests/realcorpus/index.tsv:
# https://lenationniger.com/russia-ukraine-conflict-security-council-fails-to-adopt-resolution-condemning-referendums-in-4-ukrainian-regions/
NATION = ("United Nations Security Council failed to adopt a draft resolution, which condemns the referendums held "
          "in four Ukrainian regions under Russian control from Sept 23 to 27.\n\n"
          "The draft resolution titled Illegal So-Called Referenda in Ukraine, prepared by Albania and the United "
          "States, was vetoed by Russia, one of the five permanent members of the council.\n\n"
          "Of the 15-nation council, 10 nations, including the United States, France and Britain, voted in favor "
          "of the draft, while China, Gabon, India and Brazil abstained from voting.")


def _votes(text: str, published: dt.date) -> dict[str, tuple[str, str]]:
    rep = check_text(text, published)
    return {c.claim.text: (c.verdict.label.value, c.verdict.rationale) for c in rep.claims
            if c.claim.kind.value == "vote"}


def test_the_ten_in_favour_of_s_2022_720_are_supported() -> None:
    got = _votes(TASS, dt.date(2022, 10, 1))
    span = "Albania, Britain, France, Ghana, Ireland, Kenya, Mexico, Norway, the UAE, and the USA voted in favor"
    assert got[span][0] == "supported"
    assert "Security Council, 30 Sep 2022" in got[span][1]
    assert got["Brazil, Gabon, India and China abstained"][0] == "supported"


def test_some_of_the_ten_in_favour_are_supported() -> None:
    got = _votes(NATION, dt.date(2022, 9, 30))
    assert got["the United States, France and Britain, voted in favor"][0] == "supported"
    assert got["China, Gabon, India and Brazil abstained"][0] == "supported"
    assert not [t for t, (label, _) in got.items() if label == "refuted"]
