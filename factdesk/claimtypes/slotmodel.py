"""``Slots``: a claim type's typed slots, validated exactly as a frozen pydantic model with
``extra="forbid"`` validates them, without building a pydantic model per claim type.

Building the pydantic models of the ~30 slot classes cost ~13 ms of every ``factdesk check``
(a tenth of its start-up), most of them for types whose claims the document never has.
Here a slot class is a plain class declared the same way (annotated fields with defaults,
``from __future__ import annotations``); validating it takes one of two roads:

* the **fast road**, when every value is one whose result is sure: an exact
  ``str``/``int``/``float``/``bool`` for such a field (a ``str`` subclass becomes a plain
  ``str``, an ``int`` a ``float``, as pydantic makes them), ``None`` where allowed, one of
  a ``Literal``'s values, a ``list``/``dict``/``tuple`` of such values (copied, as pydantic
  copies them), a nested slot object (kept) or a ``dict`` that is valid for it (validated
  the same way); every required field present and no undeclared key;
* otherwise the **pydantic road**: a pydantic model with the same fields, defaults and
  validators (the class's *twin*, built on first need) validates the data, so a coercion
  ("3" for an int, a list for a tuple) gives what pydantic gives and an error is the same
  ``pydantic.ValidationError``, word for word. A class declaring ``Field(...)`` defaults,
  field validators or a ``model_config`` of its own always takes it; its
  ``model_validator(mode="after")`` functions run on the fast road too, and one that refuses
  sends the data down the pydantic road.

The objects answer what comparers and tests ask of the models they replace: attributes,
``model_validate``, ``model_dump``, ``model_copy(update=...)``, ``model_fields``,
``model_config``, equality, hashing and pydantic's ``repr``; they are frozen.
``tests/test_slotmodel.py`` holds the two roads to the same answers.
"""

from __future__ import annotations

import copy
import typing
from collections.abc import Callable
from types import NoneType, UnionType
from typing import Any, ClassVar, Literal

#: a field without a default
_REQUIRED = object()
#: a fast-road check that failed: the pydantic road decides
_NO = object()

_Check = Callable[[Any], Any]


class _TwinAttr:
    """A class attribute read from the pydantic twin (``Slots.model_fields``)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj: object, cls: type[Slots]) -> Any:
        return getattr(_twin(cls), self.name)


class Slots:
    """A claim type's slots: what its finder read from the text. Frozen, and a key the
    model does not declare is an error, so a finder and its comparer cannot drift apart."""

    model_config: ClassVar[dict[str, Any]] = {"frozen": True, "extra": "forbid"}
    model_fields = _TwinAttr("model_fields")

    #: per class, set on first validation: field -> (fast-road check or None, default), and
    #: the class's ``model_validator(mode="after")`` functions
    __slot_fields__: ClassVar[dict[str, tuple[_Check | None, Any]] | None] = None
    __slot_after__: ClassVar[tuple[Callable[[Any], Any], ...]] = ()

    def __init__(self, **data: Any) -> None:
        _fill(type(self), self, data)

    # ---- pydantic's API, as comparers and tests use it
    @classmethod
    def model_validate(cls, obj: Any) -> Any:
        if isinstance(obj, cls):
            return obj  # pydantic keeps an instance as it is (revalidate_instances="never")
        new = object.__new__(cls)
        if isinstance(obj, dict):
            _fill(cls, new, obj)
        else:
            _from_twin(cls, new, _twin(cls).model_validate(obj))  # raises pydantic's error
        return new

    def model_dump(self) -> dict[str, Any]:
        return {name: _dump(self.__dict__[name]) for name in _fields(type(self))}

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Any:
        """A shallow copy with ``update`` set as given, not validated (as pydantic's)."""
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        if update:
            new.__dict__.update(update)
        return new

    def __setattr__(self, name: str, value: Any) -> None:
        _twin(type(self)).model_construct().__setattr__(name, value)  # raises pydantic's frozen error
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Slots):
            return NotImplemented
        return type(self) is type(other) and all(
            self.__dict__.get(n) == other.__dict__.get(n) for n in _fields(type(self)))

    def __hash__(self) -> int:
        return hash((type(self), *(self.__dict__[n] for n in _fields(type(self)))))

    def __repr_str(self, sep: str) -> str:
        return sep.join(f"{n}={self.__dict__[n]!r}" for n in _fields(type(self)))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.__repr_str(', ')})"

    def __str__(self) -> str:
        return self.__repr_str(" ")


