"""The in-memory reference base: indexes over pack records, read-only to checkers."""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING

from factdesk.refs.pack import (
    Event,
    Membership,
    Office,
    Pack,
    Person,
    Quantity,
    Record,
    Role,
    Statement,
    Vote,
)
from factdesk.refs.people import MemoryPeople, PeopleTable, SqlitePeople, fold
from factdesk.refs.titles import title_key

if TYPE_CHECKING:
    from factdesk.world.store import WorldBase

__all__ = ["LARGE_BASE", "NameMatch", "Provenance", "ReferenceBase", "Retrieval", "Tenure", "fold", "tenure"]


#: entries a name-keyed memo of the base keeps before it starts afresh
_MAX_NAMES = 65536


@dataclass(frozen=True)
class NameMatch:
    person: Person
    exact: bool
    score: float
    matched_alias: str


@dataclass(frozen=True)
class Provenance:
    pack: str
    version: str


@dataclass(frozen=True)
class Retrieval:
    """When a live-source record was fetched, and the sha256 of the answer it came from
    (the ``source_snapshot`` a refresh or an online lookup stored)."""

    retrieved_at: dt.datetime
    content_hash: str | None


#: above this many people the base keeps them in SQLite (``refs.people.SqlitePeople``):
#: flat memory and indexed lookups for bases of Wikidata's size
LARGE_BASE = 50_000


