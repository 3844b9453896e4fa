"""What an evidence item quotes: a reference record's own words, its address, and
when the pack that holds it was made.

A checker's excerpt is its one-line reading of a record ("Security Council, 18 Oct
2023, ...: vetoed"). An editor also needs to see what the record itself says, so
``quote`` renders the record's stored fields (a note, a statement's text, a vote's
subject, outcome and tally) as ``field: value`` pairs, verbatim: nothing is
paraphrased and nothing is added. Lists of aliases, keywords and source URLs are left
out (the URLs are the evidence's addresses).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from factdesk.refs.base import Provenance
from factdesk.refs.pack import Person, Record, Vote

#: fields that are identifiers or lookup aids, not statements of fact
_SKIP = {"type", "id", "aliases", "keywords", "subject_aliases", "sources", "offices", "alt_tallies"}
#: a vote's per-member list is quoted only when it is a Council's (15 members), not the Assembly's 193
_MAX_VOTES = 15
_VERSION_DATE = re.compile(r"^(\d{4})\.(\d{2})\.(\d{2})(?:\.(\d{2})(\d{2})(\d{2}))?$")


#: the values a field is left out for (compared as ``in`` compares: identity, then ``==``)
_EMPTY = (None, "", [], {})
#: types whose values are never among ``_EMPTY``
_NEVER_EMPTY = {int, float, bool, dt.date, dt.datetime}


def _value(v: Any) -> str:
    if type(v) is str:
        return v
    if isinstance(v, BaseModel):
        return str(v) if type(v).__str__ is not BaseModel.__str__ else ", ".join(
            f"{k}: {_value(x)}" for k, x in _dumped(v) if x not in _EMPTY)
    if isinstance(v, dict):
        return ", ".join(f"{k} {x}" for k, x in v.items())
    if isinstance(v, list):
        return ", ".join(_value(x) for x in v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


#: per model class: the fields ``model_dump`` gives as they are stored, or None when it may convert one
_PLAIN: dict[type, list[str] | None] = {}


def _dumped(v: BaseModel) -> Any:
    """``v.model_dump(exclude={"sources"}).items()`` without building pydantic's serializer (a start-up cost
    of every check that quotes a nested record, such as an office's confirmation vote) when every value is
    one the dump gives back unchanged: a string, number, date or None, in a model with no serializer of its
    own and no excluded or computed field."""
    cls = type(v)
    names = _PLAIN.get(cls, ...)
    if names is ...:
        dec = cls.__pydantic_decorators__
        custom = cls.model_computed_fields or dec.field_serializers or dec.model_serializers or any(
            f.exclude for f in cls.model_fields.values())
        names = _PLAIN[cls] = None if custom else [k for k in cls.model_fields if k != "sources"]
    if names is not None:
        items = [(k, getattr(v, k)) for k in names]
        if all(x is None or type(x) in _UNCHANGED for _, x in items):
            return items
    return v.model_dump(exclude={"sources"}).items()


#: the types of values ``model_dump`` returns as they are
_UNCHANGED = frozenset({str, int, float, bool, dt.date, dt.datetime})


#: per model class: (field, is an ``*_exact`` flag, is ``votes``) of the fields quoted
_PLANS: dict[type, list[tuple[str, bool, bool]]] = {}


def _plan(cls: type[BaseModel]) -> list[tuple[str, bool, bool]]:
    plan = _PLANS[cls] = [(name, name.endswith("_exact"), name == "votes")
                          for name in cls.model_fields if name not in _SKIP]
    return plan


def _fields(model: BaseModel) -> list[str]:
    out = []
    cls = type(model)
    values = model.__dict__  # a pydantic model's fields
    for name, exact, votes in _PLANS.get(cls) or _plan(cls):
        v = values[name] if name in values else getattr(model, name)
        t = type(v)
        if t is str or t is list or t is dict:
            if not v:
                continue  # "", [] or {}
        elif v is None or (t not in _NEVER_EMPTY and not (isinstance(v, BaseModel) and t.__eq__ is BaseModel.__eq__)
                           and v in _EMPTY):
            continue
        if exact and v is True:
            continue
        if votes and isinstance(v, dict) and len(v) > _MAX_VOTES:
            continue
        out.append(f"{name}: {_value(v)}")
    return out


def part_for(record: Record, urls: list[str] | None) -> BaseModel | None:
    """The part of ``record`` whose sources are exactly ``urls`` (an office, its
    confirmation, an alternative tally), or None when the urls are the record's own."""
    if not urls or list(urls) == list(getattr(record, "sources", [])):
        return None
    parts: list[BaseModel] = []
    if isinstance(record, Person):
        for o in record.offices:
            parts.append(o)
            if o.confirmation:
                parts.append(o.confirmation)
    elif isinstance(record, Vote):
        parts.extend(record.alt_tallies)
    return next((p for p in parts if list(getattr(p, "sources", [])) == list(urls)), None)


#: ``quote``'s answers by the identity of the record and part quoted (reference records are frozen
#: models; a record quoted once is quoted again for every claim about it). The entry holds both, so
#: their ids are not reused while it is kept; bounded like ``re``'s cache.
_QUOTED: dict[tuple[int, int], tuple[Any, Any, str]] = {}
_MAX_QUOTED = 65536


def quote(record: Record, part: BaseModel | None = None) -> str:
    """The record's (or its part's) own stored words as ``field: value; ...``."""
    key = (id(record), id(part))
    hit = _QUOTED.get(key)
    if hit is not None and hit[0] is record and hit[1] is part:
        return hit[2]
    said = _quote(record, part)
    if len(_QUOTED) >= _MAX_QUOTED:
        _QUOTED.clear()
    _QUOTED[key] = (record, part, said)
    return said


def _quote(record: Record, part: BaseModel | None) -> str:
    if part is None:
        return "; ".join(_fields(record))
    head = getattr(record, "name", None) or getattr(record, "subject", None)
    fields = _fields(part)
    if head:
        fields.insert(0, f"{'name' if isinstance(record, Person) else 'subject'}: {head}")
    return "; ".join(fields)


def address(record: Record, prov: Provenance) -> str:
    """Where the record lives in the reference base: ``pack@version type:id``."""
    rid = getattr(record, "id", None)
    if rid is None and hasattr(record, "year"):
        rid = f"{getattr(record, 'body', '')}-{record.year}"
    return f"{prov.pack}@{prov.version} {record.type}:{rid}"


@lru_cache(maxsize=64)  # asked for every evidence item; a run holds a few pack versions
def version_date(version: str) -> dt.datetime | None:
    """The time a pack version names: bundled packs are versioned by the day their sources were
    checked (``2026.11.23``), live refreshes by their retrieval time (``2026.11.24.000851``)."""
    m = _VERSION_DATE.match(version)
    if not m:
        return None
    y, mo, d, hh, mm, ss = (int(x) if x else 0 for x in m.groups())
    try:
        return dt.datetime(y, mo, d, hh, mm, ss, tzinfo=dt.UTC)
    except ValueError:
        return None
