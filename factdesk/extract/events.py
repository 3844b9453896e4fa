"""event_date claims: a known event and a date phrase attached to it.

Two sources of events: the reference base's events (by name and alias), and the
start of a known person's term in office ("Rubio was sworn in on Tuesday",
"Guterres, who has been in office since 2017").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache
from hashlib import sha256

from factdesk import lexicon, rxcache, rxgate
from factdesk.extract.dates import DateRange, find_dates, is_dateline
from factdesk.extract.sentences import alnum_words, memo_on
from factdesk.extract.types import Found, rx
from factdesk.refs.base import ReferenceBase, fold
from factdesk.rxtrie import literal_alternation
from schemas.contracts import ClaimKind

#: a gap between date and event mention that reads as one phrase
_TIGHT_GAP = rxcache.compile(
    r"^\s*(?:(?:unopposed|unanimously|formally|officially|narrowly|overwhelmingly|by\s+acclamation)\s+)?"
    r"(?:(?:late|early)\s+)?(?:on|of|in|from|,)?\s*(?:the\s+)?$",
    re.I,
)
_CLAUSE_BREAK = rxcache.compile(r"[;:]|,\s|\b(?:said|says|told|recalled|after|before|since|when|while)\b", re.I)
#: an alias followed by one of these names something else ("the truce resolution", "truce talks")
_COMPOUND_AFTER = rxcache.compile(
    r"^[\s-]*(?:resolution|resolutions|talks|deal|proposal|proposals|negotiations|vote|votes|plan|"
    r"agreement|draft|text|envoy|anniversary|extension|mediators?|terms)\b",
    re.I,
)
#: the start of a parenthesis or a clause set off inside an alias's match
_ASIDE = rxcache.compile(r",|\s[-–—]")
#: a negation just before the alias: "had not accepted", "never", "refused to"
_NEGATED = rxcache.compile(r"\b(?:not|never|n[’']t|refused\s+to|declined\s+to|without)\s+(?:\w+\s+)?$", re.I)
#: a possessive or agent before the alias: "Iran's attack on Israel"
_POSSESSOR = rxcache.compile(r"(?P<who>[A-Z][\w.-]*)(?:'s|’s|')\s*$")
_YEAR_IN = rxcache.compile(r"\b(?:19|20)\d\d\b")
#: an anniversary or a span of time counted from the event, just before its alias: a date beside it is the
#: day of the anniversary, not of the event ("The second anniversary of Russia's invasion of Ukraine has been
#: marked ... on Saturday", PA via Shropshire Star 2024-02-24; "as it marks two years since Russia's full-scale
#: invasion", TVC News / BBC 2024-02-24; "on the first anniversary of the Hamas attack")
_SINCE_BEFORE = rxcache.compile(
    r"(?:\banniversar(?:y|ies)\s+of|\b(?:years?|months?)\s+(?:since|after|into|of|on\s+from))"
    r"\s+(?:(?:the|a)\s+)?(?:start\s+of\s+(?:the\s+)?)?$", re.I)


class _EventMatcher:
    """The events' aliases as one alternation, run only over the aliases a sentence can
    match: every match of an alias's pattern contains the alias's words (``_words``), so
    a sentence is searched with the aliases whose words it all contains, in the same
    order, and matches exactly as the whole alternation would. Most sentences mention
    no event and cost one pass over a set of words."""

    def __init__(self, keys: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        alts = [(a, eid) for eid, aliases in keys for a in aliases]
        alts.sort(key=lambda x: len(x[0]), reverse=True)
        self.ids = [eid for _, eid in alts]
        # the aliases' patterns, built once per set of aliases (and version of this code), kept with the patterns
        texts = [a for a, _ in alts]
        self._parts = rxcache.derived(
            "events.aliases", _builder_version() + "\n" + "\0".join(texts),
            lambda: "\0".join(f"(?P<e{i}>{_alias_re(a)})" for i, a in enumerate(texts))).split("\0")
        self._words = [_words(a) for a, _ in alts]
        # each alias filed under its longest word (the rarest, not "a" or "in"): a sentence looks
        # only at the aliases filed under one of its words
        self._always = [i for i, need in enumerate(self._words) if not need]
        self._by_word: dict[str, list[int]] = {}
        for i, need in enumerate(self._words):
            if need:
                self._by_word.setdefault(min(need, key=lambda w: (-len(w), w)), []).append(i)
        self._index = frozenset(self._by_word)

    def finditer(self, sentence: str) -> Iterator[re.Match[str]]:
        found = alnum_words(sentence)
        hits = self._index.intersection(found)  # in C: most sentences share no word with any alias
        if not hits and not self._always:
            return iter(())
        words = set(found)
        chosen = tuple(sorted([*self._always, *(i for w in hits for i in self._by_word[w]
                                               if self._words[i] <= words)]))
        if not chosen:
            return iter(())
        return self._pattern(chosen).finditer(sentence)

    @lru_cache(maxsize=512)  # noqa: B019 - one matcher per reference base, kept with it
    def _pattern(self, chosen: tuple[int, ...]) -> re.Pattern[str]:
        return rx(rf"(?<![\w-])(?:{'|'.join(self._parts[i] for i in chosen)})(?![\w-])", re.I)


#: words ``_alias_re`` rewrites into alternatives ("Oct."/"October", "laid out"): not required
_REWRITTEN = {"october", "oct", "outlined"}


def _words(alias: str) -> frozenset[str]:
    """The ASCII words of an alias that its pattern keeps literally, each between
    non-alphanumerics: every match contains them all (lower-cased, as re.I compares)."""
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z0-9]+", alias) if w.lower() not in _REWRITTEN)


def _alias_re(alias: str) -> str:
    """An alias as a pattern: flexible spacing, "Oct. 7"/"October 7"/"Oct 7", and an
    appositive or a date between a subject and its verb ("Haniyeh, Hamas's leader, was killed")."""
    out = re.escape(alias)
    out = out.replace(r"\ ", r"\s+").replace(" ", r"\s+")
    out = re.sub(r"(?i)october", r"Oct(?:ober|\\.|)", out)
    out = re.sub(r"(?i)Oct\\\.", r"Oct(?:ober|\\.|)", out)
    out = out.replace("'", "['’]")
    # "the Gaza ceasefire took effect" -> also "the Gaza ceasefire that took effect", a parenthesis between dashes
    # or a relative clause between commas ("A seven-day pause - that saw Hamas release some hostages ... - ended on
    # Dec 1", Reuters via The Straits Times 2023-12-06; "The temporary truce between Israel and Hamas, which lasted
    # seven days and saw ... released, has ended", NationalWorld 2023-12-01), and the parties named
    # between ("The week-long truce between Israel and Hamas expired Friday", cedarnews 2023-12-01; "the week-long
    # truce between Israel and Hamas came to an end on Friday, December 1, 2023", ticker.tv 2023-12-01)
    out = re.sub(r"\\s\+(took|went|came|began|begins|started|ended|expired|collapsed)\b",
                 r"(?:\\s+between\\s+[A-Z][\\w-]*\\s+and\\s+[A-Z][\\w-]*)?"
                 r"(?:\\s+[-–—]{1,2}\\s+[^-–—.;:]{1,120}?\\s+[-–—]{1,2}|,\\s+(?:which|that)\\s+[^,;.:]{1,120}?,)?"
                 r"(?:\\s+(?:that|which))?(?:\\s+(?:has|had))?\\s+\1", out,
                 count=1)
    # "X was killed" -> also "X, the ..., was killed"; and "X, who was killed" for events that
    # happen once to a person (a relative clause about a repeatable event may be an earlier one)
    once = bool(re.search(r"\b(?:killed|assassinated|slain)\b", alias))
    who = r"|,\\s+who" if once else ""
    out = re.sub(r"\\s\+(was|were)\\s\+", rf"(?:,[^,;]{{1,80}},{who})?\\s+\1\\s+", out, count=1)
    # "dismissed Yoav Gallant" -> also "dismissed Defence Minister Yoav Gallant": up to three
    # capitalised title words between a lower-case verb and a name
    title_words = r"\1\\s+(?-i:(?:[A-Z][\\w.-]*\\s+){0,3}?)"
    out = re.sub(r"^((?:[a-z]\w*\\s\+)*[a-z]\w*)\\s\+(?=[A-Z])", title_words, out, count=1)
    # "Biden outlined" -> also "Biden on Thursday outlined"; "outlined" also "laid out", "set out"
    when = r"\1(?:\\s+(?:on|last|early|late)\\s+[\\w.]+(?:\\s+\\d{1,2})?)?\\s+"
    out = re.sub(r"^([A-Z][\w'’.-]*)\\s\+(?=[a-z])", when, out, count=1)
    out = out.replace("outlined", r"(?:outlined|laid\s+out|set\s+out)")
    # words may be split by a closing quote: 'the "new ceasefire proposal" that Biden announced'
    return out.replace(r"\s+", r"[\"”]?\s+")


def find_events(
    sentence: str, offset: int, refs: ReferenceBase, pub: dt.date, antecedent: str | None = None,
    named: dict[str, set[str]] | None = None,
) -> list[Found]:
    """``antecedent``: the one known person the previous sentence named, the subject of a
    sentence that opens with "He", "She" or "The Swiss national"; ``named``: the people named in
    full earlier in the document, by surname, the subject of a sentence opening with one of them."""
    dates = [d for d in find_dates(sentence, pub) if not is_dateline(sentence, d)]
    if not dates:
        return []
    found = _known_events(sentence, offset, refs, pub, dates)
    taken = [(f.start - offset, f.end - offset) for f in found]
    found.extend(_office_starts(sentence, offset, refs, dates, taken=taken, antecedent=antecedent,
                                subject=_surname_subject(sentence, named or {})))
    return found


#: a sentence whose subject is a person named before: "He ...", "The Swiss national ..."
ANAPHOR_SUBJECT = rxcache.compile(
    r"^\W*(?:He|She|The\s+(?:[A-Z][\w-]+\s+)?(?:"
    + lexicon.alternation(lexicon.form("anaphors", "person", "nouns").words) + r"|former\s+\w+))\b"
)


def event_mentions(sentence: str, refs: ReferenceBase) -> list[tuple[re.Match[str], str]]:
    """Mentions of the reference base's events: (match, event id)."""
    return list(memo_on(sentence, ("events", id(refs)), lambda: _event_mentions(sentence, refs)))


