"""Start-up cost in instructions: the cold-start figures of bench.py, counted by callgrind.

    .venv/bin/python bench/icount.py                  # this tree (about a minute)
    .venv/bin/python bench/icount.py --tree BEFORE    # and another checkout of factdesk, for a before/after

Wall and CPU time on a shared machine move with the load; the number of instructions a
process executes (valgrind's callgrind, ``Ir``) does not, so a start-up change shows here
even when bench.py's time ratios are noisy. Each command runs once to compile byte-code
and fill the caches, then once under callgrind. The yardsticks are the same as bench.py's
(``python -c pass``, ``proselint check`` of the same file). Instructions are not time
(cache misses, system calls and page faults cost time but few instructions), so the
time ratios of bench.py stay the figures the README quotes; this is their noise-free check.

``--tree`` runs another factdesk checkout (``git worktree add /tmp/before main``) through
this virtualenv's interpreter with that tree first on ``sys.path``; its world base must be
built (``factdesk refs build``) or the first run builds it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SAMPLE = "seeds/sample-draft.md"


def instructions(cmd: list[str], env: dict[str, str], cwd: Path) -> int:
    subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd], env=env,
                         cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    m = re.search(r"Collected : (\d+)", out.stderr)
    if not m:
        raise SystemExit(f"callgrind gave no count for {cmd}: {out.stderr[-500:]}")
    return int(m.group(1))


def factdesk_cmds(tree: Path) -> dict[str, list[str]]:
    # the console script's own code, with ``tree`` first on sys.path
    run = (f"import sys; sys.path.insert(0, {str(tree)!r}); sys.argv[0] = 'factdesk'; "
           "from factdesk.cli import main; sys.exit(main())")
    fd = [sys.executable, "-c", run, "check"]
    return {"check --no-store": [*fd, "--no-store", SAMPLE],
            "check (storing to an existing SQLite file)": [*fd, SAMPLE]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tree", type=Path, help="another factdesk checkout to count as well (before/after)")
    args = ap.parse_args()
    if not shutil.which("valgrind"):
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONHASHSEED"] = "0"  # the same dict and set orders in every run: a repeatable count
        env.update(FACTDESK_CACHE_DIR=f"{tmp}/cache", NO_COLOR="1")
        counts: dict[str, int] = {}
        counts["python -c pass"] = instructions([sys.executable, "-c", "pass"], env, ROOT)
        counts["proselint check"] = instructions([str(BIN / "proselint"), "check", SAMPLE], env, ROOT)
        trees = [("this tree", ROOT)] + ([("--tree", args.tree.resolve())] if args.tree else [])
        for label, tree in trees:
            tenv = {**env, "FACTDESK_DATABASE_URL": f"sqlite:///{tmp}/{len(counts)}.db",
                    "FACTDESK_CACHE_DIR": f"{tmp}/cache-{len(counts)}"}
            for name, cmd in factdesk_cmds(tree).items():
                counts[f"factdesk {name} [{label}]"] = instructions(cmd, tenv, tree)
    yard = counts["proselint check"]
    print(f"instructions (callgrind Ir) on {SAMPLE}, caches warm:")
    for name, n in counts.items():
        bare = counts["python -c pass"]
        print(f"  {name:<60} {n / 1e6:8.0f} M   {n / yard:5.2f}x proselint   {n / bare:5.1f}x python")


if __name__ == "__main__":
    main()
