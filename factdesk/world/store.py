"""The read side of the world base: a built SQLite file opened read-only.

Nothing is loaded up front but the roles (about a thousand rows); votes and people are
read by indexed queries when a checker asks, so opening costs the same whatever the
base holds, and a lookup is one query.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factdesk.refs.pack import Office, Person, Role, Tally, Vote
from factdesk.refs.people import HOLDER_WINDOW, PeopleTable


@dataclass(frozen=True)
class Membership:
    name: str  # as checkers name the country
    admitted: dt.date
    until: dt.date | None  # the day the membership ended; None: a Member at the table's date
    code: str
    un_name: str
    seat_of: str | None  # the Member whose seat this name stands for, if another
    note: str

    def describe(self) -> str:
        out = f"{self.un_name}: admitted to the United Nations on {self.admitted:%-d %B %Y}"
        if self.until:  # the last day as a Member: ``until`` is the first day without
            out += f", a Member until {self.until - dt.timedelta(days=1):%-d %B %Y}"
        return out + (f" ({self.note})" if self.note else "")


#: id prefixes of the records the world base holds
PREFIXES = ("ga-rc-", "sc-veto-", "w:")
#: name lookups kept per process (then the table starts afresh)
_MAX_KEPT = 65536


class WorldBase:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        meta = dict(self.db.execute("SELECT key, value FROM meta"))
        self.inputs = meta["inputs"]
        self.roles: dict[str, Role] = {
            # built as the votes below are: the world base holds what its build validated
            rid: Role.model_construct(type="role", id=rid, title=title, country=country, aliases=json.loads(aliases))
            for rid, title, country, aliases in self.db.execute("SELECT id, title, country, aliases FROM role")
        }
        self.people = WorldPeople(self.db)
        self._votes: dict[str, Vote] = {}
        self._between: dict[tuple[dt.date, dt.date, str | None], tuple[Vote, ...]] = {}
        self._dates: dict[str | None, tuple[list[str], list[str]]] = {}
        #: every body the votes name: a query for any body names them all, so that it
        #: searches the (body, date) index instead of scanning every vote
        self._bodies = tuple(r[0] for r in self.db.execute("SELECT DISTINCT body FROM vote ORDER BY body"))

    def close(self) -> None:
        self.db.close()

    @staticmethod
    def owns(record_id: str) -> bool:
        return record_id.startswith(PREFIXES)

    # ------------------------------------------------------------------ votes
    _COLS = ("id, body, date, kind, symbol, resnum, subject, descr, keywords, outcome, yes, no, abstain, "
             "vetoed_by, sources, retrieved")

    def _vote(self, row: tuple) -> Vote:
        vid = row[0]
        hit = self._votes.get(vid)
        if hit is not None:
            return hit
        (_, body, date, kind, symbol, resnum, subject, descr, kws, outcome, yes, no, abstain, vetoed_by, sources,
         retrieved) = row
        votes = dict(self.db.execute("SELECT country, how FROM ballot WHERE vote = ?", (vid,))) if body == "GA" else {}
        v = Vote.model_construct(
            type="vote", id=vid, body=body, date=dt.date.fromisoformat(date), kind=kind, parent=None,
            symbol=symbol, symbol_confirmed=symbol is not None, resolution=symbol if body == "GA" else None,
            subject=subject, keywords=json.loads(kws), proposer=[], outcome=outcome,
            tally=Tally.model_construct(yes=yes, no=no, abstain=abstain) if yes is not None else None,
            alt_tallies=[], vetoed_by=json.loads(vetoed_by), votes=votes, sources=json.loads(sources),
            note=descr or "", retrieved=dt.date.fromisoformat(retrieved),
        )
        self._votes[vid] = v
        return v

    def votes_between(self, start: dt.date, end: dt.date, body: str | None = None) -> list[Vote]:
        # the file is read-only: an answer is kept (the claims of one passage ask about the same days)
        key = (start, end, body)
        hit = self._between.get(key)
        if hit is None:
            # the votes' dates and ids, ordered, are read once per body: a new window is a bisection, and
            # only the votes not decoded yet are read (documents of different days ask for different windows)
            dates, ids = self._dated(body)
            wanted = ids[bisect_left(dates, start.isoformat()):bisect_right(dates, end.isoformat())]
            missing = [vid for vid in wanted if vid not in self._votes]
            for at in range(0, len(missing), 500):
                chunk = missing[at:at + 500]
                sql = f"SELECT {self._COLS} FROM vote WHERE id IN ({','.join('?' * len(chunk))})"  # noqa: S608
                for row in self.db.execute(sql, chunk):
                    self._vote(row)
            if len(self._between) >= _MAX_KEPT:
                self._between.clear()
            hit = self._between[key] = tuple(self._votes[vid] for vid in wanted)
        return list(hit)

    def _dated(self, body: str | None) -> tuple[list[str], list[str]]:
        """(ISO dates, ids) of the votes of ``body`` (of every body for None), ordered by date and id."""
        hit = self._dates.get(body)
        if hit is None:
            bodies = (body,) if body is not None else self._bodies
            rows = self.db.execute(f"SELECT date, id FROM vote WHERE body IN ({','.join('?' * len(bodies))}) "  # noqa: S608
                                   "ORDER BY date, id", bodies).fetchall()
            hit = self._dates[body] = ([d for d, _ in rows], [i for _, i in rows])
        return hit

    def votes_with_resolution(self, num: str) -> list[Vote]:
        """GA votes whose resolution is ``num`` as drafts cite it ("67/19", "ES-10/19", "181(II)"),
        or whose symbol is ``num`` ("A/RES/67/19", "S/2022/155")."""
        sql = f"SELECT {self._COLS} FROM vote WHERE resnum = ? OR symbol = ? ORDER BY date, id"  # noqa: S608
        return [self._vote(r) for r in self.db.execute(sql, (num, num))]

    def vote(self, vid: str) -> Vote | None:
        row = self.db.execute(f"SELECT {self._COLS} FROM vote WHERE id = ?", (vid,)).fetchone()  # noqa: S608
        return self._vote(row) if row else None

    def counts(self) -> list[tuple[str, str, str, str, int, str]]:
        """(dataset, kind, body, start, end, rows, version date) per dataset."""
        return list(self.db.execute(
            "SELECT dataset, kind, body, start, end, rows, version_date FROM coverage ORDER BY dataset"))

    # ------------------------------------------------------------- UN membership
    def members_on(self, day: dt.date) -> list[str]:
        """The UN's Member States on ``day`` (who could vote in the General Assembly), by the
        names checkers use, sorted. A seat recorded under two names counts once."""
        d = day.isoformat()
        return [r[0] for r in self.db.execute(
            "SELECT name FROM member WHERE seat_of IS NULL AND admitted <= ? AND (until IS NULL OR until > ?) "
            "ORDER BY name", (d, d))]

    def seats_on(self, day: dt.date) -> dict[str, list[str]]:
        """Each Member on ``day`` with the names the votes dataset may record its seat under
        (its own first: China in 1950 is also "Taiwan", Germany in 1980 "West Germany")."""
        d = day.isoformat()
        out = {name: [name] for name in self.members_on(day)}
        by_code = {code: name for name, code in self.db.execute(
            "SELECT name, code FROM member WHERE seat_of IS NULL AND admitted <= ? AND (until IS NULL OR until > ?)",
            (d, d))}
        for name, seat_of in self.db.execute(
                "SELECT name, seat_of FROM member WHERE seat_of IS NOT NULL AND admitted <= ? AND (until IS NULL OR "
                "until > ?) ORDER BY name", (d, d)):
            member = by_code.get(seat_of)
            if member in out:
                out[member].append(name)
        return out

    def membership(self, name: str) -> list[Membership]:
        """The spells of UN membership of a country (by the name checkers use), oldest first;
        empty when the table does not name it."""
        return [Membership(n, dt.date.fromisoformat(a), dt.date.fromisoformat(u) if u else None, code, un, seat, note)
                for n, a, u, code, un, seat, note in self.db.execute(
                    "SELECT name, admitted, until, code, un_name, seat_of, note FROM member WHERE name = ? "
                    "ORDER BY admitted", (name,))]

    def member_on(self, name: str, day: dt.date) -> bool | None:
        """Whether ``name`` was a UN Member on ``day``; None when the table does not name it."""
        spells = self.membership(name)
        if not spells:
            return None
        return any(m.admitted <= day and (m.until is None or day < m.until) for m in spells)

    def countries(self) -> list[tuple[str, str, str, int]]:
        return list(self.db.execute("SELECT code, name, iso3, former FROM country ORDER BY code"))


class WorldPeople(PeopleTable):
    """The world base's people, read-only, answering ``PeopleTable``'s questions by query.
    ``role_map`` renames world office roles to the curated role of the same title and
    country, so both describe one office."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._cache: dict[str, Person] = {}
        self._aliases: dict[str, tuple[str, ...]] = {}
        #: (role, date) -> its holders' (id, office index): the base is read-only, and a run asks again and again
        self._holders: dict[tuple[str, dt.date | None], tuple[tuple[str, int], ...]] = {}
        #: role -> every term of it, (id, office index, start, end) ordered by id and index: a date's
        #: holders are filtered from these, not asked of the database for each new date
        self._terms: dict[str, tuple[tuple[str, int, str | None, str | None], ...]] = {}
        self.role_map: dict[str, str] = {}
        self.pack_index = 0
        self._count: int | None = None  # counted when first asked: a scan of the people table

    def set_role_map(self, role_map: dict[str, str]) -> None:
        if role_map != self.role_map:
            self.role_map = role_map
            self._cache.clear()
            self._holders.clear()
            self._terms.clear()

    def _decode(self, raw: str) -> Person:
        data = json.loads(raw)
        data.pop("country", None)
        for o in data["offices"]:
            o["role"] = self.role_map.get(o["role"], o["role"])
        return Person.model_validate(data)

    def __getitem__(self, pid: str) -> Person:
        p = self._cache.get(pid)
        if p is not None:
            return p
        row = self._db.execute("SELECT json FROM person WHERE id = ?", (pid,)).fetchone()
        if row is None:
            raise KeyError(pid)
        p = self._cache[pid] = self._decode(row[0])
        return p

    def __iter__(self) -> Iterator[str]:
        return (r[0] for r in self._db.execute("SELECT id FROM person ORDER BY id"))

    def __len__(self) -> int:
        if self._count is None:
            self._count = self._db.execute("SELECT count(*) FROM person").fetchone()[0]
        return self._count

    def __contains__(self, pid: object) -> bool:
        if not isinstance(pid, str):
            return False
        return self._db.execute("SELECT 1 FROM person WHERE id = ?", (pid,)).fetchone() is not None

    def add(self, people: list[tuple[Person, int]]) -> None:  # pragma: no cover - read-only
        raise TypeError("the world base is read-only; rebuild it with `factdesk refs build`")

    def pack_of(self, pid: str) -> int | None:
        return self.pack_index if pid in self else None

    def by_alias(self, key: str) -> list[str]:
        # the file is read-only: an answer is kept (a name is looked up by several finders and
        # again each time a document repeats it), in a table bounded like ``re``'s cache
        hit = self._aliases.get(key)
        if hit is None:
            if len(self._aliases) >= _MAX_KEPT:
                self._aliases.clear()
            rows = self._db.execute("SELECT id FROM alias WHERE key = ?", (key,))
            hit = self._aliases[key] = tuple(r[0] for r in rows)
        return list(hit)

    def by_surname(self, key: str) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT id FROM surname WHERE key = ?", (key,))]

    def fuzzy_block(self, given_initial: str, surname_initial: str) -> tuple[list[str], list[str]]:
        rows = self._db.execute("SELECT key, id FROM fuzzy WHERE block = ?", (given_initial + surname_initial,))
        names, ids = [], []
        for k, i in rows:
            names.append(k)
            ids.append(i)
        return names, ids

    def holders_of(self, role_id: str, around: dt.date | None = None) -> list[tuple[Person, Office]]:
        key = (role_id, around)
        rows = self._holders.get(key)
        if rows is None:
            terms = self._terms.get(role_id)
            if terms is None:
                wanted = [w for w, c in self.role_map.items() if c == role_id] + [role_id]
                sql = f"SELECT id, pos, start, end FROM office WHERE role IN ({','.join('?' * len(wanted))})"  # noqa: S608
                if len(self._terms) >= _MAX_KEPT:
                    self._terms.clear()
                terms = self._terms[role_id] = tuple(self._db.execute(sql + " ORDER BY id, pos", wanted).fetchall())
            if around is None:
                rows = tuple((pid, pos) for pid, pos, _, _ in terms)
            else:  # terms not certainly over HOLDER_WINDOW before the date, nor begun that long after it
                hi, lo = (around + HOLDER_WINDOW).isoformat(), (around - HOLDER_WINDOW).isoformat()
                rows = tuple((pid, pos) for pid, pos, start, end in terms
                             if (start is None or start <= hi) and (end is None or end >= lo))
            if len(self._holders) >= _MAX_KEPT:
                self._holders.clear()
            self._holders[key] = rows
        out = []
        for pid, pos in rows:
            p = self[pid]
            out.append((p, p.offices[pos]))
        return out
