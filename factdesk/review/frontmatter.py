"""A Markdown draft's front matter as metadata: shown as a table of fields, never as
article text. The body starts after the closing ``---``; claim offsets stay those of
the whole stored text."""

from __future__ import annotations

import datetime as dt

from factdesk.ingest import FRONT_MATTER

#: values longer than this are cut in the metadata table (the stored text keeps them whole)
MAX_VALUE = 300


def _shown(value: object) -> str:
    if isinstance(value, (list, tuple)):
        text = ", ".join(_shown(v) for v in value)
    elif isinstance(value, dict):
        text = "; ".join(f"{k}: {_shown(v)}" for k, v in value.items())
    elif isinstance(value, (dt.date, dt.datetime)):
        text = value.isoformat()
    else:
        text = str(value)
    return text if len(text) <= MAX_VALUE else text[:MAX_VALUE] + "…"


def split_front_matter(text: str, fmt: str) -> tuple[list[tuple[str, str]], int]:
    """``(fields, body_start)``: the front matter's top-level fields as display strings and
    the offset where the article body starts (0 when there is no front matter)."""
    if fmt != "markdown":
        return [], 0
    m = FRONT_MATTER.match(text)
    if not m:
        return [], 0
    import yaml

    try:
        loaded = yaml.safe_load(m.group(1)) if m.group(1).strip() else {}
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError):
        loaded = None  # stored before ingest validated it: show it raw, still apart from the text
    if not isinstance(loaded, dict):
        return [("front matter", m.group(1)[:MAX_VALUE])], m.end()
    return [(str(k), _shown(v)) for k, v in loaded.items()], m.end()
