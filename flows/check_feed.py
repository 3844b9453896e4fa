"""``check_feed``: check what is new or changed in the configured feeds, sitemaps and drop
folders.

discover (each feed and sitemap fetched by a ``fetch`` task with ``retries`` and
``retry_delay_seconds`` from the feed list's ``fetch`` settings, so every retry is a state
of its task run; folders scanned) -> register the items in the ``feed_item`` queue ->
batches of items, each one task (claim atomically, then fetch (again a ``fetch`` task),
extract, check, store each item, and log it) run ``concurrency`` at a time -> artifacts
(``flows.artifacts``).

The run ends ``Failed``, with a message naming them, when a source could not be read or an
item failed its last attempt (``max_attempts``); an item that a later run will retry
leaves the run ``Completed`` with a warning in the log.

Items are batched so that Prefect's per-task cost (10-27 ms each) stays a small share,
and so that a 1,000-item run does not make 1,000 check task runs. The task runner is chosen
per run: the ``task_runner`` parameter, else ``FACTDESK_TASK_RUNNER`` read when the run
starts (``dask``: prefect-dask, the ``dask`` extra, on a local cluster of
``FACTDESK_DASK_WORKERS`` processes or the scheduler at ``FACTDESK_DASK_ADDRESS``).
Nothing about a run is kept at module level: each batch builds what it needs (the reference
base loads in milliseconds).
"""

from __future__ import annotations

import math
import time
import uuid
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.states import Failed
from pydantic import BaseModel, Field

from factdesk.errors import ConfigError
from factdesk.feeds.config import FeedConfig, load_config
from factdesk.feeds.fetch import Fetched, FetchError, TransientFetchError
from factdesk.feeds.process import ItemResult
from flows.artifacts import counts, publish_feed

MAX_NAMED = 5
"""failures named in the run's state message (all are in the log and the artifacts)"""


class FeedRunSummary(BaseModel):
    discovered: int = 0
    queued: int = 0
    checked: int = 0
    failed: int = 0
    skipped: int = 0
    """queued items another run claimed first"""
    source_failures: list[str] = Field(default_factory=list)
    items: list[dict[str, Any]] = Field(default_factory=list)
    failure: str | None = None
    """why the run failed (sources that could not be read, items given up), or None"""


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


# ---- fetching: one task run per URL, retried by Prefect


def _transient(task, task_run, state) -> bool:  # noqa: ANN001 - Prefect's retry_condition_fn
    """Retry connection errors, timeouts, 429 and 5xx; not 404, a refused address or a bad body."""
    return isinstance(state.result(raise_on_failure=False), TransientFetchError)


def retry_delays(cfg: FeedConfig) -> list[float]:
    """Exponential backoff: ``backoff``, twice that, ... one delay per retry."""
    return [cfg.fetch.backoff * 2 ** i for i in range(cfg.fetch.retries)]


@task(name="fetch", task_run_name="fetch {url}", retry_condition_fn=_transient, cache_policy=NO_CACHE,
      persist_result=False)
def fetch_task(url: str, cfg: FeedConfig) -> Fetched:
    """One attempt at ``url`` (the feed list's address policy, redirects and size cap). A
    transient failure is raised for Prefect to retry; a Retry-After longer than the next
    delay is waited out first."""
    from prefect.runtime import task_run

    from factdesk.feeds.fetch import fetcher_for

    fetcher = fetcher_for(cfg)
    try:
        return fetcher.get_once(url)
    except TransientFetchError as exc:
        attempt = task_run.run_count or 1
        if attempt > cfg.fetch.retries:
            raise FetchError(f"{exc} (after {attempt} attempts)") from None
        delay = retry_delays(cfg)[attempt - 1]
        if exc.retry_after is not None:
            time.sleep(max(0.0, min(exc.retry_after, 60.0) - delay))
        raise
    finally:
        fetcher.session.close()


