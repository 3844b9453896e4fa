"""Claims found beyond the home domain (issue 13): published reports of other UN votes and of
heads of government and UK ministers that are not in tests/realcorpus. Each test holds the real
sentences, their source and date, and asserts the exact spans and verdicts."""

from __future__ import annotations

import datetime as dt

from conftest import check_text, verdicts_of

_claims = verdicts_of


def test_sworn_in_as_the_countrys_prime_minister_is_an_appointment() -> None:
    """AP via Business Standard 2019-05-29 (https://www.business-standard.com/article/pti-stories/
    morrison-sworn-in-as-australia-s-prime-minister-119052900138_1.html): Scott Morrison's term on
    record began on 24 Aug 2018; the swearing-in after the election is the same office held."""
    text = ("Scott Morrison has been sworn in as Australia's prime minister, 11 days after retaining the position "
            "in the country's general election.")
    roles = _claims(text, dt.date(2019, 5, 29), "person_role")
    assert roles == [("Scott Morrison has been sworn in as Australia's prime minister", "supported")]


def test_sworn_in_under_a_shorter_spelling_of_the_holder_is_not_refuted() -> None:
    """PA via The Courier 2024-03-04 (https://www.thecourier.co.uk/news/uk-world/4912518/shehbaz-sharif-
    sworn-in-as-pakistans-new-prime-minister/): the Factbook's snapshots name the Prime Minister
    "Shehbaz Sharif" (2022-2023) and "Muhammad Shehbaz Sharif" (since 3 March 2024); the title was
    refuted ("only until 2023-08-14"), and the swearing-in would have been ("no term of Shehbaz
    Sharif's")."""
    text = ("Shehbaz Sharif was sworn in as Pakistan’s new prime minister on Monday after being elected a day "
            "earlier in a raucous parliamentary session. Pakistan’s newly elected Prime Minister Shehbaz Sharif "
            "is congratulated by his elder brother and former Prime Minister Nawaz Sharif following his "
            "appointment, at a parliament session (National Assembly Office via AP)")
    roles = _claims(text, dt.date(2024, 3, 4), "person_role")
    assert ("Shehbaz Sharif was sworn in as Pakistan’s new prime minister", "unverified") in roles
    assert ("Prime Minister Shehbaz Sharif", "unverified") in roles
    assert all(v != "refuted" for _, v in roles)


def test_needs_nine_votes_in_favour_without_at_least_is_the_councils_rule() -> None:
    """Reuters via the Sydney Morning Herald 2018-04-14 (https://www.smh.com.au/world/middle-east/un-fails-
    to-adopt-russian-resolution-to-condemn-us-led-syria-strikes-20180415-p4z9oq.html) and Kurdistan 24
    the same day (http://www.kurdistan24.net/en/news/4642c1d5-8837-4f8c-8f33-25abb0f60024)."""
    smh = ("Only Russia, China and Bolivia voted in favour of the draft resolution. Eight countries voted against "
           "the draft, while four abstained. A resolution needs nine votes in favor and no vetoes by Russia, China, "
           "France, Britain or the United States to pass.")
    assert ("needs nine votes in favor", "supported") in _claims(smh, dt.date(2018, 4, 14), "statement")
    k24 = ("A resolution requires nine votes in favor and no vetoes by Russia, China, France, Britain, or the "
           "United States before it is adopted.")
    assert _claims(k24, dt.date(2018, 4, 14), "statement") == [("requires nine votes in favor", "supported")]


def test_the_rule_after_a_sentence_about_the_council() -> None:
    """APP/AFP via Times of Islamabad 2018-04-15 (https://timesofislamabad.com/15-Apr-2018/unsc-fails-to-
    adopt-russian-resolution-on-syria): the rule's sentence names no body; the sentence before names
    "the 15-member council"."""
    text = ("Only three countries Russia, China and Bolivia voted in favor of the resolution at the end of an "
            "emergency meeting of the 15-member council called by Russia yesterday. Eight countries voted against "
            "and three abstained.\n\nA resolution needs at least 9 \"yes\" votes to be approved.")
    assert _claims(text, dt.date(2018, 4, 15), "statement") == [('needs at least 9 "yes" votes', "supported")]
    # the same sentence after a passage about the General Assembly is not the Council's rule
    ga = ("The General Assembly voted on the text on Thursday. A resolution needs at least 9 \"yes\" votes to be "
          "approved.")
    assert _claims(ga, dt.date(2018, 4, 15), "statement") == []


