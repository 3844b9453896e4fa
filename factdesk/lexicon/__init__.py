"""Phrase knowledge as data: word lists and words by role, in validated YAML files beside this
module, each with the sentences it must match (``examples``) and must not (``counterexamples``),
which ``tests/test_phrase_data.py`` runs.

Two shapes:

* a word list: ``{description, entries: [...], examples: [...], counterexamples: [...]}``
  (``places.yaml``, ``hedges.yaml``, ``anaphors.yaml``); an example must contain one of the
  entries as whole words, a counterexample none;
* words by role: ``{description, roles: {role: {forms...}}}`` (``verbs.yaml``: the verbs that
  say who drafted, vetoed, adopted ... a text, each form a list, with examples per role).

Finders build their patterns from these lists (``alternation``), so a new phrasing is a data
change with its evidence, not an edit to a regular expression in code.

The YAML files are the source; ``factdesk check`` reads their compiled twins (``NAME.json``
beside each, written by ``python -m factdesk.lexicon``) so that PyYAML stays off its start-up
path. ``tests/test_phrase_data.py`` fails when a twin is missing or differs from its YAML.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from factdesk.errors import ConfigError

HERE = Path(__file__).parent


class _Strict(BaseModel):
    # built when first validated (a cold pattern cache), not at every start-up
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class WordList(_Strict):
    description: str
    entries: tuple[str, ...]
    sources: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()


#: how a form's words are matched when the form gives no pattern: as whole words
WHOLE_WORDS = r"(?<![\w-])(?:{})(?![\w-])"


class Form(_Strict):
    words: tuple[str, ...]
    #: a regular expression with ``{}`` where the alternation of ``words`` goes
    pattern: str = WHOLE_WORDS

    def regex(self) -> str:
        return self.pattern.replace("{}", alternation(self.words))


class Role(_Strict):
    description: str = ""
    #: form -> its words and pattern ("by": "drafted by X", "compound": "US-drafted")
    forms: dict[str, Form]
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()


class RoleWords(_Strict):
    description: str
    roles: dict[str, Role]


#: each field's shape as ``_checked`` reads it: ``str``, ``tuple`` (of strings) or the model a mapping's values are
_SHAPES: dict[tuple[type, str], Any] = {
    **{(m, f): tuple if f in ("entries", "sources", "examples", "counterexamples", "words") else str
       for m in (WordList, Form, Role, RoleWords) for f in m.model_fields},
    (Role, "forms"): Form,
    (RoleWords, "roles"): Role,
}


def read_data(source: Path) -> Any:
    """The content of the data file ``source`` (``*.yaml``), read from its compiled twin."""
    twin = source.with_suffix(".json")
    try:
        return json.loads(twin.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{twin}: missing or damaged; run python -m factdesk.lexicon ({exc})") from None


def compile_all(roots: list[Path] | None = None) -> list[Path]:
    """Write the JSON twin of every data file (``*.yaml``) under ``roots`` (the lexicon and the
    claim types); returns the twins written."""
    import yaml  # only here: the check path reads the twins

    roots = roots or [HERE, HERE.parent / "claimtypes"]
    out = []
    for root in roots:
        for src in sorted(root.rglob("*.yaml")):
            twin = src.with_suffix(".json")
            twin.write_text(json.dumps(yaml.safe_load(src.read_text(encoding="utf-8")), ensure_ascii=False,
                                       indent=1) + "\n", encoding="utf-8")
            out.append(twin)
    return out


@cache
def _load(name: str, model: type[_Strict]) -> _Strict:
    path = HERE / f"{name}.yaml"
    data = read_data(path)
    try:
        return _checked(model, data, "")
    except ValueError as exc:
        raise ConfigError(f"{path}: not a valid lexicon file: {exc}") from None


def _checked(model: type[_Strict], data: Any, where: str) -> _Strict:
    """``model`` built from a twin's JSON ``data`` with the checks ``model_validate`` makes for these
    shapes (every field a ``str``, a ``tuple[str, ...]`` or a ``dict[str, <lexicon model>]``; no unknown
    key, no missing required one), raising ``ValueError`` naming the place. Strict where pydantic would
    coerce: a twin is written by ``compile_all`` from YAML, so a number where words go is a mistake."""
    if not isinstance(data, dict):
        raise ValueError(f"{where or 'the file'}: expected a mapping, got {type(data).__name__}")
    fields = model.model_fields
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise ValueError(f"{where}{unknown[0]}: extra inputs are not permitted")
    values: dict[str, Any] = {}
    for key, info in fields.items():
        at = f"{where}{key}"
        if key not in data:
            if info.is_required():
                raise ValueError(f"{at}: field required")
            continue
        value, kind = data[key], _SHAPES[(model, key)]
        if kind is str:
            if not isinstance(value, str):
                raise ValueError(f"{at}: expected a string")
        elif kind is tuple:
            if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
                raise ValueError(f"{at}: expected a list of strings")
            value = tuple(value)
        else:  # a mapping of names to a lexicon model
            if not isinstance(value, dict):
                raise ValueError(f"{at}: expected a mapping")
            value = {k: _checked(kind, v, f"{at}.{k}.") for k, v in value.items()}
        values[key] = value
    return model.model_construct(**values)


def word_list(name: str) -> WordList:
    return _load(name, WordList)  # type: ignore[return-value]


def words(name: str) -> tuple[str, ...]:
    """The entries of the word list ``name``."""
    return word_list(name).entries


def role_words(name: str) -> RoleWords:
    return _load(name, RoleWords)  # type: ignore[return-value]


def form(name: str, role: str, form: str) -> Form:
    """Form ``form`` of ``role`` in the role file ``name`` ("verbs", "draft", "by")."""
    return role_words(name).roles[role].forms[form]


def verbs(role: str, form_name: str) -> tuple[str, ...]:
    """The verbs of ``verbs.yaml`` for ``role`` in ``form_name``."""
    return form("verbs", role, form_name).words


def alternation(entries: tuple[str, ...]) -> str:
    """A regular-expression alternation of ``entries``, longest first, spaces matching any run of
    whitespace ("put forward" matches "put\\nforward")."""
    parts = sorted(set(entries), key=lambda s: (-len(s), s))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


def files() -> list[Path]:
    return sorted(HERE.glob("*.yaml"))
