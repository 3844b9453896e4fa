"""The presidency extractor: a country named just before a rotating-presidency apposition or
predicate ("Ecuador currently holds the rotating presidency of the Security Council", "Brazil, which
currently presides over the Security Council", "Brazil, the Council president for the month of
October"). Examples and counterexamples: ``presidency.yaml``."""

from __future__ import annotations

import re

from factdesk import rxgate
from factdesk.claimtypes.base import Extractor
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found
from factdesk.refs.countries import find_countries
from schemas.contracts import ClaimKind

_COUNCIL = r"(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?(?:Security\s+Council|[Cc]ouncil|UNSC)"
#: right after the country
_PRESIDENCY = rxgate.compile(
    r"^(?:,\s*(?:which|who)?\s*|\s+)(?P<said>(?:currently\s+|now\s+)?"
    r"(?:(?:holds|held|is\s+holding|was\s+holding|holding|assumed|has)\s+the\s+"
    r"(?:rotating\s+|monthly\s+|[\"“]?pro\s+tempore[\"”]?\s+)?"
    rf"(?:{_COUNCIL}\s+)?presidency(?:\s+of\s+the\s+{_COUNCIL})?"
    rf"|(?:presides|presided|presiding)\s+over\s+the\s+{_COUNCIL}"
    rf"|the\s+{_COUNCIL}(?:['’]s)?\s+president|the\s+president\s+of\s+the\s+{_COUNCIL})"
    r"(?:\s+(?:for\s+the\s+month\s+of|in)\s+(?P<month>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)|\s+this\s+month)?)",
    re.I,
)


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    found: list[Found] = []
    if not _PRESIDENCY.may_match(sentence):  # every match says "presid": most sentences do not
        return found
    for s, e, country in find_countries(sentence):
        m = _PRESIDENCY.match(sentence[e:])
        if m is None:
            continue
        slots = {"country": country, "month": m.group("month"), "said": " ".join(m.group("said").split())}
        found.append(Found(ClaimKind.statement, sentence.start + s, sentence.start + e + m.end(), slots,
                           "statement.presidency"))
    return found


EXTRACTOR = Extractor(id="presidency", order=145, find=find,
                      help="A member said to hold the Security Council's rotating presidency.")
