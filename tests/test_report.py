"""``factdesk report``: one self-contained HTML file, the article text exact and escaped,
every claim highlighted at its span with a text label, a panel per claim."""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import SAMPLE
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select
from test_review_store import PASSWORD, make_report, store

from factdesk.cli import main
from factdesk.ingest import FRONT_MATTER, read_document
from factdesk.review.accounts import add_user
from factdesk.review.render import render_report_html
from factdesk.review.reviews import add_review
from factdesk.review.view import ClaimView, from_run, split_text
from factdesk.settings import Settings
from factdesk.store.db import get_engine
from schemas.review import UserRow
from schemas.tables import RunRow


class Article(HTMLParser):
    """The article as a reader sees it: text pieces with the highlight class, and the labels."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside div.article
        self.mark: str | None = None
        self.in_tag = False
        self.pieces: list[tuple[str, str | None]] = []
        self.tags: list[str] = []
        self.elements: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        cls = dict(attrs).get("class") or ""
        if self.depth:
            self.elements.append(tag)
            self.depth += 1
            if tag == "mark":
                self.mark = cls
            if tag == "a" and "tag" in cls.split():
                self.in_tag = True
                self.tags.append("")
        elif tag == "div" and cls == "article":
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            if tag == "mark":
                self.mark = None
            if tag == "a":
                self.in_tag = False

    def handle_data(self, data: str) -> None:
        if not self.depth:
            return
        if self.in_tag:
            self.tags[-1] += data
        else:
            self.pieces.append((data, self.mark))

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.pieces)


def parse(html: str) -> Article:
    a = Article()
    a.feed(html)
    return a


def test_report_of_a_path_checks_stores_and_highlights_every_claim(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    # what `factdesk check` finds in the sample is what the report must show
    assert main(["check", "--no-store", "--format", "json", str(SAMPLE)]) == 1
    found = sorted(json.loads(capsys.readouterr().out)["documents"][0]["claims"], key=lambda c: (c["start"], c["end"]))
    labels = [c["verdict"] for c in found]
    assert labels.count("refuted") == 1 and len(found) == 9
    out = tmp_path / "report.html"
    assert main(["report", str(SAMPLE), "-o", str(out)]) == 0
    counts = ", ".join(f"{labels.count(lb)} {lb}" for lb in ("refuted", "conflicting", "unverified", "supported")
                       if labels.count(lb))
    line = capsys.readouterr().out
    run_id = re.fullmatch(rf"wrote .*report\.html \({len(found)} claims: {counts}; run ([0-9a-f]{{32}})\)\n",
                          line).group(1)
    with Session(get_engine(Settings().database_url)) as s:  # stored like `factdesk check`
        assert s.exec(select(RunRow.id)).all() == [run_id]
    html = out.read_text(encoding="utf-8")
    doc, _ = read_document(SAMPLE)
    article = parse(html)
    body = FRONT_MATTER.match(doc.text).end()
    assert article.text == doc.text[body:]  # the whole article, nothing added or lost; front matter apart
    assert '<dt>title</dt><dd>Biden tells supporters Israel faces hard choices as differences with Netanyahu grow' \
        '</dd><dt>date</dt><dd>2023-12-12</dd>' in html  # shown as metadata
    assert set(article.elements) == {"mark", "a"}
    # a text label right after each claim's span, in text order; numbered in order of the spans
    numbered = list(enumerate(found, start=1))
    assert article.tags == [f"[{n} {c['verdict'].upper()}]" for n, c in sorted(numbered, key=lambda x: (x[1]["end"],
                                                                                                           x[0]))]
    # every character of every claim is highlighted, and nothing else is
    offset, highlighted = body, set()
    for text, cls in article.pieces:
        if cls:
            highlighted.update(range(offset, offset + len(text)))
        offset += len(text)
    assert highlighted == {i for c in found for i in range(c["start"], c["end"])}
    # the refuted name: its own highlight, label and panel
    n, blinken = next((n, c) for n, c in numbered if c["verdict"] == "refuted")
    assert (blinken["text"], blinken["start"]) == ("Anthony Blinken", doc.text.index("Anthony Blinken, have"))
    offset, marked = body, []
    for text, cls in article.pieces:
        if cls:
            marked.append((offset, offset + len(text), cls))
        offset += len(text)
    assert (blinken["start"], blinken["end"], "v-refuted") in marked
    assert html.count(f'<section class="claim c-refuted" id="claim-{n}">') == 1
    at = html.index(f'id="claim-{n}"')
    panel = html[at:html.index("</section>", at)]
    assert "<q>Anthony Blinken</q>" in panel
    assert "<dt>Correction</dt><dd><strong>Antony Blinken</strong></dd>" in panel
    assert "looks like a misspelling of Antony Blinken" in panel
    assert 'href="https://tt.usembassy.gov/meet-americas-new-secretary-of-state-antony-blinken/"' in panel
    # what the verdict rests on: the record's own words, its address, tier and date, each address once
    assert "<blockquote class=\"quote\">name: Antony Blinken</blockquote>" in panel
    assert "Record <code>gaza-un-2023-2024@2026.11.23 person:antony-blinken</code> · retrieved 2026-11-23" in panel
    assert panel.count("https://tt.usembassy.gov/meet-americas-new-secretary-of-state-antony-blinken/</a>") == 1
    # re-sourced (issue 12): the US embassy's page, an official site, replaced who2.com
    assert '<span class="tier t-primary">primary</span> <a href="https://tt.usembassy.gov/' in panel
    # "what to fix" comes first, with the correction and the line
    fix = html[html.index('<section class="fix"'):html.index("</section>", html.index('<section class="fix"'))]
    assert html.index('<section class="fix"') < html.index('<ul class="summary"') < html.index('<div class="article"')
    assert re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", fix)).strip() == \
        f"What to fix line {blinken['line']} refuted Anthony Blinken → Antony Blinken"
    summary = html[html.index('<ul class="summary"'):html.index("</ul>")]
    assert re.findall(r'l-(\w+)">\w+</span> (\d+)', summary) == [
        (lb, str(labels.count(lb))) for lb in ("refuted", "conflicting", "unverified", "supported")]
    assert f"run {run_id}" in html


def test_report_is_self_contained(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    assert main(["report", str(SAMPLE), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "<link" not in html.lower() and "@import" not in html
    assert not re.search(r"\bsrc\s*=", html)
    assert re.search(r"url\(", html) is None
    assert "<style>" in html and "mark.v-refuted" in html
    assert "Content-Security-Policy\" content=\"default-src 'none'" in html


def test_untrusted_article_text_is_escaped() -> None:
    text = ('<script>alert(1)</script> Secretary of State Anthony Blinken <img src=x onerror=alert(2)> '
            '"quoted" & </div></mark><style>')
    report = make_report(text, [("name", "Anthony Blinken", "refuted")], title="<b>title</b>",
                         origin='x"><script>.md')
    html = render_report_html(report)
    assert "<script>alert" not in html and "<img" not in html and "<b>title" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert parse(html).text == text
    assert parse(html).elements == ["mark", "a"]


def test_evidence_links_are_only_http() -> None:
    report = make_report("Anthony Blinken", [("name", "Anthony Blinken", "refuted")])
    report.claims[0].verdict.evidence[0].url = "javascript:alert(1)"
    html = render_report_html(report)
    assert 'href="javascript' not in html
    assert "<span>javascript:alert(1)</span>" in html
    assert "Checker's excerpt (pack@1) · retrieved 2026-11-20" in render_report_html(make_report("Anthony Blinken",
                                                                    [("name", "Anthony Blinken", "refuted")]))


def _claim(number: int, start: int, end: int, text: str, label: str) -> ClaimView:
    return ClaimView(number=number, id=None, kind="name", start=start, end=end, line=1, text=text, label=label,
                     correction=None, rationale="", confidence=1.0, checker="t@1", evidence=[])


def test_overlapping_claims_share_pieces_and_bad_spans_are_not_highlighted() -> None:
    text = "The vote saw Washington exercise its veto today."
    outer = _claim(1, 4, 41, text[4:41], "supported")
    inner = _claim(2, 13, 41, text[13:41], "refuted")
    wrong = _claim(3, 0, 3, "Tha", "refuted")  # text does not match the span
    pieces = split_text(text, [outer, inner, wrong])
    assert [(p.text, p.label, p.numbers) if p.tag is None else ("TAG", p.tag.number) for p in pieces] == [
        ("The ", None, ()),
        ("vote saw ", "supported", (1,)),
        ("Washington exercise its veto", "refuted", (1, 2)),
        ("TAG", 1), ("TAG", 2),
        (" today.", None, ()),
    ]


def test_report_of_a_stored_run_shows_the_editors_decision(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Session(get_engine(Settings().database_url)) as s:
        run = store(s, make_report("Secretary of State Anthony Blinken spoke.",
                                   [("name", "Anthony Blinken", "refuted")], published=dt.date(2024, 1, 2)))
        add_user(session=s, name="erin", role="editor", password=PASSWORD)
        erin = s.exec(select(UserRow)).one()
        cid = from_run(session=s, run_id=run).claims[0].id
        add_review(session=s, run_id=run, claim_id=cid, user=erin, action="override", label="supported",
                   correction=None, note="house style")
    out = tmp_path / "run.html"
    assert main(["report", run, "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"wrote {out} (1 claim: 1 refuted; run {run})\n"
    html = out.read_text(encoding="utf-8")
    assert parse(html).tags == ["[1 SUPPORTED]"]
    assert "<strong>Editor: supported</strong> (overridden from refuted) by erin" in html
    assert "Note: house style" in html


@pytest.mark.parametrize("argv, message", [
    (["report", "missing.md", "-o", "r.html"], "missing.md: no such file, and not a run id (32 hex digits)"),
    (["report", "0" * 32, "-o", "r.html"], f"no run '{'0' * 32}'"),
    (["report", str(SAMPLE)], "the following arguments are required: -o/--output"),
    (["report", str(SAMPLE), "-o", "no/such/dir/r.html"],
     "no/such/dir/r.html: the directory no/such/dir does not exist"),
])
def test_bad_input_is_one_line_and_exit_2(argv: list[str], message: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    assert capsys.readouterr().err == f"factdesk: error: {message}\n"
    assert list(tmp_path.glob("*.html")) == []


def test_binary_input_stores_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "b.md"
    bad.write_bytes(b"\x00\x01\x02binary")
    assert main(["report", str(bad), "-o", str(tmp_path / "r.html")]) == 2
    assert capsys.readouterr().err == f"factdesk: error: {bad}: binary file (contains NUL bytes)\n"
    assert not (tmp_path / "r.html").exists()


def test_flow_report_goes_beside_the_sqlite_database_unless_configured(tmp_path: Path) -> None:
    from factdesk.review.artifact import report_dir
    from factdesk.review.render import write_report

    assert report_dir(Settings(database_url=f"sqlite:///{tmp_path}/x/f.db", report_dir="")) == tmp_path / "x/reports"
    assert report_dir(Settings(report_dir=str(tmp_path / "r"))) == tmp_path / "r"
    report = make_report("Anthony Blinken", [("name", "Anthony Blinken", "refuted")])
    report.run_id = "a" * 32
    path = write_report(report, tmp_path / "out")
    assert path == tmp_path / "out" / f"{'a' * 32}.html"
    assert parse(path.read_text(encoding="utf-8")).tags == ["[1 REFUTED]"]


@st.composite
def _text_and_spans(draw: st.DrawFn) -> tuple[str, list[ClaimView]]:
    text = draw(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=80))
    claims = []
    for i in range(draw(st.integers(0, 5))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        label = draw(st.sampled_from(["supported", "refuted", "unverified", "conflicting"]))
        claims.append(_claim(i + 1, start, end, text[start:end], label))
    return text, claims


@settings(max_examples=150, deadline=None)
@given(_text_and_spans())
def test_any_text_and_spans_render_exactly(case: tuple[str, list[ClaimView]]) -> None:
    text, claims = case
    pieces = split_text(text, claims)
    assert "".join(p.text for p in pieces if p.tag is None) == text
    offset = 0
    for p in pieces:  # every character is in exactly the claims whose span holds it
        if p.tag is None:
            for c in claims:
                inside = c.start <= offset and offset + len(p.text) <= c.end
                assert (c.number in p.numbers) == inside
            offset += len(p.text)
    assert sorted(p.tag.number for p in pieces if p.tag) == [c.number for c in claims]
