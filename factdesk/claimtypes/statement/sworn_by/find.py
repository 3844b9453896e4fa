"""The sworn_by extractor: who swore a known person in."""

from __future__ import annotations

from factdesk.claimtypes.base import Extractor
from factdesk.claimtypes.statement.sworn_by.finder import find_sworn_by
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    found = find_sworn_by(sentence, sentence.start, st.refs, st.antecedent)
    for f in found:
        f.type = "statement.sworn_by"
    return found


EXTRACTOR = Extractor(id="sworn_by", order=100, find=find, help="Who swore a known person in.")
