"""Settings read the environment the way pydantic-settings does, without importing it."""

from __future__ import annotations

import os

import pytest
from pydantic import ValidationError, create_model

from factdesk.settings import Settings

SAMPLES = {str: "some-value", bool: "yes", int: "7", float: "2.5"}


def test_every_field_reads_like_pydantic_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    pydantic_settings = pytest.importorskip("pydantic_settings")

    class Reference(pydantic_settings.BaseSettings):  # the same fields, read by pydantic-settings
        model_config = pydantic_settings.SettingsConfigDict(env_prefix="FACTDESK_", extra="ignore")

    ref_cls = create_model("Ref", __base__=Reference,
                           **{name: (f.annotation, f) for name, f in Settings.model_fields.items()})
    for name, field in Settings.model_fields.items():
        assert field.annotation in SAMPLES, f"{name}: a {field.annotation} setting needs a reader rule"
        # lower and mixed case too: pydantic-settings is case-insensitive by default
        key = f"FACTDESK_{name.upper()}" if len(name) % 2 else f"factdesk_{name}"
        monkeypatch.setenv(key, SAMPLES[field.annotation])
    mine, theirs = Settings().model_dump(), ref_cls().model_dump()
    assert mine == theirs
    assert mine["online"] is True and mine["dask_workers"] == 7 and mine["online_timeout"] == 2.5
    assert mine["packs"] == "some-value"


def test_keyword_beats_environment_beats_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTDESK_PACKS", "from-env")
    monkeypatch.delenv("FACTDESK_CHECKERS", raising=False)
    s = Settings(checkers="vote")
    assert (s.packs, s.checkers, s.bundled_packs) == ("from-env", "vote", True)
    assert Settings(packs="").packs == ""


def test_bad_value_is_a_validation_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTDESK_DASK_WORKERS", "many")
    with pytest.raises(ValidationError, match="dask_workers"):
        Settings()


@pytest.mark.parametrize("env", [{}, {"FACTDESK_PACKS": "a.jsonl", "factdesk_database_url": "sqlite:///x.db"},
                                 {"FACTDESK_PACKS": "a.jsonl", "FACTDESK_WORLD": "no"}])
def test_get_settings_gives_what_validation_gives(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> None:
    """``get_settings`` builds the settings without validating when the environment sets text
    settings only (a check then never builds the model): the same values, types and fields set."""
    from factdesk.settings import get_settings

    for key in [k for k in os.environ if k.upper().startswith("FACTDESK_")]:
        monkeypatch.delenv(key)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    got, want = get_settings(), Settings()
    assert got == want and got.model_fields_set == want.model_fields_set == {k.lower()[9:] for k in env}
    assert got.model_dump() == want.model_dump()
    assert [type(v) for v in got.__dict__.values()] == [type(v) for v in want.__dict__.values()]
    assert list(got.__dict__) == list(want.__dict__)
