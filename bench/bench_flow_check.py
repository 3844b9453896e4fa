"""What ``factdesk flow check`` costs over ``factdesk check``, on the sample draft.

    .venv/bin/python bench/bench_flow_check.py            # 5 rounds
    .venv/bin/python bench/bench_flow_check.py --rounds 3

Each round runs, one after another (so all see the same machine load), as fresh processes
storing to a fresh SQLite file:
- ``factdesk check`` (the yardstick);
- ``factdesk flow check`` with no Prefect server configured: Prefect starts a temporary one
  for the run (what a user without a server gets), its PREFECT_HOME reused from run to run
  (the very first run in a fresh PREFECT_HOME, which also creates Prefect's database, is
  timed once before the rounds and printed separately);
- ``factdesk flow check`` with ``PREFECT_API_URL`` pointing at a running ``prefect server``
  (started once, before timing, as a desk that runs Prefect has);
- ``python -c "import prefect"``: Prefect's import alone.
It prints the median of each, its ratio to ``check``, and checks that the three commands give
the same exit code (1: the sample draft has a refuted claim).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
sys.path[:0] = [str(ROOT / "tests")]


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    t = time.perf_counter()
    code = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True).returncode
    return time.perf_counter() - t, code


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    from fixtures.feeds.prefect_server import PrefectServer, base_env

    sample = "seeds/sample-draft.md"
    with tempfile.TemporaryDirectory(prefix="factdesk-flowcheck-") as tmpdir:
        tmp = Path(tmpdir)
        (tmp / "home").mkdir()
        server = PrefectServer(tmp / "home")
        try:
            server.wait_ready()
            results: dict[str, list[float]] = {}
            codes: dict[str, set[int]] = {}
            first_env = {**base_env(tmp / "eph"), "FACTDESK_DATABASE_URL": f"sqlite:///{tmp / 'first.db'}",
                         "FACTDESK_REPORT_DIR": str(tmp / "reports"), "FACTDESK_CACHE_DIR": str(tmp / "cache")}
            first, first_code = timed([str(BIN / "factdesk"), "flow", "check", sample], first_env)
            for n in range(args.rounds):
                store = {"FACTDESK_DATABASE_URL": f"sqlite:///{tmp / f'store-{n}.db'}",
                         "FACTDESK_REPORT_DIR": str(tmp / "reports"), "FACTDESK_CACHE_DIR": str(tmp / "cache")}
                ephemeral = {**base_env(tmp / "eph"), **store}  # no server: a temporary one per run
                served = {**server.env(), **store}
                variants = {
                    "factdesk check": ([str(BIN / "factdesk"), "check", sample], ephemeral),
                    "flow check, temporary server": ([str(BIN / "factdesk"), "flow", "check", sample], ephemeral),
                    "flow check, running server": ([str(BIN / "factdesk"), "flow", "check", sample], served),
                    "import prefect": ([str(BIN / "python"), "-c", "import prefect"], ephemeral),
                }
                for name, (cmd, env) in variants.items():
                    secs, code = timed(cmd, env)
                    results.setdefault(name, []).append(secs)
                    codes.setdefault(name, set()).add(code)
        finally:
            server.stop()
    base = statistics.median(results["factdesk check"])
    print(f"sample draft, median of {args.rounds} rounds, fresh processes storing to SQLite")
    for name, times in results.items():
        med = statistics.median(times)
        print(f"{name:<30} {med:6.2f} s  {med / base:5.1f}x check  exit codes {sorted(codes[name])}")
    print(f"{'flow check, first run':<30} {first:6.2f} s  {first / base:5.1f}x check  exit codes [{first_code}]"
          "  (fresh PREFECT_HOME, once)")
    print(f"cores: {os.cpu_count()}; load average at the end: {os.getloadavg()[0]:.1f}")
    assert codes["factdesk check"] == codes["flow check, temporary server"] == codes["flow check, running server"] \
        == {1}, codes


if __name__ == "__main__":
    main()
