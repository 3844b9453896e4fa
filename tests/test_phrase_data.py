"""Phrase knowledge kept as data: every data file beside a claim type's finder
(``factdesk/claimtypes/**/*.yaml``) lists ``examples`` the finder must read, with the slots it
must read from them, and ``counterexamples`` it must not read as a claim of that type. One
parametrised test runs them all, so adding a phrasing is a data change with its evidence."""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path

import pytest
import yaml
from conftest import bundled_refs

from factdesk.extract.sentences import Sentence
from factdesk.extract.statements import DocContext
from factdesk.extract.types import ExtractState
from factdesk.extract.vote_context import VoteContext

ROOT = Path(__file__).resolve().parent.parent / "factdesk" / "claimtypes"
FILES = sorted(p for p in ROOT.rglob("*.yaml") if "examples" in (yaml.safe_load(p.read_text()) or {}))


def _cases() -> list:
    out = []
    for path in FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        unit = path.parent.relative_to(ROOT.parent.parent).as_posix().replace("/", ".")
        for ex in data["examples"]:
            out.append(pytest.param(unit, ex["text"], ex["slots"], id=f"{path.parent.name}: {ex['text'][:50]}"))
        for text in data.get("counterexamples", []):
            out.append(pytest.param(unit, text, None, id=f"{path.parent.name} (counter): {text[:50]}"))
    return out


def test_there_are_data_files() -> None:
    assert [p.parent.name for p in FILES] == ["permanent_member"]


@pytest.mark.parametrize(("unit", "text", "slots"), _cases())
def test_examples_and_counterexamples(unit: str, text: str, slots: dict | None) -> None:
    ctype = importlib.import_module(unit).TYPE
    finder = importlib.import_module(unit + ".find").EXTRACTOR
    st = ExtractState(refs=bundled_refs(), published=dt.date(2024, 3, 1), vote_ctx=VoteContext(),
                      doc_ctx=DocContext())
    found = [f for f in finder.find(Sentence(text, 0, published=st.published), st) if f.type == ctype.id]
    if slots is None:
        assert found == []
        return
    assert len(found) == 1, found
    got = ctype.parse(found[0].slots).model_dump()
    assert {k: got[k] for k in slots} == slots
