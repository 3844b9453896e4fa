"""Helpers shared by the built-in checkers (verdict building, evidence)."""

from __future__ import annotations

import datetime as dt

from factdesk.refs.base import ReferenceBase
from factdesk.refs.pack import Record
from schemas.contracts import Evidence, Label, Verdict

#: below this confidence a refutation is reported as ``unverified``
REFUTE_THRESHOLD = 0.8


def evidence_for(refs: ReferenceBase, record: Record, excerpt: str, urls: list[str] | None = None,
                 retrieved: dt.date | None = None) -> list[Evidence]:
    """Evidence for ``record``: one item per source URL. ``retrieved_at`` is when the text was
    read: the record's own date (a snapshot, a dataset version) or else its pack's version date."""
    prov = refs.provenance(record)
    when = retrieved or getattr(record, "retrieved", None) or _version_date(prov.version)
    at = dt.datetime.combine(when, dt.time(), tzinfo=dt.UTC) if when else None
    return [
        Evidence(source=f"{prov.pack}@{prov.version}", url=url, excerpt=excerpt, retrieved_at=at)
        for url in (urls or list(record.sources))  # type: ignore[union-attr]
    ]


def _version_date(version: str) -> dt.date | None:
    """A pack version that is a date ("2026.11.23", "2026-11-23"), else None."""
    try:
        return dt.date.fromisoformat(version.replace(".", "-")[:10])
    except ValueError:
        return None


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
