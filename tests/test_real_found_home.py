"""Claims found on new real articles of the home domain (issue 13): published reports of the
2023-2024 UN votes on Gaza that are not in tests/realcorpus. Each test holds the real sentences,
their source and date, and asserts the exact spans and verdicts: what is now found, and what must
not be refuted (a person's or the Assembly members' rejection is not the vote's outcome)."""

from __future__ import annotations

import datetime as dt

from conftest import check_text, verdicts_of

_claims = verdicts_of


# --- what is not the vote's outcome ---------------------------------------------------------------


def test_a_person_who_rejected_the_resolution_is_not_its_outcome() -> None:
    """ummnews.org (Xinhua) 2023-10-28 (http://ummnews.org/node/102768): the Assembly adopted ES-10/21
    the day before; 'rejected' was read as the vote's outcome and refuted ('adopted')."""
    text = ("UNITED NATIONS, Oct. 28 (Xinhua) -- The UN General Assembly on Friday adopted a resolution that calls "
            "for a humanitarian truce in Gaza. Israeli Foreign Minister Eli Cohen rejected the resolution. "
            "\"We reject outright the UN General Assembly despicable call for a ceasefire,\" Cohen wrote on X, "
            "formerly Twitter, adding that Israel intends to eliminate Hamas.")
    got = _claims(text, dt.date(2023, 10, 28))
    assert ("rejected", "refuted") not in got
    assert ("Israeli Foreign Minister Eli Cohen", "supported") in got
    assert ("on Friday adopted a resolution", "supported") in got
    assert not any(v == "refuted" for _, v in got)


def test_members_that_rejected_an_assembly_resolution_voted_against_it() -> None:
    """Pledge Times 2023-10-28 (https://pledgetimes.com/un-general-assembly-approves-calling-for-cessation-of-
    hostilities-in-gaza/): in the Assembly there is no veto; 'rejected by the United States, Israel and
    other allied countries' are their votes against, and it was refuted as the outcome ('adopted')."""
    text = ("The resolution was rejected by the United States, Israel and other allied countries.\nThe UN General "
            "Assembly approved this Friday a resolution calling for “the cessation of hostilities” in Gaza after "
            "the bombings and attacks in the Middle East region.\n"
            "It should be noted that this was rejected by the United States, Israel and other allied "
            "countriesbut it had the approval of the Arab world, Russia and China, while the European Union voted "
            "divided on that same text.")
    got = _claims(text, dt.date(2023, 10, 28), "vote")
    assert ("approved", "supported") in got and ("approved this Friday", "supported") in got
    assert not any(v == "refuted" for _, v in got)
    # the same two real sentences in the other order: read after the Assembly's vote, no outcome either
    after = _claims("The UN General Assembly approved this Friday a resolution calling for “the cessation of "
                    "hostilities” in Gaza after the bombings and attacks in the Middle East region. The resolution "
                    "was rejected by the United States, Israel and other allied countries.", dt.date(2023, 10, 28),
                    "vote")
    assert after == [("approved", "supported"), ("approved this Friday", "supported")]


def test_a_rejected_amendment_in_an_after_clause_is_not_the_adopted_text() -> None:
    """AP lede (tests/realcorpus 026 Fortune; i, 2023-10-27,
    https://inews.co.uk/news/un-general-assembly-votes-in-favour-of-immediate-humanitarian-truce-in-gaza-2718360):
    read alone, the tally of the adopted resolution was compared with the Canadian amendment named in the
    'after rejecting' clause (88-55-23) and refuted."""
    text = ("The 193-member world body adopted the resolution by a vote of 120-14 with 45 abstentions after "
            "rejecting a Canadian amendment backed by the United States.")
    assert _claims(text, dt.date(2023, 10, 27), "vote") == [
        ("adopted the resolution by a vote of 120-14 with 45 abstentions", "conflicting")]


# --- General Assembly resolutions are not binding ---------------------------------------------------


