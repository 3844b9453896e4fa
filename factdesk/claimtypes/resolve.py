"""Resolver hooks for claim types whose finder names the record outright: a person by name, an
event by one of its names, a reference statement or figure by its subject words. The record is
the one the finder matched in the claim's own sentence; the identification says so."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from factdesk.claimtypes.base import CheckContext, Fact, Identification, Origin
from factdesk.refs.base import ReferenceBase
from schemas.contracts import trusted

Resolver = Callable[[Any, ReferenceBase, CheckContext], Identification]


def by_person(*, written: str | None = None, title: str | None = None) -> Resolver:
    """The person in ``slots.person_id``, named in the sentence (as ``slots.<written>`` when the
    type keeps the words), with the title the sentence gives (``slots.<title>``)."""

    def resolve(s: Any, refs: ReferenceBase, ctx: CheckContext) -> Identification:
        pid = getattr(s, "person_id", None)
        person = refs.people.get(pid) if pid else None
        facts = []
        said = getattr(s, written, "") if written else ""
        if person is not None:
            facts.append(_fact("name", person.name, said or person.name))
        said_title = getattr(s, title, "") if title else ""
        country = getattr(s, "country", None) if title else None
        if said_title:
            facts.append(_fact("title", said_title))
        if country and not country.startswith("?"):
            facts.append(_fact("country", country))
        if person is not None:
            return _identified(person.id, person.name, facts)
        roles = refs.roles_titled(said_title, country) if said_title and country else []
        if len(roles) == 1:  # nobody the references know by that name: the office is the record
            return Identification(record=roles[0].id, label=f"{roles[0].title} ({roles[0].country})",
                                  facts=facts, candidates=1)
        return Identification(facts=facts, candidates=len(roles))

    return resolve


def by_record(table: str, field: str, what: str) -> Resolver:
    """A record of ``refs.<table>`` named in the sentence by ``what`` (its name or subject words)."""

    def resolve(s: Any, refs: ReferenceBase, ctx: CheckContext) -> Identification:
        rid = getattr(s, field)
        record = getattr(refs, table).get(rid)
        if record is None:
            return Identification()
        label = getattr(record, "name", None) or getattr(record, "subject", None) or getattr(record, "text", rid)
        return _identified(rid, label, [_fact(what, label)])

    return resolve


def _fact(slot: str, value: str, words: str | None = None) -> Fact:
    """``Fact(slot=slot, value=value, origin=Origin.sentence[, words=words])``, built without
    validating when the values are plain strings (what validation keeps)."""
    if type(slot) is str and type(value) is str and (words is None or type(words) is str):
        if words is None:
            return trusted(Fact, {"slot": slot, "value": value, "origin": Origin.sentence, "words": ""},
                           {"slot", "value", "origin"})
        return trusted(Fact, {"slot": slot, "value": value, "origin": Origin.sentence, "words": words})
    if words is None:
        return Fact(slot=slot, value=value, origin=Origin.sentence)
    return Fact(slot=slot, value=value, origin=Origin.sentence, words=words)


def _identified(record: str, label: str, facts: list[Fact]) -> Identification:
    """``Identification(record=record, label=label, facts=facts, candidates=1)``, built without
    validating when the values are exactly what validation keeps (the facts list copied, as it
    copies it; a new empty ``ruled_out``)."""
    if type(record) is str and type(label) is str and all(type(f) is Fact for f in facts):
        return trusted(Identification, {"record": record, "label": label, "facts": list(facts), "ruled_out": [],
                                        "candidates": 1}, {"record", "label", "facts", "candidates"})
    return Identification(record=record, label=label, facts=facts, candidates=1)
