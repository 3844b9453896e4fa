"""Accuracy on the labeled corpus (tests/corpus), locked at what the checkers reach.

The thresholds are the figures measured when they were set (README, "Accuracy");
raise them when the checkers improve, never lower them to make a run pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factdesk.evaluate import load_gold, predict, score
from factdesk.pipeline import load_reference_base
from factdesk.registry import load_checkers
from factdesk.settings import Settings

CORPUS = Path(__file__).parent / "corpus"

#: Drafts 001-048, the corpus the floors were first set on: locked separately so that adding
#: drafts (049-055 are held-out drafts, see tests/corpus/README.md) never hides a regression.
ORIGINAL_FLOOR = {
    "found": 370,
    "verdict_accuracy": 97.8,
    "covered_verdict_accuracy": 97.7,
    "refutations_caught": 89.3,
    "correction_accuracy": 98.6,
}
ORIGINAL_CAUGHT_FLOOR = {"vote": 95.6, "person_role": 100.0, "name": 92.3, "quantity": 71.4,
                         "event_date": 84.4, "statement": 84.4}
#: Lowered on 2026-12-04 (issue 11's identification rule): a vote claim whose stated date fits no
#: vote and whose nearest vote no stated drafter singles out is a guess, so it is no longer refuted;
#: two claims of draft 021 (a wrong weekday and a wrong tally in the same passage) became unverified.
#: the whole corpus (001-055). Raised 2026-12-04 (issue 13): the per-country votes of the 11 Dec
#: 2024 Assembly votes in the Gaza pack settle a country-vote claim that was unverified.
OVERALL_FLOOR = {
    "found": 438,  # 431 -> 432: "The General Assembly voted on <day>" (w13c); 433: a GA president (w13names);
    # 435: two death tolls as unverified quantity claims (w13qty); 437: statement.background (w13fbey) and
    # the home-domain phrasings of w13fhome; 438: observer status since a year (a13found)
    "verdict_accuracy": 97.9,
    "covered_verdict_accuracy": 97.8,
    "refutations_caught": 89.8,
    "correction_accuracy": 99.4,  # 98.7 -> 99.4: the vote corrections of w13fa
}
#: ``covered_unverified_pct``: claims the references settle but the checker left unverified.
#: (The plain unverified rate is reported, not locked: finding more claims that are rightly
#: unverified, such as officeholders the pack does not cover, raises it without any harm.)
CEILING_COVERED_UNVERIFIED = 2.0  # was 1.5: the two claims of draft 021 above
OVERALL_CEILING = {"false_alarm_pct": 0.0, "false_alarms": 0, "covered_unverified_pct": CEILING_COVERED_UNVERIFIED}
#: refutations caught per kind (the kinds differ in how much of their gold the pack covers)
CAUGHT_FLOOR = {"vote": 95.7, "person_role": 100.0, "name": 93.3, "quantity": 75.0,
                "event_date": 84.0, "statement": 86.1}


@pytest.fixture(scope="module")
def scored():  # noqa: ANN201
    gold = load_gold(CORPUS)
    preds = predict(CORPUS, load_reference_base(Settings(packs="")), load_checkers(""))
    original = score([g for g in gold if g.draft[:3] <= "048"], [p for p in preds if p.draft[:3] <= "048"])
    return score(gold, preds), original


@pytest.fixture(scope="module")
def result(scored):  # noqa: ANN001, ANN201
    return scored[0]


def test_corpus_shape() -> None:
    gold = load_gold(CORPUS)
    drafts = sorted((CORPUS / "drafts").glob("*.md"))
    assert len(drafts) >= 40 and len(gold) >= 400
    assert {g.draft for g in gold} == {d.name for d in drafts}  # every draft is labeled


def test_overall_figures_do_not_regress(result) -> None:  # noqa: ANN001
    m = result.overall.metrics()
    for key, floor in OVERALL_FLOOR.items():
        assert m[key] >= floor, (key, m[key], result.misses[:20])
    for key, ceiling in OVERALL_CEILING.items():
        assert m[key] <= ceiling, (key, m[key], [x for x in result.misses if "FALSE ALARM" in x or "got refuted" in x])


def test_original_drafts_do_not_regress(scored) -> None:  # noqa: ANN001
    original = scored[1]
    m = original.overall.metrics()
    for key, floor in ORIGINAL_FLOOR.items():
        assert m[key] >= floor, (key, m[key], original.misses[:20])
    assert m["false_alarms"] == 0
    for kind, floor in ORIGINAL_CAUGHT_FLOOR.items():
        assert original.by_kind[kind].metrics()["refutations_caught"] >= floor, kind


@pytest.mark.parametrize("kind", sorted(CAUGHT_FLOOR))
def test_refutations_caught_per_kind(result, kind: str) -> None:  # noqa: ANN001
    m = result.by_kind[kind].metrics()
    assert m["refutations_caught"] >= CAUGHT_FLOOR[kind], [x for x in result.misses if f"[{kind}]" in x]
    assert m["false_alarms"] == 0


def test_scorer_counts_catches_false_alarms_and_corrections() -> None:
    from factdesk.evaluate import Gold, Pred, correction_matches

    gold = [
        Gold("d.md", "vote", "13-1-1", "refuted", ["12-1-2"], 10, 16),
        Gold("d.md", "name", "Anthony Blinken", "refuted", ["Antony Blinken"], 30, 45),
        Gold("d.md", "person_role", "President Joe Biden", "supported", [], 50, 69),
    ]
    preds = [
        Pred("d.md", "vote", "13-1-1", "refuted", "12-1-2", 10, 16, ""),
        Pred("d.md", "name", "Anthony Blinken", "refuted", "Tony Blinken", 30, 45, ""),
        Pred("d.md", "person_role", "President Joe Biden", "refuted", "former President", 50, 69, ""),
        Pred("d.md", "quantity", "300", "refuted", "251", 80, 83, ""),
    ]
    m = score(gold, preds).overall.metrics()
    assert (m["found"], m["predicted_claims"]) == (3, 4)
    assert m["refutations_caught"] == 100.0
    assert m["false_alarms"] == 2 and m["false_alarm_pct"] == 50.0  # Biden, and the unlabeled quantity
    assert m["correction_accuracy"] == 50.0  # "Tony Blinken" is not "Antony Blinken"
    assert m["verdict_accuracy"] == round(200 / 3, 1)
    assert correction_matches("United States; Russia voted in favour", ["United States"])
    assert not correction_matches("United Kingdom", ["United States"])
