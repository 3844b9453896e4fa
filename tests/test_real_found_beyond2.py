"""Claims found beyond the home domain (issue 13, second round): published reports of other UN votes
and of heads of government and UK ministers that are not in tests/realcorpus. Each test holds the real
sentences, their source and date, and asserts the exact spans and verdicts."""

from __future__ import annotations

import datetime as dt

from conftest import check_text, verdicts_of

_claims = verdicts_of


def test_the_day_of_someones_act_the_vote_answers_is_not_the_votes_day() -> None:
    """Anadolu via AZERTAC 2017-12-22 (https://azertag.az/en/xeber/UN_adopts_Jerusalem_resolution_despite_US_
    threats-1123212) and China Daily via China Economic Review 2017-12-22 (http://chinaebr.com/kjds/show.php?
    itemid=2380): "Trump's Dec. 6 decision" and "its Dec 6 recognition" date the US act, not the vote
    (A/RES/ES-10/19 of 21 Dec 2017). Before, the Assembly's vote of 6 Dec 2017 (A/RES/72/74) was taken
    as meant: 'Dec. 6' supported with it, and 'nine who voted against' refuted against it."""
    anadolu = ("The UN’s 193-member General Assembly voted on the resolution rejecting U.S. President Donald "
               "Trump’s Dec. 6 decision to recognize the city as Israel’s capital -- a move that has drawn "
               "condemnation from across the Arab and Muslim world.")
    votes = _claims(anadolu, dt.date(2017, 12, 22), "vote")
    assert all(text != "Dec. 6" for text, _ in votes)
    china = ("The UN General Assembly adopted a resolution on Thursday denouncing US President Donald Trump's "
             "decision to recognize Jerusalem as the capital of Israel. A total of 128 countries backed the "
             "nonbinding resolution calling for the US to rescind its Dec 6 recognition of Jerusalem as Israel's "
             "capital, nine voted against and 35 abstained. The motion was drafted by Turkey and Yemen. The nine "
             "who voted against the resolution were the US, Israel, Guatemala, Honduras, the Marshall Islands, "
             "Micronesia, Nauru, Palau and Togo.")
    votes = _claims(china, dt.date(2017, 12, 22), "vote")
    assert ("nine who voted against", "supported") in votes
    assert ("nine voted against and 35 abstained", "supported") in votes
    assert all(v != "refuted" for _, v in votes)


def test_a_holders_name_without_its_first_given_name_is_the_holder() -> None:
    """VOA 2013-06-05 (https://www.voanews.com/a/sharif-sworn-in-as-pakistans-prime-minister/1675599.html) and
    UPI 2013-06-05 (http://www.upi.com/UPI-Next/2013/06/05/Nawaz-Sharif-sworn-in-as-Pakistans-prime-minister-for-
    the-third-time/UPI-7821370452793/): the record is "Mohammad Nawaz Sharif"; "Nawaz Sharif" is his name with
    the first given name left out, the same person, never a misspelling (before: "'Nawaz Sharif' is not in
    the reference base" and "may be another spelling")."""
    voa = ("Pakistan's newly elected prime minister, Nawaz Sharif, has been sworn into office for an "
           "unprecedented third term.")
    assert _claims(voa, dt.date(2013, 6, 5), "person_role") == [("prime minister, Nawaz Sharif", "supported")]
    upi = ("Newly-elected Pakistani Prime Minister Nawaz Sharif addresses the National Assembly in Islamabad, "
           "Pakistan on June 5, 2013.")
    assert _claims(upi, dt.date(2013, 6, 5), "person_role") == [("Pakistani Prime Minister Nawaz Sharif",
                                                                 "supported")]


def test_sworn_in_for_the_third_time_and_a_name_without_its_first_given_name() -> None:
    """PTI via Jagran Post 2013-06-05 (http://post.jagran.com/nawaz-sharif-takes-oath-as-pakistan-pm-for-third-
    time-1370413616) and UPI the same day (above): "for a record third term", "for the third time" after the
    title say how often the office is held (before, "for ..." after a title was read as the title going on,
    and nothing was found). The swearing-in of "Nawaz Sharif" is Mohammad Nawaz Sharif's, who took the office
    that day."""
    pti = ("Nearly 14 years after being deposed in a military coup and forced into exile, Nawaz Sharif was on "
           "Wednesday sworn in as Pakistan's Prime Minister for a record third term.")
    assert _claims(pti, dt.date(2013, 6, 5), "person_role") == [
        ("Nawaz Sharif was on Wednesday sworn in as Pakistan's Prime Minister", "supported")]
    upi = ("Nawaz Sharif was on Wednesday sworn in as Pakistan's prime minister for the third time, 14 years "
           "after he was deposed in a military coup and sent into exile.")
    assert _claims(upi, dt.date(2013, 6, 5), "person_role") == [
        ("Nawaz Sharif was on Wednesday sworn in as Pakistan's prime minister", "supported")]
    # the shorter name never refutes: on another day it is not identified
    assert _claims(pti, dt.date(2013, 9, 4), "person_role") == [
        ("Nawaz Sharif was on Wednesday sworn in as Pakistan's Prime Minister", "unverified")]


