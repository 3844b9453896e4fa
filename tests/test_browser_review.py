"""The review desk and the HTML report in a real headless Chromium (Debian's package,
driven by Playwright's sync API). The app runs under uvicorn in a subprocess
(``factdesk review serve``) on a free loopback port with its own SQLite file.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE, builtin_checkers, bundled_refs
from sqlmodel import Session, select

from factdesk.store.db import get_engine

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PASSWORD = "correct horse battery"
PUBLISHER = {"FACTDESK_PUBLISHER_NAME": "Example Fact Desk", "FACTDESK_PUBLISHER_URL": "https://facts.example.org/",
             "FACTDESK_CLAIMREVIEW_BASE_URL": "https://facts.example.org/checks"}
XSS_DRAFT = """---
title: "Desk test <script>window.__xss = 'title'</script>"
date: 2023-12-12
---
Secretary of State Antony Blinken spoke. <script>window.__xss = 'script'; alert('script')</script>
<img src=x onerror="window.__xss = 'onerror'; alert('onerror')"> The General Assembly resolutions are not binding.
"""



@dataclass
class Desk:
    url: str
    db_url: str
    sample_run: str
    xss_run: str
    tmp: Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _store(path: Path, db_url: str) -> str:
    from factdesk.ingest import read_document
    from factdesk.pipeline import check_document
    from factdesk.store.crud import save_report
    from factdesk.store.db import get_engine

    doc, view = read_document(path)
    report = check_document(doc, view, bundled_refs(), builtin_checkers())
    with Session(get_engine(db_url)) as s:
        return save_report(session=s, report=report, reference_version="test", checkers="all")


@contextmanager
def serve_desk(db_url: str) -> Iterator[str]:
    """``factdesk review serve`` on a free loopback port in a subprocess; yields its base URL."""
    port = _free_port()
    env = {**os.environ, "FACTDESK_DATABASE_URL": db_url, "FACTDESK_SECRET_KEY": "test-secret-" + "x" * 20,
           **PUBLISHER}
    proc = subprocess.Popen([sys.executable, "-m", "factdesk.cli", "review", "serve", "--host", "127.0.0.1",
                             "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/login", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log = proc.stdout.read() if proc.stdout else ""
                    raise RuntimeError(f"review desk did not start: {log}") from None
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()
        get_engine(db_url).dispose()


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    from factdesk.review.accounts import add_user

    tmp = tmp_path_factory.mktemp("desk")
    db_url = f"sqlite:///{tmp / 'desk.db'}"
    xss = tmp / "xss-draft.md"
    xss.write_text(XSS_DRAFT, encoding="utf-8")
    sample_run, xss_run = _store(SAMPLE, db_url), _store(xss, db_url)
    with Session(get_engine(db_url)) as s:
        add_user(session=s, name="erin", role="editor", password=PASSWORD)
        add_user(session=s, name="vic", role="viewer", password=PASSWORD)
    with serve_desk(db_url) as url:
        yield Desk(url=url, db_url=db_url, sample_run=sample_run, xss_run=xss_run, tmp=tmp)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()
    finally:
        pw.stop()


@pytest.fixture
def context(browser):  # noqa: ANN001, ANN201
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    yield ctx
    ctx.close()


def _login(page, desk: Desk, name: str) -> None:  # noqa: ANN001
    page.goto(f"{desk.url}/login")
    page.fill("#name", name)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{desk.url}/")


def _reviews(desk: Desk) -> list:
    from factdesk.store.db import get_engine
    from schemas.review import ReviewRow

    with Session(get_engine(desk.db_url)) as s:
        return list(s.exec(select(ReviewRow).order_by(ReviewRow.id)).all())


def test_every_page_without_a_session_redirects_to_login(desk: Desk, context) -> None:  # noqa: ANN001
    page = context.new_page()
    for path in ["/", "/?label=refuted", f"/runs/{desk.sample_run}", "/documents/1",
                 f"/runs/{desk.sample_run}/claimreview.json", "/no/such/page", "/documents/x"]:
        page.goto(desk.url + path)
        assert page.url.startswith(f"{desk.url}/login?next="), path
        assert page.locator("form.login input[name=password]").count() == 1
    # the login page takes the editor back where they wanted to go
    page.goto(f"{desk.url}/runs/{desk.sample_run}")
    page.fill("#name", "erin")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{desk.url}/runs/{desk.sample_run}")
    cookie = next(c for c in context.cookies() if c["name"] == "factdesk_session")
    assert cookie["httpOnly"] is True and cookie["sameSite"] == "Lax"


def test_wrong_password_is_refused(desk: Desk, context) -> None:  # noqa: ANN001
    page = context.new_page()
    page.goto(f"{desk.url}/login")
    page.fill("#name", "erin")
    page.fill("#password", "not the password")
    page.click("button[type=submit]")
    assert page.locator("p.flash").inner_text() == "Unknown user name or wrong password."
    page.goto(f"{desk.url}/")
    assert page.url.startswith(f"{desk.url}/login")


def test_editor_overrides_a_verdict_and_it_is_kept(desk: Desk, context, tmp_path: Path) -> None:  # noqa: ANN001
    from factdesk.store.db import get_engine
    from schemas.tables import ClaimRow, VerdictRow

    page = context.new_page()
    _login(page, desk, "erin")
    first = page.locator("table.queue tbody tr").first  # refuted claims need attention first
    assert "Biden tells supporters" in first.inner_text()
    assert first.locator("td").first.inner_text() == "REFUTED"
    first.locator("a").click()
    page.wait_for_url(f"{desk.url}/runs/{desk.sample_run}")
    panel = page.locator("section.claim", has=page.locator("q", has_text=re.compile("^Anthony Blinken$")))
    assert panel.count() == 1
    assert panel.locator("h2 .badge").inner_text() == "REFUTED"
    assert "Antony Blinken" in panel.locator("dl").inner_text()
    panel.locator("select[name=label]").select_option("unverified")
    panel.locator("input[name=correction]").fill("Antony Blinken (spelling per State Department)")
    panel.locator("textarea[name=note]").fill("Spelling confirmed, but holding until the desk checks the quote.")
    panel.locator("button[value=override]").click()
    page.wait_for_load_state()
    page.reload()
    panel = page.locator("section.claim", has=page.locator("q", has_text=re.compile("^Anthony Blinken$")))
    assert panel.locator("h2 .badge").inner_text() == "UNVERIFIED"
    box = panel.locator(".review-box").inner_text()
    assert "Editor: unverified (overridden from refuted) by erin" in box
    assert "Corrected value: Antony Blinken (spelling per State Department)" in box
    assert "Note: Spelling confirmed, but holding until the desk checks the quote." in box
    # the highlight's text label follows the editor's decision
    anchor = panel.get_attribute("id")
    assert page.locator(f"a.tag[href='#{anchor}']").inner_text() == f"[{anchor.split('-')[1]} UNVERIFIED]"
    page.goto(f"{desk.url}/runs/{desk.sample_run}#{anchor}")
    page.locator(f"#{anchor}").evaluate("e => e.scrollIntoView({block: 'start'})")  # the panel at the decided claim
    page.evaluate("window.scrollTo(0, 0)")  # and the page back at its header
    # the decided claim's panel is in view in the panel column while the page shows its header
    box, column = page.locator(f"#{anchor}").bounding_box(), page.locator(".panels").bounding_box()
    assert column["y"] <= box["y"] < column["y"] + column["height"]
    # the README's picture: FACTDESK_SCREENSHOT_DIR=docs .venv/bin/python -m pytest tests/test_browser_review.py
    shot = Path(os.environ.get("FACTDESK_SCREENSHOT_DIR") or tmp_path) / "review-desk.png"
    page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000

    (review,) = [r for r in _reviews(desk) if r.run_id == desk.sample_run]
    assert (review.reviewer, review.action, review.old_label, review.new_label) == \
        ("erin", "override", "refuted", "unverified")
    with Session(get_engine(desk.db_url)) as s:  # the machine's verdict is untouched
        claim = s.get(ClaimRow, review.claim_id)
        verdict = s.exec(select(VerdictRow).where(VerdictRow.claim_id == claim.id)).one()
        assert (claim.text, verdict.label, verdict.correction) == ("Anthony Blinken", "refuted", "Antony Blinken")

    # a new run of the checker on the same document still shows the decision
    new_run = _store(SAMPLE, desk.db_url)
    page.goto(f"{desk.url}/runs/{new_run}")
    panel = page.locator("section.claim", has=page.locator("q", has_text=re.compile("^Anthony Blinken$")))
    assert panel.locator("h2 .badge").inner_text() == "UNVERIFIED"
    assert "by erin" in panel.locator(".review-box").inner_text()
    assert "on an earlier run" in panel.locator(".review-box").inner_text()
    # and the queue no longer puts it first: its only refuted claim is decided
    page.goto(f"{desk.url}/")
    rows = page.locator("table.queue tbody tr")
    assert "Biden tells supporters" in rows.last.inner_text()
    assert rows.last.locator("td").first.inner_text() == "nothing open"
    # the export is one click away and carries the editor's label
    page.goto(f"{desk.url}/runs/{new_run}/claimreview.json")
    assert '"alternateName": "Unverified"' in page.content() or '"alternateName":"Unverified"' in page.content()


def test_viewer_cannot_override(desk: Desk, context) -> None:  # noqa: ANN001
    page = context.new_page()
    _login(page, desk, "vic")
    page.goto(f"{desk.url}/runs/{desk.xss_run}")
    assert page.locator("section.claim").count() >= 1
    assert page.locator("form.review").count() == 0
    token = page.locator("input[name=csrf_token]").first.get_attribute("value")
    claim_id = page.locator("section.claim").first.get_attribute("data-claim-id")
    before = len(_reviews(desk))
    r = page.request.post(f"{desk.url}/runs/{desk.xss_run}/claims/{claim_id}/review",
                          form={"csrf_token": token, "action": "override", "label": "supported", "note": "x"},
                          max_redirects=0)
    assert r.status == 403
    assert "Viewers cannot change verdicts." in r.text()
    assert len(_reviews(desk)) == before


def test_form_post_without_csrf_token_is_rejected(desk: Desk, context) -> None:  # noqa: ANN001
    page = context.new_page()
    _login(page, desk, "erin")
    page.goto(f"{desk.url}/runs/{desk.xss_run}")
    claim_id = page.locator("section.claim").first.get_attribute("data-claim-id")
    target = f"{desk.url}/runs/{desk.xss_run}/claims/{claim_id}/review"
    before = len(_reviews(desk))
    for form in ({"action": "accept"}, {"action": "accept", "csrf_token": "forged"}):
        r = page.request.post(target, form=form, max_redirects=0)
        assert r.status == 403
        assert "CSRF token is missing or wrong" in r.text()
    assert len(_reviews(desk)) == before
    r = page.request.post(f"{desk.url}/logout", form={}, max_redirects=0)
    assert r.status == 403
    fresh = context.browser.new_context()
    try:  # the login form is protected too
        r = fresh.request.post(f"{desk.url}/login", form={"name": "erin", "password": PASSWORD}, max_redirects=0)
        assert r.status == 403
    finally:
        fresh.close()


def _assert_inert(page) -> None:  # noqa: ANN001
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.evaluate("document.scripts.length") == 0
    assert page.locator(".article img").count() == 0
    text = page.locator(".article").inner_text()
    assert "<script>window.__xss = 'script'; alert('script')</script>" in text
    assert """<img src=x onerror="window.__xss = 'onerror'; alert('onerror')">""" in text


def test_script_and_onerror_payloads_render_inert(desk: Desk, context, monkeypatch) -> None:  # noqa: ANN001
    dialogs: list[str] = []
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    _login(page, desk, "erin")
    page.goto(f"{desk.url}/runs/{desk.xss_run}")
    assert page.locator("h1").inner_text() == "Desk test <script>window.__xss = 'title'</script>"
    # the editor's own note is untrusted too
    panel = page.locator("section.claim").first
    panel.locator("textarea[name=note]").fill("<img src=x onerror=\"window.__xss='note'\">")
    panel.locator("button[value=accept]").click()
    page.wait_for_load_state()
    page.reload()
    assert "Note: <img src=x onerror=\"window.__xss='note'\">" in page.locator(".review-box").first.inner_text()
    _assert_inert(page)
    assert page.locator("section.claim img").count() == 0

    from factdesk.cli import main

    monkeypatch.setenv("FACTDESK_DATABASE_URL", desk.db_url)
    out = desk.tmp / "xss-report.html"
    assert main(["report", desk.xss_run, "-o", str(out)]) == 0
    page.goto(out.as_uri())
    _assert_inert(page)
    assert "Note: <img src=x onerror=\"window.__xss='note'\">" in page.locator(".review-box").first.inner_text()
    assert dialogs == []


def test_queue_filters(desk: Desk, context) -> None:  # noqa: ANN001
    page = context.new_page()
    _login(page, desk, "vic")
    assert page.locator("table.queue tbody tr").count() >= 2
    page.fill("input[name=source]", "xss-draft")
    page.click("form.filters button")
    rows = page.locator("table.queue tbody tr")
    assert rows.count() == 1 and "xss-draft.md" in rows.first.inner_text()
    assert page.url == f"{desk.url}/?q=&label=&status=&assignee=&date_from=&date_to=&source=xss-draft"
    page.goto(f"{desk.url}/?date_to=2020-01-01")
    assert page.locator("table.queue tbody tr").inner_text().startswith("No documents match.")
    page.goto(f"{desk.url}/?label=supported&date_from=2023-12-12&date_to=2023-12-12")
    assert page.locator("table.queue tbody tr").count() == 2
    resp = page.goto(f"{desk.url}/?date_from=yesterday")
    assert resp.status == 400
    assert page.locator("p.flash").inner_text() == "the from date must be YYYY-MM-DD, not 'yesterday'"


def test_document_link_opens_its_latest_run(desk: Desk, context) -> None:  # noqa: ANN001
    page = context.new_page()
    _login(page, desk, "vic")
    page.goto(f"{desk.url}/documents/1")
    assert re.fullmatch(rf"{desk.url}/runs/[0-9a-f]{{32}}", page.url)
    assert page.locator("h1").inner_text() == "Biden tells supporters Israel faces hard choices as differences " \
                                               "with Netanyahu grow"
    assert page.goto(f"{desk.url}/documents/999").status == 404
    assert page.goto(f"{desk.url}/runs/{'0' * 32}").status == 404
    assert page.goto(f"{desk.url}/no/such/page").status == 404
    resp = page.goto(f"{desk.url}/documents/x")
    assert resp.status == 400 and page.locator("p.flash").inner_text() == "Invalid request: path.document_id"
