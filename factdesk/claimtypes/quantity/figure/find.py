"""The quantities extractor: numbers next to the subject of a known figure."""

from __future__ import annotations

from factdesk.claimtypes.base import Extractor
from factdesk.claimtypes.quantity.figure.finder import find_quantities
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    return find_quantities(sentence, sentence.start, st.refs)


EXTRACTOR = Extractor(id="quantities", order=80, find=find, help="Numbers next to the subject of a known figure.")
