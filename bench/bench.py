"""factdesk benchmarks: one command prints every figure.

    .venv/bin/python bench/bench.py            # full run (1,000 drafts; 100k and 1M entities)
    .venv/bin/python bench/bench.py --quick    # smaller sizes, for a smoke run

Figures: cold start of `factdesk check` on the sample draft (with and without the
store), in-process throughput (documents/s, claims/s) on 1,000 generated drafts,
peak memory, and lookup cost as the reference base grows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "sample-draft.md"


def cold_start(runs: int) -> dict[str, float]:
    exe = [sys.executable, "-m", "factdesk.cli", "check", str(SAMPLE)]
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "FACTDESK_DATABASE_URL": f"sqlite:///{tmp}/bench.db"}
        subprocess.run(exe, env=env, capture_output=True)  # creates the schema once
        for label, extra in (("no_store", ["--no-store"]), ("store", [])):
            times = []
            for _ in range(runs):
                t = time.perf_counter()
                subprocess.run(exe + extra, env=env, capture_output=True)
                times.append(time.perf_counter() - t)
            out[label] = statistics.median(times)
    return out


def generate_drafts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    corpus = sorted((ROOT / "tests" / "corpus" / "drafts").glob("*.md")) + [SAMPLE]
    paragraphs = []
    for p in corpus:
        body = p.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        paragraphs += [x.strip() for x in body.split("\n\n") if len(x.strip()) > 40]
    drafts = []
    start = dt.date(2023, 10, 1)
    for _ in range(n):
        day = start + dt.timedelta(days=rng.randrange(0, 500))
        body = "\n\n".join(rng.sample(paragraphs, k=min(6, len(paragraphs))))
        drafts.append(f"---\ndate: {day.isoformat()}\n---\n{body}\n")
    return drafts


def throughput(n: int) -> dict[str, float]:
    from factdesk.ingest import parse_bytes
    from factdesk.pipeline import check_document, load_reference_base
    from factdesk.registry import load_checkers
    from factdesk.settings import Settings

    refs = load_reference_base(Settings(packs=""))
    checkers = load_checkers("")
    drafts = [d.encode() for d in generate_drafts(n)]
    words = sum(len(d.split()) for d in drafts)
    check_document(*parse_bytes(drafts[0], "warm.md"), refs, checkers)  # warm caches
    gc.collect()
    t = time.perf_counter()
    claims = 0
    for i, raw in enumerate(drafts):
        doc, view = parse_bytes(raw, f"gen-{i}.md")
        claims += len(check_document(doc, view, refs, checkers).claims)
    elapsed = time.perf_counter() - t
    return {"documents": n, "words_per_doc": words / n, "seconds": elapsed, "docs_per_s": n / elapsed,
            "claims_per_s": claims / elapsed, "claims": claims}


def synthetic_base(n: int):  # noqa: ANN201
    from factdesk.refs.base import Provenance, ReferenceBase
    from factdesk.refs.pack import Office, Person, Role

    rng = random.Random(n)
    syll = ["ka", "lo", "mi", "ra", "te", "su", "no", "vi", "de", "an", "or", "el", "ba", "ri", "tu"]

    def word() -> str:
        return "".join(rng.choice(syll) for _ in range(rng.randint(2, 4))).capitalize()

    roles = [Role(type="role", id=f"role-{i}", title=f"Minister of {word()}", country=None) for i in range(200)]
    src = ["https://example.org/synthetic"]
    people = []
    for i in range(n):
        office = Office(role=f"role-{i % 200}", start=dt.date(2000 + i % 20, 1, 1), end=None,
                        known_until=dt.date(2030, 1, 1), sources=src)
        people.append(Person(type="person", id=f"p{i}", name=f"{word()} {word()}", offices=[office], sources=src))
    base = ReferenceBase()
    base.add([*roles, *people], Provenance("synthetic", str(n)))
    return base, people


def lookups(sizes: list[int], queries: int = 2000) -> list[dict[str, float]]:
    rows = []
    for n in sizes:
        gc.collect()
        rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t = time.perf_counter()
        base, people = synthetic_base(n)
        build = time.perf_counter() - t
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        rng = random.Random(1)
        sample = [rng.choice(people) for _ in range(queries)]
        on = dt.date(2024, 6, 1)
        t = time.perf_counter()
        for p in sample:
            base.person_by_alias(p.name)
        exact = (time.perf_counter() - t) / queries
        t = time.perf_counter()
        for p in sample[:200]:
            base.near_miss(p.name[:-1] + "x")
        fuzzy = (time.perf_counter() - t) / 200
        t = time.perf_counter()
        for p in sample[:200]:
            base.holders(p.offices[0].role, on)
        holders = (time.perf_counter() - t) / 200
        rows.append({"entities": n, "build_s": build, "exact_us": exact * 1e6, "near_miss_us": fuzzy * 1e6,
                     "holders_us": holders * 1e6, "peak_rss_mb": max(rss, rss0) / 1024})
        del base, people
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    cs = cold_start(3 if args.quick else 7)
    print(f"cold start, factdesk check sample draft: {cs['no_store']:.3f} s with --no-store, "
          f"{cs['store']:.3f} s storing to SQLite (median)")
    tp = throughput(100 if args.quick else 1000)
    print(f"in-process: {tp['documents']} drafts of ~{tp['words_per_doc']:.0f} words in {tp['seconds']:.2f} s = "
          f"{tp['docs_per_s']:.1f} documents/s, {tp['claims_per_s']:.0f} claims/s (one core)")
    print(f"peak memory after throughput run: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    for row in lookups([10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000]):
        print(f"reference base {row['entities']:>9,} entities: build {row['build_s']:.1f} s, exact name "
              f"{row['exact_us']:.1f} us, near-miss {row['near_miss_us']:.0f} us, office holders "
              f"{row['holders_us']:.0f} us, peak RSS {row['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
