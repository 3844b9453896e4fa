"""What an extractor returns before spans are mapped back to the file."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from schemas.contracts import ClaimKind


@dataclass
class Found:
    kind: ClaimKind
    start: int  # offsets in the view text
    end: int
    slots: dict[str, Any] = field(default_factory=dict)


@lru_cache(maxsize=4096)
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compiled-pattern cache for patterns built at run time from reference data;
    ``re``'s own cache (512 entries) thrashes on them."""
    return re.compile(pattern, flags)
