"""The statements extractor: general statements with a property ("GA resolutions are not binding")."""

from __future__ import annotations

from factdesk.claimtypes.base import Extractor
from factdesk.claimtypes.statement.property.finder import DocContext, find_statements
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    found = find_statements(sentence, sentence.start, st.refs, st.state("statements", DocContext))
    for f in found:
        f.type = "statement.property"
    return found


EXTRACTOR = Extractor(id="statements", order=60, find=find,
                      help="General statements with a property (\"GA resolutions are not binding\").")
