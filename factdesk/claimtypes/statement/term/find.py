"""The terms extractor: which term a known person is serving, and how long terms run."""

from __future__ import annotations

from factdesk.claimtypes.base import Extractor
from factdesk.claimtypes.statement.term.finder import find_terms
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found
from schemas.contracts import ClaimKind


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    s = sentence.start
    # names found earlier in this sentence, misspelt ones too
    mentioned = [(f.start - s, f.end - s, f.slots["person_id"]) for f in st.found
                 if f.kind is ClaimKind.name and "person_id" in f.slots]
    return find_terms(sentence, s, st.refs, st.antecedent, mentioned)


EXTRACTOR = Extractor(id="terms", order=90, find=find,
                      help="Which term a known person is serving, and how long the office's terms run.")
