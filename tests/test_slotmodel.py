"""Claim-type slots are plain classes (``factdesk.claimtypes.slotmodel``) validated as the frozen
pydantic models they replace validate: the fast road and the pydantic twin give the same
objects, the same coercions and the same errors, word for word."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from factdesk.claimtypes import slotmodel
from factdesk.claimtypes.person_role.slots import TitledName
from factdesk.claimtypes.quantity.figure.slots import FigureSlots
from factdesk.claimtypes.registry import load_types
from factdesk.claimtypes.vote.date.slots import DateSlots
from factdesk.claimtypes.vote.result.slots import ResultSlots
from factdesk.claimtypes.vote.slots import Anchor, Features


def _twin(cls: type, data: dict) -> dict:
    return slotmodel._twin(cls).model_validate(data).model_dump()


RESULT = {"clause": "adopted 13-0-2", "said_in": "It was adopted 13-0-2.", "body": "SC", "amendment": False,
          "outcome": "adopted", "vetoed_by": ["US"], "country_votes": {"Russia": "abstain"},
          "tally": {"yes": 13, "no": 0, "abstain": 2}, "tally_hedged": {"yes": ("more_than", 140)},
          "alt_ident": {"body": "GA", "sentence": "The Assembly voted."}}


@pytest.mark.parametrize(("cls", "data"), [
    (ResultSlots, RESULT),
    (ResultSlots, {}),
    (TitledName, {"title": "President", "country": "France", "name_exact": True}),
    (FigureSlots, {"quantity_id": "q", "value": 3.5, "hedge": "approx"}),
    (FigureSlots, {"quantity_id": "q", "vague": "thousands", "low": 1000.0, "high": 9999.0}),
    (Anchor, {"clause": "x", "features": {"outcome": "vetoed", "vetoed_by": ["US"]}}),
])
def test_the_fast_road_gives_what_pydantic_gives(cls: type, data: dict) -> None:
    fast = slotmodel._fast(slotmodel._fields(cls), data)
    assert fast is not slotmodel._NO  # canonical values: no pydantic model is built for them
    got = cls.model_validate(data)
    assert got.model_dump() == _twin(cls, data)
    assert type(got.alt_ident if cls is ResultSlots and data else got) is not dict


@pytest.mark.parametrize(("cls", "data"), [
    # coercions pydantic makes: a str subclass to a str, an int to a float, a list to a tuple,
    # a numeric string to an int
    (TitledName, {"title": type("Sub", (str,), {})("President")}),
    (FigureSlots, {"quantity_id": "q", "value": 3}),
    (ResultSlots, {"tally_hedged": {"yes": ["more_than", 140]}}),
    (ResultSlots, {"yes_below": "9"}),
])
def test_coercions_are_pydantic_s(cls: type, data: dict) -> None:
    got = cls.model_validate(data)
    want = slotmodel._twin(cls).model_validate(data)
    assert got.model_dump() == want.model_dump()
    for name in slotmodel._fields(cls):
        assert type(getattr(got, name)) is type(getattr(want, name)), name


@pytest.mark.parametrize(("cls", "data"), [
    (TitledName, {"name": "X"}),  # a required field missing
    (TitledName, {"title": "President", "nickname": "X"}),  # an undeclared key
    (TitledName, {"title": 3}),  # an int for a str
    (ResultSlots, {"country_votes": {"Russia": "maybe"}}),  # not one of a Literal's values
    (FigureSlots, {"quantity_id": "q"}),  # the after-validator refuses it
    (FigureSlots, {"quantity_id": "q", "vague": "thousands"}),
    (Anchor, {"features": {"outcome": 1}}),  # a nested slot object's error
])
def test_errors_are_pydantic_s_word_for_word(cls: type, data: dict) -> None:
    with pytest.raises(ValidationError) as ours:
        cls.model_validate(data)
    with pytest.raises(ValidationError) as theirs:
        slotmodel._twin(cls).model_validate(data)
    assert str(ours.value) == str(theirs.value)
    assert ours.value.title == cls.__name__


def test_slot_objects_behave_as_frozen_models() -> None:
    s = ResultSlots.model_validate(RESULT)
    assert s.tally == {"yes": 13, "no": 0, "abstain": 2} and s.alt_ident.body == "GA"
    assert s == ResultSlots.model_validate(RESULT) and hash(Features()) == hash(Features())
    assert s != ResultSlots.model_validate({**RESULT, "outcome": "failed"})
    with pytest.raises(ValidationError, match="Instance is frozen"):
        s.outcome = "failed"  # type: ignore[misc]
    copy = s.model_copy(update={"outcome": "failed"})
    assert (copy.outcome, s.outcome, copy.tally) == ("failed", "adopted", s.tally)
    assert ResultSlots.model_validate(s) is s
    # a default is the model's own, never shared between objects
    a, b = ResultSlots(), ResultSlots()
    assert a.vetoed_by == [] and a.vetoed_by is not b.vetoed_by
    assert repr(Features(outcome="vetoed")) == "Features(vetoed_by=None, outcome='vetoed', tally=None)"
    assert repr(Features(outcome="vetoed")) == repr(slotmodel._twin(Features)(outcome="vetoed"))
    assert str(Features()) == str(slotmodel._twin(Features)())
    assert DateSlots.model_fields.keys() == slotmodel._twin(DateSlots).model_fields.keys()


def test_every_slot_class_has_the_fields_of_its_twin() -> None:
    for t in load_types().values():
        twin = slotmodel._twin(t.slots)
        assert list(slotmodel._fields(t.slots)) == list(twin.model_fields), t.id
        assert t.slots.model_config == {"frozen": True, "extra": "forbid"}
        # every default validates on the fast road to what pydantic gives
        required = {n: f for n, f in twin.model_fields.items() if f.is_required()}
        if not required:
            assert t.slots().model_dump() == twin().model_dump(), t.id


def test_a_check_builds_no_pydantic_slot_model(tmp_path) -> None:  # noqa: ANN001
    """The slots of the sample draft's claims take the fast road: no twin is built."""
    import json
    import os
    import subprocess
    import sys

    from conftest import SAMPLE

    code = ("import contextlib, io, json, sys\nfrom factdesk import cli\nfrom factdesk.claimtypes import slotmodel\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    code = cli.main(['check', '--no-store', {str(SAMPLE)!r}])\n"
            "print(json.dumps([code, sorted(c.__name__ for c in slotmodel._TWINS)]))\n")
    env = {**os.environ, "FACTDESK_CACHE_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [1, []]


def test_slot_objects_copy_and_pickle() -> None:
    import copy
    import pickle

    s = ResultSlots.model_validate(RESULT)
    for other in (pickle.loads(pickle.dumps(s)), copy.deepcopy(s), copy.copy(s)):  # noqa: S301 - our own bytes
        assert other == s and other.alt_ident == s.alt_ident and type(other.alt_ident) is type(s.alt_ident)


def test_an_outside_slot_class_with_pydantic_features_takes_the_pydantic_road() -> None:
    """An outside claim type may declare its slots with pydantic's own means: its twin reads them."""
    from pydantic import Field, field_validator

    class Outside(slotmodel.Slots):
        model_config = {"frozen": True, "extra": "forbid", "str_strip_whitespace": True}
        name: str
        count: int = Field(default=0, ge=0)

        @field_validator("name")
        @classmethod
        def _upper(cls, v: str) -> str:
            return v.upper()

    got = Outside.model_validate({"name": "  abc ", "count": 2})
    assert (got.name, got.count, type(got) is Outside) == ("ABC", 2, True)
    with pytest.raises(ValidationError, match="greater than or equal to 0"):
        Outside.model_validate({"name": "x", "count": -1})
