"""``check_feed``: check what is new or changed in the configured feeds, sitemaps and
drop folders.

discover (one task: fetch feeds and sitemaps, scan folders, register new items in the
``feed_item`` queue) -> batches of items, each one task (claim atomically, then fetch,
extract, check, store each item) run ``concurrency`` at a time -> artifacts: a verdict
table per run and a link to each document's report.

Items are batched so that Prefect's per-task cost (10-27 ms each) stays a small share,
and so that a 1,000-item run does not make 1,000 task-run writes to Prefect's database.
With ``FACTDESK_TASK_RUNNER=dask`` the batches run on Dask (prefect-dask, the ``dask``
extra): a local cluster of ``FACTDESK_DASK_WORKERS`` processes, or the scheduler at
``FACTDESK_DASK_ADDRESS``.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact
from prefect.futures import as_completed
from pydantic import BaseModel, Field

from factdesk.errors import ConfigError
from factdesk.feeds.config import FeedConfig, load_config
from factdesk.feeds.process import ItemResult

MAX_LINK_ARTIFACTS = 20
_CONTEXT: dict[str, Any] = {}


class FeedRunSummary(BaseModel):
    discovered: int = 0
    queued: int = 0
    checked: int = 0
    failed: int = 0
    skipped: int = 0
    """queued items another run claimed first"""
    source_failures: list[str] = Field(default_factory=list)
    items: list[dict[str, Any]] = Field(default_factory=list)


def config_path(config: str | None) -> Path:
    from factdesk.settings import get_settings

    value = config or get_settings().feeds_config
    if not value:
        raise ConfigError("no feed config: pass config=FILE or set FACTDESK_FEEDS_CONFIG")
    return Path(value)


def store_key() -> str:
    """A fingerprint of this process's store URL: a batch running on another machine (a Dask
    worker) must write to the store its flow discovered into; the URL itself, which may hold
    a password, never becomes a task parameter."""
    import hashlib

    from factdesk.settings import get_settings

    return hashlib.sha256(get_settings().database_url.encode()).hexdigest()[:16]


def _checking(cfg_path: str, run_key: str, flow_store: str):  # noqa: ANN202
    """The checking context for this process and flow run (reference base loaded once per run:
    a refresh between runs is seen by the next run)."""
    if store_key() != flow_store:
        raise ConfigError("this worker's FACTDESK_DATABASE_URL is not the store of the flow run that sent "
                          "the batch: give every worker the same FACTDESK_DATABASE_URL")
    key = f"{cfg_path}|{run_key}|{flow_store}"
    if _CONTEXT.get("key") != key:
        from factdesk.feeds.fetch import fetcher_for
        from factdesk.feeds.process import Checking
        from factdesk.service import CheckSetup
        from factdesk.settings import get_settings
        from factdesk.store.db import get_engine

        settings = get_settings()
        cfg = load_config(Path(cfg_path))
        setup = CheckSetup.prepare(settings, store=True)
        _CONTEXT.clear()
        _CONTEXT.update(key=key, ctx=Checking(
            cfg=cfg, refs=setup.refs, checkers=setup.checkers,
            engine=get_engine(settings.database_url),
            fetcher=fetcher_for(cfg),
            checker_names=setup.checker_names, trigger="prefect-feed", options=setup.options,
        ))
    return _CONTEXT["ctx"]


@task(name="discover-feed-items")
def discover_task(cfg_path: str) -> tuple[int, list[int], list[str]]:
    """(entries offered, ids waiting for a check, failed sources)."""
    from sqlmodel import Session

    from factdesk.feeds import queue
    from factdesk.feeds.discover import discover
    from factdesk.feeds.fetch import fetcher_for
    from factdesk.settings import get_settings
    from factdesk.store.db import get_engine

    cfg = load_config(Path(cfg_path))
    entries, failures = discover(cfg, fetcher_for(cfg))
    with Session(get_engine(get_settings().database_url)) as session:
        ids = queue.register(session=session, entries=entries, max_attempts=cfg.max_attempts,
                             claim_timeout=cfg.claim_timeout)
    return len(entries), ids, [f.error for f in failures]


@task(name="check-feed-batch")
def batch_task(cfg_path: str, ids: list[int], owner: str, run_key: str, flow_store: str) -> list[ItemResult]:
    from factdesk.feeds.process import check_batch

    return check_batch(ids, _checking(cfg_path, run_key, flow_store), owner)


def plan_batches(ids: list[int], cfg: FeedConfig) -> list[list[int]]:
    """Batches of at most ``batch_size``, and at least ``concurrency`` of them when there are
    enough items, so small runs still use the concurrency allowed."""
    if not ids:
        return []
    size = max(1, min(cfg.batch_size, math.ceil(len(ids) / cfg.concurrency)))
    return [ids[i:i + size] for i in range(0, len(ids), size)]


def report_url(run_id: str, base: str) -> str:
    return f"{base}/runs/{run_id}"


def _cell(text: object) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def publish_artifacts(results: list[ItemResult], summary: FeedRunSummary) -> None:
    from factdesk.settings import get_settings

    base = get_settings().review_url.rstrip("/")  # settings read once, not per item
    rows = []
    for r in results:
        rows.append({
            "url": r.url, "status": r.status, "published": str(r.published or ""),
            "refuted": r.labels.get("refuted", 0), "unverified": r.labels.get("unverified", 0),
            "conflicting": r.labels.get("conflicting", 0), "supported": r.labels.get("supported", 0),
            "report": report_url(r.run_id, base) if r.run_id else "", "error": r.error or "", "worker": r.worker,
        })
    create_table_artifact(key="check-feed-verdicts", table=rows,
                          description=f"check_feed: {summary.checked} checked, {summary.failed} failed, "
                                      f"{summary.skipped} taken by another run")
    lines = ["# check_feed", "", f"{summary.discovered} items offered, {summary.queued} new or changed, "
             f"{summary.checked} checked, {summary.failed} failed, {summary.skipped} taken by another run.", ""]
    lines += [f"- source failed: {_cell(e)}" for e in summary.source_failures]
    lines += ["", "| item | status | refuted | unverified | conflicting | supported | report |",
              "|---|---|---:|---:|---:|---:|---|"]
    for row in rows:
        link = f"[report]({row['report']})" if row["report"] else _cell(row["error"])
        lines.append(f"| {_cell(row['url'])} | {row['status']} | {row['refuted']} | {row['unverified']} | "
                     f"{row['conflicting']} | {row['supported']} | {link} |")
    create_markdown_artifact(key="check-feed-report", markdown="\n".join(lines), description="check_feed verdicts")
    for r in [r for r in results if r.run_id][:MAX_LINK_ARTIFACTS]:
        create_link_artifact(link=report_url(r.run_id or "", base), link_text=r.title or r.url,
                             description=f"factdesk report for {r.url}")


def task_runner_from_env():  # noqa: ANN201
    """ThreadPoolTaskRunner by default; DaskTaskRunner with FACTDESK_TASK_RUNNER=dask."""
    from factdesk.settings import get_settings

    settings = get_settings()
    kind = settings.task_runner.strip().lower()
    if kind == "dask":
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError:
            raise ConfigError("FACTDESK_TASK_RUNNER=dask needs the dask extra: pip install 'factdesk[dask]'") from None
        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        if settings.dask_workers < 1:
            raise ConfigError(f"FACTDESK_DASK_WORKERS must be at least 1, not {settings.dask_workers}")
        return DaskTaskRunner(cluster_kwargs={"n_workers": settings.dask_workers, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    if kind != "threads":
        raise ConfigError(f"FACTDESK_TASK_RUNNER must be 'threads' or 'dask', not {kind!r}")
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner()


@flow(name="check_feed", task_runner=task_runner_from_env())
def check_feed(config: str | None = None) -> FeedRunSummary:
    """Check the new and changed items of the feed list in ``config`` (default FACTDESK_FEEDS_CONFIG)."""
    from prefect.runtime import flow_run

    log = get_run_logger()
    path = config_path(config).resolve()
    cfg = load_config(path)
    run_key = str(flow_run.id or os.getpid())
    flow_store = store_key()
    offered, ids, source_failures = discover_task(str(path))
    summary = FeedRunSummary(discovered=offered, queued=len(ids), source_failures=source_failures)
    for err in source_failures:
        log.warning("source failed: %s", err)
    results: list[ItemResult] = []
    pending = list(enumerate(plan_batches(ids, cfg)))
    inflight: list = []
    while pending or inflight:
        while pending and len(inflight) < cfg.concurrency:
            n, batch = pending.pop(0)
            inflight.append(batch_task.submit(str(path), batch, f"{run_key}:{n}", run_key, flow_store))
        done = next(as_completed(inflight))
        inflight.remove(done)
        results += done.result()
    summary.checked = sum(r.status == "checked" for r in results)
    summary.failed = sum(r.status == "failed" for r in results)
    summary.skipped = summary.queued - len(results)
    for r in results:
        if r.status == "failed":
            log.warning("item failed: %s", r.error)
    summary.items = [{"url": r.url, "status": r.status, "run_id": r.run_id, "error": r.error, "worker": r.worker}
                     for r in results]
    publish_artifacts(results, summary)
    log.info("check_feed: %d offered, %d queued, %d checked, %d failed, %d taken by another run",
             offered, summary.queued, summary.checked, summary.failed, summary.skipped)
    return summary
