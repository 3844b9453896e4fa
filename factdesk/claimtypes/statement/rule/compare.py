"""Compare a statement.rule claim with the Charter's rule (charter.yaml)."""

from __future__ import annotations

from factdesk.claimtypes.base import CheckContext, Fact, Identification, Origin
from factdesk.claimtypes.statement.permanent_member.data import load as load_members
from factdesk.claimtypes.statement.rule.data import load
from factdesk.claimtypes.statement.rule.slots import RuleSlots
from factdesk.claimtypes.verdicts import BaseChecker
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Evidence, Label, Verdict

_BODY = {"sc-adoption": "Security Council", "ga-majority": "General Assembly"}
_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
          11: "eleven", 15: "fifteen"}


def resolve(s: RuleSlots, refs: ReferenceBase, ctx: CheckContext) -> Identification:
    """The record is the rule, named by its body: in the sentence ("the Council", "permanent
    members"), or only in the passage before it (then it is not enough to refute)."""
    rule = load().get(s.rule)
    if rule is None:
        return Identification()
    origin = Origin.sentence if s.body_words else Origin.context
    return Identification(record=s.rule, label=rule["label"], candidates=1, facts=[
        Fact(slot="body", value=_BODY[s.rule], origin=origin, words=s.body_words)])


def _num(n: int) -> str:
    return _WORDS.get(n, str(n))


def _sc_wrong(s: RuleSlots, rule: dict) -> list[tuple[str, str]]:
    """(what the sentence says, what the rule says) for every part of the rule it gets wrong."""
    members = load_members()["members"]
    wrong = []
    if s.votes is not None and s.votes != rule["votes"]:
        wrong.append((f"{s.votes} votes", f"at least {_num(rule['votes'])} votes in favour"))
    if s.size is not None and s.size != rule["size"]:
        wrong.append((f"{s.size} members", f"{_num(rule['size'])} Council members"))
    others = [c for c in s.members if c not in members]
    if (s.permanent is not None and s.permanent != rule["permanent"]) or others:
        said = (f"{_num(s.permanent)} permanent members" if s.permanent is not None and s.permanent != rule["permanent"]
                else "permanent members including " + ", ".join(others))
        wrong.append((said, f"{_num(rule['permanent'])} permanent members: " + ", ".join(members)))
    return wrong


def _ga_wrong(s: RuleSlots, rule: dict) -> list[tuple[str, str]]:
    if s.majority is None or s.majority in rule["majorities"]:
        return []
    return [(f"a {s.majority} majority", "a two-thirds majority of the members present and voting (important "
             "questions; a simple majority for others)")]


def compare(ck: BaseChecker, s: RuleSlots, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    rule = load().get(s.rule)
    if rule is None:
        return ck.unverified("No reference rule covers this.")
    ev = [Evidence(source=f"statement.rule/charter.yaml#{s.rule}", url=url, excerpt=rule["text"])
          for url in rule["sources"]]
    wrong = _sc_wrong(s, rule) if s.rule == "sc-adoption" else _ga_wrong(s, rule)
    if not wrong:
        return ck.verdict(Label.supported, f"The Charter's rule: {rule['text']}.", evidence=ev)
    said = "; ".join(w for w, _ in wrong)
    return ck.verdict(Label.refuted, f"The Charter's rule: {rule['text']}; the draft says {said}.",
                      confidence=0.95, correction="; ".join(r for _, r in wrong), evidence=ev,
                      identification=resolve(s, refs, ctx))
