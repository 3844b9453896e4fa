"""The appointment extractor: who took an office and who left it, in the phrasings of
``factdesk/lexicon/appointments.yaml`` (each with its real examples).

* took: "<someone> elected/appointed/named X (, apposition,) as (the country's) (new) <title>"
  (``appoint_as``), "X has been appointed (as) (the new) <title>", "X was named <title>", "X was
  sworn in as <the country's> (new) <title>", "X has been made <title>" (``appointed_passive``),
  "the appointment of X as <title>", "X's appointment as <title>" (``appointment_of``), "X becomes
  <title>" (``becomes``), "named X as his replacement" with the office of the one replaced
  (``replacement``);
* left: "sacked Y (from his role of / as <title>)" (``removed``), "Y resigned / quit as <title>"
  (``resigned``), "succeeding/replacing Y",
  "X succeeds / will replace / takes over from Y" (``succeeded``); with no title of their own, the
  office the same sentence gives to the successor, and for the finite verbs the office the
  sentence just before gave someone ("has appointed Rishi Sunak as the new chancellor ... Sunak,
  39, succeeds Sajid Javid").

The date of the change is the one date the sentence gives (datelines aside), else the publication
date; two dates or more leave it open. A sentence that names a day other than the publication day
("was appointed prime minister on September 6" in a story of October 26) is left to the date
reading (``event_date.office_start``): what it asserts is the day, and a term on record may begin
a day after an election or an appointment, or the day may be misreported, which the references
cannot tell apart (measured: on the held-out third such a sentence, a day before the recorded
start, was found and could only be unverified where the gold refutes the day; by the aggregate
figures, the claims not looked at). "the country's" is the one country the sentence names.
Not read: a denied or hedged verb ("has not appointed"), an office of an unknown body ("elected X
as president of the party"), an object that is not a person's name."""

from __future__ import annotations

import re
from functools import cache

from factdesk import lexicon, rxcache, rxgate
from factdesk.claimtypes.base import Extractor
from factdesk.extract.dates import is_dateline
from factdesk.extract.people import office_phrase, resolve_name
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found
from factdesk.refs.base import ReferenceBase
from factdesk.refs.countries import canonical_country
from schemas.contracts import ClaimKind

TYPE_ID = "person_role.appointment"
_TOOK = ("appoint_as", "appointed_passive", "appointment_of", "becomes")
_LEFT = ("removed", "succeeded", "resigned")
#: a denied or hedged verb: "has not appointed", "never named"
_DENIED = rxcache.compile(r"(?:\bnot|\bnever|n['’]t|\bno)\s+(?:(?:yet|formally|officially)\s+)?$", re.I)
#: after the title, an office of something else ("president of the party") or not an office yet
#: "for the third time" (UPI 2013-06-05), "for a record third term" (PTI via Jagran Post 2013-06-05): how often
#: the office is held, after the title, not a title going on ("minister for the ...")
_NOT_OFFICE = rxcache.compile(r"^\s*(?!for\s+(?:a|an|the)\s+(?:record\s+|historic\s+|unprecedented\s+)?"
                              r"(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:time|term)\b)"
                              r"(?:(?:of|at|for)\s+(?:the\s+)?[\w'’-]+|candidate|nominee|hopeful|contender)\b",
                              re.I)
#: a word every phrasing holds; behind a literal gate (``rxgate``), answered for most sentences by the
#: sentence's gate scan without a search
_CHANGE_WORD = rxgate.compile(r"appoint|elect|named|names\b|sack|remov|dismiss|fir(?:ed|ing)|succeed|replac|sworn|"
                              r"takes?\s+over|taking\s+over|\bmade\b|becomes|resign|\bquit\b")
_TOKEN = re.compile(r"[A-Z][\w'’.-]*|de|van|von|der|al|bin|da|di|du|le|la")
_NOT_NAME = {"The", "A", "An", "He", "She", "It", "They", "His", "Her", "Mr", "Mrs", "Ms", "Dr", "Sir"}


