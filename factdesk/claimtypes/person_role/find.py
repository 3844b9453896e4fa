"""The people extractor: titles with names (person_role.office, person_role.ordinal) and misspelt
known names (name.spelling)."""

from __future__ import annotations

from factdesk.claimtypes.base import Extractor
from factdesk.extract.people import find_people
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    return find_people(sentence, sentence.start, st.refs)


EXTRACTOR = Extractor(id="people", order=10, find=find,
                      help="Titles with names (person_role.office, person_role.ordinal) and misspelt "
                           "known names (name.spelling).")
