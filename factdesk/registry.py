"""Discovers checkers through the ``factdesk.checkers`` entry-point group."""

from __future__ import annotations

from factdesk.claimtypes.spec import Checker
from factdesk.entrypoints import entry_points, load
from factdesk.errors import ConfigError

GROUP = "factdesk.checkers"


def load_checkers(enabled: str = "") -> dict[str, Checker]:
    """Map claim kind -> checker. ``enabled`` is a comma-separated list of
    checker names (entry-point names); empty means every installed checker."""
    found = dict(entry_points(GROUP))  # remembered between runs: factdesk/entrypoints.py
    names = [n.strip() for n in enabled.split(",") if n.strip()] or sorted(found)
    out: dict[str, Checker] = {}
    for name in names:
        if name not in found:
            raise ConfigError(f"unknown checker {name!r} (installed: {', '.join(sorted(found))})")
        obj = load(found[name])()
        if not isinstance(obj, Checker):
            raise ConfigError(f"checker {name!r} does not implement factdesk.claimtypes.spec.Checker")
        out.setdefault(obj.kind, obj)
    return out
