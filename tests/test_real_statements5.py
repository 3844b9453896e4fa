"""Statement and quantity claims found on real reporting (issue 13, helper a5planted): forms of the dev
misses of tests/realcorpus and of new real articles from the search tool's pages corpus, each resting on
two or more different articles (named in the docstrings). Every test asserts exact claim texts and
verdicts: supported only with a sourced record, otherwise unverified; nothing here is refuted except the
planted error of a permanent-members list."""

from __future__ import annotations

import datetime as dt

from conftest import refuted_of, verdicts_of

# ---------------------------------------------------------------- statement.attempts


def test_failed_attempts_counted_in_the_window_the_sentence_gives() -> None:
    """Barlaman Today 2023-11-16 (tests/realcorpus dev 017), AP via Ahram Online 2023-10-27 (dev 027): the
    references hold four failed Council drafts in October 2023 (16, 18, 25 and 25 October)."""
    got = verdicts_of("The affirmative vote came after four unsuccessful attempts to take action last month.",
                      dt.date(2023, 11, 16), "statement")
    assert got == [("after four unsuccessful attempts to take action last month", "supported")]
    got = verdicts_of("The 193-member General Assembly vote came after the 15-member Security Council failed to agree "
                      "on a resolution after four attempts over the past two weeks.", dt.date(2023, 10, 27),
                      "statement")
    assert ("failed to agree on a resolution after four attempts over the past two weeks", "supported") in got


def test_failed_attempts_with_no_window_count_from_the_gaza_war() -> None:
    """The Hill via Yahoo 2023-11-15 (https://news.yahoo.com/un-adds-immediate-humanitarian-pauses-141924214.html)
    and Spotlight Nepal 2023-11-16 (https://www.spotlightnepal.com/2023/11/16/un-security-council-approves-
    resolution-calling-for-humanitarian-pauses-in-gaza/), neither in tests/realcorpus."""
    got = verdicts_of("The United Nations Security Council is trying for the fifth time to come up with a resolution "
                      "responding to the Israel-Hamas war, but after four failed attempts, it is unclear whether "
                      "divisions can be overcome to produce a consensus.", dt.date(2023, 11, 15), "statement")
    assert got == [("after four failed attempts", "supported")]
    got = verdicts_of("The UN Security Council has adopted a resolution calling for humanitarian pauses in the Gaza "
                      "Strip. This came after four unsuccessful attempts to respond to the Israel-Hamas conflict.",
                      dt.date(2023, 11, 16), "statement")
    assert got == [("after four unsuccessful attempts", "supported")]


def test_a_count_the_references_do_not_reach_is_unverified_never_refuted() -> None:
    """The same AP sentence dated after the UAE draft's veto of 8 December 2023: five failures by then, so
    'four' is not supported, and not refuted either (reports count amendments and other texts)."""
    text = "After four failed attempts, the UN Security Council is trying again on the Israel-Hamas war."
    assert verdicts_of(text, dt.date(2023, 12, 20), "statement") == [("After four failed attempts", "unverified")]
    assert refuted_of(text, dt.date(2023, 12, 20)) == []


def test_ordinals_of_attempts_and_vetoes_are_found_and_never_counted() -> None:
    """Global Economic Report 2023-10-20 (dev 013), OyeYeah 2024-11-20 (dev 101), Middle East Monitor
    2024-02-21 (https://www.middleeastmonitor.com/20240221-us-veto-blocks-un-security-council-resolution-
    calling-for-gaza-ceasefire/)."""
    got = verdicts_of("It was the fourth resolution related to the Israel-Hamas war to fail this week.",
                      dt.date(2023, 10, 20), "statement")
    assert got == [("the fourth resolution", "unverified")]
    got = verdicts_of("This marks the fifth instance since the outbreak of conflict in October 2023 that the US has "
                      "blocked such a resolution.", dt.date(2024, 11, 20), "statement")
    assert got == [("the fifth instance", "unverified")]
    text = ("The United States has vetoed a draft resolution calling for an immediate ceasefire in Gaza for the third "
            "time at the UN Security Council.")
    assert verdicts_of(text, dt.date(2024, 2, 21), "statement") == [("for the third time", "unverified")]
    assert refuted_of(text, dt.date(2024, 2, 21)) == []


# ---------------------------------------------------------------- statement.invoked


def test_the_article_after_a_sentence_naming_article_99() -> None:
    """The National 2023-12-06 (dev 031) and Al Jazeera via Tunisie Numerique 2023-12 (https://news-tunisia.
    tunisienumerique.com/un-chief-invokes-article-99-on-gaza-in-rare-powerful-move/): the event's record says
    it was Guterres's first invocation of Article 99."""
    text = ("In a letter to the UN Security Council, Guterres invoked Article 99 of the UN Charter. The letter "
            "represents the first time Guterres has invoked the article since he took over the role of UN "
            "secretary-general on January 1, 2017.")
    got = verdicts_of(text, dt.date(2023, 12, 7), "statement")
    assert got == [("Guterres invoked Article 99 of the UN Charter", "supported"),
                   ("Guterres has invoked the article", "supported")]
    text = ("Antonio Guterres invoked Article 99 of the UN Charter. It is the first time the UN chief has invoked "
            "the article since taking office in 2017.")
    got = verdicts_of(text, dt.date(2023, 12, 6), "statement")
    assert got[-1] == ("invoked the article", "supported")