class TaskFetcher:
    """``Fetcher.get`` through ``fetch_task``: what discovery and the items use in a flow."""

    def __init__(self, cfg: FeedConfig) -> None:
        self.cfg = cfg
        self.task = fetch_task.with_options(retries=cfg.fetch.retries, retry_delay_seconds=retry_delays(cfg))

    def get(self, url: str) -> Fetched:
        state = self.task(url, self.cfg, return_state=True)
        if state.is_completed():
            return state.result()
        exc = state.result(raise_on_failure=False)
        raise exc if isinstance(exc, FetchError) else FetchError(f"{url}: {exc}")


# ---- the queue and the batches


@task(name="register-feed-items", task_run_name="register {n} feed items", cache_policy=NO_CACHE)
def register_task(cfg_path: str, entries: list, n: int) -> list[tuple[int, str]]:
    """(id, URL) of the registered items waiting for a check."""
    from sqlmodel import Session, select

    from factdesk.feeds import queue
    from factdesk.settings import get_settings
    from factdesk.store.db import get_engine
    from schemas.feeds import FeedItemRow

    cfg = load_config(Path(cfg_path))
    with Session(get_engine(get_settings().database_url)) as session:
        ids = queue.register(session=session, entries=entries, max_attempts=cfg.max_attempts,
                             claim_timeout=cfg.claim_timeout)
        q = select(FeedItemRow.id, FeedItemRow.canonical_url).where(FeedItemRow.id.in_(ids))
        urls = {i: u for i, u in session.exec(q)} if ids else {}
    return [(i, urls[i]) for i in ids]


def batch_label(urls: list[str]) -> str:
    """``news.example/world/a.html`` or ``news.example/world/a.html (+24 more)``."""
    first = urls[0].split("://", 1)[-1]
    return first if len(urls) == 1 else f"{first} (+{len(urls) - 1} more)"


@task(name="check-feed-items", task_run_name="check {label}", cache_policy=NO_CACHE, persist_result=False)
def batch_task(cfg_path: str, ids: list[int], owner: str, flow_store: str, label: str) -> list[ItemResult]:
    """Claim and check the items ``ids``, logging each one. The task run ends Failed (its
    results still returned) when an item in it failed its last attempt."""
    from factdesk.feeds.process import Checking, check_batch
    from factdesk.service import CheckSetup
    from factdesk.settings import get_settings
    from factdesk.store.db import get_engine

    if store_key() != flow_store:
        raise ConfigError("this worker's FACTDESK_DATABASE_URL is not the store of the flow run that sent "
                          "the batch: give every worker the same FACTDESK_DATABASE_URL")
    settings = get_settings()
    cfg = load_config(Path(cfg_path))
    setup = CheckSetup.prepare(settings, store=True)  # the same options as factdesk check (factdesk.service)
    ctx = Checking(cfg=cfg, refs=setup.refs, checkers=setup.checkers,
                   engine=get_engine(settings.database_url), fetcher=TaskFetcher(cfg),  # type: ignore[arg-type]
                   checker_names=setup.checker_names, trigger="prefect-feed", options=setup.options)
    results = check_batch(ids, ctx, owner)
    log = get_run_logger()
    for r in results:
        if r.status == "checked":
            log.info("checked %s (%s): %s; run %s", r.title or r.url, r.url, counts(r.labels), r.run_id)
        else:
            later = "given up" if r.final else "a later run retries it"
            log.warning("item failed, attempt %d of %d (%s): %s", r.attempts, cfg.max_attempts, later, r.error)
    given_up = [r for r in results if r.status == "failed" and r.final]
    if given_up:
        return Failed(message=failure_message([], given_up), data=results)  # type: ignore[return-value]
    return results


def plan_batches(ids: list[int], cfg: FeedConfig) -> list[list[int]]:
    """Batches of at most ``batch_size``, and at least ``concurrency`` of them when there are
    enough items, so small runs still use the concurrency allowed."""
    if not ids:
        return []
    size = max(1, min(cfg.batch_size, math.ceil(len(ids) / cfg.concurrency)))
    return [ids[i:i + size] for i in range(0, len(ids), size)]


def make_task_runner(kind: str):  # noqa: ANN201
    """The runner for check_feed's batches: ``threads`` (ThreadPoolTaskRunner) or ``dask``
    (DaskTaskRunner: the cluster at FACTDESK_DASK_ADDRESS, else a local one)."""
    from factdesk.settings import get_settings

    kind = kind.strip().lower()
    if kind == "dask":
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError:
            raise ConfigError("FACTDESK_TASK_RUNNER=dask needs the dask extra: pip install 'factdesk[dask]'") from None
        settings = get_settings()
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


