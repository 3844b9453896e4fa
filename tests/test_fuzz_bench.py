"""``bench/fuzz.py`` runs (issue 14, case 8: it failed at import after a rename, so the
README's "no input slower than 2 s" could not be reproduced). A short run is part of the
suite so it cannot rot again; the 2 s figure itself is measured by the full run
(``.venv/bin/python bench/fuzz.py``), and here the per-input bound is the suite's hang guard."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT
from test_robustness import HANG_SECONDS


def test_a_short_fuzz_run_of_the_bench_script() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "fuzz.py"), "-n", "200", "-j", "1", "--subprocess", "3",
         "--budget", str(HANG_SECONDS)],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )
    assert (proc.returncode, proc.stderr) == (0, ""), proc.stdout[-2000:]
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("200 inputs in ") and lines[0].endswith(" s with 1 workers")
    outcomes = dict(part.rsplit(" ", 1) for part in lines[1].removeprefix("outcomes: ").split(", "))
    assert set(outcomes) == {"report", "input_error"}  # no crash, and both paths exercised
    assert sum(map(int, outcomes.values())) == 200
    assert f"(budget {HANG_SECONDS * 1000:.0f} ms)" in lines[3]
    assert lines[-1] == "3 real CLI runs: 3 ok"
