"""``factdesk refs build``: the raw files under ``seeds/world/`` -> one indexed SQLite file.

Reproducible: rows are written in a fixed order with fixed page settings, so the same
inputs give byte-identical files, and the printed hash is the SHA-256 of the file. The
file is written beside its destination and renamed into place, so a reader never sees
half a base.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
import tempfile
from pathlib import Path

from factdesk.refs.people import fold
from factdesk.world import importers as imp
from factdesk.world.coverage import COVERAGE, DATASETS
from factdesk.world.inputs import BUILDER_VERSION, input_digest  # noqa: F401 - input_digest re-exported

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE coverage (dataset TEXT PRIMARY KEY, kind TEXT, body TEXT, start TEXT, end TEXT, rows INTEGER,
  version_date TEXT, source TEXT, licence TEXT, note TEXT) WITHOUT ROWID;
CREATE TABLE country (code TEXT PRIMARY KEY, name TEXT NOT NULL, iso3 TEXT, official TEXT, former INTEGER)
  WITHOUT ROWID;
CREATE TABLE vote (id TEXT PRIMARY KEY, body TEXT NOT NULL, date TEXT NOT NULL, kind TEXT NOT NULL,
  symbol TEXT, resnum TEXT, raw_symbol TEXT, session INTEGER, subject TEXT NOT NULL, descr TEXT,
  keywords TEXT NOT NULL, outcome TEXT, yes INTEGER, no INTEGER, abstain INTEGER, vetoed_by TEXT NOT NULL,
  meeting TEXT, sources TEXT NOT NULL, retrieved TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE ballot (vote TEXT NOT NULL, country TEXT NOT NULL, how TEXT NOT NULL,
  PRIMARY KEY (vote, country)) WITHOUT ROWID;
CREATE TABLE role (id TEXT PRIMARY KEY, title TEXT NOT NULL, country TEXT, aliases TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE person (id TEXT PRIMARY KEY, name TEXT NOT NULL, json TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE alias (key TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE TABLE surname (key TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE TABLE fuzzy (block TEXT NOT NULL, key TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (block, key, id))
  WITHOUT ROWID;
CREATE TABLE office (role TEXT NOT NULL, id TEXT NOT NULL, pos INTEGER NOT NULL, start TEXT, end TEXT,
  PRIMARY KEY (role, id, pos)) WITHOUT ROWID;
CREATE TABLE member (name TEXT NOT NULL, admitted TEXT NOT NULL, until TEXT, code TEXT NOT NULL, un_name TEXT NOT NULL,
  seat_of TEXT, note TEXT NOT NULL, PRIMARY KEY (name, admitted)) WITHOUT ROWID;
CREATE INDEX vote_date ON vote (body, date);
CREATE INDEX vote_resnum ON vote (resnum);
CREATE INDEX vote_symbol ON vote (symbol);
"""

IFG_FILE = ("https://github.com/instituteforgov/ifg-ministers-database-public/blob/"
            "92e227025645607913912d9d8312b7421a437bd3/data/appointment.csv")
_STOP = set("""the a an of to and in on for by with from at as its that this be is are was were or not
adopt adopted resolution draft amendment paragraph vote votes voting whole general assembly report
committee question item items concerning regarding""".split())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def keywords(*texts: str) -> list[str]:
    """Subject words a draft may use to name the vote (lowercase, no stop words)."""
    seen: dict[str, None] = {}
    for t in texts:
        for w in re.findall(r"[a-z][a-z'-]{3,}", t.lower()):
            if w not in _STOP:
                seen.setdefault(w, None)
    return list(seen)


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(dest: Path, root: Path | None = None) -> dict[str, int]:
    """Build the base at ``dest`` (atomically). Returns rows per table."""
    root = root or imp.seeds_dir()
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".world-", suffix=".sqlite", dir=dest.parent)
    os.close(fd)
    os.unlink(tmp)
    try:
        counts = _write(Path(tmp), root)
        os.replace(tmp, dest)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return counts


