"""Claims found beyond the home domain (issue 13, second round): published reports of other UN votes
and of heads of government and UK ministers that are not in tests/realcorpus. Each test holds the real
sentences, their source and date, and asserts the exact spans and verdicts."""

from __future__ import annotations

import datetime as dt

from conftest import check_text


def _claims(text: str, published: dt.date, kind: str) -> list[tuple[str, str]]:
    rep = check_text(text, published)
    return [(c.claim.text, c.verdict.label.value) for c in rep.claims if c.claim.kind.value == kind]


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
