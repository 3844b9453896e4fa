"""The review desk's queue with many documents: time and size of the first page.

    .venv/bin/python bench/bench_desk.py               # 1,500 documents of 8 claims, 10% reviewed
    .venv/bin/python bench/bench_desk.py --n 300       # a smoke run
    .venv/bin/python bench/bench_desk.py --store postgresql+psycopg://postgres@127.0.0.1:5432/bench

Prints, for ``GET /`` (the queue's first page), ``GET /?q=...`` (a search) and ``GET /?page=2``,
the median time of ``--repeat`` requests and the page size, each time also as a ratio to
``GET /login`` timed side by side (the app's fixed cost per request: session, template, headers).
Requests go through Starlette's TestClient (in-process, no network).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

PASSWORD = "bench password 123"
KINDS = [("person_role", "supported"), ("name", "refuted"), ("vote", "supported"), ("vote", "conflicting"),
         ("event_date", "unverified"), ("quantity", "supported"), ("statement", "supported"),
         ("person_role", "unverified")]


def fill(store: str, n: int) -> None:
    from sqlmodel import Session, select

    from factdesk.review.accounts import add_user
    from factdesk.review.reviews import add_review
    from factdesk.store.crud import save_report
    from factdesk.store.db import get_engine
    from schemas.contracts import CheckedClaim, Claim, ClaimKind, Document, DocumentReport, Evidence, Label, Verdict
    from schemas.review import UserRow
    from schemas.tables import ClaimRow

    engine = get_engine(store)
    with Session(engine) as s:
        add_user(session=s, name="erin", role="editor", password=PASSWORD)
        erin = s.exec(select(UserRow)).one()
        for i in range(n):
            words = [f"claim{i}w{k}" for k in range(len(KINDS))]
            text = " ".join(f"Sentence {k} says {w}." for k, w in enumerate(words)) * 3
            claims = []
            for k, (kind, label) in enumerate(KINDS):
                start = text.index(words[k])
                ev = [Evidence(source="pack@1", url=f"https://example.org/{i}/{k}", excerpt="x", quote="body: SC")]
                claims.append(CheckedClaim(claim=Claim(kind=ClaimKind(kind), start=start, end=start + len(words[k]),
                                                       text=words[k]), line=1,
                                           verdict=Verdict(label=Label(label), rationale="r", confidence=0.9,
                                                           checker=kind, checker_version="1", evidence=ev)))
            doc = Document(text=text, origin=f"wire/{i:05d}.md", sha256=hashlib.sha256(text.encode()).hexdigest(),
                           format="text", published=dt.date(2024, 1, 1) + dt.timedelta(days=i % 300),
                           published_source="flag", title=f"Story number {i}")
            run = save_report(session=s, report=DocumentReport(document=doc, claims=claims), reference_version="b",
                              checkers="b")
            if i % 10 == 0:
                cid = s.exec(select(ClaimRow.id).where(ClaimRow.run_id == run, ClaimRow.kind == "name")).one()
                add_review(session=s, run_id=run, claim_id=cid, user=erin, action="accept", label=None,
                           correction=None, note="")


def timed(client, path: str, repeat: int) -> tuple[float, int]:  # noqa: ANN001
    times, size = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        r = client.get(path)
        times.append(time.perf_counter() - t)
        assert r.status_code == 200, (path, r.status_code)
        size = len(r.content)
    return statistics.median(times), size


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--store", default="")
    args = ap.parse_args()
    from fastapi.testclient import TestClient

    from factdesk.review.app import create_app
    from factdesk.store.db import get_engine

    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or f"sqlite:///{Path(tmp) / 'desk.db'}"
        t = time.perf_counter()
        fill(store, args.n)
        took = time.perf_counter() - t
        print(f"stored {args.n} documents of {len(KINDS)} claims in {took:.1f} s ({store.split(':')[0]})")
        client = TestClient(create_app(engine=get_engine(store), secret_key="b" * 32))
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
        client.post("/login", data={"name": "erin", "password": PASSWORD, "csrf_token": token})
        base, _ = timed(client, "/login", args.repeat)
        print(f"GET /login (yardstick): {base * 1000:.1f} ms")
        for path in ["/", "/?q=number+7", "/?page=2", "/?status=new&label=refuted"]:
            t, size = timed(client, path, args.repeat)
            print(f"GET {path}: {t * 1000:.1f} ms, {size / 1024:.0f} KB, {t / base:.1f}x the yardstick")
        get_engine(store).dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
