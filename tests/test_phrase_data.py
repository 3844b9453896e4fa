"""Phrase knowledge kept as data, run by one parametrised test:

* the lexicon (``factdesk/lexicon/*.yaml``): every example must match the list (a word list's
  entries as whole words; a role's forms by their patterns), every counterexample must not;
* claim types' data files (``factdesk/claimtypes/**/*.yaml``): the type's finder must read each
  example as one claim of that type with the slots given, and no counterexample as one.

Adding a phrasing is a data change with its evidence."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
from pathlib import Path

import pytest
import yaml
from conftest import bundled_refs

from factdesk import lexicon
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState
from factdesk.extract.vote_context import VoteContext

ROOT = Path(__file__).resolve().parent.parent / "factdesk" / "claimtypes"
TYPE_FILES = sorted(p for p in ROOT.rglob("*.yaml") if "examples" in (yaml.safe_load(p.read_text()) or {}))


def _lexicon_cases() -> list:
    out = []
    for path in lexicon.files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "roles" in data:
            for role in lexicon.role_words(path.stem).roles:
                r = lexicon.role_words(path.stem).roles[role]
                assert r.examples, f"{path.name}: role {role} has no examples"
                out += [pytest.param(path.stem, role, t, True, id=f"{path.stem}.{role}: {t[:40]}") for t in r.examples]
                out += [pytest.param(path.stem, role, t, False, id=f"{path.stem}.{role} (counter): {t[:40]}")
                        for t in r.counterexamples]
        else:
            wl = lexicon.word_list(path.stem)
            out += [pytest.param(path.stem, None, t, True, id=f"{path.stem}: {t[:40]}") for t in wl.examples]
            out += [pytest.param(path.stem, None, t, False, id=f"{path.stem} (counter): {t[:40]}")
                    for t in wl.counterexamples]
    return out


@pytest.mark.parametrize(("name", "role", "text", "matches"), _lexicon_cases())
def test_lexicon_examples(name: str, role: str | None, text: str, matches: bool) -> None:
    if role is None:
        patterns = [lexicon.WHOLE_WORDS.replace("{}", lexicon.alternation(lexicon.words(name)))]
    else:
        patterns = [f.regex() for f in lexicon.role_words(name).roles[role].forms.values()]
    assert any(re.search(p, text) for p in patterns) is matches


def test_every_lexicon_file_loads_and_has_examples() -> None:
    names = [p.stem for p in lexicon.files()]
    assert names == ["anaphors", "appointments", "captions", "comparisons", "counts", "hedges", "meetings", "modals",
                     "places", "recipients",
                     "rules",
                     "subsets",
                     "verbs"]
    assert set(lexicon.role_words("verbs").roles) == {"draft", "veto", "adopt", "reject", "abstain", "oppose"}


def _type_cases() -> list:
    out = []
    for path in TYPE_FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        unit = path.parent.relative_to(ROOT.parent.parent).as_posix().replace("/", ".")
        for ex in data["examples"]:
            out.append(pytest.param(unit, ex["text"], ex["slots"], id=f"{path.parent.name}: {ex['text'][:50]}"))
        for text in data.get("counterexamples", []):
            out.append(pytest.param(unit, text, None, id=f"{path.parent.name} (counter): {text[:50]}"))
    return out


@pytest.mark.parametrize("source", [*lexicon.files(), *TYPE_FILES], ids=lambda p: p.name)
def test_every_data_file_has_its_compiled_twin(source: Path) -> None:
    """factdesk reads the JSON twins (PyYAML stays off the check path): they must say what the YAML says.
    After editing a data file, run ``python -m factdesk.lexicon``."""
    twin = source.with_suffix(".json")
    assert twin.is_file(), f"{twin} missing: run python -m factdesk.lexicon"
    assert json.loads(twin.read_text(encoding="utf-8")) == yaml.safe_load(source.read_text(encoding="utf-8"))


def test_claim_type_data_files() -> None:
    assert [p.parent.name for p in TYPE_FILES] == ["attempts", "background", "invoked", "permanent_member", "title"]


@pytest.mark.parametrize(("unit", "text", "slots"), _type_cases())
def test_claim_type_examples(unit: str, text: str, slots: dict | None) -> None:
    ctype = importlib.import_module(unit).TYPE
    finder = importlib.import_module(unit + ".find").EXTRACTOR
    st = ExtractState(refs=bundled_refs(), published=dt.date(2024, 3, 1), vote_ctx=VoteContext())
    found = [f for f in finder.find(Sentence(text, 0, published=st.published), st) if f.type == ctype.id]
    if slots is None:
        assert found == []
        return
    assert len(found) == 1, found
    got = ctype.parse(found[0].slots).model_dump()
    assert {k: got[k] for k in slots} == slots