def test_non_binding_spelled_with_a_space_is_still_negated() -> None:
    """Webdo (Tunisia) 2023-12-13 (https://webdo.tn/en/actualite/international/tunisia-vote-for-a-ceasefire-in-gaza-
    the-resolution-adopted/385990): 'non -binding' was read as 'binding' and refuted."""
    text = ("The UN General Assembly claimed on Tuesday evening from an overwhelming majority \"an immediate "
            "humanitarian ceasefire\" in Gaza.\nIt is a non -binding resolution but which puts pressure on the "
            "Zionist entity which faces a loss of global support against the background of blind bombing on the "
            "Gaza Strip.")
    assert _claims(text, dt.date(2023, 12, 13), "statement") == [("a non -binding resolution", "supported")]


def test_nonbinding_after_an_aside() -> None:
    """The Hill via Yahoo News 2023-10-27 (https://ca.news.yahoo.com/un-general-assembly-overwhelmingly-votes-
    235300430.html): a dash aside between 'The resolution' and 'is nonbinding'."""
    text = ("The U.N. General Assembly on Friday overwhelmingly voted to approve a measure calling for an immediate "
            "“humanitarian truce” in Gaza and demanding “continuous, sufficient and unhindered” provisions to aid "
            "civilians trapped in the heavily bombarded Palestinian enclave. The resolution — which passed by a "
            "vote of 120-14, with 45 member-states abstaining— is nonbinding but carries political weight.")
    assert ("The resolution — which passed by a vote of 120-14, with 45 member-states abstaining— is nonbinding",
            "supported") in _claims(text, dt.date(2023, 10, 27), "statement")


def test_resolutions_of_the_assembly() -> None:
    """i (AP) 2023-10-27 (https://inews.co.uk/news/un-general-assembly-votes-in-favour-of-immediate-humanitarian-
    truce-in-gaza-2718360) and Ruetir 2023-12-13 (https://www.ruetir.com/2023/12/the-un-general-assembly-has-passed-
    a-resolution-calling-on-israel-for-an-immediate-ceasefire-in-the-gaza-strip/): the subject written as
    'resolutions by/of the General Assembly'."""
    ap = ("Resolutions by the General Assembly are not legally binding, but they carry moral weight due to the "
          "universality of its membership")
    assert _claims(ap, dt.date(2023, 10, 27), "statement") == [
        ("Resolutions by the General Assembly are not legally binding", "supported")]
    ruetir = "The resolutions of the General Assembly have political weight but are not binding."
    assert _claims(ruetir, dt.date(2023, 12, 13), "statement") == [
        ("resolutions of the General Assembly have political weight but are not binding", "supported")]


def test_council_resolutions_are_binding_assembly_resolutions_are_not() -> None:
    """AP: i 2023-10-27 (above) and Ahram Online (tests/realcorpus 027, gold 'supported'): the property is
    said of the contrasted subject and left out of the assembly's clause."""
    text = ("Unlike the Security Council, there are no vetoes in the General Assembly so the resolution was "
            "certain to be adopted. While council resolutions are legally binding, assembly resolutions are not "
            "but they do serve as a barometer of world opinion.")
    assert _claims(text, dt.date(2023, 10, 27), "statement") == [("assembly resolutions are not", "supported")]


# --- background counts: found and left unverified --------------------------------------------------


