"""factdesk benchmarks: every figure as a ratio to its yardstick, measured in the same run.

    .venv/bin/python bench/bench.py              # all ratios (about 3 minutes on 2 cores)
    .venv/bin/python bench/bench.py --quick      # fewer rounds, for a smoke run
    .venv/bin/python bench/bench.py --only inprocess   # figure 4 alone (about a minute)
    .venv/bin/python bench/bench.py --scale      # also lookup cost as the base grows to 100k and 1M people

Figures (README "Speed" quotes them):

1. ``factdesk check --no-store`` of seeds/sample-draft.md vs ``proselint check`` of the same
   file (cold processes; bare ``python -c pass`` shown for scale);
2. ``factdesk check`` storing to an existing SQLite file vs ``proselint check``;
3. storing checked documents vs a plain driver writer (sqlite3 / psycopg: the same rows,
   an INSERT per row, one transaction per document), on SQLite and on PostgreSQL, both
   through the driver store ``factdesk check`` uses and through ``save_report`` on a
   SQLModel session (flows, review desk);
4. in-process documents/s on one core on 1,000 generated drafts (paragraphs of the
   labeled corpus), with proselint linting the same drafts in the same process, the world
   base loaded. For a noise-free comparison of two trees, count instructions instead:
   ``valgrind --tool=callgrind python -c '...check N drafts...'`` for N and for 1 draft, and
   divide the difference by N-1 (README "Speed").

The cold-start figures in instructions, which the load on a shared machine does not move
(valgrind's callgrind; this tree and, with ``--tree``, another checkout for a before/after)::

    .venv/bin/python bench/icount.py --tree /tmp/before

Noise: the yardstick and factdesk run *paired and interleaved* (each round runs every
command once, in a shuffled order), each ratio is the median of the per-round ratios, and
the spread (interquartile range) and the load average are printed so a noisy run shows.
CPU time (user+sys of the child) is printed beside wall time: it is less disturbed by
other work on the machine. Byte-code is compiled and the pattern cache warmed first, as in
an installed factdesk (this shell may set PYTHONDONTWRITEBYTECODE; the runs here do not).
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
BIN = Path(sys.executable).parent
PG_ADMIN = os.environ.get("FACTDESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _quartiles(xs: list[float]) -> tuple[float, float, float]:
    if len(xs) < 4:
        return min(xs), statistics.median(xs), max(xs)
    q = statistics.quantiles(xs, n=4)
    return q[0], q[1], q[2]


def _ratio_line(label: str, ratios: list[float], target: float | None, unit: str = "x") -> str:
    lo, med, hi = _quartiles(ratios)
    verdict = "" if target is None else f"  (target <= {target:.1f}x: {'met' if med <= target else 'NOT met'})"
    return f"{label}: {med:.2f}{unit} (IQR {lo:.2f}-{hi:.2f}, {len(ratios)} pairs){verdict}"


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user+sys) seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def cold_start(rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(FACTDESK_DATABASE_URL=f"sqlite:///{tmp}/bench.db", FACTDESK_CACHE_DIR=f"{tmp}/cache", NO_COLOR="1")
        fd = [str(BIN / "factdesk"), "check", str(SAMPLE)]
        cmds = {
            "python -c pass": ([sys.executable, "-c", "pass"], env),
            "proselint check": ([str(BIN / "proselint"), "check", str(SAMPLE)], env),
            "factdesk check --no-store": ([*fd, "--no-store"], env),
            "factdesk check (storing to an existing SQLite file)": (fd, env),
            "factdesk check --no-store, no pattern cache (a fresh CI runner)":
                ([*fd, "--no-store"], {**env, "FACTDESK_CACHE_DIR": "off"}),
        }
        for cmd, e in cmds.values():  # byte-code, the pattern cache and the database exist before timing
            _timed(cmd, e)
            _timed(cmd, e)
        wall: dict[str, list[float]] = {k: [] for k in cmds}
        cpu: dict[str, list[float]] = {k: [] for k in cmds}
        rng = random.Random(17)
        for _ in range(rounds):
            order = list(cmds)
            rng.shuffle(order)
            for k in order:
                w, c = _timed(*cmds[k])
                wall[k].append(w)
                cpu[k].append(c)
    print(f"cold start on {SAMPLE.relative_to(ROOT)}, {rounds} interleaved rounds (median wall / median CPU):")
    for k in cmds:
        print(f"  {k:<68} {statistics.median(wall[k]):.3f} s / {statistics.median(cpu[k]):.3f} s")
    yard = "proselint check"
    targets = {"factdesk check --no-store": 1.5, "factdesk check (storing to an existing SQLite file)": 2.5}
    for k in list(cmds)[2:]:
        for kind, series in (("wall", wall), ("CPU", cpu)):
            ratios = [a / b for a, b in zip(series[k], series[yard], strict=True)]
            print("  " + _ratio_line(f"{k} / {yard} [{kind}]", ratios, targets.get(k)))


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


def throughput(n: int, chunks: int = 10) -> None:
    """In-process documents/s on one core, factdesk and proselint interleaved chunk by chunk."""
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    from factdesk.ingest import parse_bytes
    from factdesk.pipeline import check_document, load_reference_base
    from factdesk.registry import load_checkers
    from factdesk.settings import Settings

    CheckRegistry().register_many(__register__)  # what `proselint check` does before linting
    refs = load_reference_base(Settings(packs=""))
    checkers = load_checkers("")
    texts = generate_drafts(n)
    drafts = [d.encode() for d in texts]
    words = sum(len(d.split()) for d in texts)
    check_document(*parse_bytes(drafts[0], "warm.md"), refs, checkers)  # warm caches
    assert LintFile("warm.md", "It is very unique.").lint(), "proselint found nothing: its checks are not loaded"
    size = max(1, n // chunks)
    fd_s, pl_s, fd_t, pl_t, claims = [], [], 0.0, 0.0, 0
    gc.collect()
    for c in range(0, n, size):
        t = time.process_time()
        for i in range(c, min(n, c + size)):
            doc, view = parse_bytes(drafts[i], f"gen-{i}.md")
            claims += len(check_document(doc, view, refs, checkers).claims)
        fd = time.process_time() - t
        t = time.process_time()
        for i in range(c, min(n, c + size)):
            LintFile(f"gen-{i}.md", texts[i]).lint()
        pl = time.process_time() - t
        fd_s.append(fd)
        pl_s.append(pl)
        fd_t, pl_t = fd_t + fd, pl_t + pl
    rate = [min(n, c + size) - c for c in range(0, n, size)]
    fd_rates = [k / x for k, x in zip(rate, fd_s, strict=True)]
    print(f"in-process, one core, {n} generated drafts of ~{words / n:.0f} words ({len(rate)} interleaved chunks, "
          f"CPU time):")
    print(f"  factdesk: {statistics.median(fd_rates):.1f} documents/s (median of chunks; {n / fd_t:.1f} overall), "
          f"{claims / fd_t:.0f} claims/s  (target >= 300 documents/s: "
          f"{'met' if statistics.median(fd_rates) >= 300 else 'NOT met'})")
    print(f"  proselint on the same drafts: {n / pl_t:.1f} documents/s")
    print("  " + _ratio_line("factdesk time / proselint time", [a / b for a, b in zip(fd_s, pl_s, strict=True)], None))


# ------------------------------------------------------------------ storing
def _plain_writer(conn, dialect: str):  # noqa: ANN001, ANN202
    """The yardstick: the rows factdesk stores, written with the bare driver the obvious
    way (an INSERT per row, new ids read back, one transaction per document)."""
    import json
    import uuid

    from factdesk.store.bulk import _sqlite_date, _sqlite_datetime

    pg = dialect == "postgresql"
    m = "%s" if pg else "?"
    day = (lambda d: d) if pg else _sqlite_date
    when = (lambda t: t) if pg else _sqlite_datetime
    js = "%s::json" if pg else "?"

    def insert_id(cur, sql: str, row: tuple) -> int:  # noqa: ANN001
        if pg:
            cur.execute(sql.replace("?", m) + " RETURNING id", row)
            return cur.fetchone()[0]
        cur.execute(sql, row)
        return cur.lastrowid

    def write(report, sha: str) -> None:  # noqa: ANN001
        now = dt.datetime.now(dt.UTC)
        doc = report.document
        cur = conn.cursor()
        cur.execute(f"SELECT id FROM document WHERE sha256 = {m}", (sha,))
        row = cur.fetchone()
        doc_id = row[0] if row else insert_id(
            cur, "INSERT INTO document (sha256, origin, format, title, published, text, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (sha, doc.origin, doc.format, doc.title, day(doc.published), doc.text, when(now)))
        run_id = uuid.uuid4().hex
        cur.execute(f'INSERT INTO run (id, document_id, origin, published, published_source, "trigger", '
                    f"factdesk_version, reference_version, checkers, started_at, finished_at) VALUES "
                    f"({', '.join([m] * 11)})",
                    (run_id, doc_id, doc.origin, day(doc.published), doc.published_source, "cli", "0", "v", "all",
                     when(now), when(now)))
        for cc in report.claims:
            claim_id = insert_id(cur, 'INSERT INTO claim (run_id, document_id, kind, start, "end", line, text, slots) '
                                      f"VALUES (?, ?, ?, ?, ?, ?, ?, {js})",
                                 (run_id, doc_id, cc.claim.kind.value, cc.claim.start, cc.claim.end, cc.line,
                                  cc.claim.text, json.dumps(cc.claim.slots, default=str)))
            v = cc.verdict
            verdict_id = insert_id(cur, "INSERT INTO verdict (claim_id, label, correction, rationale, confidence, "
                                        "checker, checker_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                   (claim_id, v.label.value, v.correction, v.rationale, v.confidence, v.checker,
                                    v.checker_version, when(now)))
            for ev in v.evidence:
                cur.execute(f"INSERT INTO evidence (verdict_id, source, url, excerpt, retrieved_at, content_hash, "
                            f"quote, record) VALUES ({', '.join([m] * 8)})",
                            (verdict_id, ev.source, ev.url, ev.excerpt, when(ev.retrieved_at), ev.content_hash,
                             ev.quote, ev.record))
        conn.commit()

    return write


def storing(url: str, label: str, rounds: int, per_round: int) -> None:
    from sqlmodel import Session

    from factdesk.ingest import parse_bytes
    from factdesk.pipeline import check_document, load_reference_base
    from factdesk.registry import load_checkers
    from factdesk.settings import Settings
    from factdesk.store import bulk
    from factdesk.store.crud import save_report
    from factdesk.store.db import get_engine

    refs = load_reference_base(Settings(packs=""))
    checkers = load_checkers("")
    n = rounds * per_round
    reports = [check_document(*parse_bytes(d.encode(), f"{label}-{i}.md"), refs, checkers)
               for i, d in enumerate(generate_drafts(3 * n, seed=hash(label) % 1000))]
    engine = get_engine(url)  # creates the schema
    store = bulk.open_store(url)
    dialect = bulk.dialect_of(store.conn).name
    plain_conn = store.driver.connect(store.conn.info.dsn) if dialect == "postgresql" else \
        store.driver.connect(url.removeprefix("sqlite:///"), timeout=30)
    plain = _plain_writer(plain_conn, dialect)
    session = Session(engine)

    def ours(batch: list) -> None:
        for r in batch:
            store.save(r, reference_version=refs.version, checkers="all")

    def orm(batch: list) -> None:
        for r in batch:
            save_report(session=session, report=r, reference_version=refs.version, checkers="all")

    def yard(batch: list) -> None:
        for r in batch:
            plain(r, "p" + r.document.sha256[1:])

    writers = {"driver store (factdesk check)": ours, "save_report on a session (flows)": orm, "plain writer": yard}
    times: dict[str, list[float]] = {k: [] for k in writers}
    rng = random.Random(3)
    claims = sum(len(r.claims) for r in reports[:n])
    for i in range(rounds):
        order = list(writers)
        rng.shuffle(order)
        for k in order:
            j = list(writers).index(k)
            batch = reports[j * n + i * per_round: j * n + (i + 1) * per_round]
            t = time.perf_counter()
            writers[k](batch)
            times[k].append(time.perf_counter() - t)
    session.close()
    store.close()
    plain_conn.close()
    print(f"storing on {label}: {rounds} interleaved rounds of {per_round} checked documents per writer "
          f"(~{claims / n:.1f} claims each, one transaction per document):")
    for k in writers:
        print(f"  {k:<34} {rounds * per_round / sum(times[k]):.0f} documents/s")
    for k in list(writers)[:2]:
        ratios = [a / b for a, b in zip(times[k], times["plain writer"], strict=True)]
        print("  " + _ratio_line(f"{k} / plain {'psycopg' if dialect == 'postgresql' else 'sqlite3'} writer",
                                 ratios, 2.0))


def _pg_database() -> tuple[str, object]:
    from sqlalchemy import create_engine, text

    name = f"factdesk_bench_{os.getpid()}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        from factdesk.store.db import get_engine

        get_engine.cache_clear()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return PG_ADMIN.rsplit("/", 1)[0] + f"/{name}", drop


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
    ap.add_argument("--quick", action="store_true", help="fewer rounds and documents")
    ap.add_argument("--scale", action="store_true", help="also lookup cost at 10k/100k/1M people (minutes)")
    ap.add_argument("--only", choices=["cold", "store", "inprocess"], help="one group of figures")
    ap.add_argument("--lookup-size", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.lookup_size:
        import json

        print(json.dumps(lookup_row(args.lookup_size)))
        return
    print(f"load average at start: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    if args.only in (None, "cold"):
        cold_start(7 if args.quick else 21)
    if args.only in (None, "store"):
        rounds, per = (4, 10) if args.quick else (10, 20)
        with tempfile.TemporaryDirectory() as tmp:
            storing(f"sqlite:///{tmp}/store.db", "SQLite", rounds, per)
        try:
            url, drop = _pg_database()
        except Exception as exc:  # noqa: BLE001 - the SQLite figures still stand
            print(f"storing on PostgreSQL: skipped ({type(exc).__name__}: {str(exc).splitlines()[0]})")
        else:
            try:
                storing(url, "PostgreSQL", rounds, per)
            finally:
                drop()
    if args.only in (None, "inprocess"):
        throughput(200 if args.quick else 1000)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory after the in-process run: {peak:.0f} MB")
    if args.scale:
        for row in lookups([10_000, 100_000, 1_000_000]):
            print(f"reference base {row['entities']:>9,} entities ({row['table']}): build {row['build_s']:.1f} s, "
                  f"exact name {row['exact_us']:.1f} us, near-miss {row['near_miss_us']:.0f} us, office holders "
                  f"{row['holders_us']:.0f} us, peak RSS {row['peak_rss_mb']:.0f} MB")
    load = os.getloadavg()[0]
    print(f"load average at end: {load:.1f}" + ("  -- the machine was busy: wall-time ratios are noisy, "
                                                 "CPU-time ratios less so" if load > (os.cpu_count() or 1) else ""))


if __name__ == "__main__":
    main()
