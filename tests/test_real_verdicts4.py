"""Verdicts of real sentences (issue 13, a13verdict): country votes of a 2022 Security Council roll call, and
drafters that identify only the votes whose drafters are recorded.

The Council's membership of 2022 was added and then withdrawn: its sources (PTI, Radio Havana Cuba and Sputnik
copies) are outside the tiers of factdesk/world/tiers.py (tests/test_world.py), so the 'yes' list of
S/2022/720, which would follow from it, stays unverified until a tiered source records the membership."""

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


def test_the_ten_in_favour_of_s_2022_720_wait_for_the_councils_membership() -> None:
    got = _votes(TASS, dt.date(2022, 10, 1))
    span = "Albania, Britain, France, Ghana, Ireland, Kenya, Mexico, Norway, the UAE, and the USA voted in favor"
    assert got[span][0] == "unverified"  # the yes votes are not recorded; the membership is not held (module doc)
    assert got["Brazil, Gabon, India and China abstained"][0] == "supported"


def test_some_of_the_ten_in_favour_are_supported() -> None:
    got = _votes(NATION, dt.date(2022, 9, 30))
    assert got["the United States, France and Britain, voted in favor"][0] == "supported"
    assert got["China, Gabon, India and Brazil abstained"][0] == "supported"
    assert not [t for t, (label, _) in got.items() if label == "refuted"]


# A drafter rules out only the votes whose drafters are recorded. The veto list holds the Chinese-Russian veto of
# 26 May 2022 (S/2022/431) with no drafter; a US-drafted Council vote the claim contradicts (S/2022/155 of 25
# February) is then no identification, and the claim is not refuted (it was, before: false alarms on both).
# OODA Loop, 2022-05-27, not in tests/realcorpus/index.tsv:
# https://www.oodaloop.com/briefs/2022/05/27/china-and-russia-veto-new-un-sanctions-on-north-korea-for-first-time-since-2006/
OODA = ("In a move that was referred to as dangerous and disappointing, Russia and China vetoed a United Nations "
        "Security council resolution to increase sanctions on North Korea that was drafted by the United States. The "
        "vote is concerning because it could fuel Pyongyang’s nuclear program to develop nuclear missile systems.")
# blogtuan.info (Reuters-based), 2022-05-27, not in tests/realcorpus/index.tsv:
# https://blogtuan.info/2022/05/27/russia-and-china-veto-sanctions-against-north-korea/
BLOGTUAN = ("The ambassadors of Russia and China to the United Nations on May 26 (US time) voted to veto the draft "
            "bill to impose more sanctions on North Korea.\n\nAccording to Reuters news agency, the draft sanctions "
            "resolution North Korea drafted by the US received 13 votes in favor of the United Nations Security "
            "Council (UN), but was not approved by two permanent members, Russia and China.")


def test_a_veto_with_no_recorded_drafter_is_not_refuted_as_another_drafted_vote() -> None:
    got = _votes(OODA, dt.date(2022, 5, 27))
    assert got["Russia and China vetoed"][0] == "unverified"
    got = _votes(BLOGTUAN, dt.date(2022, 5, 27))
    assert got["13 votes in favor"][0] == "unverified"
    assert not [t for t, (label, _) in got.items() if label == "refuted"]


# The drafter still identifies when the drafted vote fits, and a wrong count of it is still refuted. The Quint,
# 2022-02-26, not in tests/realcorpus/index.tsv (the planted copy changes "11 votes" to "13 votes"):
# https://www.thequint.com/news/world/russia-vetoes-un-resolutions-india-abstains-from-voting
QUINT = ("India, along with China and the United Arab Emirates, abstained on a Security Council resolution on Friday, "
         "25 February, condemning the Russian invasion of Ukraine.\n\nThe resolution proposed by the US and Albania "
         "sought to declare that Russia has committed acts of aggression against Ukraine and the situation is a breach "
         "of international peace and security.\n\nWith the backing of nearly 60 countries, it received 11 votes in "
         "favour, giving it a majority in the 15-member Council, but was nullified by the Russian veto on Friday "
         "evening.")


def test_the_drafted_vote_that_fits_is_still_supported_and_a_wrong_count_refuted() -> None:
    got = _votes(QUINT, dt.date(2022, 2, 26))
    assert got["proposed by the US"][0] == "supported"
    assert got["11 votes in favour"][0] == "supported"
    assert got["China and the United Arab Emirates, abstained"][0] == "supported"
    rep = check_text(QUINT.replace("11 votes", "13 votes"), dt.date(2022, 2, 26))
    assert [(c.claim.text, c.verdict.correction) for c in rep.claims if c.verdict.label.value == "refuted"] == [
        ("13 votes in favour", "11-1-3")]