def _event_mentions(sentence: str, refs: ReferenceBase) -> list[tuple[re.Match[str], str]]:
    if not refs.events:
        return []
    matcher = refs.memo("events.matcher", lambda: _EventMatcher(
        tuple(sorted((e.id, (e.name, *e.aliases)) for e in refs.events.values()))))
    out = []
    for m in matcher.finditer(sentence):
        idx = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
        eid = matcher.ids[idx]
        event = refs.events[eid]
        if _COMPOUND_AFTER.match(sentence[m.end():]):
            continue
        if _NEGATED.search(sentence, max(0, m.start() - 30), m.start()):
            continue  # "Macron did not accept Attal's resignation on July 8": no event took place
        who = _POSSESSOR.search(sentence[: m.start()])
        if who and fold(who.group("who")) not in fold(" ".join((event.name, *event.aliases))):
            continue  # someone else's attack, truce, ...
        out.append((m, eid))
    return out


def _known_events(sentence: str, offset: int, refs: ReferenceBase, pub: dt.date, dates: list[DateRange]) -> list[Found]:
    found = []
    for m, eid in event_mentions(sentence, refs):
        best = None
        if _PARTICIPLE_ALIAS.match(m.group(0)):
            # "Invoking a rarely used article of the UN Charter, Secretary-General Antonio Guterres on Wednesday
            # called ...": the opening phrase's day is the day of its subject's clause, that subject named in the
            # event's record; nothing else dates a participle alias
            found.extend(_participle_opener(sentence, offset, m, eid, refs, dates))
            continue
        # "the second anniversary of Russia's invasion ... on Saturday": the date is the anniversary's, unless it
        # is the span itself ("marked one year since the Hamas-led attack", read as the anniversary's day)
        since = _SINCE_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
        for d in dates:
            ds, de = d.span
            if since is not None and not (ds < since.end() and since.start() < de):
                continue
            if ds < m.end() and m.start() < de:  # date inside the alias ("October 7 attack")
                if _ASIDE.search(sentence, m.start(), ds):
                    continue  # a date in a parenthesis or clause between noun and verb ("The truce, which began
                    # on Nov 24, ended on Dec 1") is another event's
                gap = ""
            elif de <= m.start():
                gap = sentence[de : m.start()]
            else:
                gap = sentence[m.end() : ds]
            if (len(gap) > 40 or _CLAUSE_BREAK.search(gap)) and not (
                    de <= m.start() and _fronted(sentence, d, gap, m.group(0))):
                continue
            if best is None or len(gap) < len(best[1]):
                best = (d, gap)
        if best is None:
            continue
        d, gap = best
        s, e = min(m.start(), d.span[0]), max(m.end(), d.span[1])
        found.append(
            Found(
                ClaimKind.event_date,
                offset + s,
                offset + e,
                {
                    "event_id": eid,
                    "date_text": d.text,
                    "date_start": d.start.isoformat(),
                    "date_end": d.end.isoformat(),
                    "vague": d.vague,
                    "tight": bool(_TIGHT_GAP.match(gap)),
                    "year_given": _year_given(d),
                },
            )
        )
    for f in found:
        f.type = "event_date.event"
    return found