def task_runner_from_env():  # noqa: ANN201
    """The runner FACTDESK_TASK_RUNNER asks for (read when called, i.e. when a run starts)."""
    from factdesk.settings import get_settings

    return make_task_runner(get_settings().task_runner)


def failure_message(source_failures: list[str], given_up: list[ItemResult]) -> str | None:
    """The run's state message when it must end Failed, naming what failed; else None."""
    parts = []
    for errors, one, many in ((source_failures, "source could not be read", "sources could not be read"),
                              ([r.error or r.url for r in given_up], "item failed its last attempt",
                               "items failed their last attempt")):
        if errors:
            more = f"; and {len(errors) - MAX_NAMED} more" if len(errors) > MAX_NAMED else ""
            parts.append(f"{len(errors)} {one if len(errors) == 1 else many}: {'; '.join(errors[:MAX_NAMED])}{more}")
    return " | ".join(parts) or None


def _check_batches(runner, path: Path, cfg: FeedConfig, queued: list[tuple[int, str]], run_key: str,  # noqa: ANN001
                   flow_store: str) -> list[ItemResult]:
    urls = dict(queued)
    results: list[ItemResult] = []
    pending = list(enumerate(plan_batches([i for i, _ in queued], cfg)))
    inflight: list = []
    with runner:
        while pending or inflight:
            while pending and len(inflight) < cfg.concurrency:
                n, batch = pending.pop(0)
                params = {"cfg_path": str(path), "ids": batch, "owner": f"{run_key}:{n}", "flow_store": flow_store,
                          "label": batch_label([urls[i] for i in batch])}
                inflight.append(runner.submit(batch_task, parameters=params))
            done = next(as_completed(inflight))
            inflight.remove(done)
            out = done.result(raise_on_failure=False)  # a batch that gave an item up is Failed, with its results
            if isinstance(out, BaseException):  # the batch itself broke (e.g. the store is down)
                raise out
            results += out
    return results


@flow(name="check_feed")
def check_feed(config: str | None = None, task_runner: str | None = None) -> FeedRunSummary:
    """Check the new and changed items of the feed list in ``config`` (default FACTDESK_FEEDS_CONFIG);
    ``task_runner``: ``threads`` or ``dask`` (default FACTDESK_TASK_RUNNER)."""
    from prefect.runtime import flow_run

    from factdesk.feeds.discover import discover
    from factdesk.settings import get_settings

    settings = get_settings()
    log = get_run_logger()
    path = config_path(config).resolve()
    cfg = load_config(path)
    runner = make_task_runner(task_runner or settings.task_runner)
    run_key = str(flow_run.id or uuid.uuid4())
    entries, failures = discover(cfg, TaskFetcher(cfg))  # type: ignore[arg-type]
    source_failures = [f.error for f in failures]
    for err in source_failures:
        log.error("source could not be read: %s", err)
    queued = register_task(str(path), entries, len(entries)) if entries else []
    summary = FeedRunSummary(discovered=len(entries), queued=len(queued), source_failures=source_failures)
    results = _check_batches(runner, path, cfg, queued, run_key, store_key()) if queued else []
    summary.checked = sum(r.status == "checked" for r in results)
    summary.failed = sum(r.status == "failed" for r in results)
    summary.skipped = summary.queued - len(results)
    summary.items = [{"url": r.url, "title": r.title, "status": r.status, "run_id": r.run_id, "error": r.error,
                      "attempts": r.attempts, "final": r.final, "worker": r.worker, "findings": r.findings}
                     for r in results]
    summary.failure = failure_message(source_failures, [r for r in results if r.status == "failed" and r.final])
    publish_feed(results, summary, settings.review_url)
    log.info("check_feed: %d offered, %d queued, %d checked, %d failed, %d taken by another run",
             summary.discovered, summary.queued, summary.checked, summary.failed, summary.skipped)
    if summary.failure:
        return Failed(message=summary.failure, data=summary)  # type: ignore[return-value]
    return summary