@dataclass
class ReferenceBase:
    """Read interface over loaded packs. Checkers get one of these and nothing else.

    ``people`` is a read-only mapping from id to Person (in memory, or in SQLite once
    there are more than ``large_threshold`` of them); compare people by ``id``."""

    packs: list[Provenance] = field(default_factory=list)
    roles: dict[str, Role] = field(default_factory=dict)
    people: PeopleTable = field(default_factory=MemoryPeople)
    events: dict[str, Event] = field(default_factory=dict)
    votes: dict[str, Vote] = field(default_factory=dict)
    statements: dict[str, Statement] = field(default_factory=dict)
    quantities: dict[str, Quantity] = field(default_factory=dict)
    memberships: dict[tuple[str, int], Membership] = field(default_factory=dict)
    #: provenance of every record but people (``people.pack_of`` has theirs)
    origin: dict[str, Provenance] = field(default_factory=dict)
    #: the fetch each live-source record came from, by ``"<type>:<id>"`` (``retrieval``)
    retrieved: dict[str, Retrieval] = field(default_factory=dict)
    large_threshold: int = LARGE_BASE
    #: the prebuilt world base (``factdesk.world``), reached through the same methods
    world: WorldBase | None = None
    #: packs compiled into an indexed store (``refs.compiled``), kept open
    compiled: list = field(default_factory=list)
    _roles_by_title: dict[str, list[Role]] = field(default_factory=dict)
    #: ``_roles_by_title`` split by the country asked for (``_by_country``)
    _roles_by_country: dict[str, dict[object, list[Role]]] = field(default_factory=dict)
    _role_ids_by_title: dict[str, frozenset[str]] = field(default_factory=dict)
    _world_roles: list[str] = field(default_factory=list)

    # ----------------------------------------------------------------- building
    @classmethod
    def from_packs(cls, packs: Iterable[Pack]) -> ReferenceBase:
        base = cls()
        for pack in packs:
            base.add(pack.records, Provenance(pack.header.name, pack.header.version))
        return base

    def add(self, records: Iterable[Record], prov: Provenance) -> None:
        if prov not in self.packs:
            self.packs.append(prov)
        pack = self.packs.index(prov)
        people: list[tuple[Person, int]] = []
        for r in records:
            if isinstance(r, Person):
                people.append((r, pack))
                continue
            if isinstance(r, Membership):
                self.memberships[(r.body, r.year)] = r
                continue
            table: dict = {
                Role: self.roles,
                Event: self.events,
                Vote: self.votes,
                Statement: self.statements,
                Quantity: self.quantities,
            }[type(r)]
            table[r.id] = r
            self.origin[f"{r.type}:{r.id}"] = prov
        own = getattr(self.people, "own", self.people)  # under the world base's people, if attached
        if isinstance(own, MemoryPeople) and len(own) + len(people) > self.large_threshold:
            moved = SqlitePeople()
            moved.add([(p, own.pack_of(p.id) or 0) for p in own.values()])
            if own is self.people:
                self.people = moved
            else:
                self.people.own = moved  # type: ignore[attr-defined]
        if people:
            self.people.add(people)
        self._reindex()

    def attach_compiled(self, pack) -> None:  # noqa: ANN001 - a refs.compiled.CompiledPack
        """Answer from a compiled pack too, after the packs read into memory (see ``refs.compiled``)."""
        from factdesk.world.layered import LayeredPeople

        prov = Provenance(pack.header.name, pack.header.version)
        self.add(pack.records, prov)
        pack.people.pack_index = self.packs.index(prov)
        self.compiled.append(pack)
        self.people = LayeredPeople(self.people, pack.people)
        self._reindex()

    def attach_world(self, world: WorldBase) -> None:
        """Answer from the world base too, after the packs: a name or a vote the packs know
        is theirs; a world office with the title and country of a pack's role is that role."""
        from factdesk.world.layered import LayeredPeople

        prov = Provenance("world", world.inputs[:12])
        if prov not in self.packs:
            self.packs.append(prov)
        world.people.pack_index = self.packs.index(prov)
        self.world = world
        self.people = LayeredPeople(self.people, world.people)
        self._reindex()

    def _reindex(self) -> None:
        self.__dict__.pop("_memo", None)
        if self.world is not None:
            for rid in self._world_roles:
                self.roles.pop(rid, None)
            own = {(title_key(t), r.country): r.id for r in self.roles.values() for t in (r.title, *r.aliases)}
            role_map: dict[str, str] = {}
            self._world_roles = []
            for rid, r in self.world.roles.items():
                hit = own.get((title_key(r.title), r.country))
                if hit is not None:
                    role_map[rid] = hit
                else:
                    self.roles[rid] = r
                    self._world_roles.append(rid)
            self.world.people.set_role_map(role_map)
        self._roles_by_title = {}
        for role in self.roles.values():
            for t in {title_key(role.title), *(title_key(a) for a in role.aliases)}:
                self._roles_by_title.setdefault(t, []).append(role)
        self._roles_by_country = {}  # filled per title on first ask (a check asks a few of ~thousands)
        self._role_ids_by_title = {}

    @property
    def version(self) -> str:
        """A short fingerprint of which packs (and versions) are loaded."""
        joined = ";".join(f"{p.pack}@{p.version}" for p in self.packs)
        return hashlib.sha256(joined.encode()).hexdigest()[:12]

    def provenance(self, record: Record) -> Provenance:
        rid = getattr(record, "id", None)
        if self.world is not None and isinstance(rid, str) and self.world.owns(rid) and not isinstance(record, Person):
            return self.packs[self.world.people.pack_index]
        if isinstance(record, Person):
            pack = self.people.pack_of(record.id)
            return self.packs[pack] if pack is not None else Provenance("unknown", "0")
        return self.origin.get(f"{record.type}:{rid}", Provenance("unknown", "0"))

    def retrieval(self, record: Record) -> Retrieval | None:
        """The fetch ``record`` came from, for records of a live source; None for packs."""
        return self.retrieved.get(f"{record.type}:{getattr(record, 'id', '')}")

    def name_memo(self, key: str) -> dict:
        """A memo (``memo``) keyed by the text of a name, whose values depend on that text and the loaded
        records only: started afresh when it holds ``_MAX_NAMES`` entries. The same names recur from
        sentence to sentence and article to article ("Antonio Guterres"), so each is read once."""
        memo = self.memo(key, dict)
        if len(memo) >= _MAX_NAMES:
            memo.clear()
        return memo

    def memo(self, key: str, factory):  # noqa: ANN001, ANN201
        """A value derived from the loaded records (a gazetteer, a pattern), computed
        once per base and dropped whenever records are added."""
        cache = self.__dict__.get("_memo")
        if cache is None:
            cache = self.__dict__["_memo"] = {}
        try:
            return cache[key]
        except KeyError:  # the first ask of this base (no dict made and no second look-up on every call)
            value = cache[key] = factory()
            return value

    # ------------------------------------------------------------------ people
    def person_by_alias(self, text: str) -> Person | None:
        # the same names recur in sentence after sentence and article after article: each text is
        # looked up once per base (the memo goes with the others when records are added)
        memo = self.name_memo("people.by_alias")
        try:
            return memo[text]
        except KeyError:
            person = memo[text] = self._one_person(self.people.by_alias(fold(text)))
            return person

    def person_by_surname(self, text: str) -> Person | None:
        return self._one_person(self.people.by_surname(fold(text)))

    def _one_person(self, ids: list[str]) -> Person | None:
        """The person these ids name, or None when they name several.

        Records from different packs are one person when they have the same name and an
        office in common (same title and country, starts within ``SAME_START``): a person
        refreshed from Wikidata who is also in a curated pack. The record of the pack
        loaded first answers for both. Two records of one pack are always two people."""
        uniq = list(dict.fromkeys(ids))
        if len(uniq) <= 1:
            return self.people[uniq[0]] if uniq else None
        packs = [self.people.pack_of(i) for i in uniq]
        if None in packs or len(set(packs)) < len(packs):
            return None
        people = [self.people[i] for i in uniq]
        first = people[packs.index(min(packs))]
        if all(p.id == first.id or self._same_person(first, p) for p in people):
            return first
        return None

    def _same_person(self, a: Person, b: Person) -> bool:
        if fold(a.name) != fold(b.name):
            return False
        for oa in a.offices:
            ra = self.roles.get(oa.role)
            for ob in b.offices:
                rb = self.roles.get(ob.role)
                if (ra is not None and rb is not None and title_key(ra.title) == title_key(rb.title)
                        and ra.country == rb.country and oa.start is not None and ob.start is not None
                        and abs(oa.start - ob.start) <= SAME_START):
                    return True
        return False

    def known_alias(self, text: str) -> bool:
        return bool(self.people.by_alias(fold(text)))

    def near_miss(self, text: str) -> NameMatch | None:
        """A known person whose name ``text`` misspells, or None.

        A whole-name ratio picks a candidate; then surname and given name are
        checked separately, so "Anthony Albanese" never becomes Antony Blinken.
        """
        key = fold(text)
        if " " not in key or self.people.by_alias(key):
            return None
        given, _, surname = key.rpartition(" ")
        if not given or not surname:
            return None
        block = self.people.fuzzy_block(given[0], surname[0])
        if not block[0]:  # no name with these initials
            return None
        from factdesk.refs.fuzzy import extract, ratio
        from factdesk.refs.names import translit_key

        want = translit_key(key)
        close = []  # (alias, score, id) of every known spelling the name is close to
        hits = extract(key, block[0], score_cutoff=84)
        for n, (alias, score, idx) in enumerate(hits):  # best first
            if translit_key(alias) == want:
                return None  # a known romanisation of the name, not a misspelling (issue 13)
            a_given, _, a_surname = alias.rpartition(" ")
            if surname == a_surname and (a_given.startswith(given) or given.startswith(a_given)):
                return None  # a given name written fuller or shorter ("Steven Barclay" of Steve Barclay)
            if (ratio(surname, a_surname) < 80 or ratio(given, a_given) < 70
                    or surname[0] != a_surname[0] or given[0] != a_given[0]):
                if n == 0:
                    return None  # the closest spelling is another name
                continue
            close.append((alias, score, block[1][idx]))
        if not close:
            return None
        # a misspelling only when it is close to exactly one known person (issue 13)
        person = self._one_person([pid for _, _, pid in close])
        if person is None:
            return None
        alias, score, _ = max(close, key=lambda c: c[1])
        return NameMatch(person, exact=False, score=score, matched_alias=alias)

    def names(self) -> list[str]:
        """Every known spelling (names and aliases), for the extractor's gazetteer."""
        out = []
        for p in self.people.values():
            out.append(p.name)
            out.extend(p.aliases)
        return out

    # ------------------------------------------------------------------- roles
    def roles_titled(self, title: str, country: str | None = None) -> list[Role]:
        key = title_key(title)
        roles = self._roles_by_title.get(key)
        if not roles or country is None:
            return list(roles or ())
        # a title many countries share ("President", "Prime Minister") holds a role of each: its roles
        # are split by country once, on the first ask of the title, not filtered on every call
        split = self._roles_by_country.get(key)
        if split is None:
            split = self._roles_by_country[key] = _by_country(roles)
        hit = split.get(country)
        return list(hit if hit is not None else split[_NO_COUNTRY])

    def role_ids_titled(self, title: str) -> frozenset[str]:
        """The ids of ``roles_titled(title)`` (of every country), a set made on the first ask."""
        key = title_key(title)
        ids = self._role_ids_by_title.get(key)
        if ids is None:
            roles = self._roles_by_title.get(key)
            if not roles:
                return frozenset()  # not kept: only the known titles' sets are
            ids = self._role_ids_by_title[key] = frozenset(r.id for r in roles)
        return ids

    def tenure_of(self, person: Person, office: Office, on: dt.date) -> Tenure:
        """``tenure`` plus what the other holders of the office tell: a presumption
        of continuity ends when someone else is recorded in the same office."""
        state = tenure(office, on)
        if state is not Tenure.presumed:
            return state
        last = office.known_until or office.start or office.end
        role = self.roles.get(office.role)
        if (role is not None and role.country and office.end is None and last is not None
                and title_key(role.title) not in _HEAD_TITLES):
            # a change of the country's head of state or government after the last
            # attested date ends the presumption for everyone else's office
            heads = {rid for rid in self.memo("roles.heads", self._heads_by_country).get(role.country, ())
                     if rid != role.id}
            for head in heads:
                for p, o in self.people.holders_of(head):
                    if (p.id != person.id and not _same_name(p, person) and o.start is not None
                            and last < o.start <= on):
                        return Tenure.unknown
        for p, o in self.people.holders_of(office.role):
            if o is office or p.id == person.id or _same_name(p, person):
                continue  # the world base may record the same holder under its own id
            begun = o.start or o.known_from
            if begun is not None and last is not None and last <= begun <= on:
                return Tenure.unknown  # a successor is recorded: the presumption fails
            if office.end is not None and o.end is not None and office.start is None:
                if on <= o.end and (o.start is None or o.start <= on):
                    return Tenure.unknown  # someone else in the office then
        return state

    def _heads_by_country(self) -> dict[str | None, list[str]]:
        """The ids of the head-of-state and head-of-government roles (``_HEAD_TITLES``), by country."""
        out: dict[str | None, list[str]] = {}
        for t in _HEAD_TITLES:
            for r in self._roles_by_title.get(t, []):
                out.setdefault(r.country, []).append(r.id)
        return out

    def holders(self, role_id: str, on: dt.date, *, presumed: bool = False) -> list[tuple[Person, Office]]:
        """Who held the office on ``on``; with ``presumed``, also whoever is presumed to hold it still (a
        term with no end, last attested before ``on``, that no later holder of the office ended)."""
        out = [(p, o) for p, o in self.people.holders_of(role_id, around=on)
               if tenure(o, on) is Tenure.held or presumed and self.tenure_of(p, o, on) is Tenure.presumed]
        if self.world is not None:  # one holder recorded by a pack and by the world base is one holder
            own = {fold(p.name).split(" ")[-1] for p, _ in out if not self.world.owns(p.id)}
            out = [(p, o) for p, o in out if not self.world.owns(p.id) or fold(p.name).split(" ")[-1] not in own]
        return out

    # ------------------------------------------------------------------- votes
    def votes_between(
        self, start: dt.date, end: dt.date, body: str | None = None
    ) -> list[Vote]:
        dates, ordered = self.memo("votes.by_date", self._votes_by_date)
        own = [v for v in ordered[bisect_left(dates, start):bisect_right(dates, end)] if body is None or v.body == body]
        if self.world is not None:
            world = self._new_to_packs(self.world.votes_between(start, end, body))
            if not own:
                return world  # the world base answers ordered by date and id already
            own += world
        return sorted(own, key=lambda v: (v.date, v.id))

    def _votes_by_date(self) -> tuple[list[dt.date], list[Vote]]:
        """The packs' votes ordered by date, and their dates (for ``bisect``)."""
        ordered = sorted(self.votes.values(), key=lambda v: v.date)
        return [v.date for v in ordered], ordered

    def votes_with_resolution(self, num: str) -> list[Vote]:
        """Votes on resolution ``num`` as the claim gives it ("67/19", "ES-10/21"): the packs'
        (whose resolution contains it, or whose keywords name it), then the world base's
        (exactly that resolution)."""
        own = [v for v in self.votes.values() if (v.resolution and num in v.resolution) or num in v.keywords]
        if self.world is not None:
            own += self._new_to_packs(self.world.votes_with_resolution(num))
        return own

    def _new_to_packs(self, votes: list[Vote]) -> list[Vote]:
        """World votes that no pack's vote records already (same symbol or resolution)."""
        known = self.memo("votes.symbols",
                          lambda: {s for v in self.votes.values() for s in (v.symbol, v.resolution) if s})
        return [v for v in votes if v.symbol not in known and v.resolution not in known]  # no set made per vote

    def full_votes(self, vote: Vote) -> Mapping[str, str]:
        """Per-country votes, completed from Council membership when the record
        lists every 'no' and 'abstain' explicitly (then everyone else voted yes).
        Read-only: the record's own table, or the completed one made once per vote."""
        if vote.body != "SC" or vote.tally is None:
            return MappingProxyType(vote.votes)  # not copied: an Assembly roll call names 193 members
        hit = self.memo("votes.full", dict).get(vote.id)
        if hit is None or hit[0] is not vote:
            hit = self.memo("votes.full", dict)[vote.id] = (vote, MappingProxyType(self._full_votes(vote)))
        return hit[1]

    def _full_votes(self, vote: Vote) -> dict[str, str]:
        votes = dict(vote.votes)
        members = self.memberships.get(("SC", vote.date.year))
        listed_no = sum(1 for x in votes.values() if x == "no")
        listed_abs = sum(1 for x in votes.values() if x == "abstain")
        if (
            members
            and listed_no == vote.tally.no
            and listed_abs == vote.tally.abstain
            and vote.tally.yes + vote.tally.no + vote.tally.abstain == 15
        ):
            for m in members.members:
                votes.setdefault(m, "yes")
        return votes


