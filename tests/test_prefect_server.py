"""check_feed on a real ``prefect server`` (loopback, own PREFECT_HOME, free port):

- deployed from prefect.yaml with ``prefect deploy`` and run by ``prefect worker start``
  (factdesk's store on SQLite);
- served by ``factdesk serve`` (store on PostgreSQL), its schedules registered, the flow's
  batches on a local Dask cluster of two workers (FACTDESK_TASK_RUNNER=dask).

The variant with Prefect's own database on PostgreSQL is test_prefect_server_compose.py
(the compose services, started without Docker).

Each run fetches the saved site from a loopback HTTP server and must store exactly the
documents, claims and verdicts in ``fixtures/feeds/expect.py``, and publish artifacts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT
from fixtures.feeds.expect import assert_site_checked, write_config
from fixtures.feeds.prefect_server import VENV_BIN, PrefectServer
from fixtures.feeds.server import SiteServer

pytestmark = [pytest.mark.prefect, pytest.mark.postgres]


@pytest.fixture(scope="module")
def site() -> Iterator[SiteServer]:
    srv = SiteServer()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrefectServer]:
    srv = PrefectServer(tmp_path_factory.mktemp("prefect-home"))
    try:
        srv.wait_ready()
        yield srv
    finally:
        srv.stop()


def _empty_store(url: str) -> None:
    from sqlmodel import SQLModel

    from factdesk.store.db import get_engine

    with get_engine(url).begin() as conn:
        for table in reversed(SQLModel.metadata.sorted_tables):
            conn.execute(table.delete())


def _run_and_check(srv: PrefectServer, proc, store_url: str, base: str, ready=None) -> tuple[dict, str]:  # noqa: ANN001
    dep = srv.deployment("check_feed/check-feed", proc=proc, ready=ready)
    run_id = srv.run(dep)
    fr = srv.wait(run_id, watch=[proc])
    assert fr["state_type"] == "COMPLETED", "\n".join(srv.logs(run_id)[-20:]) + proc.tail()
    assert_site_checked(store_url, base)
    arts = {a["key"]: a for a in srv.artifacts(run_id) if a["key"]}
    table = arts["check-feed-verdicts"]
    assert table["type"] == "table"
    assert '"status": "failed"' in table["data"] and "removed-story.html: HTTP 404" in table["data"]
    report = arts["check-feed-report"]["data"]
    assert "4 checked, 1 failed" in report
    links = sorted(a["data"] for a in srv.artifacts(run_id) if not a["key"])  # one link artifact per report
    titles = ["Assembly weighs another ceasefire text", "Blinken meets Biden before Gaza vote",
              "Blinken travels to Cairo", "Desk draft: veto at the Council"]
    assert [link.split("](")[0] for link in links] == [f"[{t}" for t in titles]
    assert all(re.fullmatch(r"\[[^]]+\]\(http://127\.0\.0\.1:8000/runs/[0-9a-f]{32}\)", link) for link in links)
    return dep, run_id


def test_prefect_yaml_deployment_run_by_a_worker_sqlite_store(
    server: PrefectServer, site: SiteServer, tmp_path: Path
) -> None:
    store = f"sqlite:///{tmp_path / 'store.db'}"
    config = write_config(tmp_path, site.base)
    prefect = str(VENV_BIN / "prefect")
    env = server.env(FACTDESK_PROJECT_DIR=str(ROOT))
    import subprocess

    subprocess.run([prefect, "work-pool", "create", "factdesk", "--type", "process"], env=env, check=True,
                   capture_output=True, timeout=120)
    has_refresh = (ROOT / "flows" / "refresh_references.py").exists()
    names = ["--all"] if has_refresh else ["--name", "check-feed"]
    out = subprocess.run([prefect, "--no-prompt", "deploy", *names], env=env, cwd=ROOT, capture_output=True,
                         text=True, timeout=180)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    worker = server.start([prefect, "worker", "start", "--pool", "factdesk", "--type", "process"], "worker",
                          FACTDESK_DATABASE_URL=store, FACTDESK_FEEDS_CONFIG=str(config))
    dep, _ = _run_and_check(server, worker, store, site.base)
    assert [s["schedule"]["cron"] for s in dep["schedules"]] == ["*/15 * * * *"]
    assert dep["pull_steps"] == [{"prefect.deployments.steps.set_working_directory": {"directory": str(ROOT)}}]
    worker.stop()


def test_factdesk_serve_runs_check_feed_on_a_two_worker_dask_cluster_postgres_store(
    server: PrefectServer, site: SiteServer, tmp_path: Path, postgres_url: str
) -> None:
    """``factdesk serve`` with FACTDESK_TASK_RUNNER=dask: the served flow run's batches go to a
    local Dask cluster of two worker processes (prefect-dask), all storing into PostgreSQL."""
    _empty_store(postgres_url)
    config = write_config(tmp_path, site.base, batch_size=1)
    serve = server.start([str(VENV_BIN / "factdesk"), "serve", "--config", str(config)], "serve",
                         FACTDESK_DATABASE_URL=postgres_url, FACTDESK_TASK_RUNNER="dask", FACTDESK_DASK_WORKERS="2")
    # the same deployment name as prefect.yaml's: serve takes it over (its parameters show it)
    dep, run_id = _run_and_check(server, serve, postgres_url, site.base,
                                 ready=lambda d: d["parameters"] == {"config": str(config)})
    assert [s["schedule"]["cron"] for s in dep["schedules"]] == ["*/15 * * * *"]
    arts = {a["key"]: a for a in server.artifacts(run_id) if a["key"]}
    rows = json.loads(arts["check-feed-verdicts"]["data"])
    workers = {row["worker"] for row in rows}
    assert len(workers) == 2, workers  # both Dask workers checked items
    assert not any(w.endswith(f":{serve.p.pid}") for w in workers)  # none in the serve process itself
    if not (ROOT / "flows" / "refresh_references.py").exists():
        assert "refresh_references is not available" in serve.tail(200)
    else:
        refs = server.deployment("refresh_references/refresh-references", proc=serve)
        assert [s["schedule"]["cron"] for s in refs["schedules"]] == ["0 3 * * *"]
    serve.stop()


@pytest.fixture(autouse=True)
def _close_store_connections(postgres_url: str) -> Iterator[None]:
    yield
    from factdesk.store.db import get_engine

    get_engine(postgres_url).dispose()  # no pooled connection left to be garbage-collected open
