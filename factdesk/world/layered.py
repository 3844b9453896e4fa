"""People from the curated packs first, then the world base.

A name the curated packs know is answered by them alone, so adding the world base never
makes a known name ambiguous ("Biden" stays Joe Biden, not also "Joseph R. Biden, Jr."
of the Factbook). Near-miss spellings are looked for among the curated people only: the
Factbook transliterates ("Binyamin Netanyahu", "Reuben Rivlin"), and a newsroom's
spelling of such a name is not a misspelling.

Iterating, ``len`` and ``values()`` cover the curated people only: the world base is
reached by lookups (id, name, surname, holders of an office), so nothing walks its
thousands of records per process.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from factdesk.refs.pack import Office, Person
from factdesk.refs.people import PeopleTable, fold


class LayeredPeople(PeopleTable):
    def __init__(self, own: PeopleTable, world: PeopleTable) -> None:
        self.own = own
        self.world = world
        self._merged: dict[str, Person] = {}

    def add(self, people: list[tuple[Person, int]]) -> None:
        self.own.add(people)

    def __getitem__(self, pid: str) -> Person:
        if pid in self.own:
            return self._with_world_terms(self.own[pid])
        return self.world[pid]

    def _with_world_terms(self, p: Person) -> Person:
        """A curated person with the terms the world base records for the same person (same
        name, an office in common): "Emmanuel Macron" attested to 2022 by a pack is still
        President in the Factbook's 2026 snapshot. A term both record stays the pack's, and
        the world's is added beside it, so a held term is found whichever says so."""
        hit = self._merged.get(p.id)
        if hit is not None and hit.offices[: len(p.offices)] == p.offices:
            return hit
        roles = {o.role for o in p.offices}
        extra = []
        for wid in self.world.by_alias(fold(p.name)):
            w = self.world[wid]
            if roles & {o.role for o in w.offices}:
                extra += [o for o in w.offices if o.role in roles and o not in p.offices]
        merged = p.model_copy(update={"offices": [*p.offices, *extra]}) if extra else p
        self._merged[p.id] = merged
        return merged

    def __contains__(self, pid: object) -> bool:
        return pid in self.own or pid in self.world

    def __iter__(self) -> Iterator[str]:
        return iter(self.own)

    def __len__(self) -> int:
        return len(self.own)

    def values(self):  # noqa: ANN201 - the curated people (see the module docstring)
        return self.own.values()

    def pack_of(self, pid: str) -> int | None:
        hit = self.own.pack_of(pid)
        return hit if hit is not None else self.world.pack_of(pid)

    def by_alias(self, key: str) -> list[str]:
        return self.own.by_alias(key) or self.world.by_alias(key)

    def by_surname(self, key: str) -> list[str]:
        return self.own.by_surname(key) or self.world.by_surname(key)

    def fuzzy_block(self, given_initial: str, surname_initial: str) -> tuple[list[str], list[str]]:
        return self.own.fuzzy_block(given_initial, surname_initial)

    def holders_of(self, role_id: str, around: dt.date | None = None) -> list[tuple[Person, Office]]:
        return self.own.holders_of(role_id, around) + self.world.holders_of(role_id, around)

    def clear_merged(self) -> None:
        """Forget merged records (the packs or the role map changed)."""
        self._merged.clear()
