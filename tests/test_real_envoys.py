"""UN envoys, their deputies and a foreign minister named in real 2023-2024 Gaza-war UN coverage
(issue 13): the Gaza pack holds sourced records for them (seeds/gaza-un-2023-2024.jsonl: Amar
Bendjama, Mohamed Abushahab, Nicolas de Rivière, Dmitry Polyanskiy, Ayman Safadi, Samantha Power,
Vitaly Churkin, Vanessa Frazier), and the titles news writes resolve to them. Every sentence is
real, cited with its outlet, date and address (or its tests/realcorpus dev file); each test asserts
the exact span and label of every person_role claim found in it."""

from __future__ import annotations

import datetime as dt

from conftest import verdicts_of


def _roles(text: str, published: dt.date) -> list[tuple[str, str]]:
    return verdicts_of(text, published, "person_role")


# --- Amar Bendjama, Algeria's Permanent Representative (decree 11 Apr 2023, BIO/5493) -----------


def test_algerias_un_ambassador_before_the_name() -> None:
    # Mehr News on the 20 Feb 2024 US veto (https://en.mehrnews.com/news/212205/US-casts-3rd-veto-of-UN-action-
    # since-war-on-Gaza); Middle East Eye on the 22 Mar 2024 vote (https://video2dn.com/video/W4kQZxMwzoY)
    assert _roles("\"A vote in favor of this draft resolution is support to the Palestinians right to life. "
                  "Conversely, voting against it implies an endorsement of the brutal violence and collective "
                  "punishment inflicted upon them,\" Algeria's UN Ambassador Amar Bendjama told the council "
                  "before the vote.", dt.date(2024, 2, 20)) == [
        ("Algeria's UN Ambassador Amar Bendjama", "supported")]
    assert _roles("“The text presented today does not convey a clear message of peace. It tacitly allows for "
                  "continuing civilian casualties and lack clear safeguards to prevent further escalation,” said "
                  "Algeria’s UN ambassador Amar Bendjama.", dt.date(2024, 3, 22)) == [
        ("Algeria’s UN ambassador Amar Bendjama", "supported")]


def test_algerias_permanent_representative() -> None:
    # Echorouk 2024-03-27 (https://www.echoroukonline.com/amar-bendjama-immediate-ceasefire-resolution-on-gaza-
    # must-be-fully-implemented); Middle East Monitor 2024-03-23
    # (https://www.middleeastmonitor.com/20240323-security-councils-actions-should-support-not-impede-building-a-palestinian-state/)
    assert _roles("The Permanent Representative of Algeria to the United Nations, Amar Bendjama, affirmed that the "
                  "UN Security Council resolution demanding an immediate ceasefire in Gaza “must be fully "
                  "implemented.”", dt.date(2024, 3, 27)) == [
        ("Permanent Representative of Algeria to the United Nations, Amar Bendjama", "supported")]
    assert _roles("Algeria's permanent representative to the United Nations, Amar Bendjama, criticised the killing "
                  "of over 32.000 Palestinians during his speech at the United Nations Security Council.",
                  dt.date(2024, 3, 23)) == [
        ("Algeria's permanent representative to the United Nations, Amar Bendjama", "supported")]


def test_bendjama_before_his_appointment_is_not_settled() -> None:
    """The Mehr sentence read as of March 2022: nobody is recorded in Algeria's UN seat then, so
    the title is not refuted (the base does not say who held it)."""
    got = _roles("\"A vote in favor of this draft resolution is support to the Palestinians right to life,\" "
                 "Algeria's UN Ambassador Amar Bendjama told the council before the vote.", dt.date(2022, 3, 25))
    assert got == [("Algeria's UN Ambassador Amar Bendjama", "unverified")]


# --- Mohamed Abushahab, UAE Deputy Permanent Representative (Aug 2021 - Apr 2024), then PR ----------


