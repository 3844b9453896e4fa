"""check_feed with the Dask task runner (prefect-dask) on a local cluster of two worker
processes, against a real ``prefect server`` on loopback: the batches run in both workers,
and the store holds exactly what the default runner stores."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fixtures.feeds.expect import assert_site_checked, write_config
from fixtures.feeds.prefect_server import PrefectServer
from fixtures.feeds.server import SiteServer

pytestmark = [pytest.mark.prefect, pytest.mark.postgres]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrefectServer]:
    srv = PrefectServer(tmp_path_factory.mktemp("prefect-dask-home"))
    try:
        srv.wait_ready()
        yield srv
    finally:
        srv.stop()


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)  # the store several machines would share
def test_check_feed_on_a_two_worker_dask_cluster(
    server: PrefectServer, tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prefect.settings import PREFECT_API_URL, PREFECT_HOME, temporary_settings

    site = SiteServer()
    try:
        config = write_config(tmp_path, site.base, concurrency=4, batch_size=1)
        monkeypatch.setenv("FACTDESK_TASK_RUNNER", "dask")
        monkeypatch.setenv("FACTDESK_DASK_WORKERS", "2")
        from flows.check_feed import check_feed, task_runner_from_env

        runner = task_runner_from_env()
        assert type(runner).__name__ == "DaskTaskRunner"
        with temporary_settings(updates={PREFECT_API_URL: server.api, PREFECT_HOME: str(server.home)}):
            summary = check_feed.with_options(task_runner=runner)(str(config))
            from prefect.events.worker import EventsWorker
            from prefect.logging.handlers import APILogWorker

            # send the run's logs and events now, not at exit when the server is gone
            APILogWorker.drain_all(timeout=30)
            EventsWorker.drain_all(timeout=30)
        assert (summary.queued, summary.checked, summary.failed, summary.skipped) == (5, 4, 1, 0)
        workers = {item["worker"] for item in summary.items}
        assert len(workers) == 2, workers  # both Dask workers checked items
        assert all(not w.endswith(f":{os.getpid()}") for w in workers)  # none in the flow's own process
        assert_site_checked(db_url, site.base)
    finally:
        site.stop()


def test_unknown_task_runner_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from factdesk.errors import ConfigError
    from flows.check_feed import task_runner_from_env

    monkeypatch.setenv("FACTDESK_TASK_RUNNER", "ray")
    with pytest.raises(ConfigError, match="^FACTDESK_TASK_RUNNER must be 'threads' or 'dask', not 'ray'$"):
        task_runner_from_env()
