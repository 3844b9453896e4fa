"""Compare a statement.permanent_member claim with the Charter's list (members.yaml)."""

from __future__ import annotations

from factdesk.claimtypes.base import CheckContext, Fact, Identification, Origin
from factdesk.claimtypes.statement.permanent_member.data import load
from factdesk.claimtypes.statement.permanent_member.slots import PermanentMemberSlots
from factdesk.claimtypes.verdicts import BaseChecker
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Evidence, Label, Verdict


def resolve(s: PermanentMemberSlots, refs: ReferenceBase, ctx: CheckContext) -> Identification:
    """The record is the country's seat on the Council, named by the country and the Council."""
    return Identification(record=s.country, label=f"{s.country} (Security Council seat)", candidates=1, facts=[
        Fact(slot="country", value=s.country, origin=Origin.sentence),
        Fact(slot="body", value="Security Council", origin=Origin.sentence, words=s.said),
    ])


def compare(ck: BaseChecker, s: PermanentMemberSlots, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    data = load()
    members = data["members"]
    actual = s.country in members
    fact = "The permanent members of the Security Council are " + ", ".join(members) + "."
    ev = [Evidence(source="statement.permanent_member/members.yaml", url=url, excerpt=fact) for url in data["sources"]]
    what = "a permanent" if actual else "not a permanent"
    if actual == s.permanent:
        return ck.verdict(Label.supported, f"{fact} {s.country} is {what} member.", evidence=ev)
    right = "a permanent member" if actual else "not a permanent member"
    return ck.verdict(Label.refuted, f"{fact} {s.country} is {what} member; the draft says '{s.said}'.",
                      confidence=0.95, correction=right, evidence=ev, identification=resolve(s, refs, ctx))
