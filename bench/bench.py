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


def synthetic_people(n: int, seed: int | None = None):  # noqa: ANN201
    """``n`` synthetic people, streamed. Offices look like real ones: each of n/10 roles
    has a succession of about ten holders with four-year terms (2000-2040)."""
    from factdesk.refs.pack import Office, Person

    rng = random.Random(n if seed is None else seed)
    syll = ["ka", "lo", "mi", "ra", "te", "su", "no", "vi", "de", "an", "or", "el", "ba", "ri", "tu"]

    def word() -> str:
        return "".join(rng.choice(syll) for _ in range(rng.randint(2, 4))).capitalize()

    src = ["https://example.org/synthetic"]
    roles = max(1, n // 10)
    for i in range(n):
        start = dt.date(2000 + 4 * ((i // roles) % 10), 1, 20)
        office = Office(role=f"role-{i % roles}", start=start, end=start.replace(year=start.year + 4), sources=src)
        yield Person(type="person", id=f"p{i}", name=f"{word()} {word()}", offices=[office], sources=src)


def synthetic_base(n: int, keep: int = 2000):  # noqa: ANN201
    """A base of ``n`` synthetic people (plus their roles), added in batches as a pack
    loader would, and a sample of ``keep`` of them to query."""
    from itertools import islice

    from factdesk.refs.base import Provenance, ReferenceBase
    from factdesk.refs.pack import Role

    base = ReferenceBase()
    prov = Provenance("synthetic", str(n))
    base.add([Role(type="role", id=f"role-{i}", title=f"Minister {i}", country=None) for i in range(max(1, n // 10))],
             prov)
    stream = synthetic_people(n)
    rng = random.Random(1)
    sample = []
    while batch := list(islice(stream, 20_000)):  # a stream of upserts, as a refresh stores them
        sample += rng.sample(batch, k=min(len(batch), keep * len(batch) // n + 1))
        base.add(batch, prov)
    return base, sample[:keep]


def lookup_row(n: int, queries: int = 2000) -> dict[str, float | str]:
    gc.collect()
    t = time.perf_counter()
    base, sample = synthetic_base(n, keep=queries)
    build = time.perf_counter() - t
    gc.collect()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rng = random.Random(1)
    t = time.perf_counter()
    for p in sample:
        assert base.person_by_alias(p.name) is not None or len(base.people.by_alias(p.name.lower())) > 1
    exact = (time.perf_counter() - t) / len(sample)
    t = time.perf_counter()
    for p in sample[:200]:
        base.near_miss(p.name[:-1] + "x")
    fuzzy = (time.perf_counter() - t) / 200
    t = time.perf_counter()
    for p in sample[:200]:
        on = p.offices[0].start + dt.timedelta(days=rng.randrange(0, 1400))
        base.holders(p.offices[0].role, on)
    holders = (time.perf_counter() - t) / 200
    return {"entities": n, "table": type(base.people).__name__, "build_s": build, "exact_us": exact * 1e6,
            "near_miss_us": fuzzy * 1e6, "holders_us": holders * 1e6, "peak_rss_mb": rss / 1024}


def lookups(sizes: list[int]) -> list[dict[str, float | str]]:
    """Each size in its own process, so one size's peak memory does not hide the next."""
    import json

    rows = []
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--lookup-size", str(n)], capture_output=True, text=True,
                             check=True)
        rows.append(json.loads(out.stdout))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--lookup-size", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.lookup_size:
        import json

        print(json.dumps(lookup_row(args.lookup_size)))
        return
    cs = cold_start(3 if args.quick else 7)
    print(f"cold start, factdesk check sample draft: {cs['no_store']:.3f} s with --no-store, "
          f"{cs['store']:.3f} s storing to SQLite (median)")
    tp = throughput(100 if args.quick else 1000)
    print(f"in-process: {tp['documents']} drafts of ~{tp['words_per_doc']:.0f} words in {tp['seconds']:.2f} s = "
          f"{tp['docs_per_s']:.1f} documents/s, {tp['claims_per_s']:.0f} claims/s (one core)")
    print(f"peak memory after throughput run: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    for row in lookups([10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000]):
        print(f"reference base {row['entities']:>9,} entities ({row['table']}): build {row['build_s']:.1f} s, exact name "
              f"{row['exact_us']:.1f} us, near-miss {row['near_miss_us']:.0f} us, office holders "
              f"{row['holders_us']:.0f} us, peak RSS {row['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