def test_succeeds_with_the_office_of_the_appointment_just_before() -> None:
    """Reuters via GG2 2020-02-13 (https://www.gg2.net/rishi-sunak-replaces-javid-as-chancellor-alok-sharma-
    appointed-business-secretary/) and LBC 2022-10-14 (tests/realcorpus 078, dev): the sentence that
    names the one replaced gives no office; the sentence before gave it to the successor."""
    gg2 = ("Prime Minister Boris Johnson has appointed Rishi Sunak as the new chancellor of the exchequer, the "
           "government said in a statement on Thursday.\n\nSunak, 39, succeeds Sajid Javid who unexpectedly quit on "
           "Thursday amid the cabinet reshuffle.")
    assert ("succeeds Sajid Javid", "supported") in _claims(gg2, dt.date(2020, 2, 13), "person_role")
    lbc = ("Jeremy Hunt has been appointed as the new Chancellor of the Exchequer, Downing Street has announced.\n\n"
           "The former Health Secretary will replace Kwasi Kwarteng in the role, who was pushed out after overseeing "
           "a disastrous mini-budget that sent markets into a panic and caused the pound to plummet.")
    assert ("will replace Kwasi Kwarteng", "supported") in _claims(lbc, dt.date(2022, 10, 14), "person_role")
    # with no appointment just before, the office is not guessed
    alone = "Sunak, 39, succeeds Sajid Javid who unexpectedly quit on Thursday amid the cabinet reshuffle."
    assert _claims(alone, dt.date(2020, 2, 13), "person_role") == []


def test_taking_over_from_as_the_new_title() -> None:
    """PoliticsHome 2023-11-13 (https://www.politicshome.com/news/article/rishi-sunak-sacks-suella-braverman-
    cabinet-reshuffle): Steve Barclay left Health on 13 November 2023 (IfG). Found; the surname alone
    is not taken as Steve Barclay (the sentence before does not register him as named), so it stays
    unverified."""
    text = ("Steve Barclay has been appointed as her replacement, leaving the role of Secretary of State for Health "
            "and Social Care.\n\nVictoria Atkins, previously a minister in the Treasury, is taking over from Barclay "
            "as the new Health Secretary.")
    assert ("is taking over from Barclay as the new Health Secretary", "unverified") in _claims(
        text, dt.date(2023, 11, 13), "person_role")


def test_while_not_legally_binding_is_the_assemblys_statement() -> None:
    """AP via TRT World 2021-06-18 (https://trt.global/world/article/12764700) and AFP via the Laotian
    Times 2021-06-21 (https://laotiantimes.com/2021/06/21/un-votes-to-condemn-myanmar-military-coup):
    "while not legally binding" has no subject of its own; the sentence names the Assembly."""
    trt = ("The resolution didn’t get the overwhelming support its backers wanted. But the action by the General "
           "Assembly, while not legally binding, reflects international condemnation of the coup that ousted Suu "
           "Kyi’s party from power and put her under arrest along with many government leaders and politicians, as "
           "well as strong opposition to the military crackdown on protesters demanding an end to the army’s "
           "takeover.")
    assert _claims(trt, dt.date(2021, 6, 18), "statement") == [("while not legally binding", "supported")]
    lao = ("While not legally binding, the vote by the UN General Assembly reflects international condemnation of "
           "the coup that deposed Aung San Suu Kyi on 1 February, seeing her imprisoned along with many government "
           "leaders and politicians.")
    assert _claims(lao, dt.date(2021, 6, 21), "statement") == [("While not legally binding", "supported")]
    # of the Council's text, it is not the Assembly's statement
    council = ("The Security Council adopted the text. While not legally binding, the presidential statement "
               "carries weight.")
    assert _claims(council, dt.date(2021, 6, 21), "statement") == []


