"""The bundled packs are validated once per content (``refs.pack.load_bundled_pack``): a later
process builds the very records validation gave, without validating (or building the
record models) again; an edited pack is validated afresh, with the usual one-line error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import BaseModel

from factdesk import rxcache
from factdesk.errors import PackError
from factdesk.refs import pack
from factdesk.refs.pack import bundled_pack_paths, load_bundled_pack, load_pack
from factdesk.validated import Unsure


def _same(a: object, b: object, where: str = "") -> None:
    """Equal, of the same types all the way down, with the same fields set and field order."""
    assert type(a) is type(b), (where, type(a), type(b))
    if isinstance(a, BaseModel):
        assert a.model_fields_set == b.model_fields_set, where  # type: ignore[attr-defined]
        assert list(a.__dict__) == list(b.__dict__), where
        for k in a.__dict__:
            _same(a.__dict__[k], b.__dict__[k], f"{where}.{k}")
    elif isinstance(a, dict):
        assert list(a) == list(b), where  # type: ignore[arg-type]
        for k in a:
            _same(a[k], b[k], f"{where}.{k}")  # type: ignore[index]
    elif isinstance(a, list | tuple):
        assert len(a) == len(b), where  # type: ignore[arg-type]
        for i, (x, y) in enumerate(zip(a, b, strict=True)):  # type: ignore[call-overload]
            _same(x, y, f"{where}[{i}]")
    else:
        assert a == b, (where, a, b)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FACTDESK_CACHE_DIR", str(tmp_path))
    rxcache.reset_for_tests()
    yield tmp_path
    rxcache.reset_for_tests()


@pytest.mark.parametrize("path", bundled_pack_paths(), ids=lambda p: p.name)
def test_a_bundled_pack_is_built_as_validation_builds_it(path: Path) -> None:
    validated = load_pack(path)
    built = pack._construct_pack(path.read_text(encoding="utf-8"), str(path))
    _same(built, validated, path.name)
    assert built == validated and len(built.records) > 10


def test_validated_once_then_built(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.jsonl"
    lines = [{"type": "pack", "name": "p", "version": "1", "format": 1},
             {"type": "role", "id": "r", "title": "President"},
             {"type": "quantity", "id": "q", "subject": "rounds", "keywords": ["rounds"], "value": 13981,
              "unit": "rounds", "date": "2023-12-09", "sources": ["https://example.org/a"]}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    calls: list[str] = []
    parse = pack.parse_pack
    monkeypatch.setattr(pack, "parse_pack", lambda text, where: calls.append(where) or parse(text, where))
    first = load_bundled_pack(path)  # validated, and remembered
    second = load_bundled_pack(path)  # built from the JSON
    assert calls == [str(path)]
    _same(second, first)
    assert type(second.records[1].value) is float and second.records[1].value == 13981.0
    # an edited pack is validated again: its error is load_pack's
    path.write_text(path.read_text(encoding="utf-8").replace('"value": 13981', '"value": "many"'), encoding="utf-8")
    with pytest.raises(PackError, match=r"p\.jsonl:3: value: Input should be a valid number"):
        load_bundled_pack(path)


def test_a_value_validation_converted_is_validated_again(cache: Path, tmp_path: Path) -> None:
    """5.0 for an int: validation makes it 5, so the pack is not built from the JSON."""
    path = tmp_path / "p.jsonl"
    lines = [{"type": "pack", "name": "p", "version": "1", "format": 1},
             {"type": "membership", "body": "SC", "year": 2024.0, "members": [str(i) for i in range(15)],
              "sources": ["https://example.org/m"]}]
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    with pytest.raises(Unsure):
        pack._construct_pack(path.read_text(encoding="utf-8"), str(path))
    load_bundled_pack(path)
    again = load_bundled_pack(path)
    assert type(again.records[0].year) is int and again == load_pack(path)