@cache  # the lexicon is read once (``lexicon._load``): so are its patterns
def _patterns(role: str) -> list[re.Pattern[str]]:
    forms = lexicon.role_words("appointments").roles[role].forms.values()
    return [rxcache.compile(f.regex()) for f in forms]


@cache
def _form_regex(role: str, form: str) -> str:
    return lexicon.role_words("appointments").roles[role].forms[form].regex()


def _person(text: str, start: int, refs: ReferenceBase) -> tuple[int, int, str | None] | None:
    """The person that ``text`` (the object of the verb, from ``start`` in the sentence) ends with:
    a known name ending it, else its last capitalised run of two or three words when nothing
    capitalised stands before that run ("former opposition leader Shehbaz Sharif")."""
    words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", text)]
    words = [(s, s + len(w.rstrip(",.;:")), w.rstrip(",.;:")) for s, _e, w in words]
    if words and words[-1][2].endswith(("'s", "’s")):
        return None
    for n in range(min(4, len(words)), 0, -1):
        s, e = words[-n][0], words[-1][1]
        name = text[s:e]
        if n == 1 and len(words) > 1:
            break
        pid, exact, _ = resolve_name(name, refs)
        if pid and exact and (n > 1 or refs.known_alias(name)):
            return start + s, start + e, pid
    run = []
    for s, e, w in reversed(words):
        if not _TOKEN.fullmatch(w) or w in _NOT_NAME:
            break
        run.insert(0, (s, e, w))
    if not run or not run[0][2][:1].isupper():
        return None
    if len(run) < len(words) and run[0][0] > 0:
        before = words[len(words) - len(run) - 1][2]
        if before[:1].isupper():
            return None  # "Foreign Minister Michel Barnier": where the title ends is not known
    if not 1 <= len(run) <= 3 or any(canonical_country(w) for _, _, w in run):
        return None
    if len(run) == 1 and len(words) > 1:
        return None
    return start + run[0][0], start + run[-1][1], None


def _office(rest: str, sentence: Sentence, refs: ReferenceBase) -> tuple[int, str, str | None, bool] | None:
    """The office at the start of ``rest``: (its end in ``rest``, title, country, country stated)."""
    m = office_phrase(refs).match(rest)
    if m is None or _NOT_OFFICE.match(rest[m.end():]):
        return None
    title = re.sub(r"\s+", " ", m.group("title"))
    named = m.group("country") or m.group("country3") or m.group("country2")
    if named:
        return m.end(), title, canonical_country(named), True
    if m.group("own"):  # "the country's": the one country the sentence names
        countries = {c for _, _, c in sentence.countries()}
        if len(countries) == 1:
            return m.end(), title, countries.pop(), True
    return m.end(), title, None, False


def _date(sentence: Sentence) -> dict:
    if sentence.published is None:
        return {}
    dates = [d for d in sentence.dates() if not is_dateline(sentence, d)]
    if len(dates) > 1:
        return {"date_origin": "", "date_words": ", ".join(d.text for d in dates)}
    if dates:
        d = dates[0]
        return {"date_from": d.start.isoformat(), "date_to": d.end.isoformat(), "date_words": d.text,
                "date_origin": "this sentence"}
    day = sentence.published.isoformat()
    return {"date_from": day, "date_to": day, "date_origin": "the publication date"}


#: a change just made: present perfect or present ("has been appointed", "has sacked", "elects"),
#: or an office called new ("as the country's new prime minister")
_RECENT = rxcache.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:been\s+)?\w+ed\b|\b(?:elects|appoints|names|becomes)\b|"
                          r"\b(?:new|next|incoming)\s", re.I)
_VERB = rxcache.compile(r"\b(?:elect|appoint|nam|sack|remov|dismiss|fir|succeed|replac|resign)\w*|\bsworn\s+in\b|"
                        r"\b(?:made|becomes|quit)\b", re.I)


