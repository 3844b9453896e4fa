"""The terms extractor: which term a known person is serving, and how long terms run."""

from __future__ import annotations

from factdesk.claimtypes.base import Extractor
from factdesk.claimtypes.name.spelling.slots import SpellingSlots
from factdesk.claimtypes.statement.term.finder import find_terms
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    s = sentence.start
    # names found earlier in this sentence, misspelt ones too
    mentioned = [(f.start - s, f.end - s, SpellingSlots.model_validate(f.slots).person_id) for f in st.found
                 if f.type == "name.spelling"]
    return find_terms(sentence, s, st.refs, st.antecedent, mentioned)


EXTRACTOR = Extractor(id="terms", order=90, find=find,
                      help="Which term a known person is serving, and how long the office's terms run.")
