"""The title extractor: a voted text's title in quotation marks after "titled" or "entitled"
('Titled "Aggression against Ukraine"', ABC Australia, tests/realcorpus 056; "the resolution titled
'Aggression Against Ukraine'", The Quint and GKToday, Mar 2022). Examples: ``titles.yaml``."""

from __future__ import annotations

import re

from factdesk import rxgate
from factdesk.claimtypes.base import Extractor
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found
from schemas.contracts import ClaimKind

_TITLED = rxgate.compile(
    r"(?<![\w-])(?:[Tt]itled|[Ee]ntitled)\s+[\"“‘'](?P<title>[A-Z][^\"“”‘’']{2,120}?)[\"”’']", re.I)
#: the sentence is about a voted text: not a book, a report or a film
_TEXT = re.compile(r"\b(?:resolution|draft|text|motion|measure|document)s?\b", re.I)


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    if not _TITLED.may_match(sentence):
        return []
    if not (_TEXT.search(sentence) or _TEXT.search(sentence.context[-300:])):
        return []
    return [Found(ClaimKind.statement, sentence.start + m.start(), sentence.start + m.end(),
                  {"title": " ".join(m["title"].split())}, "statement.title") for m in _TITLED.finditer(sentence)]


EXTRACTOR = Extractor(id="titles", order=148, find=find,
                      help="The title a story gives a voted text ('titled \"Aggression against Ukraine\"').")