#: a date that opens the sentence: "On September 30, Putin announced ...", "- On Wednesday, ...", "In mid-July,
#: Macron accepted ..." (Sputnik 2024-09-05)
_OPENS = rxcache.compile(r"^[\W_]*(?:On\s+|In\s+)?$", re.I)
#: between the opening date's comma and a clause alias: the subject's titles and first names
#: ("On September 30, Russian President Vladimir Putin announced the annexation ...", myc.news 2022-09-30)
_FRONT_GAP = rxcache.compile(r"^,\s+(?-i:(?:[A-Z][\w.-]*\s+){0,4})$", re.I)
#: an alias that is a clause, a name and its verb ("Putin announced ...", "Guterres invoked Article 99",
#: "Sinwar was killed"), not a noun phrase ("Hamas attack"): a fronted date is that clause's day
_CLAUSE_ALIAS = rxcache.compile(r"^[A-Z][\w'’.-]*\s+(?:was\s+|were\s+)?[a-z]+ed\b")
#: an alias that opens with its verb in the past tense ("accepted Attal's resignation")
_VERB_ALIAS = rxcache.compile(r"^[a-z]+ed\b")


def _fronted(sentence: str, d: DateRange, gap: str, alias: str) -> bool:
    """A date opening the sentence, its comma, then the event's clause: "On September 30, Putin
    announced the annexation of four ..." (babel.ua 2022-10-13; myc.news 2022-09-30)."""
    if not (_OPENS.match(sentence[: d.span[0]]) and _FRONT_GAP.match(gap)):
        return False
    # the alias is the clause ("Putin announced ..."), or its verb after the subject the gap ends with ("In
    # mid-July, Macron accepted Prime Minister Gabriel Attal's resignation", Sputnik 2024-09-05)
    return bool(_CLAUSE_ALIAS.match(alias) or (_VERB_ALIAS.match(alias) and gap.strip(", \t\n")))


