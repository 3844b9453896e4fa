"""The review desk under attack (issue 14, case 9), on SQLite and PostgreSQL.

Before: 200 wrong passwords in a row and then the right one worked; 40 concurrent wrong
logins hashed 40 passwords at once (64 MiB each); failed logins were not logged; the
cookie could not be marked Secure; a copied session cookie still worked after logout;
only ``add-user`` existed; ``/documents/99999999999999999999`` was a 500 without the
security headers. The app runs in-process over ASGI (httpx), and ``review serve`` for real
where the server's own behaviour (cookie flag, log) is the point.
"""

from __future__ import annotations

import asyncio
import io
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import httpx
import pytest
from argon2 import PasswordHasher
from conftest import ROOT
from sqlmodel import Session

from factdesk.cli import main
from factdesk.review import accounts
from factdesk.review.app import create_app
from factdesk.review.auth import LoginLimits
from factdesk.store.db import get_engine

PASSWORD = "correct horse battery"
LIMITS = LoginLimits(max_failures=5, address_max_failures=20, window_seconds=900, hash_concurrency=2)


@pytest.fixture
def users(db_url: str) -> str:
    with Session(get_engine(db_url)) as s:
        accounts.add_user(session=s, name="erin", role="editor", password=PASSWORD)
        accounts.add_user(session=s, name="vic", role="viewer", password=PASSWORD)
    return db_url


def _client(app, address: str = "127.0.0.1") -> httpx.AsyncClient:  # noqa: ANN001
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=(address, 4711)), base_url="http://desk")


async def _csrf(client: httpx.AsyncClient) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', (await client.get("/login")).text).group(1)


async def _login(client: httpx.AsyncClient, name: str, password: str) -> httpx.Response:
    return await client.post("/login", data={"name": name, "password": password, "csrf_token": await _csrf(client),
                                             "next": "/"})