def _dump(v: Any) -> Any:
    if isinstance(v, Slots):
        return v.model_dump()
    if type(v) is list:
        return [_dump(x) for x in v]
    if type(v) is tuple:
        return tuple(_dump(x) for x in v)
    if type(v) is dict:
        return {k: _dump(x) for k, x in v.items()}
    return v


def _fields(cls: type[Slots]) -> dict[str, tuple[_Check | None, Any]]:
    fields = cls.__dict__.get("__slot_fields__")
    if fields is None:
        fields = _declare(cls)
    return fields


def _fill(cls: type[Slots], obj: Slots, data: dict[str, Any]) -> None:
    """Validate ``data`` into ``obj``: the fast road when it is sure, else pydantic's."""
    out = _fast(_fields(cls), data)
    if out is not _NO:
        obj.__dict__.update(out)
        if _after(cls, obj):
            return
        obj.__dict__.clear()
    _from_twin(cls, obj, _twin(cls).model_validate(data))


class _Fields(dict):
    """A class's fields (name -> (fast-road check or None, default)) with their ``plan`` for the
    fast road (``_plan``), or None when some field has no fast-road check (then the fast road
    never answers)."""

    plan: tuple[dict[str, Any], dict[str, tuple[_Check, frozenset[type]]],
                tuple[tuple[str, Callable[[Any], Any] | None], ...]] | None


#: in a plan's template, a field whose value is not known before the data is read
_LATER = object()


def _plan(fields: dict[str, tuple[_Check | None, Any]], kept: dict[str, frozenset[type]] | None = None) -> Any:
    """(a template: every field in order with its default, or ``_LATER``; per field its check and the
    types whose values the check keeps as they are (``_kept``); the ``_LATER`` fields with what
    makes a fresh default, None for a required field)."""
    if any(check is None for check, _ in fields.values()):
        return None
    template, checks, later = {}, {}, []
    for name, (check, default) in fields.items():
        checks[name] = (check, (kept or {}).get(name, frozenset()))
        if default is _REQUIRED:
            template[name] = _LATER
            later.append((name, None))
        elif type(default) in (list, dict, set):  # copied deeply, as pydantic copies a mutable default
            template[name] = _LATER
            # an empty one's deep copy is a new empty one
            later.append((name, type(default) if not default else (lambda d=default: copy.deepcopy(d))))
        else:
            template[name] = default
    return template, checks, tuple(later)


def _fast(fields: dict[str, tuple[_Check | None, Any]], data: dict[str, Any]) -> Any:
    plan = fields.plan if type(fields) is _Fields else _plan(fields)
    if plan is None:
        return _NO  # a field only pydantic can judge
    template, checks, later = plan
    # the defaults in field order, then the values given: a loop over the data, not over every
    # field (most slots give half their fields); the checks are pure, so their order is free
    out = template.copy()
    for name, v in data.items():
        try:
            check, kept = checks[name]
        except KeyError:
            return _NO  # an undeclared key: pydantic's error names it
        # a plain str, int, bool or None where the check would keep it: not called (most slots)
        if type(v) not in kept:
            v = check(v)
            if v is _NO:
                return _NO
        out[name] = v
    for name, fresh in later:
        if out[name] is _LATER:
            if fresh is None:
                return _NO  # a required field missing
            out[name] = fresh()
    return out


def _from_twin(cls: type[Slots], obj: Slots, model: Any) -> None:
    obj.__dict__.update({name: _unwin(getattr(model, name)) for name in _fields(cls)})


def _unwin(v: Any) -> Any:
    light = _LIGHT.get(type(v))
    if light is not None:
        new = object.__new__(light)
        _from_twin(light, new, v)
        return new
    if type(v) is list:
        return [_unwin(x) for x in v]
    if type(v) is tuple:
        return tuple(_unwin(x) for x in v)
    if type(v) is dict:
        return {k: _unwin(x) for k, x in v.items()}
    return v