def test_hostage_counts_are_unverified_quantities() -> None:
    """Cyprus Today (Reuters) 2023-11-15 (https://cyprus-today.online/un-security-council-calls-for-pauses-in-gaza-
    fighting-for-aid), The New Arab (AFP) 2023-10-27 (https://www.newarab.com/news/un-general-assembly-calls-
    humanitarian-truce-gaza), aderonkebamidele.com (Reuters copy) 2024-11
    (https://aderonkebamidele.com/us-vetoes-security-councils-gaza-ceasefire-resolution)."""
    reuters = ("It was the fifth council attempt to take action since Hamas militants attacked Israel on Oct. 7, "
               "killing 1,200 people and taking 240 people hostage.")
    assert _claims(reuters, dt.date(2023, 11, 15), "quantity") == [("1,200", "unverified"), ("240", "unverified")]
    afp = ("Israel has bombarded Gaza since Hamas stormed across the border on October 7, that killed 1,400 "
           "people, mostly civilians, and kidnapping over 220 others, according to Israeli officials.")
    assert ("over 220", "unverified") in _claims(afp, dt.date(2023, 10, 27), "quantity")
    copy = ("The current war broke out after Hamas gunmen burst through the border and attacked Israeli "
            "communities, killing about 1,200 people, according to Israeli tallies, and taking 253 into Gaza as "
            "hostages.")
    assert _claims(copy, dt.date(2024, 11, 21), "quantity") == [("about 1,200", "unverified"), ("253", "unverified")]


def test_co_sponsor_counts_are_unverified_quantities() -> None:
    """Daily Sabah 2023-10-27 (https://dailysabah.com/world/mid-east/unga-approves-resolution-calling-for-urgent-
    humanitarian-truce-in-gaza), The New Arab (AFP) 2023-10-27 (above), Axios 2024-03-22
    (https://www.axios.com/2024/03/22/us-ceasefire-resolution-veto-un-security-council). Co-sponsor counts
    are labelled unverified in tests/realcorpus (README)."""
    sabah = ("The draft resolution, which was presented by nearly 50 countries, including Türkiye, Palestine, "
             "Egypt, Jordan, Saudi Arabia, and the United Arab Emirates (UAE), was approved by a vote of 120-14, "
             "with 45 nations abstaining.")
    assert _claims(sabah, dt.date(2023, 10, 27), "quantity") == [("nearly 50", "unverified")]
    afp = ("The resolution co-sponsored by nearly 50 other countries centered largely on the dire humanitarian "
           "situation in sealed-off Gaza as Israel presses on with its bombardment.")
    assert _claims(afp, dt.date(2023, 10, 27), "quantity") == [("nearly 50", "unverified")]
    axios = ("What's next: The Security Council is expected to vote on an alternative resolution put forward by "
             "eight member states, calling for an immediate ceasefire for the month of Ramadan to lead to a "
             "permanent ceasefire.")
    assert _claims(axios, dt.date(2024, 3, 22), "quantity") == [("eight", "unverified")]


# --- the Council's rotating presidency: found and left unverified -----------------------------------


def test_the_rotating_presidency_is_found_and_unverified() -> None:
    """Prensa Latina 2023-10-24 (https://plenglish.com/news/2023/10/24/un-security-council-holds-again-open-
    debate-on-gaza-crisis/), spamchronicles.com (Xinhua) 2023-10-18
    (https://spamchronicles.com/brazil-regrets-us-veto-of-gaza-ceasefire-solution), IFP News 2023-10
    (https://ifpnews.com/us-vetoes-unsc-resolution-humanitarian-pause-gaza-war-relief-delivery); in
    tests/realcorpus 034 (TRT World) and 007 (National Herald) the gold is 'unverified'."""
    cases = [
        (dt.date(2023, 10, 24),
         "Brazil, which currently presides over the Security Council, also regretted the United States’ veto of "
         "its proposal and called for urgent consideration of a ceasefire and the resumption of peace.",
         "Brazil, which currently presides over the Security Council"),
        (dt.date(2023, 10, 18),
         "At a press conference at the Itamaraty Palace (ministry headquarters), Vieira reiterated that the "
         "position of Brazil, which holds the “pro tempore” presidency of the UN Security Council, has always "
         "been “humanitarian”.",
         "Brazil, which holds the “pro tempore” presidency of the UN Security Council"),
        (dt.date(2023, 10, 19),
         "The UN ambassador for Brazil, the president of the Security Council this month, announced in a "
         "statement after the US veto that “silence and inaction prevailed,” adding he hoped “efforts by other "
         "actors will yield positive results.”",
         "Brazil, the president of the Security Council this month"),
    ]
    for published, text, span in cases:
        rep = check_text(text, published)
        got = [(c.claim.text, c.verdict.label.value) for c in rep.claims if c.claim.type == "statement.background"]
        assert got == [(span, "unverified")], text


