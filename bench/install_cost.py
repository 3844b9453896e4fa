"""What each install of factdesk costs, measured in fresh virtual environments.

    .venv/bin/python bench/install_cost.py                 # core and every extra
    .venv/bin/python bench/install_cost.py core flows      # some of them

For each install (``core`` is ``pip install .``; the others ``pip install '.[EXTRA]'``):
a new venv, then ``pip install`` timed (pip's cache as it is on this machine: warm, as in
CI with a cache), the distributions it added (``pip list`` minus the fresh venv's), and the
megabytes they take in site-packages. In the core venv it then times the cold start of
``factdesk check --no-store`` and ``factdesk check`` (storing to a fresh SQLite file) on the
sample draft (median of 5 runs, after one warm-up that fills the pattern cache), and checks
that each command whose extra is missing exits 2 with one line naming the extra.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLS = ["core", "flows", "desk", "postgres", "dask", "dev"]
NEEDS_AN_EXTRA = {  # command -> the extra its one-line error must name
    ("serve",): "flows", ("flow", "check", "seeds/sample-draft.md"): "flows",
    ("review", "serve"): "desk", ("report", "seeds/sample-draft.md", "-o", "r.html"): "desk",
}


def site_mb(venv: Path) -> float:
    [site] = venv.glob("lib/python3*/site-packages")
    return sum(f.stat().st_size for f in site.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def dists(venv: Path) -> set[str]:
    out = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "list", "--format=freeze"],
                         capture_output=True, text=True, check=True).stdout
    return {line.split("==")[0].lower() for line in out.splitlines() if line}


def cold_start(venv: Path, tmp: Path, *extra: str) -> tuple[float, float]:
    """(median seconds of ``factdesk check EXTRA sample``, median of the yardstick
    ``python -c pass`` in the same venv, runs interleaved so both see the same load)."""
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HOME": str(tmp), "NO_COLOR": "1",
           "FACTDESK_CACHE_DIR": str(tmp / "cache"), "FACTDESK_DATABASE_URL": f"sqlite:///{tmp / 'cold.db'}"}
    cmd = [str(venv / "bin" / "factdesk"), "check", *extra, "seeds/sample-draft.md"]
    yardstick = [str(venv / "bin" / "python"), "-c", "pass"]
    subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True)  # warm-up: the pattern cache, the schema
    times, base = [], []
    for _ in range(5):
        t = time.perf_counter()
        code = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True).returncode
        times.append(time.perf_counter() - t)
        assert code == 1, f"{cmd}: exit {code} (a refuted claim should give 1)"
        t = time.perf_counter()
        subprocess.run(yardstick, env=env, check=True)
        base.append(time.perf_counter() - t)
    return statistics.median(times), statistics.median(base)


def missing_extras(venv: Path, tmp: Path) -> list[str]:
    out = []
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HOME": str(tmp)}
    for args, extra in NEEDS_AN_EXTRA.items():
        p = subprocess.run([str(venv / "bin" / "factdesk"), *args], cwd=ROOT, env=env, capture_output=True,
                           text=True, timeout=60)
        lines = p.stderr.splitlines()
        ok = p.returncode == 2 and len(lines) == 1 and f"pip install 'factdesk[{extra}]'" in lines[0]
        out.append(f"  factdesk {' '.join(args[:2])}: exit {p.returncode}: {p.stderr.strip()}"
                   + ("" if ok else "   <-- NOT the expected one-line error"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("installs", nargs="*", default=INSTALLS, choices=INSTALLS)
    args = ap.parse_args()
    print(f"{'install':<10} {'packages':>8} {'MB':>7} {'seconds':>8}")
    with tempfile.TemporaryDirectory(prefix="factdesk-install-") as tmpdir:
        tmp = Path(tmpdir)
        for name in args.installs:
            venv = tmp / name
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            base, base_mb = dists(venv), site_mb(venv)
            target = str(ROOT) if name == "core" else f"{ROOT}[{name}]"
            t = time.perf_counter()
            subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", target], check=True,
                           cwd=tmp)
            secs = time.perf_counter() - t
            added = dists(venv) - base
            print(f"{name:<10} {len(added):>8} {site_mb(venv) - base_mb:>7.0f} {secs:>8.1f}", flush=True)
            if name == "core":
                for label, flags in (("check --no-store", ("--no-store",)), ("check, storing to SQLite", ())):
                    secs, base = cold_start(venv, tmp, *flags)
                    print(f"  cold start, {label}: {secs:.2f} s (median of 5; yardstick `python -c pass` "
                          f"{base:.3f} s, ratio {secs / base:.0f}x)")
                print("\n".join(missing_extras(venv, tmp)), flush=True)
    print(f"python {sys.version.split()[0]}; cores: {__import__('os').cpu_count()}; "
          f"load average at the end: {__import__('os').getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