def test_deputy_uae_un_ambassador() -> None:
    # tests/realcorpus dev 021 (legitgov.org quoting AP, 2023-12-08); The National 2021-11-09
    # (https://thenationalnews.com/world/us-news/2021/11/09/uae-pushes-for-inclusion-and-resilience-at-uns-top-table)
    assert _roles("\"What is the message we are sending Palestinians if we cannot unite behind a call to halt the "
                  "relentless bombardment of Gaza?\" Deputy UAE UN Ambassador Mohamed Abushahab asked members of "
                  "the council.", dt.date(2023, 12, 8)) == [
        ("Deputy UAE UN Ambassador Mohamed Abushahab", "supported")]
    assert _roles("The UAE will push for “inclusion and building resilience” as a way to end wars and crises "
                  "during its coming term on the UN Security Council, deputy ambassador Mohamed Abushahab said on "
                  "Tuesday.", dt.date(2021, 11, 9)) == [("deputy ambassador Mohamed Abushahab", "supported")]
    assert _roles("Mohamed Abushahab, deputy envoy to the UN, said the UAE will use its time on the Security "
                  "Council to tackle the 'widening inequality gap' globally.", dt.date(2021, 11, 9)) == [
        ("Mohamed Abushahab, deputy envoy to the UN", "supported")]


def test_a_deputy_title_after_he_became_permanent_representative_is_refuted() -> None:
    """The AP sentence of dev 021 read as of 17 Jul 2024: the deputy term ended in April 2024
    (rough end, a month's margin), and the title, the country and the name single out his record."""
    assert _roles("Deputy UAE UN Ambassador Mohamed Abushahab asked members of the council.",
                  dt.date(2024, 7, 17)) == [("Deputy UAE UN Ambassador Mohamed Abushahab", "refuted")]


def test_permanent_representative_to_the_un_after_the_name() -> None:
    """'to the UN' after an appositive title was left out of the title, which then named no office
    ('permanent representative' alone). The National 2024-09-22 and 2023-09-19 (addresses in
    factdesk/extract/people.py)."""
    assert _roles("Speaking exclusively to The National on the eve of the high-level debates, Mohamed Abushahab, "
                  "the UAE’s permanent representative to the UN, stressed the importance of finding solutions to "
                  "these crises.", dt.date(2024, 9, 22)) == [
        ("Mohamed Abushahab, the UAE’s permanent representative to the UN", "supported")]
    assert _roles("Lana Nusseibeh, the Permanent Representative of the UAE to the UN, was President of the UN "
                  "Security Council in June.", dt.date(2023, 9, 19)) == [
        ("Lana Nusseibeh, the Permanent Representative of the UAE to the UN", "supported")]


# --- Dmitry Polyanskiy, Russia's First Deputy Permanent Representative ------------------------------


def test_russias_deputy_un_ambassador() -> None:
    # PassBlue 2022-02-02 (https://www.passblue.com/2022/02/02/as-tensions-mount-on-ukraines-border-russia-
    # assumes-presidency-of-the-security-council/); Russia - Islamic World 2024-03-22
    # (https://russia-islworld.ru/novosti//russia-warns-against-un-security-council-involvement-in-us-israel-conflict-2024-03-22-40324);
    # Palestine Chronicle 2024-02-27 (https://www.palestinechronicle.com/israel-ukraine-fighting-same-battle-
    # against-humanity-russia-escalates-language/)
    assert _roles("It’s a nonissue, according to Dmitry Polyanskiy, Russia’s deputy ambassador to the UN.",
                  dt.date(2022, 2, 2)) == [("Dmitry Polyanskiy, Russia’s deputy ambassador to the UN", "supported")]
    assert _roles("Dmitriy Polyanskiy, Russia's First Deputy Permanent Representative to the UN, expressed these "
                  "concerns.", dt.date(2024, 3, 22)) == [
        ("Dmitriy Polyanskiy, Russia's First Deputy Permanent Representative to the UN", "supported")]
    assert _roles("Israel and Ukraine are fighting a battle against humanity and international humanitarian law, "
                  "Russian First Deputy Permanent Representative to the United Nations Dmitry Polyansky said, the "
                  "TASS news agency reported.", dt.date(2024, 2, 27)) == [
        ("Russian First Deputy Permanent Representative to the United Nations Dmitry Polyansky", "supported")]


# --- Riyad Mansour, Permanent Observer of the State of Palestine ------------------------------------


