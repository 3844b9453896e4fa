"""The feed_item queue: workers in separate processes share one store (SQLite or PostgreSQL)
and never hold the same item at once; a dead run's claim is taken over after the timeout."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

from sqlmodel import Session, select

from factdesk.feeds import queue
from factdesk.feeds.discover import FeedEntry
from factdesk.store.db import get_engine
from schemas.feeds import FeedItemRow

WORKER = r"""
import json, random, sys, time
from pathlib import Path
from sqlmodel import Session
from factdesk.feeds import queue
from factdesk.store.db import get_engine

url, name, gate, ids = sys.argv[1], sys.argv[2], Path(sys.argv[3]), json.loads(sys.argv[4])
engine = get_engine(url)
random.Random(name).shuffle(ids)
(gate / f"ready-{name}").touch()
while not (gate / "go").exists():
    time.sleep(0.002)
mine = []
for n in range(0, len(ids), 7):
    with Session(engine) as s:
        rows = queue.claim(session=s, ids=ids[n:n + 7], owner=f"{name}:{n}", max_attempts=3, claim_timeout=600)
        mine += [r.id for r in rows]
    if n == 0:  # on a loaded machine one worker could otherwise take every item before another runs
        (gate / f"first-{name}").touch()
        wait_until = time.monotonic() + 60
        while len(list(gate.glob("first-*"))) < 3 and time.monotonic() < wait_until:
            time.sleep(0.002)
print(json.dumps(mine))
"""


def _entries(n: int) -> list[FeedEntry]:
    return [FeedEntry(f"https://news.example/a/{i}", f"{i:064x}", "https://news.example/rss", "rss") for i in range(n)]


def test_register_is_idempotent(db_url: str) -> None:
    with Session(get_engine(db_url)) as s:
        first = queue.register(session=s, entries=_entries(20), max_attempts=3, claim_timeout=600)
        again = queue.register(session=s, entries=_entries(25), max_attempts=3, claim_timeout=600)
        assert len(first) == 20 and set(first) < set(again) and len(again) == 25
        assert len(s.exec(select(FeedItemRow)).all()) == 25


def test_concurrent_workers_never_claim_the_same_item(db_url: str, tmp_path: Path) -> None:
    with Session(get_engine(db_url)) as s:
        ids = queue.register(session=s, entries=_entries(240), max_attempts=3, claim_timeout=600)
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, db_url, f"w{k}", str(tmp_path), json.dumps(ids)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for k in range(3)]
    deadline = time.monotonic() + 120
    while len(list(tmp_path.glob("ready-*"))) < 3 and time.monotonic() < deadline:
        assert all(p.poll() is None for p in procs), [p.communicate() for p in procs]
        time.sleep(0.05)
    (tmp_path / "go").touch()  # all three start claiming together, after their imports
    claimed = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err[-2000:]
        claimed.append(json.loads(out))
    everything = [i for c in claimed for i in c]
    assert sorted(everything) == sorted(ids)  # each item claimed exactly once
    assert all(len(c) > 0 for c in claimed), [len(c) for c in claimed]  # they really ran side by side
    with Session(get_engine(db_url)) as s:
        owners = {r.id: r.claimed_by.split(":")[0] for r in s.exec(select(FeedItemRow))}
        for k, c in enumerate(claimed):
            assert {owners[i] for i in c} == {f"w{k}"}


def test_stale_claim_is_taken_over_and_the_old_owner_loses_it(db_url: str) -> None:
    from sqlalchemy import update

    engine = get_engine(db_url)
    with Session(engine) as s:
        [item_id] = queue.register(session=s, entries=_entries(1), max_attempts=3, claim_timeout=60)
        assert [r.id for r in queue.claim(session=s, ids=[item_id], owner="dead:0", max_attempts=3,
                                          claim_timeout=60)] == [item_id]
        assert queue.claim(session=s, ids=[item_id], owner="live:0", max_attempts=3, claim_timeout=60) == []
        old = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=120)
        s.exec(update(FeedItemRow).where(FeedItemRow.id == item_id).values(claimed_at=old))
        s.commit()
        [row] = queue.claim(session=s, ids=[item_id], owner="live:0", max_attempts=3, claim_timeout=60)
        assert (row.claimed_by, row.attempts) == ("live:0", 2)
        assert queue.fail(session=s, item_id=item_id, owner="dead:0", error="late") is False
        assert queue.fail(session=s, item_id=item_id, owner="live:0", error="HTTP 500") is True
        stored = s.get(FeedItemRow, item_id)
        assert stored is not None and (stored.status, stored.error) == ("failed", "HTTP 500")
