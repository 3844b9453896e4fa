"""docker-compose.yml, without Docker (no engine here): the file is validated by
``docker-compose config`` (the Compose 1.29 client, Debian's package, installed by .ci/run)
and against the Compose specification's JSON schema that client ships; then the same
services are started as local processes from the resolved file: the local PostgreSQL
plays ``postgres``, and ``prefect-server`` (its own database on PostgreSQL), ``worker``
(deploy/worker.sh: pool, deployments of prefect.yaml, ``prefect worker``) and ``review``
run their compose commands with their compose environment, host names and ports mapped
to loopback. Each must pass its own compose health check; then a check_feed run through
the worker must store the expected verdicts, and its report links lead to the review desk.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import yaml
from conftest import PG_ADMIN_URL, ROOT
from fixtures.feeds.expect import assert_site_checked, write_config
from fixtures.feeds.prefect_server import VENV_BIN, PrefectServer, Proc, base_env, free_port
from fixtures.feeds.server import SiteServer
from sqlalchemy import create_engine, text

pytestmark = [pytest.mark.prefect, pytest.mark.postgres]

COMPOSE_FILE = ROOT / "docker-compose.yml"
SPEC = Path("/usr/lib/python3/dist-packages/compose/config/compose_spec.json")
PG_HOST = PG_ADMIN_URL.split("@", 1)[1].rsplit("/", 1)[0]  # 127.0.0.1:5432


def _compose() -> str:
    exe = shutil.which("docker-compose")
    if exe is None:
        pytest.fail("docker-compose is required (apt-get install --no-install-recommends docker-compose; .ci/run does)")
    return exe


def compose_config(**env: str) -> tuple[int, str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("POSTGRES_", "FACTDESK_", "PREFECT_"))}
    out = subprocess.run([_compose(), "-f", str(COMPOSE_FILE), "config"], env={**clean, **env}, cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    return out.returncode, out.stdout, out.stderr


REQUIRED = {"POSTGRES_PASSWORD": "pw", "FACTDESK_SECRET_KEY": "secret"}


def test_compose_file_is_valid_and_complete() -> None:
    code, out, err = compose_config(**REQUIRED)
    assert code == 0, err
    cfg = yaml.safe_load(out)
    services = cfg["services"]
    assert set(services) == {"postgres", "prefect-server", "worker", "review"}
    assert all("test" in s["healthcheck"] for s in services.values())
    assert "pgdata:/var/lib/postgresql/data:rw" in services["postgres"]["volumes"]
    assert services["prefect-server"]["environment"]["PREFECT_SERVER_DATABASE_CONNECTION_URL"] == \
        "postgresql+asyncpg://factdesk:pw@postgres:5432/prefect"
    assert services["worker"]["depends_on"] == {"prefect-server": {"condition": "service_healthy"}}
    assert services["worker"]["environment"]["FACTDESK_DATABASE_URL"] == \
        services["review"]["environment"]["FACTDESK_DATABASE_URL"] == \
        "postgresql+psycopg://factdesk:pw@postgres:5432/factdesk"
    assert services["review"]["command"] == ["review", "serve", "--host", "0.0.0.0", "--port", "8000"]
    # one image for every factdesk service: built once (by worker), run by review as well
    assert [n for n, svc in services.items() if "build" in svc] == ["worker"]
    assert services["worker"]["image"] == services["review"]["image"] == "factdesk:local"
    assert services["review"]["pull_policy"] == "never"
    assert services["worker"]["environment"]["DO_NOT_TRACK"] == "1"
    # the Compose specification's own schema, as shipped by the client
    import jsonschema

    schema = json.loads(SPEC.read_text())
    jsonschema.Draft201909Validator(schema).validate(yaml.safe_load(COMPOSE_FILE.read_text()))


@pytest.mark.parametrize("missing", sorted(REQUIRED))
def test_compose_refuses_to_start_without_its_secrets(missing: str) -> None:
    code, _, err = compose_config(**{k: v for k, v in REQUIRED.items() if k != missing})
    assert code == 1
    assert f"set {missing}" in err


@pytest.fixture()
def pg_databases() -> Iterator[tuple[str, str]]:
    """(store database, Prefect database): fresh ones on the local server, dropped afterwards."""
    names = (f"factdesk_c_{uuid.uuid4().hex[:8]}", f"prefect_c_{uuid.uuid4().hex[:8]}")
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for n in names:
            conn.execute(text(f'CREATE DATABASE "{n}"'))
    yield names
    with admin.connect() as conn:
        for n in names:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)'))
    admin.dispose()


def _native(value: object, mapping: dict[str, str]) -> object:
    if isinstance(value, list):
        return [_native(v, mapping) for v in value]
    if isinstance(value, dict):
        return {k: _native(v, mapping) for k, v in value.items()}
    if isinstance(value, str):
        for old, new in mapping.items():
            value = value.replace(old, new)
    return value


def _healthy(test: list[str], env: dict[str, str], proc: Proc, timeout: float = 150) -> None:
    assert test[0] == "CMD"
    args = [sys.executable if test[1] == "python" else test[1], *test[2:]]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.alive(), proc.tail()
        if subprocess.run(args, env=env, capture_output=True, timeout=30).returncode == 0:
            return
        time.sleep(1)
    raise AssertionError(f"health check {args} never passed:\n{proc.tail()}")


def test_compose_services_started_without_docker(
    tmp_path: Path, pg_databases: tuple[str, str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    store_db, prefect_db = pg_databases
    site = SiteServer()
    feeds = write_config(tmp_path, site.base)
    review_port, prefect_port, health_port = free_port(), free_port(), free_port()
    code, out, err = compose_config(POSTGRES_USER="postgres", POSTGRES_PASSWORD="trust-auth-ignores-it",
                                    FACTDESK_SECRET_KEY="compose-test", FACTDESK_FEEDS=str(feeds),
                                    FACTDESK_REVIEW_URL=f"http://127.0.0.1:{review_port}")
    assert code == 0, err
    services = yaml.safe_load(out)["services"]
    feeds_mount = next(v for v in services["worker"]["volumes"] if v.endswith(":/config/feeds.yaml:ro"))
    mapping = {  # what Docker's network and the image provide, on loopback
        "@postgres:5432/factdesk": f"@{PG_HOST}/{store_db}", "@postgres:5432/prefect": f"@{PG_HOST}/{prefect_db}",
        "http://prefect-server:4200": f"http://127.0.0.1:{prefect_port}", "0.0.0.0": "127.0.0.1",
        "127.0.0.1:4200": f"127.0.0.1:{prefect_port}", "127.0.0.1:8080": f"127.0.0.1:{health_port}",
        "127.0.0.1:8000": f"127.0.0.1:{review_port}", "/app": str(ROOT),
        "/config/feeds.yaml": feeds_mount.split(":")[0],
    }
    native = {name: _native(svc, mapping) for name, svc in services.items()}
    home = tmp_path_factory.mktemp("compose-prefect-home")
    path = f"{VENV_BIN}{os.pathsep}{os.environ['PATH']}"

    # postgres: the local server, checked with the service's own health check
    pg = native["postgres"]["healthcheck"]["test"]
    assert subprocess.run([pg[1], "-h", PG_HOST.split(":")[0], *pg[2:-1], store_db]).returncode == 0

    server = PrefectServer.__new__(PrefectServer)  # the REST helpers, on the compose-started server
    server.home, server.api, server.services = home, f"http://127.0.0.1:{prefect_port}/api", []
    server.http = requests.Session()
    server.http.trust_env = False
    procs: list[Proc] = []
    store = native["worker"]["environment"]["FACTDESK_DATABASE_URL"]
    try:
        svc = native["prefect-server"]
        port_arg = svc["command"].index("--port") + 1
        cmd = [*svc["command"][:port_arg], str(prefect_port), *svc["command"][port_arg + 1:], "--no-ui"]
        env = {**base_env(home), **svc["environment"], "PATH": path}
        procs.append(Proc(cmd, env, home / "prefect-server.log"))
        _healthy(svc["healthcheck"]["test"], env, procs[-1])

        svc = native["worker"]
        env = {**base_env(home), **svc["environment"], "PATH": path,
               "PREFECT_WORKER_WEBSERVER_PORT": str(health_port)}
        procs.append(Proc([*svc["entrypoint"]], env, home / "worker.log", cwd=ROOT))
        _healthy(svc["healthcheck"]["test"], env, procs[-1])

        svc = native["review"]
        env = {**base_env(home), **svc["environment"], "PATH": path}
        port_arg = svc["command"].index("--port") + 1
        cmd = ["factdesk", *svc["command"][:port_arg], str(review_port)]  # the image's entrypoint is factdesk
        procs.append(Proc(cmd, env, home / "review.log"))
        _healthy(svc["healthcheck"]["test"], env, procs[-1])

        dep = server.deployment("check_feed/check-feed", proc=procs[1])
        run_id = server.run(dep)
        fr = server.wait(run_id, watch=procs)
        assert fr["state_type"] == "COMPLETED", procs[1].tail()
        assert_site_checked(store, site.base)
        links = [a["data"] for a in server.artifacts(run_id) if not a["key"]]
        assert len(links) == 4
        link = links[0].split("](", 1)[1].rstrip(")")
        assert link.startswith(f"http://127.0.0.1:{review_port}/runs/")
        page = requests.get(link, timeout=10, allow_redirects=False)
        assert page.status_code in (302, 303, 307) and "/login" in page.headers["location"]  # the desk asks to log in
        admin = create_engine(PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{prefect_db}")
        try:  # Prefect's own database is PostgreSQL: our run, and the scheduler's runs every 15 minutes
            with admin.connect() as conn:
                runs = conn.execute(text("SELECT id::text, state_type, expected_start_time FROM flow_run")).all()
        finally:
            admin.dispose()
        assert [state for rid, state, _ in runs if rid == run_id] == ["COMPLETED"]
        scheduled = [start for rid, state, start in runs if rid != run_id]
        assert scheduled and all(t.minute % 15 == 0 and t.second == 0 for t in scheduled), runs
    finally:
        for p in reversed(procs):  # review, worker, then the server
            p.stop()
        site.stop()
        from factdesk.store.db import get_engine

        # close the pooled connections of this test's store checks before its database is dropped
        # (the engine stays cached; clearing the cache would orphan other tests' pooled connections)
        get_engine(store).dispose()
