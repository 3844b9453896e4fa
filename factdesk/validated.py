"""Models built from data validated before, without validating it again.

A file factdesk reads in every process and rarely changes (a bundled reference pack,
``refs.pack.load_bundled_pack``) is validated by its pydantic models once per content; later
processes build the same objects from the same JSON with ``construct``, which is what
validation gave: the values converted as validation converts them (an ISO date string to a
``date``, an int to a float where a float is declared, nested models), the fields in their
declared order, defaults copied, the same fields set. A value whose validated
form is not sure (a date written otherwise, ``5.0`` for an int, ``1`` for a bool) raises
``Unsure``, and the caller validates the data as before. The model itself is then never
built in that process (``defer_build``).
"""

from __future__ import annotations

import datetime as dt
from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel


class Unsure(Exception):  # noqa: N818 - a signal to validate, not an error
    """A value ``construct`` cannot be sure validation would give unchanged."""


#: per model: (field, converter or None for a value kept as it is, default)
_PLANS: dict[type, list[tuple[str, Any, Any]]] = {}
_REQUIRED = object()


def construct(model: type, obj: dict) -> Any:
    """What validating ``obj`` (accepted by ``model`` before) gives, built without validating (as ``model_construct``
    builds it, with the fields in their declared order and the same fields set)."""
    plan = _PLANS.get(model) or _plan(model)
    values = {}
    for name, conv, default in plan:
        if name in obj:
            v = obj[name]
            values[name] = v if conv is None else conv(v)
        elif default is _REQUIRED:
            raise Unsure
        else:
            values[name] = default.copy() if type(default) in (list, dict) else default
    if len(obj) > len(values):
        raise Unsure  # a key the model does not declare (validation would have refused it)
    rec = object.__new__(model)
    object.__setattr__(rec, "__dict__", values)
    object.__setattr__(rec, "__pydantic_fields_set__", set(obj))
    object.__setattr__(rec, "__pydantic_extra__", None)
    object.__setattr__(rec, "__pydantic_private__", None)
    return rec


def _plan(model: type) -> list[tuple[str, Any, Any]]:
    plan = []
    for name, field in model.model_fields.items():  # type: ignore[attr-defined]
        if field.default_factory is not None or (not field.is_required() and type(field.default) in (list, dict)
                                                 and field.default):
            raise Unsure
        plan.append((name, _converter(field.annotation), _REQUIRED if field.is_required() else field.default))
    _PLANS[model] = plan
    return plan


def _unsure(v: Any) -> Any:
    raise Unsure


def _converter(ann: Any) -> Any:  # noqa: C901 - one branch per kind of annotation
    """A function giving what validation gave for a JSON value of a field declared ``ann`` (that
    validation accepted), or None when that is the value itself; it raises ``Unsure`` when
    the result is not sure."""
    origin = get_origin(ann)
    if origin is Annotated:
        return _converter(get_args(ann)[0])
    if origin in (Union, UnionType):
        members = [a for a in get_args(ann) if a is not type(None)]
        if len(members) != 1:
            return _unsure
        inner = _converter(members[0])
        return None if inner is None else (lambda v: None if v is None else inner(v))
    if ann is str or origin is Literal:
        return None  # validation accepts only a JSON string (or the literal itself) and keeps it
    if ann is dt.date:
        def date(v: Any) -> dt.date:
            if type(v) is str and len(v) == 10 and v[4] == v[7] == "-":
                return dt.date.fromisoformat(v)
            raise Unsure
        return date
    if ann is float:
        def number(v: Any) -> float:
            if type(v) is float or type(v) is int:
                return float(v)
            raise Unsure
        return number
    if ann is int or ann is bool:
        def exact(v: Any, t: type = ann) -> Any:
            if type(v) is t:
                return v
            raise Unsure  # 5.0 for an int, 1 for a bool: validation converted it
        return exact
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return lambda v: construct(ann, v)
    if origin is list:
        item = _converter(get_args(ann)[0])
        return None if item is None else (lambda v: [item(x) for x in v])
    if origin is dict:
        key, value = (_converter(a) for a in get_args(ann))
        if key is not None:
            return _unsure
        return None if value is None else (lambda v: {k: value(x) for k, x in v.items()})
    return _unsure
