"""Extraction: a document's view text -> claims with exact spans in the file.

Rules over a gazetteer of the reference base's names and aliases plus patterns
for titles, votes, dates and quantities; no statistical model (see DESIGN.md).
"""

from __future__ import annotations

from factdesk.extract.appointments import find_sworn_by
from factdesk.extract.confirmations import find_confirmations
from factdesk.extract.events import find_events, people_in
from factdesk.extract.origins import find_origins
from factdesk.extract.people import find_people
from factdesk.extract.places import find_event_places
from factdesk.extract.quantities import find_quantities
from factdesk.extract.quotes import find_quotes
from factdesk.extract.sentences import Sentence, split_sentences
from factdesk.extract.sessions import find_head_ordinals, find_sessions
from factdesk.extract.statements import DocContext, find_statements
from factdesk.extract.terms import find_terms
from factdesk.extract.types import Found
from factdesk.extract.votes import VoteContext, find_votes
from factdesk.ingest import TextView
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Claim, ClaimKind, Document


def extract(doc: Document, view: TextView, refs: ReferenceBase) -> list[Claim]:
    """All claims in ``doc``, sorted by position, spans indexing ``doc.text``."""
    found: list[Found] = []
    vote_ctx = VoteContext()
    doc_ctx = DocContext()
    text = view.text
    antecedent: str | None = None  # the one known person the previous sentence named
    for s, e in split_sentences(text):
        sentence = Sentence(text[s:e], s, published=doc.published, context=text[max(0, s - 600):s],
                            headline=doc.title or "")
        first = len(found)
        found.extend(find_people(sentence, s, refs))
        found.extend(find_events(sentence, s, refs, doc.published, antecedent))
        found.extend(find_votes(sentence, s, doc.published, vote_ctx))
        found.extend(find_confirmations(sentence, s, refs, antecedent))
        found.extend(find_sessions(sentence, s, refs))
        found.extend(find_statements(sentence, s, refs, doc_ctx))
        found.extend(find_event_places(sentence, s, refs))
        found.extend(find_quantities(sentence, s, refs))
        mentioned = [(f.start - s, f.end - s, f.slots["person_id"]) for f in found[first:]
                     if f.kind is ClaimKind.name and f.slots.get("person_id")]  # misspelt names too
        found.extend(find_terms(sentence, s, refs, antecedent, mentioned))
        found.extend(find_sworn_by(sentence, s, refs, antecedent))
        found.extend(find_origins(sentence, s, refs))
        found.extend(find_head_ordinals(sentence, s, refs, antecedent))
        found.extend(find_quotes(sentence, s, refs))
        antecedent = _subject(sentence, refs, found[first:], s)
    claims = []
    seen = set()
    for f in sorted(found, key=lambda f: (f.start, f.end, f.kind)):
        start, end = view.to_source(f.start), view.to_source_end(f.end)
        key = (f.kind, start, end)
        if key in seen:
            continue
        seen.add(key)
        claims.append(Claim(kind=f.kind, start=start, end=end, text=doc.text[start:end], slots=f.slots))
    return claims


def _subject(sentence: str, refs: ReferenceBase, found: list[Found], sentence_start: int) -> str | None:
    """The person a following "He"/"She" most likely means: the one person the sentence
    named, or the person named at its very start (its grammatical subject)."""
    named = sorted({(start, pid) for start, _, pid in people_in(sentence, refs)}
                   | {(f.start - sentence_start, f.slots["person_id"]) for f in found if f.slots.get("person_id")})
    if len({pid for _, pid in named}) == 1:
        return named[0][1]
    if named and named[0][0] <= 40:
        return named[0][1]
    return None
