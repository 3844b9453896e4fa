"""person_role.appointment on real sentences (tests/realcorpus dev articles and reports read with the
search tool's pages corpus, cited by URL) and on wrong variants of them."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import check_text

D = dt.date


def _appointments(text: str, published: dt.date) -> list:
    rep = check_text(text, published)
    return [c for c in rep.claims if c.claim.type == "person_role.appointment"]


def _one(text: str, published: dt.date, span: str):  # noqa: ANN202
    found = [c for c in _appointments(text, published) if c.claim.text == span]
    assert len(found) == 1, [c.claim.text for c in _appointments(text, published)]
    return found[0]


@pytest.mark.parametrize(("text", "published", "span", "change", "title", "country", "label"), [
    # 089 TRT World
    ("Japanese politicians on Tuesday elected Shigeru Ishiba as the country's new prime minister, succeeding Fumio "
     "Kishida.", D(2024, 10, 1), "elected Shigeru Ishiba as the country's new prime minister", "took",
     "prime minister", "Japan", "supported"),
    ("Japanese politicians on Tuesday elected Shigeru Ishiba as the country's new prime minister, succeeding Fumio "
     "Kishida.", D(2024, 10, 1), "succeeding Fumio Kishida", "left", "prime minister", "Japan", "supported"),
    # 090 LBC (PA)
    ("Japan’s parliament has formally elected Shigeru Ishiba, head of the governing Liberal Democratic Party, as the "
     "country’s new prime minister.", D(2024, 10, 1),
     "elected Shigeru Ishiba, head of the governing Liberal Democratic Party, as the country’s new prime minister",
     "took", "prime minister", "Japan", "supported"),
    # 091 Livemint: Kato's finance-minister record (Ishiba cabinet, 1 Oct 2024) is in the Gaza pack since a13people2
    ("Shigeru Ishiba appointed Katsunobu Kato, a finance ministry bureaucrat-turned-lawmaker, as Japan's Finance "
     "minister, reported Reuters.", D(2024, 10, 1),
     "appointed Katsunobu Kato, a finance ministry bureaucrat-turned-lawmaker, as Japan's Finance minister",
     "took", "Finance minister", "Japan", "supported"),
    # 079 Civil Service World: the replacement takes the office of the one sacked
    ("Liz Truss has sacked Kwasi Kwarteng from his cabinet role of chancellor and named Jeremy Hunt as his "
     "replacement after the government was forced to rip up key sections of the recent \"mini-budget\".",
     D(2022, 10, 14), "sacked Kwasi Kwarteng from his cabinet role of chancellor", "left", "chancellor", None,
     "supported"),
    ("Liz Truss has sacked Kwasi Kwarteng from his cabinet role of chancellor and named Jeremy Hunt as his "
     "replacement after the government was forced to rip up key sections of the recent \"mini-budget\".",
     D(2022, 10, 14), "named Jeremy Hunt as his replacement", "took", "chancellor", None, "supported"),
    # 078 LBC (was read as a person called 'Downing Street')
    ("Jeremy Hunt has been appointed as the new Chancellor of the Exchequer, Downing Street has announced.",
     D(2022, 10, 14), "Jeremy Hunt has been appointed as the new Chancellor of the Exchequer", "took",
     "Chancellor of the Exchequer", None, "supported"),
    # 076 The Irish News (PA): "sacked Y" takes the office the sentence gives to Y's successor
    ("Liz Truss has appointed former foreign secretary Jeremy Hunt as the new Chancellor of the Exchequer after she "
     "dramatically sacked Kwasi Kwarteng.", D(2022, 10, 14), "sacked Kwasi Kwarteng", "left",
     "Chancellor of the Exchequer", None, "supported"),
    # 094 Sputnik: titles before the name
    ("French President Emmanuel Macron has appointed former European Commissioner and former Foreign Minister Michel "
     "Barnier as new prime minister, French broadcaster BFMTV reported on Thursday, citing the presidential "
     "administration.", D(2024, 9, 5),
     "appointed former European Commissioner and former Foreign Minister Michel Barnier as new prime minister",
     "took", "prime minister", None, "supported"),
    # https://www.gg2.net/rishi-sunak-replaces-javid-as-chancellor-alok-sharma-appointed-business-secretary/
    ("Alok Sharma has been appointed as the new business secretary, replacing Andrea Leadsom who has been sacked in "
     "the cabinet reshuffle.", D(2020, 2, 13), "replacing Andrea Leadsom", "left", "business secretary", None,
     "supported"),
    # https://panorama.am/en/news/2021/09/16/Liz-Truss/2566255: reported the day after (term from 15 September)
    ("Liz Truss has been appointed UK foreign secretary, replacing Dominic Raab in Boris Johnson’s cabinet reshuffle, "
     "The Independent reports.", D(2021, 9, 16), "Liz Truss has been appointed UK foreign secretary", "took",
     "foreign secretary", "United Kingdom", "supported"),
    # https://www.turkiyenewspaper.com/world/13107 (Anadolu)
    ("Pakistan’s parliament on Monday elected former opposition leader Shehbaz Sharif as the country's new prime "
     "minister.", D(2022, 4, 11),
     "elected former opposition leader Shehbaz Sharif as the country's new prime minister", "took",
     "prime minister", "Pakistan", "supported"),
])
def test_real_appointments(text: str, published: dt.date, span: str, change: str, title: str, country: str | None,
                           label: str) -> None:
    claim = _one(text, published, span)
    assert claim.claim.slots["change"] == change
    assert claim.claim.slots["title"] == title
    assert claim.claim.slots["country"] == country
    assert claim.verdict.label.value == label


def test_the_day_the_sentence_names_dates_the_appointment() -> None:
    claim = _one("Japanese politicians on Tuesday elected Shigeru Ishiba as the country's new prime minister.",
                 D(2024, 10, 1), "elected Shigeru Ishiba as the country's new prime minister")
    assert claim.claim.slots["date_from"] == "2024-10-01"
    assert claim.claim.slots["date_origin"] == "this sentence"
    assert claim.verdict.rationale == ("Shigeru Ishiba took the office of Prime Minister (Japan) on 2024-10-01 "
                                       "(2024-10-01 to present); the appointment is dated 2024-10-01 ('on Tuesday'), "
                                       "this sentence.")


def test_someone_else_taking_the_office_that_day_is_refuted() -> None:
    """089 with the wrong person: office, country and day all from the sentence, the handover on record."""
    claim = _one("Japanese politicians on Tuesday elected Fumio Kishida as the country's new prime minister.",
                 D(2024, 10, 1), "elected Fumio Kishida as the country's new prime minister")
    assert claim.verdict.label.value == "refuted"
    assert claim.verdict.correction == "Shigeru Ishiba"
    assert claim.verdict.rationale.startswith(
        "On 2024-10-01 Shigeru Ishiba took the office of Prime Minister (Japan) (2024-10-01 to present) from Fumio "
        "Kishida (2021-10-04 to 2024-10-01)")
    assert "Identification: Prime Minister (Japan), identified by:" in claim.verdict.rationale


@pytest.mark.parametrize(("text", "published", "span"), [
    # no country in the sentence
    ("Politicians on Tuesday elected Fumio Kishida as new prime minister.", D(2024, 10, 1),
     "elected Fumio Kishida as new prime minister"),
    # no day in the sentence: the publication date does not identify the day enough to refute
    ("Japan's parliament has elected Fumio Kishida as the country's new prime minister.", D(2024, 10, 1),
     "elected Fumio Kishida as the country's new prime minister"),
    # a day before the recorded start (elected on Monday, in office from Tuesday?): never refuted
    ("Japanese politicians on Monday elected Shigeru Ishiba as the country's new prime minister.", D(2024, 9, 30),
     "elected Shigeru Ishiba as the country's new prime minister"),
    # "new" never refutes an earlier holder: Sunak was chancellor until 2022-07-05
    ("Rishi Sunak has been appointed as the new Chancellor of the Exchequer.", D(2022, 10, 14),
     "Rishi Sunak has been appointed as the new Chancellor of the Exchequer"),
    # who left is never refuted
    ("Liz Truss has sacked Jeremy Hunt from his cabinet role of chancellor.", D(2022, 10, 14),
     "sacked Jeremy Hunt from his cabinet role of chancellor"),
])
def test_wrong_variants_left_unverified(text: str, published: dt.date, span: str) -> None:
    claim = _one(text, published, span)
    assert claim.verdict.label.value == "unverified"
    assert claim.verdict.correction is None


def test_a_bare_past_with_no_date_is_any_time_before() -> None:
    claim = _one("Linda Thomas-Greenfield was named US ambassador to the United Nations.", D(2023, 10, 18),
                 "Linda Thomas-Greenfield was named US ambassador to the United Nations")
    assert claim.claim.slots["recent"] is False
    assert claim.verdict.label.value == "supported"


@pytest.mark.parametrize(("text", "published"), [
    ("Liz Truss has not appointed Jeremy Hunt as chancellor.", D(2022, 10, 14)),  # denied
    ("Shigeru Ishiba was elected president of the Liberal Democratic Party on Friday.", D(2024, 9, 27)),  # a party
    ("Sunak was elected leader of the UK Conservative Party on Monday.", D(2022, 10, 24)),
    # a day other than the story's: the date reading's (event_date.office_start)
    ("Japanese politicians on Monday elected Shigeru Ishiba as the country's new prime minister.", D(2024, 10, 1)),
    ("Liz Truss was appointed prime minister on September 6.", D(2022, 10, 26)),
])
def test_not_read_as_appointments(text: str, published: dt.date) -> None:
    assert _appointments(text, published) == []


def test_downing_street_is_not_a_person() -> None:
    """078 (LBC): the title before ", Downing Street" was read as a person called Downing Street."""
    rep = check_text("Jeremy Hunt has been appointed as the new Chancellor of the Exchequer, Downing Street has "
                     "announced.", D(2022, 10, 14))
    assert [(c.claim.type, c.claim.slots["name"]) for c in rep.claims if c.claim.kind.value == "person_role"] == [
        ("person_role.appointment", "Jeremy Hunt")]