def test_the_article_with_no_article_named_is_no_claim() -> None:
    got = verdicts_of("It is the first time the UN chief has invoked the article since taking office in 2017.",
                      dt.date(2023, 12, 6), "statement")
    assert got == []


# ---------------------------------------------------------------- statement.permanent_member


def test_permanent_members_listed_after_a_dash_or_a_bracket() -> None:
    """disqusborders.com 2024-11 (https://disqusborders.com/world/the-us-has-vetoed-a-draft-proposal-for-a-cease-
    fire-in-gaza-and-the-release-of-hostages/), Zee News 2022-02-26 (https://zeenews.india.com/world/russia-
    vetoes-un-security-action-on-ukraine-heres-everything-you-need-to-know-about-it-2440070.html)."""
    got = verdicts_of("It is worth noting that the 5 permanent members of the Security Council – China, France, "
                      "Britain, the United States and Russia have veto power.", dt.date(2024, 11, 21), "statement")
    assert got == [("China", "supported"), ("France", "supported"), ("Britain", "supported"),
                   ("the United States", "supported"), ("Russia", "supported")]
    got = verdicts_of("Each of the Council’s 15 members has the right to exercise one vote, but only the five "
                      "permanent members (The United States, the United Kingdom, Russia, China and France) have veto "
                      "power.", dt.date(2022, 2, 26), "statement")
    assert [v for _, v in got] == ["supported"] * 5


def test_a_country_planted_in_the_list_is_refuted() -> None:
    """The disqusborders.com sentence with Germany for Britain."""
    text = ("It is worth noting that the 5 permanent members of the Security Council – China, France, Germany, "
            "the United States and Russia have veto power.")
    assert refuted_of(text, dt.date(2024, 11, 21)) == [("Germany", "not a permanent member")]


def test_a_list_of_elected_members_or_past_the_number_said_is_not_read() -> None:
    """The elected ten of 2024 (Guardian, Nov 2024: "Algeria, Ecuador, Guyana, Japan, Malta, Mozambique, South
    Korea, Sierra Leone, Slovenia and Switzerland")."""
    text = ("The council's 10 non-permanent members – Algeria, Ecuador, Guyana, Japan, Malta, Mozambique, South "
            "Korea, Sierra Leone, Slovenia and Switzerland – drafted it.")
    assert verdicts_of(text, dt.date(2024, 11, 21), "statement") == []
    text = ("The deal was signed by the five permanent members – Britain, China, France, Russia and the United "
            "States, and Germany in 2015.")
    assert refuted_of(text, dt.date(2016, 1, 1)) == []


def test_a_permanent_member_without_of_the_council_in_a_sentence_about_the_veto() -> None:
    """disqusborders.com 2024-11, UN News via Mirage News 2025-09 (https://www.miragenews.com/us-blocks-security-
    council-resolution-on-gaza-1536588), world-today-news.com 2023-12-08."""
    got = verdicts_of("The United States, a permanent member, exercised its veto power in the Security Council on "
                      "Wednesday, around the same time the 193-member UN General Assembly met.", dt.date(2024, 11, 21),
                      "statement")
    assert got == [("United States, a permanent member", "supported")]
    got = verdicts_of("The US is one of five permanent Council members who possess the right to veto.",
                      dt.date(2025, 9, 19), "statement")
    assert got == [("US is one of five permanent Council members", "supported")]
    got = verdicts_of("As a permanent member of the Security Council, the US can veto any resolution.",
                      dt.date(2023, 12, 8), "statement")
    assert got == [("As a permanent member of the Security Council, the US", "supported")]


# ---------------------------------------------------------------- statement.title


def test_a_quoted_title_is_supported_by_the_vote_that_bears_it() -> None:
    """ABC Australia 2022-03-03 (dev 056); The Quint 2022-03 (https://www.thequint.com/amp/story/news/world/
    united-nations-general-assembly-adopts-resolution-condemns-russias-invasion-of-ukraine)."""
    got = verdicts_of('Titled "Aggression against Ukraine", the resolution demanded an immediate halt to the '
                      "offensive and the withdrawal of all Russian troops.", dt.date(2022, 3, 3), "statement")
    assert got == [('Titled "Aggression against Ukraine"', "supported")]
    got = verdicts_of("Almost 100 UN Member States co-sponsored the resolution titled ‘Aggression Against Ukraine’.",
                      dt.date(2022, 3, 3), "statement")
    assert got == [("titled ‘Aggression Against Ukraine’", "supported")]


def test_a_title_no_vote_of_the_fortnight_bears_is_unverified() -> None:
    """The same sentence a year later: ES-11/1 is not of that fortnight."""
    text = "Almost 100 UN Member States co-sponsored the resolution titled ‘Aggression Against Ukraine’."
    assert verdicts_of(text, dt.date(2023, 3, 3), "statement") == [("titled ‘Aggression Against Ukraine’",
                                                                     "unverified")]


