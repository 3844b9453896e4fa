"""The permanent_member extractor: "France, one of the five permanent members of the Security
Council, ..." - a country named just before a (non-)permanent-member apposition or predicate."""

from __future__ import annotations

import re

from factdesk import rxgate
from factdesk.claimtypes.base import Extractor
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found
from factdesk.refs.countries import find_countries
from schemas.contracts import ClaimKind

#: right after the country: ", one of the five permanent members of the (UN) Security Council"
_MEMBER = rxgate.compile(
    r"^(?:,\s*|\s+(?:is|was|remains)\s+)(?P<said>(?:one\s+of\s+the\s+(?:five|ten|\w+)\s+|an?\s+|the\s+only\s+)?"
    r"(?P<non>non-?\s?)?permanent\s+members?\s+of\s+the\s+(?:UN\s+|U\.N\.\s+)?(?:Security\s+)?Council)\b",
    re.I,
)


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    found = []
    if not _MEMBER.may_match(sentence):  # every match says "permanent": most sentences do not
        return found
    for s, e, country in find_countries(sentence):
        m = _MEMBER.match(sentence[e:])
        if m is None:
            continue
        slots = {"country": country, "permanent": not m.group("non"), "said": m.group("said")}
        found.append(Found(ClaimKind.statement, sentence.start + s, sentence.start + e + m.end(), slots,
                           "statement.permanent_member"))
    return found


EXTRACTOR = Extractor(id="permanent_member", order=140, find=find,
                      help="A country said to be a permanent (or non-permanent) member of the Security Council.")
