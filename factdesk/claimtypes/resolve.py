"""Resolver hooks for claim types whose finder names the record outright: a person by name, an
event by one of its names, a reference statement or figure by its subject words. The record is
the one the finder matched in the claim's own sentence; the identification says so."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from factdesk.claimtypes.base import CheckContext, Fact, Identification, Origin
from factdesk.refs.base import ReferenceBase

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
            facts.append(Fact(slot="name", value=person.name, origin=Origin.sentence, words=said or person.name))
        said_title = getattr(s, title, "") if title else ""
        country = getattr(s, "country", None) if title else None
        if said_title:
            facts.append(Fact(slot="title", value=said_title, origin=Origin.sentence))
        if country and not country.startswith("?"):
            facts.append(Fact(slot="country", value=country, origin=Origin.sentence))
        if person is not None:
            return Identification(record=person.id, label=person.name, facts=facts, candidates=1)
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
        return Identification(record=rid, label=label, candidates=1,
                              facts=[Fact(slot=what, value=label, origin=Origin.sentence)])

    return resolve
