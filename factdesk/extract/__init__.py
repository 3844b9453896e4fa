"""Extraction: a document's view text -> claims with exact spans in the file.

Rules over a gazetteer of the reference base's names and aliases plus patterns
for titles, votes, dates and quantities; no statistical model (see DESIGN.md).
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from factdesk import rxcache
from factdesk.errors import ConfigError
from factdesk.extract.events import people_in
from factdesk.extract.sentences import Sentence, split_sentences
from factdesk.extract.types import ExtractState, Found
from factdesk.extract.vote_context import VoteContext
from factdesk.ingest import TextView
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Claim, ClaimKind, Document, trusted


def extract(doc: Document, view: TextView, refs: ReferenceBase, extractors: str = "", *,
            parsed: dict[int, tuple[Claim, dict, Any, Any]] | None = None) -> list[Claim]:
    """All claims in ``doc``, sorted by position, spans indexing ``doc.text``.

    Each sentence becomes a ``Sentence`` and goes through the registered extractors
    (``factdesk.claimtypes.registry.load_extractors``; ``extractors`` selects and orders them
    by id, empty = all, by their ``order``). Every claim's slots are checked against its
    type's model before it leaves this stage; ``parsed`` (one document's, see
    ``pipeline.check_document``) receives what that check read, ``id(claim)`` -> (claim, its
    slots dict, its type, the parsed slots), so the checker need not read them again."""
    from factdesk.claimtypes.registry import load_extractors, load_types

    finders = load_extractors(extractors)
    types = load_types()
    found: list[Found] = []
    text = view.text
    published, headline = doc.published, doc.title or ""
    st = ExtractState(refs=refs, published=published, vote_ctx=VoteContext())
    finds = [finder.find for finder in finders]  # (read once: ~170 calls a document)
    for s, e in split_sentences(text):
        sentence = Sentence(text[s:e], s, published=published, context=text[max(0, s - 600):s], headline=headline)
        st.found = []
        for find in finds:
            st.found.extend(find(sentence, st))
        found.extend(st.found)
        named = people_in(sentence, refs)  # read by both (neither changes the list)
        st.antecedent = _subject(sentence, refs, st.found, s, named)
        _note_full_names(sentence, refs, st, named)
    claims = []
    seen = set()
    for f in sorted(found, key=lambda f: (f.start, f.end, f.kind)):
        start, end = view.to_source(f.start), view.to_source_end(f.end)
        key = (f.kind, start, end)
        if key in seen:
            continue
        seen.add(key)
        if f.type is None or f.type not in types:
            raise ConfigError(f"an extractor gave a {f.kind.value} claim of unknown type {f.type!r}")
        ctype = types[f.type]
        try:
            slots = ctype.parse(f.slots)  # a finder whose slots drift from its type's model fails here
        except ValidationError as exc:
            raise ConfigError(f"the slots of a {f.type} claim do not fit its model: {exc}") from None
        claim = _claim(f, start, end, doc.text[start:end])
        claims.append(claim)
        if parsed is not None:
            parsed[id(claim)] = (claim, claim.slots, ctype, slots)
    return claims


_PLAIN_STR = {str}


def _claim(f: Found, start: int, end: int, text: str) -> Claim:
    """``Claim(kind=f.kind, type=f.type, start=start, end=end, text=text, slots=f.slots)``, built
    without validating when every value is exactly what validation keeps (the slots dict copied,
    as validation copies it)."""
    slots = f.slots
    if (type(f.kind) is ClaimKind and type(f.type) is str and type(start) is int and type(end) is int
            and type(text) is str and type(slots) is dict and set(map(type, slots)) <= _PLAIN_STR):
        return trusted(Claim, {"kind": f.kind, "start": start, "end": end, "text": text, "slots": dict(slots),
                               "type": f.type})
    return Claim(kind=f.kind, type=f.type, start=start, end=end, text=text, slots=slots)


# ``(?<![\w-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}(?![\w-])``, written to start with its character
# class (``re`` then skips other characters in C) and with possessive runs (giving a letter back
# can never make a match): the same matches
_FULL_NAME = rxcache.compile(r"[A-Z](?<![\w-][A-Z])[\w'’-]++(?:\s++[A-Z][\w'’-]++){1,2}(?![\w-])")


def _note_full_names(sentence: str, refs: ReferenceBase, st: ExtractState,
                     named: list[tuple[int, int, str]] | None = None) -> None:
    """Record the known people ``sentence`` names in full, by surname (``ExtractState.named``);
    ``named``: ``people_in(sentence, refs)`` when the caller has it."""
    if named is None:
        named = people_in(sentence, refs)
    pids = {pid for _, _, pid in named} | {
        f.slots["person_id"] for f in st.found if isinstance(f.slots.get("person_id"), str)}
    people = [refs.people.get(pid) for pid in pids]
    # the world base's people are not in the gazetteer: look up the capitalised names
    people += [refs.person_by_alias(m.group(0)) for m in _FULL_NAME.finditer(sentence)]
    for person in people:
        if person is not None and len(person.name.split()) > 1 and person.name in sentence:
            st.named.setdefault(person.name.split()[-1], set()).add(person.id)


def _subject(sentence: str, refs: ReferenceBase, found: list[Found], sentence_start: int,
             people: list[tuple[int, int, str]] | None = None) -> str | None:
    """The person a following "He"/"She" most likely means: the one person the sentence
    named, or the person named at its very start (its grammatical subject); ``people``:
    ``people_in(sentence, refs)`` when the caller has it."""
    if people is None:
        people = people_in(sentence, refs)
    named = {(start, pid) for start, _, pid in people}
    for f in found:
        if pid := f.slots.get("person_id"):
            named.add((f.start - sentence_start, pid))
    if not named:  # most sentences
        return None
    first, *rest = sorted(named)
    if first[0] <= 40 or all(pid == first[1] for _, pid in rest):
        return first[1]
    return None
