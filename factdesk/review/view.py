"""What a report or the desk's document view shows: one model built either from a
fresh ``DocumentReport`` or from a stored run (with the editors' reviews, comments,
the document's status and its audit log).

The article text is untrusted: it is cut into plain-text pieces here and escaped by the
templates; nothing in this module produces markup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from factdesk.refs.tiers import TIERS, tier
from factdesk.review.desk import audit_log, comments, desk_state
from factdesk.review.frontmatter import split_front_matter
from factdesk.review.reviews import claim_key, document_reviews
from factdesk.store.crud import run_report
from schemas.contracts import DocumentReport, Label
from schemas.desk import AuditRow, CommentRow
from schemas.review import ReviewRow
from schemas.tables import DocumentRow

LABELS = [lb.value for lb in Label]
# most severe first: the order of the panels and the colour of text covered by several claims
SEVERITY = ["refuted", "conflicting", "unverified", "supported"]
#: what the "what to fix" list holds
TO_FIX = ("refuted", "conflicting")


@dataclass
class EvidenceView:
    source: str
    url: str
    excerpt: str
    retrieved_at: dt.datetime | None
    quote: str | None = None
    record: str | None = None

    @property
    def link(self) -> str | None:
        """The URL when it is an http(s) link; anything else (``javascript:``...) is shown as text only."""
        return self.url if self.url.lower().startswith(("https://", "http://")) else None

    @property
    def tier(self) -> str:
        return tier(self.url)


@dataclass
class EvidenceGroup:
    """One thing a verdict rests on: the words of one record (or, for evidence stored
    before records were quoted, the checker's excerpt) with every address that carries
    it, most authoritative first. Identical addresses are listed once."""

    quote: str
    quoted: bool  # True: the record's own words; False: only the checker's excerpt is stored
    record: str | None
    source: str
    retrieved_at: dt.datetime | None
    items: list[EvidenceView] = field(default_factory=list)

    @property
    def best(self) -> int:
        return min((TIERS.index(e.tier) for e in self.items), default=len(TIERS))


def group_evidence(evidence: list[EvidenceView]) -> list[EvidenceGroup]:
    groups: dict[tuple[str | None, str], EvidenceGroup] = {}
    for e in evidence:
        said = e.quote or e.excerpt
        g = groups.get((e.record, said))
        if g is None:
            g = groups[(e.record, said)] = EvidenceGroup(quote=said, quoted=bool(e.quote), record=e.record,
                                                         source=e.source, retrieved_at=e.retrieved_at)
        if all(x.url != e.url for x in g.items):
            g.items.append(e)
    for g in groups.values():
        g.items.sort(key=lambda x: TIERS.index(x.tier))
    return sorted(groups.values(), key=lambda g: g.best)


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
    comments: list[CommentRow] = field(default_factory=list)
    prev_problem: ClaimView | None = None
    next_problem: ClaimView | None = None

    @property
    def review(self) -> ReviewRow | None:
        """The decision in force: the latest review of this claim (or of the same claim in an earlier run)."""
        return self.reviews[-1] if self.reviews else None

    @property
    def effective_label(self) -> str:
        return self.review.new_label if self.review else self.label

    @property
    def effective_correction(self) -> str | None:
        """The corrected value in force: the editor's when reviewed (none if they gave none),
        else the machine's."""
        return self.review.correction if self.review else self.correction

    @property
    def is_problem(self) -> bool:
        return self.effective_label != "supported"

    @property
    def sources(self) -> list[EvidenceGroup]:
        return group_evidence(self.evidence)

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
    format: str = "text"
    status: str = "new"
    assignee: str | None = None
    comments: list[CommentRow] = field(default_factory=list)  # on the document itself
    audit: list[AuditRow] = field(default_factory=list)
    sha256: str | None = None

    def __post_init__(self) -> None:
        self.metadata, self.body_start = split_front_matter(self.text, self.format)
        self.claims.sort(key=lambda c: (SEVERITY.index(c.effective_label), c.start, c.end, c.number))
        problems = [c for c in self.claims if c.is_problem]
        for a, b in zip(problems, problems[1:], strict=False):
            a.next_problem, b.prev_problem = b, a

    @property
    def counts(self) -> dict[str, int]:
        """Claims per machine label, every label listed."""
        out = dict.fromkeys(SEVERITY, 0)
        for c in self.claims:
            out[c.label] = out.get(c.label, 0) + 1
        return out

    @property
    def effective_counts(self) -> dict[str, int]:
        """Claims per label in force (the editor's where reviewed), every label listed."""
        out = dict.fromkeys(SEVERITY, 0)
        for c in self.claims:
            out[c.effective_label] += 1
        return out

    @property
    def problems(self) -> list[ClaimView]:
        """Claims whose label in force is not ``supported``, worst first."""
        return [c for c in self.claims if c.is_problem]

    @property
    def to_fix(self) -> list[ClaimView]:
        """Refuted and conflicting claims (label in force), in text order."""
        return sorted((c for c in self.claims if c.effective_label in TO_FIX), key=lambda c: (c.start, c.number))

    @property
    def open_supported(self) -> list[ClaimView]:
        """Supported claims no editor has decided on yet (what bulk accept accepts)."""
        return [c for c in self.claims if c.label == "supported" and c.review is None and c.id is not None]

    @property
    def reviewed(self) -> int:
        return sum(1 for c in self.claims if c.review is not None)

    @property
    def pieces(self) -> list[Piece]:
        return split_text(self.text, self.claims, self.body_start)


def split_text(text: str, claims: list[ClaimView], start: int = 0) -> list[Piece]:
    """Cut ``text[start:]`` at every claim boundary; overlapping claims share pieces. A claim
    whose span does not match the text exactly, or lies before ``start`` (in front matter),
    is not highlighted (its panel still shows)."""
    good = [c for c in claims if start <= c.start < c.end <= len(text) and text[c.start:c.end] == c.text]
    cuts = sorted({start, len(text), *(c.start for c in good), *(c.end for c in good)})
    pieces: list[Piece] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [c for c in good if c.start <= a and b <= c.end]
        label = min((c.effective_label for c in covering), key=SEVERITY.index) if covering else None
        pieces.append(Piece(text=text[a:b], label=label, numbers=tuple(c.number for c in covering)))
        pieces.extend(Piece(tag=c) for c in sorted(good, key=lambda c: c.number) if c.end == b)
    return pieces


def evidence_view(e) -> EvidenceView:  # noqa: ANN001  (an Evidence or an EvidenceRow)
    return EvidenceView(e.source, e.url, e.excerpt, e.retrieved_at, e.quote, e.record)


def from_report(report: DocumentReport) -> DocView:
    doc = report.document
    claims = [
        ClaimView(number=i, id=None, kind=cc.claim.kind.value, start=cc.claim.start, end=cc.claim.end, line=cc.line,
                  text=cc.claim.text, label=cc.verdict.label.value, correction=cc.verdict.correction,
                  rationale=cc.verdict.rationale, confidence=cc.verdict.confidence,
                  checker=f"{cc.verdict.checker}@{cc.verdict.checker_version}",
                  evidence=[evidence_view(e) for e in cc.verdict.evidence])
        for i, cc in enumerate(sorted(report.claims, key=lambda c: (c.claim.start, c.claim.end)), start=1)
    ]
    return DocView(origin=doc.origin, title=doc.title, published=doc.published, published_source=doc.published_source,
                   text=doc.text, run_id=report.run_id, checked_at=None, document_id=None, claims=claims,
                   format=doc.format, sha256=doc.sha256)


def from_run(*, session: Session, run_id: str) -> DocView:
    """A stored run with every review and comment that applies to its claims, the document's
    status and assignee and its audit log (raises StoreError when the run is unknown)."""
    run, rows = run_report(session=session, run_id=run_id)
    doc = session.exec(select(DocumentRow).where(col(DocumentRow.id) == run.document_id)).one()
    reviews = document_reviews(session=session, document_ids=[doc.id]).get(doc.id, {})
    notes = comments(session=session, document_id=doc.id)
    claims = []
    for i, (c, v, ev) in enumerate(sorted(rows, key=lambda r: (r[0].start, r[0].end, r[0].id)), start=1):
        claims.append(ClaimView(
            number=i, id=c.id, kind=c.kind, start=c.start, end=c.end, line=c.line, text=c.text, label=v.label,
            correction=v.correction, rationale=v.rationale, confidence=v.confidence,
            checker=f"{v.checker}@{v.checker_version}",
            evidence=[evidence_view(e) for e in ev],
            reviews=list(reviews.get(claim_key(c), [])),
            comments=list(notes.get(claim_key(c), [])),
        ))
    state = desk_state(session=session, document_id=doc.id)
    return DocView(origin=doc.origin, title=doc.title, published=run.published, published_source=run.published_source,
                   text=doc.text, run_id=run.id, checked_at=run.started_at, document_id=doc.id, claims=claims,
                   format=doc.format, status=state.status, assignee=state.assignee,
                   comments=list(notes.get(None, [])), audit=audit_log(session=session, document_id=doc.id),
                   sha256=doc.sha256)
