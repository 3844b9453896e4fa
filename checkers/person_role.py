"""person_role: does the named person hold the stated office on the publication date?"""

from __future__ import annotations

from checkers.base import BaseChecker, evidence_for
from checkers.spec import CheckContext
from factdesk.refs.base import ReferenceBase, Tenure, tenure
from factdesk.refs.pack import Office, Person, Role
from schemas.contracts import Claim, Label, Verdict


def _role_name(role: Role) -> str:
    return f"{role.title}" + (f" ({role.country})" if role.country else "")


def _office_text(office: Office) -> str:
    s = office.start.isoformat() if office.start else "?"
    e = office.end.isoformat() if office.end else "present"
    return f"{s} to {e}"


class PersonRoleChecker(BaseChecker):
    name = "person_role"
    version = "1"
    kind = "person_role"

    def check(self, claim: Claim, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
        slots = claim.slots
        title, country = slots["title"], slots.get("country")
        on = ctx.published
        if country and country.startswith("?"):
            return self.unverified(f"'{title}' is qualified by '{country[1:]}', which the references do not cover.")
        roles = refs.roles_titled(title, country)
        person = refs.people.get(slots.get("person_id") or "")
        modifier = slots.get("modifier")
        if not roles:
            return self.unverified(f"No office titled '{title}'" + (f" for {country}" if country else "") + " in the references.")
        if person is None:
            return self._unknown_person(claim, roles, refs, ctx)
        mine = [(o, refs.roles[o.role]) for o in person.offices if o.role in {r.id for r in roles}]
        if not country and mine:
            roles = [r for _, r in mine]  # "President Biden": the person's own office settles which
        if not mine:
            return self._never_held(person, roles, refs, ctx, title)
        states = [(tenure(o, on), o, r) for o, r in mine]
        held = [x for x in states if x[0] is Tenure.held]
        ever = [x for x in states if x[0] in (Tenure.held, Tenure.after, Tenure.unknown)]
        if modifier in ("then", "late"):
            o, r = mine[0]
            ev = evidence_for(refs, person, f"{person.name}: {_role_name(r)}, {_office_text(o)}", list(o.sources))
            return self.verdict(Label.supported, f"{person.name} held the office of {_role_name(r)} ({_office_text(o)}).", evidence=ev)
        if modifier in ("former", "ex", "outgoing"):
            after = [x for x in states if x[0] is Tenure.after]
            if after:
                _, o, r = after[0]
                ev = evidence_for(refs, person, f"{person.name}: {_role_name(r)}, {_office_text(o)}", list(o.sources))
                return self.verdict(Label.supported, f"{person.name} was {_role_name(r)} ({_office_text(o)}), before {on}.", evidence=ev)
            if held:
                _, o, r = held[0]
                ev = evidence_for(refs, person, f"{person.name}: {_role_name(r)}, {_office_text(o)}", list(o.sources))
                return self.verdict(
                    Label.refuted,
                    f"On {on} {person.name} still held the office of {_role_name(r)} ({_office_text(o)}); 'former' is wrong.",
                    confidence=0.85, correction=f"{r.title} {person.name}", evidence=ev,
                )
            return self.unverified(f"The references do not settle whether {person.name} had left the office by {on}.")
        if held:
            _, o, r = held[0]
            ev = evidence_for(refs, person, f"{person.name}: {_role_name(r)}, {_office_text(o)}", list(o.sources))
            return self.verdict(Label.supported, f"{person.name} held the office of {_role_name(r)} on {on} ({_office_text(o)}).", evidence=ev)
        if any(x[0] is Tenure.unknown for x in states):
            _, o, r = next(x for x in states if x[0] is Tenure.unknown)
            ev = evidence_for(refs, person, f"{person.name}: {_role_name(r)}, {_office_text(o)}", list(o.sources))
            return self.unverified(
                f"{person.name} held the office of {_role_name(r)} ({_office_text(o)}), but the sources do not settle {on}.", ev
            )
        st, o, r = states[0]
        ev = evidence_for(refs, person, f"{person.name}: {_role_name(r)}, {_office_text(o)}", list(o.sources))
        if st is Tenure.after:
            successor = [p.name for p, _ in refs.holders(r.id, on) if p.id != person.id]
            extra = f"; {successor[0]} held it on {on}" if successor else ""
            return self.verdict(
                Label.refuted,
                f"{person.name} was {_role_name(r)} only until {o.end}{extra}. The story is dated {on}.",
                confidence=0.95, correction=f"former {r.title}", evidence=ev,
            )
        return self.verdict(
            Label.refuted,
            f"{person.name} became {_role_name(r)} only on {o.start}; the story is dated {on}.",
            confidence=0.9, correction=f"not yet {r.title} (took office {o.start})", evidence=ev,
        )

    def _never_held(self, person: Person, roles: list[Role], refs: ReferenceBase, ctx: CheckContext, title: str) -> Verdict:
        on = ctx.published
        actual = [(o, refs.roles[o.role]) for o in person.offices if tenure(o, on) is Tenure.held]
        holders = [(p, o, r) for r in roles for p, o in refs.holders(r.id, on)]
        if len(roles) == 1 and holders:
            p, o, r = holders[0]
            ev = evidence_for(refs, p, f"{p.name}: {_role_name(r)}, {_office_text(o)}", list(o.sources))
            if actual:
                ao, ar = actual[0]
                ev += evidence_for(refs, person, f"{person.name}: {_role_name(ar)}, {_office_text(ao)}", list(ao.sources))
                return self.verdict(
                    Label.refuted,
                    f"On {on} {person.name} was {_role_name(ar)}; {_role_name(r)} was {p.name}.",
                    confidence=0.9, correction=ar.title, evidence=ev,
                )
            return self.verdict(
                Label.refuted,
                f"On {on} the {_role_name(r)} was {p.name}, not {person.name}.",
                confidence=0.85, correction=f"{p.name}", evidence=ev,
            )
        return self.unverified(f"The references record no '{title}' office for {person.name} and no holder of it on {on}.")

    def _unknown_person(self, claim: Claim, roles: list[Role], refs: ReferenceBase, ctx: CheckContext) -> Verdict:
        on = ctx.published
        name = claim.slots.get("name", "")
        country = claim.slots.get("country")
        if country and len(roles) == 1 and " " in name.strip() and claim.slots.get("modifier") is None:
            holders = refs.holders(roles[0].id, on)
            if len(holders) == 1:
                p, o = holders[0]
                r = roles[0]
                ev = evidence_for(refs, p, f"{p.name}: {_role_name(r)}, {_office_text(o)}", list(o.sources))
                return self.verdict(
                    Label.refuted,
                    f"On {on} the {_role_name(r)} was {p.name}; the references know no '{name}' in that office.",
                    confidence=0.85, correction=p.name, evidence=ev,
                )
        return self.unverified(f"'{name}' is not in the reference base.")
