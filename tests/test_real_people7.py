"""Titles next to names in real reporting, seventh session (issue 13, h7bpeople): a union of states
that holds a UN seat as a country does, written before a title like a country ("The European
Union's ambassador to the UN Olof Skoog"), with a sourced record of the Head of the EU Delegation
to the UN (seeds/gaza-un-2023-2024.jsonl: EEAS, Europe Diplomatic, UN BIO/5300, Eunews). Every
sentence is real, cited with its outlet, date and address (or its tests/realcorpus dev file); each
test asserts the exact span and label of every person_role claim found in it."""

from __future__ import annotations

import datetime as dt

from conftest import verdicts_of


def _roles(text: str, published: dt.date) -> list[tuple[str, str]]:
    return verdicts_of(text, published, "person_role")


# --- "<European Union>'s ambassador to the UN <Name>": the body is the title's country ----------------


def test_the_european_unions_ambassador_to_the_un() -> None:
    # tests/realcorpus dev 051 (UrduPoint, AFP, 2022-03-02); the same title in PassBlue 2021-01-12
    # ("Olof Skoog, a Swede who has been the European Union’s ambassador to the UN since 2019",
    # https://www.passblue.com/2021/01/12/why-the-eu-is-hopeful-about-the-un-in-2021-an-interview-with-ambassador-olof-skoog/)
    assert _roles("The European Union's ambassador to the UN Olof Skoog said the vote was \"not just about "
                  "Ukraine.\"", dt.date(2022, 3, 2)) == [
        ("European Union's ambassador to the UN Olof Skoog", "supported")]
    assert _roles("In an interview, the European Union’s ambassador to the UN Olof Skoog talked about a range of "
                  "topics.", dt.date(2021, 1, 12)) == [
        ("European Union’s ambassador to the UN Olof Skoog", "supported")]


def test_the_eu_seat_is_one_record_so_another_envoy_in_it_is_refuted() -> None:
    """The AFP sentence with Russia's envoy put in the EU's seat: the body and the title single out the
    EU delegation's record, held by Skoog on that day."""
    assert _roles("The European Union's ambassador to the UN Vassily Nebenzia said the vote was \"not just about "
                  "Ukraine.\"", dt.date(2022, 3, 2)) == [
        ("European Union's ambassador to the UN Vassily Nebenzia", "refuted")]


def test_before_his_term_the_eu_title_is_not_settled() -> None:
    """Read as of 2018, when Skoog was Sweden's envoy (no Swedish record in the base) and the EU's
    holder is not recorded: unverified, not refuted."""
    assert _roles("The European Union's ambassador to the UN Olof Skoog said the vote was good.",
                  dt.date(2018, 3, 2)) == [("European Union's ambassador to the UN Olof Skoog", "unverified")]


def test_another_union_is_still_an_unknown_qualifier() -> None:
    """Only the European Union is read as a body: any other capitalised word before the title still
    qualifies it unknowably (no claim of a country's office)."""
    assert _roles("The Postal Union's ambassador to the UN Olof Skoog said the vote was good.",
                  dt.date(2022, 3, 2)) == [("ambassador to the UN Olof Skoog", "unverified")]


# --- "Treasury chief secretary": the department first, for "Chief Secretary to the Treasury" ------------


def test_treasury_chief_secretary_department_first() -> None:
    # GB News via Doncaster Classifieds, 2025 (https://doncasterclassifieds.co.uk/info/labour-insist-uk-is-not-heading-
    # for-austerity-as-rachel-reeves-prepares-huge-spending-cuts.45331); Darren Jones CST from 5 Jul 2024 (UK base)
    assert _roles("Treasury Chief Secretary Darren Jones has insisted the UK is not heading for austerity despite "
                  "the government's planned cost-cutting drive.", dt.date(2025, 3, 1)) == [
        ("Treasury Chief Secretary Darren Jones", "supported")]
    # tests/realcorpus dev 077 (The Independent live, 2022-10-14), read before the sacking: Philp CST from 6 Sep 2022
    assert _roles("The prime minister also sacked Treasury chief secretary Chris Philp.", dt.date(2022, 10, 1)) == [
        ("Treasury chief secretary Chris Philp", "supported")]


def test_treasury_chief_secretary_of_another_time_is_refuted() -> None:
    """The GB News sentence read as of 1 Oct 2022, when Chris Philp held the office: the same title in
    its department-first spelling names the one UK office, so the name is wrong."""
    assert _roles("Treasury Chief Secretary Darren Jones has insisted the UK is not heading for austerity.",
                  dt.date(2022, 10, 1)) == [("Treasury Chief Secretary Darren Jones", "refuted")]


