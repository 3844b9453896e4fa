"""Where the reference base keeps people: in memory, or in SQLite once the base is large.

Both tables answer the same questions (by id, by folded alias, by surname, a fuzzy
block of names, the holders of an office) so ``ReferenceBase`` and its readers do not
care which one they have.

- ``MemoryPeople`` holds the pydantic records and dict indexes: fastest, and right
  for the packs a newsroom curates (hundreds to tens of thousands of people).
- ``SqlitePeople`` holds each record as JSON in a private SQLite database (a
  temporary file, deleted on close) with indexes on id, alias, surname, fuzzy block
  and role; records are rebuilt on demand and the most recent ones kept in an LRU.
  Memory stays flat as the base grows (a million Wikidata officeholders fit in
  ~100 MB instead of ~3 GB of model objects), and every lookup is one indexed query.

A Person read from ``SqlitePeople`` is equal (``==``) to the one stored but, once
evicted from the LRU, not the same object: compare people by ``id``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import unicodedata
from array import array
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache

from factdesk.refs.pack import Office, Person

#: records kept decoded by ``SqlitePeople``
LRU_SIZE = 8192
#: ``holders_of(role, around=day)`` may leave out terms that ended or began further than
#: this from the day: wider than any margin ``refs.base.tenure`` applies to a boundary
HOLDER_WINDOW = dt.timedelta(days=400)


_NOT_WORD = re.compile(r"[^\w\s-]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip accents and punctuation (keep letters, digits, spaces, hyphens)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return _SPACES.sub(" ", _NOT_WORD.sub("", text.lower())).strip()


def _keys(p: Person) -> tuple[list[str], str]:
    """The folded spellings of a person (name first) and the folded surname."""
    seen: dict[str, None] = {}
    for alias in (p.name, *p.aliases):
        seen.setdefault(fold(alias), None)
    return list(seen), fold(p.name).split(" ")[-1]


def _block(key: str) -> tuple[str, str] | None:
    """Fuzzy candidates are blocked by the initials of given name and surname: a
    misspelling keeps both (``near_miss`` requires it), so a lookup scans one block."""
    given, _, surname = key.rpartition(" ")
    return (given[0], surname[0]) if given and surname else None


class PeopleTable(Mapping[str, Person]):
    """What ``ReferenceBase`` needs of its people store, besides the Mapping by id
    (``__getitem__``, ``__iter__``, ``__len__``)."""

    def add(self, people: list[tuple[Person, int]]) -> None:
        """Add or replace people; the int is the index of their pack in ``ReferenceBase.packs``."""
        raise NotImplementedError

    def pack_of(self, pid: str) -> int | None:
        """Index of the pack a person came from."""
        raise NotImplementedError

    def by_alias(self, key: str) -> list[str]:
        """Ids of the people with this folded name or alias."""
        raise NotImplementedError

    def by_surname(self, key: str) -> list[str]:
        """Ids of the people with this folded surname."""
        raise NotImplementedError

    def fuzzy_block(self, given_initial: str, surname_initial: str) -> tuple[list[str], list[str]]:
        """(folded spellings, ids) of the people whose spellings have these initials."""
        raise NotImplementedError

    def holders_of(self, role_id: str, around: dt.date | None = None) -> list[tuple[Person, Office]]:
        """Every (person, office) with an office of this role; with ``around``, a table may
        leave out terms that certainly ended or began more than ``HOLDER_WINDOW`` from it."""
        raise NotImplementedError


class MemoryPeople(PeopleTable):
    def __init__(self) -> None:
        self._people: dict[str, Person] = {}
        self._pack: dict[str, int] = {}
        self._reindex()

    def _reindex(self) -> None:
        self._alias: dict[str, list[str]] = {}
        self._surname: dict[str, list[str]] = {}
        self._blocks: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
        self._roles: dict[str, list[tuple[Person, Office]]] = {}
        for p in self._people.values():
            keys, surname = _keys(p)
            for key in keys:
                self._alias.setdefault(key, []).append(p.id)
                block = _block(key)
                if block is not None:
                    names, ids = self._blocks.setdefault(block, ([], []))
                    names.append(key)
                    ids.append(p.id)
            self._surname.setdefault(surname, []).append(p.id)
            for o in p.offices:
                self._roles.setdefault(o.role, []).append((p, o))

    def add(self, people: list[tuple[Person, int]]) -> None:
        for p, pack in people:
            self._people[p.id] = p
            self._pack[p.id] = pack
        self._reindex()

    def __getitem__(self, pid: str) -> Person:
        return self._people[pid]

    def __iter__(self) -> Iterator[str]:
        return iter(self._people)

    def __len__(self) -> int:
        return len(self._people)

    def __contains__(self, pid: object) -> bool:
        return pid in self._people

    def pack_of(self, pid: str) -> int | None:
        return self._pack.get(pid)

    def by_alias(self, key: str) -> list[str]:
        return self._alias.get(key, [])

    def by_surname(self, key: str) -> list[str]:
        return self._surname.get(key, [])

    def fuzzy_block(self, given_initial: str, surname_initial: str) -> tuple[list[str], list[str]]:
        return self._blocks.get((given_initial, surname_initial), ([], []))

    def holders_of(self, role_id: str, around: dt.date | None = None) -> list[tuple[Person, Office]]:  # noqa: ARG002
        return self._roles.get(role_id, [])


_SCHEMA = """
CREATE TABLE person (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, pack INTEGER NOT NULL, json TEXT NOT NULL);
CREATE TABLE alias (key TEXT NOT NULL, rid INTEGER NOT NULL);
CREATE TABLE surname (key TEXT NOT NULL, rid INTEGER NOT NULL);
CREATE TABLE office (role TEXT NOT NULL, rid INTEGER NOT NULL, pos INTEGER NOT NULL, start TEXT, end TEXT);
"""
_INDEXES = """
CREATE INDEX IF NOT EXISTS alias_key ON alias (key);
CREATE INDEX IF NOT EXISTS surname_key ON surname (key);
CREATE INDEX IF NOT EXISTS office_role ON office (role);
"""


class SqlitePeople(PeopleTable):
    """People in a private SQLite file; see the module docstring."""

    def __init__(self, directory: str | None = None) -> None:
        import tempfile  # only for a table spilled to disk: tempfile imports shutil and its compressors

        fd, self._path = tempfile.mkstemp(prefix="factdesk-people-", suffix=".sqlite", dir=directory)
        os.close(fd)
        self._db = sqlite3.connect(self._path, check_same_thread=False)
        os.unlink(self._path)  # the open connection keeps it; nothing is left behind on exit
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-16384;")
        self._db.executescript(_SCHEMA)
        self._lru: OrderedDict[int, Person] = OrderedDict()
        self._count = 0
        #: fuzzy candidates stay in memory (folded spelling and row id, ~80 bytes each): a
        #: block is scanned whole, and a query returning thousands of rows costs more
        self._blocks: dict[tuple[str, str], tuple[list[str], array]] = {}
        self._dead: set[int] = set()  # rows replaced by a later pack

    def close(self) -> None:
        self._db.close()

    # ------------------------------------------------------------------ writing
    def add(self, people: list[tuple[Person, int]]) -> None:
        db = self._db
        latest = {p.id: (p, pack) for p, pack in people}  # within a batch the last record wins
        with db:
            db.executescript("DROP INDEX IF EXISTS alias_key; DROP INDEX IF EXISTS surname_key; "
                             "DROP INDEX IF EXISTS office_role;")
            ids = list(latest)
            for i in range(0, len(ids), 500):  # a later pack replaces a record: drop its rows
                chunk = ids[i:i + 500]
                old = db.execute(f"SELECT rid FROM person WHERE id IN ({','.join('?' * len(chunk))})",  # noqa: S608
                                 chunk).fetchall()
                for (rid,) in old:
                    for table in ("alias", "surname", "office", "person"):
                        db.execute(f"DELETE FROM {table} WHERE rid = ?", (rid,))  # noqa: S608 - fixed names
                    self._lru.pop(rid, None)
                    self._dead.add(rid)
                self._count -= len(old)
            rid = db.execute("SELECT coalesce(max(rid), 0) FROM person").fetchone()[0]
            persons, aliases, surnames, offices = [], [], [], []
            for p, pack in latest.values():
                rid += 1
                persons.append((rid, p.id, pack, p.model_dump_json()))
                keys, surname = _keys(p)
                for key in keys:
                    aliases.append((key, rid))
                    block = _block(key)
                    if block is not None:
                        names, rids = self._blocks.setdefault(block, ([], array("q")))
                        names.append(key)
                        rids.append(rid)
                surnames.append((surname, rid))
                offices += [(o.role, rid, i, o.start and o.start.isoformat(), o.end and o.end.isoformat())
                            for i, o in enumerate(p.offices)]
            db.executemany("INSERT INTO person VALUES (?, ?, ?, ?)", persons)
            db.executemany("INSERT INTO alias VALUES (?, ?)", aliases)
            db.executemany("INSERT INTO surname VALUES (?, ?)", surnames)
            db.executemany("INSERT INTO office VALUES (?, ?, ?, ?, ?)", offices)
            db.executescript(_INDEXES)
            self._count += len(persons)

    # ------------------------------------------------------------------ reading
    def _load(self, rid: int, raw: str | None = None) -> Person:
        p = self._lru.get(rid)
        if p is not None:
            self._lru.move_to_end(rid)
            return p
        if raw is None:
            raw = self._db.execute("SELECT json FROM person WHERE rid = ?", (rid,)).fetchone()[0]
        p = Person.model_validate_json(raw)
        self._lru[rid] = p
        if len(self._lru) > LRU_SIZE:
            self._lru.popitem(last=False)
        return p

    def __getitem__(self, pid: str) -> Person:
        row = self._db.execute("SELECT rid, json FROM person WHERE id = ?", (pid,)).fetchone()
        if row is None:
            raise KeyError(pid)
        return self._load(row[0], row[1])

    def __iter__(self) -> Iterator[str]:
        return (r[0] for r in self._db.execute("SELECT id FROM person ORDER BY rid").fetchall())

    def __len__(self) -> int:
        return self._count

    def __contains__(self, pid: object) -> bool:
        return self._db.execute("SELECT 1 FROM person WHERE id = ?", (pid,)).fetchone() is not None

    def values(self):  # noqa: ANN201 - a ValuesView-like iterator, without a query per id
        return (self._load(rid, raw) for rid, raw in self._db.execute("SELECT rid, json FROM person ORDER BY rid"))

    def pack_of(self, pid: str) -> int | None:
        row = self._db.execute("SELECT pack FROM person WHERE id = ?", (pid,)).fetchone()
        return None if row is None else row[0]

    def _ids(self, sql: str, args: tuple) -> list[str]:
        return [r[0] for r in self._db.execute(sql, args)]

    def by_alias(self, key: str) -> list[str]:
        return self._ids("SELECT p.id FROM alias a JOIN person p ON p.rid = a.rid WHERE a.key = ?", (key,))

    def by_surname(self, key: str) -> list[str]:
        return self._ids("SELECT p.id FROM surname s JOIN person p ON p.rid = s.rid WHERE s.key = ?", (key,))

    def fuzzy_block(self, given_initial: str, surname_initial: str) -> tuple[list[str], list[str]]:
        return _LazyBlock(self, *self._blocks.get((given_initial, surname_initial), ([], array("q"))))

    def _id_of(self, rid: int) -> str:
        return self._db.execute("SELECT id FROM person WHERE rid = ?", (rid,)).fetchone()[0]

    def holders_of(self, role_id: str, around: dt.date | None = None) -> list[tuple[Person, Office]]:
        sql = "SELECT o.rid, o.pos, p.json FROM office o JOIN person p ON p.rid = o.rid WHERE o.role = ?"
        args: tuple = (role_id,)
        if around is not None:  # ISO dates compare as text
            sql += " AND (o.start IS NULL OR o.start <= ?) AND (o.end IS NULL OR o.end >= ?)"
            args += ((around + HOLDER_WINDOW).isoformat(), (around - HOLDER_WINDOW).isoformat())
        rows = self._db.execute(sql + " ORDER BY o.rid, o.pos", args).fetchall()
        out = []
        for rid, pos, raw in rows:
            p = self._load(rid, raw)
            out.append((p, p.offices[pos]))
        return out


class _LazyBlock(tuple):
    """(names, ids) of a fuzzy block whose ids are looked up only when read: a scan
    needs the names, and at most one id. Rows replaced by a later pack are skipped."""

    def __new__(cls, table: SqlitePeople, names: list[str], rids: array) -> _LazyBlock:
        if table._dead:
            keep = [i for i, r in enumerate(rids) if r not in table._dead]
            names, rids = [names[i] for i in keep], array("q", (rids[i] for i in keep))
        return super().__new__(cls, (names, _Ids(table, rids)))


class _Ids(Sequence[str]):
    def __init__(self, table: SqlitePeople, rids: array) -> None:
        self._table, self._rids = table, rids

    def __getitem__(self, i):  # noqa: ANN001, ANN204
        if isinstance(i, slice):
            return [self._table._id_of(r) for r in self._rids[i]]
        return self._table._id_of(self._rids[i])

    def __len__(self) -> int:
        return len(self._rids)
