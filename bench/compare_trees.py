"""``factdesk check --no-store`` of seeds/sample-draft.md from two source trees, paired.

    git archive <ref> | tar -x -C /tmp/before      # the tree to compare against
    .venv/bin/python bench/compare_trees.py /tmp/before . [ROUNDS]

Both trees run with this checkout's interpreter and installed dependencies (``PYTHONPATH``
selects the tree), each with its own pattern cache, warmed first; every round runs both, in
alternating order. Prints wall and CPU (user+sys of the child) medians and the median of
the per-round ratios after/before: what a change to start-up costs, as a ratio.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _run(tree: Path, cache: str) -> tuple[float, float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as installed: byte-code kept
    env.update(FACTDESK_CACHE_DIR=cache, PYTHONPATH=str(tree))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "factdesk.cli", "check", "--no-store", "seeds/sample-draft.md"],
        cwd=tree,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    if len(sys.argv) not in (3, 4):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    trees = {"before": Path(sys.argv[1]).resolve(), "after": Path(sys.argv[2]).resolve()}
    rounds = int(sys.argv[3]) if len(sys.argv) == 4 else 15
    with tempfile.TemporaryDirectory() as tmp:
        caches = {k: str(Path(tmp) / k) for k in trees}
        for k in trees:
            _run(trees[k], caches[k])  # builds the tree's world base if needed, fills its cache
            _run(trees[k], caches[k])
        res: dict[str, list[tuple[float, float]]] = {k: [] for k in trees}
        for i in range(rounds):
            for k in ("before", "after") if i % 2 == 0 else ("after", "before"):
                res[k].append(_run(trees[k], caches[k]))
    for k, v in res.items():
        wall, cpu = statistics.median(w for w, _ in v), statistics.median(c for _, c in v)
        print(f"{k:6} wall median {wall:.3f}s  cpu median {cpu:.3f}s")
    for i, what in ((0, "wall"), (1, "cpu")):
        r = [a[i] / b[i] for a, b in zip(res["after"], res["before"], strict=True)]
        spread = f"min {min(r):.3f}, max {max(r):.3f}"
        print(f"after/before {what}: median {statistics.median(r):.3f} ({spread}), {rounds} rounds")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