#: an event alias that is an opening participle phrase ("Invoking a rarely used article of the UN Charter")
_PARTICIPLE_ALIAS = rxcache.compile(r"^(?:invoking|resorting\s+to)\b", re.I)
#: what may precede the opening phrase: nothing, or a dateline's dash ("NEW YORK, Dec 6 (KUNA) -- Invoking ...")
_BEFORE_OPENER = rxcache.compile(r"(?:^|--|—|–)[\W_]*$")
#: from the phrase's alias to the date: the rest of the phrase, its comma, then the subject's titles and names
_OPENER_TO_DATE = rxcache.compile(r"^[^,;:]{0,40}?,\s+(?P<who>(?:[A-Z][\w.'’-]*\s+){1,5})$")


def _participle_opener(sentence: str, offset: int, m: re.Match[str], eid: str, refs: ReferenceBase,
                       dates: list[DateRange]) -> list[Found]:
    """The day of a sentence that opens with a participle phrase naming the event, its subject one the
    event's record names: "Invoking a rarely used article of the UN Charter, Secretary-General Antonio
    Guterres on Wednesday called on the Security Council" (KUNA via MENAFN 2023-12-06; UN News' "Resorting to
    a rarely used article of the UN Charter, Secretary-General Antonio Guterres on Wednesday called ...",
    via The Times Union 2023-12-06)."""
    if not _BEFORE_OPENER.search(sentence[: m.start()]):
        return []
    event = refs.events[eid]
    names = set(fold(" ".join((event.name, *event.aliases))).split())
    for d in dates:
        ds, de = d.span
        if ds < m.end():
            continue
        g = _OPENER_TO_DATE.match(sentence[m.end():ds])
        if g is None:
            continue
        who = [w for w in g.group("who").split() if w[:1].isupper()]
        if not who or re.sub(r"['’]s$", "", fold(who[-1])) not in names:
            return []
        f = Found(ClaimKind.event_date, offset + m.start(), offset + de, {
            "event_id": eid, "date_text": d.text, "date_start": d.start.isoformat(),
            "date_end": d.end.isoformat(), "vague": d.vague, "tight": True, "year_given": _year_given(d)})
        f.type = "event_date.event"
        return [f]
    return []


