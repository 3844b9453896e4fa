"""The confirmations extractor: confirmation tallies of known people."""

from __future__ import annotations

from factdesk.claimtypes.base import Extractor
from factdesk.claimtypes.vote.confirmation.finder import find_confirmations
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    found = find_confirmations(sentence, sentence.start, st.refs, st.antecedent)
    for f in found:
        f.type = "vote.confirmation"
    return found


EXTRACTOR = Extractor(id="confirmations", order=40, find=find, help="Confirmation tallies of known people.")
