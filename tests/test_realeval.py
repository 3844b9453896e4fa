"""Scoring of a real-reporting corpus (factdesk/realeval.py) with exact values.

A hand-built set of gold claims and predictions over three files (a dev home article, its
planted copy, a held-out beyond article) pins every figure; a tiny corpus on disk checks the
reading of front matter and gold, and that the held-out split never shows per-claim detail.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factdesk.errors import InputError
from factdesk.realeval import Meta, RealGold, RealPred, corpus_files, format_real, load_real_gold, score_real

A, B, P = "articles/001-a.md", "articles/002-b.md", "planted/001-a.md"
FILES = [Meta(A, "home", "dev", False), Meta(B, "beyond", "heldout", False), Meta(P, "home", "dev", True)]


def _g(draft: str, kind: str, verdict: str, start: int, corr: list[str] | None = None, planted: bool = False,
       text: str = "") -> RealGold:
    return RealGold(draft, kind, text or f"{kind}@{start}", verdict, corr or [], start, start + 10, planted=planted)


def _p(draft: str, kind: str, verdict: str, start: int, corr: str | None = None, conf: float = 0.95,
       strength: str = "strong") -> RealPred:
    return RealPred(draft, kind, f"pred {kind}@{start}", verdict, corr, start, start + 10, "why",
                    confidence=conf, strength=strength)


GOLD = [
    _g(A, "vote", "supported", 0),
    _g(A, "person_role", "refuted", 20, ["Antonio Guterres"]),
    _g(A, "quantity", "unverified", 40),  # not found
    _g(B, "vote", "refuted", 0, ["5-4-6"]),
    _g(B, "name", "supported", 20, text="HELDOUT-ONLY-TEXT"),
    _g(P, "vote", "refuted", 0, ["Wednesday 25 October 2023", "2023-10-25"], planted=True),
    _g(P, "person_role", "supported", 20),
]
PREDS = [
    _p(A, "vote", "supported", 0),
    _p(A, "person_role", "refuted", 20, "Secretary-General Antonio Guterres", conf=0.9),
    _p(A, "event_date", "refuted", 60, "2023-10-18", conf=0.85, strength="weak"),  # false alarm, no gold
    _p(B, "vote", "refuted", 0, "5-4-6"),
    _p(B, "name", "refuted", 20, "Someone", conf=0.7),  # false alarm on a supported claim
    _p(P, "vote", "refuted", 0, "2023-10-26"),  # planted error caught, wrong correction
    _p(P, "person_role", "supported", 20, strength="none"),
]


@pytest.fixture(scope="module")
def res():  # noqa: ANN201
    return score_real(GOLD, PREDS, FILES)


def test_groups_are_split_by_domain(res) -> None:  # noqa: ANN001
    assert list(res.groups) == ["all", "home", "beyond", "dev", "dev/home", "heldout", "heldout/beyond"]


def test_overall_figures(res) -> None:  # noqa: ANN001
    m = res.groups["all"].metrics()
    assert (m["documents"], m["articles"], m["planted_copies"]) == (3, 2, 1)
    assert (m["gold_claims"], m["found"], m["found_pct"]) == (7, 6, 85.7)
    assert m["verdict_accuracy"] == 83.3  # 5 of 6 found: the held-out name is refuted, gold supported
    assert (m["refutations"], m["refutations_right"], m["refutation_precision"]) == (5, 3, 60.0)
    assert (m["false_alarms"], m["false_alarms_per_100_docs"]) == (2, 66.7)
    assert (m["planted_errors"], m["planted_caught"], m["planted_caught_pct"]) == (1, 1, 100.0)
    assert (m["planted_corrections_ok"], m["planted_corrections_pct"]) == (0, 0.0)
    assert m["refutations_caught"] == 100.0 and m["correction_accuracy"] == 66.7


def test_split_figures(res) -> None:  # noqa: ANN001
    dev, held = res.groups["dev"].metrics(), res.groups["heldout"].metrics()
    assert (dev["documents"], dev["gold_claims"], dev["found_pct"]) == (2, 5, 80.0)
    assert (dev["refutations"], dev["refutations_right"], dev["refutation_precision"]) == (3, 2, 66.7)
    assert dev["false_alarms_per_100_docs"] == 50.0
    assert (held["documents"], held["gold_claims"], held["found_pct"], held["verdict_accuracy"]) == (1, 2, 100.0, 50.0)
    assert (held["refutation_precision"], held["false_alarms_per_100_docs"], held["planted_errors"]) == (50.0, 100.0, 0)
    assert res.groups["beyond"].metrics() == held and res.groups["home"].metrics() == dev


def test_bands(res) -> None:  # noqa: ANN001
    conf = res.bands["dev"]["confidence"]
    assert conf == {
        "0.90-1.00": {"claims": 4, "found": 4, "verdict_accuracy": 100.0, "refutations": 2,
                      "refutations_right": 2, "refutation_precision": 100.0},
        "0.80-0.89": {"claims": 1, "found": 0, "verdict_accuracy": 100.0, "refutations": 1,
                      "refutations_right": 0, "refutation_precision": 0.0},
    }
    strength = res.bands["dev"]["strength"]
    assert {k: (v["claims"], v["refutations"], v["refutations_right"]) for k, v in strength.items()} == {
        "weak": (1, 1, 0), "strong": (3, 2, 2), "none": (1, 0, 0)}
    assert res.bands["heldout"]["confidence"]["0.00-0.79"]["refutation_precision"] == 0.0


def test_per_claim_detail_is_dev_only(res) -> None:  # noqa: ANN001
    assert len(res.misses) == 3
    assert res.misses[0] == "NOT FOUND  articles/001-a.md: [quantity] 'quantity@40' (gold unverified)"
    assert res.misses[1].startswith("CORRECTION planted/001-a.md: 'vote@0'")
    assert res.misses[2].startswith("FALSE ALARM articles/001-a.md: [event_date] 'pred event_date@60'")
    text = format_real(res) + json.dumps(res.to_json())
    assert "002-b" not in text and "HELDOUT-ONLY-TEXT" not in text and "Someone" not in text


def test_heldout_only_prints_no_detail() -> None:
    held = [m for m in FILES if m.split == "heldout"]
    res = score_real([g for g in GOLD if g.draft == B], [p for p in PREDS if p.draft == B], held)
    assert list(res.groups) == ["all", "beyond", "heldout", "heldout/beyond"] and res.misses == []
    assert "never shown" in format_real(res) and "HELDOUT" not in format_real(res)


def _write(root: Path, rel: str, split: str, body: str, domain: str = "home") -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ndate: 2023-10-18\ndomain: {domain}\nsplit: {split}\n---\n{body}\n", encoding="utf-8")


def test_reads_front_matter_and_gold(tmp_path: Path) -> None:
    _write(tmp_path, "articles/001-x.md", "dev", "China abstained. China abstained.")
    _write(tmp_path, "articles/002-y.md", "heldout", "Russia voted against.", "beyond")
    _write(tmp_path, "planted/001-x.md", "dev", "China voted against. China abstained.")
    lines = [{"article": "articles/001-x.md", "kind": "vote", "text": "China abstained", "occurrence": 2,
              "verdict": "supported", "correction": None},
             {"article": "planted/001-x.md", "kind": "vote", "text": "China voted against", "verdict": "refuted",
              "correction": "abstained", "planted": True},
             {"article": "articles/002-y.md", "kind": "vote", "text": "Russia voted against", "verdict": "supported"}]
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    files = corpus_files(tmp_path)
    assert [(m.path, m.domain, m.split, m.planted) for m in files] == [
        ("articles/001-x.md", "home", "dev", False), ("articles/002-y.md", "beyond", "heldout", False),
        ("planted/001-x.md", "home", "dev", True)]
    assert [m.path for m in corpus_files(tmp_path, "dev")] == ["articles/001-x.md", "planted/001-x.md"]
    gold = load_real_gold(tmp_path, corpus_files(tmp_path, "dev"))
    assert [(g.draft, g.start, g.end, g.correction, g.planted) for g in gold] == [
        ("articles/001-x.md", 66, 81, [], False), ("planted/001-x.md", 49, 68, ["abstained"], True)]


def test_bad_front_matter_is_an_input_error(tmp_path: Path) -> None:
    _write(tmp_path, "articles/001-x.md", "training", "Text.")
    with pytest.raises(InputError, match="split: dev\\|heldout"):
        corpus_files(tmp_path)


def test_a_prediction_finds_the_gold_claim_of_its_own_kind_first() -> None:
    """tests/realcorpus 035 (KUNA): the event_date gold line spans "... Secretary-General Antonio Guterres on
    Wednesday" and the person_role gold line "Secretary-General Antonio Guterres" lies inside it. The one
    person_role prediction finds the person_role line; the event_date line, with no event_date prediction,
    is the miss (given out in gold order, the event_date line took it and the person_role line went unfound)."""
    from factdesk.evaluate import Gold, Pred, score

    text = "NEW YORK, Dec 6 (KUNA) -- Invoking Article 99, Secretary-General Antonio Guterres on Wednesday called"
    ev_s, ev_e = 0, text.index(" called")
    pr_s = text.index("Secretary-General")
    pr_e = pr_s + len("Secretary-General Antonio Guterres")
    gold = [Gold("a.md", "event_date", text[ev_s:ev_e], "supported", [], ev_s, ev_e),
            Gold("a.md", "person_role", text[pr_s:pr_e], "supported", [], pr_s, pr_e)]
    pred = Pred("a.md", "person_role", text[pr_s:pr_e], "supported", None, pr_s, pr_e, "held the office")
    res = score(gold, [pred])
    assert [(g.kind, p is not None and p.kind) for g, p in res.matches] == [("event_date", False),
                                                                            ("person_role", "person_role")]
    assert res.by_kind["person_role"].found == 1 and res.by_kind["event_date"].found == 0
    assert res.misses == [f"NOT FOUND  a.md: [event_date] {text[ev_s:ev_e]!r} (gold supported)"]


def test_a_claim_within_a_gold_span_finds_it_before_a_long_one_that_touches_it() -> None:
    """tests/corpus 042: "Its truce resolution of October 27, adopted 120-14-45, was followed in December by
    a ceasefire demand backed by 158 countries." A long vote prediction touches both gold lines; the short
    one ('backed by 158') lies within the vote gold line and finds it; the long one, left over, finds the
    event_date line."""
    from factdesk.evaluate import Gold, Pred, score

    text = ("Its truce resolution of October 27, adopted 120-14-45, was followed in December by a ceasefire demand "
            "backed by 158 countries.")

    def span(s: str) -> tuple[int, int]:
        return text.index(s), text.index(s) + len(s)

    ev, vote = span("truce resolution of October 27"), span("a ceasefire demand backed by 158 countries")
    long_, short = span("October 27, adopted 120-14-45, was followed in December by a ceasefire demand"), span(
        "backed by 158")
    gold = [Gold("d.md", "event_date", "", "supported", [], *ev), Gold("d.md", "vote", "", "refuted", ["153"], *vote)]
    preds = [Pred("d.md", "vote", "", "supported", None, *long_, ""), Pred("d.md", "vote", "", "refuted", "153",
                                                                          *short, "")]
    res = score(gold, preds)
    assert [(p.start, p.end) for _, p in res.matches] == [long_, short]
    assert res.overall.caught == 1 and res.overall.found == 2