def _write(path: Path, root: Path) -> dict[str, int]:
    db = sqlite3.connect(path)
    db.executescript("PRAGMA page_size=4096; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
    db.executescript(SCHEMA)
    counts: dict[str, int] = {}
    with db:
        db.execute("INSERT INTO meta VALUES ('builder', ?)", (BUILDER_VERSION,))
        db.execute("INSERT INTO meta VALUES ('inputs', ?)", (input_digest(root),))
        calls, ga_names = imp.ga_roll_calls(root)
        names = {code: imp.country_name(code, n) for code, n in ga_names.items()}
        countries = imp.countries(names)
        db.executemany("INSERT INTO country VALUES (?, ?, ?, ?, ?)", countries)
        counts["countries"] = len(countries)
        counts |= _ga(db, calls, names)
        counts |= _vetoes(db, imp.sc_vetoes(root))
        counts |= _members(db, imp.un_members(root), names)
        counts |= _people(db, root)
        for d in DATASETS:
            db.execute("INSERT INTO coverage VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (d.name, d.kind, d.body, d.start.isoformat(), d.end.isoformat(), counts.get(d.name, 0),
                        d.version_date.isoformat(), d.source, d.licence, d.note))
    db.execute("VACUUM")
    db.close()
    return counts


def _ga(db: sqlite3.Connection, calls: list[imp.RollCall], names: dict[str, str]) -> dict[str, int]:
    retrieved = COVERAGE["ga-votes"].version_date.isoformat()
    votes, ballots = [], []
    for c in calls:
        tally = {"yes": 0, "no": 0, "abstain": 0}
        for how in c.votes.values():
            tally[how] += 1
        vid = f"ga-rc-{c.rcid}"
        sources = [f"https://undocs.org/{c.symbol.split(' ')[0]}"] if c.symbol else []
        sources.append("https://doi.org/10.7910/DVN/LEJUQZ")  # Voeten's dataset, where every roll call is listed
        outcome = "adopted" if c.symbol and c.kind == "draft_resolution" else None
        subject = c.short.capitalize() if c.short else c.descr[:120].capitalize()
        votes.append((vid, "GA", c.date.isoformat(), c.kind, c.symbol, c.resnum, c.raw_symbol, c.session, subject,
                      c.descr, json.dumps(keywords(c.short, " ".join(c.issues))), outcome, tally["yes"], tally["no"],
                      tally["abstain"], "[]", None, json.dumps(sources), retrieved))
        ballots += [(vid, names.get(code, code), how) for code, how in sorted(c.votes.items())]
    db.executemany("INSERT INTO vote VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", votes)
    db.executemany("INSERT OR IGNORE INTO ballot VALUES (?, ?, ?)", ballots)
    return {"ga-votes": len(votes), "ga-ballots": len(ballots)}


def _vetoes(db: sqlite3.Connection, rows: list[dict]) -> dict[str, int]:
    retrieved = COVERAGE["sc-vetoes"].version_date.isoformat()
    out = []
    for r in rows:
        draft = r["draft"] if r["draft"].startswith("S/") and not r["draft"].startswith("S/PV") else None
        sources = [f"https://undocs.org/{r['meeting']}"]
        if draft:
            sources.insert(0, f"https://undocs.org/{draft}")
        subject = r["agenda"] or r["topic"]
        out.append((f"sc-veto-{r['n']:03d}", "SC", r["date"].isoformat(), "draft_resolution", draft, None,
                    r["draft"], None, subject, f"{r['topic']} ({r['region']})",
                    json.dumps(keywords(r["agenda"], r["topic"])), "vetoed", None, None, None,
                    json.dumps(r["vetoed_by"]), r["meeting"], json.dumps(sources), retrieved))
    db.executemany("INSERT INTO vote VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", out)
    return {"sc-vetoes": len(out)}


def _members(db: sqlite3.Connection, rows: list[imp.Membership], names: dict[str, str]) -> dict[str, int]:
    """UN membership spells under the names checkers use (the votes' name for a code, else the
    curated table's)."""
    out = []
    for m in rows:
        name = names.get(m.code) or imp.country_name(m.code, m.un_name)
        out.append((name, m.admitted.isoformat(), m.until.isoformat() if m.until else None, m.code, m.un_name,
                    m.seat_of or None, m.note))
    db.executemany("INSERT INTO member VALUES (?, ?, ?, ?, ?, ?, ?)", sorted(out))
    return {"un-members": len(out)}