#: ``_by_country``'s key of the roles of no country (those any country's title may name)
_NO_COUNTRY = object()


def _by_country(roles: list[Role]) -> dict[object, list[Role]]:
    """``roles`` (one title's) by the country asked for: for each of their countries, the roles of
    that country or of none, in their order; under ``_NO_COUNTRY`` those of none (the answer for
    any other country)."""
    general: list[Role] = []
    out: dict[object, list[Role]] = {}
    for r in roles:
        if r.country is None:
            for held in out.values():
                held.append(r)
            general.append(r)
        else:
            held = out.get(r.country)
            if held is None:
                held = out[r.country] = list(general)
            held.append(r)
    out[_NO_COUNTRY] = general
    return out


UNCERTAIN_MARGIN = dt.timedelta(days=31)
#: two packs' records with the same name describe one person when an office of the same
#: title and country starts within this of the other's
SAME_START = dt.timedelta(days=31)
#: how long after the last date the sources attest (no end recorded) an office
#: is presumed still held, and how long before a recorded end with no recorded
#: start. A presumption only ever supports a claim; it never refutes one.
PRESUME_AFTER = dt.timedelta(days=4 * 365)
PRESUME_BEFORE = dt.timedelta(days=365)
#: offices whose change of holder ends the presumption for a country's other offices
_HEAD_TITLES = {"president", "prime minister"}