# ---- the fields of a class and their fast-road checks

def _hints(cls: type[Slots]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, include_extras=True)
    return {n: h for n, h in hints.items() if not n.startswith("_") and typing.get_origin(h) is not ClassVar}


def _pydantic_only(cls: type[Slots]) -> tuple[bool, list[Callable[[Any], Any]]]:
    """Does the class declare something only pydantic knows (a ``Field``, a field validator)?
    And its ``model_validator(mode="after")`` functions, which the fast road runs too."""
    if cls.model_config != Slots.model_config:
        return True, []  # its own pydantic configuration: only its twin knows what it means
    after = []
    for klass in reversed(cls.__mro__):
        if klass is Slots or not issubclass(klass, Slots):
            continue
        for v in vars(klass).values():
            if not type(v).__module__.startswith("pydantic"):
                continue
            info = getattr(v, "decorator_info", None)
            if type(info).__name__ == "ModelValidatorDecoratorInfo" and info.mode == "after":
                after.append(v.wrapped)
            else:
                return True, []
    return False, after


def _default(cls: type[Slots], name: str) -> Any:
    for klass in cls.__mro__:
        if name in vars(klass):
            return vars(klass)[name]
    return _REQUIRED


def _declare(cls: type[Slots]) -> dict[str, tuple[_Check | None, Any]]:
    only, after = _pydantic_only(cls)
    hints = _hints(cls)
    fields = _Fields((name, (None if only else _check(hint), _default(cls, name))) for name, hint in hints.items())
    fields.plan = _plan(fields, {name: _kept(hint) for name, hint in hints.items()})
    type.__setattr__(cls, "__slot_fields__", fields)
    type.__setattr__(cls, "__slot_after__", tuple(after))
    return fields


def _after(cls: type[Slots], obj: Slots) -> bool:
    """Run the class's after-validators on ``obj``: False when one refuses it (pydantic's road
    then gives the error)."""
    for fn in cls.__dict__["__slot_after__"]:
        try:
            if fn(obj) is not obj:
                return False
        except (ValueError, AssertionError):
            return False
    return True


_SCALARS = (str, int, bool, float, NoneType)


def _kept(hint: Any) -> frozenset[type]:
    """The types whose every value ``_check(hint)`` returns as it is (exact ``str``, ``int``,
    ``bool``, ``float``, ``None``): the fast road keeps such a value without calling it."""
    if hint in _SCALARS:
        return frozenset({hint})
    if typing.get_origin(hint) in (UnionType, typing.Union):
        args = typing.get_args(hint)
        kept = frozenset().union(*(_kept(a) for a in args))
        # no member takes another member's kept type and changes it, except a float an int
        # (a member that is no scalar takes no scalar, or keeps it: ``Any``, a ``Literal``)
        return kept - {int} if float in args else kept
    return frozenset()


