"""Helpers shared by the built-in checkers (verdict building, evidence)."""

from __future__ import annotations

import datetime as dt

from factdesk.refs.base import ReferenceBase
from factdesk.refs.pack import Record
from factdesk.refs.quote import address, part_for, quote, version_date
from schemas.contracts import Evidence, Label, Verdict

#: below this confidence a refutation is reported as ``unverified``
REFUTE_THRESHOLD = 0.8


def evidence_for(refs: ReferenceBase, record: Record, excerpt: str, urls: list[str] | None = None,
                 retrieved: dt.date | None = None) -> list[Evidence]:
    """One evidence item per source address of ``record`` (or of the part of it whose
    sources are ``urls``), each quoting the record's own words (``factdesk.refs.quote``).
    ``retrieved_at`` is when the text was read: the fetch of a live-source record, else the
    record's own date (``retrieved``: a world-base snapshot or dataset version), else the
    date its pack's version names."""
    prov = refs.provenance(record)
    fetched = refs.retrieval(record)  # a live-source record: when, and the hash of what was fetched
    said = quote(record, part_for(record, urls))
    where = address(record, prov)
    own = retrieved or getattr(record, "retrieved", None)
    when = (fetched.retrieved_at if fetched
            else dt.datetime.combine(own, dt.time(), tzinfo=dt.UTC) if own else version_date(prov.version))
    return [
        Evidence(source=f"{prov.pack}@{prov.version}", url=url, excerpt=excerpt, quote=said, record=where,
                 retrieved_at=when, content_hash=fetched and fetched.content_hash)
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
