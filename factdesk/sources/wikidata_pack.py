"""Wikidata entities -> reference pack records (``person`` and ``role``).

A P39 position item becomes a ``role`` (id ``wd-Q…``): its English (or ``mul``) label
with the country taken out is the title ("United States Secretary of State" ->
"Secretary of State", country "United States"), and the full label is an alias.

Time precision is kept honestly, so a checker never claims more than Wikidata knows:

    precision 11 (day)    start/end exact
    precision 10 (month)  the 1st of the month, ``*_exact: false`` (checkers keep a
                          31-day margin, which covers the whole month)
    precision 9 (year)    start: no ``start``, ``known_from`` = 31 December (held by
                          then at the latest; never "before" within that year);
                          end: 31 December, ``end_exact: false`` (see docs/sources.md)

Statements with no dates, or that ended at an unknown time, are left out with a
reason: they cannot place a claim in time.
"""

from __future__ import annotations

import datetime as dt
import re

from factdesk.errors import SourceFormatError
from factdesk.refs.countries import COUNTRIES, canonical_country
from factdesk.refs.pack import Office, Person, Role
from factdesk.sources.wikidata import HUMAN, Entity, PositionHeld, WdTime


def person_id(qid: str) -> str:
    return f"wd-{qid}"


def role_id(qid: str) -> str:
    return f"wd-{qid}"


def role_record(position: Entity, country: Entity | None, page_url: str) -> Role:
    if not position.label:
        raise SourceFormatError(f"wikidata: position {position.qid} has no English or mul label")
    label = position.label
    country_name = None
    if country is not None and country.label:
        country_name = canonical_country(country.label) or country.label
    title = strip_country(label, country_name, country.label if country else None)
    aliases = [a for a in dict.fromkeys([label, *position.aliases]) if a != title]
    del page_url  # roles carry no sources in the pack format; the person's offices do
    return Role(type="role", id=role_id(position.qid), title=title, country=country_name, aliases=aliases)


def strip_country(label: str, country: str | None, raw_country: str | None) -> str:
    """"Minister of Foreign Affairs of Slovenia" -> "Minister of Foreign Affairs";
    "United States Secretary of State" -> "Secretary of State"."""
    if not country:
        return _cap(label)
    names = {country, *(raw_country and [raw_country] or []), *COUNTRIES.get(country, ())}
    for name in sorted((n for n in names if not n.endswith("-")), key=lambda s: (-len(s), s)):
        esc = re.escape(name)
        for pat in (rf"\s+(?:of|for|to)\s+(?:the\s+)?{esc}$", rf"^(?:the\s+)?{esc}(?:'s|’s)?\s+"):
            stripped = re.sub(pat, "", label, flags=re.IGNORECASE)
            if stripped != label and stripped.strip():
                return _cap(stripped.strip())
    return _cap(label)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def office_record(held: PositionHeld, source: str, notes: list[str], who: str) -> Office | None:
    """One P39 statement as an ``Office``, or None (with a note) when it cannot be placed in time."""
    if held.end_unknown:
        notes.append(f"{who} {held.position}: ended at an unknown date, left out")
        return None
    if held.start is None and held.end is None:
        notes.append(f"{who} {held.position}: no start or end date, left out")
        return None
    kw: dict = {}
    remarks = [f"Wikidata statement {held.statement_id} ({held.rank} rank)"]
    if held.start is not None:
        kw.update(_start(held.start))
        if held.start.precision < 11:
            remarks.append(f"start known to the {_unit(held.start)}")
    if held.end is not None:
        kw.update(_end(held.end))
        if held.end.precision < 11:
            remarks.append(f"end known to the {_unit(held.end)}")
    return Office(role=role_id(held.position), sources=[source], note="; ".join(remarks), **kw)


def _unit(t: WdTime) -> str:
    return {9: "year", 10: "month"}.get(t.precision, "day")


def _start(t: WdTime) -> dict:
    if t.precision >= 11:
        return {"start": t.date}
    if t.precision == 10:
        return {"start": t.date.replace(day=1), "start_exact": False}
    return {"known_from": dt.date(t.date.year, 12, 31)}


def _end(t: WdTime) -> dict:
    if t.precision >= 11:
        return {"end": t.date}
    if t.precision == 10:
        return {"end": t.date.replace(day=1), "end_exact": False}
    return {"end": dt.date(t.date.year, 12, 31), "end_exact": False}


def person_records(person: Entity, positions: dict[str, Entity], countries: dict[str, Entity],
                   page_url: str) -> tuple[Person, list[Role], list[str]]:
    """The person, the roles their offices refer to, and notes on what was left out."""
    if HUMAN not in person.instance_of:
        raise SourceFormatError(f"wikidata: {person.qid} is not a person (no 'instance of: human')")
    if not person.label:
        raise SourceFormatError(f"wikidata: {person.qid} has no English or mul label")
    notes = [f"{person.qid} statement {s}" for s in person.skipped]
    roles: dict[str, Role] = {}
    offices = []
    for held in person.positions:
        pos = positions.get(held.position)
        if pos is None:
            notes.append(f"{person.qid} {held.position}: the position item does not exist, left out")
            continue
        if not pos.label:
            notes.append(f"{person.qid} {held.position}: the position has no English or mul label, left out")
            continue
        office = office_record(held, page_url, notes, person.qid)
        if office is None:
            continue
        country = next((countries[c] for c in pos.countries if c in countries), None)
        roles[pos.qid] = role_record(pos, country, page_url)
        offices.append(office)
    aliases = [a for a in person.aliases if a != person.label]
    rec = Person(type="person", id=person_id(person.qid), name=person.label, aliases=aliases, offices=offices,
                 sources=[page_url], note=(person.description or "")[:200])
    return rec, list(roles.values()), notes
