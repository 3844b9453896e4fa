"""The size of the group a list of members belongs to is a count of that vote (issue 13, seventh session).

"Ten countries, including the United States and Israel, vote against" and "The UK was among 23 countries to abstain"
state how many voted that way as well as who. The members were checked and the count was not read: the mutation sweep
(tests/realcorpus/sweep.py, category ``tally``) found "Eleven countries, including the United States and Israel"
and "among 26 countries ... to abstain" marked ``supported`` against a record of 10 and 23. The count now goes with
the members on the same claim (``vote_among.group_count``), so a wrong count is refuted on the record the sentence
identifies and a right one stays supported; the members are still checked one by one (the 038 case of
tests/test_real_sweep6.py: a wrong member is named in the correction). Articles (dev split): The Times of Israel
2023-12-12 (037), MINA 2023-12-13 (038), i 2023-12-12 (044); the phrasings also in the lexicon's examples (Reuters via
HeadTopics, News.az, AFP)."""

from __future__ import annotations

import pytest
from test_real_sweep6 import claims_of, refuted

from factdesk.extract.vote_among import group_count

ES10_22 = "153-10-23"


@pytest.mark.parametrize(("phrase", "count"), [
    ("Ten countries, including the United States and Israel, vote against", 10),            # TOI 037
    ("Ten countries, including the US, Israel and Austria, voted against", 10),               # MINA 038
    ("23 countries including the UK, Germany, Italy and Ukraine abstained", 23),              # MINA 038
    ("The UK was among 23 countries (full list below) to abstain", 23),                       # i 044
    ("China was among the 35 countries which abstained", 35),                                 # AFP 051
    ("The 35 nations that abstained included China, India and South Africa", 35),            # 057
    ("14 – including Israel and the United States – voted no", 14),                           # Reuters
    ("9 states, including Argentina, Hungary, Israel, the US and the Czech Republic, voted against", 9),  # News.az
    # no group size stated
    ("the US, Israel and Austria, voted against", None),
    ("Australia, Britain, Bulgaria and Germany were among the abstainers", None),
    ("Among the abstentions was Canada", None),
    # a number that is not the group's size
    ("Russia, one of the 15 Council members, voted against", None),
])
def test_group_count(phrase: str, count: int | None) -> None:
    assert group_count(phrase) == count


# (article, mutation (old, new, context) or None, claims that must be there, the refutations exactly)
CASES = [
    # The Times of Israel 2023-12-12 (037): "Ten countries, including the United States and Israel, vote against,
    # while 23 abstain." -- no word in the sentence names the vote ("vote against" has no object), so a wrong count
    # is not refuted there (rule 3), and the right one is not refuted either
    ("037-toi-unga-passes-ceasefire-resolution.md", None,
     [("Ten countries, including the United States and Israel", "supported", None)], []),
    ("037-toi-unga-passes-ceasefire-resolution.md", ("Ten countries", "Eleven countries", None),
     [("Eleven countries, including the United States and Israel", "unverified", None)], []),
    # MINA 2023-12-13 (038): "... voted against the resolution, while 23 countries including the UK, ... abstained"
    ("038-mina-unga-adopts-ceasefire-resolution.md", None,
     [("Ten countries, including the US, Israel and Austria", "supported", None)], []),
    ("038-mina-unga-adopts-ceasefire-resolution.md", ("Ten countries", "Twelve countries", None), [],
     [("Twelve countries, including the US, Israel and Austria", ES10_22)]),
    # i 2023-12-12 (044): "The UK was among 23 countries (full list below) to abstain on the motion", after "The UN
    # General Assembly has backed a call for a ceasefire in Gaza, with 153 countries in favour, ..." (no date): the
    # record is identified by the Assembly and the counts only, so 26 is unverified, no longer supported
    ("044-inews-how-every-country-voted-153-10.md", None,
     [("UK was among 23 countries (full list below) to abstain", "supported", None)], []),
    ("044-inews-how-every-country-voted-153-10.md", ("among 23 countries", "among 26 countries", None),
     [("UK was among 26 countries (full list below) to abstain", "unverified", None)], []),
]


@pytest.mark.parametrize(("article", "mutation", "present", "refutations"), CASES,
                         ids=[f"{c[0][:3]}{'-planted' if c[1] else ''}" for c in CASES])
def test_group_count_checked(article: str, mutation: tuple | None, present: list, refutations: list) -> None:
    claims = claims_of(article, *(mutation or ()))
    for p in present:
        assert p in claims
    assert refuted(claims) == refutations
