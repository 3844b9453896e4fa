"""What a claim type is, and the record of how a claim was identified.

A claim type is a unit: its typed slots (a frozen pydantic model, ``extra="forbid"``), the
finder that produces them, the hook that resolves a claim to its referent in the reference
base, the comparer that judges the claim against that referent, and metadata (id, family,
help text, version). Each lives in its own folder, ``factdesk/claimtypes/<family>/<type>/``,
whose ``__init__.py`` defines ``TYPE``; ``factdesk.claimtypes.registry`` finds them.

The family is one of today's six claim kinds (``schemas.contracts.ClaimKind``): the JSON
``kind``, SARIF rule ids and baseline fingerprints stay per family; the type is added.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    from factdesk.claimtypes.verdicts import BaseChecker
    from factdesk.refs.base import ReferenceBase
    from schemas.contracts import Verdict


class Slots(BaseModel):
    """A claim type's slots: what its finder read from the text. Frozen, and a key the
    model does not declare is an error, so a finder and its comparer cannot drift apart."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Origin(StrEnum):
    """Where an identifying fact was read."""

    sentence = "this sentence"
    anaphor = "an anaphor"
    context = "an earlier sentence"
    headline = "the headline"
    published = "the publication date"


class Fact(BaseModel):
    """One identifying fact: which slot, its value, the words it was read from and where."""

    model_config = ConfigDict(frozen=True)

    slot: str
    value: str
    origin: Origin
    words: str = ""

    def describe(self) -> str:
        said = f"'{self.words}', " if self.words and self.words != self.value else ""
        return f"{self.value} ({said}{self.origin.value})"


class RuledOut(BaseModel):
    model_config = ConfigDict(frozen=True)

    record: str
    reason: str


class Identification(BaseModel):
    """The result of the resolve stage: which record a claim is about, and why.

    ``record`` is the referent's id (or ``None`` when nothing, or more than one thing, fits),
    ``label`` how a reader names it ("S/2023/970"), ``facts`` the slots that identified it and
    where each came from, ``ruled_out`` the candidates set aside and why, ``candidates`` how
    many records fitted in the end.
    """

    model_config = ConfigDict(frozen=True)

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
        """Facts stated in the claim's own sentence (an anaphor resolved to a name counts as
        the sentence's own only for the name it stands for, never for anything else)."""
        return [f for f in self.facts if f.origin is Origin.sentence]

    @property
    def strength(self) -> str:
        """``strong``: unique, on two or more facts of the claim's own sentence (enough to
        refute); ``weak``: unique on less; ``none``: no single record."""
        if not self.unique:
            return "none"
        return "strong" if len({f.slot for f in self.own_facts}) >= 2 else "weak"

    def describe(self) -> str:
        """ "S/2023/970, identified by: Security Council (this sentence), 8 Dec 2023 ('on
        Friday', this sentence)" """
        if self.record is None:
            return f"not identified ({self.candidates} records fit)" if self.candidates else "not identified"
        by = ", ".join(f.describe() for f in self.facts) or "nothing the sentence states"
        return f"{self.label or self.record}, identified by: {by}"


class CheckContext(Protocol):
    """What a comparer may know about the document besides the claim."""

    published: dt.date


#: compare(checker, slots, refs, ctx) -> Verdict; the checker builds verdicts (label rules,
#: the refutation threshold) and is named on them
Comparer = Callable[["BaseChecker", Any, "ReferenceBase", CheckContext], "Verdict"]


@dataclass(frozen=True)
class ClaimType:
    """A claim type's metadata and hooks. ``id`` is ``<family>.<name>``, unique across
    every installed type (a duplicate is a configuration error)."""

    id: str
    family: str
    help: str
    version: str
    slots: type[Slots]
    compare: Comparer
    #: what the finder found the claim from, for ``docs`` and ``factdesk types``: examples
    examples: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.id.startswith(self.family + "."):
            raise ValueError(f"claim type id {self.id!r} must start with its family {self.family!r}")

    def parse(self, slots: dict[str, Any]) -> Slots:
        return self.slots.model_validate(slots)


@dataclass(frozen=True)
class Extractor:
    """A finder registered with the pipeline: ``find(sentence, state)`` returns the claims of
    one sentence (``Found`` list). ``order`` places it among the others (lower runs first);
    configuration (``FACTDESK_EXTRACTORS``) may select and reorder them."""

    id: str
    order: int
    find: Callable[..., list]
    help: str = ""
