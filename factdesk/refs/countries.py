"""Curated country names, capitals-as-metonyms and demonyms.

pycountry has neither capitals nor demonyms, and news writes "Washington" for the
United States and "Britain" for the United Kingdom, so this small table is ours.
Only unambiguous metonyms are listed: "London" yes, "Georgia" (a US state too) no.
"""

from __future__ import annotations

import re

from factdesk import rxcache

COUNTRIES: dict[str, tuple[str, ...]] = {
    "United States": (
        "United States of America", "the United States", "United States", "U.S.", "US",
        "USA", "U.S.A.", "America", "Washington", "American", "U.S.-", "the US",
    ),
    "United Kingdom": (
        "United Kingdom", "the UK", "UK", "U.K.", "Britain", "Great Britain", "London",
        "British",
    ),
    "Russia": ("Russian Federation", "Russia", "Moscow", "Russian", "Kremlin"),
    "China": ("People's Republic of China", "China", "Beijing", "Chinese"),
    "France": ("France", "Paris", "French"),
    "Albania": ("Albania", "Albanian", "Tirana"),
    "Algeria": ("Algeria", "Algerian", "Algiers"),
    "Brazil": ("Brazil", "Brazilian", "Brasilia", "Brasília"),
    "Ecuador": ("Ecuador", "Ecuadorian", "Quito"),
    "Gabon": ("Gabon", "Gabonese"),
    "Ghana": ("Ghana", "Ghanaian", "Accra"),
    "Guyana": ("Guyana", "Guyanese"),
    "Japan": ("Japan", "Japanese", "Tokyo"),
    "Malta": ("Malta", "Maltese", "Valletta"),
    "Mozambique": ("Mozambique", "Mozambican", "Maputo"),
    "Republic of Korea": ("Republic of Korea", "South Korea", "South Korean", "Seoul"),
    "Sierra Leone": ("Sierra Leone", "Sierra Leonean"),
    "Slovenia": ("Slovenia", "Slovenian", "Ljubljana"),
    "Switzerland": ("Switzerland", "Swiss", "Bern"),
    "United Arab Emirates": (
        "United Arab Emirates", "UAE", "U.A.E.", "the Emirates", "Emirati", "Abu Dhabi",
    ),
    "Israel": ("Israel", "Israeli", "Jerusalem"),
    "State of Palestine": ("State of Palestine", "Palestine", "Palestinian"),
    "Canada": ("Canada", "Canadian", "Ottawa"),
    "Austria": ("Austria", "Austrian", "Vienna"),
    "Argentina": ("Argentina", "Argentine", "Argentinian"),
    "Czechia": ("Czechia", "Czech Republic", "Czech"),
    "Hungary": ("Hungary", "Hungarian", "Budapest"),
    "Micronesia": ("Micronesia", "Federated States of Micronesia"),
    "Nauru": ("Nauru",),
    "Palau": ("Palau",),
    "Papua New Guinea": ("Papua New Guinea",),
    "Iran": ("Iran", "Iranian", "Tehran"),
    "Egypt": ("Egypt", "Egyptian", "Cairo"),
    "Qatar": ("Qatar", "Qatari", "Doha"),
    "Jordan": ("Jordan", "Jordanian", "Amman"),
    "Lebanon": ("Lebanon", "Lebanese", "Beirut"),
    "South Africa": ("South Africa", "South African", "Pretoria"),
    "Germany": ("Germany", "German", "Berlin"),
    "India": ("India", "Indian", "New Delhi"),
    "Australia": ("Australia", "Australian", "Canberra"),
    "Trinidad and Tobago": ("Trinidad and Tobago",),
    "Cameroon": ("Cameroon", "Cameroonian"),
}

_alias_to_country: dict[str, str] = {}
for _canon, _aliases in COUNTRIES.items():
    for _a in _aliases:
        _alias_to_country[_a.lower().removeprefix("the ")] = _canon

_sorted = sorted(
    {a.removeprefix("the ") for al in COUNTRIES.values() for a in al if not a.endswith("-")},
    key=lambda s: (-len(s), s),
)
_PATTERN = "|".join(re.escape(a) for a in _sorted)
COUNTRY_RE = rxcache.compile(rf"(?<![\w.])(?:the\s+)?({_PATTERN})(?![\w])(?:'s|’s)?")


def canonical_country(text: str) -> str | None:
    key = text.strip().lower().removeprefix("the ").removesuffix("'s").removesuffix("’s")
    return _alias_to_country.get(key)


def find_countries(text: str) -> list[tuple[int, int, str]]:
    """All country mentions in ``text`` as ``(start, end, canonical name)``.

    Matching is case-sensitive on purpose: "US" is a country, "us" is not.
    """
    out: list[tuple[int, int, str]] = []
    for m in COUNTRY_RE.finditer(text):
        canon = canonical_country(m.group(1))
        if canon:
            out.append((m.start(), m.end(), canon))
    return out
