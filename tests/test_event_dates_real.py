"""Event and vote dates in published reporting (tests/realcorpus dev split and pages found with the
search tool), each shape with examples from two or more different articles, with wrong variants."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import check_text

# 002 Al Arabiya (Reuters caption)
REUTERS_CAPTION = (
    "Russian Ambassador to the U.N. Vassily Nebenzia votes in favor of the resolution during a meeting of the "
    "United Nations Security Council on the conflict between Israel and Hamas at U.N. headquarters in New York, "
    "U.S., {}.")
# 026 Fortune (AP caption)
AP_CAPTION = (
    "Palestinian United Nations Ambassador Riyad Mansour, left, and Jordan's U.N. Ambassador Mahmoud Hmoud, "
    "center, confer as they walk together in the U.N. General Assembly before a vote on a nonbinding resolution "
    "calling for a \"humanitarian truce\" in Gaza and a cessation of hostilities between Israel and Gaza's Hamas "
    "rulers, {} at U.N. headquarters.")


def _vote_dates(text: str, published: dt.date) -> list[tuple[str, str, str | None]]:
    rep = check_text(text, published)
    return [(c.claim.text, c.verdict.label.value, c.verdict.correction) for c in rep.claims
            if c.claim.type == "vote.date"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    (REUTERS_CAPTION.format("October 16, 2023"), dt.date(2023, 10, 17),
     [("October 16, 2023", "supported", None)]),
    (AP_CAPTION.format("Friday, Oct. 27, 2023"), dt.date(2023, 10, 28),
     [("Friday, Oct. 27, 2023", "supported", None)]),
    # wrong variants: the assembly's "humanitarian truce" vote is one record, so the wrong day is refuted
    (AP_CAPTION.format("Thursday, Oct. 26, 2023"), dt.date(2023, 10, 28),
     [("Thursday, Oct. 26, 2023", "refuted", "2023-10-27 (Friday 27 October 2023)")]),
    (AP_CAPTION.format("Friday, Oct. 20, 2023"), dt.date(2023, 10, 28),
     [("Friday, Oct. 20, 2023", "refuted", "2023-10-27 (Friday 27 October 2023)")]),
    # the Council caption names no text: several votes on Israel and Hamas fit, none is refuted
    (REUTERS_CAPTION.format("October 17, 2023"), dt.date(2023, 10, 19),
     [("October 17, 2023", "unverified", None)]),
])
def test_a_caption_showing_a_vote_ends_with_the_vote_day(
        text: str, published: dt.date, expected: list) -> None:
    assert _vote_dates(text, published) == expected


@pytest.mark.parametrize("text", [
    # captions that show no vote (AP, ambroseehirim.com; China News Service via AP, karbu.imanprs.link)
    "United Nations Secretary-General Ban Ki-moon, left, speaks during the 68th session of the General Assembly "
    "at U.N. headquarters, Tuesday, Sept. 24, 2013.",
    # an archive picture (AP "FILE -" captions)
    "FILE - " + AP_CAPTION.format("Friday, Oct. 20, 2023"),
])
def test_a_caption_without_a_vote_or_of_an_archive_picture_gives_no_vote_date(text: str) -> None:
    assert _vote_dates(text, dt.date(2023, 10, 28)) == []


# 034 TRT World; the date of the letter (press.un.org SC/15519: "letter dated 6 December 2023")
ARTICLE_99 = ("The comments came in a letter written by Guterres on {} invoking Article 99 of the UN's charter, "
              "which states that \"the Secretary-General may bring to the attention of the Security Council any "
              "matter which in his opinion may threaten the maintenance of international peace and security.\"")


def _event_dates(text: str, published: dt.date) -> list[tuple[str, str, str | None]]:
    rep = check_text(text, published)
    return [(c.claim.text, c.verdict.label.value, c.verdict.correction) for c in rep.claims
            if c.claim.type == "event_date.event"]


@pytest.mark.parametrize(("day", "expected"), [
    ("Wednesday", [("Guterres on Wednesday invoking Article 99", "supported", None)]),
    ("Tuesday", [("Guterres on Tuesday invoking Article 99", "refuted", "2023-12-06 (Wednesday 6 December 2023)")]),
])
def test_the_article_99_letter_is_dated_by_the_weekday_next_to_it(day: str, expected: list) -> None:
    assert _event_dates(ARTICLE_99.format(day), dt.date(2023, 12, 7)) == expected


@pytest.mark.parametrize("text", [
    # National Herald 2023-12-07: an earlier invocation by another Secretary-General
    "Article 99 has been invoked directly only three times, the last 34 years ago in 1989 by Javier Perez de "
    "Cuellar regarding the fighting in Lebanon.",
    # Premium Times 2023-12-07: the day he said it, not a date attached to the letter
    "United Nations Secretary-General António Guterres said Wednesday that he has invoked Article 99 of the UN "
    "Charter for the first time in his six years as leader.",
])
def test_other_article_99_sentences_give_no_letter_date(text: str) -> None:
    assert _event_dates(text, dt.date(2023, 12, 7)) == []


# 089 TRT World, 090 LBC (PA) 2024-10-01: the surname alone, after the full name earlier in the story
TRT = ("Ishiba, 67, succeeds Fumio Kishida, who resigned early Tuesday, along with his Cabinet. "
       "Kishida has served as premier since {} after he succeeded former Prime Minister Suga Yoshihide.")
LBC = ("Outgoing prime minister Fumio Kishida, right, announced in August that he would resign at the end of his "
       "three-year term (Eugene Hoshiko/AP)\n\n"
       "Mr Kishida took office in {} but left so his party could have a fresh leader after his government was "
       "dogged by scandals.")


def _office_starts(text: str) -> list[tuple[str, str, str | None]]:
    rep = check_text(text, dt.date(2024, 10, 1))
    return [(c.claim.text, c.verdict.label.value, c.verdict.correction) for c in rep.claims
            if c.claim.type == "event_date.office_start"]


@pytest.mark.parametrize(("text", "expected"), [
    (TRT.format("October 2021"), [("Kishida has served as premier since October 2021", "supported", None)]),
    (TRT.format("October 2020"), [("Kishida has served as premier since October 2020", "refuted",
                                   "2021-10-04 (Monday 4 October 2021)")]),
    (LBC.format("2021"), [("Mr Kishida took office in 2021", "supported", None)]),
    (LBC.format("2020"), [("Mr Kishida took office in 2020", "refuted", "2021-10-04 (Monday 4 October 2021)")]),
])
def test_a_surname_means_the_person_named_in_full_before(text: str, expected: list) -> None:
    assert _office_starts(text) == expected


def test_the_refutation_says_the_sentence_gave_the_surname() -> None:
    rep = check_text(TRT.format("October 2020"), dt.date(2024, 10, 1))
    claim = next(c for c in rep.claims if c.claim.type == "event_date.office_start")
    assert claim.verdict.rationale.endswith("Identification: Fumio Kishida, identified by: "
                                            "Fumio Kishida ('Kishida', this sentence).")


def test_a_surname_nobody_was_named_in_full_by_gives_no_claim() -> None:
    assert _office_starts("Kishida has served as premier since October 2020 after he succeeded Suga.") == []


# 007 National Herald 2023-10-17; AP 2023-10-16 (lotradecoin.frnewsprofile.com copy)
HERALD = ("The 15-nation Council met on the evening of {}, to vote on the Russia-led draft resolution, the first "
          "such text to be considered by the UN amid the escalating conflict between Israel and the Palestinian "
          "militant group Hamas.")
AP_MET = ("UNITED NATIONS (AP) — The U.N. Security Council met {} evening to vote on rival Russian and Brazilian "
          "resolutions that reflect deep divisions over the decades-old Israeli-Palestinian conflict and the latest "
          "Hamas’ attacks and Israeli retaliation.")


@pytest.mark.parametrize(("text", "published", "expected"), [
    (HERALD.format("Monday, 16 October"), dt.date(2023, 10, 17),
     [("Council met on the evening of Monday, 16 October", "supported", None)]),
    (AP_MET.format("Monday"), dt.date(2023, 10, 16), [("Council met Monday evening", "supported", None)]),
    # a wrong day: the meeting may have put its vote off, so it is not refuted
    (HERALD.format("Sunday, 15 October"), dt.date(2023, 10, 17),
     [("Council met on the evening of Sunday, 15 October", "unverified", None)]),
    (AP_MET.format("Sunday"), dt.date(2023, 10, 16), [("Council met Sunday evening", "unverified", None)]),
])
def test_a_meeting_held_to_vote_is_dated_by_the_vote(text: str, published: dt.date, expected: list) -> None:
    assert _vote_dates(text, published) == expected


def test_a_meeting_planned_to_vote_gives_no_date() -> None:
    # Reuters via newsworldmedia.news, 2024-03-23
    text = ("The council will meet at 10 a.m. EDT (1400 GMT) on Monday to vote on an alternative resolution drafted "
            "by elected members of the Security Council, a diplomat said.")
    assert _vote_dates(text, dt.date(2024, 3, 23)) == []
