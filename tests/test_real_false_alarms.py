"""False alarms found on new real articles (issue 13): published reports of the 2023-2024 UN votes
on Gaza that are not in tests/realcorpus. Each test holds the real sentences, their source and
date, and asserts the exact spans and verdicts."""

from __future__ import annotations

import datetime as dt
from functools import partial

from conftest import check_text, verdicts_of

_votes = partial(verdicts_of, kind="vote")


def test_gained_support_from_a_count_is_not_an_adoption() -> None:
    """MENAFN 2023-12-10 (https://menafn.com/1107565272/US-uses-veto-power-in-UN-Security-Council-to-block-
    resolution-calling-for-Gaza-ceasefire): the UAE draft was vetoed; 'gained support' was read as
    'adopted' and refuted ('vetoed')."""
    text = ("On Friday, the United States exercised its veto power in the UN Security Council to block a draft "
            "resolution that called for an immediate cease-fire to end the escalating violence in the Gaza Strip. "
            "The proposal, co-sponsored by nearly 100 UN member states, gained support from 13 Security Council "
            "members, while the United Kingdom, another permanent member with veto authority, chose to abstain.")
    votes = _votes(text, dt.date(2023, 12, 10))
    assert ("gained support", "refuted") not in votes
    assert not any(t.startswith("gained support") for t, _ in votes)
    assert ("exercised its veto power", "supported") in votes or all(v != "refuted" for _, v in votes)


def test_gained_support_from_out_of_the_members_is_not_an_adoption() -> None:
    """dpa-AFX 2024-02-21 (https://www.finanznachrichten.de/nachrichten-2024-02/61462941-us-vetoes-un-
    resolution-demanding-immediate-ceasefire-in-gaza-020.htm): the Algerian draft was vetoed."""
    text = ("The UN Security Council met again in emergency session in New York on Gaza Tuesday, where Algeria put "
            "forward a resolution on behalf of Arab States demanding 'an immediate humanitarian ceasefire that must "
            "be respected by all parties'. Algeria's resolution gained support from 13 out of the 15 members around "
            "the iconic horseshoe table, while the United Kingdom abstained from voting.")
    votes = _votes(text, dt.date(2024, 2, 21))
    assert not any(t.startswith("gained support") for t, _ in votes)
    assert all(v != "refuted" for _, v in votes)


def test_a_bid_by_the_drafter_of_an_amendment_is_the_amendment() -> None:
    """SCMP (Reuters) 2023-10-27 (https://www.scmp.com/news/world/middle-east/article/3239510/un-overwhelmingly-
    calls-aid-truce-between-israel-and-hamas): 'failed' is the Canadian amendment's (88-55-23), not the
    Jordanian text adopted that day (A/RES/ES-10/21), which it was refuted against."""
    text = ("The United Nations General Assembly on Friday overwhelmingly called for an immediate humanitarian truce "
            "between Israel and Palestinian militants Hamas and demanded aid access to the besieged Gaza Strip and "
            "protection of civilians. A two-thirds majority was needed for the resolution to pass, in which "
            "abstentions do not count. A Canadian-led bid to amend the resolution to include a rejection and "
            "condemnation of the \"terrorist attacks by Hamas … and the taking of hostages\" failed to get the "
            "two-thirds majority needed, garnering 88 votes in favour, 55 against and 23 abstentions.")
    rep = check_text(text, dt.date(2023, 10, 27))
    failed = [c for c in rep.claims if c.claim.kind.value == "vote" and c.claim.text == "failed"]
    assert [c.verdict.label.value for c in failed] == ["supported"]
    assert "Canadian amendment" in failed[0].verdict.rationale
    assert [c.claim.text for c in rep.claims if c.verdict.label.value == "refuted"] == []