# --- the Council's voting rule ----------------------------------------------------------------------


def test_nine_council_members_voting_in_its_favour() -> None:
    """ABP Live 2024-04-19 (https://news.abplive.com/news/world/us-vetoes-un-resolution-to-grant-full-membership-
    to-palestine-israel-hamas-war-1681074/amp)."""
    text = ("For the draft resolution to be adopted, it required at least nine Council members voting in its "
            "favour, with no vetoes by any of its five permanent members— China, France, Russia, the United "
            "Kingdom and the United States.")
    assert _claims(text, dt.date(2024, 4, 19), "statement") == [
        ("required at least nine Council members voting in its favour, with no vetoes by any of its five "
         "permanent members", "supported")]


# --- a member that put an amendment to the vote -----------------------------------------------------


def test_a_member_that_submitted_an_amendment_is_a_drafter_claim() -> None:
    """Mangalorean (IANS) 2023-11-16 (https://www.mangalorean.com/unsc-adopts-resolution-calling-for-humanitarian-
    pauses-corridors-in-gaza/), NAN 2024-03-25 (https://nan.media/en/the-security-council-adopts-a-resolution-
    calling-for-an-immediate-ceasefire-in-gaza), The Gateway Pundit 2023-10-18
    (https://www.thegatewaypundit.com/2023/10/us-blocks-brazils-bid-ceasefire-un-council/): the amendment is
    voted at the meeting of the text it amends, identified by the passage's body and day; two Russian
    amendments that day leave 'Russia proposed two amendments' unverified."""
    ians = ("The resolution on Wednesday won the support of 12 of the 15 council members. The US, Russia and the "
            "UK abstained.\nBefore the vote on the Maltese-drafted resolution, Russia submitted an oral amendment, "
            "which would have further called for \"an immediate, durable and sustained humanitarian truce leading "
            "to a cessation of hostilities\".")
    assert ("Russia submitted an oral amendment", "supported") in _claims(ians, dt.date(2023, 11, 16), "vote")
    nan = ("On Monday, the UN Security Council adopted a resolution calling for an immediate ceasefire in the Gaza "
           "Strip. Russia added an amendment to the bill, the word \"permanent\" ceasefire, but the amendment was "
           "not approved, and the original version was voted on.")
    got = _claims(nan, dt.date(2024, 3, 25), "vote")
    assert ("Russia added an amendment", "supported") in got
    assert not any(v == "refuted" for _, v in got)
    gp = ("The United States has vetoed Brazil's resolution proposal on the Israel-Hamas conflict during a meeting "
          "at the United Nations Security Council. The document received 12 votes in favor, 1 against, and 2 "
          "abstentions. At the beginning of the vote, Russia proposed two amendments to the resolution, calling "
          "for an immediate ceasefire and an unequivocal determination that attacks on civilians in Gaza must "
          "stop.")
    got = _claims(gp, dt.date(2023, 10, 18), "vote")
    assert not any(v == "refuted" for _, v in got)


# --- lists of members after "countries that voted against ... include" ----------------------------------