def test_permanent_observer_of_the_observer_state_of_palestine() -> None:
    # tests/realcorpus dev 003 (The Diplomatic Insight, 2023-10-18) and dev 017 (Barlamane, 2023-11-16)
    assert _roles("Permanent Observer of the Observer State of Palestine to the UN, Riyad Mansour, urged the "
                  "Security Council to be guided by the principles of international law withholding no "
                  "exceptions.", dt.date(2023, 10, 18)) == [
        ("Permanent Observer of the Observer State of Palestine to the UN, Riyad Mansour", "supported")]
    assert _roles("Riyad Mansour, Permanent Observer of the observer State of Palestine, criticized the "
                  "resolution.", dt.date(2023, 11, 16)) == [("Riyad Mansour, Permanent Observer", "supported")]


# --- Nicolas de Rivière, France's Permanent Representative (July 2019 - February 2025) --------------


def test_a_name_with_de() -> None:
    # tests/realcorpus dev 098 (PILA, 2024-03-27; its gold labels the unchecked role unverified); The National
    # 2024-03-05 (https://www.thenationalnews.com/world/us-news/2024/03/05/french-envoy-blasts-un-for-not-denouncing-october-7-hamas-attacks/)
    assert _roles("Seeking a more long term resolution, the French ambassador, Nicolas de Rivière, spoke of the "
                  "need to “establish a permanent ceasefire”.", dt.date(2024, 3, 27)) == [
        ("French ambassador, Nicolas de Rivière", "supported")]
    assert _roles("France’s top UN envoy, Nicolas de Riviere, on Tuesday criticised the Security Council and "
                  "General Assembly for their failure to denounce the October 7 attacks on Israel by Hamas and "
                  "other groups.", dt.date(2024, 3, 5)) == [("UN envoy, Nicolas de Riviere", "supported")]


# --- Ayman Safadi, Jordan's Foreign Minister (sworn in 15 Jan 2017) ---------------------------------


def test_jordans_foreign_minister() -> None:
    # Jordan Times 2023-10-27 (https://jordantimes.com/node/370711); Petra via MENAFN 2023-10-26
    # (https://menafn.com/1107314332/Safadi-Calls-UN-General-Assembly-To-Approve-Jordanian-Draft-Resolution-Regarding-War-On-Gaza);
    # AP via WTOP 2017-01-15 (http://wtop.com/middle-east/2017/01/jordans-foreign-interior-ministers-replaced-in-reshuffle/)
    assert _roles("AMMAN — Deputy Prime Minister and Foreign Minister Ayman Safadi on Thursday urged the United "
                  "Nations General Assembly to pass a draft resolution regarding the war on Gaza.",
                  dt.date(2023, 10, 27)) == [("Foreign Minister Ayman Safadi", "supported")]
    assert _roles("New York, October 26 (Petra) -- Foreign Minister Ayman Safadi Thursday called on the UN General "
                  "Assembly to approve a draft resolution submitted by Jordan on behalf of the Arab Group.",
                  dt.date(2023, 10, 26)) == [("Foreign Minister Ayman Safadi", "supported")]
    assert _roles("Incoming Foreign Minister Ayman Al Safadi, a former deputy prime minister and newspaper editor, "
                  "replaces Jordanian diplomat Nasser Judeh.", dt.date(2017, 1, 15)) == [
        ("Incoming Foreign Minister Ayman Al Safadi", "supported")]


# --- Samantha Power (2 Aug 2013 - 20 Jan 2017) and Vitaly Churkin (2006 - died 20 Feb 2017) ---------


_AP_2017 = ("UNITED NATIONS — U.S. Ambassador Samantha Power has lashed out at Russia in the U.N. Security Council "
            "for invading and annexing parts of Ukraine and carrying out \"a merciless military assault\" in Syria.\n"
            "Russia's U.N. Ambassador Vitaly Churkin shot back, accusing the Obama administration of "
            "\"desperately\" looking for scapegoats for its failures in Iraq, Syria and Libya.")


def test_power_and_churkin_in_office() -> None:
    # AP via Stars and Stripes, 2017-01-10 (https://www.stripes.com/news/europe/us-lashes-out-at-russia-at-un-and-russia-goes-after-obama-1.448254)
    assert _roles(_AP_2017, dt.date(2017, 1, 10)) == [
        ("U.S. Ambassador Samantha Power", "supported"), ("Russia's U.N. Ambassador Vitaly Churkin", "supported")]


