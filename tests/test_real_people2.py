"""UN officeholders named in real 2012-2024 UN coverage that the gold audit (a13audit) confirmed from
public sources (issue 13, second batch): the Gaza pack holds sourced records for Mahmoud Hmoud
(Jordan), Stéphane Dujarric (Spokesperson for the Secretary-General), Osama Abdelkhalek (Egypt),
Sergiy Kyslytsya (Ukraine), T. S. Tirumurti (India), Ron Prosor (Israel) and Susan Rice (United
States). Every sentence is real, cited with its outlet, date and address (or its tests/realcorpus
dev file); each test asserts the exact span and label of every person_role claim found in it."""

from __future__ import annotations

import datetime as dt

from conftest import verdicts_of


def _roles(text: str, published: dt.date) -> list[tuple[str, str]]:
    return verdicts_of(text, published, "person_role")


# --- Mahmoud Hmoud, Jordan's Permanent Representative since September 2021 (TASS 2025-05-27) -------


def test_jordans_un_ambassador_hmoud() -> None:
    # tests/realcorpus dev 026 (Fortune, AP, 2023-10-28) and dev 027 (Ahram Online, AP, 2023-10-27)
    assert _roles("Palestinian United Nations Ambassador Riyad Mansour, left, and Jordan's U.N. Ambassador Mahmoud "
                  "Hmoud, center, confer as they walk together in the U.N. General Assembly.",
                  dt.date(2023, 10, 28)) == [
        ("Ambassador Riyad Mansour", "supported"), ("Jordan's U.N. Ambassador Mahmoud Hmoud", "supported")]
    assert _roles("Jordan’s U.N. Ambassador Mahmoud Hmoud, speaking on behalf of the U.N.’s 22-nation Arab group, "
                  "had called for action on the resolution because of the urgency of the escalating situation on "
                  "the ground.", dt.date(2023, 10, 27)) == [("Jordan’s U.N. Ambassador Mahmoud Hmoud", "supported")]


def test_jordans_permanent_representative_hmoud() -> None:
    # Jordan Times 2023-10-31 (http://www.jordantimes.com/news/local/jordans-ambassador-un-warns-against-spillover-
    # effect-war-gaza); Jordan News (https://jordannews.jo/Section-109/News/Jordan-stresses-its-stance-towards-the-
    # Palestinian-cause-8842), read as of November 2022
    assert _roles("Jordan's Permanent Representative to the UN Ambassador Mahmoud Hmoud said on Tuesday the Israeli "
                  "attack on Gaza and the resulting humanitarian crisis threaten to spill over to the region.",
                  dt.date(2023, 10, 31)) == [
        ("Jordan's Permanent Representative to the UN Ambassador Mahmoud Hmoud", "supported")]
    assert _roles("The Permanent Representative of Jordan to the United Nations, Mahmoud Daifallah Hmoud, stressed "
                  "Jordan’s unwavering stance towards the Palestinian cause and the two-state solution.",
                  dt.date(2022, 11, 4)) == [
        ("Permanent Representative of Jordan to the United Nations, Mahmoud Daifallah Hmoud", "supported")]


# --- Stéphane Dujarric, Spokesperson for the Secretary-General since 10 Mar 2014 --------------------


def test_the_secretary_generals_spokesman() -> None:
    # tests/realcorpus dev 031 (The National, 2023-12-06) and dev 034 (TRT World, 2023-12-07); UN noon
    # briefing 2023-12-07 (https://press.un.org/en/2023/db231207.doc.htm)
    assert _roles("It is the first time the UN chief has invoked the article since taking office in 2017, his "
                  "spokesman Stephane Dujarric told reporters.", dt.date(2023, 12, 6)) == [
        ("spokesman Stephane Dujarric", "supported")]
    assert _roles("The Secretary General's spokesperson, Stephane Dujarric, called the move \"very dramatic,\" "
                  "noting that Article 99 hadn't been invoked in decades.", dt.date(2023, 12, 7)) == [
        ("Secretary General's spokesperson, Stephane Dujarric", "supported")]
    assert _roles("The following is a near-verbatim transcript of today’s noon briefing by Stéphane Dujarric, "
                  "Spokesman for the Secretary-General.", dt.date(2023, 12, 7)) == [
        ("Stéphane Dujarric, Spokesman for the Secretary-General", "supported")]


def test_other_spokesmen_are_not_judged_by_the_un_spokesperson_record() -> None:
    """The bare title 'spokesman' is shared with every government: the UN record never refutes them."""
    assert _roles("State Department spokesman Matthew Miller told reporters on Monday.", dt.date(2023, 12, 6)) == [
        ("spokesman Matthew Miller", "unverified")]
    assert _roles("Kremlin spokesman Dmitry Peskov said.", dt.date(2023, 12, 6)) == [
        ("Kremlin spokesman Dmitry Peskov", "unverified")]