def test_the_countries_that_voted_against_include() -> None:
    """ummnews.org (Xinhua) 2023-10-28 (http://ummnews.org/node/102768) and The Hawk (ANI) 2023-10-28
    (https://www.thehawk.in/posts/we-reject-unga's-call-for-ceasefire:-israel's-foreign-minister): the group,
    then 'include(d)' and the members (A/RES/ES-10/21: 14 against, Iceland, India, Panama, Lithuania and
    Greece among the 45 abstentions)."""
    xinhua = ("UNITED NATIONS, Oct. 28 (Xinhua) -- The UN General Assembly on Friday adopted a resolution that calls "
              "for a humanitarian truce in Gaza. Countries that voted against the draft resolution include Austria, "
              "Croatia, the Czech Republic, Fiji, Guatemala, Hungary, Israel, the Marshall Islands, Micronesia, "
              "Nauru, Papua New Guinea, Paraguay, Tonga, and the United States.")
    assert ("Countries that voted against the draft resolution include Austria, Croatia, the Czech Republic, Fiji, "
            "Guatemala, Hungary, Israel, the Marshall Islands, Micronesia, Nauru, Papua New Guinea, Paraguay, "
            "Tonga, and the United States", "supported") in _claims(xinhua, dt.date(2023, 10, 28), "vote")
    ani = ("The Jordanian-led draft resolution has been adopted by the General Assembly, with 120 votes in favour, "
           "14 against and 45 abstentions. The 45 nations that abstained from voting on the resolution included "
           "Iceland, India, Panama, Lithuania and Greece.")
    # the count "The 45 nations that abstained" is read too (a6sweep, tests/test_real_sweep6.py), and ES-10/21's records
    # disagree on it (120-14-45 announced, 121-14-44 after Iraq's change): conflicting, as the gold of
    # tests/realcorpus labels every 45 of that vote (024, 025, 026, 027, 028)
    assert ("The 45 nations that abstained from voting on the resolution included Iceland, India, Panama, "
            "Lithuania and Greece", "conflicting") in _claims(ani, dt.date(2023, 10, 28), "vote")


def test_the_language_of_another_vote_does_not_date_the_amendment() -> None:
    """Mangalorean (IANS) 2023-11-16 (https://www.mangalorean.com/unsc-adopts-resolution-calling-for-humanitarian-
    pauses-corridors-in-gaza/): 'language contained in the UN General Assembly resolution adopted on October
    27' names the source of the amendment's words; the passage's vote stays 2712 (Wednesday 15 November), so
    the Russian amendment is the one of that meeting (5-1-9), not the Canadian one of 27 October."""
    text = ("The resolution on Wednesday won the support of 12 of the 15 council members. The US, Russia and the UK "
            "abstained.\nBefore the vote on the Maltese-drafted resolution, Russia submitted an oral amendment, "
            "which would have further called for \"an immediate, durable and sustained humanitarian truce leading "
            "to a cessation of hostilities\" — language contained in the UN General Assembly resolution adopted on "
            "October 27 at an emergency special session.\nThe oral amendment failed to be adopted as it did not "
            "get enough votes in favour.")
    rep = check_text(text, dt.date(2023, 11, 16))
    got = {c.claim.text: c for c in rep.claims if c.claim.kind.value == "vote"}
    assert got["Russia submitted an oral amendment"].verdict.label.value == "supported"
    assert got["failed"].verdict.label.value == "supported"
    assert "Russian oral amendment" in got["failed"].verdict.rationale
    assert got["adopted on October 27"].verdict.label.value == "supported"
    assert [c.claim.text for c in rep.claims if c.verdict.label.value == "refuted"] == []


# --- the body rejecting a proposal; a month abbreviation in brackets --------------------------------


def test_the_council_rejected_the_proposal_with_the_date_in_brackets() -> None:
    """Agência Brasil 2023-10-18 (https://agenciabrasil.ebc.com.br./en/internacional/noticia/2023-10/un-security-
    council-rejects-brazils-proposal-conflict): '(Oct. 18)' ended the sentence at 'Oct.', and a body that
    'rejected the proposal' with no vote word was not read. HNGN 2024-03-22
    (https://hngn.com/articles/258716/20240322/russia-china-vetoes-sponsored-un-gaza-resolution.htm): '(Mar. 22)'."""
    text = ("The United Nations (UN) Security Council on Wednesday (Oct. 18) rejected the proposal put forward by the "
            "Brazilian government regarding the conflict between Israel and the Palestinian extremist group Hamas, "
            "which controls the Gaza Strip.")
    got = _claims(text, dt.date(2023, 10, 18), "vote")
    assert ("rejected", "supported") in got
    assert ("on Wednesday (Oct. 18) rejected the proposal", "supported") in got
    assert ("put forward by the Brazilian", "supported") in got
    hngn = ("The United Nations Security Council on Friday (Mar. 22) turned down a resolution calling for an "
            "immediate ceasefire in Gaza and an Israel-Hamas hostage deal after Russia and China vetoed the measure "
            "proposed by the United States.")
    assert _claims(hngn, dt.date(2024, 3, 22), "vote") == [
        ("Russia and China vetoed", "supported"), ("proposed by the United States", "supported")]


