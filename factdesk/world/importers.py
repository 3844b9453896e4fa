"""Importers: the raw files under ``seeds/world/`` -> plain rows (tuples and dicts).

Each importer reads only its own folder and returns rows in a fixed order, so the
build is reproducible. Nothing here touches a database.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import html
import io
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factdesk.refs.countries import canonical_country
from factdesk.refs.people import fold
from factdesk.world.inputs import SEEDS, seeds_dir  # noqa: F401 - re-exported for the importers


def _open(path: Path) -> io.TextIOBase:
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path), encoding="utf-8", newline="")
    return path.open(encoding="utf-8", newline="")


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with _open(path) as f:
        yield from csv.DictReader(f)


# --------------------------------------------------------------------- countries
#: dataset spellings that neither ``canonical_country`` nor pycountry resolve
_COUNTRY_FIX = {
    "Federal Republic of Germany": ("DE-W", "West Germany"),
    "Yemen Arab Republic": ("YE-N", "Yemen Arab Republic"),
    "Zanzibar": ("TZ-Z", "Zanzibar"),
}
#: former states (not in pycountry's current list)
FORMER = {
    "CS": "Czechoslovakia", "DD": "German Democratic Republic", "SU": "Soviet Union",
    "YU": "Yugoslavia", "YD": "Yemen People's Republic", "DE-W": "West Germany",
    "YE-N": "Yemen Arab Republic", "TZ-Z": "Zanzibar",
}


def country_name(code: str, dataset_name: str) -> str:
    """The name checkers use for a country: the curated table's canonical name where it has
    one (``Republic of Korea``), else the dataset's own (``&`` written out)."""
    import pycountry

    name = dataset_name.replace(" & ", " and ").replace("St. ", "Saint ").strip()
    hit = canonical_country(name)
    if hit:
        return hit
    c = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    if c is not None:
        for n in (getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)):
            if n and canonical_country(n):
                return canonical_country(n)  # type: ignore[return-value]
    return FORMER.get(code, name)


def countries(ga_names: dict[str, str]) -> list[tuple[str, str, str, str, int]]:
    """(code, name, iso3, official name, former) for every ISO 3166 country and the former
    states the votes name, sorted by code."""
    import pycountry

    out: dict[str, tuple[str, str, str, str, int]] = {}
    for c in pycountry.countries:
        name = ga_names.get(c.alpha_2) or country_name(c.alpha_2, getattr(c, "common_name", None) or c.name)
        out[c.alpha_2] = (c.alpha_2, name, c.alpha_3, getattr(c, "official_name", c.name), 0)
    for code, name in FORMER.items():
        h = pycountry.historic_countries.get(alpha_2=code) if len(code) == 2 else None
        out[code] = (code, ga_names.get(code, name), getattr(h, "alpha_3", "") if h else "", name, 1)
    return [out[k] for k in sorted(out)]


# ------------------------------------------------------------------- GA votes
@dataclass
class RollCall:
    rcid: int
    session: int
    date: dt.date
    raw_symbol: str
    symbol: str | None
    resnum: str | None
    kind: str  # draft_resolution | amendment | paragraph
    important: bool
    short: str
    descr: str
    issues: list[str] = field(default_factory=list)
    votes: dict[str, str] = field(default_factory=dict)  # code -> yes/no/abstain


_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n: int) -> str:
    out = ""
    for v, s in _ROMAN:
        while n >= v:
            out, n = out + s, n - v
    return out


def normalise_symbol(raw: str, session: int) -> tuple[str | None, str | None]:
    """(official symbol, resolution number as drafts cite it) of a dataset symbol:
    ``R/67/19`` -> ``A/RES/67/19``; ``ESS/10/19`` -> ``A/RES/ES-10/19``; before the 31st
    session resolutions were numbered in one series with the session in roman numerals:
    ``R/2/181A`` -> ``A/RES/181(II)`` (part A)."""
    raw = raw.strip()
    if not raw:
        return None, None
    m = re.fullmatch(r"(?:A/RES/|R/)(\d+)/(\d+)/?([A-Z]*)", raw)
    if m:
        s, n, part = int(m.group(1)), int(m.group(2)), m.group(3)
        if s >= 31:
            num = f"{s}/{n}"
        else:
            num = f"{n}({roman(s)})"
        return f"A/RES/{num}" + (f" {part}" if part else ""), num
    m = re.fullmatch(r"(?:ESS/|A/RES/ES-)(\d+)/(\d+)/?([A-Z]*)", raw)
    if m:
        num = f"ES-{int(m.group(1))}/{int(m.group(2))}"
        return f"A/RES/{num}" + (f" {m.group(3)}" if m.group(3) else ""), num
    return None, None