# --- Osama Abdelkhalek, Egypt's Permanent Representative (attested Dec 2021 - Dec 2025) --------------


def test_egypts_un_ambassador() -> None:
    # tests/realcorpus dev 044 (i, 2023-12-12); MENAFN 2023-10-27 (https://menafn.com/1107320574/); World Today
    # News (Youm7) 2023-12-08 (https://world-today-news.com/egypts-representative-to-the-united-nations-the-
    # security-council-failed-to-fulfill-its-duty-by-establishing-a-ceasefire-in-gaza-youm7)
    assert _roles("Egypt’s ambassador Osama Mahmoud Abdelkhalek Mahmoud said the resolution was “very simple, clear "
                  "and explicit.”", dt.date(2023, 12, 12)) == [
        ("Egypt’s ambassador Osama Mahmoud Abdelkhalek Mahmoud", "supported")]
    assert _roles("Egypt's permanent representative to the UN, Ambassador Osama Abdel Khaleq, said the council had "
                  "failed.", dt.date(2023, 10, 27)) == [
        ("Egypt's permanent representative to the UN, Ambassador Osama Abdel Khaleq", "supported")]
    assert _roles("Egypt's representative to the United Nations, Ambassador Osama Abdel Khaleq, said that the "
                  "Security Council failed to fulfill its duty.", dt.date(2023, 12, 8)) == [
        ("Ambassador Osama Abdel Khaleq", "supported")]


# --- Sergiy Kyslytsya, Ukraine's Permanent Representative (decree 19 Dec 2019 - 21 Dec 2024) --------


def test_ukraines_un_ambassador() -> None:
    # tests/realcorpus dev 051 (UrduPoint, AFP, 2022-03-03) and dev 060 (India Today, AFP, 2022-02-26);
    # Ukrinform 2020-02-21 (https://www.ukrinform.net/rubric-polytics/2881598-sergiy-kyslytsya-newly-appointed-
    # permanent-representative-of-ukraine-to-un.html)
    assert _roles("\"They have come to deprive Ukraine of the very right to exist,\" Ukraine's ambassador Sergiy "
                  "Kyslytsya told the Assembly ahead of the vote.", dt.date(2022, 3, 3)) == [
        ("Ukraine's ambassador Sergiy Kyslytsya", "supported")]
    assert _roles("Ukraine's UN Ambassador Sergiy Kyslytsya said he was not surprised by Russia's veto.",
                  dt.date(2022, 2, 26)) == [("Ukraine's UN Ambassador Sergiy Kyslytsya", "supported")]
    assert _roles("On February 20, newly appointed Permanent Representative of Ukraine to the UN Sergiy Kyslytsya "
                  "presented his credentials to UN Secretary-General Antonio Guterres.", dt.date(2020, 2, 21)) == [
        ("newly appointed Permanent Representative of Ukraine to the UN Sergiy Kyslytsya", "supported"),
        ("UN Secretary-General Antonio Guterres", "supported")]


def test_kyslytsya_as_un_ambassador_after_his_dismissal_is_refuted() -> None:
    """The AFP sentence of dev 060 read as of June 2025: he was dismissed by decree on 21 Dec 2024,
    and the title, the country and the name single out his record."""
    assert _roles("Ukraine's UN Ambassador Sergiy Kyslytsya said he was not surprised by Russia's veto.",
                  dt.date(2025, 6, 1)) == [("Ukraine's UN Ambassador Sergiy Kyslytsya", "refuted")]


# --- T. S. Tirumurti, India's Permanent Representative (appointed 29 Apr 2020) -----------------------


def test_indias_permanent_representative() -> None:
    # tests/realcorpus dev 060 (India Today, AFP, 2022-02-26); Republic World, 2 Jan 2021
    # (https://www.republicworld.com/india-news/general-news/exclusive-indias-permanent-un-rep-ts-tirumurti-speaks-
    # about-pak-china-and-covid-vaccine.html); India Today 2021-01-05 (https://www.indiatoday.in/india/story/will-
    # focus-on-human-centric-development-says-envoy-as-india-takes-seat-at-un-security-council-1755891-2021-01-05)
    assert _roles("For all these reasons, India has chosen to abstain on this resolution,\" India's Permanent "
                  "Representative to the UN TS Tirumurti told the council.", dt.date(2022, 2, 26)) == [
        ("India's Permanent Representative to the UN TS Tirumurti", "supported")]
    assert _roles("As India's term in the UN began on January 1, India's Permanent Representative to the UN TS "
                  "Tirumurti spoke exclusively to Republic Media Network's senior executive editor Abhishek Kapoor "
                  "on Saturday.", dt.date(2021, 1, 2)) == [
        ("India's Permanent Representative to the UN TS Tirumurti", "supported")]
    assert _roles("The event was marked by a formal flag installation ceremony where India's Permanent "
                  "Representative to the UN, Ambassador TS Tirumurti delivered brief remarks.",
                  dt.date(2021, 1, 5)) == [
        ("India's Permanent Representative to the UN, Ambassador TS Tirumurti", "supported")]