def _same_name(a: Person, b: Person) -> bool:
    """Two records naming one person the way sources differ ("Donald J. Trump", "Donald
    Trump"): the same surname and the same first initial; or one name holding every word of the
    other, of two words or more ("Muhammad Shehbaz Sharif" and "Shehbaz Sharif": the Factbook's
    snapshots of 2023 and 2024 spell the one Prime Minister of Pakistan both ways)."""
    fa, fb = _name_words(a.name), _name_words(b.name)
    if not (fa and fb) or fa[-1] != fb[-1]:
        return False
    short, long = sorted((fa, fb), key=len)
    return fa[0][0] == fb[0][0] or (len(short) >= 2 and set(short) <= set(long))


def _name_words(name: str) -> list[str]:
    words = fold(name).split()
    while len(words) > 1 and words[-1] in ("jr", "sr", "ii", "iii", "iv"):
        words.pop()
    return words



class Tenure(StrEnum):
    held = "held"
    before = "before"  # the date is certainly before the term began
    after = "after"  # the date is certainly after the term ended
    unknown = "unknown"  # sources do not settle it
    presumed = "presumed"  # outside the attested period but presumed held (continuity)


def tenure(office: Office, on: dt.date) -> Tenure:
    """Where ``on`` falls relative to ``office``, refusing certainty near a rough
    boundary or outside the period the sources attest."""
    if office.start is not None:
        margin = dt.timedelta(0) if office.start_exact else UNCERTAIN_MARGIN
        if on < office.start - margin:
            return Tenure.before
        if on < office.start + margin and not office.start_exact and not (
            office.known_from is not None and office.known_from <= on
        ):
            return Tenure.unknown  # near a rough start the sources do not settle it
        if on < office.start:
            return Tenure.before
    elif office.known_from is None or on < office.known_from:
        if office.end is not None and on > office.end + (
            dt.timedelta(0) if office.end_exact else UNCERTAIN_MARGIN
        ):
            return Tenure.after
        if (
            office.known_from is None
            and office.end is not None
            and office.end - UNCERTAIN_MARGIN - PRESUME_BEFORE <= on < office.end - UNCERTAIN_MARGIN
        ):
            return Tenure.presumed  # in office until a recorded end; the start is not sourced
        return Tenure.unknown
    if office.end is not None:
        margin = dt.timedelta(0) if office.end_exact else UNCERTAIN_MARGIN
        if on > office.end + margin:
            return Tenure.after
        if on > office.end - margin and not office.end_exact and not (
            office.known_until is not None and on <= office.known_until
        ):
            return Tenure.unknown  # near a rough end, unless the sources attest the day
        if on > office.end:
            return Tenure.after
        if on == office.end:
            return Tenure.unknown  # hand-over day: both may be right
    elif office.known_until is not None and on > office.known_until:
        if office.known_until + PRESUME_AFTER >= on:
            return Tenure.presumed  # no end recorded; last attested at known_until
        return Tenure.unknown
    return Tenure.held
