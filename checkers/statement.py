"""statement: general statements with a boolean property ("GA resolutions are not binding")."""

from __future__ import annotations

import re

from checkers.base import BaseChecker, evidence_for
from checkers.spec import CheckContext
from factdesk.refs.base import ReferenceBase, Tenure, fold
from schemas.contracts import Claim, Label, Verdict


class StatementChecker(BaseChecker):
    name = "statement"
    version = "3"
    kind = "statement"

    def check(self, claim: Claim, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
        if claim.slots.get("place") is not None:
            return self._place(claim, refs)
        if claim.slots.get("term") is not None or claim.slots.get("term_years") is not None:
            return self._term(claim, refs, ctx)
        if claim.slots.get("sworn_by") is not None:
            return self._sworn_by(claim, refs, ctx)
        if claim.slots.get("country") is not None and claim.slots.get("person_id"):
            return self._origin(claim, refs)
        if claim.slots.get("quote") is not None:
            return self._quote(claim, refs)
        st = refs.statements.get(claim.slots.get("statement_id") or "")
        if st is None:
            return self.unverified("No reference statement covers this.")
        ev = evidence_for(refs, st, st.text)
        if bool(claim.slots["value"]) == st.value:
            return self.verdict(Label.supported, f"The references say: {st.text}.", evidence=ev)
        # the record's own wording: "not legally binding" rather than "not binding"
        m = re.search(rf"\b((?:not\s+)?(?:\w+ly\s+)?{re.escape(st.property)})\b", st.text, re.I)
        right = m.group(1) if m else (st.property if st.value else f"not {st.property}")
        return self.verdict(
            Label.refuted, f"The references say: {st.text}.", confidence=0.9, correction=right, evidence=ev
        )

    def _place(self, claim: Claim, refs: ReferenceBase) -> Verdict:
        """Where an event happened: the draft's place against the event's recorded places."""
        event = refs.events.get(claim.slots.get("event_id") or "")
        if event is None or not event.places:
            return self.unverified("The references do not record where this happened.")
        said = claim.slots["place"]
        where = ", ".join(event.places[:2])
        ev = evidence_for(refs, event, f"{event.name}: {event.date:%d %b %Y}, {where}. {event.note}".strip())
        if fold(said).removeprefix("the ") in {fold(p).removeprefix("the ") for p in event.places}:
            why = f"{event.name} happened in {where}; the draft says {said}."
            return self.verdict(Label.supported, why, evidence=ev)
        return self.verdict(
            Label.refuted, f"{event.name} happened in {where} — the draft says {said}.",
            confidence=0.88, correction=event.places[0], evidence=ev,
        )

    def _term(self, claim: Claim, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
        """ "now in his second term": the numbered term of the office the person holds."""
        person = refs.people.get(claim.slots.get("person_id") or "")
        if person is None:
            return self.unverified("The person is not in the reference base.")
        on = ctx.published
        held = [o for o in person.offices if refs.tenure_of(person, o, on) in (Tenure.held, Tenure.presumed)]
        role_text = fold(claim.slots.get("role_text") or "")
        if role_text:
            held = [o for o in held if o.role in refs.roles and any(
                fold(t) in role_text for t in (refs.roles[o.role].title, *refs.roles[o.role].aliases) if len(t) > 3)]
        if len(held) == 1 and claim.slots.get("term_years") is not None:
            return self._term_length(claim, refs, person, held[0])
        if len(held) != 1 or held[0].term is None:
            return self.unverified(f"The references do not record which term {person.name} was serving on {on}.")
        o = held[0]
        n = claim.slots["term"]
        role = refs.roles.get(o.role)
        what = f"{person.name}'s term as {role.title if role else o.role} from {o.start}"
        ev = evidence_for(refs, person, o.note or what, list(o.sources))
        if n == o.term:
            return self.verdict(Label.supported, f"{what} is the {_ordinal(o.term)}.", evidence=ev)
        return self.verdict(
            Label.refuted, f"{what} is the {_ordinal(o.term)}, not the {_ordinal(n)}.",
            confidence=0.88, correction=f"{_ordinal(o.term)} term", evidence=ev,
        )

    def _sworn_by(self, claim: Claim, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
        """ "sworn in by Chief Justice John Roberts": who administered the oath."""
        person = refs.people.get(claim.slots.get("person_id") or "")
        recorded = [o for o in person.offices if o.sworn_by] if person else []
        if len(recorded) > 1:
            recorded = [o for o in recorded if o.start is not None and o.start <= ctx.published][-1:]
        if person is None or len(recorded) != 1:
            return self.unverified("The references do not record who swore this person in.")
        o = recorded[0]
        by = o.sworn_by or ""
        said = claim.slots["sworn_by"]
        ev = evidence_for(refs, person, o.note or f"{person.name} sworn in by {by}", list(o.sources))
        surname = fold(by.split()[-1])
        if re.search(rf"\b{re.escape(surname)}\b", fold(said)):
            why = f"{person.name} was sworn in by {by}; the draft says {said}."
            return self.verdict(Label.supported, why, evidence=ev)
        return self.verdict(
            Label.refuted, f"{person.name} was sworn in by {by} — the draft says {said}.",
            confidence=0.88, correction=f"sworn in by {by}", evidence=ev,
        )

    def _origin(self, claim: Claim, refs: ReferenceBase) -> Verdict:
        """ "Francis, a diplomat from Barbados": the country the person comes from."""
        person = refs.people.get(claim.slots.get("person_id") or "")
        if person is None or person.country is None:
            return self.unverified("The references do not record where this person comes from.")
        said = claim.slots["country"]
        ev = evidence_for(refs, person, f"{person.name} ({person.country})")
        if fold(said).removeprefix("the ") == fold(person.country).removeprefix("the "):
            return self.verdict(Label.supported, f"{person.name} is from {person.country}.", evidence=ev)
        return self.verdict(Label.refuted, f"{person.name} is from {person.country} — the draft says {said}.",
                            confidence=0.88, correction=person.country, evidence=ev)

    def _quote(self, claim: Claim, refs: ReferenceBase) -> Verdict:
        """A quotation against the words the sources record (see factdesk.extract.quotes)."""
        event = refs.events.get(claim.slots.get("event_id") or "")
        if event is None:
            return self.unverified("The quoted event is not in the reference base.")
        recorded = claim.slots["recorded"]
        ev = evidence_for(refs, event, f"{event.name}: \u201c{recorded}\u201d")
        if claim.slots.get("same"):
            return self.verdict(Label.supported, f"The sources quote: \u201c{recorded}\u201d.", evidence=ev)
        return self.verdict(
            Label.refuted, f"The sources quote \u201c{recorded}\u201d; the draft's wording differs.",
            confidence=0.85, correction=claim.slots["correction"], evidence=ev,
        )

    def _term_length(self, claim: Claim, refs: ReferenceBase, person, o) -> Verdict:  # noqa: ANN001
        n = claim.slots["term_years"]
        role = refs.roles.get(o.role)
        what = f"{person.name}'s terms as {role.title if role else o.role}"
        if o.term_years is None:
            return self.unverified(f"The references do not record how long {what} run.")
        ev = evidence_for(refs, person, o.note or what, list(o.sources))
        if n == o.term_years:
            return self.verdict(Label.supported, f"{what} run {o.term_years} years.", evidence=ev)
        return self.verdict(
            Label.refuted, f"{what} run {o.term_years} years, not {n}.",
            confidence=0.88, correction=f"{_NUMBER_WORDS.get(o.term_years, str(o.term_years))}-year term", evidence=ev,
        )


_NUMBER_WORDS = dict(enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), 1))


def _ordinal(n: int) -> str:
    words = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
    return words[n - 1] if 1 <= n <= len(words) else f"{n}th"
