"""Nothing lost: concurrent writers and a process killed mid-batch, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import SAMPLE
from sqlmodel import Session, func, select

from factdesk.store.db import get_engine
from schemas.tables import ClaimRow, DocumentRow, RunRow, VerdictRow

BODY = SAMPLE.read_text(encoding="utf-8")


def drafts(tmp: Path, n: int, tag: str) -> list[Path]:
    out = []
    for i in range(n):
        p = tmp / f"{tag}-{i}.md"
        p.write_text(BODY + f"\nEdition note {tag} {i}.\n")  # distinct content, same claims
        out.append(p)
    return out


def count(s: Session, model) -> int:  # noqa: ANN001
    return s.exec(select(func.count()).select_from(model)).one()


def test_four_processes_store_at_once(db_url: str, tmp_path: Path) -> None:
    shared = tmp_path / "shared.md"
    shared.write_text(BODY)
    batches = [[shared, *drafts(tmp_path, 5, f"p{k}")] for k in range(4)]
    env = {**os.environ, "FACTDESK_DATABASE_URL": db_url}
    procs = [
        subprocess.Popen([sys.executable, "-m", "factdesk.cli", "check", *map(str, b)], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for b in batches
    ]
    results = []
    for p in procs:
        _, err = p.communicate(timeout=300)
        results.append((p.returncode, err))
    assert [rc for rc, _ in results] == [1, 1, 1, 1], [err for _, err in results]  # 1 = refuted claim found
    assert all(err == "" for _, err in results)
    with Session(get_engine(db_url)) as s:
        assert count(s, RunRow) == 24
        assert count(s, DocumentRow) == 21  # the shared draft is stored once
        per_run = s.exec(select(ClaimRow.run_id, func.count()).group_by(ClaimRow.run_id)).all()
        assert len(per_run) == 24 and len({n for _, n in per_run}) == 1  # every run has all its claims
        assert count(s, VerdictRow) == count(s, ClaimRow)


def test_killed_mid_batch_leaves_whole_documents(db_url: str, tmp_path: Path) -> None:
    files = drafts(tmp_path, 150, "k")
    env = {**os.environ, "FACTDESK_DATABASE_URL": db_url}
    get_engine(db_url)  # schema ready, so the kill lands while documents are being stored
    proc = subprocess.Popen([sys.executable, "-m", "factdesk.cli", "check", *map(str, files)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    engine = get_engine(db_url)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with Session(engine) as s:
            if count(s, RunRow) >= 5:
                break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    with Session(engine) as s:
        runs = s.exec(select(RunRow)).all()
        assert 5 <= len(runs) < 150, "the kill should land mid-batch"
        assert all(r.finished_at is not None for r in runs)
        claims = dict(s.exec(select(ClaimRow.run_id, func.count()).group_by(ClaimRow.run_id)).all())
        assert {claims.get(r.id, 0) for r in runs} == {claims[runs[0].id]} and claims[runs[0].id] > 0
        docs_with_runs = set(s.exec(select(RunRow.document_id)).all())
        assert count(s, DocumentRow) == len(docs_with_runs)  # no document without its run
        assert count(s, VerdictRow) == count(s, ClaimRow)