def test_a_drafter_named_in_the_clause_that_fits_no_vote_of_the_day_is_not_refuted() -> None:
    """Mangalorean (IANS) 2023-11-16 (https://www.mangalorean.com/unsc-adopts-resolution-calling-for-
    humanitarian-pauses-corridors-in-gaza/): 'adopted' is the Assembly resolution of 27 October; it was
    identified as the Canadian amendment of that day (a Maltese text was named) and refuted ('failed')."""
    text = ("Before the vote on the Maltese-drafted resolution, Russia submitted an oral amendment, which would "
            "have further called for \"an immediate, durable and sustained humanitarian truce leading to a "
            "cessation of hostilities\" — language contained in the UN General Assembly resolution adopted on "
            "October 27 at an emergency special session.")
    rep = check_text(text, dt.date(2023, 11, 16))
    adopted = [(c.claim.text, c.verdict.label.value) for c in rep.claims if c.claim.kind.value == "vote"]
    # the resolution named after the amendment is the claim's text: now identified and supported
    # (it was unverified before w13fhome)
    assert ("adopted", "supported") in adopted
    assert ("adopted on October 27", "supported") in adopted
    assert [c.claim.text for c in rep.claims if c.verdict.label.value == "refuted"] == []


def test_a_member_vote_on_an_amendment_is_not_judged_on_the_lead_resolution() -> None:
    """UN press SC/15641, 2024-03-25 (https://press.un.org/en/2024/sc15641.doc.htm): the United States
    voted against the Russian amendment and abstained on resolution 2728; 'against (United States)' was
    refuted with '2728' as the vote."""
    text = ("After 171 days of war in Gaza, the Security Council today adopted a resolution demanding an immediate "
            "ceasefire for the month of Ramadan respected by all parties, leading to a lasting sustainable "
            "ceasefire. He, therefore, proposed an oral amendment to return the word \"permanent\" to operative "
            "paragraph 1. By a vote of 3 in favour (Algeria, China, Russian Federation) to 1 against (United "
            "States), with 11 abstentions, the Council rejected the amendment, owing to the failure to obtain "
            "the required number of votes.")
    votes = _votes(text, dt.date(2024, 3, 25))
    assert ("against (United States)", "unverified") in votes
    # the whole count, its member lists in brackets read past (a5verdict; it was "1 against (United States), with
    # 11 abstentions", supported, before)
    assert ("3 in favour (Algeria, China, Russian Federation) to 1 against (United States), with 11 abstentions",
            "supported") in votes
    assert [t for t, v in votes if v == "refuted"] == []


def test_an_amendment_vote_still_checks_against_the_amendment_record() -> None:
    """UN press SC/15496, 2023-11-15 (https://press.un.org/en/2023/sc15496.doc.htm): the amendment's count
    is the record's (5-1-9)."""
    text = ("The amendment was defeated by a vote of 5 in favour (Brazil, China, Mozambique, Russian Federation, "
            "United Arab Emirates) to 1 against (United States), with 9 abstentions (Albania, Gabon, Ghana, "
            "Ecuador, France, Japan, Malta, Switzerland, United Kingdom).")
    votes = _votes("In a late-breaking meeting today, the Security Council adopted resolution 2712 (2023) by a vote "
                   "of 12 in favour to none against, with 3 abstentions. " + text, dt.date(2023, 11, 15))
    assert [t for t, v in votes if v == "refuted"] == []


def test_the_october_25_russian_draft_called_for_a_ceasefire_too() -> None:
    """Ahram Online 2023-10-25 (https://english.ahram.org.eg/NewsContent/58/1262/510992/War-on-Gaza/War-on-
    Gaza/Russia-amp;-China-veto-US-draft-resolution-on-Gaza.aspx): the Russian draft 'calling for an immediate
    ceasefire' that the US and the UK voted against is the one of 25 October; it was identified as the
    16 October draft alone and its date refuted with '2023-10-16'. Both Russian drafts called for a
    humanitarian ceasefire (seeds/research/world-facts.json g5), so which is meant is not settled."""
    text = ("\"We regret that the UN Security Council was unable to halt the escalation in the region,\" said the "
            "representative of Russia at the UN whose country's draft resolution on Tuesday calling for an "
            "immediate ceasefire was defeated by a veto from the US and the UK.")
    rep = check_text(text, dt.date(2023, 10, 25))
    assert [c.claim.text for c in rep.claims if c.verdict.label.value == "refuted"] == []
    dated = [(c.claim.text, c.verdict.label.value) for c in rep.claims if c.claim.type == "vote.date"]
    assert dated == [("on Tuesday calling for an immediate ceasefire was defeated", "unverified")]


