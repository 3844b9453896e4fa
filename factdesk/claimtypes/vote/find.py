"""The votes extractor: uN vote outcomes, tallies, vetoes, country votes, vote dates and drafters."""

from __future__ import annotations

from factdesk.claimtypes.base import Extractor
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found
from factdesk.extract.votes import find_votes


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    found = find_votes(sentence, sentence.start, st.published, st.vote_ctx)
    for f in found:
        f.slots["said_in"] = str(sentence)
    return found


EXTRACTOR = Extractor(id="votes", order=30, find=find, help="UN vote outcomes, tallies, vetoes, country votes, vote dates and drafters.")
