"""The events extractor: known events and the start of a person's term, with the date attached to them."""

from __future__ import annotations

from factdesk.claimtypes.base import Extractor
from factdesk.extract.events import find_events
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    return find_events(sentence, sentence.start, st.refs, st.published, st.antecedent, st.named)


EXTRACTOR = Extractor(id="events", order=20, find=find,
                      help="Known events and the start of a person's term, with the date attached to them.")
