"""The quotes extractor: quotations of words the sources record."""

from __future__ import annotations

from factdesk.claimtypes.base import Extractor
from factdesk.claimtypes.statement.quote.finder import find_quotes
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    found = find_quotes(sentence, sentence.start, st.refs)
    for f in found:
        f.type = "statement.quote"
    return found


EXTRACTOR = Extractor(id="quotes", order=130, find=find, help="Quotations of words the sources record.")
