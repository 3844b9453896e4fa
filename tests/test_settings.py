"""Settings read the environment the way pydantic-settings does, without importing it."""

from __future__ import annotations

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
