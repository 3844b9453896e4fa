"""What a report or the desk's document view shows: one model built either from a
fresh ``DocumentReport`` or from a stored run (with the editors' reviews).

The article text is untrusted: it is cut into plain-text pieces here and escaped by the
templates; nothing in this module produces markup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from factdesk.review.reviews import claim_key, document_reviews
from factdesk.store.crud import run_report
from schemas.contracts import DocumentReport, Label
from schemas.review import ReviewRow
from schemas.tables import DocumentRow

LABELS = [lb.value for lb in Label]
# most severe first: the colour of text covered by several claims
SEVERITY = ["refuted", "conflicting", "unverified", "supported"]


@dataclass
class EvidenceView:
    source: str
    url: str
    excerpt: str
    retrieved_at: dt.datetime | None

    @property
    def link(self) -> str | None:
        """The URL when it is an http(s) link; anything else (``javascript:``...) is shown as text only."""
        return self.url if self.url.lower().startswith(("https://", "http://")) else None


@dataclass
class ClaimView:
    number: int
    id: int | None
    kind: str
    start: int
    end: int
    line: int
    text: str
    label: str
    correction: str | None
    rationale: str
    confidence: float
    checker: str
    evidence: list[EvidenceView]
    reviews: list[ReviewRow] = field(default_factory=list)

    @property
    def review(self) -> ReviewRow | None:
        """The decision in force: the latest review of this claim (or of the same claim in an earlier run)."""
        return self.reviews[-1] if self.reviews else None

    @property
    def effective_label(self) -> str:
        return self.review.new_label if self.review else self.label

    @property
    def anchor(self) -> str:
        return f"claim-{self.number}"


@dataclass
class Piece:
    """A run of article text covered by the same claims (``label`` None: no claim), or,
    with ``tag`` set, the text label placed right after a claim's span."""

    text: str = ""
    label: str | None = None
    numbers: tuple[int, ...] = ()
    tag: ClaimView | None = None


@dataclass
class DocView:
    origin: str
    title: str | None
    published: dt.date
    published_source: str
    text: str
    run_id: str | None
    checked_at: dt.datetime | None
    document_id: int | None
    claims: list[ClaimView]

    @property
    def counts(self) -> dict[str, int]:
        """Claims per machine label, every label listed."""
        out = dict.fromkeys(SEVERITY, 0)
        for c in self.claims:
            out[c.label] = out.get(c.label, 0) + 1
        return out

    @property
    def reviewed(self) -> int:
        return sum(1 for c in self.claims if c.review is not None)

    @property
    def pieces(self) -> list[Piece]:
        return split_text(self.text, self.claims)


def split_text(text: str, claims: list[ClaimView]) -> list[Piece]:
    """Cut ``text`` at every claim boundary; overlapping claims share pieces. A claim whose
    span does not match the text exactly is not highlighted (its panel still shows)."""
    good = [c for c in claims if 0 <= c.start < c.end <= len(text) and text[c.start:c.end] == c.text]
    cuts = sorted({0, len(text), *(c.start for c in good), *(c.end for c in good)})
    pieces: list[Piece] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [c for c in good if c.start <= a and b <= c.end]
        label = min((c.effective_label for c in covering), key=SEVERITY.index) if covering else None
        pieces.append(Piece(text=text[a:b], label=label, numbers=tuple(c.number for c in covering)))
        pieces.extend(Piece(tag=c) for c in good if c.end == b)
    return pieces


def from_report(report: DocumentReport) -> DocView:
    doc = report.document
    claims = [
        ClaimView(number=i, id=None, kind=cc.claim.kind.value, start=cc.claim.start, end=cc.claim.end, line=cc.line,
                  text=cc.claim.text, label=cc.verdict.label.value, correction=cc.verdict.correction,
                  rationale=cc.verdict.rationale, confidence=cc.verdict.confidence,
                  checker=f"{cc.verdict.checker}@{cc.verdict.checker_version}",
                  evidence=[EvidenceView(e.source, e.url, e.excerpt, e.retrieved_at) for e in cc.verdict.evidence])
        for i, cc in enumerate(sorted(report.claims, key=lambda c: (c.claim.start, c.claim.end)), start=1)
    ]
    return DocView(origin=doc.origin, title=doc.title, published=doc.published, published_source=doc.published_source,
                   text=doc.text, run_id=report.run_id, checked_at=None, document_id=None, claims=claims)


def from_run(*, session: Session, run_id: str) -> DocView:
    """A stored run with every review that applies to its claims (raises StoreError when unknown)."""
    run, rows = run_report(session=session, run_id=run_id)
    doc = session.exec(select(DocumentRow).where(col(DocumentRow.id) == run.document_id)).one()
    reviews = document_reviews(session=session, document_ids=[doc.id]).get(doc.id, {})
    claims = []
    for i, (c, v, ev) in enumerate(sorted(rows, key=lambda r: (r[0].start, r[0].end, r[0].id)), start=1):
        claims.append(ClaimView(
            number=i, id=c.id, kind=c.kind, start=c.start, end=c.end, line=c.line, text=c.text, label=v.label,
            correction=v.correction, rationale=v.rationale, confidence=v.confidence,
            checker=f"{v.checker}@{v.checker_version}",
            evidence=[EvidenceView(e.source, e.url, e.excerpt, e.retrieved_at) for e in ev],
            reviews=list(reviews.get(claim_key(c), [])),
        ))
    return DocView(origin=doc.origin, title=doc.title, published=run.published, published_source=run.published_source,
                   text=doc.text, run_id=run.id, checked_at=run.started_at, document_id=doc.id, claims=claims)
