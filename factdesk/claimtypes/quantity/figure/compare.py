"""quantity: a number compared with a known figure, honouring hedges and rounding."""

from __future__ import annotations

import math

from factdesk import lexicon
from factdesk.claimtypes.quantity.figure.finder import UNLISTED
from factdesk.claimtypes.quantity.figure.slots import FigureSlots
from factdesk.claimtypes.spec import CheckContext
from factdesk.claimtypes.verdicts import BaseChecker, evidence_for
from factdesk.refs.base import ReferenceBase
from schemas.contracts import Label, Verdict


def _fmt(value: float, unit: str) -> str:
    if unit == "USD":
        if value >= 1e6:
            return f"${value / 1e6:g} million"
        return f"${value:,.0f}"
    return f"{value:,.0f}"


def _rounding_step(digits: str, value: float) -> float:
    """The precision a written number implies: '14,000' -> 1,000; '13,981' -> 1."""
    plain = digits.replace(",", "")
    if "." in plain:
        decimals = len(plain.split(".")[1])
        return (value / float(plain)) * 10 ** (-decimals) if float(plain) else 1.0
    stripped = plain.rstrip("0")
    zeros = len(plain) - len(stripped)
    scale = value / float(plain) if float(plain) else 1.0
    return scale * 10**zeros


def _provisional(q, s: FigureSlots, right: str, ctx: CheckContext) -> str | None:  # noqa: ANN001
    """Why a different number is not refuted when the story was published while the official
    figure was still an estimate that later changed (``provisional_until`` in the pack)."""
    until = getattr(q, "provisional_until", None)
    if until is None or ctx.published > until:
        return None
    return (f"{q.subject}: {right} is the figure established after {until.isoformat()}; the story is dated "
            f"{ctx.published.isoformat()}, when the official figure was still an estimate that changed later, "
            f"so '{(s.vague or s.written).strip()}' is not refuted.")


#: a figure this many times larger or smaller than the recorded one is not a misstatement of it but
#: another count the same words describe: a part of it ("97 remain in Gaza, including 34 the Israeli
#: military says are dead", NZ Herald 2024-11-21; "the bodies of 37 hostages who either died in Gaza or
#: were killed on October 7", NDTV 2024-10-07) or a later toll ("The conflict, which began on October 7,
#: 2023, has seen heavy casualties, with 43,020 reported dead", Africanews 2024-10-28). The wrong figures
#: of tests/corpus are within it (1,400 for 1,200; 215 for 251; $160.5 million for $106.5 million).
OTHER_ORDER = 3.0


def _other_count(value: float, truth: float) -> bool:
    """``value`` is of another order than ``truth``: it identifies another count, not this one."""
    return truth > 0 and value > 0 and not (truth / OTHER_ORDER <= value <= truth * OTHER_ORDER)


def compare(ck: BaseChecker, s: FigureSlots, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
    q = refs.quantities.get(s.quantity_id)
    if q is None:
        if s.quantity_id.startswith(UNLISTED):
            # a background count (factdesk/lexicon/counts.yaml): the packs hold no running toll
            role = lexicon.role_words("counts").roles[s.quantity_id.removeprefix(UNLISTED)]
            what = role.description.split(",")[0].rstrip(".").lower()
            return ck.unverified(f"The references hold no such figure ({what}): "
                                 f"'{s.written.strip()}' is neither supported nor refuted.")
        return ck.unverified("No reference figure covers this quantity.")
    ev = evidence_for(refs, q, f"{q.subject}: {_fmt(q.value, q.unit)}. {q.note}".strip())
    truth = q.value
    right = _fmt(truth, q.unit)
    if s.vague is not None:
        ok = s.low <= truth <= s.high
        if not ok and (provisional := _provisional(q, s, right, ctx)) is not None:
            return ck.unverified(provisional)
        if not ok and (_other_count(s.low, truth) and _other_count(s.high, truth)):
            return ck.unverified(f"{q.subject}: {right}; '{s.vague}' is not of that order, so it may count something "
                                 f"else the same words describe: not refuted.", ev)
        label = Label.supported if ok else Label.refuted
        return ck.verdict(label, f"'{s.vague}' vs {q.subject}: {right}.", confidence=0.85, correction=right,
                          evidence=ev)
    value = float(s.value)
    step = _rounding_step(s.digits or str(value), value)
    hedge = s.hedge
    # the reference itself may be a round figure ("about 1,200")
    ref_tol = truth * 0.05 if q.note.lower().startswith("about") or "approx" in q.note.lower() else 0.0
    tol = max(step / 2, ref_tol)
    if hedge == "approx":
        ok = abs(value - truth) <= max(tol, value * 0.1)
    elif hedge == "below":
        ok = truth <= value + tol and truth >= value * 0.85
    elif hedge == "above" or hedge == "at_least":
        # a bound is not a rounded figure: "more than 300" says the count passed 300
        ok = truth >= value - ref_tol
    elif hedge == "below_strict" or hedge == "at_most":
        ok = truth <= value + ref_tol
    else:
        ok = abs(value - truth) <= tol or math.isclose(value, truth, rel_tol=1e-9)
    if ok:
        return ck.verdict(Label.supported, f"{q.subject}: {right}; the draft's '{s.written.strip()}' fits.",
                          evidence=ev)
    provisional = _provisional(q, s, right, ctx)
    if provisional is not None:
        return ck.unverified(provisional)
    if s.attributed:
        # a party's figure as the story reports it: the party's own count changed over time (Israel's
        # hostage count was "about 240" into December 2023, 251 later), the references hold the settled one
        return ck.unverified(f"{q.subject}: {right}; the sentence gives '{s.written.strip()}' as a party's figure, "
                             f"which the references do not hold as it stood on each day: not refuted.", ev)
    if _other_count(value, truth):
        return ck.unverified(f"{q.subject}: {right}; '{s.written.strip()}' is not of that order, so it may count "
                             f"something else the same words describe (a part of it, or a later toll): not "
                             f"refuted.", ev)
    off_by = abs(value - truth) / truth if truth else 1.0
    return ck.verdict(
        Label.refuted,
        f"{q.subject}: {right}; the draft says '{s.written.strip()}'.",
        confidence=0.9 if off_by > 0.1 or not hedge else 0.7,
        correction=right.removeprefix("$") if q.unit != "USD" else right,
        evidence=ev,
    )