_ADOPTED = re.compile(r"\s*:\s*(?:draft\s+)?resolution\s*/.*$", re.I)


def ga_roll_calls(root: Path | None = None) -> tuple[list[RollCall], dict[str, str]]:
    """Every recorded GA vote with its country votes; and code -> dataset country name."""
    root = (root or seeds_dir()) / "unvotes"
    calls: dict[int, RollCall] = {}
    for r in _rows(root / "un_roll_calls.csv.gz"):
        rcid, session = int(float(r["rcid"])), int(float(r["session"]))
        symbol, resnum = normalise_symbol(r["unres"], session)
        kind = "amendment" if r["amend"] == "1" else "paragraph" if r["para"] == "1" else "draft_resolution"
        short = _ADOPTED.sub("", (r["short"] or "").strip())
        calls[rcid] = RollCall(rcid, session, dt.date.fromisoformat(r["date"]), r["unres"].strip(), symbol, resnum,
                               kind, r["importantvote"] == "1", short, (r["descr"] or "").strip())
    for r in _rows(root / "un_roll_call_issues.csv.gz"):
        c = calls.get(int(float(r["rcid"])))
        if c is not None and r["issue"] not in c.issues:
            c.issues.append(r["issue"])
    names: dict[str, str] = {}
    for r in _rows(root / "un_votes.csv.gz"):
        c = calls.get(int(float(r["rcid"])))
        code = r["country_code"] or _COUNTRY_FIX.get(r["country"], ("", ""))[0]
        if c is None or not code:
            continue
        names.setdefault(code, r["country"])
        c.votes[code] = r["vote"]
    return [calls[k] for k in sorted(calls)], names


# ------------------------------------------------------------------ UN membership
@dataclass
class Membership:
    code: str
    un_name: str
    admitted: dt.date
    until: dt.date | None  # the day it ended (a Member on d when admitted <= d < until)
    seat_of: str  # another Member's code when the row names that Member's seat under another name
    note: str


def un_members(root: Path | None = None) -> list[Membership]:
    """Every spell of UN membership in ``un-members/members.csv``, in file order."""
    root = (root or seeds_dir()) / "un-members"
    out = []
    for r in _rows(root / "members.csv"):
        out.append(Membership(r["code"], r["un_name"], dt.date.fromisoformat(r["admitted"]),
                              dt.date.fromisoformat(r["until"]) if r["until"] else None, r["seat_of"], r["note"]))
    return out


# -------------------------------------------------------------------- vetoes
_SC_MEMBER = {"USSR": "Soviet Union", "Russia": "Russia", "USA": "United States", "UK": "United Kingdom",
              "China": "China", "France": "France"}


def sc_vetoes(root: Path | None = None) -> list[dict]:
    root = (root or seeds_dir()) / "unsc-vetoes"
    out = []
    for i, r in enumerate(_rows(root / "unsc_vetoes_1946_sept2022.csv"), start=1):
        m, d, y = (int(x) for x in r["date"].split("/"))
        who = [_SC_MEMBER[r[k]] for k in ("member_veto1", "member_veto2", "member_veto3") if r[k].strip()]
        out.append({
            "n": i, "date": dt.date(y, m, d), "draft": r["draft"].strip(), "meeting": r["meeting_record"].strip(),
            "agenda": r["agenda_item"].strip(), "topic": r["crisis_topic"].strip(), "region": r["region"].strip(),
            "vetoed_by": who,
        })
    return out


# ------------------------------------------------------------------ Factbook
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_TITLE_WORDS = set("""president prime minister chancellor federal king queen emperor vice deputy first second third
acting interim transitional supreme leader chief executive premier governor general governor-general sultan amir
emir crown prince grand duke of the and council state head chairman chairwoman chair secretary taoiseach
tanaiste pope co-prince captain captains regent regents senior sovereign national assembly military
revolutionary committee government republic union presidential transitional sovereignty royal
highness majesty his her principal""".split())
_SEGMENT = re.compile(r"(?P<who>[^;()]+?)\s*\(since\s+(?P<date>[^)]*?)\s*\)")
_DATE = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})")
_TAGS = re.compile(r"<[^>]+>")
_CAPS = re.compile(r"^[A-Z][A-Z'\-]+,?$")


