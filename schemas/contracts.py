"""pydantic contracts passed between pipeline stages.

    Document --extract--> Claim --check--> Verdict(+Evidence) --store/report-->

These models are the boundary every stage agrees on; storage tables live in
``schemas.tables`` and mirror them.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ClaimKind(StrEnum):
    person_role = "person_role"
    name = "name"
    event_date = "event_date"
    vote = "vote"
    quantity = "quantity"
    statement = "statement"


class Label(StrEnum):
    supported = "supported"
    refuted = "refuted"
    unverified = "unverified"
    conflicting = "conflicting"


#: Severity order used by ``--fail-on``: a label fails a run when its rank is
#: at least the rank of the requested level.
LABEL_RANK: dict[Label, int] = {
    Label.supported: 0,
    Label.unverified: 1,
    Label.conflicting: 1,
    Label.refuted: 2,
}


class Document(BaseModel):
    """One input text as read: ``text`` is the whole file, front matter included."""

    model_config = ConfigDict(frozen=True)

    text: str
    origin: str
    sha256: str
    format: str = Field(description="markdown | text | html")
    published: dt.date
    published_source: str = Field(description="front_matter | flag | today")
    title: str | None = None


class Claim(BaseModel):
    """A checkable statement with its exact span in ``Document.text``."""

    kind: ClaimKind
    start: int
    end: int
    text: str
    slots: dict[str, Any] = Field(default_factory=dict)
    type: str | None = Field(default=None, description="the claim type within its kind, e.g. vote.result")


class Evidence(BaseModel):
    source: str
    url: str
    excerpt: str
    retrieved_at: dt.datetime | None = None
    content_hash: str | None = None


class Verdict(BaseModel):
    label: Label
    correction: str | None = None
    rationale: str
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: list[Evidence] = Field(default_factory=list)
    checker: str
    checker_version: str


class CheckedClaim(BaseModel):
    claim: Claim
    line: int
    verdict: Verdict


class DocumentReport(BaseModel):
    document: Document
    claims: list[CheckedClaim]
    run_id: str | None = None

    def worst_rank(self) -> int:
        return max((LABEL_RANK[c.verdict.label] for c in self.claims), default=-1)