def test_power_and_churkin_after_their_terms_are_refuted() -> None:
    """The same AP passage dated June 2017: Power's term ended with the 20 Jan 2017 transition and
    Churkin died on 20 Feb 2017; both ends are exact, and the title, country and name single out the
    record."""
    assert _roles(_AP_2017, dt.date(2017, 6, 1)) == [
        ("U.S. Ambassador Samantha Power", "refuted"), ("Russia's U.N. Ambassador Vitaly Churkin", "refuted")]


def test_power_as_former_or_then_ambassador_is_supported() -> None:
    # Rusreality 2017-02-26 (https://rusreality.com/2017/02/26/samantha-power-wrote-an-article-about-vitaly-churkin/)
    assert _roles("Former US Ambassador to the UN Samantha Power in his article for the NYT shared his impressions "
                  "from working with Vitaly Churkin.", dt.date(2017, 2, 26)) == [
        ("Former US Ambassador to the UN Samantha Power", "supported")]


# --- Tor Wennesland, UN Special Coordinator for the Middle East Peace Process (2021 - end of 2024) ---


def test_un_middle_east_envoy() -> None:
    # UN News (mirror https://devbusiness.un.org/news/israel-palestine-political-solution-only-way-end-senseless-
    # cycles-violence), items of 19 Dec 2022 and 18 Oct 2023; China's UN mission, 2024-03-26
    # (http://un.china-mission.gov.cn/eng/chinaandun/securitycouncil/regionalhotspots/mideast/202403/t20240327_11271399.htm);
    # Middle East Monitor 2022-05-28 (https://www.middleeastmonitor.com/20220528-un-in-contact-with-all-sides-to-avoid-tension-in-region/)
    assert _roles("More than 150 Palestinians and over 20 Israelis have been killed in the West Bank and Israel so far "
                  "in 2022 - the highest number of deaths in years, UN Middle East envoy Tor Wennesland told the "
                  "Security Council on Monday.", dt.date(2022, 12, 19)) == [
        ("UN Middle East envoy Tor Wennesland", "supported")]
    assert _roles("UN Middle East envoy Tor Wennesland on Wednesday called for an inquiry into the strike against a "
                  "Gaza hospital that killed hundreds, including patients, staff and displaced people seeking "
                  "shelter.", dt.date(2023, 10, 18)) == [("UN Middle East envoy Tor Wennesland", "supported")]
    assert _roles("I thank Special Coordinator Tor Wennesland for his briefing.", dt.date(2024, 3, 26)) == [
        ("Special Coordinator Tor Wennesland", "supported")]
    assert _roles("United Nations (UN) Special Coordinator for the Middle East Peace Process Tor Wennesland has "
                  "confirmed that he has been in contact with all sides to avoid escalation of tension in the "
                  "region.", dt.date(2022, 5, 28)) == [
        ("Special Coordinator for the Middle East Peace Process Tor Wennesland", "supported")]


# --- "<title>, Ambassador <name>": the honorific is not part of the name -----------------------------


def test_ambassador_before_a_name_after_the_title_is_an_honorific() -> None:
    """Read as the name 'Ambassador Sérgio França' (the four-word cap), the claim was refuted
    ('the references know no Ambassador Sérgio França in that office'). Addresses in
    factdesk/extract/people.py (Brazil's UN mission 2023-10-18; Al-Thawra News, January 2025)."""
    assert _roles("Statement by the Permanent Representative of Brazil to the United Nations, Ambassador Sérgio França "
                  "Danese, on the situation in the Middle East, including the Palestinian question - October 18th, "
                  "2023", dt.date(2023, 10, 18)) == [
        ("Permanent Representative of Brazil to the United Nations, Ambassador Sérgio França Danese", "supported")]
    assert _roles("During a press conference held at the UN headquarters in New York on Thursday, Algeria’s Permanent "
                  "Representative to the UN, Ambassador Amar Bendjama, emphasized that his country’s presidency will "
                  "prioritize several key issues, with the Palestinian cause at the forefront.",
                  dt.date(2025, 1, 2)) == [
        ("Algeria’s Permanent Representative to the UN, Ambassador Amar Bendjama", "supported")]
