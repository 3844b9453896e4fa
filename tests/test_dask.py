"""The Dask task runner's configuration (FACTDESK_TASK_RUNNER). check_feed really running on a
local Dask cluster of two workers, served against a real Prefect server, is
tests/test_prefect_server.py::test_factdesk_serve_runs_check_feed_on_a_two_worker_dask_cluster_postgres_store
(one server start shared with the other integration tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.prefect


def test_dask_runner_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from prefect_dask import DaskTaskRunner

    from flows.check_feed import task_runner_from_env

    monkeypatch.setenv("FACTDESK_TASK_RUNNER", "dask")
    monkeypatch.setenv("FACTDESK_DASK_WORKERS", "3")
    runner = task_runner_from_env()
    assert isinstance(runner, DaskTaskRunner)
    assert runner.cluster_kwargs == {"n_workers": 3, "threads_per_worker": 1, "processes": True,
                                     "dashboard_address": None}
    monkeypatch.setenv("FACTDESK_DASK_ADDRESS", "tcp://127.0.0.1:8786")
    assert task_runner_from_env().address == "tcp://127.0.0.1:8786"


def test_the_runner_is_chosen_per_run_not_at_import(monkeypatch: pytest.MonkeyPatch) -> None:
    """The flow's decorator fixes no runner: the ``task_runner`` parameter, else the setting
    read when the run starts, decides (so one process can run both kinds)."""
    import inspect

    from prefect.task_runners import ThreadPoolTaskRunner
    from prefect_dask import DaskTaskRunner

    from flows.check_feed import check_feed, make_task_runner

    assert inspect.signature(check_feed.fn).parameters["task_runner"].default is None
    monkeypatch.setenv("FACTDESK_TASK_RUNNER", "dask")
    assert isinstance(make_task_runner("threads"), ThreadPoolTaskRunner)
    assert isinstance(make_task_runner(" Dask "), DaskTaskRunner)


def test_unknown_task_runner_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from factdesk.errors import ConfigError
    from flows.check_feed import task_runner_from_env

    monkeypatch.setenv("FACTDESK_TASK_RUNNER", "ray")
    with pytest.raises(ConfigError, match="^FACTDESK_TASK_RUNNER must be 'threads' or 'dask', not 'ray'$"):
        task_runner_from_env()


def test_a_batch_refuses_a_worker_whose_store_is_not_the_flows(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """A Dask worker started with another FACTDESK_DATABASE_URL would claim nothing in its own
    store and report every item as taken: it fails loudly instead."""
    from factdesk.errors import ConfigError
    from flows.check_feed import batch_task, store_key

    monkeypatch.setenv("FACTDESK_DATABASE_URL", f"sqlite:///{tmp_path / 'flow.db'}")
    flow_store = store_key()
    monkeypatch.setenv("FACTDESK_DATABASE_URL", f"sqlite:///{tmp_path / 'worker.db'}")
    assert store_key() != flow_store
    with pytest.raises(ConfigError, match="^this worker's FACTDESK_DATABASE_URL is not the store of the flow run"):
        batch_task.fn(str(tmp_path / "feeds.yaml"), [1], "run:0", flow_store, "label")
