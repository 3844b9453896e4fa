"""person_role.appointment: did the person take (or leave) the office about the day the sentence
gives?

* supported: a term of the person's in that office begins (for "took") or ends (for "left") on the
  day the sentence names, within the span it names, or, with no date, just before the story (see
  ``_window``); a term that began a day before or after the named day is not enough (an election
  on D and a term from D + 1 may be the same event, or the day may be wrong), and never refutes;
* refuted only for "took", when the sentence itself identifies the office (a title of one office),
  its country and the day, the references hold the handover then (exact terms, the one before
  ending within a week of the next one's start) and someone else took the office: "elected Fumio
  Kishida as new prime minister" on 1 October 2024; the correction names who took office;
* unverified otherwise: a person the references lack, a day the sentence leaves open, a term that
  began at another time (an election weeks before the swearing-in, a background sentence)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factdesk.claimtypes.base import Fact, Identification, Origin
from factdesk.claimtypes.person_role.checks import (
    CHAIN_GAP,
    _evidence,
    _office_text,
    _records,
    _role_name,
    is_ambiguous,
)
from factdesk.claimtypes.spec import CheckContext
from factdesk.claimtypes.verdicts import BaseChecker
from factdesk.extract.dates import wrong_weekday
from factdesk.refs.base import ReferenceBase, _same_name, fold
from factdesk.refs.names import holder_dropping_given
from factdesk.refs.titles import offices_titled
from schemas.contracts import Label, Verdict

#: a report without a date of its own may come a few days after the change it tells of
REPORTED_WITHIN = dt.timedelta(days=3)
#: a term may begin the day after the election or appointment ("elected on Monday", sworn in on Tuesday)
NEXT_DAY = dt.timedelta(days=1)
#: "elected X as president" in a month or a year: the term may begin months after the election
#: (5 November to 20 January); a day the sentence names is never stretched this way
ELECTED_AHEAD = dt.timedelta(days=100)


#: a refutation looks for the one term begun this near the day the sentence names
TOLERATED = dt.timedelta(days=3)


def _window(s: Any) -> tuple[dt.date, dt.date] | None:
    """When the term must begin (or end) to support the claim: on the day the sentence names (a
    term from the day after may follow an election the day before, or not: unsettled); within the
    span it names; within a few days before the publication date for a change
    just made ("has been appointed"); at any time before the story for a bare past with no date
    ("X was named US ambassador")."""
    if not s.date_from or not s.date_to:
        return None
    first, last = dt.date.fromisoformat(s.date_from), dt.date.fromisoformat(s.date_to)
    elected = s.change == "took" and s.verb.startswith("elect")
    if s.date_origin == "this sentence":
        if first == last:  # the day itself: a term from the next day leaves the day unsettled
            return first, last
        return first - NEXT_DAY, last + NEXT_DAY + (ELECTED_AHEAD if elected else dt.timedelta(0))
    if s.recent:
        return first - REPORTED_WITHIN, last + NEXT_DAY
    return dt.date.min, last + NEXT_DAY + (ELECTED_AHEAD if elected else dt.timedelta(0))


def _when(s: Any) -> str:
    day = s.date_from if s.date_from == s.date_to else f"{s.date_from} to {s.date_to}"
    said = f" ('{s.date_words}')" if s.date_words else ""
    if s.date_origin != "this sentence" and not s.recent:
        return f"at a time before {day}, the publication date (the sentence gives no date)"
    return f"{day}{said}, {s.date_origin}"


def _role(s: Any, refs: ReferenceBase):  # noqa: ANN202
    """The one office the sentence names with its country, or None."""
    if not s.country_stated or not s.country or is_ambiguous(s.title):
        return None
    roles = refs.roles_titled(s.title, s.country)
    return roles[0] if len(roles) == 1 else None


def resolve_appointment(s: Any, refs: ReferenceBase, ctx: CheckContext) -> Identification:
    facts = [Fact(slot="title", value=s.title, origin=Origin.sentence)]
    if s.country and s.country_stated:
        facts.append(Fact(slot="country", value=s.country, origin=Origin.sentence))
    if s.date_from and s.date_from == s.date_to:
        origin = Origin.sentence if s.date_origin == "this sentence" else Origin.published
        facts.append(Fact(slot="date", value=s.date_from, words=s.date_words, origin=origin))
    role = _role(s, refs) if s.change == "took" else None
    if role is not None:  # the office taken on that day is the record ("who took it then")
        return Identification(record=role.id, label=_role_name(role), facts=facts, candidates=1)
    person = refs.people.get(s.person_id) if s.person_id else None
    successor = refs.people.get(s.successor_id) if getattr(s, "successor_id", None) else None
    if successor is not None:  # "appointed UK foreign secretary, replacing Y": who took the office from Y
        facts.append(Fact(slot="successor", value=successor.name, origin=Origin.sentence))
    if person is not None:
        facts.insert(0, Fact(slot="name", value=person.name, origin=Origin.sentence, words=s.name))
        return Identification(record=person.id, label=person.name, facts=facts, candidates=1)
    return Identification(facts=facts, candidates=0)


def compare_appointment(ck: BaseChecker, s: Any, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    window = _window(s)
    if window is None:
        return ck.unverified(f"The sentence gives more than one date ({s.date_words}), so the day {s.name} "
                             f"{'took' if s.change == 'took' else 'left'} the office is not known.")
    lo, hi = window
    person = refs.people.get(s.person_id) if s.person_id else None
    taken = ""
    if person is None and s.country:
        # "Nawaz Sharif was on Wednesday sworn in as Pakistan's Prime Minister" (PTI via Jagran Post,
        # 2013-06-05): the one holder of the office then whose name it is with first given names left
        # out; taken only to support (below), never to refute
        person = holder_dropping_given(refs, s.name, refs.roles_titled(s.title, s.country), lo, hi)
        if person is None:
            return ck.unverified(f"'{s.name}' is not in the reference base.")
        taken = f"'{s.name}' taken as {person.name}, the holder whose name it is with a given name left out: "
    if person is None:
        return ck.unverified(f"'{s.name}' is not in the reference base.")
    mine = [(p, o, r) for p in _records(refs, person) for o, r in _titled(refs, p, s.title, s.country)]
    took = s.change == "took"
    if not took and s.successor_id:
        handover = _handover(ck, s, person, mine, refs, lo, hi)
        if handover is not None:
            return handover
    edge = (lambda o: o.start) if took else (lambda o: o.end)  # the day of the change in a term
    near = [(p, o, r) for p, o, r in mine if edge(o) is not None and lo <= edge(o) <= hi]
    if near:
        p, o, r = near[0]
        did = f"took the office of {_role_name(r)} on" if took else f"held the office of {_role_name(r)} until"
        said_day = (wrong_weekday(s.date_words or "", edge(o))
                    if s.date_origin == "this sentence" and s.date_from == s.date_to else None)
        if said_day is not None and taken:
            return ck.unverified(f"'{s.name}' is not in the reference base, and '{s.date_words}' names a weekday "
                                 f"{edge(o)} was not.")
        if said_day is not None:
            # "sworn in as Australia's prime minister on Thursday, August 24" of 24 August 2018, a Friday: the
            # weekday beside the day of the month contradicts the calendar (as for votes and events,
            # extract/dates.py wrong_weekday); the office, its country and the day identify the term
            day = edge(o)
            return ck.verdict(Label.refuted, f"{p.name} {did} {day}, a {day:%A}, not a {said_day} ('{s.date_words}', "
                              f"this sentence).", confidence=0.9, correction=f"{day:%A} {day.day} {day:%B %Y}",
                              evidence=_evidence(refs, p, o, r))
        return ck.verdict(Label.supported, f"{taken}{p.name} {did} {edge(o)} ({_office_text(o)}); the "
                          f"{'appointment' if took else 'change'} is dated {_when(s)}.",
                          evidence=_evidence(refs, p, o, r))
    if taken:
        return ck.unverified(f"'{s.name}' is not in the reference base.")
    if took:
        day = dt.date.fromisoformat(s.date_from)
        wrong = _someone_else(ck, s, person, refs, day - TOLERATED, day + TOLERATED)
        if wrong is not None:
            return wrong
    if mine:
        _, o, r = mine[0]
        return ck.unverified(f"{person.name} held the office of {_role_name(r)} ({_office_text(o)}); the references "
                             f"do not show the change the sentence reports about {_when(s)}.")
    return ck.unverified(f"The references record no '{s.title}' office for {person.name} "
                         f"{'taken' if s.change == 'took' else 'left'} about {_when(s)}.")


def _handover(ck: BaseChecker, s: Any, person: Any, mine: list, refs: ReferenceBase, lo: dt.date,
              hi: dt.date) -> Verdict | None:
    """"X has been appointed T, replacing Y": Y is the one X took the office from. With the successor's one term
    in that office beginning in the window (exactly dated), Y's term must end about that day (``CHAIN_GAP``);
    refuted when every term of Y's in the office ended (exactly) long before or after it and the references hold
    the handover to X from someone else, who is the correction ("Liz Truss has been appointed UK foreign
    secretary, replacing Dominic Raab", Panorama 2021-09-16, with "Boris Johnson" planted). None when the
    references do not settle it."""
    succ = refs.people.get(s.successor_id)
    if succ is None:
        return None
    # one term, though the curated and the world records may both hold it
    terms = list({(r.id, o.start): (o, r) for p in _records(refs, succ)
                  for o, r in _titled(refs, p, s.title, s.country)
                  if o.start is not None and lo <= o.start <= hi}.values())
    if len(terms) != 1 or not terms[0][0].start_exact:
        return None
    o, role = terms[0]
    day = o.start
    own = [(p, t) for p, t, r in mine if r.id == role.id]
    if any(t.end is not None and abs((t.end - day).days) <= CHAIN_GAP.days for _, t in own):
        return None  # Y handed over then: the support below says so
    if not own or any(t.end is None or not t.end_exact for _, t in own):
        return None
    before = list({q.name: (q, t) for q, t in refs.people.holders_of(role.id) if t.end is not None and t.end_exact
                   and abs((t.end - day).days) <= CHAIN_GAP.days and q.id != succ.id
                   and not _same_name(q, succ)}.values())
    if len(before) != 1 or before[0][0].id == person.id or _same_name(before[0][0], person):
        return None
    q, t = before[0]
    held = "; ".join(_office_text(x) for _, x in own)
    return ck.verdict(
        Label.refuted,
        f"On {day} {succ.name} took the office of {_role_name(role)} ({_office_text(o)}) from {q.name} "
        f"({_office_text(t)}); {person.name} held it {held}, not then.",
        confidence=0.85, correction=q.name,
        evidence=_evidence(refs, succ, o, role) + _evidence(refs, q, t, role),
    )


def _titled(refs: ReferenceBase, person: Any, title: str, country: str | None) -> list:
    """The person's offices ``title`` names (``offices_titled``), or else those whose label begins
    with it: "his cabinet role of chancellor" (079) for Chancellor of the Exchequer. Used only to
    support: a term found this way is the person's own, on the day the sentence gives."""
    found = offices_titled(refs, person, title, country)
    if found:
        return found
    head = fold(title) + " of "
    return [(o, r) for o in person.offices if (r := refs.roles.get(o.role)) is not None
            and (country is None or r.country == country)
            and any(fold(t).startswith(head) for t in (r.title, *r.aliases))]


def _someone_else(ck: BaseChecker, s: Any, person: Any, refs: ReferenceBase, lo: dt.date,
                  hi: dt.date) -> Verdict | None:
    """"elected Fumio Kishida as new prime minister" on 1 October 2024: refuted when the sentence
    names the office, its country and the day, and the references hold the handover then: one term
    of someone else beginning within ``TOLERATED`` days of that day."""
    role = _role(s, refs)
    if role is None or s.date_origin != "this sentence" or s.date_from != s.date_to:
        return None
    terms = [(p, o) for p, o in refs.people.holders_of(role.id) if o.start is not None]
    starters = [(p, o) for p, o in terms if lo <= o.start <= hi]
    if len(starters) != 1:
        return None
    p, o = starters[0]
    if p.id == person.id or _same_name(p, person) or not o.start_exact:
        return None
    before = [(q, t) for q, t in terms if t is not o and t.end is not None and t.end_exact
              and abs((t.end - o.start).days) <= CHAIN_GAP.days]
    if not before:
        return None  # the references do not hold the handover
    q, t = before[0]
    ev = _evidence(refs, p, o, role) + _evidence(refs, q, t, role)
    return ck.verdict(
        Label.refuted,
        f"On {o.start} {p.name} took the office of {_role_name(role)} ({_office_text(o)}) from {q.name} "
        f"({_office_text(t)}); the references record no term of {person.name}'s in it beginning about "
        f"{_when(s)}.",
        confidence=0.85, correction=p.name, evidence=ev,
    )
