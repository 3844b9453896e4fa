"""ClaimReview JSON-LD is inert inside ``<script type="application/ld+json">`` (issue 14, case 10).

A title with ``</script><img onerror=...>`` closed the script element it was pasted into and
ran script in Chromium. ``<``, ``>`` and ``&`` are now written as ``\\u003c``, ``\\u003e`` and
``\\u0026``: the same JSON value, and no markup. Checked on ``factdesk export claimreview``
and on the desk's ``/runs/RUN_ID/claimreview.json``, and in a real headless Chromium.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, builtin_checkers, bundled_refs
from sqlmodel import Session, select

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TITLE = '</script><img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script>'
DRAFT = f"""---
title: '{TITLE}'
url: https://example.org/news/blinken?a=1&b=2
date: 2023-12-12
---
Secretary of State Anthony Blinken spoke.
"""
NOTE = "Checked with the desk </script><script>window.__pwned = 3</script> & the wires <!--"


@pytest.fixture
def reviewed_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, str]]:
    from factdesk.ingest import read_document
    from factdesk.pipeline import check_document
    from factdesk.review.accounts import add_user
    from factdesk.review.reviews import add_review
    from factdesk.store.crud import run_report, save_report
    from factdesk.store.db import get_engine
    from schemas.review import UserRow

    url = f"sqlite:///{tmp_path / 'jsonld.db'}"
    monkeypatch.setenv("FACTDESK_DATABASE_URL", url)
    monkeypatch.setenv("FACTDESK_PUBLISHER_NAME", "Desk <Checks> & Co")
    monkeypatch.setenv("FACTDESK_PUBLISHER_URL", "https://example.org")
    monkeypatch.setenv("FACTDESK_CLAIMREVIEW_BASE_URL", "https://example.org/checks")
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    doc, view = read_document(path)
    assert doc.title == TITLE
    report = check_document(doc, view, bundled_refs(), builtin_checkers())
    engine = get_engine(url)
    with Session(engine) as s:
        run_id = save_report(session=s, report=report, reference_version="t", checkers="all")
        add_user(session=s, name="erin", role="editor", password="correct horse battery")
        user = s.exec(select(UserRow)).one()
        _, rows = run_report(session=s, run_id=run_id)
        claim = next(c for c, v, _ in rows if v.label == "refuted")
        add_review(session=s, run_id=run_id, claim_id=claim.id, user=user, action="accept", label=None,
                   correction=None, note=NOTE)
    yield url, run_id
    engine.dispose()


def _export(url: str, run_id: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "factdesk.cli", "export", "claimreview", run_id], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "FACTDESK_DATABASE_URL": url})
    assert (proc.returncode, proc.stderr) == (0, "")
    return proc.stdout


def test_the_export_has_no_markup_characters_and_the_same_values(reviewed_run: tuple[str, str]) -> None:
    out = _export(*reviewed_run)
    assert re.findall(r"[<>&]", out) == []
    assert "\\u003c/script\\u003e" in out and "\\u0026" in out
    item = json.loads(out)["@graph"][0]
    assert item["itemReviewed"]["appearance"][0]["headline"] == TITLE  # the values are unchanged
    assert item["itemReviewed"]["appearance"][0]["url"] == "https://example.org/news/blinken?a=1&b=2"
    assert item["author"]["name"] == "Desk <Checks> & Co"
    assert item["reviewBody"].endswith(NOTE)


def test_the_desk_endpoint_escapes_the_same_way(reviewed_run: tuple[str, str]) -> None:
    import asyncio

    import httpx

    from factdesk.review.app import create_app
    from factdesk.store.db import get_engine

    url, run_id = reviewed_run
    app = create_app(engine=get_engine(url), secret_key="k" * 32)

    async def fetch() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://desk") as client:
            form = (await client.get("/login")).text
            token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
            r = await client.post("/login", data={"name": "erin", "password": "correct horse battery",
                                                  "csrf_token": token, "next": "/"})
            assert r.status_code == 303
            return await client.get(f"/runs/{run_id}/claimreview.json")

    r = asyncio.run(fetch())
    assert r.status_code == 200 and r.headers["content-type"] == "application/ld+json"
    assert re.findall(r"[<>&]", r.text) == []
    assert r.json() == json.loads(_export(url, run_id))


def test_pasted_into_a_script_element_nothing_runs_in_chromium(reviewed_run: tuple[str, str]) -> None:
    from playwright.sync_api import sync_playwright

    out = _export(*reviewed_run)
    page_html = ('<!doctype html><html><head><title>article</title>'
                 f'<script type="application/ld+json">{out}</script></head>'
                 '<body><p id="after">after the JSON-LD</p></body></html>')
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page()
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.set_content(page_html)
            page.wait_for_timeout(300)  # an onerror handler of a broken image runs after load
            assert page.evaluate("window.__pwned") is None
            assert page.evaluate("document.querySelectorAll('img').length") == 0
            assert page.evaluate("document.scripts.length") == 1  # one element, not closed early
            parsed = page.evaluate(
                "JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)")
            assert parsed == json.loads(out)  # search engines read the same values
            assert page.inner_text("#after") == "after the JSON-LD"
            assert dialogs == []
        finally:
            browser.close()
