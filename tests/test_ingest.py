"""Reading documents: formats, publication date, span mapping, input errors (factdesk.ingest)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import bundled_refs as refs

from factdesk.errors import InputError
from factdesk.extract import extract
from factdesk.ingest import parse_bytes, read_document


def spans(raw: bytes, origin: str, published: dt.date | None = None) -> list[tuple[str, int, int, str]]:
    doc, view = parse_bytes(raw, origin, published=published)
    out = []
    for c in extract(doc, view, refs()):
        assert doc.text[c.start : c.end] == c.text
        out.append((c.kind.value, c.start, c.end, c.text))
    return out


def test_front_matter_date_and_title_used() -> None:
    raw = b"---\ntitle: Veto\ndate: 2023-12-12\n---\nThe Security Council vote on Friday was 13-1-1.\n"
    doc, view = parse_bytes(raw, "draft.md", published=dt.date(2020, 1, 1))
    assert (doc.format, doc.published, doc.published_source, doc.title) == (
        "markdown",
        dt.date(2023, 12, 12),
        "front_matter",
        "Veto",
    )
    assert len(view.text) == len(doc.text)
    assert view.text.startswith("   \n")
    assert raw.decode().index("13-1-1") == 77
    assert spans(raw, "draft.md") == [("vote", 63, 83, "on Friday was 13-1-1"), ("vote", 77, 83, "13-1-1")]


def test_front_matter_datetime_published_key() -> None:
    doc, _ = parse_bytes(b"---\npublished: 2023-12-12T08:00:00Z\n---\nBody.", "a.md")
    assert (doc.published, doc.published_source) == (dt.date(2023, 12, 12), "front_matter")


def test_flag_date_then_today() -> None:
    doc, _ = parse_bytes(b"Plain text.", "a.txt", published=dt.date(2023, 1, 2))
    assert (doc.format, doc.published, doc.published_source) == ("text", dt.date(2023, 1, 2), "flag")
    doc, _ = parse_bytes(b"Plain text.", "a.txt")
    assert (doc.published, doc.published_source) == (dt.date.today(), "today")


def test_front_matter_detected_in_txt_file() -> None:
    doc, _ = parse_bytes(b"---\ndate: 2023-12-12\n---\nBody.", "notes.txt")
    assert (doc.format, doc.published) == ("markdown", dt.date(2023, 12, 12))


def test_bom_removed_and_spans_index_text() -> None:
    raw = "\ufeff---\ndate: 2023-12-12\n---\nSecretary of State Anthony Blinken spoke.".encode()
    assert spans(raw, "a.md") == [
        ("person_role", 25, 59, "Secretary of State Anthony Blinken"),
        ("name", 44, 59, "Anthony Blinken"),
    ]


def test_markdown_link_target_and_emphasis_hidden() -> None:
    raw = (b"---\ndate: 2023-12-12\n---\nSee [Secretary of State Anthony Blinken](http://x.com/13-1-1) and "
           b"**Anthony Blinken**.")
    assert spans(raw, "a.md") == [
        ("person_role", 30, 64, "Secretary of State Anthony Blinken"),
        ("name", 49, 64, "Anthony Blinken"),
        ("name", 93, 108, "Anthony Blinken"),
    ]


def test_crlf_text_spans() -> None:
    raw = b"Secretary of State Anthony Blinken spoke.\r\nThe Security Council vote was 13-1-1.\r\n"
    assert spans(raw, "a.txt", dt.date(2023, 12, 12)) == [
        ("person_role", 0, 34, "Secretary of State Anthony Blinken"),
        ("name", 19, 34, "Anthony Blinken"),
        ("vote", 73, 79, "13-1-1"),
    ]


def test_html_visible_text_and_meta() -> None:
    raw = (
        b"<html><head><meta property='article:published_time' content='2023-12-12T10:00:00Z'>"
        b"<meta property='og:title' content='Veto'><style>p{}</style></head><body>"
        b"<p>The <b>Security Council</b> vote was 13-1-1.</p></body></html>"
    )
    doc, view = parse_bytes(raw, "a.html")
    assert (doc.format, doc.published, doc.published_source, doc.title) == (
        "html",
        dt.date(2023, 12, 12),
        "front_matter",
        "Veto",
    )
    assert view.text == "The Security Council vote was 13-1-1.\n"
    at = raw.decode().index("13-1-1")
    assert spans(raw, "a.html") == [("vote", at, at + 6, "13-1-1")]


def test_html_entities_keep_later_spans_aligned() -> None:
    raw = b"<p>Gaza &amp; the UN&#8217;s Security Council vote was 13-1-1.</p>"
    doc, view = parse_bytes(raw, "a.html", published=dt.date(2023, 12, 12))
    assert view.text == "Gaza & the UN\u2019s Security Council vote was 13-1-1.\n"
    assert spans(raw, "a.html", dt.date(2023, 12, 12)) == [("vote", 55, 61, "13-1-1")]


def test_html_name_inside_link_maps_to_source() -> None:
    raw = b"<p>Secretary of State <a href='x'>Anthony Blinken</a> spoke.</p>"
    got = spans(raw, "a.html", dt.date(2023, 12, 12))
    assert got == [("person_role", 3, 49, "Secretary of State <a href='x'>Anthony Blinken"),
                   ("name", 34, 49, "Anthony Blinken")]


def test_doctype_sniffed_as_html_without_suffix() -> None:
    doc, view = parse_bytes(b"<!DOCTYPE html><p>Hi</p>", "page", published=dt.date(2023, 1, 1))
    assert (doc.format, view.text) == ("html", "Hi\n")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "a.md: empty file"),
        (b"  \n\t", "a.md: empty file"),
        (b"ab\x00cd", "a.md: binary file (contains NUL bytes)"),
        (b"\xff\xfeabc", "a.md: not UTF-8 text (bad byte at offset 0)"),
        (b"---\ntitle: [unclosed\n---\nBody\n", "a.md: malformed front matter (line 2)"),
        (b"---\n- a\n- b\n---\nBody\n", "a.md: front matter must be a YAML mapping"),
        (b"---\ntitle: x\nBody with no close\n", "a.md: malformed front matter (no closing '---')"),
        (b"---\ndate: yesterday\n---\nBody\n", "a.md: front matter 'date' is not a YYYY-MM-DD date: 'yesterday'"),
    ],
)
def test_bad_input_raises_input_error(raw: bytes, message: str) -> None:
    with pytest.raises(InputError) as exc:
        parse_bytes(raw, "a.md")
    assert str(exc.value) == message


def test_impossible_front_matter_date_is_input_error() -> None:
    with pytest.raises(InputError):
        parse_bytes(b"---\ndate: 2023-02-30\n---\nBody\n", "a.md")


def test_nbsp_inside_name_still_resolves() -> None:
    raw = b"<p>Secretary of State Anthony&nbsp;Blinken spoke.</p>"
    got = spans(raw, "a.html", dt.date(2023, 12, 12))
    assert got == [("person_role", 3, 42, "Secretary of State Anthony&nbsp;Blinken"),
                   ("name", 22, 42, "Anthony&nbsp;Blinken")]


def test_read_document_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "missing.md")
    with pytest.raises(InputError, match="is a directory"):
        read_document(tmp_path)


def test_read_document_reads_file(tmp_path: Path) -> None:
    p = tmp_path / "d.md"
    p.write_bytes(b"---\ndate: 2023-12-12\n---\nHello.")
    doc, _ = read_document(p)
    assert (doc.origin, doc.published, doc.text) == (
        str(p),
        dt.date(2023, 12, 12),
        "---\ndate: 2023-12-12\n---\nHello.",
    )
