"""A hedged count in a vote report is a bound, not a tally: "More than 140 countries voted in
favour" of A/RES/ES-11/1 (141-5-35) is supported, and was refuted as "140-?-?" before. The hedge
words and their meanings are the quantity checker's (factdesk/lexicon/hedges.yaml)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAD = """---
date: 2022-03-03
---
On Wednesday, March 2, 2022, the UN General Assembly adopted resolution ES-11/1 demanding that \
Russia withdraw from Ukraine. """


def _check(tmp_path: Path, sentence: str) -> dict[str, tuple[str, str | None, str]]:
    draft = tmp_path / "draft.md"
    draft.write_text(HEAD + sentence + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "factdesk.cli", "check", "--no-store", "--format", "json",
                           str(draft)], capture_output=True, text=True, timeout=300, env={**os.environ})
    assert proc.returncode in (0, 1), proc.stderr
    doc = json.loads(proc.stdout)["documents"][0]
    return {c["text"]: (c["verdict"], c["correction"], c["rationale"]) for c in doc["claims"]}


@pytest.mark.parametrize("sentence, span", [
    ("More than 140 countries voted in favour of the resolution.", "140 countries voted in favour"),
    ("Over 140 countries voted in favour of the resolution.", "140 countries voted in favour"),
    ("Fewer than 150 countries voted in favour of the resolution.", "150 countries voted in favour"),
    ("About 140 countries voted in favour of the resolution.", "140 countries voted in favour"),
])
def test_a_hedged_count_that_holds_is_supported(tmp_path: Path, sentence: str, span: str) -> None:
    claims = _check(tmp_path, sentence)
    assert claims[span][0] == "supported"


def test_a_hedged_bound_that_fails_is_refuted_with_the_recorded_tally(tmp_path: Path) -> None:
    verdict, correction, rationale = _check(tmp_path, "More than 150 countries voted in favour of the resolution.")[
        "150 countries voted in favour"]
    assert (verdict, correction) == ("refuted", "141-5-35")
    assert "the draft gives more than 150 in favour" in rationale


def test_a_rough_figure_that_misses_is_not_refuted(tmp_path: Path) -> None:
    verdict, correction, _ = _check(tmp_path, "About 120 countries voted in favour of the resolution.")[
        "120 countries voted in favour"]
    assert (verdict, correction) == ("unverified", None)


def test_exact_and_hedged_counts_in_one_tally(tmp_path: Path) -> None:
    claims = _check(tmp_path, "The resolution was backed by 141 countries, with 5 against and about 35 abstentions.")
    assert claims["was backed by 141 countries, with 5 against and about 35 abstentions"][0] == "supported"
    claims = _check(tmp_path, "The resolution was backed by 143 countries, with 5 against and about 35 abstentions.")
    assert claims["was backed by 143 countries, with 5 against and about 35 abstentions"][:2] == ("refuted",
                                                                                                 "141-5-35")
