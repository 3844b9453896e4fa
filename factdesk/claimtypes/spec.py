"""The checker interface: the one place that declares what a checker is.

A checker is a class with three attributes and one method. Built-in checkers
(one per family, ``factdesk.claimtypes.verdicts.FamilyChecker``) register through the
``factdesk.checkers`` entry-point group exactly as an outside package would (see
``pyproject.toml``); which run, and in what order,
is configuration (``FACTDESK_CHECKERS``), not code.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol, runtime_checkable

from factdesk.refs.base import ReferenceBase
from schemas.contracts import Claim, Verdict


class CheckContext(Protocol):
    """What a checker may know about the document besides the claim."""

    published: dt.date
    """The date the claim is judged at (the document's publication date)."""


@runtime_checkable
class Checker(Protocol):
    name: str
    """Unique name; recorded on every verdict it gives."""

    version: str
    """Bumped whenever the checker's decisions can change; recorded on verdicts."""

    kind: str
    """The ``ClaimKind`` value this checker judges."""

    def check(self, claim: Claim, refs: ReferenceBase, ctx: CheckContext) -> Verdict:
        """Judge ``claim`` as of ``ctx.published`` using only ``refs``.

        Pure: no I/O, no sockets, no clocks. Must return ``unverified`` (with the
        reason in the rationale) when the references do not settle the claim, and
        ``refuted`` only when certain, with a ``correction`` whenever the
        reference gives the right value.
        """
        ...
