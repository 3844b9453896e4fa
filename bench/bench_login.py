"""The review desk under a login flood: server memory and an editor's page times.

    .venv/bin/python bench/bench_login.py            # 40 concurrent wrong logins
    .venv/bin/python bench/bench_login.py -n 80

Runs `factdesk review serve` twice side by side on the same store: with the default bound
on concurrent password hashing (FACTDESK_LOGIN_HASH_CONCURRENCY=2) and, as the yardstick,
with the bound at the flood's size (every login hashes at once, as before issue 14). The
throttles are raised so every wrong login is hashed. While N threads post wrong passwords,
a logged-in editor loads the queue page again and again. Printed per server: peak RSS
(VmHWM), the editor's page times (median, max), and the flood's wall time; then the ratios.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "correct horse battery"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))


def _login(opener: urllib.request.OpenerDirector, url: str, password: str) -> int:
    form = opener.open(f"{url}/login", timeout=60).read().decode()
    token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    data = urllib.parse.urlencode({"name": "erin", "password": password, "csrf_token": token}).encode()
    try:
        return opener.open(f"{url}/login", data=data, timeout=120).status
    except urllib.error.HTTPError as exc:
        return exc.code


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(db_url: str, bound: int, n: int) -> dict[str, float]:
    port = _free_port()
    env = {**os.environ, "FACTDESK_DATABASE_URL": db_url, "FACTDESK_LOGIN_HASH_CONCURRENCY": str(bound),
           "FACTDESK_LOGIN_MAX_FAILURES": "100000", "FACTDESK_LOGIN_ADDRESS_MAX_FAILURES": "100000"}
    proc = subprocess.Popen([sys.executable, "-m", "factdesk.cli", "review", "serve", "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/login", timeout=2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        editor = _opener()
        assert _login(editor, url, PASSWORD) == 200  # followed the redirect to the queue
        base_rss = _peak_rss_mb(proc.pid)
        done = threading.Event()
        times: list[float] = []

        def read_pages() -> None:
            while not done.is_set():
                t = time.perf_counter()
                editor.open(f"{url}/", timeout=120).read()
                times.append(time.perf_counter() - t)

        reader = threading.Thread(target=read_pages)
        flood = [threading.Thread(target=_login, args=(_opener(), url, f"wrong {i}")) for i in range(n)]
        t0 = time.perf_counter()
        reader.start()
        for th in flood:
            th.start()
        for th in flood:
            th.join()
        wall = time.perf_counter() - t0
        done.set()
        reader.join()
        return {"bound": bound, "rss_before": base_rss, "rss_peak": _peak_rss_mb(proc.pid),
                "page_median": statistics.median(times), "page_max": max(times), "pages": len(times), "wall": wall}
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=40, help="concurrent wrong logins (default 40)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from sqlmodel import Session

    from factdesk.review.accounts import add_user
    from factdesk.store.db import get_engine

    with tempfile.TemporaryDirectory(prefix="factdesk-bench-login-") as tmp:
        db_url = f"sqlite:///{Path(tmp) / 'desk.db'}"
        with Session(get_engine(db_url)) as s:
            add_user(session=s, name="erin", role="editor", password=PASSWORD)
        get_engine(db_url).dispose()
        rows = [run(db_url, 2, args.n), run(db_url, args.n, args.n)]
    print(f"{args.n} concurrent wrong logins; an editor loading the queue page meanwhile")
    print(f"{'hash bound':>10} {'RSS before':>11} {'RSS peak':>9} {'page median':>12} {'page max':>9} "
          f"{'pages':>6} {'flood wall':>11}")
    for r in rows:
        print(f"{r['bound']:>10} {r['rss_before']:>8.0f} MB {r['rss_peak']:>6.0f} MB "
              f"{r['page_median'] * 1000:>9.0f} ms {r['page_max'] * 1000:>6.0f} ms {r['pages']:>6} {r['wall']:>9.1f} s")
    ours, yard = rows
    print(f"bound 2 / bound {args.n}: peak RSS {ours['rss_peak'] / yard['rss_peak']:.2f}x, "
          f"editor page median {ours['page_median'] / yard['page_median']:.2f}x, "
          f"max {ours['page_max'] / yard['page_max']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
