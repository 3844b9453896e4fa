"""The background extractor: "its first emergency session since 1997", "Russia, which currently
holds the rotating Security Council presidency", "a Permanent Observer at the UN since 2012" (phrasings
in ``phrasings.yaml``)."""

from __future__ import annotations

import re
from functools import lru_cache

from factdesk import rxgate
from factdesk.claimtypes.base import Extractor
from factdesk.claimtypes.statement.background.data import patterns
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found
from factdesk.refs.countries import canonical_country
from schemas.contracts import ClaimKind

TYPE_ID = "statement.background"


@lru_cache(maxsize=1)
def _gated() -> tuple[tuple[str, rxgate.Gated | re.Pattern[str]], ...]:
    """(topic, pattern behind its literal gate) for every phrasing: a sentence with "President"
    tries only the patterns that need "president", not the presidency's and emergency's."""
    return tuple((topic, rxgate.gated(pat)) for topic, pat, _ in patterns())


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    low = sentence.lower()
    # "presidency", "president", "presides over"; "Permanent Observer", "observer state"
    if "emergency" not in low and "presid" not in low and "observer" not in low:
        return []
    found: list[Found] = []
    for topic, pat in _gated():
        for m in pat.finditer(sentence):
            groups = m.groupdict()
            slots: dict = {"topic": topic}
            if groups.get("year"):
                slots["year"] = int(groups["year"])
            if groups.get("country"):
                country = canonical_country(groups["country"])
                if country is None:
                    continue  # a presidency of something that is not a country
                slots["country"] = country
            found.append(Found(ClaimKind.statement, sentence.start + m.start(), sentence.start + m.end(), slots,
                               TYPE_ID))
    return found


EXTRACTOR = Extractor(id="background", order=160, find=find,
                      help="Background about the UN's bodies the references do not hold (emergency sessions, the "
                           "Council's rotating presidency, observer statuses).")