def test_members_listed_in_brackets_are_not_subject_words() -> None:
    """TW News 24 2024-04-19 (https://twnews24.com/international-organizations/united-nations-un/the-security-
    council-blocked-palestines-bid-to-become-a-full-member-of-the-united-nations-due-to-a-united-states-veto-on-
    a-draft-resolution): 'States' of 'Federated States of Micronesia' and 'United States' in the bracketed
    roll call named the 13 November 2012 Cuba embargo vote (A/RES/67/4), and the 138-9-41 of 29 November 2012
    (A/RES/67/19) was refuted three times with '188-3-2'."""
    text = ("In 2011, Palestine applied to become a full UN Member State. Although that aspiration did not "
            "materialize, it obtained the status of a non-member observer State in November 2012 through an "
            "Assembly vote of 138 in favor to nine against (Canada, Czech Republic, Federated States of "
            "Micronesia, Israel, Marshall Islands, Nauru, Panama, Palau, United States), with 41 abstentions.")
    votes = _votes(text, dt.date(2024, 4, 19))
    # one count, 138-9-41, read past the bracketed roll call (a5verdict; "138 in favor to nine against" and "41
    # abstentions" apart before, both supported)
    assert votes == [
        ("138 in favor to nine against (Canada, Czech Republic, Federated States of Micronesia, Israel, Marshall "
         "Islands, Nauru, Panama, Palau, United States), with 41 abstentions", "supported"),
        ("against (Canada, Czech Republic, Federated States of Micronesia, Israel, Marshall Islands, Nauru, "
         "Panama, Palau, United States)", "supported"),
    ]


def test_an_undated_member_vote_is_not_judged_on_the_one_record_that_names_the_member() -> None:
    """BOOM 2023-12-13 (https://www.boomlive.in/web-stories/news/india-backs-un-resolution-calling-for-
    humanitarian-ceasefire-in-israel-hamas-conflict-1837) and Rediff (PTI) 2023-12-13
    (https://news.rediff.com/commentary/2023/dec/13/important-to-strike-right-balance-india-on-gaza/
    f3968254f0c279a4498a0ee1b3057b26): India voted for ES-10/22 (12 December); with no date in the sentence
    the claim was judged on ES-10/21 (27 October), the only Assembly ceasefire record naming India
    (abstained), and refuted."""
    boom = ("India has voted in favour of the UN General Assembly draft resolution urging an immediate "
            "humanitarian ceasefire in the Israel-Hamas conflict and the unconditional release of all hostages.")
    rediff = ("India, voting in favour of a General Assembly resolution demanding an immediate humanitarian "
              "ceasefire in Gaza, has said the challenge in this extraordinarily difficult time is to strike the "
              "\"right balance\".")
    for text, span in ((boom, "India has voted in favour"), (rediff, "India, voting in favour")):
        rep = check_text(text, dt.date(2023, 12, 13))
        got = [(c.claim.text, c.verdict.label.value) for c in rep.claims if c.claim.kind.value == "vote"]
        assert got == [(span, "unverified")]
        assert rep.claims[0].verdict.rationale.startswith("No date in this sentence says which vote is meant")


