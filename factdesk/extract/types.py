"""What an extractor returns before spans are mapped back to the file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from schemas.contracts import ClaimKind


@dataclass
class Found:
    kind: ClaimKind
    start: int  # offsets in the view text
    end: int
    slots: dict[str, Any] = field(default_factory=dict)
