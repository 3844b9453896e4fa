"""Country names, demonyms and capitals-as-metonyms: every UN member, the two observers
and former states.

The data is ``countries.json`` beside this module, generated offline by
``scripts/gen_countries.py`` from pycountry (ISO 3166 names and codes), the UN votes dataset
(membership) and a curated table (demonyms, capitals, renamed states, news spellings); the
check path reads the JSON and never imports pycountry. Only unambiguous words are matched in
running text: "Washington", "Kenyan", "Ivorian" yes; "Congolese" (two Congos), "Georgia"
(a US state too), "Kingston" (several countries) no. ``docs/world.md`` lists the rules.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from factdesk import rxcache
from factdesk.rxtrie import literal_alternation

DATA = Path(__file__).with_name("countries.json")


def _load() -> dict[str, Any]:
    with DATA.open(encoding="utf-8") as f:
        return json.load(f)


_DOC = _load()

#: canonical name -> the entry (``iso2``, ``iso3``, ``status``: member/observer/former, ...)
RECORDS: dict[str, dict[str, Any]] = {e["name"]: e for e in _DOC["countries"]}

#: canonical name -> every alias matched in running text (names, demonyms, capitals)
COUNTRIES: dict[str, tuple[str, ...]] = {
    e["name"]: tuple(dict.fromkeys((*e["names"], *e["demonyms"], *e["capitals"])))
    for e in _DOC["countries"]
}

_alias_to_country: dict[str, str] = {}
for _e in _DOC["countries"]:
    for _a in COUNTRIES[_e["name"]]:  # "lookup_only" names ("Georgia", "Chad") stay unresolved: see below
        _alias_to_country[_a.lower().removeprefix("the ")] = _e["name"]
_by_code = {c: _e["name"] for _e in _DOC["countries"] for c in (_e["iso2"], _e["iso3"]) if c}

#: phrases that hold a country word but name no country ("New Guinea", "Washington Post")
NOT_COUNTRIES: frozenset[str] = frozenset(_DOC["not_countries"])

_words = {a.removeprefix("the ") for al in COUNTRIES.values() for a in al if not a.endswith("-")} | NOT_COUNTRIES
COUNTRY_RE = rxcache.compile(
    rf"(?<![\w.])(?:the\s+)?({literal_alternation(_words)})(?![\w])(?:'s|’s)?"
)


def canonical_country(text: str) -> str | None:
    """The canonical name of the country ``text`` names whole (a name, a demonym, a capital
    used as a metonym), else None.

    A country whose only name is also a common word or place ("Georgia", a US state; "Chad",
    a given name) is not resolved here: callers pass words out of running text (a name's
    tokens, a voter list), where a false country is worse than a missed one. The world base
    still names it by its dataset name; ``country_record`` finds it by its exact name."""
    key = text.strip().lower().removeprefix("the ").removesuffix("'s").removesuffix("’s")
    return _alias_to_country.get(key)


def country_by_code(code: str) -> str | None:
    """The canonical name for an ISO 3166 alpha-2 or alpha-3 code (``KE``, ``KEN``; former
    states by their ISO 3166-3 codes: ``SU``, ``SUN``)."""
    return _by_code.get(code.strip().upper())


def country_record(name: str) -> dict[str, Any] | None:
    """The entry (codes, UN status, names, demonyms, capitals) of a country, by any alias."""
    if name in RECORDS:
        return RECORDS[name]
    canon = canonical_country(name)
    return RECORDS.get(canon) if canon else None


def find_countries(text: str) -> list[tuple[int, int, str]]:
    """All country mentions in ``text`` as ``(start, end, canonical name)``.

    Matching is case-sensitive on purpose: "US" is a country, "us" is not.
    """
    out: list[tuple[int, int, str]] = []
    for m in COUNTRY_RE.finditer(text):
        if m.group(1) in NOT_COUNTRIES:
            continue
        canon = canonical_country(m.group(1))
        if canon:
            out.append((m.start(), m.end(), canon))
    return out
