"""Extraction: a document's view text -> claims with exact spans in the file.

Rules over a gazetteer of the reference base's names and aliases plus patterns
for titles, votes, dates and quantities; no statistical model (see DESIGN.md).
"""

from __future__ import annotations

from factdesk.extract.events import find_events
from factdesk.extract.people import find_people
from factdesk.extract.quantities import find_quantities
from factdesk.extract.sentences import split_sentences
from factdesk.extract.statements import find_statements
from factdesk.extract.types import Found
from factdesk.extract.votes import find_votes
from factdesk.ingest import TextView
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Claim, Document


def extract(doc: Document, view: TextView, refs: ReferenceBase) -> list[Claim]:
    """All claims in ``doc``, sorted by position, spans indexing ``doc.text``."""
    found: list[Found] = []
    context_body: str | None = None
    text = view.text
    prev_end = 0
    for s, e in split_sentences(text):
        sentence = text[s:e]
        if "\n\n" in text[prev_end:s] or text[prev_end:s].count("\n") >= 1 and len(sentence) < 60:
            context_body = None  # a new paragraph or a heading resets the body in focus
        prev_end = e
        found.extend(find_people(sentence, s, refs))
        found.extend(find_events(sentence, s, refs, doc.published))
        votes, body = find_votes(sentence, s, doc.published, context_body)
        found.extend(votes)
        context_body = body or context_body
        found.extend(find_statements(sentence, s, refs))
        found.extend(find_quantities(sentence, s, refs))
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
