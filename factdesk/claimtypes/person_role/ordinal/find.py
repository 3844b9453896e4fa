"""The session extractors: numbered sessions' presidents ("President of the 78th session") and
numbered heads ("the 47th President")."""

from __future__ import annotations

from factdesk.claimtypes.base import Extractor
from factdesk.claimtypes.person_role.ordinal.finder import find_head_ordinals, find_sessions
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found


def _typed(found: list[Found]) -> list[Found]:
    for f in found:
        f.type = "person_role.ordinal"
    return found


def sessions(sentence: Sentence, st: ExtractState) -> list[Found]:
    return _typed(find_sessions(sentence, sentence.start, st.refs))


def head_ordinals(sentence: Sentence, st: ExtractState) -> list[Found]:
    return _typed(find_head_ordinals(sentence, sentence.start, st.refs, st.antecedent))


EXTRACTORS = (
    Extractor(id="sessions", order=50, find=sessions, help="Numbered sessions' presidents."),
    Extractor(id="head_ordinals", order=120, find=head_ordinals, help="Numbered heads of state or government."),
)
