"""What a claim type is, and the record of how a claim was identified.

A claim type is a unit: its typed slots (a frozen model, ``extra="forbid"``, validated as
pydantic validates, see ``factdesk.claimtypes.slotmodel``), the
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
from typing import TYPE_CHECKING, Any, Protocol

from factdesk.claimtypes.slotmodel import Slots
from schemas.contracts import Fact, Identification, Origin, RuledOut

__all__ = ["ClaimType", "Extractor", "Fact", "Identification", "Origin", "RuledOut", "Slots"]

if TYPE_CHECKING:
    from factdesk.claimtypes.verdicts import BaseChecker
    from factdesk.refs.base import ReferenceBase
    from schemas.contracts import Verdict


class CheckContext(Protocol):
    """What a comparer may know about the document besides the claim."""

    published: dt.date


#: compare(checker, slots, refs, ctx) -> Verdict; the checker builds verdicts (label rules,
#: the refutation threshold) and is named on them
Comparer = Callable[["BaseChecker", Any, "ReferenceBase", CheckContext], "Verdict"]
#: resolve(slots, refs, ctx) -> Identification: the resolver hook of a type whose finder already
#: named the record (a person, an event, a statement); vote types resolve inside their comparer
Resolver = Callable[[Any, "ReferenceBase", CheckContext], Identification]


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
    resolve: Resolver | None = None
    #: sentences this type is found in (documentation; ``factdesk types`` lists them)
    examples: tuple[str, ...] = field(default=())
    #: how many distinct identifying facts of the claim's own sentence a refutation needs (see
    #: ``Identification.strength``): 2 for records picked out by a combination of facts (a
    #: vote: body, date, symbol, drafter, subject words, tally; a person: name and title);
    #: 1 only for types whose record the sentence names outright (an event by its name)
    refute_needs: int = 2

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
