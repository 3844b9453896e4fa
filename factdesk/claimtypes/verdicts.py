"""Verdict building shared by every claim type: the label rules, the refutation threshold,
evidence, and the family checker that hands a claim to its type's comparer."""

from __future__ import annotations

from factdesk.claimtypes.spec import CheckContext
from factdesk.refs.base import ReferenceBase
from factdesk.refs.pack import Record
from schemas.contracts import Claim, Evidence, Label, Verdict

#: below this confidence a refutation is reported as ``unverified``
REFUTE_THRESHOLD = 0.8


def evidence_for(refs: ReferenceBase, record: Record, excerpt: str, urls: list[str] | None = None) -> list[Evidence]:
    prov = refs.provenance(record)
    return [
        Evidence(source=f"{prov.pack}@{prov.version}", url=url, excerpt=excerpt)
        for url in (urls or list(record.sources))  # type: ignore[union-attr]
    ]


class BaseChecker:
    name = "base"
    version = "1"
    kind = ""

    def verdict(
        self,
        label: Label,
        rationale: str,
        *,
        confidence: float = 0.95,
        correction: str | None = None,
        evidence: list[Evidence] | None = None,
    ) -> Verdict:
        if label is Label.refuted and confidence < REFUTE_THRESHOLD:
            label = Label.unverified
            rationale = f"Not certain enough to refute (confidence {confidence:.2f}): {rationale}"
            correction = None
        return Verdict(
            label=label,
            correction=correction if label is Label.refuted else None,
            rationale=rationale,
            confidence=confidence,
            evidence=evidence or [],
            checker=self.name,
            checker_version=self.version,
        )

    def unverified(self, rationale: str, evidence: list[Evidence] | None = None) -> Verdict:
        return self.verdict(Label.unverified, rationale, confidence=0.5, evidence=evidence)


class FamilyChecker(BaseChecker):
    """The checker of one family (claim kind): finds the claim's type, reads its slots into
    the type's model and calls the type's comparer. Registered through the
    ``factdesk.checkers`` entry-point group like an outside checker."""

    def check(self, claim: Claim, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
        from factdesk.claimtypes.registry import type_of

        ctype = type_of(claim)
        return ctype.compare(self, ctype.parse(claim.slots), refs, ctx)