def test_a_member_that_rejected_a_draft_cast_its_vote() -> None:
    """NAN 2024-03-23 (https://nan.media/en/algeria-rejects-the-american-draft-resolution-regarding-gaza): Algeria
    voted against the US draft vetoed by Russia and China; its rejection is not the Council's outcome."""
    text = ("Algeria rejected the US draft resolution on Gaza on Friday, noting that it “did not carry a clear "
            "message of peace” and allowed more bloodshed for Palestinian civilians.\nThis was confirmed by "
            "Algeria’s representative to the Security Council, Ambassador Ammar Ben Jamma, after the US draft "
            "resolution was dropped following the use of veto power by Russia and China.")
    got = _claims(text, dt.date(2024, 3, 23), "vote")
    assert not any(t == "rejected" for t, _ in got)
    assert not any(v == "refuted" for _, v in got)


def test_the_assembly_called_by_a_large_majority() -> None:
    """The New Arab (AFP) 2023-10-27 (https://www.newarab.com/news/un-general-assembly-calls-humanitarian-truce-
    gaza): the day of the vote said with 'called by a large majority for' (ES-10/21, Friday 27 October)."""
    text = ("The UN General Assembly on Friday called by a large majority for an \"immediate humanitarian truce\" in "
            "Gaza, on the 21st day of Israel's ongoing bombardment of the Gaza Strip, as Israeli forces announced it "
            "was extending its ground operation into the shattered territory.")
    assert ("on Friday called by a large majority for", "supported") in _claims(text, dt.date(2023, 10, 27), "vote")


# --- an article of the Charter invoked ----------------------------------------------------------------


def test_guterres_invoked_article_99() -> None:
    """ILNA 2023-12-09 (https://ilna.ir/Section-world-8/1426142-us-vetoes-un-security-council-resolution-on-immediate-
    truce-in-gaza) and, in tests/realcorpus (gold 'supported'), The National 031 and Orissa Diary 036: the
    letter of Wednesday 6 December 2023 (press.un.org SC/15519); before that day the claim stays unverified."""
    ilna = ("It came after UN Secretary-General Antonio Guterres invoked Article 99 of the UN Charter, in a rare move "
            "to formally warn the Security Council of the global threat from Israel’s devastating war on Gaza.")
    got = [(c.claim.text, c.verdict.label.value) for c in check_text(ilna, dt.date(2023, 12, 9)).claims
           if c.claim.type == "statement.invoked"]
    assert got == [("Secretary-General Antonio Guterres invoked Article 99 of the UN Charter", "supported")]
    before = [c.verdict.label.value for c in check_text(ilna, dt.date(2023, 12, 1)).claims
              if c.claim.type == "statement.invoked"]
    assert before == ["unverified"]