def test_was_not_approved_is_a_failure() -> None:
    """NAN 2024-03-25 (https://nan.media/en/the-security-council-adopts-a-resolution-calling-for-an-immediate-
    ceasefire-in-gaza): the Russian amendment failed (3-1-11); 'approved' was read out of 'was not approved'
    and refuted ('failed'). Also 'these amendments were not approved due to a lack of support' (The Gateway
    Pundit 2023-10-18, https://www.thegatewaypundit.com/2023/10/us-blocks-brazils-bid-ceasefire-un-council/)."""
    text = ("On Monday, the UN Security Council adopted a resolution calling for an immediate ceasefire in the Gaza "
            "Strip. Russia added an amendment to the bill, the word \"permanent\" ceasefire, but the amendment was "
            "not approved, and the original version was voted on.")
    votes = _votes(text, dt.date(2024, 3, 25))
    assert ("was not approved", "supported") in votes
    assert [t for t, v in votes if v == "refuted"] == []
    from factdesk.extract.vote_clauses import _outcomes
    gp = "However, these amendments were not approved due to a lack of support."
    assert [(gp[s:e], name) for s, e, name in _outcomes(gp, [])] == [("were not approved", "failed")]


def test_a_member_and_n_others_counts_the_member() -> None:
    """Macro Ticker 2024-03-25 (https://macroticker.com/war-peace/un-passes-resolution-demanding-an-immediate-
    ceasefire-israel-cancels-trip-to-washington): 'Russia and 13 other states' are 14 in favour of resolution
    2728; '13' was read as the count and refuted ('14-0-1'). Press TV 2023-12-13 quotes the same form:
    'Australia, alongside 152 other countries, was among the countries which voted in favor'."""
    from factdesk.extract.vote_grammar import _tallies
    text = "Nevertheless, Russia and 13 other states voted in favor of the resolution, with the US abstaining."
    assert [(text[s:e], t) for s, e, t in _tallies(text)] == [
        ("Russia and 13 other states voted in favor", {"yes": 14, "partial": 1})]
    votes = _votes("On Monday, the United Nations Security Council convened to continue discussions on a resolution "
                   "that calls for a ceasefire in Gaza. " + text, dt.date(2024, 3, 25))
    assert ("Russia and 13 other states voted in favor", "supported") in votes
    assert [t for t, v in votes if v == "refuted"] == []


def test_a_veto_of_several_resolutions_is_not_one_vote() -> None:
    """Macro Ticker 2024-03-25 (https://macroticker.com/war-peace/un-passes-resolution-demanding-an-immediate-
    ceasefire-israel-cancels-trip-to-washington): the US vetoes of October 2023 - February 2024 in general;
    'the US has vetoed' was judged on the 22 March draft (vetoed by Russia and China) and refuted. Pledge
    Times 2024-03-22 (https://pledgetimes.com/ceasefire-in-gaza-russia-and-china-veto-us-resolution-at-the-un/):
    'In the past, the US has blocked resolutions in the Security Council three times.'"""
    text = ("Most recently, China and Russia vetoed a draft resolution proposed by the US, with Guyana abstaining "
            "from voting, and Algeria voting against it. In the past, the US has vetoed resolutions calling for "
            "a ceasefire, taking issue with the term \"ceasefire.\"")
    votes = _votes(text, dt.date(2024, 3, 25))
    assert [t for t, _ in votes if "vetoed" in t and "China" not in t] == []
    assert ("China and Russia vetoed", "supported") in votes
    votes = _votes("In the past, the US has blocked resolutions in the Security Council three times.",
                   dt.date(2024, 3, 22))
    assert votes == []


def test_the_october_25_us_draft_called_for_humanitarian_pauses() -> None:
    """Head Topics 2023-10-26 (https://headtopics.com/pk/8097108101115114934-47730817): the US draft of 25
    October 'demanded humanitarian pauses'; the Brazilian draft of 18 October was the only vetoed record with
    those words, and the count, the members against and the vetoers were refuted against it. The US draft's
    keywords are sourced in seeds/research/world-facts.json (f1)."""
    text = ("The Council's members first voted for the us draft resolution, which demanded humanitarian pauses in "
            "Gaza, condemned the October 7 attack by the Palestinian Group Hamas in Israel and called for the "
            "immediate and unconditional release of all remaining hostages held by Hamas. The Resolution got 10 "
            "votes in favor, with Russia, China and the United Arab Emirates voting against it. US envoy to the UN "
            "Linda Thomas-Greenfield said the US is deeply disappointed that Russia and China vetoed the "
            "Resolution.")
    votes = _votes(text, dt.date(2023, 10, 26))
    assert votes == [("10 votes in favor", "supported"),
                     ("Russia, China and the United Arab Emirates voting against", "supported"),
                     ("Russia and China vetoed", "supported")]