def test_tirumurti_before_his_appointment_is_not_settled() -> None:
    """Read as of February 2019 (Syed Akbaruddin's time, not recorded): not refuted."""
    assert _roles("India's Permanent Representative to the UN TS Tirumurti told the council.",
                  dt.date(2019, 2, 26)) == [("India's Permanent Representative to the UN TS Tirumurti", "unverified")]


# --- Ron Prosor, Israel's 16th UN ambassador (8 Jun 2011 - 14 Oct 2015) ------------------------------


def test_israels_un_ambassador_prosor() -> None:
    # tests/realcorpus dev 082 (PassBlue, 2012-11-30); Globes 2012-11-29 (http://www.globes.co.il/en/article-1000802560)
    assert _roles("The vote was preceded by several speeches, including one by Mahmoud Abbas, the chairman of the "
                  "Palestine Authority, and Ron Prosor, Israel’s ambassador to the UN.", dt.date(2012, 11, 30)) == [
        ("Ron Prosor, Israel’s ambassador to the UN", "supported")]
    assert _roles("\"Nothing has changed,\" said Israel's ambassador to the United Nations Ron Prosor following the "
                  "vote in the General Assembly.", dt.date(2012, 11, 29)) == [
        ("Israel's ambassador to the United Nations Ron Prosor", "supported")]


def test_prosor_as_israels_un_ambassador_in_2023_is_refuted() -> None:
    """The Globes sentence read as of November 2023: his term ended in October 2015 and Gilad Erdan
    held the post; the title, the country and the name single out his record."""
    assert _roles("\"Nothing has changed,\" said Israel's ambassador to the United Nations Ron Prosor following the "
                  "vote in the General Assembly.", dt.date(2023, 11, 29)) == [
        ("Israel's ambassador to the United Nations Ron Prosor", "refuted")]


# --- Susan Rice, US Permanent Representative (confirmed 22 Jan 2009; attested Nov 2012) --------------


def test_us_un_ambassador_rice() -> None:
    # tests/realcorpus dev 083 (Newser, AP, 2012-11-29); Eurasia Review 2012-11-30
    # (https://www.eurasiareview.com/30112012-rice-stresses-un-resolution-doesnt-establish-palestine-as-a-state/)
    assert _roles("\"Today's unfortunate and counterproductive resolution places further obstacles in the path "
                  "peace,\" said UN ambassador Susan Rice.", dt.date(2012, 11, 29)) == [
        ("UN ambassador Susan Rice", "supported")]
    assert _roles("U.S. Ambassador to the U.N. Susan Rice deplored the Thursday vote by the U.N General Assembly to "
                  "grant Palestine non-member observer State status.", dt.date(2012, 11, 30)) == [
        ("U.S. Ambassador to the U.N. Susan Rice", "supported")]


# --- Japan: Katsunobu Kato, Minister of Finance (Ishiba cabinet, 1 Oct 2024); Yoshimasa Hayashi, Chief
# Cabinet Secretary (14 Dec 2023, retained 1 Oct 2024) -------------------------------------------------