def test_a_quoted_yes_or_no_is_a_members_vote() -> None:
    """AFP via the Laotian Times 2021-06-21 and AP via TRT World 2021-06-18 (URLs above; sentences of
    each article): the Assembly's Myanmar vote of 18 June 2021 (A/RES/75/287) is not in the references,
    so the claims are found and left unverified."""
    lao = ("The United Nations General Assembly condemned Myanmar’s military coup on Friday, calling for an arms "
           "embargo against the country in a resolution that indicated overwhelming global opposition to the junta "
           "and support for the restoration of the country’s democratic transition.\n\n"
           "The measure was approved with 119 countries voting “yes,” Belarus voting “no,” and 36 countries "
           "abstaining, including China and India, along with Russia, AFP reports. Among ASEAN countries, Singapore, "
           "Malaysia, Vietnam, Indonesia, and the Philippines voted “yes,” while Laos, Thailand, Cambodia, and Brunei "
           "abstained.")
    votes = _claims(lao, dt.date(2021, 6, 21), "vote")
    assert ("Belarus voting “no", "unverified") in votes
    assert ("Singapore, Malaysia, Vietnam, Indonesia, and the Philippines voted “yes", "unverified") in votes
    trt = ("The General Assembly adopted a resolution with the support of 119 countries several months after the "
           "military overthrew Aung San Suu Kyi's elected government in a February 1 coup. A UN diplomat said there "
           "was an agreement with ASEAN to seek consensus, but in the vote its members were "
           "divided with some including Indonesia and Vietnam voting “yes” and others including Thailand and Laos, "
           "abstaining.")
    assert ("Indonesia and Vietnam voting “yes", "unverified") in _claims(trt, dt.date(2021, 6, 18), "vote")


def test_the_appointment_of_x_as_title() -> None:
    """KUNA via MENAFN 2025-09-05 (https://menafn.com/1110024096/UK-Premier-Reshuffles-Cabinet): Shabana
    Mahmood became Home Secretary on 5 September 2025 (IfG); Channel NewsAsia 2018-05-10
    (https://www.channelnewsasia.com/news/asia/malaysia-palace-denies-mahathir-appointment-as-pm-delayed-
    10222202): the sentence gives two dates, so the day is open."""
    kuna = ("Justice Secretary Shabana Mahmood's appointment as home secretary is a signal that the prime minister "
            "sees dealing with illegal immigration and asylum as one of the government's biggest priorities.")
    assert ("Shabana Mahmood's appointment as home secretary", "supported") in _claims(
        kuna, dt.date(2025, 9, 5), "person_role")
    cna = ("SINGAPORE: Malaysia's national palace on Thursday (May 10) evening refuted allegations that the King, "
           "Sultan Muhammad V, had delayed the appointment of Mahathir Mohamad as the new prime minister, following "
           "the Pakatan Harapan coalition's unexpected election victory.")
    assert ("appointment of Mahathir Mohamad as the new prime minister", "unverified") in _claims(
        cna, dt.date(2018, 5, 10), "person_role")


def test_one_name_of_several_records_with_the_country_of_the_title() -> None:
    """Sputnik via UrduPoint 2022-10-25 (https://www.urdupoint.com/en/world/king-charles-iii-appoints-sunak-
    as-uk-prime-m-1583730.html): the Factbook records "Charles III" as King in each of his realms; "UK
    King" names the one record that holds the office. Without a country the name stays ambiguous
    (Hallmark News 2024-07-05, https://hallmarknews.com/keir-starmer-officially-named-uk-prime-minister/)."""
    text = ("MOSCOW (UrduPoint News / Sputnik - 25th October, 2022) UK King Charles III appointed Rishi Sunak as the "
            "new prime minister and ordered him to form a government, Sky news reported.")
    roles = _claims(text, dt.date(2022, 10, 25), "person_role")
    assert ("UK King Charles III", "supported") in roles
    assert ("appointed Rishi Sunak as the new prime minister", "supported") in roles
    bare = "UK head of state, King Charles III, has officially appointed Labour leader Keir Starmer as Prime Minister."
    assert ("King Charles III", "unverified") in _claims(bare, dt.date(2024, 7, 5), "person_role")


def test_background_the_references_do_not_hold_is_found_and_unverified() -> None:
    """tests/realcorpus 055 (Fox 47, AP, 2022-03-02), 057 (Nation Thailand), 056 (ABC Australia): the
    Assembly's emergency session before ES-11; 061 (Khaleej Times, AFP, 2022-02-26), 034 (TRT World) and
    tests/corpus 002: the Council's rotating presidency. None is in the references: found, unverified."""
    cases = [
        ("It came after the 193-member assembly convened its first emergency session since 1997.",
         "first emergency session since 1997"),
        ("It was the first emergency UNGA since 1997.", "first emergency UNGA since 1997"),
        ("It's the first time such a session has been called in decades — the last emergency session was in 1997 "
         "during the Israeli-Palestinian conflict.", "last emergency session was in 1997"),
        ("Russia, which currently holds the rotating Security Council presidency, will likely face another vote on a "
         "similar resolution before the wider UN General Assembly.",
         "Russia, which currently holds the rotating Security Council presidency"),
        ("Ecuador currently holds the rotating presidency of the Security Council.",
         "Ecuador currently holds the rotating presidency of the Security Council"),
    ]
    for text, span in cases:
        rep = check_text(text, dt.date(2022, 3, 2))
        got = [(c.claim.text, c.verdict.label.value) for c in rep.claims if c.claim.type == "statement.background"]
        assert got == [(span, "unverified")], text
    # the office alone, with no member said to hold it, is not the claim
    letter = ("In a letter to the president of the UN Security Council, Antonio Guterres invoked Article 99 of the "
              "UN Charter.")
    assert [c for c in check_text(letter, dt.date(2023, 12, 7)).claims if c.claim.type == "statement.background"] == []


