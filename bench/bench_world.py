"""The world reference base, measured side by side with the checks that do without it.

    .venv/bin/python bench/bench_world.py [--runs N]

Prints, for `factdesk check --no-store seeds/sample-draft.md`, the median wall time and the
peak RSS of the process without the world base (FACTDESK_WORLD=false, the yardstick) and
with it, the ratio, the per-document time of 200 drafts checked in one process with and
without it, and the time to build the base from the raw files. The runs alternate
(without, with, without, ...) so a busy machine slows both alike.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "sample-draft.md"


def one_check(world: bool) -> tuple[float, float]:
    """(seconds, peak RSS MB) of one `factdesk check --no-store` process."""
    env = {**os.environ, "FACTDESK_WORLD": "true" if world else "false"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "factdesk.cli", "check", "--no-store", str(SAMPLE)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - t
    del before, status
    return took, usage.ru_maxrss / 1024


def per_document(world: bool, n: int = 200) -> float:
    """Milliseconds per document, in one process, after the first (the base already open)."""
    code = (
        "import datetime as dt, sys, time\n"
        "from factdesk.settings import Settings\n"
        "from factdesk.pipeline import load_reference_base, check_document\n"
        "from factdesk.registry import load_checkers\n"
        "from factdesk.ingest import TextView\n"
        "from schemas.contracts import Document\n"
        f"refs = load_reference_base(Settings(world={world}))\n"
        "checkers = load_checkers()\n"
        f"text = open({str(SAMPLE)!r}).read().split('---', 2)[2]\n"
        "doc = Document(text=text, origin='s.md', sha256='0'*64, format='text', published=dt.date(2023, 12, 12),"
        " published_source='flag')\n"
        "check_document(doc, TextView(text), refs, checkers)\n"
        "t = time.perf_counter()\n"
        f"for i in range({n}):\n"
        "    d = doc.model_copy(update={'text': text + ' ' * (i + 1)})\n"
        "    check_document(d, TextView(d.text), refs, checkers)\n"
        f"print((time.perf_counter() - t) / {n} * 1000)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    one_check(True)  # the base is built (once) and the pattern cache warm before timing
    one_check(False)
    rows: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
    for _ in range(args.runs):
        for world in (False, True):
            rows[world].append(one_check(world))
    med = {w: statistics.median(t for t, _ in rows[w]) for w in rows}
    peak = {w: max(m for _, m in rows[w]) for w in rows}
    print(f"date {dt.date.today()}, {args.runs} runs each, alternating")
    print(f"check --no-store sample draft, without the world base: {med[False]:.3f} s, peak {peak[False]:.0f} MB")
    print(f"check --no-store sample draft, with the world base:    {med[True]:.3f} s, peak {peak[True]:.0f} MB")
    print(f"ratio with/without: {med[True] / med[False]:.2f}x (target <= 1.3x, <= 120 MB)")
    without, with_ = per_document(False), per_document(True)
    print(f"per later document in one process: {without:.2f} ms without, {with_:.2f} ms with "
          f"({with_ / without:.2f}x)")
    with tempfile.TemporaryDirectory() as tmp:
        from factdesk.world.build import build, file_hash

        t = time.perf_counter()
        build(Path(tmp) / "w.sqlite")
        took = time.perf_counter() - t
        size = (Path(tmp) / "w.sqlite").stat().st_size / 1e6
        print(f"build from the raw files: {took:.1f} s, {size:.1f} MB, sha256 {file_hash(Path(tmp) / 'w.sqlite')[:16]}"
              " (target < 120 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