def _cli(*argv: str, stdin: str = "", monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_an_account_is_locked_after_failed_logins_until_an_admin_unlocks_it(
        users: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    app = create_app(engine=get_engine(users), secret_key="k" * 32, limits=LIMITS)

    async def attack() -> list[int]:
        async with _client(app) as c:
            codes = [(await _login(c, "erin", f"wrong {i}")).status_code for i in range(6)]
            right = await _login(c, "erin", PASSWORD)
            return [*codes, right.status_code, "Too many failed logins for this account" in right.text]

    assert asyncio.run(attack()) == [401] * 5 + [429, 429, True]  # locked: even the right password is refused
    code, out, _ = _cli("review", "users", "list", monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0 and re.search(r"^erin\s+editor\s+locked\s+0\s+5\s", out, re.M)
    code, out, _ = _cli("review", "users", "unlock", "erin", monkeypatch=monkeypatch, capsys=capsys)
    assert (code, out) == (0, "unlocked erin (5 failed logins forgotten)\n")

    async def again() -> int:
        async with _client(app) as c:
            return (await _login(c, "erin", PASSWORD)).status_code

    assert asyncio.run(again()) == 303


def test_a_client_address_is_refused_after_failed_logins_on_any_names(
        users: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    limits = LoginLimits(max_failures=5, address_max_failures=8)
    app = create_app(engine=get_engine(users), secret_key="k" * 32, limits=limits)

    async def spray() -> tuple[list[int], int, int]:
        async with _client(app, "10.0.0.9") as bad, _client(app, "10.0.0.10") as good:
            codes = [(await _login(bad, f"user{i}", "guess")).status_code for i in range(8)]
            refused = (await _login(bad, "vic", PASSWORD)).status_code
            return codes, refused, (await _login(good, "vic", PASSWORD)).status_code

    assert asyncio.run(spray()) == ([401] * 8, 429, 303)  # no account reached 5, the address reached 8
    code, out, _ = _cli("review", "users", "unlock", "--address", "10.0.0.9", monkeypatch=monkeypatch, capsys=capsys)
    assert (code, out) == (0, "unlocked 10.0.0.9 (8 failed logins forgotten)\n")


class CountingHasher(PasswordHasher):
    """The real argon2 hasher, counting how many hashes run at once."""

    def __init__(self) -> None:
        super().__init__()
        self.lock = threading.Lock()
        self.now = self.peak = self.calls = 0

    def verify(self, hash, password):  # noqa: A002, ANN001, ANN201
        with self.lock:
            self.now += 1
            self.calls += 1
            self.peak = max(self.peak, self.now)
        try:
            return super().verify(hash, password)
        finally:
            with self.lock:
                self.now -= 1


def test_concurrent_logins_hash_at_most_the_bound_at_once(users: str, monkeypatch: pytest.MonkeyPatch) -> None:
    hasher = CountingHasher()
    monkeypatch.setattr(accounts, "_hasher", hasher)
    limits = LoginLimits(max_failures=1000, address_max_failures=1000, hash_concurrency=2)
    app = create_app(engine=get_engine(users), secret_key="k" * 32, limits=limits)

    async def flood() -> list[int]:
        async with _client(app) as c:
            token = await _csrf(c)
            posts = [c.post("/login", data={"name": "erin", "password": f"wrong {i}", "csrf_token": token})
                     for i in range(40)]
            return [r.status_code for r in await asyncio.gather(*posts)]

    codes = asyncio.run(flood())
    # two hash at a time, up to 32 wait their turn, and any past that are told "busy" (503) at once
    assert set(codes) <= {401, 503} and codes.count(401) == hasher.calls >= 34
    assert hasher.peak == 2


def test_failed_logins_are_logged_and_stored(users: str, caplog: pytest.LogCaptureFixture) -> None:
    from sqlmodel import select

    from schemas.auth import LoginFailureRow

    app = create_app(engine=get_engine(users), secret_key="k" * 32, limits=LIMITS)

    async def fail() -> int:
        async with _client(app, "192.0.2.7") as c:
            return (await _login(c, "erin", "nope nope")).status_code

    with caplog.at_level("WARNING", logger="factdesk.review.auth"):
        assert asyncio.run(fail()) == 401
    assert [r.getMessage() for r in caplog.records] == [
        "failed login for 'erin' from 192.0.2.7 (1 for this account, 1 from this address in the last 900 s)"]
    with Session(get_engine(users)) as s:
        assert [(f.name, f.address) for f in s.exec(select(LoginFailureRow))] == [("erin", "192.0.2.7")]


def test_logout_ends_the_session_for_a_copied_cookie_too(users: str) -> None:
    app = create_app(engine=get_engine(users), secret_key="k" * 32, limits=LIMITS)

    async def steal() -> tuple[int, int, int]:
        async with _client(app) as browser:
            assert (await _login(browser, "erin", PASSWORD)).status_code == 303
            stolen = browser.cookies["factdesk_session"]
            before = (await browser.get("/")).status_code
            page = (await browser.get("/")).text
            token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
            assert (await browser.post("/logout", data={"csrf_token": token})).status_code == 303
        async with _client(app) as thief:
            thief.cookies.set("factdesk_session", stolen)
            after = await thief.get("/")
            return before, after.status_code, after.headers["location"].startswith("/login")

    assert asyncio.run(steal()) == (200, 303, True)


def test_password_reset_and_disable_end_sessions(users: str, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    app = create_app(engine=get_engine(users), secret_key="k" * 32, limits=LIMITS)

    async def logged_in() -> httpx.Cookies:
        async with _client(app) as c:
            assert (await _login(c, "erin", PASSWORD)).status_code == 303
            return c.cookies

    async def status(cookies: httpx.Cookies) -> int:
        async with _client(app) as c:
            c.cookies = cookies
            return (await c.get("/")).status_code

    async def login_status(password: str) -> int:
        async with _client(app) as c:
            return (await _login(c, "erin", password)).status_code

    cookies = asyncio.run(logged_in())
    assert asyncio.run(status(cookies)) == 200
    code, out, _ = _cli("review", "users", "reset-password", "erin", stdin="a brand new password\n",
                        monkeypatch=monkeypatch, capsys=capsys)
    assert (code, out) == (0, "new password for erin; its sessions are ended\n")
    assert asyncio.run(status(cookies)) == 303
    assert asyncio.run(login_status(PASSWORD)) == 401
    cookies = asyncio.run(_login_cookies(app, "a brand new password"))
    code, out, _ = _cli("review", "users", "disable", "erin", monkeypatch=monkeypatch, capsys=capsys)
    assert (code, out) == (0, "disabled erin; its sessions are ended\n")
    assert asyncio.run(status(cookies)) == 303
    assert asyncio.run(login_status("a brand new password")) == 401
    code, out, _ = _cli("review", "users", "enable", "erin", monkeypatch=monkeypatch, capsys=capsys)
    assert (code, out) == (0, "enabled erin\n")
    assert asyncio.run(login_status("a brand new password")) == 303


async def _login_cookies(app, password: str) -> httpx.Cookies:  # noqa: ANN001
    async with _client(app) as c:
        assert (await _login(c, "erin", password)).status_code == 303
        return c.cookies


def test_users_list_and_set_role(users: str, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _cli("review", "users", "set-role", "vic", "editor", monkeypatch=monkeypatch, capsys=capsys)
    assert (code, out) == (0, "vic is now editor\n")
    code, out, _ = _cli("review", "users", "list", monkeypatch=monkeypatch, capsys=capsys)
    rows = [line.split()[:5] for line in out.splitlines()]
    assert rows == [["name", "role", "state", "sessions", "failed"], ["erin", "editor", "active", "0", "0"],
                    ["vic", "editor", "active", "0", "0"]]
    code, _, err = _cli("review", "users", "disable", "nobody", monkeypatch=monkeypatch, capsys=capsys)
    assert (code, err) == (2, "factdesk: error: no user 'nobody'\n")
    code, _, err = _cli("review", "users", "set-role", "vic", "admin", monkeypatch=monkeypatch, capsys=capsys)
    assert code == 2 and len(err.splitlines()) == 1


@pytest.mark.parametrize("path", ["/documents/99999999999999999999", "/documents/9223372036854775808",
                                  "/documents/0", "/documents/-5"])
def test_out_of_range_ids_are_404_with_the_security_headers(users: str, path: str) -> None:
    app = create_app(engine=get_engine(users), secret_key="k" * 32, limits=LIMITS)

    async def get() -> httpx.Response:
        async with _client(app) as c:
            assert (await _login(c, "erin", PASSWORD)).status_code == 303
            return await c.get(path)

    r = asyncio.run(get())
    assert r.status_code == 404
    assert r.headers["content-security-policy"].startswith("default-src 'none'")
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["referrer-policy"] == "no-referrer"


def test_an_out_of_range_claim_id_in_a_review_post_is_404(users: str) -> None:
    app = create_app(engine=get_engine(users), secret_key="k" * 32, limits=LIMITS)

    async def post() -> httpx.Response:
        async with _client(app) as c:
            assert (await _login(c, "erin", PASSWORD)).status_code == 303
            token = re.search(r'name="csrf_token" value="([^"]+)"', (await c.get("/")).text).group(1)
            return await c.post(f"/runs/{'0' * 32}/claims/99999999999999999999/review",
                                data={"csrf_token": token, "action": "accept"})

    r = asyncio.run(post())
    assert r.status_code == 404 and r.headers["x-content-type-options"] == "nosniff"


# ----------------------------------------------------------------- the real server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def serve(tmp_path) -> Iterator:  # noqa: ANN001
    procs = []

    def start(**env: str) -> tuple[str, subprocess.Popen]:
        db = f"sqlite:///{tmp_path / 'serve.db'}"
        with Session(get_engine(db)) as s:
            if not accounts.list_users(session=s):
                accounts.add_user(session=s, name="erin", role="editor", password=PASSWORD)
        port = _free_port()
        proc = subprocess.Popen([sys.executable, "-m", "factdesk.cli", "review", "serve", "--port", str(port)],
                                cwd=ROOT, env={**os.environ, "FACTDESK_DATABASE_URL": db, **env},
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        procs.append(proc)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/login", timeout=2).close()
                return url, proc
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(proc.stderr.read() if proc.stderr else "") from None
                time.sleep(0.2)

    yield start
    for p in procs:
        p.terminate()
        p.wait(timeout=10)
        p.stdout.close()
        p.stderr.close()


@pytest.mark.parametrize(("value", "secure"), [("true", True), ("false", False)])
def test_factdesk_cookie_secure_sets_the_secure_flag(serve, value: str, secure: bool) -> None:  # noqa: ANN001
    url, _ = serve(FACTDESK_COOKIE_SECURE=value)
    with urllib.request.urlopen(f"{url}/login", timeout=10) as r:
        cookie = r.headers["set-cookie"]
    assert cookie.startswith("factdesk_session=") and "httponly" in cookie.lower()
    assert ("; secure" in cookie.lower()) is secure


def test_the_server_logs_failed_logins(serve) -> None:  # noqa: ANN001
    url, proc = serve()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    with opener.open(f"{url}/login", timeout=10) as r:
        form = r.read().decode()
    token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    data = urllib.parse.urlencode({"name": "erin", "password": "not it at all", "csrf_token": token}).encode()
    with pytest.raises(urllib.error.HTTPError) as err:
        opener.open(f"{url}/login", data=data, timeout=30)
    err.value.close()  # the error is the response: close its connection
    assert err.value.code == 401
    proc.terminate()
    proc.wait(timeout=10)
    log = proc.stderr.read()
    assert re.search(r"WARNING factdesk\.review\.auth: failed login for 'erin' from 127\.0\.0\.1 \(1 for this "
                     r"account, 1 from this address in the last 900 s\)", log), log
