"""Accuracy on the real-reporting corpus (tests/realcorpus), locked at what the checkers reach.

Both halves are locked: ``dev`` (the articles rules may be written from) and ``heldout`` (a
third fixed by a hash of the URL, only ever scored). Floors are the figures measured when they
were set (README, "Accuracy on real reporting"); raise them when the checkers improve, never
lower them to make a run pass. Ceilings bound false alarms. This test prints no per-claim
detail: ``factdesk eval tests/realcorpus`` shows that for dev files only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factdesk.pipeline import load_reference_base
from factdesk.realeval import run_real
from factdesk.registry import load_checkers
from factdesk.settings import Settings

CORPUS = Path(__file__).parent / "realcorpus"

#: group -> metric -> floor (the figure reached; re-locked 2026-12-04 after issue 13's rules for
#: the dev false alarms and FACTDESK_IDENTIFY_FROM=sentence as the default, again after the
#: per-country votes of ES-10/21 and ES-10/22 and the 'among the countries that' subset reading,
#: and again (upward) after the wire phrasings of w13c merged with them: titles at the UN in
#: apposition, counts in favour, the lone dissenting vote, "the Assembly voted on <day>", "United
#: Nations" = "UN" in titles, "outgoing", a since-clause's date; and again (upward) after "former"
#: judged against complete office records; and again (upward) after the UN's voting rules as
#: statements, statement.rule; and again (upward) after the Security Council roll calls of 14
#: vetoed drafts 2011-2022 and the ES-11/1 abstentions; and again (upward, held-out) after the
#: false alarms found on new real articles were fixed (w13fa); and again (upward) after
#: person_role.appointment, the name variants (w13names), event dates (w13dates), background counts
#: (w13qty) and the outcome compared, never identifying (w13outcome); and again (upward) after the
#: planted-error, beyond- and home-domain rounds of 2026-12-04's third session (w13plant, w13fbey,
#: w13fhome, w13fa3, w13fbey2); docs/real-accuracy.md). Session 4: the verdict floors were re-based
#: DOWN once, not for a code change but for a truer measure: the gold audit (a13audit) checked the
#: 67 `unverified` person_role/event_date/vote lines of both halves against public sources and
#: relabelled 55 `supported`; with the same code the figures fell (dev 96.2 -> 88.9, held-out
#: 86.6 -> 82.2) and the sourced envoys of a13people then raised them (dev 89.5, held-out 85.6).
#: docs/real-accuracy.md, 'Gold audit'. Then the dev verdict floors fell 95.7 -> 95.1 once more when Brett
#: Jonathan Miller's record and the Council's 2022 membership were withdrawn: their sources are outside the
#: tiers tests/test_world.py requires (facts are never kept on untiered sources alone). Session 5 (a5verdict, vote
#: claims): dev found 84.2 -> 84.4 (beyond 76.6 -> 77.2), held-out verdict 87.1 -> 87.6 (home 85.3 -> 86.0).
#: Fifth session: the dev floors of found (88.1 -> 87.3, home 92.9 -> 91.7) and verdict (95.9 -> 95.8) were
#: re-based down once when an event alias fitted to one Reuters sentence ("Russia proposed the one-page draft
#: text", syndicated in dev 001/002) was withdrawn: a rule needs two different articles, not two copies of one.
#: Seventh session (2026-12-05): raised after h7bdates (event dates), h7bpeople (titles) and the vote side clause
#: (h7votes 48b8128) merged; docs/real-accuracy.md 'Seventh session'.
FLOOR = {'dev': {'correction_accuracy': 100.0,
         'found_pct': 88.8,
         'planted_caught_pct': 89.5,
         'planted_corrections_pct': 100.0,
         'refutation_precision': 100.0,
         'refutations_caught': 63.6,
         'verdict_accuracy': 96.7},
 'dev/beyond': {'found_pct': 82.3, 'planted_caught_pct': 85.7, 'verdict_accuracy': 96.2},
 'dev/home': {'found_pct': 92.9, 'planted_caught_pct': 91.7, 'verdict_accuracy': 97.0},
 'heldout': {'correction_accuracy': 100.0,
             'found_pct': 71.2,
             'planted_caught_pct': 66.7,
             'planted_corrections_pct': 100.0,
             'refutation_precision': 100.0,
             'refutations_caught': 50.0,
             'verdict_accuracy': 89.2},
 'heldout/beyond': {'found_pct': 64.6, 'verdict_accuracy': 93.2},
 'heldout/home': {'found_pct': 75.6, 'planted_caught_pct': 75.0, 'verdict_accuracy': 86.9}}
#: group -> metric -> ceiling. Re-locked 2026-12-04 after the world reference base (#12) and the
#: architecture (#11) were merged: the world's Ukraine votes brought new wrong identifications
#: (dev false alarms 1 -> 10); a vote fitting neither the stated date nor a stated drafter is no
#: longer refuted (10 -> 6). Then (issue 13) each dev false alarm was fixed at its root (6 -> 0) and
#: identification from the claim's own sentence (with follow-on sentences through an anaphor)
#: became the default (held-out 5 -> 3). These are the figures reached, not targets (see
#: docs/real-accuracy.md). Then false alarms found on new real articles (w13fa) were fixed at
#: their root: held-out 3 -> 2; then the home-domain rounds (w13fhome: a member or minister as the
#: subject of 'rejected', the Assembly's 'rejected by X' as votes against): held-out 2 -> 0.
CEILING = {'dev': {'false_alarms': 0, 'false_alarms_per_100_docs': 0.0},
 'heldout': {'false_alarms': 0, 'false_alarms_per_100_docs': 0.0}}


@pytest.fixture(scope="module")
def groups():  # noqa: ANN201
    res = run_real(CORPUS, load_reference_base(Settings(packs="")), load_checkers(""))
    return {name: g.metrics() for name, g in res.groups.items()}


def test_the_corpus_is_whole(groups) -> None:  # noqa: ANN001
    assert {k: groups[k]["documents"] for k in ("dev", "heldout")} == {"dev": 80, "heldout": 55}
    assert {k: groups[k]["gold_claims"] for k in ("dev", "heldout")} == {"dev": 411, "heldout": 285}
    assert {k: groups[k]["planted_errors"] for k in ("dev", "heldout")} == {"dev": 19, "heldout": 15}


@pytest.mark.parametrize(("group", "metric", "floor"),
                         [(g, m, v) for g, ms in FLOOR.items() for m, v in ms.items()])
def test_floor(groups, group: str, metric: str, floor: float) -> None:  # noqa: ANN001
    assert groups[group][metric] >= floor


@pytest.mark.parametrize(("group", "metric", "ceiling"),
                         [(g, m, v) for g, ms in CEILING.items() for m, v in ms.items()])
def test_ceiling(groups, group: str, metric: str, ceiling: float) -> None:  # noqa: ANN001
    assert groups[group][metric] <= ceiling
