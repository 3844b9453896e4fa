"""The permanent_member extractor: "France, one of the five permanent members of the Security
Council, ..." - a country named just before a (non-)permanent-member apposition or predicate."""

from __future__ import annotations

import re
from functools import cache

from factdesk import lexicon, rxcache, rxgate
from factdesk.claimtypes.base import Extractor
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found
from factdesk.refs.countries import find_countries
from factdesk.rxgate import gated
from schemas.contracts import ClaimKind

#: right after the country: ", one of the five permanent members of the (UN) Security Council"
_MEMBER = rxgate.compile(
    r"^(?:,\s*|\s+(?:is|was|remains)\s+)(?P<said>(?:one\s+of\s+the\s+(?:five|ten|\w+)\s+|an?\s+|the\s+only\s+)?"
    r"(?P<non>non-?\s?)?permanent\s+members?\s+of\s+the\s+(?:UN\s+|U\.N\.\s+)?(?:Security\s+)?Council)\b",
    re.I,
)


#: the same without "of the Council", in a sentence about the veto or the Council: "The United States, a
#: permanent member, exercised its veto power in the Security Council on Wednesday" (disqusborders.com, Nov
#: 2024), "The US is one of five permanent Council members who possess the right to veto" (UN News via Mirage
#: News, Sep 2025)
_MEMBER_SHORT = rxgate.compile(
    r"^(?:,\s*|\s+(?:is|was|remains)\s+)(?P<said>(?:one\s+of\s+(?:the\s+)?(?:five|\w+)\s+|an?\s+|the\s+only\s+)?"
    r"(?P<non>non-?\s?)?permanent\s+(?:(?:UN\s+|U\.N\.\s+)?(?:Security\s+)?Council\s+)?members?)\b(?!\s+of\b)"
    r"(?!\s+(?:aspirants?|hopefuls?|candidates?|candidacy|seats?|status|bids?|contenders?)\b)",
    re.I,
)
_ABOUT_COUNCIL = re.compile(r"\bveto|\bCouncil\b", re.I)
#: "As a permanent member of the Security Council, the US can veto any resolution" (world-today-news.com,
#: 8 Dec 2023): the country right after the apposition
_AS_MEMBER = rxgate.compile(
    r"(?<![\w-])(?P<said>[Aa]s\s+(?:a|one\s+of\s+the\s+five)\s+(?P<non>non-?\s?)?permanent\s+members?\s+of\s+the\s+"
    r"(?:UN\s+|U\.N\.\s+)?(?:Security\s+)?Council),\s+(?:the\s+)?$")
#: the members listed after "the five permanent members": "the 5 permanent members of the Security Council –
#: China, France, Britain, the United States and Russia have veto power" (disqusborders.com, Nov 2024), "only
#: the five permanent members (The United States, the United Kingdom, Russia, China and France) have veto
#: power" (Zee News, 26 Feb 2022), "the remaining three permanent members — the U.S., Britain, and France —
#: voted in favor" (americaage.com, NPR, Feb 2022). Only the members there are ("the", "its"): "new permanent
#: members – India, Brazil, Germany and Japan" (a reform proposal) is no such list
_LISTED = rxgate.compile(
    r"(?<![\w-])(?<!become\s)(?<!becoming\s)(?<!join\s)(?<!joining\s)"
    r"(?P<said>(?:the|its|The|Its)\s+(?:(?:five|5|three|four|remaining\s+\w+|other\s+\w+)\s+)?permanent\s+members"
    r"(?:\s+of\s+the\s+(?:UN\s+|U\.N\.\s+)?(?:Security\s+)?Council)?)\s*(?:[–—-]|\()\s*", re.I)
_COUNTS = {"five": 5, "5": 5, "three": 3, "four": 4}
#: a list of the permanent members some would have, not of those there are ("to become one of the permanent
#: members", "a reform adding new permanent members"): never read, a refutation of it would be a false alarm
_WISH = re.compile(r"\b(?:becom|join|aspir|seek|hope|want|bid|reform|expan|enlarg|new\b|additional|candida|would)",
                   re.I)
_SEP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+|The\s+)?$")
_LEAD = re.compile(r"^(?:the\s+|The\s+)?$")


@cache
def _rule_veto() -> tuple:
    """The statement.rule finder's forms of the veto half of the Council's rule (factdesk/lexicon/rules.yaml)."""
    return tuple(gated(rxcache.compile(f.regex())) for f in lexicon.role_words("rules").roles["sc_veto"].forms.values())


def _listed(sentence: Sentence, countries: list[tuple[int, int, str]]) -> list[Found]:
    """One claim per country of a list right after "permanent members" (a dash or a bracket)."""
    found = []
    # the Council's rule reads its own list ("no vetoes by the five permanent members – the United States, ...",
    # statement.rule, which checks the members): not read twice
    rule_ends = {v.end() for p in _rule_veto() for v in p.finditer(sentence)}
    for m in _LISTED.finditer(sentence):
        if m.end("said") in rule_ends or _WISH.search(sentence, 0, m.start()):
            continue
        run, pos = [], m.end()
        for s, e, country in countries:
            if s < pos:
                continue
            if not (_LEAD if not run else _SEP).match(sentence[pos:s]):
                break
            run.append((s, e, country))
            pos = e
        if len(run) < 2:
            continue  # not a list of members ("permanent members (P5)")
        said = m.group("said").lower()
        count = next((n for w, n in _COUNTS.items() if re.search(rf"\b{w}\b", said)), None)
        if count is not None:
            # "the five permanent members – Britain, China, France, Russia and the United States, and Germany":
            # a country past the number said belongs to what follows the list
            run = run[:count]
        found += [Found(ClaimKind.statement, sentence.start + s, sentence.start + e,
                        {"country": country, "permanent": True, "said": " ".join(m.group("said").split())},
                        "statement.permanent_member") for s, e, country in run]
    return found


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    found = []
    if "ermanent" not in sentence:  # every form says "permanent": most sentences do not
        return found
    countries = find_countries(sentence)
    about = _ABOUT_COUNCIL.search(sentence) is not None
    for s, e, country in countries:
        m = _MEMBER.match(sentence[e:])
        if m is None and about:
            m = _MEMBER_SHORT.match(sentence[e:])
        if m is None:
            a = _AS_MEMBER.search(sentence[:s])
            if a is not None:
                slots = {"country": country, "permanent": not a.group("non"), "said": a.group("said")}
                found.append(Found(ClaimKind.statement, sentence.start + a.start(), sentence.start + e, slots,
                                   "statement.permanent_member"))
            continue
        slots = {"country": country, "permanent": not m.group("non"), "said": m.group("said")}
        found.append(Found(ClaimKind.statement, sentence.start + s, sentence.start + e + m.end(), slots,
                           "statement.permanent_member"))
    if len(countries) >= 2 and _LISTED.may_match(sentence):
        taken = {f.start for f in found}
        found += [f for f in _listed(sentence, countries) if f.start not in taken]
    return found


EXTRACTOR = Extractor(id="permanent_member", order=140, find=find,
                      help="A country said to be a permanent (or non-permanent) member of the Security Council.")