# --- a verb of removal before the title: the title held up to the removal -------------------------------


def test_sacked_title_name_is_the_title_held_until_the_sacking() -> None:
    # tests/realcorpus dev 077 (The Independent live, 2022-10-14: Philp's term ended that day, IfG);
    # The Quint 2023-11-13 (https://www.thequint.com/amp/story/opinion/rishi-sunak-sacks-suella-braverman-right-wing-
    # uk-politics-cabinet-reshuffle; Braverman's term ended that day)
    assert _roles("The prime minister also sacked Treasury chief secretary Chris Philp.", dt.date(2022, 10, 14)) == [
        ("Treasury chief secretary Chris Philp", "supported")]
    # ("Indian-origin" before "Prime Minister" is read as an unknown qualifier of that title: unverified)
    assert _roles("In a surprise reshuffle the day after Diwali, Indian-origin Prime Minister Rishi Sunak sacked his "
                  "controversial Home Secretary Suella Braverman, also of Indian origin.", dt.date(2023, 11, 13)) == [
        ("Prime Minister Rishi Sunak", "unverified"), ("Home Secretary Suella Braverman", "supported")]


def test_a_sacked_title_the_person_never_held_is_not_refuted() -> None:
    """A past title ("was") is never refuted from the holder of the story's date: the wrong name in
    the Independent's sentence stays unverified."""
    assert _roles("The prime minister also sacked Treasury chief secretary Jeremy Hunt.", dt.date(2022, 10, 14)) == [
        ("Treasury chief secretary Jeremy Hunt", "unverified")]


# --- "UNGA President": the President of the General Assembly ---------------------------------------------


def test_unga_president() -> None:
    # UrduPoint / Sputnik 2023-06-01 (https://www.urdupoint.com/en/world/unga-elects-dennis-francis-of-trinidad-as-pre-
    # 1701367.html); Business Standard / PTI 2022-02-28 (https://business-standard.com/article/international/ukraine-
    # crisis-unga-president-shahid-calls-for-immediate-ceasefire-122022801540_1.html)
    assert _roles("\"I, therefore, declare His Excellency Dennis Francis of Trinidad and Tobago elected by acclamation "
                  "as President of the General Assembly in its 78h session,\" current UNGA President Csaba Korosi "
                  "said.", dt.date(2023, 6, 1)) == [("UNGA President Csaba Korosi", "supported")]
    assert _roles("Ukraine crisis: UNGA President Shahid calls for immediate ceasefire", dt.date(2022, 2, 28)) == [
        ("UNGA President Shahid", "supported")]


def test_unga_president_of_another_session_is_refuted() -> None:
    """The Sputnik sentence with the 76th session's president in it, on the day of the 2023 election:
    Csaba Kőrösi held the office then, so the name is wrong."""
    assert _roles("current UNGA President Abdulla Shahid said.", dt.date(2023, 6, 1)) == [
        ("UNGA President Abdulla Shahid", "refuted")]


def test_president_of_the_un_general_assembly_before_the_name() -> None:
    # PTI via Business Standard 2022-02-28 (https://business-standard.com/article/international/ukraine-crisis-unga-
    # president-shahid-calls-for-immediate-ceasefire-122022801540_1.html); KUNA via MENAFN 2024-09-24
    # (https://menafn.com/1108710625/UNGA-Pres-Launches-79Th-Annual-High-Level-Debate)
    assert _roles("Russia's military offensive is a violation of Ukraine's territorial integrity and sovereignty, "
                  "President of the UN General Assembly Abdulla Shahid said on Monday as he called for an immediate "
                  "ceasefire and full return to diplomacy and dialogue.", dt.date(2022, 2, 28)) == [
        ("President of the UN General Assembly Abdulla Shahid", "supported")]
    assert _roles("President of the United Nations General Assembly Philemon Yang stressed on Tuesday cooperation "
                  "for peace, and not diverting essential resources into military stockpiles, leading to fueling an "
                  "arms race.", dt.date(2024, 9, 24)) == [
        ("President of the United Nations General Assembly Philemon Yang", "supported")]


def test_president_of_the_un_general_assembly_of_another_session_is_refuted() -> None:
    """The KUNA sentence with the 76th session's president in it: Philemon Yang held the office on
    24 Sep 2024, so the name is wrong."""
    assert _roles("President of the United Nations General Assembly Abdulla Shahid stressed on Tuesday cooperation "
                  "for peace.", dt.date(2024, 9, 24)) == [
        ("President of the United Nations General Assembly Abdulla Shahid", "refuted")]