def test_a_hyphenated_surname_written_with_a_space_is_another_spelling() -> None:
    """American Faith 2024-06-11 (https://americanfaith.com/u-n-security-council-passes-bidens-ceasefire-
    resolution/): 'Linda Thomas Greenfield' is Linda Thomas-Greenfield; it was refuted as not the office's
    holder."""
    text = ("U.S. Ambassador to the U.N. Linda Thomas Greenfield said following the vote that the council \"sent a "
            "clear message to Hamas: accept the cease-fire deal on the table.\"")
    rep = check_text(text, dt.date(2024, 6, 11))
    got = [(c.claim.text, c.verdict.label.value) for c in rep.claims if c.claim.kind.value == "person_role"]
    # with the title and the date picking the one holder of that surname (refs/names.py, w13names), the
    # spelling is taken as hers and the claim is supported; the rationale says how the name was matched
    assert got == [("U.S. Ambassador to the U.N. Linda Thomas Greenfield", "supported")]
    assert rep.claims[0].verdict.rationale.startswith(
        "'Linda Thomas Greenfield' taken as Linda Thomas-Greenfield: the only Ambassador to the United Nations "
        "(United States) on 2024-06-11 with that surname.")


def test_the_us_veto_of_the_russian_amendment_to_2720() -> None:
    """ILNA 2023-12-23 (https://www.ilna.ir/Section-world-8/1430445-un-security-council-passes-resolution-
    demanding-more-gaza-aid-deliveries): the US vetoed a Russian amendment before resolution 2720 was adopted
    (seeds/research/world-facts.json f2); with no record of it, the veto and the count were refuted against
    the Russian amendment of 15 November (failed, 5-1-9)."""
    text = ("The resolution, ratified on Friday, demanded all sides in the conflict allow the \"safe and unhindered "
            "delivery of humanitarian assistance at scale\". The vote in the 15-member council was 13-0 with the "
            "United States and Russia abstaining. The vote followed the US veto of a Russian amendment that would "
            "have restored that call for a suspension of hostilities. That vote was 10 members in favor, the US "
            "against and four abstentions.")
    votes = _votes(text, dt.date(2023, 12, 23))
    assert ("the US veto", "supported") in votes
    assert ("10 members in favor, the US against and four abstentions", "unverified") in votes
    assert [t for t, v in votes if v == "refuted"] == []


def test_an_ani_dateline_with_the_country_in_brackets() -> None:
    """Indian Economic Observer (ANI) 2023-10-19 (https://indianeconomicobserver.com/news/us-vetoes-un-security-
    council-resolution-on-humanitarian-pauses-in-israel-hamas-war20231019025624) and coron.tech (ANI) 2024-04-19
    (https://cuu.coron.tech/news/1900092024230410142515): 'New York [US], <date>' is the filing date; the votes
    were on Wednesday 18 October 2023 and Thursday 18 April 2024, and the dateline's date was refuted."""
    from factdesk.extract.dates import find_dates, is_dateline
    cases = [
        ("New York [US], October 19 : The draft resolution on the Israel-Hamas war was not adopted on Wednesday "
         "after the United States vetoed the council's call that would have asked for \"humanitarian pauses\" to "
         "deliver lifesaving aid to millions in Gaza.", dt.date(2023, 10, 19), "October 19"),
        ("New York [US], April 19 (ANI): The United States on Thursday used its veto power to block a United "
         "Nations Security Council resolution on granting statehood to Palestine.", dt.date(2024, 4, 19),
         "April 19"),
    ]
    for text, published, dateline in cases:
        assert {d.text: is_dateline(text, d) for d in find_dates(text, published)}[dateline] is True
        rep = check_text(text, published)
        assert [c.claim.text for c in rep.claims if c.verdict.label.value == "refuted"] == []
        assert not any(dateline in c.claim.text for c in rep.claims)
