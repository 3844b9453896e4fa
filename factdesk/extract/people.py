"""person_role and name claims: titles next to names, and misspelled known names."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from functools import lru_cache
from typing import Any

from factdesk import lexicon, rxcache, rxgate
from factdesk.extract.sentences import alnum_words
from factdesk.extract.types import Found, rx
from factdesk.refs.base import NameMatch, ReferenceBase, fold
from factdesk.refs.countries import COUNTRIES, canonical_country
from factdesk.refs.names import holder_by_surname, known_variant
from factdesk.refs.titles import is_local, news_forms, offices_titled
from factdesk.rxtrie import WS, Atom, lit, literal_alternation, ordered_alternation, poss
from schemas.contracts import ClaimKind

_UP = "A-ZÀ-ÖØ-Þ"
_TOKEN = rf"(?:[{_UP}][\w'’\-]*[\w]|[{_UP}]\.)"
#: ``_TOKEN`` where a space or a comma (or the end of the pattern) follows it: its capital outside, so a
#: pattern that starts with it lets ``re`` skip in C the characters that start no token, and the rest
#: atomic. The same matches: a shorter token would end before a letter, an apostrophe or a hyphen,
#: which no space or comma follows, and the two alternatives never both match (a letter or a dot)
_TOKEN_REST = r"(?>[\w'’\-]*[\w]|\.)"
_TOKEN_A = rf"[{_UP}]{_TOKEN_REST}"
_NOT_NAME = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "June", "July", "August", "September", "October",
    "November", "December", "The", "A", "An", "In", "On", "At", "He", "She", "It", "They",
    "But", "And", "As", "Security", "Council", "General", "Assembly", "United", "Nations",
    "UN", "U.N.", "While", "After", "Before", "When", "This", "That", "His", "Her",
    # the Prime Minister's office, not a person: "Jeremy Hunt has been appointed as the new Chancellor of the
    # Exchequer, Downing Street has announced" (078, LBC), "Elsewhere, Downing Street has confirmed that Robert
    # Jenrick will remain secretary of state" (socialhousing.co.uk, 2020-02-13)
    "Downing",
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
    "Mayor", "Home Secretary", "Interior Minister", "Finance Minister", "Energy Minister",
    "Health Minister", "Justice Minister", "Opposition leader", "opposition leader",
    "Senate Majority Leader", "Senate Minority Leader", "House Speaker", "Majority Leader",
    "Minority Leader", "Attorney General", "Treasury Secretary", "Commerce Secretary",
    "Defense Minister", "Deputy Prime Minister", "Supreme Leader", "Crown Prince",
    "Permanent Representative", "Permanent Observer",
)
#: "Permanent Representative of Russia to the UN, Vassily Nebenzia" (003), "the Russian Ambassador
#: to of the United Nations, Vassily Nebenzia" (006), "India's Permanent Representative to the UN TS
#: Tirumurti" (060): the post at the UN after the title (and its country)
#: also after a name: "Mohamed Abushahab, the UAE’s permanent representative to the UN, stressed" (The National,
#: 2024-09-22, https://www.thenationalnews.com/news/us/2024/09/22/uae-sees-solving-global-crises-as-priority-for-unga-2024/),
#: "Lana Nusseibeh, the Permanent Representative of the UAE to the UN, was President of the UN Security Council
#: in June" (The National, 2023-09-19, https://thenational-the-national-prod.web.arc-cdn.net/world/2023/09/19/lana-nusseibeh-uae-unga)
_AT_UN = r"(?P<un>\s+(?:to|at)\s+(?:of\s+)?the\s+(?:UN|U\.N\.|United\s+Nations)(?![\w.]))"
_MODS = r"(?P<mod>former|then-|then|ex-|outgoing|incoming|acting|interim|late|newly[- ]appointed|new)"
_MODS2 = _MODS.replace("?P<mod>", "?P<mod2>")
#: a rank in front of a title makes it another office ("deputy ambassador")
_RANK = r"(?P<rank>deputy|vice|special|assistant|associate)"
_RANK2 = _RANK.replace("?P<rank>", "?P<rank2>")
_POSS = r"(?:'s|’s)"
#: a lower-case particle inside a name: "the French ambassador, Nicolas de Rivière, spoke" (tests/realcorpus,
#: dev), "France’s top UN envoy, Nicolas de Riviere, on Tuesday criticised" (The National, 2024-03-05,
#: https://www.thenationalnews.com/world/us-news/2024/03/05/french-envoy-blasts-un-for-not-denouncing-october-7-hamas-attacks/)
_PARTICLE = r"de"
_WHO = r"(?:who\s+(?P<who>is|was|has\s+been|had\s+been|became|serves\s+as|served\s+as)\s+)"
_POSSESSIVE = rxcache.compile(r"(?:'s|’s)$")
#: the sentence reports the person's death: the title is the one held at death
_DEATH = rxgate.compile(
    r"^(?:\s*,[^,.;]{0,80})?\s*,?\s*(?:(?:was|were|has\s+been|had\s+been)\s+(?:killed|assassinated|shot\s+dead|slain|executed)|"
    r"died|was\s+found\s+dead)\b"
)
#: "A replaces B as T": B held T until now; "A will become T": A is about to take T
_SUCCESSION = r"(?:replaces|replaced|succeeds|succeeded|will\s+replace|will\s+succeed|is\s+replacing|is\s+succeeding)"
#: "TITLE, NAME" is a list, not an apposition, when the name goes on to take its own role: "with
#: Suella Braverman as home secretary, Kwasi Kwarteng as chancellor" (St Kitts Nevis Observer
#: 2022-09-07), "Kemi Badenoch as trade secretary, Penny Mordaunt as leader of the Commons" (CDE News
#: 2022-09-07), "Kwasi Kwarteng is made chancellor, James Cleverly becomes foreign secretary" (same),
#: "Kwasi Kwarteng has been named chancellor, James Cleverly is foreign secretary" (Panama Times 2022-09-06);
#: or by a title of its own right after it: "David Lammy was officially named Foreign Secretary, Yvette Cooper Home
#: Secretary, John Healey Defence Secretary" (Express & Star / PA 2024-07-06), "being named Chancellor of the Duchy
#: of Lancaster, John Healey Defence Secretary, Shabana Mahmood Justice Secretary" (YorkMix 2024-07-05)
_LISTED = rxcache.compile(
    r"^\s+(?:as(?!\s+(?:he|she|they|it|well|part|a\s+result|of|soon|long)\b)|becomes|became|"
    r"(?:[A-Z][a-z]+\s+){1,3}(?:Secretary|Minister)(?=\s*(?:,|and\b|\.|;|$))|"
    r"(?:is|was|has\s+been)\s+(?:made|named|appointed)|"
    r"is\s+(?:the\s+)?(?:new\s+)?(?:[a-z]+\s+){0,2}(?:secretary|minister|chancellor))\b"
)
_FUTURE = (r"(?:will\s+become|is\s+to\s+become|is\s+set\s+to\s+become|is\s+due\s+to\s+become"
           r"|will\s+take\s+over\s+as|will\s+be\s+sworn\s+in\s+as)")


def title_steps(title: str) -> list[Atom]:
    """The steps of one title's pattern: its characters, each space ``\\s+``; a capitalised
    first word may take a possessive ("Hamas's political leader" is the same title as "Hamas
    political leader"), and then the spaces after it are written as they are."""
    first, sep, rest = title.partition(" ")
    if sep and first[:1].isupper() and not first.endswith("."):
        return [*map(lit, first), poss(_POSS), *map(lit, rest)]
    return [WS if ch == " " else lit(ch) for ch in title]


#: the characters other than an ASCII letter's two cases that ``re.IGNORECASE`` matches to one
#: (Turkish dotted/dotless i, long s, Kelvin sign; ``rxgate.CASE_TWINS``)
_CASE_TWINS = "\u0130\u0131\u017f\u212a"


@lru_cache(maxsize=256)
def case_chars(ch: str) -> tuple[str, ...]:
    """Exactly the characters ``(?i:ch)`` matches: ``("S", "s", "\\u017f")``."""
    same = {ch, ch.lower(), ch.upper(), *_CASE_TWINS}
    return tuple(sorted(x for x in same if re.fullmatch(f"(?i:{re.escape(ch)})", x)))


@lru_cache(maxsize=256)
def case_class(ch: str) -> str:
    """A case-sensitive class of exactly the characters ``(?i:ch)`` matches: ``(?-i:[Ss\\u017f])``. As the
    first step of an alternative, ``re`` tests it before entering the alternative (it does not for
    a case-folded literal), so a word start that begins no alternative costs one test per branch."""
    return "(?-i:[" + "".join(re.escape(x) for x in case_chars(ch)) + "])"


def dispatched(alternatives: list[list[Atom]]) -> str:
    """``ordered_alternation(alternatives)`` (for use inside ``(?i:...)``) with the first letter written
    once per character it matches, each a case-sensitive literal: ``(?-i:S)ecretary|(?-i:s)ecretary|
    (?-i:\\u017f)ecretary``. ``re`` skips a branch that starts with a literal with one comparison (a class
    costs a call), so a word start that begins no title costs ~50 comparisons, not ~22 class tests
    (issue 17). The same matches: the first letters differ, so at most one branch can match at a
    position, and behind each the rest of its alternatives is the trie ``ordered_alternation`` builds
    (its own first level groups them by that letter just so). Alternatives that do not all start with
    a letter and go on are built as before (``_fast_first``)."""
    groups: dict[str, list[list[Atom]]] = {}
    for alt in alternatives:
        first = alt[0]
        if first.kind != "lit" or not first.key[1].isalpha() or len(alt) < 2:
            return ordered_alternation([_fast_first(list(a)) for a in alternatives])
        groups.setdefault(first.key[1], []).append(list(alt[1:]))
    branches = []
    for letter, rests in groups.items():
        rest = ordered_alternation(rests)
        branches += [f"(?-i:{re.escape(c)}){rest}" for c in case_chars(letter)]
    return "(?:" + "|".join(branches) + ")"


def _fast_first(steps: list[Atom]) -> list[Atom]:
    """``steps`` with a first letter written as its ``case_class`` (same key: the trie is the same)."""
    first = steps[0]
    if first.kind == "lit" and first.key[1].isalpha():
        return [Atom(first.key, case_class(first.key[1]), first.kind), *steps[1:]]
    return steps


def _words_of(pattern: str) -> list[str]:
    """The alternatives of a group of words (``_MODS``, ``_RANK``)."""
    return pattern.removeprefix("(?P<mod>").removeprefix("(?P<rank>").removesuffix(")").split("|")


def _flat_titles(titles: list[str]) -> str:
    """The titles as one plain alternation: the reference the trie is tested against (``trie=False``)."""
    parts = []
    for t in titles:
        first, sep, rest = t.partition(" ")
        if sep and first[:1].isupper() and not first.endswith("."):
            parts.append(rf"{re.escape(first)}{_POSS}?\s+{re.escape(rest)}")
        else:
            parts.append(re.escape(t).replace(r"\ ", r"\s+"))
    return "|".join(parts)


@lru_cache(maxsize=1)
def _builder_version() -> str:
    """A digest of the code that turns titles into the trie (this file and ``rxtrie``): a cached
    trie built by other code is never used."""
    from pathlib import Path

    from factdesk import rxtrie

    return hashlib.sha256(Path(__file__).read_bytes() + Path(rxtrie.__file__).read_bytes()).hexdigest()


def _all_titles(key: tuple[str, ...]) -> list[str]:
    """The titles the patterns look for: the references' (``key``) and ``GENERIC_TITLES``, longest first."""
    return sorted(set(key) | set(GENERIC_TITLES), key=lambda s: (-len(s), s))


def _title_and_country_res(key: tuple[str, ...], trie: bool) -> tuple[str, str]:
    titles = _all_titles(key)
    # a trie: one branch tried per character, so a sentence costs the same however many
    # titles the references hold (a flat alternation tries every title at every word)
    if trie:  # built once per reference base (and version of the code that builds it), kept with its patterns
        body = rxcache.derived("people.titles", _builder_version() + "\n" + "\n".join(titles),
                               lambda: dispatched([title_steps(t) for t in titles]))
    else:
        body = _flat_titles(titles)
    country_aliases = sorted(
        {a for al in COUNTRIES.values() for a in al if not a.endswith("-")}, key=lambda s: (-len(s), s)
    )
    # a trie: one test per position, same matches
    return "(?i:" + body + ")", literal_alternation(country_aliases)


@lru_cache(maxsize=8)
def _office_phrase(key: tuple[str, ...]) -> re.Pattern[str]:
    title_re, country_re = _title_and_country_res(key, True)
    return rxcache.compile(
        rf"^(?:(?:the|its|his|her|their)\s+)?(?:(?P<own>country|nation)['’]s\s+|(?P<country>{country_re}){_POSS}?\s+)?"
        rf"(?:(?:new|next)\s+)?(?:(?P<country3>{country_re})\s+)?(?P<title>{title_re})"
        rf"(?:\s+(?:of|to)\s+(?:the\s+)?(?P<country2>{country_re})(?![\w]))?(?=[\s,.;)]|$)"
    )


def office_phrase(refs: ReferenceBase) -> re.Pattern[str]:
    """An office as an appointment names it, at the start of the text: "the country's new prime
    minister" (``own``), "Japan's Finance minister", "the UK's new foreign secretary", "the new Greek
    prime minister", "Chancellor of the Exchequer"."""
    return refs.memo("people.office_phrase", lambda: _office_phrase(tuple(sorted(_titles(refs)))))


def name_in(text: str, start: int, refs: ReferenceBase) -> tuple[int, int] | None:
    """The person's name in a capitalised run (``_trim_name``)."""
    return _trim_name(text, start, refs)


def resolve_name(name: str, refs: ReferenceBase) -> tuple[str | None, bool, float]:
    """The known person ``name`` is: (id, exact, score) (``_resolve``)."""
    return _resolve(name, refs)


@lru_cache(maxsize=8)
def _patterns(key: tuple[str, ...], trie: bool = True) -> tuple[re.Pattern[str], ...]:
    return tuple(rxcache.compile(p) for p in _pattern_sources(key, trie))


def _pattern_sources(key: tuple[str, ...], trie: bool = True) -> tuple[str, ...]:
    """The texts of ``_patterns``: before, after, names, succession, future, ordinal, office_title."""
    title_re, country_re = _title_and_country_res(key, trie)
    mods = f"(?i:{_MODS})"
    mods2 = f"(?i:{_MODS2})"
    rank = f"(?i:{_RANK})"
    rank2 = f"(?i:{_RANK2})"
    name = rf"(?P<name>{_TOKEN_A}(?:\s+(?:{_PARTICLE}\s+)?{_TOKEN_A}){{0,3}})"
    of_country = rf"(?:\s+(?:of|to)\s+(?:the\s+)?(?P<country2>{country_re})(?![\w]))?"
    # the six optional words before the title each cost a repeat at every word start; one lookahead
    # says whether any of them can start here (a modifier, a rank or a country), and when none can the
    # title is tried at once. Same matches: when the lookahead fails no optional word can match, and
    # when it holds the optional words are tried in the same order as without it. The modifiers and
    # ranks are looked for by how they begin ("newly" for "newly appointed"), as a ``dispatched`` trie
    words = sorted({re.match(r"[\w-]+", w).group(0) for w in (*_words_of(_MODS), *_words_of(_RANK))})
    lead = rf"(?=(?i:{dispatched([[*map(lit, w)] for w in words])})|{country_re})"
    before = (
        rf"(?<![\w-])(?:{lead}(?:{mods}\s*)?(?:(?P<country>{country_re}){_POSS}?\s+)?(?:{mods2}\s+)?(?:{rank}\s+)?"
        rf"(?:(?P<country3>{country_re})\s+)?(?:{rank2}\s+)?)?(?P<title>{title_re}){of_country}{_AT_UN}?,?\s+{name}"
    )
    after = (
        rf"{name},\s+{_WHO}?(?:the\s+|a\s+|an\s+)?(?:{mods}\s*)?(?:{rank}\s+)?(?:(?P<country>{country_re}){_POSS}?\s+)?"
        rf"(?:{rank2}\s+)?(?P<title>{title_re}){of_country}{_AT_UN}?(?=[\s,.;)]|$)"
    )
    # ``(?<![\w-]){_TOKEN}(?:\s+{_TOKEN}){1,3}``, its capital first and the look-behind after it
    names = rf"[{_UP}](?<![\w-].){_TOKEN_REST}(?:\s+{_TOKEN_A}){{1,3}}"
    tail = rf"\s+(?:the\s+)?(?:(?P<country>{country_re}){_POSS}?\s+)?(?P<title>{title_re}){of_country}(?=[\s,.;)]|$)"
    succession = rf"(?<![\w-]){_TOKEN}(?:\s+{_TOKEN}){{0,3}}\s+{_SUCCESSION}\s+{name}\s+as{tail}"
    future = rf"(?<![\w-]){name}\s+{_FUTURE}{tail}"
    ordinal = (
        rf"(?<![\w-])(?:the\s+|(?P<country>{country_re}){_POSS}\s+)?(?P<num>\d{{1,3}})(?:st|nd|rd|th)\s+"
        rf"(?:(?P<office>(?:person|man|woman)\s+to\s+(?:hold|occupy|serve\s+in)\s+(?:the|that)\s+(?:office|post|job))|"
        rf"(?:(?P<country3>{country_re})\s+)?(?P<title>{title_re}){of_country})(?=[\s,.;)]|$)"
    )
    office_title = rf"(?:(?P<country>{country_re}){_POSS}?\s+)?(?P<title>{title_re})\s+$"
    return before, after, names, succession, future, ordinal, office_title


#: the sentence says the person has left the office its title names
_DEPARTED = rxgate.compile(
    r"^[^;.]{0,80}?\b(?:(?:has|had)\s+(?:left|stepped\s+down|resigned|departed)|"
    # "Chris Philp, chief secretary to the Treasury, has also been removed" (079), "Chancellor Kwasi Kwarteng
    # has been sacked" (076): put out of the office, which the title names up to now
    r"(?:(?:has|had)\s+(?:also\s+)?been|was|were)\s+(?:removed|sacked|fired|dismissed|ousted|pushed\s+out)|"
    r"(?:left|stepped\s+down\s+from|resigned\s+from)\s+(?:his|her|their|the)\s+(?:post|job|office|position))\b",
    re.I,
)
#: a verb of removal right before the title (a possessive and one adjective between): the title is the one the
#: person held until then: "The prime minister also sacked Treasury chief secretary Chris Philp" (tests/realcorpus
#: dev 077, The Independent live, 2022-10-14), "Indian-origin Prime Minister Rishi Sunak sacked his controversial
#: Home Secretary Suella Braverman" (The Quint, 2023-11-13, https://www.thequint.com/amp/story/opinion/rishi-sunak-
#: sacks-suella-braverman-right-wing-uk-politics-cabinet-reshuffle)
_REMOVED_BEFORE = rxcache.compile(
    r"(?<![\w-])(?:sacked|sacks|fired|fires|dismissed|dismisses|ousted|ousts)(?:\s+(?:his|her|their|its))?"
    r"(?:\s+[a-z]+)?$"
)
_YEAR = rxgate.compile(r"(?<![\w-])(?P<since>(?:since|from|until|through)\s+(?:\w+\s+)?)?"
                        r"(?P<y>(?:19|20)\d\d)(?![\w-])")


def _past_year(sentence: str) -> int | None:
    """The latest year the sentence is set in, when it names years (and not
    "since 2017"): a title in "In 2021, Secretary X ..." is judged as of then."""
    years = [int(m.group("y")) for m in _YEAR.finditer(sentence) if not m.group("since")]
    return max(years) if years else None


#: titles of offices no person in a national/UN reference pack is likely to hold
_LOCAL_TITLES = rxcache.compile(
    r"\b(?:mayor|gov|governor|sen|senator|rep|representative|congress\w*|council\w*|judge|justice|"
    r"coach|manager|striker|midfielder|chief executive|ceo|chairman|chairwoman|professor|bishop)\b",
    re.I,
)


def _fits_near_miss(refs: ReferenceBase, pid: str, title: str, country: str | None) -> bool:
    """A near-miss name next to a title is the known person only if the title
    could be one of theirs: an office they held, or one the references lack."""
    person = refs.people[pid]
    country = country if country and not country.startswith("?") else None
    if offices_titled(refs, person, title, country):  # as written or shorter ("Mayor" for "Mayor of Kranj")
        return True
    roles = refs.roles_titled(title, country)
    named = refs.roles_titled(title, canonical_country(country) or country) if country else roles
    if any(o.role in {r.id for r in named} for o in person.offices):
        # an office of theirs the title names by another of its names: "Russian Permanent Representative to the
        # UN Vasily Nebenzya" (Interfax 2023-11-16), "Russia's permanent representative to the United Nations,
        # Wassily Nebenzia" (Xinhua via 5rmi.com 2024-02-20) of the UN ambassador's office
        return True
    return not roles and not _LOCAL_TITLES.search(title)


def _word_end(t: re.Match[str]) -> int:
    return t.start() + len(_bare(t.group(0)))


_RUNS = re.compile(r"\S+")
_POSSESSIVES = ("'s", "’s")


def _bare(token: str) -> str:
    """``_POSSESSIVE.sub("", token).rstrip(",.;:")`` (a token holds no newline, so ``$`` is its end)."""
    return (token[:-2] if token.endswith(_POSSESSIVES) else token).rstrip(",.;:")


#: "Ambassador" heading a name after a title and a comma is an honorific, not part of the name: "Statement by the
#: Permanent Representative of Brazil to the United Nations, Ambassador Sérgio França Danese, on the situation in
#: the Middle East" (Brazil's UN mission, 2023-10-18, https://gov.br/mre/pt-br/delbrasonu/the-permanent-mission-
#: of-brazil-to-the-un/statements/2023/october-2023/9442), "Algeria’s Permanent Representative to the UN,
#: Ambassador Amar Bendjama, emphasized" (Al-Thawra News, January 2025, https://en.althawranews.net/2025/01/un-
#: security-council-to-hold-emergency-session-on-israeli-attacks-on-gaza-hospitals)
_HONORIFIC = rxcache.compile(rf"Ambassador\s+(?=[{_UP}])")


def _trim_name(text: str, start: int, refs: ReferenceBase) -> tuple[int, int] | None:
    """Cut a greedy capitalised run down to the name: known names win, then
    stop at words that are never part of a name."""
    memo = refs.name_memo("people.trimmed")
    try:
        end = memo[text]
    except KeyError:
        end = memo[text] = _trimmed(text, 0, refs)
    return None if end is None else (start + end[0], start + end[1])


def _trimmed(text: str, start: int, refs: ReferenceBase) -> tuple[int, int] | None:
    lead = _HONORIFIC.match(text)
    if lead:
        return _trimmed(text[lead.end():], start + lead.end(), refs)
    tokens = [(t.start(), t.group(0)) for t in _RUNS.finditer(text)]
    words = [_bare(w) for _, w in tokens]
    ends = [i + len(w) for (i, _), w in zip(tokens, words, strict=True)]
    # a known full name wins even when it holds a country word ("Israel Katz")
    for n in range(min(len(tokens), 4), 1, -1):
        if refs.known_alias(text[: ends[n - 1]]) and all(
            tokens[i][1] == words[i] for i in range(n - 1)
        ):
            return start, start + ends[n - 1]
    kept = 0
    for (_, token), word in zip(tokens, words, strict=True):
        if word in _NOT_NAME or canonical_country(word):
            break
        kept += 1
        if token != word and not (len(word) == 1 and word.isupper() and token == word + "."
                                  and 1 < kept < len(tokens)):
            # possessive or punctuation ends the name; a middle initial does not: "Vladimir V. Putin"
            # (press.un.org SC/15046, 30 Sep 2022), "Antony J. Blinken" (State Department, 21 Mar 2024)
            break
    if not kept:
        return None
    # prefer the longest prefix that is a known name or alias
    for n in range(kept, 0, -1):
        end = ends[n - 1]
        if refs.known_alias(text[: end]) or (n == 1 and refs.person_by_surname(text[:end])):
            return start, start + end
    end = ends[kept - 1]
    if kept > 3:
        end = tokens[2][0] + len(tokens[2][1].rstrip(",.;:"))
    return start, start + end


def _misspelt(name: str, refs: ReferenceBase) -> NameMatch | None:
    """The known person a full name that is no known spelling or variant misspells, if one."""
    memo = refs.name_memo("people.misspelt")
    try:
        return memo[name]
    except KeyError:
        near = memo[name] = (None if " " not in name or refs.known_alias(name) or known_variant(refs, name)
                             else refs.near_miss(name))
        return near


def _resolve(name: str, refs: ReferenceBase) -> tuple[str | None, bool, float]:
    memo = refs.name_memo("people.resolved")
    try:
        return memo[name]
    except KeyError:
        found = memo[name] = _resolved(name, refs)
        return found


def _resolved(name: str, refs: ReferenceBase) -> tuple[str | None, bool, float]:
    person = refs.person_by_alias(name)
    if person:
        return person.id, True, 100.0
    if len(name.split()) < 2:  # str.split: any whitespace, &nbsp; included
        person = refs.person_by_surname(name)
        if person:
            return person.id, True, 100.0
        return None, False, 0.0
    near = refs.near_miss(name)
    if near:
        return near.person.id, False, near.score
    return None, False, 0.0


def _resolve_titled(name: str, refs: ReferenceBase, title: str, country: str | None, on: dt.date | None,
                    modifier: str | None) -> tuple[str | None, bool, float, str]:
    """``_resolve`` for a name next to a title, and how a name that is not a known spelling was
    matched (``refs.names``): another order, a patronymic left in, another romanisation, or a
    surname that only one holder of the title has (on the date, or ever for "former")."""
    pid, exact, score = _resolve(name, refs)
    if pid and exact:
        return pid, exact, score, ""
    if country and not country.startswith("?"):
        # one name, several records ("Charles III", King in each of his realms): the one record of it
        # that holds an office of this title in this country ("UK King Charles III", UrduPoint 2022-10-25)
        role_ids = {r.id for r in refs.roles_titled(title, country)}
        holding = [i for i in dict.fromkeys(refs.people.by_alias(fold(name)))
                   if any(o.role in role_ids for o in refs.people[i].offices)]
        if len(holding) == 1:
            return holding[0], True, 100.0, ""
    variant = known_variant(refs, name)
    if variant is not None:
        return variant[0].id, True, 100.0, variant[1]
    if pid is None and not (country and country.startswith("?")):
        # a name close to a known spelling stays a possible misspelling ("Secretary of State
        # Anthony Blinken", tests/corpus 011): the title only places a name that is nobody's
        roles = refs.roles_titled(title, country)
        held = holder_by_surname(refs, name, roles, on, modifier)
        if held is not None:
            return held[0].id, True, 100.0, held[1]
    return pid, exact, score, ""


def _titles(refs: ReferenceBase) -> set[str]:
    """Every title and alias of the known offices, and the forms news writes them in
    ("Transport Minister" for "Minister of Transport")."""
    labels = {t for r in refs.roles.values() for t in (r.title, *r.aliases)}
    return labels | {f for t in labels for f in news_forms(t)}


#: places a sentence may name before a title and a comma (``factdesk/lexicon/places.yaml``)
_PLACES = frozenset(lexicon.words("places"))
_SPACE_RUN = re.compile(r"\s+")
_UN_NAMED = re.compile(r"\b(?:UN|U\.N\.|United Nations)\b")
_QUALIFIER = rx(rf"({_TOKEN})$")
_CLAUSE_START = re.compile(r"(?:^|[.;:]\s*)$")
#: a union of states that holds a seat at the UN as a country does, written before a title like a country:
#: "The European Union's ambassador to the UN Olof Skoog said" (tests/realcorpus dev 051, AFP via UrduPoint,
#: 2022-03-02), "Olof Skoog, a Swede who has been the European Union’s ambassador to the UN since 2019" (PassBlue,
#: 2021-01-12, https://www.passblue.com/2021/01/12/why-the-eu-is-hopeful-about-the-un-in-2021-an-interview-with-
#: ambassador-olof-skoog/)
_BODIES = {"European Union": "European Union"}
_BODY_BEFORE = rx(r"(?<![\w-])(European\s+Union)(?:'s|’s)?$")
_BODY_AFTER = rx(rf"\s+(?:of|at|for)\s+(?:the\s+)?({_TOKEN}(?:\s+{_TOKEN})*)")
_UNSET = object()
_ALNUM_RUN = re.compile(r"[a-z0-9]+")


class TitleWords:
    """Whether a sentence can hold one of the titles at all: a gate in front of the patterns that
    need one (``before``, ``after``, succession, future), which otherwise try the title trie at
    every word (issue 17; most sentences name no title).

    A title matches case-insensitively with its spaces as ``\\s+``, so every run of ASCII letters and
    digits of the lower-cased title is a whole run of the lower-cased sentence where it matches
    (runs are cut at every other character, alike on both sides; a run of the title's end is followed
    by a space or punctuation in every pattern). A sentence whose runs lack one run of each title
    holds no title. Two exceptions: a title's first run may follow a modifier with no space between
    ("formerPresident", ``(?:{mods}\\s*)``), so such a run counts as the title's run too; and a
    sentence with a character ``re.IGNORECASE`` matches to an ASCII letter while ``str.lower`` does
    not (``rxgate.CASE_TWINS``) is always let through. Each title is filed under its run that the
    fewest titles share ("prime" of "Prime Minister", not "minister"), so a sentence looks only at
    the few titles filed under one of its runs."""

    def __init__(self, titles: list[str]) -> None:
        self.open = False  # a title with no run at all: every sentence may hold it
        self._by_run: dict[str, list[frozenset[str]]] = {}
        firsts = set()
        needs = []
        for t in titles:
            low = t.lower()
            runs = frozenset(_ALNUM_RUN.findall(low))
            if not runs:
                self.open = True
                continue
            needs.append(runs)
            first = _ALNUM_RUN.match(low)
            if first:
                firsts.add(first.group(0))
        shared = Counter(r for runs in needs for r in runs)
        for runs in needs:
            self._by_run.setdefault(min(runs, key=lambda r: (shared[r], -len(r), r)), []).append(runs)
        self._index = frozenset(self._by_run)
        # the modifiers that end with a letter, by their last run ("appointed" of "newly appointed")
        glue = {_ALNUM_RUN.findall(w.lower())[-1] for w in _words_of(_MODS) if w[-1].isalnum()}
        self._glued: dict[str, set[str]] = {}
        for m in glue:
            for f in firsts:
                self._glued.setdefault(m + f, set()).add(f)
        self._glued_keys = frozenset(self._glued)

    def may_hold(self, sentence: str) -> bool:
        if self.open or (not sentence.isascii() and any(c in sentence for c in rxgate.CASE_TWINS)):
            return True
        runs = set(alnum_words(sentence))
        for glued in self._glued_keys.intersection(runs):
            runs |= self._glued[glued]
        return any(need <= runs for r in self._index.intersection(runs) for need in self._by_run[r])


def find_people(sentence: str, offset: int, refs: ReferenceBase) -> list[Found]:
    before, after, names, succession, future, ordinal, office_title = refs.memo(
        # each compiled when a sentence first opens its gate (``rxgate.LazyGated``): a check seldom tries all of them
        "people.patterns", lambda: tuple(rxgate.compile(p) for p in _pattern_sources(tuple(sorted(_titles(refs))))))
    titled = refs.memo("people.title_words", lambda: TitleWords(_all_titles(tuple(sorted(_titles(refs))))))
    found: list[Found] = []
    covered: list[tuple[int, int]] = []
    past: Any = _UNSET  # the sentence's year (``_past_year``), once a claim needs it
    for pat in (before, after, succession, future) if titled.may_hold(sentence) else ():
        for m in pat.finditer(sentence):
            ns, ne = m.span("name")
            trimmed = _trim_name(sentence[ns:ne], ns, refs)
            if trimmed is None:
                continue
            ns, ne = trimmed
            if any(ns < ce and cs < ne for cs, ce in covered):
                continue
            if pat is before and "," in sentence[m.end("title"):ns] and _LISTED.match(sentence[ne:]):
                continue  # "A as T1, B as T2": T1 is A's, not B's
            name = sentence[ns:ne]
            if name in _PLACES and not refs.known_alias(name):
                # a place is no person's name: "during a visit to Tel Aviv, US Secretary of State Antony Blinken
                # accused ..." (National Herald / DW 2024-03-23) is no claim that 'Tel Aviv' is Secretary of State
                continue
            groups = m.groupdict()
            title = _SPACE_RUN.sub(" ", m.group("title"))
            ranks = [groups[k] for k in ("rank", "rank2") if groups.get(k)]
            if groups.get("un") and not _UN_NAMED.search(title):
                title += " to the United Nations"
            if ranks:
                title = " ".join(r.lower() for r in ranks) + " " + title
            country = groups.get("country") or groups.get("country3") or groups.get("country2")
            town = groups.get("country")
            if town and town == country and is_local(title) and canonical_country(town) != town:
                # "London Mayor", "Ljubljana Mayor": the word before a local office is its town
                title, country = f"{town} {title}", None
            # a capitalised word right before the title that is not a country
            # ("Georgia Secretary of State ...") qualifies the title unknowably
            start = m.start()
            prefix = sentence[:start].rstrip()
            qualifier = _QUALIFIER.search(prefix) if pat is before else None
            body = _BODY_BEFORE.search(prefix) if qualifier and not country else None
            if body:
                start = body.start()  # the claim holds the body it names
                country, qualifier = _BODIES[_SPACE_RUN.sub(" ", body.group(1))], None
            if qualifier and not country and qualifier.group(1) not in _NOT_NAME:
                if not _CLAUSE_START.search(prefix[: qualifier.start()]):
                    country = f"?{qualifier.group(1)}"
            # "the president of Harvard": an unknown body after the title
            title_end = m.end("country2") if groups.get("country2") else m.end("title")
            if pat is after and not groups.get("country2"):
                tail = _BODY_AFTER.match(sentence[title_end:])
                if tail and not canonical_country(tail.group(1)):
                    country = f"?{tail.group(1)}"
            mod = (groups.get("mod") or groups.get("mod2") or "").rstrip("-").lower() or None
            if mod and mod.startswith("newly"):
                mod = "new"
            if mod == "new":
                mod = None  # "new Foreign Secretary X": holds it now
            who = _SPACE_RUN.sub(" ", groups.get("who") or "")
            if pat is before and not mod and _REMOVED_BEFORE.search(prefix):
                mod = "was"  # "sacked Treasury chief secretary Chris Philp": held the title up to the sacking
            if who in ("was", "had been", "served as", "became") or pat is succession:
                mod = mod or "was"  # "A replaces B as T": B held T before
            if pat is future:
                mod = "incoming"
            slot_country = country
            if country and not country.startswith("?"):
                slot_country = canonical_country(country) or _BODIES.get(country)
            pid, exact, score, how = _resolve_titled(name, refs, title, slot_country,
                                                     getattr(sentence, "published", None), mod)
            if pid and not exact and not _fits_near_miss(refs, pid, title, country):
                pid = None  # "Mayor Mark Carey" is someone else, not a misspelled Mark Carney
            s = min(start, ns)
            e = max(m.end() if pat is after else title_end, ne)
            slots = {
                "title": title,
                "country": slot_country,
                "modifier": mod,
                "name": name,
                "person_id": pid,
                "name_exact": exact,
            }
            if how:
                slots["matched"] = how
            if _DEATH.search(sentence[max(e, ne):]):
                slots["death"] = True
            if not mod and _DEPARTED.search(sentence[max(e, ne):]):
                slots["modifier"] = "was"  # "X, ambassador since 2021, has left her post": a past title
            if past is _UNSET:
                past = _past_year(sentence)
            if past:
                slots["year"] = past
            found.append(Found(ClaimKind.person_role, offset + s, offset + e, slots, "person_role.office"))
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
        near = _misspelt(name, refs)
        if near:
            found.append(_name_claim(name, offset + ns, near.person.id, near.score))
            covered.append((ns, ne))
    found.extend(_find_ordinals(sentence, offset, refs, ordinal, office_title))
    return found


_RUN = rf"(?<![\w-])(?P<run>{_TOKEN}(?:\s+{_TOKEN}){{0,5}})"
_SWORN = r"sworn\s+in(?:\s+on\s+[A-Z]\w*\.?(?:\s+\d{1,2})?(?:,\s+\d{4})?)?\s+as"
#: the ordinal phrase tied to a name: apposition ("Blinken, the 71st ..."), the name as
#: subject ("Katz becomes ...", "Rubio was sworn in on Tuesday as ..."), or a relative clause
_ORDINAL_ANCHORS = (
    rxcache.compile(rf"{_RUN},\s+(?:who\s+(?:is|was|became|has\s+been|had\s+been|serves\s+as|served\s+as)\s+)?$"),
    rxcache.compile(rf"{_RUN},\s+who\s+(?:was|has\s+been|had\s+been)\s+(?:[^,.;]{{0,60}}?\s+and\s+)?{_SWORN}\s+$"),
    rxcache.compile(rf"{_RUN}\s+(?:is|was|became|becomes|has\s+become|had\s+become|will\s+become)\s+$"),
    rxcache.compile(rf"{_RUN}\s+(?:is|was|has\s+been|had\s+been|will\s+be)\s+{_SWORN}\s+$"),
)


#: what every match of the ``ordinal`` pattern holds, found in C from its digit
_ORDINAL_NUMBER = re.compile(r"\d(?:st|nd|rd|th)\s")


def _anchored_person(left: str, refs: ReferenceBase) -> tuple[str, int] | None:
    """The known person the text just before an ordinal phrase names (exact
    names only), and where the name starts."""
    for anchor in _ORDINAL_ANCHORS:
        m = anchor.search(left)
        if not m:
            continue
        tokens = list(_RUNS.finditer(m.group("run")))
        for i in range(len(tokens)):  # the longest known suffix of the capitalised run
            name = m.group("run")[tokens[i].start():]
            pid, exact, _ = _resolve(name, refs)
            if pid and exact:
                return pid, m.start("run") + tokens[i].start()
        return None
    return None


def _find_ordinals(sentence: str, offset: int, refs: ReferenceBase, ordinal: re.Pattern[str],
                   office_title: re.Pattern[str]) -> list[Found]:
    """"Blinken, the 71st secretary of state": an office ordinal tied to a known person."""
    found = []
    if not _ORDINAL_NUMBER.search(sentence):
        return found  # no "71st " for ``ordinal`` to match
    for m in ordinal.finditer(sentence):
        tied = _anchored_person(sentence[: m.start()], refs)
        if tied is None:
            continue
        pid, ns = tied
        country = m.group("country") or m.group("country3") or m.group("country2")
        if m.group("office"):
            # "Vice President JD Vance, the 50th person to hold the office": the title before the name
            t = office_title.search(sentence[:ns])
            if t is None:
                continue
            title, country = t.group("title"), country or t.group("country")
        else:
            title = m.group("title")
        slots = {
            "title": _SPACE_RUN.sub(" ", title),
            "country": canonical_country(country) if country else None,
            "modifier": None,
            "name": refs.people[pid].name,
            "person_id": pid,
            "name_exact": True,
            "ordinal": int(m.group("num")),
        }
        found.append(Found(ClaimKind.person_role, offset + m.start(), offset + m.end(), slots, "person_role.ordinal"))
    return found


def _name_claim(name: str, start: int, pid: str, score: float) -> Found:
    return Found(
        ClaimKind.name,
        start,
        start + len(name),
        {"written": name, "person_id": pid, "score": round(score, 1)},
        "name.spelling",
    )