def test_failed_to_adopt_is_the_drafts_outcome() -> None:
    """UN press release of 4 Oct 2011 as republished by cfr.org (tests/realcorpus 084) and
    alburaaqnews.com 2016-12-06 (http://alburaaqnews.com/2016/12/06/china-russia-veto-un-resolution-on-
    aleppo/): the Council "failed to adopt" a draft that was vetoed."""
    un = ("The Security Council today failed to adopt a draft resolution condemning human rights violations in "
          "Syria, owing to a veto by Russia and China.")
    assert ("today failed to adopt a draft resolution", "supported") in _claims(un, dt.date(2011, 10, 4), "vote")
    aleppo = ("The UN Security Council failed to adopt a resolution on humanitarian situation in Syria’s northern city "
              "of Aleppo as Russia and china vetoed it.")
    assert ("failed", "supported") in _claims(aleppo, dt.date(2016, 12, 6), "vote")
    # not the outcome of one vote
    assert _claims("The council has failed to adopt any resolution on Syria since 2016.", dt.date(2018, 4, 14),
                   "vote") == []


def test_a_drafter_on_another_day_is_not_identified_by_the_outcome_alone() -> None:
    """Reuters via the Sydney Morning Herald 2018-04-14 (URL above): the Russian draft of Saturday 14 April
    2018 (3-8-4) is in no pack; the only Council vote near it in the references is the US draft Russia
    vetoed on the 10th. "Security Council" and "failed" identified that vote and "a Russian-drafted
    resolution" was refuted ("drafted by the United States")."""
    text = ("United Nations: The United Nations Security Council failed to adopt a Russian-drafted resolution on "
            "Saturday that would have condemned \"the aggression against the Syrian Arab Republic by the US and its "
            "allies in violation of international law and the UN Charter.\"")
    votes = _claims(text, dt.date(2018, 4, 14), "vote")
    assert ("a Russian-drafted resolution", "unverified") in votes
    assert all(v != "refuted" for _, v in votes)


def test_made_becomes_and_resigned_as_in_reshuffle_copy() -> None:
    """The Scotsman (https://www.scotsman.com/news/politics/boris-johnson-begins-cabinet-clear-out-sajid-javid-
    chancellor-543737) and the NewsGroove live page (https://www.newsgroove.co.uk/boris-johnson-cabinet-reshuffle-
    live-sajid-javid-resigns-andrea-leadsom-and-geoffrey-cox-among-those-sacked-as-pm-reshapes-his-government/):
    the stored copies carry no date; each is judged on the day of the reshuffle it reports (24 July 2019,
    13 February 2020; IfG terms)."""
    scotsman = ("Meanwhile, Sajid Javid has been made Chancellor of the Exchequer.\n\nDominic Raab has been appointed "
                "Foreign Secretary.\n\nPriti Patel becomes Home Secretary and Stephen Barclay remains in his role as "
                "Brexit Secretary.")
    roles = _claims(scotsman, dt.date(2019, 7, 24), "person_role")
    assert ("Sajid Javid has been made Chancellor of the Exchequer", "supported") in roles
    assert ("Priti Patel becomes Home Secretary", "supported") in roles
    live = ("Sajid Javid has resigned as chancellor and number of high profile cabinet ministers have been sacked as "
            "Boris Johnson reshuffles his cabinet.")
    assert ("Sajid Javid has resigned as chancellor", "supported") in _claims(live, dt.date(2020, 2, 13), "person_role")
    # "as" opening a clause is no office (Sputnik, 2020-02-13)
    sputnik = "The Chancellor of the Exchequer, Sajid Javid, has quit as Boris Johnson reshuffles his Cabinet."
    assert all(c.claim.type != "person_role.appointment" for c in check_text(sputnik, dt.date(2020, 2, 13)).claims)
