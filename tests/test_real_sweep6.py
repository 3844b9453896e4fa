"""Mutation sweep over the dev half (issue 13, sixth session, a6sweep): what ``tests/realcorpus/sweep.py`` found,
pinned on the real articles of ``tests/realcorpus/articles`` (dev split only) with the mutation the sweep made, and
on the unmutated text (which must keep its verdicts). Each case names its article (outlet, date, URL in the file's
front matter).

* A count in the claim's own sentence narrowed a member claim to the one vote it fits, even when the members
  contradict that vote and fit another candidate: a wrong count then refuted correct members (050, 061). Now the
  count does not narrow then.
* "the N countries which abstained" / "The N nations that abstained" (051, 057) are counts, compared with the record.
  "N countries, including A, B and C, voted against" (037, 038) was tried and left out (see the 038 case).
* A bare "opposed" ending its clause, in a sentence giving the count, is a vote against (046, 067).
* A count narrows only to a vote fitting every count of its sentence (067: "143 voted in favour, ... while 35
  countries abstained"; 35 abstentions alone fit A/RES/ES-11/1 as well)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from conftest import builtin_checkers, bundled_refs, refuted_of

from factdesk.extract.vote_grammar import _tallies

REAL = Path(__file__).resolve().parent / "realcorpus" / "articles"


def claims_of(article: str, old: str | None = None, new: str | None = None, ctx: str | None = None,
              ) -> list[tuple[str, str, str | None]]:
    """(claim text, verdict, correction) of every claim of the article, checked as ``factdesk eval`` checks it, with
    ``old`` (its first occurrence inside ``ctx``) replaced by ``new``."""
    from factdesk.ingest import parse_bytes
    from factdesk.service import CheckOptions, CheckSetup, run_check

    text = (REAL / article).read_text(encoding="utf-8")
    assert "split: dev" in text.split("---", 2)[1]
    if old is not None:
        c = ctx or old
        i = text.index(c) + c.index(old)
        text = text[:i] + new + text[i + len(old):]
    doc, view = parse_bytes(text.encode("utf-8"), article)
    rep = run_check(doc, view, CheckSetup(bundled_refs(), builtin_checkers(), CheckOptions()))
    return [(c.claim.text, c.verdict.label.value, c.verdict.correction) for c in rep.claims]


def refuted(claims: list[tuple[str, str, str | None]]) -> list[tuple[str, str | None]]:
    return [(t, c) for t, v, c in claims if v == "refuted"]


# (article, mutation (old, new, context) or None, claims that must be there, the refutations exactly)
CASES = [
    # OODA Loop 2024-04-19
    # https://www.oodaloop.com/briefs/2024/04/19/
    # blatant-aggression-reactions-to-us-veto-of-palestines-un-membership-bid/
    # 12 planted as 13: the count fits the Algerian ceasefire draft of 20 February (13-1-1), the members the veto of 18
    # April; "Switzerland voted in favour" was refuted against the February vote
    ("050-oodaloop-reactions-us-veto-membership.md", ("Twelve countries", "Thirteen countries", None),
     [("the United Kingdom and Switzerland abstained", "supported", None)], []),
    # Khaleej Times (AFP) 2022-02-26, https://www.khaleejtimes.com/world/russia-vetoes-un-resolution-deploring-
    # aggression-in-ukraine
    # the headline's 11 planted as 12: the count fits S/2021/990 (Dec 2021, 12-2-1, India against); "India voted
    # against" was refuted
    ("061-khaleej-afp-russia-vetoes-aggression.md",
     ("Eleven", "Twelve", "Eleven of the council’s 15 members voted for the motion while"),
     [("China, India and the UAE abstained", "supported", None)], []),
    # MINA (citing Anadolu) 2023-12-13, https://en.minanews.net/un-general-assembly-adopts-ceasefire-resolution-in-gaza/
    # "Ten countries, including the US, Israel and Austria, voted against" is NOT read as a count (tried: the count's
    # span then held the members unchecked, and a wrong member inside came out supported); Austria planted as France
    # stays refuted on the members
    ("038-mina-unga-adopts-ceasefire-resolution.md", ("Austria", "France", "Israel and Austria"), [],
     [("Ten countries, including the US, Israel and France",
       "France voted in favour; against: Austria, Czechia, Guatemala, Israel, Liberia, Micronesia, Nauru, Papua New "
       "Guinea, Paraguay, United States"),
      ("the US, Israel and France, voted against",
       "France voted in favour; against: Austria, Czechia, Guatemala, Israel, Liberia, Micronesia, Nauru, Papua New "
       "Guinea, Paraguay, United States")]),
    # UrduPoint (AFP) 2022-03-03, https://www.urdupoint.com/en/miscellaneous/un-general-assembly-demands-russia-
    # withdraw-f-1478719.html
    ("051-urdupoint-afp-unga-demands-russia-withdraw.md", None,
     [("China was among the 35 countries which abstained", "supported", None)], []),
    ("051-urdupoint-afp-unga-demands-russia-withdraw.md", ("the 35 countries", "the 33 countries", None), [],
     [("China was among the 33 countries which abstained", "141-5-35")]),
    # The Nation Thailand 2022-03-03, https://www.nationthailand.com/in-focus/40012987 (its real error, Cuba, stays
    # refuted)
    ("057-nationthailand-unga-resolution-russia.md", None,
     [("The 35 nations that abstained included China, India and South Africa", "supported", None)],
     [("Belarus, Cuba, North Korea and Syria – voted against",
       "Belarus, Eritrea, North Korea and Syria; Cuba abstained; against: Belarus, Eritrea, North Korea, Russia, "
       "Syria")]),
    # ABC News Australia (AP) 2024-04-19, https://www.abc.net.au/news/2024-04-19/us-vetoes-palestine-full-un-
    # membership/103743744
    ("046-abc-us-vetoes-palestine-membership.md", None,
     [("the United States opposed", "supported", None)], []),
    ("046-abc-us-vetoes-palestine-membership.md", ("the United States opposed", "France opposed", None), [],
     [("France opposed", "France voted in favour; against: United States")]),
    # The Kyiv Independent 2022-10-13, https://kyivindependent.com/news-feed/un-condemns-russias-illegal-annexation-of-
    # four-ukrainian-oblasts
    ("067-kyivindependent-un-condemns-annexation.md", None,
     [("Russia, Syria, Nicaragua, North Korea, and Belarus opposed", "supported", None)], []),
    # Nicaragua planted as France: the record is identified by the count and the passage only (rule 3: unverified)
    ("067-kyivindependent-un-condemns-annexation.md", ("Nicaragua", "France", "Syria, Nicaragua"),
     [("Russia, Syria, France, North Korea, and Belarus opposed", "unverified", None)], []),
]


@pytest.mark.parametrize(("article", "mutation", "present", "refutations"), CASES,
                         ids=[f"{c[0][:3]}{'-planted' if c[1] else ''}" for c in CASES])
def test_sweep_case(article: str, mutation: tuple | None, present: list, refutations: list) -> None:
    claims = claims_of(article, *(mutation or ()))
    for p in present:
        assert p in claims
    assert refuted(claims) == refutations


def test_counts_read() -> None:
    """The counts the new phrasings give, and what stays no count."""
    said = "China was among the 35 countries which abstained, while just five voted against"
    assert [t for _, _, t in _tallies(said)] == [{"abstain": 35, "partial": 1}, {"no": 5, "partial": 1}]
    assert [t for _, _, t in _tallies("The 35 nations that abstained included China, India and South Africa.")] \
        == [{"abstain": 35, "partial": 1}]
    # the members named between the count and its verb: no count (see the 038 case)
    assert _tallies("Ten countries, including the US, Israel and Austria, voted against the resolution") == []


#: Round 2 (untuned, scored ONCE after this branch's changes): new real articles (search tool, pages corpus; URLs not in
#: tests/realcorpus/index.tsv nor in tests/), ONE error planted each; the last item is the refutations the planted copy
#: gets (an empty list: missed). Score: 5 of 8 caught (R1, R2, R5, R7, R8); missed R3 (a country planted into the list
#: voting against), R4 (the drafter), R6 ("Ten other members" as eleven). The unplanted texts: no refutation.
ROUND2 = [
    # R1: Kashmir Monitor 2022-03-03
    # https://www.thekashmirmonitor.net/
    # ukraine-war-india-pak-china-abstain-as-unga-passes-resolution-deploring-russian-invasion/
    # (tally)
    ('R1', datetime.date(2022, 3, 3),
     'India, Pakistan, Bangladesh, and China were among 35 countries that abstained from voting in United '
     'Nations General Assembly against Russia. The resolution deplored Russia’s “aggression against '
     'Ukraine” and called Moscow to immediately withdraw all forces. The resolution was adopted with 141 '
     'votes in favor, five Member States voting against, and 35 abstentions.',
     ('141 votes in favor', '143 votes in favor'),
     [('adopted with 143 votes in favor', '141-5-35')]),
    # R2: Asia Financial 2022-03-03 (date: the vote it reports, 2 March, a Wednesday), https://asiafinancial.com/china-
    # india-abstain-from-un-vote-condemning-russia (weekday)
    ('R2', datetime.date(2022, 3, 3),
     'China and India abstained on Wednesday from a UN General Assembly vote that demanded an immediate '
     'halt to Moscow’s attack on Ukraine and the withdrawal of all Russian troops. The resolution, at an '
     'emergency session, passed 141-5, with 35 abstentions.',
     ('on Wednesday', 'on Tuesday'),
     [('China and India abstained on Tuesday', '2022-03-02 (Wednesday 2 March 2022)')]),
    # R3: news.am 2022-03-03 (date: the vote it reports), https://news.am/eng/news/689531.html (a country voting
    # against)
    ('R3', datetime.date(2022, 3, 3),
     "The UN GA voted overwhelmingly in favour of a resolution condemning Russia's invasion of Ukraine and"
     ' calling for the immediate withdrawal of Russian troops. At an emergency meeting of the UN General '
     'Assembly, 141 out of 193 member states voted for the resolution, 35 abstained and five voted '
     'against. Belarus, North Korea, Eritrea, Russia and Syria voted against the resolution.',
     ('Russia and Syria voted against', 'Russia and Cuba voted against'),
     []),
    # R4: Neo News (Web Desk/Agencies) 2024-04-19, https://en.neonews.pk/19-Apr-2024/us-vetoes-widely-supported-
    # resolution-backing-full-un-membership-for-palestine (drafter)
    ('R4', datetime.date(2024, 4, 19),
     'New York (Web Desk/Agencies): The Security Council today blocked Palestine’s bid to become a full '
     'member of the United Nations (UN) due to a United States (US) veto on a widely-supported resolution '
     'that would have recommended the granting of such status. The proposal, submitted in the 15-member '
     'Council by Algeria, received 12 votes in favour, with the United States casting a negative vote and '
     'Switzerland and the United Kingdom abstaining.',
     ('by Algeria', 'by Malta'),
     []),
    # R5: Prothom Alo (AFP) 2022-10-01 (date: the vote of Friday 30 September),
    # https://en.prothomalo.com/international/europe/pnl88z9zaq (a country abstaining)
    ('R5', datetime.date(2022, 10, 1),
     'Russia on Friday vetoed a UN Security Council resolution introduced by the United States and Albania'
     " condemning Moscow's proclaimed annexation of parts of Ukraine, with Russia's strategic partner "
     'China abstaining from the vote. Ten nations voted in favor, while China, Gabon, India and Brazil '
     'abstained.',
     ('India and Brazil abstained', 'India and Mexico abstained'),
     [('China, Gabon, India and Mexico abstained',
       'China, Gabon, India and Brazil; Mexico did not vote abstained; abstained: Brazil, China, Gabon, India')]),
    # R6: IBTimes Singapore 2022-10-01 (date: idem), https://www.ibtimes.sg/india-china-brazil-abstain-un-vote-against-
    # russian-annexation-ukraine-regions-67085 (tally)
    ('R6', datetime.date(2022, 10, 1),
     "The UN Security Council rejected the draft resolution condemning Russia's annexation of four Ukraine"
     ' regions. In the 15-member UN Security Council, the resolution was vetoed by Russia, while China, '
     'Gabon, India and Brazil abstained, in apparent support for the Russian stance. Ten other members of '
     'the Council voted in support of the resolution.',
     ('Ten other members', 'Eleven other members'),
     []),
    # R7: taketonews.com 2022-10-01 (date: idem), https://taketonews.com/russia-vetoes-conviction-by-security-council/
    # (vetoer)
    ('R7', datetime.date(2022, 10, 1),
     'As expected, Russia vetoed a resolution at the United Nations Security Council on Friday evening to '
     'block a resolution condemning the country’s annexation of parts of Ukraine. The resolution was '
     'tabled by the US just hours after Russian President Vladimir Putin ratified the annexation.',
     ('As expected, Russia vetoed', 'As expected, the United States vetoed'),
     [('the United States vetoed', 'Russia')]),
    # R8: The Goa Spotlight 2022-10-01
    # https://thegoaspotlight.com/2022/10/01/
    # brazil-abstains-from-un-security-council-vote-and-does-not-condemn-russian-annexations-in-ukraine/
    # (vetoed reported as adopted)
    ('R8', datetime.date(2022, 10, 1),
     'Russia vetoed in the Security Council of UN the resolution condemning the annexation referendums. '
     'Brazil, China, Gabon and India abstained from the vote, which had 10 votes in favor and one against '
     '(Russia).',
     ('Russia vetoed in the Security Council of UN the resolution',
      'The Security Council of UN adopted the resolution'),
     [('adopted', 'vetoed')]),
]


@pytest.mark.parametrize(("rid", "pub", "text", "plant", "refutations"), ROUND2, ids=[r[0] for r in ROUND2])
def test_round2(rid: str, pub: datetime.date, text: str, plant: tuple[str, str], refutations: list) -> None:
    assert refuted_of(text, pub) == []
    old, new = plant
    assert old in text
    assert refuted_of(text.replace(old, new, 1), pub) == refutations
