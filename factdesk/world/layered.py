"""People from the curated packs first, then the world base.

A name the curated packs know is answered by them alone, so adding the world base never
makes a known name ambiguous ("Biden" stays Joe Biden, not also "Joseph R. Biden, Jr."
of the Factbook), and a pack's record of a person is used whole, never mixed with the
world's. A single word ("King PHILIPPE" of Belgium is
"Philippe"), a surname alone, and near-miss spellings are looked up among the curated people
only (near misses also among the world's people of ``LATIN_SCRIPT`` countries): thousands of
world surnames would turn ordinary words into people ("Philippe" is a
French prime minister's surname), and the Factbook transliterates ("Binyamin Netanyahu",
"Reuben Rivlin"), so a newsroom's spelling of such a name is not a misspelling.

Iterating, ``len`` and ``values()`` cover the curated people only: the world base is
reached by lookups (id, name, surname, holders of an office), so nothing walks its
thousands of records per process.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from factdesk.refs.pack import Office, Person
from factdesk.refs.people import PeopleTable

#: countries whose people the world base records as their own press writes them, in the Latin script with no
#: romanisation: a name there one letter off a recorded one is a misspelling, not another transliteration
#: (issue 13: "Suella Bravermen" for Suella Braverman, "Penny Mordant" for Penny Mordaunt; the UK's ministers
#: come from the Institute for Government's database, Braverman's own spellings as The Northern Echo,
#: 2023-11-13, and NDTV, 2022-10-25, write them). The Factbook's romanised names (Japan, Russia, Israel)
#: stay out, as the module docstring says.
LATIN_SCRIPT = frozenset({
    "united-kingdom", "ireland", "united-states", "canada", "australia", "new-zealand", "france", "germany",
    "austria", "switzerland", "belgium", "netherlands", "luxembourg", "italy", "spain", "portugal", "malta",
})


class LayeredPeople(PeopleTable):
    def __init__(self, own: PeopleTable, world: PeopleTable) -> None:
        self.own = own
        self.world = world
        self._latin: dict[str, tuple[list[str], list[str]]] = {}

    def add(self, people: list[tuple[Person, int]]) -> None:
        self.own.add(people)

    def __getitem__(self, pid: str) -> Person:
        if pid in self.own:
            return self.own[pid]
        return self.world[pid]

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
        return self.own.by_alias(key) or (self.world.by_alias(key) if " " in key else [])

    def by_surname(self, key: str) -> list[str]:
        return self.own.by_surname(key)

    def fuzzy_block(self, given_initial: str, surname_initial: str) -> tuple[list[str], list[str]]:
        own = self.own.fuzzy_block(given_initial, surname_initial)
        key = given_initial + surname_initial
        world = self._latin.get(key)
        if world is None:
            names, ids = self.world.fuzzy_block(given_initial, surname_initial)
            keep = [i for i, pid in enumerate(ids) if pid.split(":")[1:2] and pid.split(":")[1] in LATIN_SCRIPT]
            world = self._latin[key] = ([names[i] for i in keep], [ids[i] for i in keep])
        if not world[0]:
            return own
        return list(own[0]) + world[0], list(own[1]) + world[1]

    def holders_of(self, role_id: str, around: dt.date | None = None) -> list[tuple[Person, Office]]:
        return self.own.holders_of(role_id, around) + self.world.holders_of(role_id, around)
