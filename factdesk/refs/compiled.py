"""Big packs compiled once into an indexed SQLite store that later processes open.

A pack file of ``COMPILE_BYTES`` or more (``FACTDESK_PACK_COMPILE_MB``, default 16) is not
read into memory: the first process that needs it validates it record by record while
writing its people into a SQLite file in the cache folder (``FACTDESK_CACHE_DIR``), named
by the pack file's sha256 and ``BUILDER``; every later process opens that file read-only.
The store has the world base's people tables (``world.store.WorldPeople`` reads both), so
finding a name is one indexed query on its folded spelling whatever the pack holds. The
other records of the pack (roles, votes, events ...) are few and are kept as JSON and
loaded whole.

The file is written under a temporary name and renamed when complete: a bad record stops
the compile with the usual one-line ``PackError`` (``path:line: ...``) and nothing is
left behind. A pack file's sha256 is remembered with its size, mtime and inode, so an
unchanged file is not hashed again.

Like the world base, a compiled pack's people are found by their full names (and
aliases of two words or more) and as holders of an office; a surname alone and
near-miss spellings are looked up among the people of the packs read into memory, and
iterating ``refs.people`` covers those only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from pathlib import Path

from factdesk.errors import PackError
from factdesk.refs.pack import (
    _BY_TYPE,
    PackHeader,
    Person,
    Record,
    Role,
    _check_references,
    iter_records,
    record_key,
)
from factdesk.refs.people import _block, _keys
from factdesk.world.store import WorldPeople

#: bumped whenever what a compiled file holds changes, so an old one is never opened
BUILDER = "3"
#: packs at least this big are compiled (``FACTDESK_PACK_COMPILE_MB``)
COMPILE_BYTES = 16 * 1024 * 1024
_BATCH = 20_000

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE record (type TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE person (id TEXT PRIMARY KEY, name TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE alias (key TEXT NOT NULL, id TEXT NOT NULL);
CREATE TABLE surname (key TEXT NOT NULL, id TEXT NOT NULL);
CREATE TABLE fuzzy (block TEXT NOT NULL, key TEXT NOT NULL, id TEXT NOT NULL);
CREATE TABLE office (role TEXT NOT NULL, id TEXT NOT NULL, pos INTEGER NOT NULL, start TEXT, end TEXT);
"""
_INDEXES = """
CREATE INDEX alias_key ON alias (key, id);
CREATE INDEX surname_key ON surname (key, id);
CREATE INDEX fuzzy_block ON fuzzy (block, key, id);
CREATE INDEX office_role ON office (role, start, end, id, pos);
"""


def compile_threshold() -> int:
    raw = os.environ.get("FACTDESK_PACK_COMPILE_MB", "").strip()
    if not raw:
        return COMPILE_BYTES
    try:
        return int(float(raw) * 1024 * 1024)
    except ValueError:
        raise PackError(f"FACTDESK_PACK_COMPILE_MB={raw!r}: not a number of megabytes") from None