def _year_given(d: DateRange) -> bool:
    """Whether the writer stated the year (else the grammar inferred it)."""
    return bool(_YEAR_IN.search(d.text)) or d.vague


# ------------------------------------------------------------ terms in office
#: verb phrases that date the start of someone's term; the value says how the date is read
_START_VERBS = [
    (r"(?:was|were|been|being|is|had\s+been|has\s+been|and)\s+sworn\s+in", "sworn"),
    (r"took\s+(?:the|his|her|their)\s+oath\s+of\s+office", "sworn"),
    (r"presented\s+(?:his|her|their)\s+credentials", "credentials"),
    (r"took\s+office", "took_office"),
    (r"assumed\s+office", "took_office"),
    (r"took\s+over\s+as", "took_over"),
    (r"became", "became"),
    (r"(?:was|had\s+been|has\s+been)\s+(?:appointed|named)", "became"),
    (r"returned\s+to\s+power", "took_office"),
    (r"(?:has|have|had)\s+(?:held|occupied)\s+(?:the|that|this)\s+(?:post|job|office|position|role)\s+since", "since"),
    (r"(?:has|have|had)\s+(?:led|headed|run)\s+[\w.' -]{2,40}?\s+since", "since"),
    (r"(?:has|have|had)\s+been\s+(?:in\s+office|in\s+the\s+(?:post|job|role))\s+since", "since"),
    (r"(?:has|have|had)\s+been\s+(?:an?\s+|the\s+)?[\w.' -]{2,40}?\s+since", "since"),
    (r"(?:has|have|had)\s+served\s+as\s+(?:an?\s+|the\s+)?[\w.' -]{2,40}?\s+since", "since"),
    # the end of the current term: "whose term ends in 2026", "whose mandate runs until the end of 2026"
    (r"(?:term|mandate)\s+(?:ends|expires|will\s+end|is\s+due\s+to\s+end|runs\s+(?:until|to|through))", "term_end"),
]
_START_RE = rxgate.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<v{i}>{p})" for i, (p, _) in enumerate(_START_VERBS)) + r")(?![\w-])", re.I)
#: a new term of someone already in office, or a term we cannot tell apart
_RETERM = rxcache.compile(r"\b(?:second|third|fourth|fifth|sixth|new|another|fresh)\s+term\b"
                          r"|\bre-?(?:elected|appointed|sworn)\b|\bagain\b|\bacting\b|\binterim\b", re.I)
_GENERIC_OFFICE = rxcache.compile(
    r"\b(?:leader|chief|head|president|minister|secretary|ambassador|envoy|commissioner|premier)\b", re.I
)
_NEG = rxcache.compile(r"\b(?:not|never|yet\s+to|no\s+longer)\b|n't\b", re.I)


