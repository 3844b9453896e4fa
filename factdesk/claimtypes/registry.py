"""Finding claim types and extractors: built-in ones exactly like outside ones.

Built-in units are the packages under ``factdesk/claimtypes/<family>/<type>/`` (a claim type:
its ``__init__`` defines ``TYPE``) and the ``find`` modules beside them (an extractor: the
module defines ``EXTRACTOR``). Outside packages add theirs through the entry-point groups
``factdesk.claimtypes`` and ``factdesk.extractors`` (the entry point names a ``ClaimType`` or
an ``Extractor``, or a module defining ``TYPE``/``EXTRACTOR``). Two units with one id are an
error. Which extractors run, and in what order, is configuration (``FACTDESK_EXTRACTORS``,
comma-separated ids); ``load_types(selection)`` selects types the same way (a family name
selects all its types), and ``FACTDESK_CHECKERS`` still selects whole families.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from pydantic import ValidationError

from factdesk.claimtypes.base import ClaimType, Extractor
from factdesk.entrypoints import entry_points, load
from factdesk.errors import ConfigError
from schemas.contracts import Claim

TYPE_GROUP = "factdesk.claimtypes"
EXTRACTOR_GROUP = "factdesk.extractors"
_HERE = Path(__file__).parent


def builtin_modules() -> tuple[list[str], list[str]]:
    """(claim type packages, extractor modules) under ``factdesk/claimtypes``, in path order."""
    types, finders = [], []
    for family in sorted(p for p in _HERE.iterdir() if (p / "__init__.py").is_file()):
        if (family / "find.py").is_file():
            finders.append(f"{__package__}.{family.name}.find")
        for unit in sorted(p for p in family.iterdir() if (p / "__init__.py").is_file()):
            types.append(f"{__package__}.{family.name}.{unit.name}")
            if (unit / "find.py").is_file():
                finders.append(f"{__package__}.{family.name}.{unit.name}.find")
    return types, finders


def _unit(obj: Any, attr: str, cls: type) -> Any:
    if isinstance(obj, ModuleType):
        obj = getattr(obj, attr, None)
    if not isinstance(obj, cls):
        raise ConfigError(f"{obj!r} is not a {cls.__name__}")
    return obj


def _collect(modules: list[str], group: str, attr: str, cls: type) -> dict[str, Any]:
    out: dict[str, Any] = {}
    where: dict[str, str] = {}
    units: list[tuple[str, Any]] = []
    for m in modules:
        mod = importlib.import_module(m)
        many = getattr(mod, attr + "S", None)  # a module may declare several (EXTRACTORS)
        units += [(m, u) for u in many] if many is not None else [(m, mod)]
    units += [(f"entry point {name} ({value})", load(value)) for name, value in entry_points(group)]
    for origin, obj in units:
        unit = _unit(obj, attr, cls)
        if unit.id in out:
            raise ConfigError(f"two {cls.__name__}s have the id {unit.id!r}: {where[unit.id]} and {origin}")
        out[unit.id] = unit
        where[unit.id] = origin
    return out


def _select(units: dict[str, Any], selection: str, what: str) -> list[Any]:
    names = [n.strip() for n in selection.split(",") if n.strip()]
    if not names:
        return list(units.values())
    chosen: list[Any] = []
    for name in names:
        hit = [u for u in units.values() if u.id == name or u.id.startswith(name + ".")]
        if not hit:
            raise ConfigError(f"unknown {what} {name!r} (installed: {', '.join(sorted(units))})")
        chosen += [u for u in hit if u not in chosen]
    return chosen


@lru_cache(maxsize=8)
def load_types(selection: str = "") -> dict[str, ClaimType]:
    """The claim types to use, by id, in configured order (all installed when empty)."""
    types, _ = builtin_modules()
    return {t.id: t for t in _select(_collect(types, TYPE_GROUP, "TYPE", ClaimType), selection, "claim type")}


@lru_cache(maxsize=8)
def load_extractors(selection: str = "") -> tuple[Extractor, ...]:
    """The extractors to run, in order: by ``order`` unless ``selection`` lists them."""
    _, finders = builtin_modules()
    units = _collect(finders, EXTRACTOR_GROUP, "EXTRACTOR", Extractor)
    chosen = _select(units, selection, "extractor")
    if not selection.strip():
        chosen.sort(key=lambda e: (e.order, e.id))
    return tuple(chosen)


def types_of(family: str) -> list[ClaimType]:
    return [t for t in load_types().values() if t.family == family]


def type_of(claim: Claim) -> ClaimType:
    """The claim's type: named by the claim, or (a claim stored or built without one) the
    first type of its family whose slots model accepts its slots."""
    types = load_types()
    if claim.type:
        if claim.type not in types:
            raise ConfigError(f"unknown claim type {claim.type!r}")
        return types[claim.type]
    for t in types_of(claim.kind.value):
        try:
            t.parse(claim.slots)
        except ValidationError:
            continue
        return t
    raise ConfigError(f"no {claim.kind.value} claim type accepts the slots {sorted(claim.slots)}")
