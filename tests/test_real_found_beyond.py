"""Claims found beyond the home domain (issue 13): published reports of other UN votes and of
heads of government and UK ministers that are not in tests/realcorpus. Each test holds the real
sentences, their source and date, and asserts the exact spans and verdicts."""

from __future__ import annotations

import datetime as dt

from conftest import check_text


def _claims(text: str, published: dt.date, kind: str) -> list[tuple[str, str]]:
    rep = check_text(text, published)
    return [(c.claim.text, c.verdict.label.value) for c in rep.claims if c.claim.kind.value == kind]


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
