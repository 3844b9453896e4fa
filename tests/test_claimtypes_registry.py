"""Claim types and extractors are found like outside ones: built-in folders plus entry-point
groups; a duplicate id is an error; which run, and in what order, is configuration."""

from __future__ import annotations

import datetime as dt
import sys
import types

import pytest
from conftest import bundled_refs

from factdesk.claimtypes import registry
from factdesk.claimtypes.base import ClaimType, Extractor
from factdesk.errors import ConfigError
from factdesk.ingest import TextView
from schemas.contracts import Document


def test_every_builtin_type_is_registered_with_its_family() -> None:
    got = registry.load_types()
    assert sorted(got) == [
        "event_date.event", "event_date.office_start", "name.spelling", "person_role.appointment",
        "person_role.office", "person_role.ordinal", "quantity.figure", "statement.attempts", "statement.background",
        "statement.invoked", "statement.origin", "statement.permanent_member",
        "statement.place",
        "statement.property", "statement.quote", "statement.rule", "statement.sworn_by",
        "statement.term", "statement.title",
        "vote.confirmation", "vote.date", "vote.drafter", "vote.result",
    ]
    assert all(t.id.split(".")[0] == t.family and t.help and t.version for t in got.values())
    assert all(t.slots.model_config["frozen"] and t.slots.model_config["extra"] == "forbid" for t in got.values())


def test_extractors_run_in_declared_order_unless_configuration_says_otherwise() -> None:
    assert [e.id for e in registry.load_extractors()] == [
        "people", "appointments", "events", "votes", "confirmations", "sessions", "statements", "places",
        "quantities", "terms",
        "sworn_by", "origins", "head_ordinals", "quotes", "permanent_member", "invoked", "attempts", "titles", "rules",
        "background"]
    assert [e.id for e in registry.load_extractors("quotes,people")] == ["quotes", "people"]
    with pytest.raises(ConfigError, match="unknown extractor 'nosuch'"):
        registry.load_extractors("nosuch")


def test_a_type_selection_by_family() -> None:
    assert sorted(registry.load_types("vote")) == ["vote.confirmation", "vote.date", "vote.drafter", "vote.result"]


def test_two_units_with_one_id_are_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    twin = types.ModuleType("twin_type")
    twin.TYPE = ClaimType(id="vote.result", family="vote", help="a copy", version="1",
                          slots=registry.load_types()["vote.result"].slots, compare=lambda *a: None)
    monkeypatch.setitem(sys.modules, "twin_type", twin)
    types_, _ = registry.builtin_modules()
    with pytest.raises(ConfigError, match="two ClaimTypes have the id 'vote.result'"):
        registry._collect([*types_, "twin_type"], registry.TYPE_GROUP, "TYPE", ClaimType)
    twin.EXTRACTOR = Extractor(id="votes", order=1, find=lambda s, st: [])
    _, finders = registry.builtin_modules()
    with pytest.raises(ConfigError, match="two Extractors have the id 'votes'"):
        registry._collect([*finders, "twin_type"], registry.EXTRACTOR_GROUP, "EXTRACTOR", Extractor)


def test_extract_runs_only_the_configured_extractors() -> None:
    from factdesk.extract import extract

    text = "Secretary of State Antony Blinken said the Security Council vote was 13-1-1 on Friday."
    doc = Document(text=text, origin="t.txt", sha256="0" * 64, format="text", published=dt.date(2023, 12, 9),
                   published_source="flag")
    every = {c.type for c in extract(doc, TextView(text), bundled_refs())}
    only = {c.type for c in extract(doc, TextView(text), bundled_refs(), "votes")}
    assert every == {"person_role.office", "vote.result", "vote.date"} and only == {"vote.result", "vote.date"}
