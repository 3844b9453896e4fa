"""How news writes a known person's name otherwise than the references (issue 13).

Three ways a mention is matched to a known person without being a misspelling:

- **a transliteration** (``translit_key``): the same name romanised another way. Real articles:
  "Ukrainian President Zelensky" (realcorpus 066, Babel), "Ukrainian President Volodymyr
  Zelenskiy" (Reuters, reuters.com 2022-09-20 "Zelenskiy says military initiative clearly belongs
  to Ukraine"), "Ukraine President Volodymyr Zelenskyy" (wefornews.com, 26 Feb 2022), the
  Factbook's "Volodymyr ZELENSKYY"; "Vasily ... Nebenzya" (realcorpus 098) for the UN's
  "Vassily Nebenzia" (realcorpus 003, 006).
- **family name first** (``family_first``): East Asian names in their own order. Real articles:
  "former Prime Minister Suga Yoshihide" (realcorpus 089, TRT World), "Japanese Prime Minister
  Kishida Fumio" (japanbullet.com and newshubbz.com, Nov 2022; NHK World 15 Jan 2023 "Japan's Prime
  Minister Kishida Fumio"), where the references hold "Yoshihide Suga", "Fumio Kishida".
- **a middle name or patronymic left in** (``without_middle``): "the Russian Ambassador, Vasily
  Alekseyevich Nebenzya" (realcorpus 098, PILA), "Sergey Viktorovich Lavrov is the head of the
  Ministry of Foreign Affairs" (eng.obozrevatel.com), "Sergey Viktorovich Lavrov ... is a Russian
  diplomat who has been the Foreign Minister of Russia since 2004" (article.wn.com, April 2017).

Each gives an exact known alias after a fixed rewriting, never a fuzzy one: a match here is
the person the references' own spelling would name, so it can never refute what that spelling
would not. A surname alone is matched through the title next to it (``holder_by_surname``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from factdesk.refs.people import fold

if TYPE_CHECKING:
    from factdesk.refs.base import ReferenceBase
    from factdesk.refs.pack import Person, Role

#: word-final y/i spellings of one sound: Zelensky, Zelenskyy, Zelenskiy, Zelenskyj, Zelenski
_FINAL_I = re.compile(r"(?:yy|iy|ij|yj|yi|ii|y|i|j)$")
#: ya/ia, yu/iu, ye/ie inside a word: Nebenzya, Nebenzia
_Y_VOWEL = re.compile(r"(?<=[^aeiou\s])y(?=[aeiou])")
#: a doubled s of Russian names (Vassily, Vasily); other doubled letters are misspellings as
#: often as not ("Philippe Lazzarrini" for Lazzarini, tests/corpus 022), so they stay apart
_DOUBLE = re.compile(r"ss+")
#: Russian patronymics (Alekseyevich, Viktorovich, Vladimirovna, Ilyich)
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna|ich)$")
#: a given name written as an initial ("Joseph R. Biden")
_INITIAL = re.compile(r"^\w\.?$")


def _word_key(word: str) -> str:
    word = _DOUBLE.sub("s", word.replace("w", "v").replace("kh", "h"))
    word = _Y_VOWEL.sub("i", word)
    return _FINAL_I.sub("i", word) if len(word) > 3 else word


def translit_key(name: str) -> str:
    """A key two romanisations of one name share ("Zelenskyy" and "Zelensky", "Vassily
    Nebenzia" and "Vasily Nebenzya"); used only to say two spellings are one name."""
    return " ".join(_word_key(w) for w in fold(name).replace("-", " ").split())


def family_first(name: str) -> str | None:
    """The name in given-name-first order, for a two-word name ("Suga Yoshihide")."""
    words = name.split()
    return f"{words[1]} {words[0]}" if len(words) == 2 else None


def without_middle(name: str) -> str | None:
    """The first and last words of a name with a patronymic or initial between them
    ("Vasily Alekseyevich Nebenzya" -> "Vasily Nebenzya")."""
    words = name.split()
    if len(words) != 3:
        return None
    middle = fold(words[1])
    if not (_PATRONYMIC.search(middle) or _INITIAL.match(words[1])):
        return None
    return f"{words[0]} {words[2]}"


def same_romanisation(refs: ReferenceBase, name: str) -> list[str]:
    """Ids of the known people (curated packs) one of whose spellings is ``name`` romanised
    another way ("Vassily Nebenzya" for "Vasily Nebenzya")."""
    key = fold(name)
    given, _, surname = key.rpartition(" ")
    if not given or not surname:
        return []
    names, ids = refs.people.fuzzy_block(given[0], surname[0])
    want = translit_key(name)
    return list(dict.fromkeys(ids[i] for i, n in enumerate(names) if translit_key(n) == want))


def known_variant(refs: ReferenceBase, name: str) -> tuple[Person, str] | None:
    """The known person ``name`` writes in another romanisation, in another order or with a
    middle name or patronymic, and how (for the rationale); None when it names nobody or
    several."""
    same = refs._one_person(same_romanisation(refs, name))
    if same is not None:
        return same, f"'{name}' is {same.name} romanised another way"
    for how, rewrite in (("family name first", family_first), ("middle name left out", without_middle)):
        other = rewrite(name)
        if other is None:
            continue
        person = refs.person_by_alias(other)
        if person is not None:
            return person, f"'{name}' is {person.name} written with the {how.split()[0]} name" + (
                " first" if how.startswith("family") else " or patronymic left in")
    return None


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _words(name: str) -> list[str]:
    words = translit_key(name).split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words


def _surnames(person: Person) -> frozenset[str]:
    return _name_keys(person.name, tuple(person.aliases))[0]


def _givens(person: Person) -> frozenset[str]:
    return _name_keys(person.name, tuple(person.aliases))[1]


@lru_cache(maxsize=8192)
def _name_keys(name: str, aliases: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """(surname keys, given-name initials) of a known person's spellings: computed once per record's
    names, not for every holder on every surname look-up (issue 17)."""
    names = (name, *aliases)
    return (frozenset(_words(n)[-1] for n in names if _words(n)),
            frozenset(translit_key(n)[0] for n in names if " " in n.strip()))


def given_names_dropped(words: list[str], person: Person) -> bool:
    """Whether ``words`` (a name of two words or more, ``_words``) are one of the person's names with its
    first given names left out: "Nawaz Sharif" of Mohammad Nawaz Sharif (VOA and UPI, 2013-06-05). The
    same person's shorter name, never a misspelling."""
    if len(words) < 2:
        return False
    for n in (person.name, *person.aliases):
        full = _words(n)
        if len(full) > len(words) and full[-len(words):] == words:
            return True
    return False


def holder_dropping_given(refs: ReferenceBase, name: str, roles: list[Role], lo: dt.date,
                          hi: dt.date) -> Person | None:
    """The one person who took one of ``roles`` between ``lo`` and ``hi`` and whose name ``name`` is with
    its first given names left out (``given_names_dropped``); None unless exactly one fits."""
    words = _words(name)
    if len(words) < 2 or not roles or len(roles) > MAX_ROLES:
        return None
    fits = [person.id for role in roles for person, office in refs.people.holders_of(role.id, lo)
            if office.start is not None and lo <= office.start <= hi and given_names_dropped(words, person)]
    return refs._one_person(fits)


#: at most this many offices share a title for the surname match to look through them all
MAX_ROLES = 400
_PAST = {"former", "ex", "then", "late", "was"}


def holder_by_surname(refs: ReferenceBase, name: str, roles: list[Role], on: dt.date | None,
                      modifier: str | None) -> tuple[Person, str] | None:
    """The one holder of an office titled in the phrase whose surname ``name`` writes (in any
    romanisation): "Ukrainian President Zelensky" on 12 October 2022 is Volodymyr Zelenskyy.
    A present title looks at the holders on ``on``; "former"/"then" ones at every recorded
    holder. A given name written must begin as the holder's does. None unless exactly one
    person fits: the title, its country and the date identify the person, not the spelling."""
    if not roles or len(roles) > MAX_ROLES or (on is None and modifier not in _PAST):
        return None
    key = translit_key(name)
    if not key:
        return None
    words = key.split()
    surname, given = words[-1], (words[0][0] if len(words) > 1 else None)
    fits: dict[str, tuple[Person, Role]] = {}
    for role in roles:
        if modifier in _PAST:
            holders = refs.people.holders_of(role.id)
        else:
            # a term the sources attest until before the date and that nobody is recorded to have
            # ended counts: "Prime Minister Ishiba" on 2024-10-15, the World Factbook's snapshot of
            # 3 October 2024 the last word on his term (the office check then judges it, presumed)
            holders = refs.holders(role.id, on, presumed=True)
        for person, _office in holders:
            if surname in _surnames(person) and (given is None or given in _givens(person)
                                                 or given_names_dropped(words, person)):
                fits.setdefault(person.id, (person, role))
    # records of one person in several packs are one person; two records of one pack, or of
    # one name with no office in common, are two people (``ReferenceBase._one_person``)
    person = refs._one_person(list(fits))
    if person is None:
        return None
    role = fits[person.id][1]
    label = role.title + (f" ({role.country})" if role.country else "")
    when = "ever recorded" if modifier in _PAST else f"on {on}"
    return person, (f"'{name}' taken as {person.name}: the only {label} {when} with that surname")
