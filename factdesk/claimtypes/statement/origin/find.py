"""The origins extractor: the country a known person comes from."""

from __future__ import annotations

from factdesk.claimtypes.base import Extractor
from factdesk.claimtypes.statement.origin.finder import find_origins
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    found = find_origins(sentence, sentence.start, st.refs)
    for f in found:
        f.type = "statement.origin"
    return found


EXTRACTOR = Extractor(id="origins", order=110, find=find, help="The country a known person comes from.")
