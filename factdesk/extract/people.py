"""person_role and name claims: titles next to names, and misspelled known names."""

from __future__ import annotations

import re
from functools import lru_cache

from factdesk.extract.types import Found
from factdesk.refs.base import ReferenceBase
from factdesk.refs.countries import COUNTRIES, canonical_country
from schemas.contracts import ClaimKind

_UP = "A-ZÀ-ÖØ-Þ"
_TOKEN = rf"(?:[{_UP}][\w'’\-]*[\w]|[{_UP}]\.)"
_NOT_NAME = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "June", "July", "August", "September", "October",
    "November", "December", "The", "A", "An", "In", "On", "At", "He", "She", "It", "They",
    "But", "And", "As", "Security", "Council", "General", "Assembly", "United", "Nations",
    "UN", "U.N.", "While", "After", "Before", "When", "This", "That", "His", "Her",
}
#: titles we recognise even when no role in the base uses them (so the claim is
#: found and reported unverified rather than silently skipped)
GENERIC_TITLES = (
    "President", "Vice President", "Prime Minister", "Foreign Minister", "Defence Minister",
    "Defense Minister", "Secretary of State", "Secretary of Defense", "Foreign Secretary",
    "Defense Secretary", "Defence Secretary", "Chancellor", "King", "Queen", "Ambassador",
    "ambassador", "envoy", "Secretary-General", "spokesman", "spokeswoman", "spokesperson",
    "Senator", "Sen.", "Rep.", "Governor", "Gov.", "Minister", "National Security Adviser",
    "Speaker", "Emir", "Crown Prince", "Chief of Staff", "Commissioner-General",
)
_MODS = r"(?P<mod>former|then-|then|ex-|outgoing|incoming|acting|interim|late)"
_POSSESSIVE = re.compile(r"(?:'s|’s)$")


@lru_cache(maxsize=8)
def _patterns(key: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    titles = sorted(set(key) | set(GENERIC_TITLES), key=len, reverse=True)
    title_re = "|".join(re.escape(t) for t in titles)
    country_aliases = sorted(
        {a for al in COUNTRIES.values() for a in al if not a.endswith("-")}, key=len, reverse=True
    )
    country_re = "|".join(re.escape(a) for a in country_aliases)
    name = rf"(?P<name>{_TOKEN}(?:\s+{_TOKEN}){{0,3}})"
    before = re.compile(
        rf"(?<![\w-])(?:{_MODS}\s*)?(?:(?P<country>{country_re})\s+)?(?P<title>{title_re})"
        rf"(?:\s+(?:of|to)\s+(?:the\s+)?(?P<country2>{country_re}))?,?\s+{name}"
    )
    after = re.compile(
        rf"{name},\s+(?:the\s+|a\s+|an\s+)?(?:{_MODS}\s*)?(?:(?P<country>{country_re})(?:'s|’s)?\s+)?"
        rf"(?P<title>{title_re})(?:\s+(?:of|to)\s+(?:the\s+)?(?P<country2>{country_re}))?(?=[\s,.;)]|$)"
    )
    names = re.compile(rf"(?<![\w-]){_TOKEN}(?:\s+{_TOKEN}){{1,3}}")
    return before, after, names


def _trim_name(text: str, start: int, refs: ReferenceBase) -> tuple[int, int] | None:
    """Cut a greedy capitalised run down to the name: known names win, then
    stop at words that are never part of a name."""
    tokens = list(re.finditer(r"\S+", text))
    kept: list[re.Match[str]] = []
    for t in tokens:
        word = _POSSESSIVE.sub("", t.group(0)).rstrip(",.;:")
        if word in _NOT_NAME or canonical_country(word):
            break
        kept.append(t)
        if t.group(0) != word:  # possessive or punctuation ends the name
            break
    if not kept:
        return None
    # prefer the longest prefix that is a known name or alias
    for n in range(len(kept), 0, -1):
        end = kept[n - 1].start() + len(_POSSESSIVE.sub("", kept[n - 1].group(0)).rstrip(",.;:"))
        if refs.known_alias(text[: end]) or (n == 1 and refs.person_by_surname(text[:end])):
            return start, start + end
    end = kept[-1].start() + len(_POSSESSIVE.sub("", kept[-1].group(0)).rstrip(",.;:"))
    if len(kept) > 3:
        end = kept[2].start() + len(kept[2].group(0).rstrip(",.;:"))
    return start, start + end


def _resolve(name: str, refs: ReferenceBase) -> tuple[str | None, bool, float]:
    person = refs.person_by_alias(name)
    if person:
        return person.id, True, 100.0
    if " " not in name.strip():
        person = refs.person_by_surname(name)
        if person:
            return person.id, True, 100.0
        return None, False, 0.0
    near = refs.near_miss(name)
    if near:
        return near.person.id, False, near.score
    return None, False, 0.0


def find_people(sentence: str, offset: int, refs: ReferenceBase) -> list[Found]:
    titles = tuple(sorted({r.title for r in refs.roles.values()} | {
        a for r in refs.roles.values() for a in r.aliases
    }))
    before, after, names = _patterns(titles)
    found: list[Found] = []
    covered: list[tuple[int, int]] = []
    for pat in (before, after):
        for m in pat.finditer(sentence):
            ns, ne = m.span("name")
            trimmed = _trim_name(sentence[ns:ne], ns, refs)
            if trimmed is None:
                continue
            ns, ne = trimmed
            if any(ns < ce and cs < ne for cs, ce in covered):
                continue
            name = sentence[ns:ne]
            title = m.group("title")
            country = m.group("country") or m.group("country2")
            # a capitalised word right before the title that is not a country
            # ("Georgia Secretary of State ...") qualifies the title unknowably
            start = m.start()
            prefix = sentence[:start].rstrip()
            qualifier = re.search(rf"({_TOKEN})$", prefix) if pat is before else None
            if qualifier and not m.group("country") and qualifier.group(1) not in _NOT_NAME:
                if not re.search(r"(?:^|[.;:]\s*)$", prefix[: qualifier.start()]):
                    country = f"?{qualifier.group(1)}"
            pid, exact, score = _resolve(name, refs)
            s = min(m.start(), ns)
            e = max(m.end("title") if m.group("country2") is None else m.end("country2"), ne)
            found.append(
                Found(
                    ClaimKind.person_role,
                    offset + s,
                    offset + e,
                    {
                        "title": title,
                        "country": canonical_country(country) if country and not country.startswith("?") else country,
                        "modifier": (m.group("mod") or "").rstrip("-").lower() or None,
                        "name": name,
                        "person_id": pid,
                        "name_exact": exact,
                    },
                )
            )
            if pid and not exact:
                found.append(_name_claim(name, offset + ns, pid, score))
            covered.append((ns, ne))
    for m in names.finditer(sentence):
        ns, ne = m.span()
        if any(ns < ce and cs < ne for cs, ce in covered):
            continue
        trimmed = _trim_name(m.group(0), ns, refs)
        if trimmed is None:
            continue
        ns, ne = trimmed
        name = sentence[ns:ne]
        if " " not in name or refs.known_alias(name):
            continue
        near = refs.near_miss(name)
        if near:
            found.append(_name_claim(name, offset + ns, near.person.id, near.score))
            covered.append((ns, ne))
    return found


def _name_claim(name: str, start: int, pid: str, score: float) -> Found:
    return Found(
        ClaimKind.name,
        start,
        start + len(name),
        {"written": name, "person_id": pid, "score": round(score, 1)},
    )