def _check(hint: Any) -> _Check | None:  # noqa: C901 - one branch per kind of annotation
    """A function giving what pydantic would give for a value of type ``hint`` when that is
    sure (the value, or a copy of its container), else ``_NO``; None for a hint it cannot judge."""
    if hint is str:  # a str subclass (a Sentence, a StrEnum member) becomes a plain str, as in pydantic
        return lambda v: v if type(v) is str else "".join((v,)) if isinstance(v, str) else _NO
    if hint is float:  # an int becomes a float, as in pydantic
        return lambda v: v if type(v) is float else float(v) if type(v) is int else _NO
    if hint in (int, bool):
        return lambda v, t=hint: v if type(v) is t else _NO
    if hint is Any:
        return lambda v: v
    if hint is NoneType:
        return lambda v: v if v is None else _NO
    if isinstance(hint, type) and issubclass(hint, Slots):
        def nested(v: Any, c: type[Slots] = hint) -> Any:
            if isinstance(v, c):
                return v
            if type(v) is dict:
                out = _fast(_fields(c), v)
                if out is not _NO:
                    new = object.__new__(c)
                    new.__dict__.update(out)
                    if _after(c, new):
                        return new
            return _NO
        return nested
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is Literal:
        allowed = frozenset((type(x), x) for x in args)  # one of the values, of its very type

        def literal(v: Any, a: frozenset[tuple[type, Any]] = allowed) -> Any:
            try:
                return v if (type(v), v) in a else _NO
            except TypeError:  # unhashable: no literal value
                return _NO
        return literal
    if origin in (UnionType, typing.Union):
        checks = [_check(a) for a in args]
        if None in checks:
            return None
        # only unions whose members cannot both accept one value (pydantic's smart mode would
        # pick between them): exact scalar types, None, and at most one other member
        exact = [a for a in args if a in (str, int, float, bool, NoneType)]
        if len(args) - len(exact) > 1:
            return None

        def union(v: Any, cs: list[_Check] = checks) -> Any:  # type: ignore[assignment]
            for c in cs:
                out = c(v)
                if out is not _NO:
                    return out
            return _NO
        return union
    if origin is list and len(args) == 1:
        item = _check(args[0])
        if item is None:
            return None

        def a_list(v: Any, c: _Check = item) -> Any:  # type: ignore[assignment]
            if type(v) is not list:
                return _NO
            out = [c(x) for x in v]
            return _NO if any(x is _NO for x in out) else out
        return a_list
    if origin is tuple and args and Ellipsis not in args:
        items = [_check(a) for a in args]
        if None in items:
            return None

        def a_tuple(v: Any, cs: list[_Check] = items) -> Any:  # type: ignore[assignment]
            if type(v) is not tuple or len(v) != len(cs):
                return _NO
            out = tuple(c(x) for c, x in zip(cs, v, strict=True))
            return _NO if any(x is _NO for x in out) else out
        return a_tuple
    if origin is dict and len(args) == 2:
        key, value = _check(args[0]), _check(args[1])
        if key is None or value is None:
            return None

        def a_dict(v: Any, k: _Check = key, c: _Check = value) -> Any:  # type: ignore[assignment]
            if type(v) is not dict:
                return _NO
            out = {k(a): c(b) for a, b in v.items()}
            return _NO if _NO in out or any(x is _NO for x in out.values()) or len(out) != len(v) else out
        return a_dict
    return None


# ---- the pydantic twin: the same fields as a frozen pydantic model, built on first need

_TWINS: dict[type, Any] = {}
#: twin -> its light class
_LIGHT: dict[type, type[Slots]] = {}


def _twin(cls: type[Slots]) -> Any:
    twin = _TWINS.get(cls)
    if twin is not None:
        return twin
    from pydantic import ConfigDict, create_model
    from pydantic._internal._decorators import PydanticDescriptorProxy

    validators = {}
    for klass in reversed(cls.__mro__):
        for name, v in vars(klass).items():
            if isinstance(v, PydanticDescriptorProxy):
                validators[name] = v
    fields = {}
    for name, hint in _hints(cls).items():
        default = _default(cls, name)
        fields[name] = (_twin_hint(hint), ... if default is _REQUIRED else _twin_default(default))
    twin = create_model(  # type: ignore[call-overload]
        cls.__name__, __config__=ConfigDict(**cls.model_config), __module__=cls.__module__,  # type: ignore[typeddict-item]
        __doc__=cls.__doc__, __validators__=validators, **fields)
    _TWINS[cls] = twin
    _LIGHT[twin] = cls
    return twin


def _twin_default(default: Any) -> Any:
    if isinstance(default, Slots):
        return _twin(type(default)).model_validate(default.model_dump())
    return default


def _twin_hint(hint: Any) -> Any:
    if isinstance(hint, type) and issubclass(hint, Slots):
        return _twin(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if not args or origin is Literal:
        return hint
    if origin is typing.Annotated:
        return typing.Annotated[(_twin_hint(args[0]), *hint.__metadata__)]
    new = tuple(_twin_hint(a) for a in args)
    if new == args:
        return hint
    if origin in (UnionType, typing.Union):
        return typing.Union[new]  # noqa: UP007 - built from a tuple
    return origin[new if len(new) > 1 else new[0]]
