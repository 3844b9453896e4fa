"""Flow overhead: the same generated drafts checked in-process and through check_feed.

    .venv/bin/python bench/bench_flows.py              # 1,000 drafts
    .venv/bin/python bench/bench_flows.py --n 200      # a smoke run
    .venv/bin/python bench/bench_flows.py --store postgresql+psycopg://postgres@127.0.0.1:5432/test

Prints documents/s for:
- in-process: read, extract, check and store each draft (what ``factdesk check`` does),
  one process, one store transaction per draft;
- check_feed, default runner (threads): the drafts as a drop folder; discovery, the
  feed_item queue, batches of ``--batch-size`` drafts per task, artifacts;
- check_feed, Dask: the same on a local Dask cluster of ``--dask-workers`` processes
  (started before timing, as a long-lived cluster is in production: FACTDESK_DASK_ADDRESS);
and each flow's time over the in-process time (the overhead ratio; target <= 1.5).
A real ``prefect server`` (own home, free port, SQLite) serves the flow runs; each
variant gets a fresh store, so every draft is checked once per variant.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests")]


def in_process(drafts: list[Path], store: str) -> float:
    from sqlmodel import Session

    from factdesk.ingest import read_document
    from factdesk.pipeline import check_document, reference_base
    from factdesk.registry import load_checkers
    from factdesk.settings import get_settings
    from factdesk.store.crud import save_report
    from factdesk.store.db import get_engine

    os.environ["FACTDESK_DATABASE_URL"] = store
    t = time.perf_counter()
    refs = reference_base(get_settings(), store=True)
    checkers = load_checkers("")
    names = ",".join(f"{c.name}@{c.version}" for c in checkers.values())
    engine = get_engine(store)
    for p in drafts:
        doc, view = read_document(p)
        report = check_document(doc, view, refs, checkers)
        with Session(engine) as session:
            save_report(session=session, report=report, reference_version=refs.version, checkers=names)
    return time.perf_counter() - t


def flow_run(config: Path, store: str, runner: str) -> tuple[float, int]:
    os.environ["FACTDESK_DATABASE_URL"] = store
    from flows.check_feed import check_feed

    t = time.perf_counter()
    summary = check_feed(str(config), task_runner=runner)
    elapsed = time.perf_counter() - t
    if summary.failed or summary.checked != summary.queued:
        raise SystemExit(f"flow run did not check everything: {summary.model_dump(exclude={'items'})}")
    return elapsed, summary.checked


def fresh_store(base: str, tmp: Path, name: str) -> str:
    if base == "sqlite":
        return f"sqlite:///{tmp / f'{name}.db'}"
    from sqlalchemy import create_engine, text

    db = f"bench_{name}_{os.getpid()}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{db}"'))
    admin.dispose()
    return base.rsplit("/", 1)[0] + f"/{db}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--batch-size", type=int, default=50)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--dask-workers", type=int, default=2)
    ap.add_argument("--store", default="sqlite", help="'sqlite' (a file per variant) or an admin PostgreSQL URL")
    args = ap.parse_args()

    from fixtures.feeds.prefect_server import PrefectServer

    from bench import generate_drafts

    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as tmpdir:
        tmp = Path(tmpdir)
        drop = tmp / "drop"
        drop.mkdir()
        for i, text in enumerate(generate_drafts(args.n)):
            (drop / f"draft-{i:05d}.md").write_text(text, encoding="utf-8")
        drafts = sorted(drop.glob("*.md"))
        config = tmp / "feeds.yaml"
        config.write_text(f"folders: [{drop}]\nbatch_size: {args.batch_size}\nconcurrency: {args.concurrency}\n"
                          f"max_items: {args.n}\n")
        print(f"{args.n} generated drafts; batches of {args.batch_size}, {args.concurrency} at once; "
              f"store {args.store}")

        secs = in_process(drafts, fresh_store(args.store, tmp, "inproc"))
        base_rate = args.n / secs
        print(f"in-process               {secs:7.1f} s  {base_rate:7.1f} documents/s")

        (tmp / "prefect-home").mkdir()
        server = PrefectServer(tmp / "prefect-home")
        cluster = None
        try:
            server.wait_ready()
            os.environ.update({"PREFECT_API_URL": server.api, "PREFECT_HOME": str(server.home),
                               "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_LOGGING_LEVEL": "WARNING"})
            import logging

            logging.getLogger("distributed").setLevel(logging.WARNING)
            secs, n = flow_run(config, fresh_store(args.store, tmp, "threads"), "threads")
            print(f"check_feed, threads      {secs:7.1f} s  {n / secs:7.1f} documents/s  "
                  f"overhead ratio {secs / (args.n / base_rate):.2f}x")

            from distributed import LocalCluster

            store = fresh_store(args.store, tmp, "dask")
            os.environ["FACTDESK_DATABASE_URL"] = store  # the workers' environment: the flow's store
            t = time.perf_counter()
            cluster = LocalCluster(n_workers=args.dask_workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            started = time.perf_counter() - t
            os.environ["FACTDESK_DASK_ADDRESS"] = cluster.scheduler_address  # read when the run starts
            secs, n = flow_run(config, store, "dask")
            print(f"check_feed, Dask x{args.dask_workers}      {secs:7.1f} s  {n / secs:7.1f} documents/s  "
                  f"overhead ratio {secs / (args.n / base_rate):.2f}x  (cluster start {started:.1f} s, not timed)")
        finally:
            if cluster is not None:
                cluster.close()
            from prefect.events.worker import EventsWorker
            from prefect.logging.handlers import APILogWorker

            APILogWorker.drain_all(timeout=30)
            EventsWorker.drain_all(timeout=30)
            server.stop()
        print(f"cores: {os.cpu_count()}; load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
