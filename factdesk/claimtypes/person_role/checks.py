"""person_role: does the named person hold the stated office on the publication date?"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from factdesk import rxcache
from factdesk.claimtypes.spec import CheckContext
from factdesk.claimtypes.verdicts import BaseChecker, evidence_for
from factdesk.refs.base import UNCERTAIN_MARGIN, ReferenceBase, Tenure, _same_name, fold
from factdesk.refs.pack import Office, Person, Role
from factdesk.refs.titles import offices_titled
from schemas.contracts import Label, Verdict

#: titles that many people hold at once ("U.S. envoy", "ambassador", "Hamas chief"):
#: a person missing from the references, or a known person who holds another
#: office, may well hold such a title, so they never ground a refutation.
_AMBIGUOUS_WORDS = {
    "ambassador", "envoy", "chief", "head", "leader", "spokesman", "spokeswoman",
    "spokesperson", "minister", "secretary", "representative", "diplomat", "official",
    "adviser", "advisor", "aide", "premier", "pm", "negotiator", "commander", "director",
    "officer", "observer", "delegate", "emissary", "mediator",
}
_QUALIFIERS = {"top", "senior", "special", "deputy", "un", "u.n.", "the", "a", "an"}

#: a claimed title naming a cabinet post or the head of a state or government
_EXECUTIVE = rxcache.compile(
    r"\b(?:minister|secretary of state|secretary of defen[cs]e|foreign secretary|defen[cs]e secretary|"
    r"home secretary|chancellor|prime minister|president|vice president|premier|king|queen)\b"
)
_NOT_EXECUTIVE = rxcache.compile(r"secretary-general|secretary general|general assembly|commissioner|deputy|vice-chair")
#: an office that is a diplomatic posting (an envoy is never also a minister at home)
_DIPLOMATIC = rxcache.compile(r"\b(?:ambassador|permanent representative|permanent observer|envoy)\b")
_THE_COUNTRIES = {"United States", "United Kingdom", "United Arab Emirates", "State of Palestine",
                  "Russian Federation", "Republic of Korea", "Czech Republic"}
#: a death reported in the sentence: the title is the one held at death
DEATH_GRACE = dt.timedelta(days=14)
#: "outgoing": still in office on the story's date, with the term ending within this
OUTGOING_WITHIN = dt.timedelta(days=120)
#: "outgoing": a term that ended longer ago than this is no longer going out. The real uses are on the
#: day of the handover or within days of it: "outgoing prime minister Gabriel Attal" at the Matignon
#: handover of 5 Sep 2024 (SVE News / France 24, https://www.svenews.com/european-news/sve-news-france24-com-
#: sharing-series-new-pm-barnier-vows-to-address-anger-and-grievances-of-french.html), "Japan's outgoing Prime
#: Minister Fumio Kishida" on 1 Oct 2024 (AP via semissourian.com, realcorpus dev 090 too)
OUTGOING_GONE = dt.timedelta(days=30)
#: an office's record is complete over a span when its terms follow each other with no gap
#: longer than this (the IfG's Home Secretaries: 2009-06-02 to 2009-06-06 at most)
CHAIN_GAP = dt.timedelta(days=7)
#: "former X" is refuted only when X's complete record begins at least this long before the
#: person's first recorded office: the references hold no birth dates, so the first office
#: stands for the start of a career in which X could have been held
CAREER_MARGIN = dt.timedelta(days=3653)


#: a rank before a title names another office, whose holders the references do not record:
#: "Deputy UAE UN Ambassador Mohamed Abushahab" (021, LegitGov), "Deputy US Ambassador to the UN Robert
#: Wood" (019, Straits Times; the references hold that deputy, so it is supported), "Israel’s Deputy
#: Permanent Representative, Brett Jonathan Miller" (017, Barlaman Today)
_RANKED = rxcache.compile(r"^(?P<rank>deputy)\s+(?P<office>.+)$", re.I)


def _no_deputies(title: str, country: str | None, refs: ReferenceBase) -> str:
    """Why a ranked title ("deputy UN Ambassador") with no record stays unverified: the
    deputy holds another office than the one the rest of the title names."""
    m = _RANKED.match(title)
    if m is None:
        return ""
    rank, office = m.group("rank").lower(), m.group("office")
    held = [r for r in refs.roles_titled(office, country) if r.country == country] if country else []
    known = f" the {formal_title(held[0])} and" if held else ""
    where = f" for {country}" if country else ""
    return (f" A {rank} holds another office than the {office}: the references record{known} no {rank}{where},"
            " so the claim is neither supported nor refuted.")


def _role_name(role: Role) -> str:
    return f"{role.title}" + (f" ({role.country})" if role.country else "")


def _office_text(office: Office) -> str:
    s = office.start.isoformat() if office.start else "?"
    e = office.end.isoformat() if office.end else "present"
    return f"{s} to {e}"


def is_ambiguous(title: str) -> bool:
    """True for a generic title ("envoy", "U.N. ambassador", "Hamas chief") that
    does not single out one office."""
    words = fold(title).replace("u.n.", "un").split()
    words = [w for w in words if w not in _QUALIFIERS]
    return not words or (len(words) == 1 and words[0] in _AMBIGUOUS_WORDS)


def formal_title(role: Role) -> str:
    """How to name the office in a correction: UN postings in the UN's own form
    ("Permanent Representative of Russia to the United Nations")."""
    for t in (role.title, *role.aliases):
        if t.startswith("Permanent ") and t.endswith(" to the United Nations") and role.country:
            country = f"the {role.country}" if role.country in _THE_COUNTRIES else role.country
            return t.replace(" to the United Nations", f" of {country} to the United Nations")
    return role.title


def _held_on(refs: ReferenceBase, person: Person, on) -> list[tuple[Office, Role]]:  # noqa: ANN001
    """The offices ``person`` certainly held on ``on``, with their roles."""
    return [(o, refs.roles[o.role]) for o in person.offices
            if o.role in refs.roles and refs.tenure_of(person, o, on) is Tenure.held]


def _evidence(refs: ReferenceBase, person: Person, office: Office, role: Role) -> list:
    """The source's own words for the term where the record keeps them (the world base's
    "Prime Minister Malcolm TURNBULL (since 15 September 2015)"), else a summary."""
    text = office.quote or f"{person.name}: {_role_name(role)}, {_office_text(office)}"
    return evidence_for(refs, person, text, list(office.sources), retrieved=office.retrieved)


def compare_ordinal(ck: BaseChecker, s: Any, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    return _ordinal(ck, s, refs, ctx)  # a term's number does not change with time


def compare_office(ck: BaseChecker, s: Any, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    v = _office(ck, s, refs, ctx)
    if s.matched and s.person_id:  # the name is no known spelling: say how it was matched (issue 13)
        v = v.model_copy(update={"rationale": f"{s.matched}. {v.rationale}"})
    return v


def _office(ck: BaseChecker, s: Any, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    v = _check(ck, s, refs, ctx)
    if v.label is not Label.unverified:
        v = _read_as(ck, s, refs, v)
    year = s.year
    if v.label is Label.refuted and year and year < ctx.published.year:
        return ck.unverified(
            f"The sentence is set in {year}, and a title is judged as of the time it describes: {v.rationale}",
            v.evidence,
        )
    return v

def _check(ck: BaseChecker, s: Any, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    title, country = s.title, s.country
    on = ctx.published
    if country and country.startswith("?"):
        return ck.unverified(f"'{title}' is qualified by '{country[1:]}', which the references do not cover.")
    roles = refs.roles_titled(title, country)
    person = refs.people.get(s.person_id) if s.person_id else None
    modifier = s.modifier
    # the person's offices the title names, as written or shorter ("Mayor" for "Mayor of Kranj")
    mine = offices_titled(refs, person, title, country) if person is not None else []
    if not roles and not mine:
        if person is not None:
            v = _incompatible(ck, person, title, country, refs, ctx)
            if v is not None:
                return v
        return ck.unverified(f"No office titled '{title}'" + (f" for {country}" if country else "")
                             + " in the references." + _no_deputies(title, country, refs))
    if person is None:
        return _unknown_person(ck, s, roles, refs, ctx)
    if not country and mine:
        roles = [r for _, r in mine]  # "President Biden": the person's own office settles which
    if not mine:
        if modifier in ("acting", "interim"):
            return ck.unverified(f"The references record no '{title}' office for {person.name}; "
                                 "acting holders are not recorded.")
        if modifier in ("former", "ex"):
            return _former_never_held(ck, s, person, roles, refs, ctx)
        if modifier == "then" and not s.year:
            # "then-X Y" with no date for the event: X held by Y at some time before the story's date,
            # so a complete record of X without Y refutes it as it does "former X Y"
            return _former_never_held(ck, s, person, roles, refs, ctx, then=True)
        if modifier in ("then", "late", "was"):
            return ck.unverified(f"The references record no '{title}' office for {person.name}; the claim is about "
                                   "an earlier time, which the current holder does not settle.")
        if modifier in ("incoming", "designate", "elect"):
            # "X will become Foreign Minister": the holder on the story's date is the one being
            # replaced, and the new term may be later than the references
            return ck.unverified(f"The references record no '{title}' office for {person.name}; the claim is about "
                                 "an office about to be taken, which the current holder does not settle.")
        return _never_held(ck, person, roles, refs, ctx, title)
    states = [(refs.tenure_of(person, o, on), o, r) for o, r in mine]
    held = [x for x in states if x[0] is Tenure.held]
    presumed = [x for x in states if x[0] is Tenure.presumed]
    unknown = [x for x in states if x[0] is Tenure.unknown]
    after = [x for x in states if x[0] is Tenure.after]
    before = [x for x in states if x[0] is Tenure.before]
    if modifier in ("then", "late", "was"):
        past = held + after + presumed + unknown
        year = s.year
        if year and modifier == "then":
            # "then-X Y" in a sentence set in a stated year: X held by Y in that year
            past = [x for x in past if (x[1].start is None or x[1].start.year <= year)
                    and (x[1].end is None or x[1].end.year >= year)]
            if not past:
                return ck.unverified(f"The references do not show {person.name} as {title} in {year}, "
                                     "the year the sentence describes.")
        if past:
            _, o, r = past[0]
            return ck.verdict(Label.supported, f"{person.name} held the office of {_role_name(r)} ({_office_text(o)}).",
                                evidence=_evidence(refs, person, o, r))
        return ck.unverified(f"The references do not show {person.name} as {title} before {on}.")
    if modifier == "outgoing":
        # "Outgoing prime minister Fumio Kishida" on the day his term ends (090): in office, and leaving
        leaving = [x for x in states if x[1].end is not None and on <= x[1].end <= on + OUTGOING_WITHIN
                   and (x[1].start is None or x[1].start <= on)]
        if leaving:
            _, o, r = leaving[0]
            return ck.verdict(Label.supported, f"{person.name} held the office of {_role_name(r)} "
                              f"({_office_text(o)}) and left it on {o.end}; the story is dated {on}.",
                              evidence=_evidence(refs, person, o, r))
        v = _outgoing_long_gone(ck, s, person, states, refs, on)
        if v is not None:
            return v
    if modifier in ("former", "ex", "outgoing"):
        if after:
            _, o, r = after[0]
            return ck.verdict(Label.supported, f"{person.name} was {_role_name(r)} ({_office_text(o)}), before {on}.",
                                evidence=_evidence(refs, person, o, r))
        if held and modifier != "outgoing":
            _, o, r = held[0]
            return ck.verdict(
                Label.refuted,
                f"On {on} {person.name} still held the office of {_role_name(r)} ({_office_text(o)}); "
                "'former' is wrong.",
                confidence=0.85, correction=f"{r.title} {person.name}", evidence=_evidence(refs, person, o, r),
            )
        return ck.unverified(f"The references do not settle whether {person.name} had left the office by {on}.")
    if modifier in ("incoming", "designate", "elect"):
        soon = [x for x in states if x[1].start is not None
                and on - UNCERTAIN_MARGIN <= x[1].start <= on + dt.timedelta(days=180)]
        if soon:
            _, o, r = soon[0]
            return ck.verdict(Label.supported, f"{person.name} took the office of {_role_name(r)} on {o.start} "
                              f"({_office_text(o)}); the story is dated {on}.",
                              evidence=_evidence(refs, person, o, r))
        return ck.unverified(f"The references do not settle whether {person.name} was about to take office on {on}.")
    if modifier in ("acting", "interim"):
        # "acting X Y": Y exercising X on the date. A Factbook note "acting" records it as such; a
        # plain term on the date supports it too (the references keep no separate acting record,
        # so the absence of one never refutes)
        on_day = held + presumed
        if on_day:
            _, o, r = next((x for x in on_day if x[1].note.startswith("acting;")), on_day[0])
            how = "as acting holder" if o.note.startswith("acting;") else "as holder (acting or not is not recorded)"
            return ck.verdict(Label.supported, f"The references record {person.name} {how} of the office of "
                              f"{_role_name(r)} on {on} ({_office_text(o)}).",
                              confidence=0.9 if any(o is x[1] for x in held) else 0.7,
                              evidence=_evidence(refs, person, o, r))
        return ck.unverified(f"The references do not record whether {person.name} held the office "
                             "in an acting capacity.")
    if held:
        _, o, r = held[0]
        return ck.verdict(Label.supported,
                          f"{person.name} held the office of {_role_name(r)} on {on} ({_office_text(o)}).",
                          evidence=_evidence(refs, person, o, r))
    if presumed:
        _, o, r = presumed[0]
        seen = o.known_until or o.end or o.start
        return ck.verdict(
            Label.supported,
            f"{person.name} held the office of {_role_name(r)} ({_office_text(o)}); the sources attest it "
            f"{'until' if o.known_until else 'up to'} {seen} and record no change by {on}, so it is presumed held.",
            confidence=0.7, evidence=_evidence(refs, person, o, r),
        )
    if unknown:
        _, o, r = unknown[0]
        return ck.unverified(
            f"{person.name} held the office of {_role_name(r)} ({_office_text(o)}), "
            f"but the sources do not settle {on}.",
            _evidence(refs, person, o, r),
        )
    if after and s.death:
        _, o, r = max(after, key=lambda x: x[1].end or dt.date.min)
        ev = _evidence(refs, person, o, r)
        if o.end is not None and on - o.end <= DEATH_GRACE:
            return ck.verdict(
                Label.supported,
                f"{person.name} held the office of {_role_name(r)} until {o.end}; the sentence reports the death, "
                "so the title is the one held at the time.", confidence=0.8, evidence=ev,
            )
        return ck.unverified(f"{person.name} was {_role_name(r)} until {o.end}; the sentence describes the death, "
                               "so the title may refer to that time.", ev)
    upcoming = [x for x in before if x[1].start is not None and x[1].start - on <= dt.timedelta(days=120)]
    twin = _twin_holder(refs, person, [r for _, _, r in after + before], on)
    if twin:
        return ck.unverified(twin)
    if after:
        _, o, r = max(after, key=lambda x: x[1].end or dt.date.min)
        ev = _evidence(refs, person, o, r)
        holders = [p for p, _ in refs.holders(r.id, on) if p.id != person.id]
        same = next((p for p in holders if _same_name(p, person)), None)
        if same is not None:
            return ck.unverified(
                f"{person.name} was {_role_name(r)} until {o.end}; on {on} the references name the holder "
                f"{same.name}, which may be the same person written another way.", ev)
        successor = [p.name for p in holders]
        extra = f"; {successor[0]} held it on {on}" if successor else ""
        if upcoming:
            _, no, _nr = upcoming[0]
            return ck.verdict(
                Label.refuted,
                f"{person.name} was {_role_name(r)} until {o.end} and takes office again on {no.start}{extra}. "
                f"The story is dated {on}.",
                confidence=0.9, correction=_incoming(r.title), evidence=ev,
            )
        return ck.verdict(
            Label.refuted,
            f"{person.name} was {_role_name(r)} only until {o.end}{extra}. The story is dated {on}.",
            confidence=0.95, correction=f"former {_sent_by(r)}{r.title} {person.name}"
            + (f"; on {on} the {r.title} was {successor[0]}" if len(successor) == 1 else ""), evidence=ev,
        )
    st, o, r = before[0]
    ev = _evidence(refs, person, o, r)
    actual = _held_on(refs, person, on)
    if actual:
        ao, ar = actual[0]
        ev += _evidence(refs, person, ao, ar)
        return ck.verdict(
            Label.refuted,
            f"{person.name} became {_role_name(r)} only on {o.start}; on {on} {person.name} was {_role_name(ar)}.",
            confidence=0.9, correction=formal_title(ar), evidence=ev,
        )
    # who held the office on the story's date, when the references know: the correction names them
    holder = [p.name for p, _ in refs.holders(r.id, on) if p.id != person.id]
    if not holder and not upcoming and _complete_from(refs, r, on) is None:
        # nobody is recorded in the office on that date and its record has gaps: the person may have held
        # it in an earlier term the references lack ("Israeli Ambassador Danny Danon" in 2016, Business
        # Recorder 2016-12-24: Danon's first term at the UN, 2015-2020, is not in the references)
        return ck.unverified(f"{person.name} became {_role_name(r)} on {o.start}; the references record nobody in "
                             f"that office on {on} and do not hold its every term, so an earlier term of "
                             f"{person.name} is not ruled out.", ev)
    on_the_day = f"On {on} the {_role_name(r)} was {holder[0]}; " if len(holder) == 1 else ""
    return ck.verdict(
        Label.refuted,
        f"{person.name} became {_role_name(r)} only on {o.start}; the story is dated {on}."
        + (f" {on_the_day[:-2]}." if on_the_day else ""),
        confidence=0.9,
        correction=_incoming(r.title) if upcoming else f"{on_the_day}not yet {r.title} (took office {o.start})",
        evidence=ev,
    )

def _outgoing_long_gone(ck: BaseChecker, s: Any, person: Person, states: list, refs: ReferenceBase,
                        on: dt.date) -> Verdict | None:
    """"outgoing T Y" when Y's every term as T ended long before the story's date and one other person
    held T that day: a past holder called the one leaving ("outgoing prime minister Élisabeth Borne" on
    5 Sep 2024, planted in France 24's caption). Never for a sentence set in a stated year or a death."""
    live = (Tenure.held, Tenure.presumed, Tenure.unknown, Tenure.before)
    if (s.year and s.year != on.year) or s.death or any(st in live for st, _, _ in states):
        return None
    ended = [(o, r) for st, o, r in states if st is Tenure.after and o.end is not None]
    if not ended:
        return None
    o, r = max(ended, key=lambda x: x[0].end)
    if on - o.end <= OUTGOING_GONE or _twin_holder(refs, person, [r], on):
        return None
    holders = [p for p, _ in refs.holders(r.id, on) if p.id != person.id]
    if len(holders) != 1 or _same_name(holders[0], person):
        return None
    # the one going out: a holder of the day before whose term ends within the "outgoing" span
    going = {p.id: p for p, h in refs.holders(r.id, on - dt.timedelta(days=1)) + refs.holders(r.id, on)
              if p.id != person.id and h.end is not None
             and on - dt.timedelta(days=1) <= h.end <= on + OUTGOING_WITHIN}
    if len(going) == 1:
        (leaving,) = going.values()
        why = f"the holder leaving the office then was {leaving.name}."
        correction = f"outgoing {_sent_by(r)}{r.title} {leaving.name} ({person.name} was {r.title} until {o.end})"
    else:
        why = f"{holders[0].name} held it that day."
        correction = f"former {_sent_by(r)}{r.title} {person.name}; on {on} the {r.title} was {holders[0].name}"
    return ck.verdict(Label.refuted, f"{person.name} was {_role_name(r)} only until {o.end}, so not outgoing on "
                      f"{on}; {why}", confidence=0.9, correction=correction, evidence=_evidence(refs, person, o, r))


def _twin_holder(refs: ReferenceBase, person: Person, roles: list[Role], on: dt.date) -> str:
    """Why a term that does not cover ``on`` is not refuted: another record of the same name (same
    surname and first initial, ``_same_name``) holds the office on ``on``, so the person held it under
    another spelling ("Israeli Prime minister Benjamin Netanyahu" in 2016: the references hold that
    term under "Binyamin Netanyahu", a blog's summary of the New York Times, 2016-12-23,
    https://adukovska.wordpress.com/2016/12/23/un-votes-against-israel-settlements-us-abstains/)."""
    for r in roles:
        for p, o in refs.holders(r.id, on):
            if p.id != person.id and _same_name(p, person):
                return (f"On {on} the {_role_name(r)} was {p.name} ({_office_text(o)}), a record of the same name "
                        f"as {person.name}: the same person under another spelling, so the title is not refuted.")
    return ""


def _complete_from(refs: ReferenceBase, role: Role, on: dt.date) -> dt.date | None:
    """The date from which the references hold every holder of ``role`` up to ``on``: exact
    terms following each other with no gap longer than ``CHAIN_GAP``, the last one reaching
    ``on``; None when the record has a gap, an inexact boundary or does not reach ``on``."""
    terms = sorted((o for _, o in refs.people.holders_of(role.id) if o.start is not None and o.start <= on),
                   key=lambda o: o.start)
    if not terms or any(not (o.start_exact and o.end_exact) for o in terms):
        return None
    reach = terms[0].start
    for o in terms:
        if o.start > reach + CHAIN_GAP:
            return None
        end = o.end or o.known_until
        if end is None:
            return None
        reach = max(reach, end)
    return terms[0].start if reach >= on else None


def _former_never_held(ck: BaseChecker, s: Any, person: Person, roles: list[Role], refs: ReferenceBase,
                       ctx: CheckContext, then: bool = False) -> Verdict:
    """"former X Y" where the references record no office X for Y: refuted only when X is one
    office whose complete record covers Y's recorded career up to the story's date. ``then``:
    "then-X Y" with no date for the event, judged the same way; its correction lists X's holders
    only (which of Y's offices the sentence meant is not known)."""
    on, title = ctx.published, s.title
    unsettled = (f"The references record no '{title}' office for {person.name}; the claim is about an earlier "
                 "time, which the current holder does not settle.")
    if is_ambiguous(title):
        return ck.unverified(unsettled)
    records = _records(refs, person)
    if any(offices_titled(refs, p, title, None) for p in records):
        # held in another country, or recorded under another record of the person (a curated
        # David Cameron with the Foreign Office of 2023, the world base's with the premiership)
        return _former_twin(ck, person, records, title, s.country, refs, on) or ck.unverified(unsettled)
    offices = [o for p in records for o in p.offices]
    starts = [o.start or o.known_from for o in offices]
    if not offices or any(d is None for d in starts):
        return ck.unverified(unsettled)
    first = min(starts)
    countries = {refs.roles[o.role].country for o in offices if o.role in refs.roles}
    mine = [r for r in roles if r.country is not None and (s.country or r.country) in countries]
    if len(mine) != 1 or len(countries) != 1:
        return ck.unverified(unsettled)
    role = mine[0]
    since = _complete_from(refs, role, on)
    if any(_same_name(p, person) for p, _ in refs.people.holders_of(role.id)):
        return ck.unverified(unsettled)  # a holder of the office by the same name
    if since is None or since > first - CAREER_MARGIN:
        return ck.unverified(f"{unsettled} The record of {_role_name(role)} does not cover {person.name}'s "
                             f"career (first recorded office {first}).")
    span = sorted(((p, o) for p, o in refs.people.holders_of(role.id)
                   if o.start is not None and o.start < on and (o.end or on) >= first), key=lambda x: x[1].start)
    listed = f"{role.title} from {first} to {on}: {', '.join(dict.fromkeys(p.name for p, _ in span))}"
    ev = [e for p, o in span for e in _evidence(refs, p, o, role)]
    why = (f"{person.name} never held the office of {_role_name(role)} before {on}: the references hold its "
           f"holders without a gap from {since} (ten years or more before {person.name}'s first recorded office, "
           f"{first}) to {on}. {listed}.")
    past = [(o, refs.roles[o.role]) for o in offices
            if o.role in refs.roles and refs.tenure_of(person, o, on) is Tenure.after]
    if not past:
        return ck.verdict(Label.refuted, why, confidence=0.85, correction=listed, evidence=ev)
    po, pr = max(past, key=lambda x: x[0].end or dt.date.min)
    return ck.verdict(
        Label.refuted, f"{why} {person.name} was {_role_name(pr)} ({_office_text(po)}).", confidence=0.85,
        correction=listed if then else f"former {pr.title} ({listed})", evidence=_evidence(refs, person, po, pr) + ev,
    )


def _records(refs: ReferenceBase, person: Person) -> list[Person]:
    """Every record of ``person``: a curated pack's and the world base's of the same name."""
    out = {person.id: person}
    tables = [refs.people]
    while tables:
        table = tables.pop()
        if hasattr(table, "own") and hasattr(table, "world"):
            tables += [table.own, table.world]
            continue
        for pid in table.by_alias(fold(person.name)):
            p = table[pid]
            if p.id not in out and _same_name(p, person):
                out[p.id] = p
    return list(out.values())


def _former_twin(ck: BaseChecker, person: Person, records: list[Person], title: str, country: str | None,
                 refs: ReferenceBase, on: dt.date) -> Verdict | None:
    """"former X" of a person whose other record holds X: supported when that office ended
    before ``on`` and no record holds X on ``on``."""
    mine = [(p, o, r) for p in records for o, r in offices_titled(refs, p, title, country)]
    states = [(refs.tenure_of(p, o, on), p, o, r) for p, o, r in mine]
    if not states or any(st is not Tenure.after for st, *_ in states):
        return None
    _, p, o, r = max(states, key=lambda x: x[2].end or dt.date.min)
    return ck.verdict(Label.supported, f"{p.name} was {_role_name(r)} ({_office_text(o)}), before {on}.",
                      evidence=_evidence(refs, p, o, r))


def _read_as(ck: BaseChecker, s: Any, refs: ReferenceBase, v: Verdict) -> Verdict:
    """Say so when the verdict rests on a title written shorter than the office's label
    ("Mayor" for "Mayor of Kranj"), and never refute on a bare generic one ("Minister")."""
    title, country = s.title, s.country
    person = refs.people[s.person_id] if s.person_id else None
    if person is None:
        return v
    # ``offices_titled`` keeps only roles of ``country`` (or of none), as ``roles_titled(title, country)``
    # does: among them, those of that title exactly are those whose id is one of the title's (any country)
    exact = refs.role_ids_titled(title)
    narrowed = [r for _, r in offices_titled(refs, person, title, country) if r.id not in exact]
    if not narrowed:
        return v
    names = " or ".join(dict.fromkeys(_role_name(r) for r in narrowed))
    read = (f"'{title}' is read as {names}, the office{'s' if len(narrowed) > 1 else ''} of that title "
            f"the references record for {person.name}" + (f" in {country}" if country else "") + ".")
    if v.label is Label.refuted and is_ambiguous(title):
        return ck.unverified(f"{read} The title alone is too general to rule out another office: {v.rationale}",
                             v.evidence)
    return v.model_copy(update={"rationale": f"{read} {v.rationale}"})


def _ordinal(ck: BaseChecker, s: Any, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    """"Blinken, the 70th secretary of state": refuted only when every term of the
    person in that one office has a recorded number and none is the claimed one."""
    n, title, country = s.ordinal, s.title, s.country
    person = refs.people.get(s.person_id or "")
    claimed = f"{ordinal_text(n)} {title}"
    if person is None or is_ambiguous(title):
        return ck.unverified(f"The references cannot tie '{claimed}' to one office of a known person.")
    ids = {r.id for r in refs.roles_titled(title, country)}
    mine = [o for o in person.offices if o.role in ids]
    if len({o.role for o in mine}) != 1:
        return ck.unverified(
            f"'{title}' does not resolve to exactly one office of {person.name} in the references.")
    r = refs.roles[mine[0].role]
    match = [o for o in mine if o.ordinal == n]
    if match:
        o = match[0]
        return ck.verdict(
            Label.supported, f"{person.name} is the {ordinal_text(n)} {_role_name(r)} ({_office_text(o)}).",
            evidence=_evidence(refs, person, o, r))
    if any(o.ordinal is None for o in mine):
        return ck.unverified(
            f"The references do not record the number of {person.name}'s term as {_role_name(r)}.")
    held = [o for o in mine if refs.tenure_of(person, o, ctx.published) in (Tenure.held, Tenure.presumed)]
    pick = held[:1] or mine
    actual = " or ".join(ordinal_text(o.ordinal) for o in pick if o.ordinal is not None)
    ev = [e for o in pick for e in _evidence(refs, person, o, r)]
    return ck.verdict(
        Label.refuted,
        f"{person.name} is recorded as the {actual} {_role_name(r)}"
        + (f" ({_office_text(pick[0])})" if len(pick) == 1 else "") + f", not the {ordinal_text(n)}.",
        confidence=0.9, correction=actual, evidence=ev,
    )

def _incompatible(ck: BaseChecker, person: Person, title: str, country: str | None, refs: ReferenceBase,
                  ctx: CheckContext) -> Verdict | None:
    """A known diplomat called a minister (or head of government) of the same
    country: a posting abroad rules out the cabinet post at home."""
    key = fold(title)
    if is_ambiguous(title) or not _EXECUTIVE.search(key) or _NOT_EXECUTIVE.search(key):
        return None
    on = ctx.published
    for o in person.offices:
        r = refs.roles.get(o.role)
        if r is None or refs.tenure_of(person, o, on) is not Tenure.held:
            continue
        names = " | ".join(fold(t) for t in (r.title, *r.aliases))
        if not _DIPLOMATIC.search(names) or _EXECUTIVE.search(fold(r.title)):
            continue
        if country is not None and r.country != country:
            continue
        return ck.verdict(
            Label.refuted,
            f"On {on} {person.name} was {_role_name(r)} ({_office_text(o)}), a diplomatic posting, "
            f"not {title}" + (f" of {country}" if country else "") + ".",
            confidence=0.85, correction=formal_title(r), evidence=_evidence(refs, person, o, r),
        )
    return None

def _never_held(ck: BaseChecker, person: Person, roles: list[Role], refs: ReferenceBase, ctx: CheckContext,
                title: str) -> Verdict:
    on = ctx.published
    if is_ambiguous(title):
        return ck.unverified(
            f"The references record no '{title}' office for {person.name}, but the title is too general to rule it out."
        )
    actual = _held_on(refs, person, on)
    holders = [(p, o, r) for r in roles for p, o in refs.holders(r.id, on)]
    if len(roles) == 1 and holders:
        p, o, r = holders[0]
        ev = evidence_for(refs, p, f"{p.name}: {_role_name(r)}, {_office_text(o)}", list(o.sources))
        if actual:
            ao, ar = actual[0]
            ev += _evidence(refs, person, ao, ar)
            return ck.verdict(
                Label.refuted,
                f"On {on} {person.name} was {_role_name(ar)}; {_role_name(r)} was {p.name}.",
                # the title the person held, and who held the title the story gives
                confidence=0.9, correction=f"{formal_title(ar)} (on {on} the {_role_name(r)} was {p.name})",
                evidence=ev,
            )
        return ck.verdict(
            Label.refuted,
            f"On {on} the {_role_name(r)} was {p.name}, not {person.name}.",
            confidence=0.85, correction=f"{p.name}", evidence=ev,
        )
    return ck.unverified(f"The references record no '{title}' office for {person.name} and no holder of it on {on}.")

def _unknown_person(ck: BaseChecker, s: Any, roles: list[Role], refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    on = ctx.published
    name = s.name
    country = s.country
    title = s.title
    if (
        country
        and len(roles) == 1
        and " " in name.strip()
        and s.modifier is None
        and not is_ambiguous(title)
    ):
        holders = refs.holders(roles[0].id, on)
        if len(holders) == 1 and _other_spelling(name, holders[0][0].name):
            return ck.unverified(f"'{name}' may be another spelling of {holders[0][0].name}, who held the office "
                                 f"on {on}.")
        if len(holders) == 1:
            p, o = holders[0]
            r = roles[0]
            ev = evidence_for(refs, p, f"{p.name}: {_role_name(r)}, {_office_text(o)}", list(o.sources))
            return ck.verdict(
                Label.refuted,
                f"On {on} the {_role_name(r)} was {p.name}; the references know no '{name}' in that office.",
                confidence=0.85, correction=p.name, evidence=ev,
            )
    return ck.unverified(f"'{name}' is not in the reference base.")


def _other_spelling(name: str, holder: str) -> bool:
    """Whether ``name`` may be ``holder`` spelled another way ("Reuven Rivlin", "Reuben Rivlin";
    "Benjamin Netanyahu", "Binyamin Netanyahu"): the same surname, or one within a letter or two."""
    from factdesk.refs.fuzzy import ratio

    # a hyphenated surname written with a space is the same surname: "Linda Thomas Greenfield" (American
    # Faith 2024-06-11, https://americanfaith.com/u-n-security-council-passes-bidens-ceasefire-resolution/;
    # Buna Times 2023-10-19, https://bunatimes.com/world/208831.html)
    a, b = fold(name).replace("-", " ").split(), fold(holder).replace("-", " ").split()
    if not (a and b):
        return False
    # the name cut short: "President of Egypt, Abdel Fattah el-Sisi" read as 'Abdel Fattah' (a blog's
    # summary of the New York Times, 2016-12-23, https://adukovska.wordpress.com/2016/12/23/un-votes-against-
    # israel-settlements-us-abstains/): every word of it, in order, in the holder's name
    if len(a) < len(b) and any(b[i:i + len(a)] == a for i in range(len(b) - len(a) + 1)):
        return True
    return ratio(a[-1], b[-1]) >= 80


def ordinal_text(n: int) -> str:
    """71 -> "71st", 12 -> "12th"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _incoming(title: str) -> str:
    return f"{title}-elect" if fold(title) in ("president", "vice president") else f"incoming {title}"


def _sent_by(role) -> str:  # noqa: ANN001
    """An envoy's title names the sending country where English idiom does: "U.S. Ambassador to
    the United Nations"; other envoys keep the bare title."""
    if role.country != "United States" or not role.title.lower().startswith(("ambassador", "envoy")):
        return ""
    return "U.S. "
