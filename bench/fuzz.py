"""Fuzz the CLI path with 10,000 generated and mutated drafts and print a summary.

    .venv/bin/python bench/fuzz.py                 # 10,000 inputs, 2 workers
    .venv/bin/python bench/fuzz.py -n 2000 -j 4    # other sizes
    .venv/bin/python bench/fuzz.py --subprocess 50 # also run 50 of them through `python -m factdesk.cli`
    .venv/bin/python bench/fuzz.py --budget 20     # another per-input budget (the suite's hang guard)

Each input is written to a file and goes the way `factdesk check --no-store` takes it:
read_document -> check_document -> ci.apply_suppressions -> JSON, text and SARIF output.
The reference base and checkers are loaded once (the CLI loads them per call). The
inputs come from tests/test_robustness.py (same generator as the in-suite run, with a
different seed unless --seed is given). Every input must end in a report or an
InputError within the budget (2 s, the README's figure); anything else is printed and the
exit status is 1. ``tests/test_fuzz_bench.py`` runs a short version in ``make test``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from test_robustness import checkers, fuzz_inputs, refs  # noqa: E402

from factdesk import ci, formats  # noqa: E402
from factdesk.errors import InputError  # noqa: E402
from factdesk.ingest import read_document  # noqa: E402
from factdesk.pipeline import check_document  # noqa: E402

TMP = Path(tempfile.mkdtemp(prefix="factdesk-fuzz-"))
PER_INPUT_SECONDS = 2.0  # the README's "no input slower than 2 s"


def one(arg: tuple[int, bytes, str]) -> tuple[str, float, str]:
    i, raw, origin = arg
    path = TMP / f"{i:05d}-{origin}"
    path.write_bytes(raw)
    t = time.perf_counter()
    try:
        doc, view = read_document(path)
        report = ci.apply_suppressions(check_document(doc, view, refs(), checkers()))
        json.dumps(formats.to_json([report]), ensure_ascii=False)
        formats.to_text([report], colour=False)
        json.dumps(formats.to_sarif([report]))
        for cc in report.claims:
            c = cc.claim
            assert 0 <= c.start <= c.end <= len(doc.text) and c.text == doc.text[c.start : c.end]
        outcome, detail = "report", ""
    except InputError as exc:
        outcome, detail = "input_error", str(exc).split(": ", 1)[-1].split(" (")[0][:40]
    except Exception as exc:  # noqa: BLE001
        outcome, detail = "crash", f"{type(exc).__name__}: {exc}"
    finally:
        path.unlink()
    return outcome, time.perf_counter() - t, detail


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=10_000)
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--subprocess", type=int, default=0, metavar="N")
    ap.add_argument("--budget", type=float, default=PER_INPUT_SECONDS, metavar="SECONDS",
                    help=f"slowest acceptable input (default {PER_INPUT_SECONDS} s)")
    args = ap.parse_args()
    items = fuzz_inputs(args.n, seed=args.seed)
    refs(), checkers()
    t = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(args.j) as pool:
        it = pool.imap(one, [(i, raw, origin) for i, (raw, origin) in enumerate(items)])
        results = [it.next(timeout=60) for _ in items]
    wall = time.perf_counter() - t
    times = sorted(r[1] for r in results)
    outcomes = Counter(r[0] for r in results)
    print(f"{len(items)} inputs in {wall:.1f} s with {args.j} workers")
    print("outcomes: " + ", ".join(f"{k} {v}" for k, v in outcomes.most_common()))
    print("input errors: " + ", ".join(f"{k!r} {v}" for k, v in
                                       Counter(r[2] for r in results if r[0] == "input_error").most_common(8)))
    p99 = times[int(len(times) * .99)]
    print(f"per input: median {statistics.median(times) * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms, "
          f"max {times[-1] * 1000:.1f} ms (budget {args.budget * 1000:.0f} ms)")
    failed = [(i, r) for i, r in enumerate(results)
              if r[0] not in ("report", "input_error") or r[1] > args.budget]
    for i, r in failed[:20]:
        print(f"FAIL #{i} {items[i][1]}: {r[0]} {r[1]:.2f}s {r[2]} input={items[i][0][:120]!r}")
    bad_cli = 0
    for i, (raw, origin) in enumerate(items[: args.subprocess]):
        path = TMP / f"cli-{i:05d}-{origin}"
        path.write_bytes(raw)
        proc = subprocess.run([sys.executable, "-m", "factdesk.cli", "check", str(path), "--no-store"],
                              capture_output=True, text=True, timeout=60)
        path.unlink()
        ok = proc.returncode in (0, 1) or (proc.returncode == 2 and len(proc.stderr.splitlines()) == 1)
        if not ok or "Traceback" in proc.stderr:
            bad_cli += 1
            print(f"CLI FAIL #{i}: exit {proc.returncode} {proc.stderr[-300:]!r}")
    if args.subprocess:
        print(f"{args.subprocess} real CLI runs: {args.subprocess - bad_cli} ok")
    return 1 if failed or bad_cli else 0


if __name__ == "__main__":
    try:
        code = main()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    sys.exit(code)
