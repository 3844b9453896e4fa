"""Verdict building shared by every claim type: the label rules, the refutation threshold,
evidence, and the family checker that hands a claim to its type's comparer."""

from __future__ import annotations

import datetime as dt
from functools import cache

from factdesk.claimtypes.spec import CheckContext
from factdesk.refs.base import ReferenceBase
from factdesk.refs.pack import Record
from factdesk.refs.quote import address, part_for, quote, version_date
from schemas.contracts import Claim, Evidence, Identification, Label, Verdict, trusted

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
    own = retrieved or (getattr(record, "retrieved", None) if _may_have_retrieved(type(record)) else None)
    when = (fetched.retrieved_at if fetched
            else dt.datetime.combine(own, dt.time(), tzinfo=dt.UTC) if own else version_date(prov.version))
    source = f"{prov.pack}@{prov.version}"
    digest = fetched and fetched.content_hash
    # built as validation builds them when every value is exactly of its field's type
    sure = (type(excerpt) is str and type(said) is str and (when is None or type(when) is dt.datetime)
            and (digest is None or type(digest) is str))
    return [
        trusted(Evidence, {"source": source, "url": url, "excerpt": excerpt, "retrieved_at": when,
                           "content_hash": digest, "quote": said, "record": where})
        if sure and type(url) is str else
        Evidence(source=source, url=url, excerpt=excerpt, quote=said, record=where,
                 retrieved_at=when, content_hash=digest)
        for url in (urls or list(record.sources))  # type: ignore[union-attr]
    ]


@cache
def _may_have_retrieved(cls: type) -> bool:
    """Whether a record of ``cls`` may have a ``retrieved`` date: not a model with no such field, no
    extra fields and no such attribute (a person), for which ``getattr`` with a default would make
    pydantic raise and catch an error on every evidence item."""
    fields = getattr(cls, "model_fields", None)
    config = getattr(cls, "model_config", None) or {}
    return fields is None or "retrieved" in fields or hasattr(cls, "retrieved") or config.get("extra") == "allow"


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
        identification: Identification | None = None,
    ) -> Verdict:
        if label is Label.refuted and confidence < REFUTE_THRESHOLD:
            label = Label.unverified
            rationale = f"Not certain enough to refute (confidence {confidence:.2f}): {rationale}"
            correction = None
        if label is not Label.refuted:
            correction = None
        if type(confidence) is int:
            confidence = float(confidence)  # as validation converts it
        evidence = evidence or []
        if (type(label) is Label and type(rationale) is str and (correction is None or type(correction) is str)
                and type(confidence) is float and 0.0 <= confidence <= 1.0 and type(self.name) is str
                and type(self.version) is str and (identification is None or type(identification) is Identification)
                and all(type(e) is Evidence for e in evidence)):
            # every value exactly what validation keeps: built without validating (the list copied, as it copies it)
            return trusted(Verdict, {"label": label, "correction": correction, "rationale": rationale,
                                     "confidence": confidence, "evidence": list(evidence), "checker": self.name,
                                     "checker_version": self.version, "identification": identification})
        return Verdict(
            label=label,
            correction=correction,
            rationale=rationale,
            confidence=confidence,
            evidence=evidence or [],
            checker=self.name,
            checker_version=self.version,
            identification=identification,
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
        parsed = getattr(ctx, "parsed", None)  # what extraction read (``pipeline.Context.parsed``)
        hit = parsed.pop(id(claim), None) if parsed else None
        if hit is not None and hit[0] is claim and hit[1] is claim.slots and hit[2] is ctype:
            slots = hit[3]
        else:
            slots = ctype.parse(claim.slots)
        verdict = ctype.compare(self, slots, refs, ctx)
        if verdict.identification is None and ctype.resolve is not None:
            verdict = _updated(verdict, {"identification": ctype.resolve(slots, refs, ctx)})
        return identified_or_unverified(verdict, ctype.refute_needs, getattr(ctx, "identify_from", "sentence"))


def _updated(verdict: Verdict, update: dict) -> Verdict:
    """``verdict.model_copy(update=update)`` (not validated, as pydantic's), made directly for a
    plain ``Verdict``."""
    if (type(verdict) is not Verdict or verdict.__pydantic_extra__ is not None
            or verdict.__pydantic_private__ is not None):
        return verdict.model_copy(update=update)
    values = verdict.__dict__.copy()
    values.update(update)
    return trusted(Verdict, values, verdict.__pydantic_fields_set__ | update.keys())


_SCOPE = {"sentence": "stated in the claim's own sentence", "passage": "of the claim's passage"}


def identified_or_unverified(verdict: Verdict, needs: int = 2, scope: str = "sentence") -> Verdict:
    """The refutation rule: a ``refuted`` verdict stands only on a unique identification resting
    on ``needs`` (2 unless the type says otherwise) distinct facts of the claim's own sentence,
    and its rationale then says what identified the record and from where; anything less is
    ``unverified``, with the identification (or its absence) as the reason. ``scope``
    (``FACTDESK_IDENTIFY_FROM``): ``sentence`` counts only facts the claim's own sentence states
    (itself or through an anaphor, the default); ``passage`` also those carried over from earlier
    sentences, see docs/architecture.md."""
    if verdict.label is not Label.refuted:
        return verdict
    ident = verdict.identification
    if ident is not None and ident.strength(needs, scope) == "strong":
        return _updated(verdict, {"rationale": f"{verdict.rationale} Identification: {ident.describe()}."})
    why = ident.describe() if ident is not None else "no identification was recorded"
    return _updated(verdict, {
        "label": Label.unverified, "correction": None,
        "rationale": (f"Not refuted: the record is not identified well enough ({why}; a refutation needs one "
                      f"record identified by {needs} facts {_SCOPE[scope]}). {verdict.rationale}"),
    })


def date_correction(day: dt.date) -> str:
    """A date as a correction names it in ISO and in words: "2023-10-25 (Wednesday 25 October 2023)"."""
    return f"{day.isoformat()} ({day:%A} {day.day} {day:%B %Y})"
