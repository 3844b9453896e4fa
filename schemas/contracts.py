"""pydantic contracts passed between pipeline stages.

    Document --extract--> Claim --check--> Verdict(+Evidence) --store/report-->

These models are the boundary every stage agrees on; storage tables live in
``schemas.tables`` and mirror them.
"""

# No ``from __future__ import annotations`` here: pydantic would compile every field's
# annotation string at each start-up; written as objects they cost nothing extra.
import datetime as dt
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


def _no_slots() -> dict[str, Any]:
    return {}


def _no_evidence() -> list:
    return []


def trusted(cls: type, values: dict[str, Any], fields_set: set[str] | None = None) -> Any:
    """What ``cls(**given)`` gives, built without validating, for values our own code made and
    checked to be exactly what validation would keep: ``values`` holds every field in its
    declared order (defaults included; pydantic's serializer walks ``__dict__`` in order), and
    ``fields_set`` the names given (all of ``values`` when None). The state is what pydantic's
    ``model_construct`` sets; calling it instead costs 1.9 M more instructions per benchmark
    document (26.1 -> 28.0 M, ``bench`` in-process; it walks every field and its default)."""
    m = _new(cls)
    _set_dict(m, values)
    _set_fields_set(m, set(values) if fields_set is None else fields_set)
    _set_extra(m, None)
    _set_private(m, None)
    return m


_new = object.__new__
# the setters of BaseModel's four slots, called directly (``object.__setattr__`` looks each name up
# on the class first: a fifth more for ``trusted``, built ~80 times a document)
_set_dict, _set_fields_set, _set_extra, _set_private = (
    BaseModel.__dict__[name].__set__
    for name in ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__"))


# (Named factories rather than ``dict``/``list``: pydantic reads a factory's signature to see
# whether it takes the validated data, and a builtin's signature is parsed from text by
# ``tokenize``, whose big pattern differs in every process and defeats the pattern cache.)


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

    model_config = ConfigDict(frozen=True, defer_build=True)

    text: str
    origin: str
    sha256: str
    format: str = Field(description="markdown | text | html")
    published: dt.date
    published_source: str = Field(description="front_matter | flag | today")
    title: str | None = None


class Claim(BaseModel):
    """A checkable statement with its exact span in ``Document.text``."""
    model_config = ConfigDict(defer_build=True)

    kind: ClaimKind
    start: int
    end: int
    text: str
    slots: dict[str, Any] = Field(default_factory=_no_slots)
    type: str | None = Field(default=None, description="the claim type within its kind, e.g. vote.result")


class Origin(StrEnum):
    """Where an identifying fact was read."""

    sentence = "this sentence"
    anaphor = "an anaphor"
    context = "an earlier sentence"
    headline = "the headline"
    published = "the publication date"


class Fact(BaseModel):
    """One identifying fact: which slot, its value, the words it was read from and where."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    slot: str
    value: str
    origin: Origin
    words: str = ""

    def describe(self) -> str:
        said = f"'{self.words}', " if self.words and self.words != self.value else ""
        return f"{self.value} ({said}{self.origin.value})"


class RuledOut(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)

    record: str
    reason: str


class Identification(BaseModel):
    """The result of the resolve stage: which record a claim is about, and why.

    ``record`` is the referent's id (or ``None`` when nothing, or more than one thing, fits),
    ``label`` how a reader names it ("S/2023/970"), ``facts`` the slots that identified it and
    where each came from, ``ruled_out`` the candidates set aside and why, ``candidates`` how
    many records fitted in the end.
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    record: str | None = None
    label: str = ""
    facts: list[Fact] = []
    ruled_out: list[RuledOut] = []
    candidates: int = 0

    @property
    def unique(self) -> bool:
        return self.record is not None and self.candidates == 1

    @property
    def own_facts(self) -> list[Fact]:
        """Facts the claim's own sentence states, itself or through an anaphor ("the
        resolution", "it") pointing at the sentence that states them; never facts merely
        carried over from earlier sentences (those may only narrow the candidates)."""
        return [f for f in self.facts if f.origin in (Origin.sentence, Origin.anaphor)]

    def strength(self, needs: int = 2, scope: str = "sentence") -> str:
        """``strong``: unique, on at least ``needs`` distinct facts (enough to refute); ``weak``:
        unique on less; ``none``: no single record. ``scope`` says which facts count:
        ``sentence`` those of the claim's own sentence (and its anaphors), ``passage`` every fact."""
        if not self.unique:
            return "none"
        facts = self.own_facts if scope == "sentence" else self.facts
        return "strong" if len({f.slot for f in facts}) >= needs else "weak"

    def describe(self) -> str:
        """ "S/2023/970, identified by: Security Council (this sentence), 8 Dec 2023 ('on
        Friday', this sentence)" """
        if self.record is None:
            return f"not identified ({self.candidates} records fit)" if self.candidates else "not identified"
        by = ", ".join(f.describe() for f in self.facts) or "nothing the sentence states"
        return f"{self.label or self.record}, identified by: {by}"


class Evidence(BaseModel):
    """What a verdict rests on: one address (``url``) of one reference record.

    ``excerpt`` is the checker's one-line reading of the record; ``quote`` is the
    record's own words (its stored fields: a note, a statement's text, a vote's
    subject, outcome and tally), and ``record`` its address in the reference base
    (``pack@version type:id``), so an editor can see exactly what was compared."""
    model_config = ConfigDict(defer_build=True)

    source: str
    url: str
    excerpt: str
    retrieved_at: dt.datetime | None = None
    content_hash: str | None = None
    quote: str | None = None
    record: str | None = None


class Verdict(BaseModel):
    model_config = ConfigDict(defer_build=True)
    label: Label
    correction: str | None = None
    rationale: str
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: list[Evidence] = Field(default_factory=_no_evidence)
    checker: str
    checker_version: str
    #: the resolve stage's record of which reference record the claim is about, and why
    identification: Identification | None = None


class CheckedClaim(BaseModel):
    model_config = ConfigDict(defer_build=True)
    claim: Claim
    line: int
    verdict: Verdict


class DocumentReport(BaseModel):
    model_config = ConfigDict(defer_build=True)
    document: Document
    claims: list[CheckedClaim]
    run_id: str | None = None

    def worst_rank(self) -> int:
        return max((LABEL_RANK[c.verdict.label] for c in self.claims), default=-1)
