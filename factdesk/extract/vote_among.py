"""Subset claims of a vote: "China was among the 35 countries which abstained", "Among the
abstentions was Canada", "The 35 nations that abstained included China, India and South Africa".
The members named are some of those that voted that way: each named member's vote is claimed,
and the list is not claimed to be complete (the checker compares each member's recorded vote; a
claim is never refuted for members it leaves out).

The phrases are data (``factdesk/lexicon/subsets.yaml``, with examples from real articles).
"""

from __future__ import annotations

import re
from functools import cache

from factdesk import lexicon, rxcache, rxgate
from factdesk.extract.numbers import NUMBER
from factdesk.extract.vote_grammar import _country_list_after, _country_list_before

#: the list before the phrase ends with its copula: "Australia, Britain, Bulgaria and Germany were"
_BEFORE = rxcache.compile(r"\s+(?:was|were|is|are)(?:\s+(?:also|again|all|both))?\s+$", re.I)
#: the list after the phrase: "Among the countries that voted in favor of the resolution was France"
_AFTER = rxcache.compile(
    r"(?:\s+(?:of|on|for|against)\s+(?:the|this|that|it)(?:\s+[a-z]+){0,2}?)?\s*,?\s+(?:was|were)\s+")
#: a phrase that ends with the verb its list follows ("countries that abstained included", "nine against, including",
#: "Countries that voted against the draft resolution include")
_LISTED = rxcache.compile(r"\b(?:included|include|were|including)$")
#: what may come before a phrase whose list follows it: nothing, or the end of a clause
_OPENS = rxcache.compile(r"(?:^|[,;:])[\s\"'“]*$")


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    roles = lexicon.role_words("subsets").roles
    # gated (issue 17): most sentences hold none of the words a subset phrase needs ("among", ...)
    return [(how, rxgate.compile(f.regex())) for how, r in roles.items() for f in r.forms.values()]


def among_votes(sentence: str) -> list[tuple[int, int, dict[str, str]]]:
    """(start, end, {country: how}) of each subset phrase in ``sentence`` with the members it names."""
    out: list[tuple[int, int, dict[str, str]]] = []
    for how, pat in _patterns():
        for m in pat.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e, _ in out):
                continue
            found: list[str] = []
            if _LISTED.search(m.group(0)):
                # the phrase ends with the verb before its list: "The 35 nations that abstained included ..."
                found, end = _country_list_after(sentence, m.end())
                if found:
                    out.append((m.start(), end, {c: how for c in found}))
                continue
            bm = _BEFORE.search(sentence[: m.start()])
            if bm:
                found, start = _country_list_before(sentence, bm.start())
                span = (start, m.end())
            if not found:
                am = _AFTER.match(sentence, m.end())
                if am and _OPENS.search(sentence[: m.start()]):
                    found, end = _country_list_after(sentence, am.end())
                    span = (m.start(), end)
            if found:
                out.append((span[0], span[1], {c: how for c in found}))
    return sorted(out)


#: a count in digits or words, any case ("Ten countries"): ``numbers.NUMBER``
_NUM = rf"(?i:{NUMBER})"
_GROUP = r"(?:countries|nations|states|member\s+states|members|delegations|abstainers|abstentions|opponents)\b"
#: the count of the group a list of members belongs to, where the phrase states one: "The UK was among 23
#: countries (full list below) to abstain" (i, 2023-12-12, realcorpus 044), "China was among the 35 countries
#: which abstained" (AFP), "The United States and Israel were among the 14 nations that voted against"
_AMONG_COUNT = rxcache.compile(rf"\b[Aa]mong\s+(?:the\s+)?(?P<n>{_NUM})\s+{_GROUP}")
#: ... or at the start of the phrase, before the members: "Ten countries, including the United States and
#: Israel, vote against" (The Times of Israel 2023-12-12, realcorpus 037), "Ten countries, including the US,
#: Israel and Austria, voted against the resolution, while 23 countries including the UK, Germany, Italy and
#: Ukraine abstained" (MINA 2023-12-13, realcorpus 038), "The 35 nations that abstained included China, India and
#: South Africa" (realcorpus 057), "14 – including Israel and the United States – voted no" (Reuters via
#: HeadTopics 2023-10-27), "9 states, including Argentina, ... voted against" (News.az 2024-05-10)
_LEAD_COUNT = rxcache.compile(
    rf"(?:[Tt]he\s+)?(?P<n>{_NUM})\s+(?:(?:countries|nations|states|member\s+states|members)\b\s*)?"
    r"(?:that\b|which\b|who\b|,|—|–|\s-|\s+including\b)")


def group_count(phrase: str) -> int | None:
    """The size of the group a list of members is said to be part of, when ``phrase`` (the span of a
    subset or list claim: the members and how they voted) states it, else None."""
    from factdesk.extract.vote_grammar import _num

    m = _AMONG_COUNT.search(phrase) or _LEAD_COUNT.match(phrase)
    return _num(m.group("n")) if m else None
