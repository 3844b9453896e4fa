"""Compare a statement.term claim (which term, how long terms run) with the office records."""

from __future__ import annotations

from factdesk.claimtypes.spec import CheckContext
from factdesk.claimtypes.statement.term.slots import TermSlots
from factdesk.claimtypes.verdicts import BaseChecker, evidence_for
from factdesk.refs.base import ReferenceBase, Tenure, fold
from schemas.contracts import Label, Verdict


def compare(ck: BaseChecker, s: TermSlots, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    """ "now in his second term": the numbered term of the office the person holds."""
    person = refs.people.get(s.person_id)
    if person is None:
        return ck.unverified("The person is not in the reference base.")
    on = ctx.published
    held = [o for o in person.offices if refs.tenure_of(person, o, on) in (Tenure.held, Tenure.presumed)]
    role_text = fold(s.role_text)
    if role_text:
        held = [o for o in held if o.role in refs.roles and any(
            fold(t) in role_text for t in (refs.roles[o.role].title, *refs.roles[o.role].aliases) if len(t) > 3)]
    if len(held) == 1 and s.term_years is not None:
        return _term_length(ck, s, refs, person, held[0])
    if len(held) != 1 or held[0].term is None:
        return ck.unverified(f"The references do not record which term {person.name} was serving on {on}.")
    o = held[0]
    n = s.term
    role = refs.roles.get(o.role)
    what = f"{person.name}'s term as {role.title if role else o.role} from {o.start}"
    ev = evidence_for(refs, person, o.note or what, list(o.sources))
    if n == o.term:
        return ck.verdict(Label.supported, f"{what} is the {_ordinal(o.term)}.", evidence=ev)
    return ck.verdict(
        Label.refuted, f"{what} is the {_ordinal(o.term)}, not the {_ordinal(n)}.",
        confidence=0.88, correction=f"{_ordinal(o.term)} term", evidence=ev,
    )



def _term_length(ck: BaseChecker, s: TermSlots, refs: ReferenceBase, person, o) -> Verdict:  # noqa: ANN001
    n = s.term_years
    role = refs.roles.get(o.role)
    what = f"{person.name}'s terms as {role.title if role else o.role}"
    if o.term_years is None:
        return ck.unverified(f"The references do not record how long {what} run.")
    ev = evidence_for(refs, person, o.note or what, list(o.sources))
    if n == o.term_years:
        return ck.verdict(Label.supported, f"{what} run {o.term_years} years.", evidence=ev)
    return ck.verdict(
        Label.refuted, f"{what} run {o.term_years} years, not {n}.",
        confidence=0.88, correction=f"{_NUMBER_WORDS.get(o.term_years, str(o.term_years))}-year term", evidence=ev,
    )


_NUMBER_WORDS = dict(enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), 1))


def _ordinal(n: int) -> str:
    words = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
    return words[n - 1] if 1 <= n <= len(words) else f"{n}th"