def _fix_html(text: str) -> str:
    return " ".join(_TAGS.sub(" ", html.unescape(text)).split())


def _name_case(word: str) -> str:
    """``KISHIDA`` -> ``Kishida``, ``AL-SISI`` -> ``Al-Sisi``; other words as they are."""
    if not _CAPS.match(word) or len(word.rstrip(",")) < 2 or _ROMAN_NUM.match(word):
        return word
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))


_HEAD_NOUNS = {"president", "minister", "chancellor", "king", "queen", "emperor", "premier", "governor", "leader",
               "executive", "sultan", "amir", "emir", "prince", "duke", "pope", "taoiseach", "chairman", "chair",
               "chairwoman", "regent", "co-prince", "secretary", "governor-general", "council"}
_ROMAN_NUM = re.compile(r"^[IVX]+,?$")


def split_holder(text: str) -> tuple[str, str, bool] | None:
    """``Prime Minister Fumio KISHIDA`` -> ("Prime Minister", "Fumio Kishida", acting). Lists of
    several holders ("Vice Presidents A and B") and cut titles are skipped (None)."""
    words = text.split()
    i = 0
    while i < len(words) and words[i].lower().strip(",") in _TITLE_WORDS and not _CAPS.match(words[i]):
        i += 1
    title_words, name_words = words[:i], words[i:]
    caps = [k for k, w in enumerate(name_words) if _CAPS.match(w) and not _ROMAN_NUM.match(w)]
    if not title_words or not caps or title_words[0].lower() == "and":
        return None
    acting = title_words[0].lower() in ("acting", "interim")
    if acting:
        title_words = title_words[1:]
    if not title_words or title_words[-1].lower() not in _HEAD_NOUNS:
        return None
    last = caps[-1] + 1
    while last < len(name_words) and (_ROMAN_NUM.match(name_words[last]) or name_words[last] in ("Jr.", "Sr.")):
        last += 1
    name_words = name_words[:last]
    if " and " in f" {' '.join(name_words)} " or sum(1 for w in name_words if w.endswith(",")) > 1:
        return None
    name = " ".join(_name_case(w) for w in name_words).strip(" ,")
    return " ".join(title_words), name, acting


def _since(text: str) -> tuple[dt.date | None, bool]:
    m = _DATE.search(text)
    if m and m.group(2).lower() in _MONTHS:
        try:
            return dt.date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1))), True
        except ValueError:
            return None, False
    return None, False


@dataclass
class Holding:
    country: str
    field: str  # chief_of_state | head_of_government
    title: str
    name: str | None  # None: the office was vacant
    start: dt.date | None
    acting: bool
    excerpt: str
    url: str
    first_seen: dt.date  # the first snapshot stating it
    last_row: dt.date  # the last snapshot stating it
    last_seen: dt.date  # the next change after that (or the last snapshot)
    end: dt.date | None = None