def test_the_no_votes_came_from_is_a_roll_of_members_voting_against() -> None:
    """PassBlue 2012-11-30 (https://www.passblue.com/2012/11/30/palestinians-cheer-new-status-at-the-united-
    nations/, tests/realcorpus 082, dev) and the Evening Standard 2022-03-03 (https://www.standard.co.uk/news/
    world/which-countries-voted-against-un-resolution-condemn-russia-meaning-abstained-b985797.html): "The
    nine no votes came from ...", "The no votes on the resolution came from five authoritarian nations: ..."
    name members that voted against (A/RES/67/19, 138-9-41; A/RES/ES-11/1, 141-5-35)."""
    passblue = ("Among the 193 General Assembly members who cast ballots, the Palestinian territories received 138 "
                "votes for; 9 votes against; and 41 abstentions, meeting the simple majority rule for passage. The "
                "nine no votes came from Canada, Czech Republic, Israel, Panama, the United States and smaller "
                "nations.")
    votes = dict(_claims(passblue, dt.date(2012, 11, 30), "vote"))
    # found; without the article's day (29 Nov 2012) the vote it continues is not identified here
    assert votes["no votes came from Canada, Czech Republic, Israel, Panama, the United States"] != "refuted"
    # the Standard's sentence as published: its roll of members is read (its story names no body, so the
    # whole pipeline leaves it to the passage)
    from factdesk.extract.vote_clauses import _country_votes

    standard = ("The no votes on the resolution came from five authoritarian nations: North Korea, Eritrea, Syria, "
                "Russia and Russia’s close ally Belarus.")
    assert _country_votes(standard) == [(4, 104, {"North Korea": "no", "Eritrea": "no", "Syria": "no", "Russia": "no"})]


def test_a_weekday_beside_the_day_of_a_swearing_in_that_fell_on_another_is_refuted() -> None:
    """Planted wrong weekdays in real sentences (issue 13's planted category "wrong weekday", which the
    held-out beyond set catches for votes and events but not for appointments). Reuters via STL.News 2022-10-25
    (https://www.stl.news/sunak-takes-office-as-new-british-pm/556805/): "Rishi Sunak formally became
    Britain’s new prime minister on Tuesday after meeting King Charles at Buckingham Palace."; AP via Business
    Standard 2019-05-29 (cited above in test_real_found_beyond.py): "Scott Morrison has been sworn in as
    Australia's prime minister". 25 October 2022 was a Tuesday, 24 August 2018 (Morrison's first day) a
    Friday: the day of the month with the office identifies the term; the weekday beside it is a calendar fact."""
    sunak = ("Rishi Sunak formally became Britain’s new prime minister on Wednesday, October 25, after meeting "
             "King Charles at Buckingham Palace.")
    rep = check_text(sunak, dt.date(2022, 10, 25))
    refuted = [(c.claim.text, c.verdict.correction) for c in rep.claims if c.verdict.label.value == "refuted"]
    assert refuted == [("became Britain’s new prime minister on Wednesday, October 25",
                        "2022-10-25 (Tuesday 25 October 2022)")]
    right = sunak.replace("Wednesday", "Tuesday")
    assert all(c.verdict.label.value != "refuted" for c in check_text(right, dt.date(2022, 10, 25)).claims)
    morrison = "Scott Morrison has been sworn in as Australia's prime minister on Thursday, August 24."
    rep = check_text(morrison, dt.date(2018, 8, 24))
    assert [(c.claim.text, c.verdict.label.value, c.verdict.correction) for c in rep.claims
            if c.claim.kind.value == "person_role"] == [
        ("Scott Morrison has been sworn in as Australia's prime minister", "refuted", "Friday 24 August 2018")]
    right = morrison.replace("Thursday", "Friday")
    assert _claims(right, dt.date(2018, 8, 24), "person_role") == [
        ("Scott Morrison has been sworn in as Australia's prime minister", "supported")]
    # a holder taken from a shorter name is never refuted on the weekday either
    pti = "Nawaz Sharif was sworn in as Pakistan's prime minister on Thursday, June 5."
    assert _claims(pti, dt.date(2013, 6, 5), "person_role") == [
        ("Nawaz Sharif was sworn in as Pakistan's prime minister", "unverified")]
