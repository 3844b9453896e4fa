"""The world reference base, measured side by side with the checks that do without it.

    .venv/bin/python bench/bench_world.py [--runs N] [--pack-people N]

Prints, for `factdesk check --no-store seeds/sample-draft.md`, the median wall time and the
peak RSS of the process without the world base (FACTDESK_WORLD=false, the yardstick) and
with it, the ratio, the per-document time of 200 drafts checked in one process with and
without it, and the time to build the base from the raw files. The runs alternate
(without, with, without, ...) so a busy machine slows both alike.

Then the same with a further pack of ``--pack-people`` (default 1,000,000) fictional people
(``bench/synthetic_pack.py``, written to a temporary folder and deleted after): the first
check, which compiles the pack (``factdesk.refs.compiled``), the later checks (which open the
compiled store) alternating with checks without the pack, their peak RSS, and the time per
later document in one process, as ratios to the run without the pack (and to a pack of the
same roles without the people, which shows what the people cost). All use the world base and
a fresh cache folder of their own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "sample-draft.md"


def one_check(world: bool, extra_env: dict[str, str] | None = None) -> tuple[float, float]:
    """(seconds, peak RSS MB) of one `factdesk check --no-store` process."""
    env = {**os.environ, "FACTDESK_WORLD": "true" if world else "false", **(extra_env or {})}
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "factdesk.cli", "check", "--no-store", str(SAMPLE)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - t
    del status
    return took, usage.ru_maxrss / 1024


def per_document(world: bool, n: int = 200, pack: str = "", extra_env: dict[str, str] | None = None) -> float:
    """Milliseconds per document, in one process, after the first (the base already open)."""
    code = (
        "import datetime as dt, sys, time\n"
        "from factdesk.settings import Settings\n"
        "from factdesk.pipeline import load_reference_base, check_document\n"
        "from factdesk.registry import load_checkers\n"
        "from factdesk.ingest import TextView\n"
        "from schemas.contracts import Document\n"
        f"refs = load_reference_base(Settings(world={world}, packs={pack!r}))\n"
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
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, **(extra_env or {})})
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--pack-people", type=int, default=1_000_000, help="0 leaves the big-pack runs out")
    args = ap.parse_args()
    world_base(args.runs)
    if args.pack_people:
        big_pack(args.runs, args.pack_people)
    return 0


def big_pack(runs: int, people: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from synthetic_pack import write_pack

    with tempfile.TemporaryDirectory() as tmp:
        pack = Path(tmp) / "people.jsonl"
        t = time.perf_counter()
        write_pack(pack, people)
        print(f"\n{people:,}-person pack written in {time.perf_counter() - t:.0f} s "
              f"({pack.stat().st_size / 1e6:.0f} MB)")
        cache = {"FACTDESK_CACHE_DIR": str(Path(tmp) / "cache")}
        with_pack = {**cache, "FACTDESK_PACKS": str(pack)}
        one_check(True, cache)  # the pattern cache warm for the yardstick
        first = one_check(True, with_pack)
        store = next((Path(tmp) / "cache" / "packs").glob("pack-*.sqlite"))
        rows: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
        for _ in range(runs):
            for has_pack in (False, True):
                rows[has_pack].append(one_check(True, with_pack if has_pack else cache))
        med = {w: statistics.median(t for t, _ in rows[w]) for w in rows}
        peak = {w: max(m for _, m in rows[w]) for w in rows}
        print(f"check --no-store sample draft, no pack:               {med[False]:.3f} s, peak {peak[False]:.0f} MB")
        print(f"  with the pack, first run (compiles it):            {first[0]:.1f} s, peak {first[1]:.0f} MB "
              f"(store {store.stat().st_size / 1e6:.0f} MB)")
        print(f"  with the pack, later runs (open the compiled store): {med[True]:.3f} s, peak {peak[True]:.0f} MB")
        print(f"ratio later runs with/without the pack: {med[True] / med[False]:.2f}x (target <= 2x, <= 500 MB)")
        roles = Path(tmp) / "roles.jsonl"  # the pack's 500 roles and none of its people, read into memory
        write_pack(roles, 0)
        without = per_document(True, extra_env=cache)
        with_ = per_document(True, pack=str(pack), extra_env=with_pack)
        only_roles = per_document(True, pack=str(roles), extra_env=cache)
        print(f"per later document in one process: {without:.2f} ms without the pack, {with_:.2f} ms with "
              f"({with_ / without:.2f}x, target: the same)")
        print(f"  with the pack's roles alone (no people): {only_roles:.2f} ms ({only_roles / without:.2f}x); "
              f"the people add {with_ / only_roles:.2f}x")


def world_base(runs: int) -> None:
    args = argparse.Namespace(runs=runs)
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
    with tempfile.TemporaryDirectory() as tmp:  # in a process of its own, so this one stays small
        code = (
            "import sys, time\n"
            "from pathlib import Path\n"
            "from factdesk.world.build import build, file_hash\n"
            "out = Path(sys.argv[1])\n"
            "t = time.perf_counter()\n"
            "build(out)\n"
            "print(time.perf_counter() - t, out.stat().st_size / 1e6, file_hash(out)[:16])\n"
        )
        res = subprocess.run([sys.executable, "-c", code, str(Path(tmp) / "w.sqlite")], capture_output=True,
                             text=True, check=True)
        took, size, digest = res.stdout.split()
        print(f"build from the raw files: {float(took):.1f} s, {float(size):.1f} MB, sha256 {digest}"
              " (target < 120 s)")


if __name__ == "__main__":
    sys.exit(main())
