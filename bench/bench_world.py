"""The world reference base, measured side by side with the checks that do without it.

    .venv/bin/python bench/bench_world.py [--runs N] [--pack-people N] [--instructions]

Prints, for `factdesk check --no-store seeds/sample-draft.md`, the median wall time and the
peak RSS of the process without the world base (FACTDESK_WORLD=false, the yardstick) and
with it, the ratio, the per-document time of drafts checked in one process with and
without it, and the time to build the base from the raw files. The runs alternate
(without, with, without, ...) so a busy machine slows both alike; so do the per-document
processes (``--runs`` of each, 100 drafts in each after the first, median per document).
``--instructions`` adds the per-document figures as instructions counted by
``valgrind --tool=callgrind`` (10 drafts minus none, in processes with the patterns cached),
which other work on the machine does not change.

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
import re
import shutil
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


def per_document(world: bool, n: int = 100, pack: str = "", extra_env: dict[str, str] | None = None,
                 valgrind: bool = False) -> float:
    """Milliseconds per document, in one process, after the first (the base already open); with
    ``valgrind``, the instructions that process executed in all (callgrind's count)."""
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
        f"print((time.perf_counter() - t) / max({n}, 1) * 1000)\n"
    )
    prefix = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] if valgrind else []
    out = subprocess.run([*prefix, sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, **(extra_env or {})})
    if out.returncode:
        sys.exit(f"bench_world: a per-document run failed (exit {out.returncode}):\n{out.stderr[-2000:]}")
    if valgrind:
        return float(re.search(r"Collected : (\d+)", out.stderr).group(1))  # type: ignore[union-attr]
    return float(out.stdout.strip().splitlines()[-1]) if n else 0.0


def per_document_paired(runs: int, configs: dict[str, dict]) -> dict[str, float]:
    """Median milliseconds per document of each configuration (``per_document``'s keywords), their
    processes alternating (a, b, c, a, b, c ...) so a busy machine slows all alike."""
    times: dict[str, list[float]] = {k: [] for k in configs}
    for _ in range(runs):
        for k, kw in configs.items():
            times[k].append(per_document(**kw))
    return {k: statistics.median(v) for k, v in times.items()}


def instructions_per_document(configs: dict[str, dict]) -> dict[str, float]:
    """Instructions per document of each configuration: callgrind's count of a process checking 10
    later drafts minus that of one checking none (the same start-up). Each configuration gets a
    cache folder of its own (unless it has one), filled by two plain runs first, so both counted
    processes load the same patterns and no other run's patterns."""
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k, kw in configs.items():
            env = {"FACTDESK_CACHE_DIR": str(Path(tmp) / k), **kw.get("extra_env", {})}
            kw = {**kw, "extra_env": env}
            per_document(**kw, n=10)
            per_document(**kw, n=10)
            out[k] = (per_document(**kw, n=10, valgrind=True) - per_document(**kw, n=0, valgrind=True)) / 10
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--pack-people", type=int, default=1_000_000, help="0 leaves the big-pack runs out")
    ap.add_argument("--instructions", action="store_true",
                    help="also count the instructions per document with valgrind (a few minutes more)")
    args = ap.parse_args()
    if args.instructions and shutil.which("valgrind") is None:
        print("bench_world: --instructions needs valgrind on PATH", file=sys.stderr)
        return 2
    world_base(args.runs, args.instructions)
    if args.pack_people:
        big_pack(args.runs, args.pack_people, args.instructions)
    return 0


def big_pack(runs: int, people: int, instructions: bool = False) -> None:
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
        configs = {
            "without": {"world": True, "extra_env": cache},
            "with": {"world": True, "pack": str(pack), "extra_env": with_pack},
            "roles": {"world": True, "pack": str(roles), "extra_env": cache},
        }
        ms = per_document_paired(runs, configs)
        print(f"per later document in one process (median of {runs}, alternating): {ms['without']:.2f} ms without "
              f"the pack, {ms['with']:.2f} ms with ({ms['with'] / ms['without']:.2f}x, target: the same)")
        print(f"  with the pack's roles alone (no people): {ms['roles']:.2f} ms ({ms['roles'] / ms['without']:.2f}x); "
              f"the people add {ms['with'] / ms['roles']:.2f}x")
        if instructions:
            ins = instructions_per_document(configs)
            print(f"instructions per later document (callgrind): {ins['without'] / 1e6:.1f} M without the pack, "
                  f"{ins['with'] / 1e6:.1f} M with ({ins['with'] / ins['without']:.3f}x), "
                  f"{ins['roles'] / 1e6:.1f} M with its roles alone ({ins['roles'] / ins['without']:.3f}x)")


def world_base(runs: int, instructions: bool = False) -> None:
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
    configs = {"without": {"world": False}, "with": {"world": True}}
    ms = per_document_paired(args.runs, configs)
    print(f"per later document in one process (median of {args.runs}, alternating): {ms['without']:.2f} ms "
          f"without, {ms['with']:.2f} ms with ({ms['with'] / ms['without']:.2f}x)")
    if instructions:
        ins = instructions_per_document(configs)
        print(f"instructions per later document (callgrind): {ins['without'] / 1e6:.1f} M without, "
              f"{ins['with'] / 1e6:.1f} M with ({ins['with'] / ins['without']:.3f}x)")
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