def factbook_holdings(root: Path | None = None) -> tuple[list[Holding], dt.date]:
    """Every (country, title, holder, since) the Factbook stated, with an end where the
    next holder's start settles it; and the date of the last snapshot."""
    root = (root or seeds_dir()) / "factbook-executives"
    by_country: dict[str, list[dict]] = defaultdict(list)
    snaps: set[dt.date] = set()
    for r in _rows(root / "exec_history.csv.gz"):
        snap = dt.date.fromisoformat(r["snapshot_date"])
        snaps.add(snap)
        country = _fix_html(r["country"])
        if not country or country == "none" or not (r["chief_of_state"] or r["head_of_government"]):
            continue
        by_country[_factbook_country(country)].append({**r, "snap": snap})
    ordered = sorted(snaps)
    # the snapshots are missing for years (March 2017 to November 2020): a change of holder
    # inside that gap may be unseen, so no end is inferred across it
    gap = max(zip(ordered, ordered[1:], strict=False), key=lambda ab: ab[1] - ab[0])
    out: list[Holding] = []
    for country in sorted(by_country):
        rows = sorted(by_country[country], key=lambda r: (r["snap"], r["commit"]))
        timeline: list[Holding] = []
        for k, r in enumerate(rows):
            nxt = rows[k + 1]["snap"] if k + 1 < len(rows) else ordered[-1]
            for fieldname in ("chief_of_state", "head_of_government"):
                for m in _SEGMENT.finditer(_fix_html(r[fieldname])):
                    who = m.group("who").strip(" ;,")
                    start, exact = _since(m.group("date"))
                    if not exact:
                        continue
                    if who.lower().startswith("vacant"):
                        title, name, acting = "", None, False
                    else:
                        parsed = split_holder(who)
                        if parsed is None:
                            continue
                        title, name, acting = parsed
                    url = f"https://github.com/factbook/factbook.json/blob/{r['commit']}/{r['path']}"
                    h = _same_holding(timeline, fieldname, title, name, start)
                    if h is None:
                        timeline.append(Holding(country, fieldname, title, name, start, acting, m.group(0).strip(),
                                                url, r["snap"], r["snap"], nxt))
                    else:  # a later snapshot's spelling (or date) corrects an earlier typo
                        h.name, h.start, h.excerpt, h.url = name, start, m.group(0).strip(), url
                        h.last_row, h.last_seen = r["snap"], nxt
        out += _ends(_merge_terms(timeline), gap)
    return out, ordered[-1]


def _same_holding(timeline: list[Holding], fieldname: str, title: str, name: str | None,
                  start: dt.date | None) -> Holding | None:
    for h in reversed(timeline):
        if h.field != fieldname or h.title != title or h.start is None or start is None:
            continue
        if h.start == start or (name and h.name and abs((h.start - start).days) <= 60
                                and fold(h.name).split()[-1] == fold(name).split()[-1]):
            return h
    return None


def _merge_terms(timeline: list[Holding]) -> list[Holding]:
    """A holder restated with a new "since" date by the same office (a re-election) holds it
    without a break: one holding from the first start."""
    out: list[Holding] = []
    last: dict[tuple[str, str], Holding] = {}
    for h in sorted(timeline, key=lambda h: (h.start or dt.date.min, h.first_seen)):
        prev = last.get((h.field, h.title))
        if prev is not None and h.name and prev.name and fold(prev.name) == fold(h.name):
            prev.excerpt, prev.url, prev.last_row, prev.last_seen = h.excerpt, h.url, h.last_row, h.last_seen
            continue
        out.append(h)
        last[(h.field, h.title)] = h
    return out


def _ends(timeline: list[Holding], gap: tuple[dt.date, dt.date]) -> list[Holding]:
    """A holder's end is the next holder's start in the same office, when nothing could hide
    between: not when the text was last seen before the snapshot gap and the change after
    it, and not when the office was recorded vacant in between (a vacancy in the Factbook
    is often a caretaker period, so it gives no certain end)."""
    by_title: dict[str, list[Holding]] = defaultdict(list)
    vacancies = [h for h in timeline if h.name is None]
    for h in timeline:
        if h.name is not None:
            by_title[h.title].append(h)
    for hs in by_title.values():
        hs.sort(key=lambda h: (h.start or dt.date.min, h.first_seen))
        for i, h in enumerate(hs):
            later = [x.start for x in hs[i + 1:] if x.start and h.start and x.start > h.start
                     and fold(x.name or "") != fold(h.name or "")]
            if not later or h.start is None:
                continue
            end = min(later)
            crossed = h.last_row <= gap[0] and h.last_seen >= gap[1]
            vacant = any(v.field == h.field and v.start and h.start < v.start < end for v in vacancies)
            if crossed or vacant or end > h.last_seen + dt.timedelta(days=400):
                continue
            h.end = end
    return [h for h in timeline if h.name is not None]


_FACTBOOK_COUNTRY = {
    "Burma": "Myanmar", "Congo (Brazzaville)": "Congo - Brazzaville", "DRC": "Congo - Kinshasa",
    "The Bahamas": "Bahamas", "The Gambia": "Gambia", "The Dominican": "Dominican Republic",
    "Macedonia": "North Macedonia", "Swaziland": "Eswatini", "Czech Republic": "Czechia",
    "C&ocirc;te d'Ivoire": "Côte d’Ivoire", "Cote d'Ivoire": "Côte d’Ivoire", "Côte d'Ivoire": "Côte d’Ivoire",
    "Laos ": "Laos", "Holy See (Vatican City)": "Holy See",
}


