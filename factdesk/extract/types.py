"""What an extractor returns before spans are mapped back to the file."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from factdesk import rxcache
from schemas.contracts import ClaimKind


@dataclass
class Found:
    kind: ClaimKind
    start: int  # offsets in the view text
    end: int
    slots: dict[str, Any] = field(default_factory=dict)
    #: the claim type (``factdesk.claimtypes``), e.g. ``vote.result``
    type: str | None = None


def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compiled-pattern cache for patterns built at run time from reference data;
    ``re``'s own cache (512 entries) thrashes on them, and ``rxcache`` keeps them
    compiled across processes."""
    return rxcache.compile(pattern, flags)

T = TypeVar("T")


@dataclass
class ExtractState:
    """What one document's extraction carries from sentence to sentence, made afresh by
    ``extract`` for every document (nothing is kept between documents): the vote and the
    bodies the passage is about, the person a following "He"/"She" means, and the claims
    found so far in the current sentence (``found``)."""

    refs: Any
    published: Any
    vote_ctx: Any
    antecedent: str | None = None
    #: surname -> ids of the known people named in full so far in the document ("Fumio Kishida"), so
    #: that a later sentence opening with the surname alone ("Mr Kishida took office ...") means them
    named: dict[str, set[str]] = field(default_factory=dict)
    found: list[Found] = field(default_factory=list)
    #: what an extractor keeps for itself from sentence to sentence, by key (``state``)
    kept: dict[str, Any] = field(default_factory=dict)

    def state(self, key: str, factory: Callable[[], T]) -> T:
        """The extractor's own per-document state under ``key``, made by ``factory`` on first use."""
        kept = self.kept
        value = kept.get(key)
        if value is None and key not in kept:
            value = kept[key] = factory()
        return value
