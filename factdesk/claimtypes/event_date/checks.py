"""event_date: does the stated date (or range) contain the event's date?

Events are the reference base's events, or the start of a known person's term in
office (``person_id`` + ``role_id`` slots) from their office records.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from factdesk.claimtypes.spec import CheckContext
from factdesk.claimtypes.verdicts import BaseChecker, date_correction, evidence_for
from factdesk.extract.dates import wrong_weekday
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Label, Verdict

#: an office start earlier than the one on record by more than this may be an earlier,
#: unrecorded term: never refuted
_EARLIER_TERM = dt.timedelta(days=400)
_FUZZY_BOUNDARY = dt.timedelta(days=31)


def _fmt(d: dt.date) -> str:
    return f"{d:%A} {d.day} {d:%B %Y}"


def compare_office_start(ck: BaseChecker, s: Any, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    return _office_start(ck, s, refs, ctx.published)


def compare_event(ck: BaseChecker, s: Any, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    event = refs.events.get(s.event_id)
    if event is None:
        return ck.unverified("The event is not in the reference base.")
    start = dt.date.fromisoformat(s.date_start)
    end = dt.date.fromisoformat(s.date_end)
    said = s.date_text
    ev = evidence_for(refs, event, f"{event.name}: {_fmt(event.date)}. {event.note}".strip())
    when = f"'{said}' resolves to " + (f"{start:%a} {start.day} {start:%b %Y}" if start == end else f"{start} to {end}")
    if start <= event.date <= end:
        said_day = wrong_weekday(said or "", event.date) if start == end else None
        if said_day is not None and s.tight:
            # "on Tuesday, 31 July" of an event of Wednesday 31 July 2024: the day of the month names the event's
            # day, the weekday beside it is not that day's (a calendar fact, whatever the time zone)
            return ck.verdict(Label.refuted, f"{event.name} took place on {_fmt(event.date)}; {when}, and that day "
                              f"was a {event.date:%A}, not a {said_day}.", confidence=0.92,
                              correction=date_correction(event.date), evidence=ev)
        return ck.verdict(Label.supported, f"{event.name} took place on {_fmt(event.date)}; {when}.", evidence=ev)
    utc = getattr(event, "utc_date", None)
    if utc is not None and start <= utc <= end:
        # "Haniyeh was assassinated on Tuesday" (Information Liberation, 2024-07-31): the small hours of Wednesday in
        # Tehran were Tuesday evening in GMT and in the Americas, the day a writer there saw it happen
        return ck.verdict(Label.supported, f"{event.name} took place on {_fmt(event.date)} local time, "
                          f"{utc:%A} {utc.day} {utc:%B %Y} in UTC; {when}.", evidence=ev)
    if (
        start == end
        and s.year_given is False
        and (start.month, start.day) == (event.date.month, event.date.day)
    ):
        # "the October 7 attack" written a year later: the writer named the day, not the year
        return ck.verdict(
            Label.supported,
            f"{event.name} took place on {_fmt(event.date)}; '{said}' names that day (no year given).",
            evidence=ev,
        )
    if end < event.date - _EARLIER_TERM:
        # long before the event on record: an earlier event of the same description may be meant ("Russia
        # invaded Ukraine in 2014", Crimea, beside the full-scale invasion of 24 February 2022; "Putin announced
        # the annexation" of Crimea in March 2014 beside the four regions' of 30 September 2022), as an earlier
        # term in office is for office starts
        return ck.unverified(f"{event.name} took place on {_fmt(event.date)}; {when}, long before it: an earlier "
                             "event of that description may be meant.", ev)
    # the date may belong to another part of the sentence unless it is attached
    confidence = 0.92 if s.tight else 0.75
    return ck.verdict(
        Label.refuted,
        f"{event.name} took place on {_fmt(event.date)}; {when}.",
        confidence=confidence,
        correction=date_correction(event.date),
        evidence=ev,
    )

def _office_start(ck: BaseChecker, s: Any, refs: ReferenceBase, pub: dt.date) -> Verdict:
    person = refs.people.get(s.person_id)
    role = refs.roles.get(s.role_id)
    if person is None or role is None:
        return ck.unverified("The person or office is not in the reference base.")
    terms = [o for o in person.offices if o.role == role.id and o.start is not None]
    if not terms:
        return ck.unverified(f"No recorded start of {person.name}'s term as {role.title}.")
    start = dt.date.fromisoformat(s.date_start)
    end = dt.date.fromisoformat(s.date_end)
    said = s.date_text
    title = f"{role.title} ({role.country})" if role.country else role.title
    if s.start_verb == "term_end":
        return _term_end(ck, s, refs, person, role, title, (start, end), pub)
    verb = s.start_verb
    if verb == "credentials" or (verb == "sworn" and any(o.sworn for o in terms)):
        return _dated(ck, s, refs, person, title, terms, (start, end), verb)
    for o in terms:
        if start <= o.start <= end:
            ev = evidence_for(refs, person, o.note or f"{person.name}: {title} from {o.start}", list(o.sources))
            said_day = wrong_weekday(said or "", o.start) if start == end else None
            if said_day is not None:
                # "appointed prime minister on Wednesday, October 25" of 25 October 2022, a Tuesday: the weekday
                # beside the day of the month is not that day's (as for events, above)
                return ck.verdict(Label.refuted, f"{person.name} took office as {title} on {_fmt(o.start)}, not on a "
                                  f"{said_day} ('{said}').", confidence=0.9,
                                  correction=date_correction(o.start), evidence=ev)
            return ck.verdict(
                Label.supported, f"{person.name} took office as {title} on {_fmt(o.start)}; '{said}' fits.", evidence=ev
            )
    # the recorded term nearest to the claimed date
    o = min(terms, key=lambda t: min(abs((t.start - start).days), abs((t.start - end).days)))
    ev = evidence_for(refs, person, o.note or f"{person.name}: {title} from {o.start}", list(o.sources))
    why = f"{person.name} took office as {title} on {_fmt(o.start)}; '{said}' resolves to " + (
        f"{start}" if start == end else f"{start} to {end}"
    )
    if not o.start_exact and start > o.start + _FUZZY_BOUNDARY and (o.end is None or start <= o.end):
        # well into a term whose start is only approximate: a formal oath or a renewal may
        # come long after the person took up the post
        return ck.unverified(f"{why}, while already in office: a later ceremony or term may not be recorded.", ev)
    if end < o.start - _EARLIER_TERM:
        return ck.unverified(f"{why}, long before the recorded term: an earlier term may not be recorded.", ev)
    if not o.start_exact and (o.start - _FUZZY_BOUNDARY <= end and start <= o.start + _FUZZY_BOUNDARY):
        return ck.unverified(f"{why}; the recorded start is approximate.", ev)
    if o.end is not None and start > o.end:
        return ck.unverified(f"{why}, after that term ended: a later term may not be recorded.", ev)
    gap_days = min(abs((o.start - start).days), abs((o.start - end).days))
    verb = s.start_verb
    if verb in ("took_over", "took_office", "became") and gap_days <= 3:
        # a handover ceremony or the day of announcement can differ from the formal start
        return ck.unverified(f"{why}; within days of the recorded start.", ev)
    confidence = 0.9 if s.tight else 0.82
    return ck.verdict(Label.refuted, f"{why}.", confidence=confidence, correction=date_correction(o.start), evidence=ev)

def _term_end(  # noqa: ANN001
    ck: BaseChecker, s: Any, refs: ReferenceBase, person, role, title: str, span: tuple[dt.date, dt.date],
    pub: dt.date,
) -> Verdict:
    """ "whose term ends in 2027": the scheduled end of the term the person holds."""
    start, end = span
    said = s.date_text
    terms = [o for o in person.offices if o.role == role.id and o.end is not None
             and (o.start is None or o.start <= pub) and pub <= o.end]
    if len(terms) != 1:
        return ck.unverified(f"No single recorded end of {person.name}'s term as {title}.")
    o = terms[0]
    ev = evidence_for(refs, person, o.note or f"{person.name}: {title} until {o.end}", list(o.sources))
    why = f"{person.name}'s term as {title} ends on {_fmt(o.end)}; '{said}' resolves to {start} to {end}"
    if start <= o.end <= end:
        return ck.verdict(Label.supported, f"{why}.", evidence=ev)
    if not o.end_exact and (o.end - _FUZZY_BOUNDARY <= end and start <= o.end + _FUZZY_BOUNDARY):
        return ck.unverified(f"{why}; the recorded end is approximate.", ev)
    confidence = 0.9 if s.tight else 0.82
    return ck.verdict(Label.refuted, f"{why}.", confidence=confidence, correction=date_correction(o.end), evidence=ev)

def _dated(  # noqa: ANN001
    ck: BaseChecker, s: Any, refs: ReferenceBase, person, title: str, terms: list, span: tuple[dt.date, dt.date],
    verb: str,
) -> Verdict:
    """An oath or a presentation of credentials recorded apart from the start of the term."""
    start, end = span
    said = s.date_text
    what = "presented credentials" if verb == "credentials" else "was sworn in"
    dated = [(o, o.credentials if verb == "credentials" else o.sworn) for o in terms]
    dated = [(o, d) for o, d in dated if d is not None]
    if len(dated) != 1:
        return ck.unverified(f"The references do not record when {person.name} {what} as {title}.")
    o, day = dated[0]
    ev = evidence_for(refs, person, o.note or f"{person.name} {what} on {day}", list(o.sources))
    why = f"{person.name} {what} as {title} on {_fmt(day)}; '{said}' resolves to " + (
        f"{start}" if start == end else f"{start} to {end}")
    if start <= day <= end:
        return ck.verdict(Label.supported, f"{why}.", evidence=ev)
    confidence = 0.9 if s.tight else 0.82
    return ck.verdict(Label.refuted, f"{why}.", confidence=confidence, correction=date_correction(day), evidence=ev)
