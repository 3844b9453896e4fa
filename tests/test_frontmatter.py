"""The small front-matter reader answers exactly what yaml.safe_load answers, or steps aside."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factdesk import frontmatter
from factdesk.ingest import parse_bytes

KEYS = st.sampled_from(["date", "title", "published", "author", "tags", "x-id", "_k", "on", "No", "a:b", "Title 2"])
VALUES = st.one_of(
    st.sampled_from([
        "2023-12-12", "2023-2-3", "2023-12-12T10:00:00Z", "2023-12-12 10:00", "12", "007", "1_000", "1.5",
        "-3", "yes", "Off", "null", "~", "y", "'single'", "\"double\"", "\"esc \\\" q\"", "'it''s'", "[a, b]",
        "{a: 1}", "&anchor x", "*ref", "!!str 5", "| block", "> fold", "a: b", "a # comment", "#tag",
        "Biden’s plan (draft)", "What now?", "a  b", "A/B test", ".inf", "0x1F", "1:30", "- item",
    ]),
    st.text(alphabet="abcXY09 .-'\":#,[]{}?!&*|>%@`", max_size=12),
)
LINES = st.one_of(
    st.tuples(KEYS, VALUES).map(lambda kv: f"{kv[0]}: {kv[1]}"),
    KEYS.map(lambda k: f"{k}:"),
    st.sampled_from(["", "# a comment", "  indented: 1", "plain", "key:value", "\tkey: 1", "- a", "k: v\r"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=6))
def test_same_answer_as_pyyaml_or_none(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        mine = frontmatter.read(text)
    except ValueError:
        with pytest.raises(ValueError):
            yaml.safe_load(text)
        return
    if mine is not None:
        assert mine == yaml.safe_load(text)
        assert [type(v) for v in mine.values()] == [type(v) for v in yaml.safe_load(text).values()]


def test_the_usual_front_matter_is_read_without_pyyaml() -> None:
    text = ('title: "Washington: a veto"\ndate: 2023-12-12\nauthor: Jane O’Neil\n# a comment\n\n'
            "slug: us-veto\nissue: 42\ndraft:")
    assert frontmatter.read(text) == {
        "title": "Washington: a veto", "date": dt.date(2023, 12, 12), "author": "Jane O’Neil",
        "slug": "us-veto", "issue": 42, "draft": None,
    }


@pytest.mark.parametrize("text", ["tags: [a, b]", "date: 2023-12-12T10:00:00Z", "article:published_time: 2023-12-12",
                                  "ok: yes", "n: 1.5", "a:\n  b: 1", "title: 'it''s'"])
def test_outside_the_subset_is_left_to_pyyaml(text: str) -> None:
    assert frontmatter.read(text) is None


def test_impossible_date_is_still_an_input_error() -> None:
    with pytest.raises(Exception, match="malformed front matter"):
        parse_bytes(b"---\ndate: 2023-02-30\n---\nText.\n", "d.md")


def test_documents_read_the_same_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = b"---\ndate: 2023-12-12\ntitle: \"A veto\"\n---\nThe United States vetoed the draft.\n"
    fast, _ = parse_bytes(raw, "d.md")
    monkeypatch.setattr(frontmatter, "read", lambda text: None)  # force PyYAML
    slow, _ = parse_bytes(raw, "d.md")
    assert fast == slow
    assert (fast.published, fast.title) == (dt.date(2023, 12, 12), "A veto")
