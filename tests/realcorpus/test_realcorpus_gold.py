"""The real-reporting corpus stays consistent (spans, splits, index, planted copies) and big
enough for what issue #13 asks of it."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("realcorpus_verify_gold", HERE / "verify_gold.py")
verify_gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(verify_gold)


def test_verify_gold_finds_no_problem(capsys: pytest.CaptureFixture[str]) -> None:
    assert verify_gold.main([]) == 0
    assert "ERROR" not in capsys.readouterr().out


def test_corpus_meets_the_issue_minimums() -> None:
    errors: list[str] = []
    files = verify_gold.load_files(errors)
    assert errors == []
    domains = Counter(m["domain"] for rel, (m, _) in files.items() if rel.startswith("articles/"))
    assert domains["home"] >= 40 and domains["beyond"] >= 40
    planted = Counter(m["split"] for rel, (m, _) in files.items() if rel.startswith("planted/"))
    assert sum(planted.values()) >= 30 and planted["dev"] > 0 and planted["heldout"] > 0


def test_split_is_the_url_hash() -> None:
    # int(sha256(url), 16) % 3 is 2 for the first URL and 0 for the second
    assert verify_gold.split_of("https://press.un.org/en/2023/sc15496.doc.htm") == "dev"
    wion = "https://www.wionews.com/world/us-vetoes-un-security-council-resolution-condemning-hamas-terrorist-attacks-against-israel-648557"
    assert verify_gold.split_of(wion) == "heldout"


def test_every_refuted_line_has_a_correction_and_a_source() -> None:
    gold = [json.loads(line) for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    refuted = [g for g in gold if g["verdict"] == "refuted"]
    assert refuted and all(g["correction"] and g["source"].startswith("http") for g in refuted)
