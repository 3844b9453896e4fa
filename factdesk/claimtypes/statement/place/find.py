"""The places extractor: where a known event happened."""

from __future__ import annotations

from factdesk.claimtypes.base import Extractor
from factdesk.claimtypes.statement.place.finder import find_event_places
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    found = find_event_places(sentence, sentence.start, st.refs)
    for f in found:
        f.type = "statement.place"
    return found


EXTRACTOR = Extractor(id="places", order=70, find=find, help="Where a known event happened.")