def should_compile(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size >= compile_threshold()
    except OSError:
        return False


class CompiledPack:
    """An opened compiled pack: its header, its records other than people, and its people."""

    def __init__(self, path: Path, source: str) -> None:
        self.path = path
        self.source = source
        self.db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self.db.execute("PRAGMA mmap_size=268435456")  # lookups read the index pages in place
        meta = dict(self.db.execute("SELECT key, value FROM meta"))
        self.header = PackHeader.model_validate_json(meta["header"])
        self.records: list[Record] = [
            _BY_TYPE[t].model_validate_json(raw)  # type: ignore[misc]
            for t, raw in self.db.execute("SELECT type, json FROM record ORDER BY rowid")
        ]
        self.people = PackPeople(self.db, int(meta["people"]))

    def close(self) -> None:
        self.db.close()


class PackPeople(WorldPeople):
    """A compiled pack's people: the world base's reader, with records kept as written."""

    def __init__(self, db: sqlite3.Connection, count: int) -> None:  # noqa: D107 - no count(*) scan per process
        super().__init__(db)
        self._count = count

    def _decode(self, raw: str) -> Person:
        return Person.model_validate_json(raw)


# ---------------------------------------------------------------------- locating
def _sha256(path: Path, memo_dir: Path | None) -> str:
    st = path.stat()
    stamp = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ino": st.st_ino}
    memo = None
    if memo_dir is not None:
        memo = memo_dir / f"pack-sha-{hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:16]}.json"
        with contextlib.suppress(OSError, ValueError):
            saved = json.loads(memo.read_text())
            if {k: saved.get(k) for k in stamp} == stamp and isinstance(saved.get("sha256"), str):
                return saved["sha256"]
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    digest = h.hexdigest()
    if memo is not None:
        with contextlib.suppress(OSError):
            _atomic_write(memo, json.dumps({**stamp, "sha256": digest}))
    return digest


def _atomic_write(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # not at import: tempfile imports shutil and its compressors
    fd, tmp = tempfile.mkstemp(prefix=target.name, suffix=".tmp", dir=target.parent)
    with os.fdopen(fd, "w") as f:
        f.write(text)
    os.replace(tmp, target)


def open_compiled(path: Path) -> CompiledPack:
    """The compiled store of the pack file ``path``, compiled first if there is none yet."""
    from factdesk.rxcache import cache_dir

    folder = cache_dir()
    if folder is None:  # the cache is off: compile into a private file, gone on exit
        import tempfile  # not at import: tempfile imports shutil and its compressors
        fd, tmp = tempfile.mkstemp(prefix="factdesk-pack-", suffix=".sqlite")
        os.close(fd)
        os.unlink(tmp)
        try:
            compile_pack(path, Path(tmp))
            return CompiledPack(Path(tmp), str(path))
        finally:
            Path(tmp).unlink(missing_ok=True)  # the open connection keeps it
    folder = folder / "packs"
    target = folder / f"pack-{_sha256(path, folder)[:32]}-b{BUILDER}.sqlite"
    if not target.is_file():
        compile_pack(path, target)
    return CompiledPack(target, str(path))


# ---------------------------------------------------------------------- compiling
def compile_pack(path: Path, target: Path) -> None:
    """Validate the pack at ``path`` record by record into a new store at ``target``
    (written under a temporary name, renamed when complete); ``PackError`` on a bad record."""
    if path.is_dir():
        raise PackError(f"{path}: is a directory, not a pack file")
    target.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # not at import: tempfile imports shutil and its compressors
    fd, tmp_name = tempfile.mkstemp(prefix=target.name + ".", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    db = sqlite3.connect(tmp)
    try:
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-32768;")
        db.executescript(_SCHEMA)
        _fill(db, path)
        db.executescript(_INDEXES)
        db.commit()
        db.close()
        os.replace(tmp, target)
    except BaseException:
        db.close()
        tmp.unlink(missing_ok=True)
        raise


def _fill(db: sqlite3.Connection, path: Path) -> None:
    others: list[Record] = []
    seen: set[tuple[str, str]] = set()
    batch: list[tuple[int, Person]] = []
    try:
        with path.open(encoding="utf-8") as f:
            for lineno, rec in iter_records(f, str(path)):
                if isinstance(rec, PackHeader):
                    db.execute("INSERT INTO meta VALUES ('header', ?)", (rec.model_dump_json(),))
                elif isinstance(rec, Person):
                    batch.append((lineno, rec))
                    if len(batch) >= _BATCH:
                        _write_people(db, batch, path)
                        batch = []
                else:
                    key = record_key(rec)
                    if key in seen:
                        raise PackError(f"{path}:{lineno}: duplicate {key[0]} id {key[1]!r}")
                    seen.add(key)
                    others.append(rec)
    except FileNotFoundError:
        raise PackError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise PackError(f"{path}: not UTF-8 text") from None
    _write_people(db, batch, path)
    roles = {r.id for r in others if isinstance(r, Role)}
    _check_references(others, str(path), roles)
    for role, pid in db.execute("SELECT role, min(id) FROM office GROUP BY role"):
        if role not in roles:
            raise PackError(f"{path}: person {pid!r} holds unknown role {role!r}")
    db.executemany("INSERT INTO record VALUES (?, ?)", [(r.type, r.model_dump_json()) for r in others])
    db.execute("INSERT INTO meta SELECT 'people', count(*) FROM person")


def _write_people(db: sqlite3.Connection, batch: list[tuple[int, Person]], path: Path) -> None:
    persons, aliases, surnames, fuzzy, offices = [], [], [], [], []
    for _, p in batch:
        persons.append((p.id, p.name, p.model_dump_json(exclude_defaults=True)))
        keys, surname = _keys(p)
        for key in keys:
            aliases.append((key, p.id))
            block = _block(key)
            if block is not None:
                fuzzy.append((block[0] + block[1], key, p.id))
        surnames.append((surname, p.id))
        offices += [(o.role, p.id, i, o.start and o.start.isoformat(), o.end and o.end.isoformat())
                    for i, o in enumerate(p.offices)]
    ids = [p.id for _, p in batch]
    earlier: set[str] = set()  # ids of earlier batches (journal_mode OFF: no rollback to lean on)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        earlier.update(r[0] for r in db.execute(
            f"SELECT id FROM person WHERE id IN ({','.join('?' * len(chunk))})", chunk))  # noqa: S608
    seen: set[str] = set()
    for lineno, p in batch:
        if p.id in earlier or p.id in seen:
            raise PackError(f"{path}:{lineno}: duplicate person id {p.id!r}")
        seen.add(p.id)
    db.executemany("INSERT INTO person VALUES (?, ?, ?)", persons)
    db.executemany("INSERT INTO alias VALUES (?, ?)", aliases)
    db.executemany("INSERT INTO surname VALUES (?, ?)", surnames)
    db.executemany("INSERT INTO fuzzy VALUES (?, ?, ?)", fuzzy)
    db.executemany("INSERT INTO office VALUES (?, ?, ?, ?, ?)", offices)