def _people(db: sqlite3.Connection, root: Path) -> dict[str, int]:
    roles: dict[str, tuple[str, str, list[str]]] = {}
    people: dict[str, dict] = {}

    def role_of(country: str, title: str, aliases: list[str]) -> str:
        title = title.title() if title.islower() else title
        rid = f"w:{_slug(country)}:{_slug(title)}"
        if rid not in roles:
            roles[rid] = (title, country, [])
        for a in aliases:
            if a not in roles[rid][2] and a != title:
                roles[rid][2].append(a)
        return rid

    def person(country: str, name: str, aliases: list[str]) -> dict:
        key = imp.person_key(country, name)
        p = people.get(key)
        if p is None:
            p = people[key] = {"type": "person", "id": f"w:{_slug(country)}:{_slug(name)}", "name": name,
                               "aliases": [], "country": country, "offices": [], "sources": []}
        for a in aliases:
            if a != p["name"] and a not in p["aliases"]:
                p["aliases"].append(a)
        return p

    holdings, last_snapshot = imp.factbook_holdings(root)
    fb = 0
    for h in holdings:
        rid = role_of(h.country, h.title, [])  # "President of France" is read as title + country
        bare = re.sub(r",? (?:Jr|Sr)\.$", "", h.name or "")
        short = re.sub(r"\s+[A-Z]\.(?=\s)", "", bare)  # "Joseph R. Biden" -> "Joseph Biden"
        p = person(h.country, h.name or "", [bare, short])
        office = {"role": rid, "start": h.start.isoformat() if h.start else None,
                  "end": h.end.isoformat() if h.end else None,
                  "known_from": h.first_seen.isoformat(),
                  "known_until": None if h.end else (h.last_seen if h.last_seen == last_snapshot
                                                     else h.last_row).isoformat(),
                  "sources": [h.url], "note": ("acting; " if h.acting else "") + f"CIA World Factbook: {h.excerpt}",
                  "quote": h.excerpt, "retrieved": h.last_row.isoformat()}
        if _add_office(p, office):
            fb += 1
    apps, _latest = imp.uk_appointments(root)
    uk = 0
    ifg = COVERAGE["uk-ministers"]
    for a in apps:
        rid = role_of("United Kingdom", a.title, [a.formal])
        p = person("United Kingdom", a.person, a.aliases)
        office = {"role": rid, "start": a.start.isoformat(), "end": a.end.isoformat() if a.end else None,
                  "known_from": None, "known_until": None if a.end else ifg.end.isoformat(),
                  "sources": [ifg.source, IFG_FILE],
                  "note": f"IfG Ministers Database: {a.person}, {a.formal}, {a.start:%-d %B %Y} to "
                          + (f"{a.end:%-d %B %Y}" if a.end else "(in office)"),
                  "quote": f"{a.person} — {a.formal} — {a.start.isoformat()} to "
                           + (a.end.isoformat() if a.end else "in office"),
                  "retrieved": ifg.version_date.isoformat()}
        if _add_office(p, office, prefer=True):
            uk += 1
    db.executemany("INSERT INTO role VALUES (?, ?, ?, ?)",
                   [(rid, t, c, json.dumps(al)) for rid, (t, c, al) in sorted(roles.items())])
    rows, aliases, surnames, fuzzy, offices = [], set(), set(), set(), []
    for p in sorted(people.values(), key=lambda p: p["id"]):
        if not p["offices"]:
            continue
        p["offices"].sort(key=lambda o: (o["start"] or "", o["role"]))
        p["sources"] = sorted({s for o in p["offices"] for s in o["sources"]})[:5]
        rows.append((p["id"], p["name"], json.dumps(p, sort_keys=True)))
        for name in (p["name"], *p["aliases"]):
            key = fold(name)
            aliases.add((key, p["id"]))
            given, _, sur = key.rpartition(" ")
            if given and sur:
                fuzzy.add((given[0] + sur[0], key, p["id"]))
        surnames.add((fold(p["name"]).split(" ")[-1], p["id"]))
        offices += [(o["role"], p["id"], i, o["start"], o["end"]) for i, o in enumerate(p["offices"])]
    db.executemany("INSERT INTO person VALUES (?, ?, ?)", rows)
    db.executemany("INSERT INTO alias VALUES (?, ?)", sorted(aliases))
    db.executemany("INSERT INTO surname VALUES (?, ?)", sorted(surnames))
    db.executemany("INSERT INTO fuzzy VALUES (?, ?, ?)", sorted(fuzzy))
    db.executemany("INSERT INTO office VALUES (?, ?, ?, ?, ?)", offices)
    return {"factbook-executives": fb, "uk-ministers": uk, "people": len(rows), "roles": len(roles)}


def _add_office(p: dict, office: dict, prefer: bool = False) -> bool:
    """Add a term unless the person already has one of the same role starting within 31 days
    (the Factbook states one term in both of its fields, and the IfG and the Factbook both
    state UK prime ministers); the IfG's, which has an end, replaces the Factbook's."""
    for i, o in enumerate(p["offices"]):
        if o["role"] != office["role"] or not o["start"] or not office["start"]:
            continue
        days = abs((dt.date.fromisoformat(o["start"]) - dt.date.fromisoformat(office["start"])).days)
        if days <= 31:
            if prefer:
                p["offices"][i] = office
            return False
    p["offices"].append(office)
    return True