def _factbook_country(name: str) -> str:
    name = _FACTBOOK_COUNTRY.get(name, name).strip()
    return canonical_country(name) or name


# ------------------------------------------------------------------ UK ministers
#: IfG post names -> the titles British news uses (the formal name stays an alias)
UK_TITLES = {
    "Secretary of State for Foreign and Commonwealth Affairs": "Foreign Secretary",
    "Secretary of State for Foreign, Commonwealth and Development Affairs": "Foreign Secretary",
    "Secretary of State for the Home Department": "Home Secretary",
    "Home Secretary": "Home Secretary",
    "Chancellor of the Exchequer": "Chancellor of the Exchequer",
    "Secretary of State for Defence": "Defence Secretary",
    "Secretary of State for Justice": "Justice Secretary",
    "Secretary of State for Health": "Health Secretary",
    "Secretary of State for Health and Social Care": "Health Secretary",
    "Secretary of State for Education": "Education Secretary",
    "Secretary of State for Business, Energy and Industrial Strategy": "Business Secretary",
    "Secretary of State for Business and Trade": "Business Secretary",
    "Secretary of State for International Trade": "Trade Secretary",
    "Secretary of State for Work and Pensions": "Work and Pensions Secretary",
    "Secretary of State for Northern Ireland": "Northern Ireland Secretary",
    "Secretary of State for Scotland": "Scottish Secretary",
    "Secretary of State for Wales": "Welsh Secretary",
    "Secretary of State for Transport": "Transport Secretary",
    "Secretary of State for Environment, Food and Rural Affairs": "Environment Secretary",
    "Secretary of State for Exiting the European Union": "Brexit Secretary",
    "Secretary of State for International Development": "International Development Secretary",
    "Secretary of State for Energy Security and Net Zero": "Energy Secretary",
    "Secretary of State for Culture, Media and Sport": "Culture Secretary",
    "Secretary of State for Digital, Culture, Media and Sport": "Culture Secretary",
    "Chief Secretary to the Treasury": "Chief Secretary to the Treasury",
    "Prime Minister": "Prime Minister",
    "Deputy Prime Minister": "Deputy Prime Minister",
}


@dataclass
class Appointment:
    person: str  # display name
    aliases: list[str]
    title: str
    formal: str
    start: dt.date
    end: dt.date | None


_PEERS = ("Lord ", "Baroness ", "Sir ", "Dame ", "Viscount ", "Earl ")


def uk_appointments(root: Path | None = None) -> tuple[list[Appointment], dt.date]:
    root = (root or seeds_dir()) / "uk-ministers"
    names: dict[str, list[tuple[str, str]]] = defaultdict(list)  # person id -> [(start, name)]
    for r in _rows(root / "person.csv.gz"):
        names[r["id"]].append((r["start_date"] or "", r["display_name"] or r["name"]))
    posts = {r["id"]: r["name"] for r in _rows(root / "post.csv.gz")}
    out: list[Appointment] = []
    latest = dt.date.min
    for r in _rows(root / "appointment.csv.gz"):
        formal = posts.get(r["post_id"], "")
        # the posts news names by title; the junior posts' formal names ("Parliamentary
        # Under-Secretary of State for ...") would only lengthen every title search
        title = UK_TITLES.get(formal)
        start = dt.date.fromisoformat(r["start_date"])
        end = dt.date.fromisoformat(r["end_date"]) if r["end_date"] else None
        latest = max(latest, start, end or start)
        if title is None or not names.get(r["person_id"]):
            continue
        spellings = sorted(names[r["person_id"]])
        # the name news uses: the latest without a peer's title ("David Cameron", not "Lord Cameron
        # of Chipping Norton"); the titled forms stay aliases
        plain = [n for _, n in spellings if not n.startswith(_PEERS)]
        name = plain[-1] if plain else spellings[-1][1]
        aliases = sorted({n for _, n in spellings if n != name})
        out.append(Appointment(name, aliases, title, formal, start, end))
    out.sort(key=lambda a: (a.start, a.title, a.person))
    return out, latest


def person_key(country: str, name: str) -> str:
    bare = _SUFFIX.sub("", name)
    return f"{fold(country)}|{fold(bare)}"


_SUFFIX = re.compile(r",? (?:Jr|Sr)\.?$")