def test_speaker_lists_and_displacement_counts_are_unverified_quantities() -> None:
    """Head Post 2023-10 (https://head-post.com/humanitarian-truce-officially-approved-by-vast-majority), TRT Afrika
    (AA) 2023-10-18 (https://trt.global/afrika-english/article/15448151), End Time Headlines 2024-03
    (https://endtimeheadlines.org/2024/03/un-security-council-passes-resolution-demanding-gaza-ceasefire/); in
    tests/realcorpus 027 (AP) and 035 (KUNA) the gold is 'unverified'."""
    head = ("The votes came after 113 speakers at the General Assembly’s emergency special session on Israeli "
            "actions in the occupied Palestinian territories.")
    assert _claims(head, dt.date(2023, 10, 28), "quantity") == [("113", "unverified")]
    trt = ("Last week, Israel ordered some 1.1 million people in Gaza – almost half the population – to move south as "
           "it prepares for a ground offensive in retaliation for the Hamas attack in southern Israel.")
    assert _claims(trt, dt.date(2023, 10, 18), "quantity") == [("some 1.1 million", "unverified")]
    eth = ("The Israeli delegation was to present White House officials with plans for an expected ground invasion of "
           "the strategic Gaza town of Rafah, where more than one million Palestinian civilians have sought shelter "
           "from the war.")
    assert _claims(eth, dt.date(2024, 3, 25), "quantity") == [("more than one million", "unverified")]


def test_member_states_voting_in_favor() -> None:
    """HNGN 2024-03-22 (https://hngn.com/articles/258716/20240322/russia-china-vetoes-sponsored-un-gaza-resolution.htm):
    11 in favour of the US draft vetoed by Russia and China (11-3-1)."""
    text = ("The United Nations Security Council on Friday (Mar. 22) turned down a resolution calling for an "
            "immediate ceasefire in Gaza and an Israel-Hamas hostage deal after Russia and China vetoed the measure "
            "proposed by the United States.\nDespite 11 member states voting in favor of the proposed resolution, the "
            "two permanent members joined Algeria in voting against it, while Guyana abstained.")
    got = _claims(text, dt.date(2024, 3, 22), "vote")
    assert ("11 member states voting in favor", "supported") in got
    assert ("Algeria in voting against", "supported") in got and ("Guyana abstained", "supported") in got
    copy = ("The United States has blocked a proposed ceasefire resolution at the United Nations Security Council for "
            "the fourth time during the Gaza conflict, using its veto power to protect its ally, Israel.\nDespite 14 "
            "of the 15 Council members voting in favor, the draft resolution, which called for an immediate, "
            "unconditional end to the war and the release of all hostages, was rejected by the US.")
    # aderonkebamidele.com (Reuters copy) 2024-11-21: the 20 November 2024 draft vetoed by the US (14-1-0)
    assert ("14 of the 15 Council members voting in favor", "supported") in _claims(copy, dt.date(2024, 11, 21), "vote")


def test_a_reactions_day_does_not_date_the_vote() -> None:
    """World Israel News (JNS) 2023-12-10 (https://worldisraelnews.com/us-veto-of-security-council-truce-resolution-
    praised-by-netanyahu): 'on Saturday night' is when Netanyahu praised the veto of Friday 8 December; it
    dated the veto and was refuted ('2023-12-08'). The count of the same article is now read too (13-1-1)."""
    text = ("Israeli Prime Minister Benjamin Netanyahu on Saturday night praised the United States’s veto of a "
            "United Nations Security Council resolution on Friday called for an immediate ceasefire in Gaza.\n"
            "Thirteen members of the 15-strong UNSC voted in favor of the resolution while Britain abstained.")
    got = _claims(text, dt.date(2023, 12, 10), "vote")
    assert not any(v == "refuted" for _, v in got)
    assert ("the United States’s veto of a United Nations Security Council resolution on Friday", "supported") in got
    assert ("Thirteen members of the 15-strong UNSC voted in favor", "supported") in got
    ilna = ("The United States on Friday vetoed a UN Security Council resolution calling for an immediate "
            "humanitarian ceasefire in the Gaza Strip, as the Zionist regime continues its relentless bombardment of "
            "the besieged territory.\nThirteen members of the council voted in favor of the resolution, put forward "
            "by the United Arab Emirates, while Britain abstained.")
    # ILNA 2023-12-09 (https://ilna.ir/Section-world-8/1426142-us-vetoes-un-security-council-resolution-on-immediate-
    # truce-in-gaza)
    got = _claims(ilna, dt.date(2023, 12, 9), "vote")
    assert ("Thirteen members of the council voted in favor", "supported") in got