def test_japans_finance_minister_kato() -> None:
    # tests/realcorpus dev 091 (Livemint, 2024-10-01); Kyodo via newsportalnp 2024-10-08
    # (https://newsportalnp.com/2024/10/08/japans-finance-chief-to-address-forex-volatility-with-new-measures);
    # Reuters via Japan Today, May 2025 (https://japantoday.com/category/politics/japan-finance-minister-preparing-
    # to-attend-g7-bessent-meeting-possible); Yomiuri 2025-09-14
    # (https://japannews.yomiuri.co.jp/politics/politics-government/20250914-280920/)
    assert _roles("Shigeru Ishiba appointed Katsunobu Kato, a finance ministry bureaucrat-turned-lawmaker, as Japan's "
                  "Finance minister.", dt.date(2024, 10, 1)) == [
        ("appointed Katsunobu Kato, a finance ministry bureaucrat-turned-lawmaker, as Japan's Finance minister",
         "supported")]
    assert _roles("New Finance Minister Katsunobu Kato has vowed to take necessary actions to address recent foreign "
                  "exchange market volatility.", dt.date(2024, 10, 8)) == [
        ("New Finance Minister Katsunobu Kato", "supported")]
    assert _roles("Japanese Finance Minister Katsunobu Kato said on Tuesday that he would seek to meet U.S. Treasury "
                  "Secretary Scott Bessent on the sidelines of the G7 meetings in Canada next week to discuss "
                  "foreign exchange.", dt.date(2025, 5, 13)) == [
        ("Japanese Finance Minister Katsunobu Kato", "supported"),
        ("U.S. Treasury Secretary Scott Bessent", "unverified")]
    assert _roles("Finance Minister Katsunobu Kato said he is still considering whether he will run for the ruling "
                  "Liberal Democratic Party’s presidency.", dt.date(2025, 9, 14)) == [
        ("Finance Minister Katsunobu Kato", "supported")]


def test_other_finance_ministers_are_not_judged_by_the_japanese_record() -> None:
    assert _roles("Finance Minister Bezalel Smotrich said on Sunday.", dt.date(2023, 11, 5)) == [
        ("Finance Minister Bezalel Smotrich", "unverified")]
    assert _roles("Finance Minister Jeremy Hunt said on Sunday.", dt.date(2023, 11, 5)) == [
        ("Finance Minister Jeremy Hunt", "unverified")]


# --- Brett Jonathan Miller, Israel's Deputy Permanent Representative (attested 15 Nov 2023) -----------


def test_israels_deputy_permanent_representative() -> None:
    # tests/realcorpus dev 017 (Barlaman Today, resolution 2712); World Israel News
    # (https://worldisraelnews.com/un-security-council-demands-urgent-extended-humanitarian-pauses/amp);
    # Explorer (https://explorer.co.ug/un-security-council-adopts-resolution-calling-for-urgent-humanitarian-
    # pauses-in-gaza), both on the vote of Wednesday 15 Nov 2023. Miller's record was withdrawn: no source in
    # the tiers of factdesk/world/tiers.py was found for it (tests/test_world.py), so the deputy stays unverified.
    assert _roles("Israel’s Deputy Permanent Representative, Brett Jonathan Miller, said that Israel’s top priority "
                  "is to bring the hostages home.", dt.date(2023, 11, 16)) == [
        ("Israel’s Deputy Permanent Representative, Brett Jonathan Miller", "unverified")]
    assert _roles("Israel's Deputy Permanent Representative, Brett Jonathan Miller was highly critical of the "
                  "resolution.", dt.date(2023, 11, 16)) == [
        ("Israel's Deputy Permanent Representative, Brett Jonathan Miller", "unverified")]
    assert _roles("However, Brett Jonathan Miller, Israel's deputy permanent representative to the UN, said that the "
                  "resolution was detached from reality on the ground.", dt.date(2023, 11, 16)) == [
        ("Brett Jonathan Miller, Israel's deputy permanent representative to the UN", "unverified")]


def test_the_israeli_deputy_role_leaves_the_ambassador_alone() -> None:
    """A deputy role for Israel must not unsettle the Permanent Representative's record."""
    # tests/realcorpus dev 028 (Pledge Times, 2023-10-27)
    assert _roles("“Today is a day that will go down in history as the day of infamy”, says the Israeli Ambassador "
                  "to the UN, Gilad Erdan, commenting on the approval of the resolution.", dt.date(2023, 10, 27)) == [
        ("Israeli Ambassador to the UN, Gilad Erdan", "supported")]


# --- Barbara Woodward, UK Permanent Representative: attested from 1 Feb 2021 --------------------------


def test_britains_un_ambassador_in_2022() -> None:
    # tests/realcorpus dev 061 (Khaleej Times, AFP, 2022-02-26); gov.uk, 18 Mar 2022
    # (https://www.gov.uk/government/speeches/nonsense-then-and-nonsense-now-uk-statement-at-the-security-council)
    assert _roles("It has no support for the invasion of Ukraine,” said Britain’s ambassador to the UN, Barbara "
                  "Woodward.", dt.date(2022, 2, 26)) == [
        ("Britain’s ambassador to the UN, Barbara Woodward", "supported")]
    assert _roles("UK Ambassador Barbara Woodward gave a statement at the UN Security Council meeting on Ukraine.",
                  dt.date(2022, 3, 18)) == [("UK Ambassador Barbara Woodward", "supported")]