@lru_cache(maxsize=1)
def _builder_version() -> str:
    """A digest of the code that builds the gazetteers' pattern texts (this file and ``rxtrie``): a text
    kept in the pattern cache by other code is never used."""
    from pathlib import Path

    from factdesk import rxtrie

    return sha256(Path(__file__).read_bytes() + Path(rxtrie.__file__).read_bytes()).hexdigest()


@lru_cache(maxsize=8)
def _name_re(names: tuple[str, ...]) -> re.Pattern[str]:
    r"""``(?<![\w-])(?:<names>)(?![\w-])``, the same matches, written as one branch per first character
    with the look-behind after that character: ``re`` then skips, in C, the positions whose character
    starts no name (a pattern opening with a look-behind is tried at every position; issue 17). Its text
    is built once per set of names (a trie per first letter) and kept with the patterns."""
    return rxcache.compile(rxcache.derived("events.names", _builder_version() + "\n" + "\n".join(names),
                                           lambda: _name_source(names)))


def _name_source(names: tuple[str, ...]) -> str:
    by_first: dict[str, list[str]] = {}
    for n in names:
        by_first.setdefault(n[0], []).append(n[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        words = [r for r in rests if r]
        # the rests as a trie: the longest-first alternation's matches, one test per position
        rest = f"(?:{literal_alternation(words)})" + ("?" if len(words) < len(rests) else "") if words else ""
        branches.append(rf"{re.escape(first)}(?<![\w-].){rest}")
    return rf"(?:{'|'.join(branches)})(?![\w-])"


def people_in(sentence: str, refs: ReferenceBase) -> list[tuple[int, int, str]]:
    """Known people named in ``sentence`` (exact names and unique surnames): (start, end, id)."""
    return list(memo_on(sentence, ("people", id(refs)), lambda: _people_in(sentence, refs)))


def _people_in(sentence: str, refs: ReferenceBase) -> list[tuple[int, int, str]]:
    def gazetteer() -> tuple[re.Pattern[str], dict[str, str]]:
        names = set()
        for p in refs.people.values():
            names.update((p.name, *p.aliases))
            surname = p.name.split()[-1]
            if refs.person_by_surname(surname) is p:
                names.add(surname)
        # the person each name means, looked up once per base: the pattern matches only these names
        ids = {}
        for n in names:
            p = refs.person_by_alias(n) or refs.person_by_surname(n)
            if p is not None:
                ids[n] = p.id
        return _name_re(tuple(sorted(names))), ids

    pattern, ids = refs.memo("events.people", gazetteer)
    return [(m.start(), m.end(), ids[m.group()]) for m in pattern.finditer(sentence) if m.group() in ids]


def _role_words(role) -> list[str]:  # noqa: ANN001
    return [fold(t) for t in (role.title, *role.aliases) if len(t) > 3]


#: a sentence opening with a surname alone: "Kishida has served as premier since October 2021" (TRT
#: World 2024-10-01), "Mr Kishida took office in 2021" (LBC / PA 2024-10-01)
_SURNAME_SUBJECT = rxcache.compile(r"^\W*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<sur>[A-Z][\w'’-]+)\s+(?=[a-z])")


def _surname_subject(sentence: str, named: dict[str, set[str]]) -> tuple[int, int, str] | None:
    """The person a sentence opening with a surname means: the one known person of that surname
    named in full earlier in the document, if exactly one."""
    m = _SURNAME_SUBJECT.match(sentence)
    pids = named.get(m.group("sur"), set()) if m else set()
    if m is None or len(pids) != 1:
        return None
    return (m.start(), m.end("sur"), next(iter(pids)))


def _office_starts(
    sentence: str, offset: int, refs: ReferenceBase, dates: list[DateRange], taken: list[tuple[int, int]],
    antecedent: str | None = None, subject: tuple[int, int, str] | None = None,
) -> list[Found]:
    people = people_in(sentence, refs)
    if subject is not None and not any(s < subject[1] and subject[0] < e for s, e, _ in people):
        people = sorted([*people, subject])
    anaphor = ANAPHOR_SUBJECT.match(sentence) if antecedent else None
    if not people and anaphor is None:
        return []
    found = []
    for m in _START_RE.finditer(sentence):
        kind = _START_VERBS[int(next(k for k, v in m.groupdict().items() if v is not None)[1:])][1]
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        # the subject: the nearest known person before the verb, in the same clause or
        # the antecedent of "who"
        before = [p for p in people if p[1] <= m.start()]
        anaphoric = not before and anaphor is not None
        if anaphoric:
            before = [(anaphor.start(), anaphor.end(), antecedent)]  # "She presented her credentials ..."
        if not before:
            continue
        ps, pe, pid = before[-1]
        raw_between = between = sentence[pe : m.start()]
        # "Thomas-Greenfield, a 35-year veteran of the Foreign Service, was confirmed ... and sworn in"
        between = re.sub(r"^,[^,;()]{1,60},", "", between)
        if len(between) > 70 or re.search(r"[;:]|\b(?:and|but|said|says|after|before|when|while)\b", between):
            continue
        if re.search(r"\b(?:him|her|them)\s*$", between) or re.search(r"['’]s\s+(?!government\b)\w", between):
            continue  # someone else (an object, "Herzog's chief of staff")
        if _NEG.search(between):
            continue
        if kind != "term_end" and _RETERM.search(sentence[max(0, ps - 30) : m.end() + 60]):
            continue
        # the date: after the verb, attached to it
        date = None
        for d in dates:
            ds, de = d.span
            if ds < m.end() and m.start() < de:
                if kind == "since" and ds > m.start() and re.match(r"since\b", d.text, re.I):
                    date = (d, "")  # "has been in office since 2017": the date carries the "since"
                    break
                continue
            if ds >= m.end():
                gap = sentence[m.end() : ds]
                if len(gap) <= 50 and not re.search(
                        r"[;:]|,\s|\b(?:and|but|said|after|before|when|while|who|which)\b", gap):
                    date = (d, gap)
                    break
        if date is None:
            continue
        d, gap = date
        if kind == "since" and gap.strip():
            continue
        if kind != "since" and re.match(r"\s*since\b", d.text, re.I):
            kind = "since"
        # which office: role words near the verb, else the person's only dated office
        person = refs.people[pid]
        window = fold(sentence[m.start() : d.span[1] if d.span[1] > m.end() else m.end() + 60])
        offices = [o for o in person.offices if o.start is not None]
        named = [o for o in offices if o.role in refs.roles and any(
            rx(rf"(?<!\w){re.escape(w)}(?!\w)").search(window) for w in _role_words(refs.roles[o.role]))]
        roles = {o.role for o in named} or {o.role for o in offices}
        if kind == "became" and not named and not _GENERIC_OFFICE.search(window):
            continue  # "became" what? only with an office named
        if len(roles) != 1:
            continue
        found.append(
            Found(
                ClaimKind.event_date,
                offset + (ps if not raw_between.strip() and not anaphoric else _clause_start(sentence, m.start())),
                offset + d.span[1],
                {
                    "person_id": pid,
                    "role_id": roles.pop(),
                    "start_verb": kind,
                    "date_text": d.text,
                    "date_start": d.start.isoformat(),
                    "date_end": d.end.isoformat(),
                    "vague": d.vague,
                    "tight": len(gap.strip()) == 0 or bool(re.fullmatch(r"\s*(?:on|in|at)?\s*", gap)),
                    "year_given": _year_given(d),
                    **({"person_words": sentence[ps:pe].strip()} if subject is not None and ps == subject[0] else {}),
                },
            )
        )
    for f in found:
        f.type = "event_date.office_start"
    return found


def _clause_start(sentence: str, verb_start: int) -> int:
    """Start a span at "who"/"whose" when the verb is in a relative clause."""
    m = re.search(r"\b(?:who|whose)\s+(?:[\w.' -]{0,40}\s)?$", sentence[:verb_start])
    return m.start() if m else verb_start
