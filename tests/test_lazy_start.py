"""What a cold ``factdesk check`` no longer builds (issue 17, sixth pass): gated patterns compiled when a
text first opens their gate, lexicon files checked without pydantic's validators, evidence quotes that
read plain fields without pydantic's serializer, a document built without its validator. Each must give
exactly what the eager road gave."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from factdesk import lexicon, rxcache, rxgate
from factdesk.errors import ConfigError
from factdesk.ingest import parse_bytes
from factdesk.lexicon import RoleWords, WordList, _checked, read_data
from factdesk.refs.pack import Confirmation
from factdesk.refs.quote import _dumped
from schemas.contracts import Document

_TALLY = r"(?<![\w-])(?P<yes>\d+)\s+(?:votes?\s+)?in\s+favou?r\b"


def test_a_lazy_gate_compiles_its_pattern_only_when_a_text_opens_it() -> None:
    g = rxgate.compile(_TALLY + r"(?:\s+of\s+the\s+Lazy\s+test)?", re.I)
    assert isinstance(g, rxgate.LazyGated)
    assert g.literals == frozenset({"favor", "favour"})
    assert g.search("No count here.") is None
    assert g.finditer("Nothing to see.") is not None and list(g.finditer("Nothing to see.")) == []
    assert isinstance(g.re, rxgate._Pending)  # closed gates never compiled it
    m = g.search("The text won 13 votes in favour.")
    assert m is not None and m.group("yes") == "13" and m.span() == (13, 31)
    assert isinstance(g.re, re.Pattern) and m.re is g.re  # compiled once, in place
    assert (g.flags, g.groups, g.groupindex) == (g.re.flags, g.re.groups, g.re.groupindex)


def test_a_lazy_gate_answers_as_the_compiled_pattern() -> None:
    texts = ["Eleven voted in favour, 2 against.", "120 in favor, 14 against and 45 abstentions",
             "It passed with 13 votes in favor.", "In favour of what?", "", "ſ 12 in favor"]
    plain = rxcache.compile(_TALLY, re.I)
    for text in texts:
        lazy = rxgate.compile(_TALLY, re.I)
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        assert lazy.sub("#", text) == plain.sub("#", text)
        assert lazy.findall(text) == plain.findall(text)


def test_a_pattern_without_required_literals_is_compiled_at_once() -> None:
    p = rxgate.compile(r"[A-Z]\w+")
    assert isinstance(p, re.Pattern)


@pytest.mark.parametrize("path", lexicon.files(), ids=lambda p: p.name)
def test_lexicon_files_are_read_as_pydantic_validates_them(path) -> None:  # noqa: ANN001
    data = read_data(path)
    model = RoleWords if "roles" in data else WordList
    mine, theirs = _checked(model, data, ""), model.model_validate(data)
    assert mine == theirs
    assert mine.model_fields_set == theirs.model_fields_set


@pytest.mark.parametrize(("data", "message"), [
    ({"description": "d", "entries": ["a"], "colour": "red"}, "colour: extra inputs are not permitted"),
    ({"entries": ["a"]}, "description: field required"),
    ({"description": "d", "entries": "a"}, "entries: expected a list of strings"),
    ({"description": "d", "entries": ["a", 3]}, "entries: expected a list of strings"),
    ({"description": 5, "entries": []}, "description: expected a string"),
    (["a"], "the file: expected a mapping, got list"),
])
def test_a_malformed_word_list_is_refused_naming_the_field(data, message: str) -> None:  # noqa: ANN001
    with pytest.raises(ValueError, match=re.escape(message)):
        _checked(WordList, data, "")


def test_a_malformed_role_file_names_the_nested_place() -> None:
    data = {"description": "d", "roles": {"drafted": {"forms": {"by": {"words": ["by"], "pattern": 7}}}}}
    with pytest.raises(ValueError, match=re.escape("roles.drafted.forms.by.pattern: expected a string")):
        _checked(RoleWords, data, "")


def test_a_damaged_lexicon_file_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "read_data", lambda path: {"description": "d", "entries": [1]})
    lexicon._load.cache_clear()
    try:
        with pytest.raises(ConfigError, match=r"captions\.yaml: not a valid lexicon file: entries: expected a list"):
            lexicon.word_list("captions")
    finally:
        lexicon._load.cache_clear()


def test_an_evidence_quote_reads_plain_fields_as_model_dump_gives_them() -> None:
    c = Confirmation(body="Senate", date=dt.date(2021, 1, 26), yes=78, no=22, sources=["https://www.senate.gov/x"])
    assert list(_dumped(c)) == list(c.model_dump(exclude={"sources"}).items())
    assert list(_dumped(c)) == [("body", "Senate"), ("date", dt.date(2021, 1, 26)), ("yes", 78), ("no", 22)]


def test_a_document_read_from_bytes_is_what_validation_builds() -> None:
    doc, _ = parse_bytes(b"---\ndate: 2023-10-18\ntitle: Vote\n---\nThe council met.\n", "a.md")
    again = Document.model_validate(doc.model_dump())
    assert doc == again and doc.model_fields_set == again.model_fields_set
    assert (doc.published, doc.published_source, doc.title, doc.format) == (dt.date(2023, 10, 18), "front_matter",
                                                                              "Vote", "markdown")


def test_a_lazy_gates_literals_are_derived_from_its_text_without_compiling_it() -> None:
    source = _TALLY + r"\s+of\s+the\s+uncompiled\s+test"
    g = rxgate.compile(source, re.I)
    assert isinstance(g, rxgate.LazyGated) and isinstance(g.re, rxgate._Pending)
    assert f"{int(re.I)}:{source}" not in rxcache._compiled  # neither compiled nor kept in the pattern cache
    assert g.literals == rxgate.required_literals(re.compile(source, re.I))


def test_every_lazy_gate_has_the_literals_its_compiled_pattern_has() -> None:
    import gc

    from conftest import bundled_refs

    from factdesk.extract.people import find_people

    find_people("Warm-up.", 0, bundled_refs())
    lazy = [o for o in gc.get_objects() if isinstance(o, rxgate.LazyGated)]
    assert len(lazy) > 40
    for g in lazy:
        assert g.literals == rxgate.required_literals(rxcache.compile(g._source, g._given)), g