# ---------------------------------------------------------------- quantity: background counts


def test_death_tolls_as_a_toll_that_rose_or_stands_at() -> None:
    """NNN-Xinhua via MENAFN 2023-11-02 (https://menafn.com/1107363788/), AFP via NZ Herald 2024-11
    (https://www.nzherald.co.nz/world/united-states-vetoes-gaza-ceasefire-call-at-united-nations/
    JX37MN3DINGATBVZ63QBB3JXFY/), Al Jazeera via Ya Libnan 2024-02-21."""
    text = ("The health ministry in Hamas-run Gaza said the death toll from the resulting war had reached 43,985 "
            "people, the majority civilians.")
    assert verdicts_of(text, dt.date(2024, 11, 21), "quantity") == [("43,985", "unverified")]
    text = "The death toll in Israel from the October 7 Hamas-led attacks stands at 1,139."
    assert verdicts_of(text, dt.date(2024, 2, 21), "quantity") == [("1,139", "unverified")]
    text = ("The death toll among Palestinians killed by Israeli attacks on Gaza has now exceeded 9,000, since the "
            "beginning of the Israel-Hamas conflict, on Oct 7, the Gaza-based Health Ministry said, yesterday.")
    assert verdicts_of(text, dt.date(2023, 11, 3), "quantity") == [("9,000", "unverified")]


def test_a_toll_with_mostly_women_and_children_before_the_verb() -> None:
    """world-today-news.com 2023-12-08, Al Jazeera via Ya Libnan 2024-02-21."""
    text = ("According to the Ministry of Health of the Hamas-controlled Gaza Strip, 17,487 people, mostly women and "
            "children, have been killed in this war.")
    assert verdicts_of(text, dt.date(2023, 12, 8), "quantity") == [("17,487", "unverified")]


def test_emergency_special_sessions_counted() -> None:
    """UN News via Black Star News 2022-02-27 (https://blackstarnews.com/?p=43069), AFP via Breitbart 2022-02-28
    (https://breitbart.com/politics/2022/02/28/u-n-to-address-ukraine-crisis-in-emergency-general-assembly/amp),
    The Quint 2022-03."""
    text = ("Only 10 such emergency special sessions of the General Assembly have been convened since 1950, "
            "following the adoption of resolution 377A(V), widely known as ‘Uniting for Peace.’")
    assert verdicts_of(text, dt.date(2022, 2, 27), "quantity") == [("10", "unverified")]
    text = "It will just be the 11th such session that the assembly has held, according to diplomats."
    assert verdicts_of(text, dt.date(2022, 2, 28), "quantity") == [("11", "unverified")]
    text = "This is only the 11th time since 1950 that an emergency session of the UNGA has been called."
    assert verdicts_of(text, dt.date(2022, 3, 3), "quantity") == [("11", "unverified")]
    # a session's name is no count
    assert verdicts_of("The 10th emergency special session on Israeli actions resumed on Tuesday.",
                       dt.date(2023, 10, 26), "quantity") == []


def test_countries_of_an_earlier_vote_and_recognitions() -> None:
    """Times of Israel 2023-12-12 (dev 037), AFP via Breitbart 2022-02-28; NDTV 2025 and Jerusalem Post
    2024-04-07 (https://www.jpost.com/international/article-795839)."""
    text = ("Any resolutions agreed at the General Assembly will be non-binding, however the U.S. is looking to build "
            "on the 100 countries that voted to condemn Russia over its annexation of Crimea in 2014.")
    assert verdicts_of(text, dt.date(2022, 2, 28), "quantity") == [("100", "unverified")]
    text = ("There are already 139 nations out of the UN’s 193 member nations that recognize Palestine as a state.")
    assert verdicts_of(text, dt.date(2024, 4, 7), "quantity") == [("139", "unverified")]
    text = "At least 145 of 193 UN members currently recognise the State of Palestine."
    assert verdicts_of(text, dt.date(2025, 9, 22), "quantity") == [("At least 145", "unverified")]
    # a tally of the vote the story reports is not one
    assert verdicts_of("On May 10, 143 of the UN's 193 member states supported a resolution that called to make "
                       "Palestine a full member.", dt.date(2024, 5, 11), "quantity") == []


def test_lists_and_appositions_of_wished_for_permanent_members_are_never_refuted() -> None:
    """Constructed guards (the forms of reform coverage: the G4's bid for permanent seats): a list of the
    members some would add, or "a permanent member aspirant", is no claim that the country holds a seat."""
    text = ("The G4 nations want to add new permanent members – India, Brazil, Germany and Japan – to the Security "
            "Council. India, a permanent member aspirant, abstained in the Security Council vote on the veto. "
            "Germany hopes to become one of the permanent members - Germany, Japan, India and Brazil have long "
            "campaigned for seats on the Council.")
    assert refuted_of(text, dt.date(2024, 9, 25)) == []
    assert verdicts_of(text, dt.date(2024, 9, 25), "statement") == []