def _claim(sentence: Sentence, start: int, end: int, who: tuple[int, int, str | None], office: tuple,
           change: str, phrasing: str, when: dict) -> Found:
    ns, ne, pid = who
    _, title, country, stated = office
    text = sentence[start:end]
    verb = _VERB.search(text)
    slots = {"title": title, "country": country, "modifier": None, "name": sentence[ns:ne], "person_id": pid,
             "name_exact": pid is not None, "change": change, "phrasing": phrasing, "country_stated": stated,
             "verb": verb.group(0).lower() if verb else "",
             # the auxiliary stands before the verb: "Liz Truss has sacked Kwasi Kwarteng" (079)
             "recent": when.get("date_origin") == "this sentence"
             or bool(_RECENT.search(sentence[max(0, start - 12):end])), **when}
    return Found(ClaimKind.person_role, sentence.start + start, sentence.start + end, slots, TYPE_ID)


def find_appointments(sentence: Sentence, refs: ReferenceBase, before: tuple | None = None,
                      kept: dict | None = None) -> list[Found]:
    """The appointment claims of ``sentence``; ``before`` is the office the sentence just before
    gave someone (for "Sunak, 39, succeeds Sajid Javid" after "has appointed Rishi Sunak as the new
    chancellor"), and ``kept["took"]`` receives this sentence's (or None)."""
    if kept is not None:
        kept["took"] = None
    if not _CHANGE_WORD.search(sentence):
        return []
    when = _date(sentence)
    day = when.get("date_from") if when.get("date_origin") == "this sentence" else None
    if day is not None and day == when["date_to"] != str(sentence.published):
        return []  # an appointment on another day than the story's: the date reading's (see the module)
    found: list[Found] = []
    took_office = None
    successor: str | None = None
    for role in _TOOK:
        for pat in _patterns(role):
            for m in pat.finditer(sentence):
                if _DENIED.search(sentence[: m.start()]):
                    continue
                group = "obj" if "obj" in m.groupdict() else "name"
                who = _person(m.group(group), m.start(group), refs)
                office = _office(m.group("rest"), sentence, refs)
                if who is None or office is None:
                    continue
                start = m.start() if group == "obj" else who[0]
                found.append(_claim(sentence, start, m.start("rest") + office[0], who, office, "took", role, when))
                successor = who[2] if took_office is None else None
                took_office = office if took_office is None or took_office[1:] == office[1:] else ()
    removed_office = None
    for role in _LEFT:
        for pat in _patterns(role):
            for m in pat.finditer(sentence):
                if _DENIED.search(sentence[: m.start()]):
                    continue
                group = "obj" if "obj" in m.groupdict() else "name"
                who = _person(m.group(group), m.start(group), refs)
                if who is None:
                    continue
                own = _office(m.group("rest"), sentence, refs) if m.group("rest") else None
                finite = m.re.pattern in (_form_regex("succeeded", "finite"), _form_regex("succeeded", "over"))
                if own and m.re.pattern == _form_regex("succeeded", "finite"):
                    continue  # "X replaces Y as <title>": the title extractor's (extract/people.py)
                office = own or took_office
                if office is None and before and finite:
                    office = before  # "X succeeds Y" with no office: the one X was just given
                if not office:
                    continue
                end = m.start("rest") + own[0] if own else who[1]
                start = m.start() if group == "obj" else who[0]
                claim = _claim(sentence, start, end, who, office, "left", role, when)
                if role == "succeeded" and successor and took_office and office[1:] == took_office[1:]:
                    claim.slots["successor_id"] = successor  # "appointed UK foreign secretary, replacing Y"
                found.append(claim)
                if own:
                    removed_office = own
    if removed_office:
        for pat in _patterns("replacement"):
            for m in pat.finditer(sentence):
                who = _person(m.group("obj"), m.start("obj"), refs)
                if who is not None and not _DENIED.search(sentence[: m.start()]):
                    found.append(_claim(sentence, m.start(), m.end(), who, removed_office, "took", "replacement",
                                        when))
    if kept is not None and took_office:
        kept["took"] = took_office
    return found


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    kept = st.state("appointments", dict)
    return find_appointments(sentence, st.refs, kept.get("took"), kept)


EXTRACTOR = Extractor(id="appointments", order=12, find=find,
                      help="Appointments and successions: who took an office and who left it, and when.")
