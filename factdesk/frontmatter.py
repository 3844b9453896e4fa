"""A reader for the front matter drafts actually carry, without importing PyYAML.

Nearly every draft's front matter is a few ``key: value`` lines (``date: 2023-12-12``,
``title: "..."``). Importing PyYAML and running its pure-Python loader cost more than
checking a short draft's dates, so this module reads that subset itself and answers
exactly what ``yaml.safe_load`` answers for it:

- ``key: value`` lines with a plain key (letters, digits, ``_`` and ``-``), blank lines
  and ``#`` comment lines; a key without a value is ``None``; a repeated key keeps the last value;
- values: an ISO date ``YYYY-MM-DD`` (a ``datetime.date``; an impossible date raises
  ``ValueError`` as PyYAML does), a decimal integer, a quoted string without escapes or
  inner quotes, or a plain one-line string that YAML 1.1 does not read as anything else.

Anything else (lists, nesting, times, floats, ``yes``/``no``, anchors, escapes, a key
with a colon such as ``article:published_time``) returns ``None``, and the caller hands
the text to PyYAML. ``tests/test_frontmatter.py`` compares the two on generated input.
"""

from __future__ import annotations

import datetime as dt
import re

_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?:[ ]+(.*?))?[ ]*")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_INT = re.compile(r"0|[1-9][0-9]{0,17}")
# starts with a letter; no YAML indicator (: # & * ! | > % @ ` { } [ ] , ") that could change its meaning
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 .()/?'’\-]*")
_QUOTED = re.compile(r"\"([^\"\\]*)\"|'([^']*)'")
# YAML 1.1 words PyYAML resolves to booleans or null
_RESERVED = {"yes", "no", "true", "false", "on", "off", "null", "y", "n"}


def read(text: str) -> dict[str, object] | None:
    """The mapping ``yaml.safe_load(text)`` gives, or ``None`` when ``text`` is outside the subset."""
    out: dict[str, object] = {}
    for line in text.split("\n"):
        line = line.removesuffix("\r")
        if not line.strip(" ") or line.startswith("#"):
            continue
        m = _LINE.fullmatch(line)
        if m is None:
            return None
        key, raw = m.group(1), m.group(2)
        if key.lower() in _RESERVED:  # a key PyYAML reads as a boolean or null
            return None
        if raw is None or raw == "":
            out[key] = None
            continue
        value = _value(raw)
        if value is _OUTSIDE:
            return None
        out[key] = value
    return out or None  # nothing but comments: PyYAML reads that as None, not a mapping


_OUTSIDE = object()


def _value(raw: str) -> object:
    if (d := _DATE.fullmatch(raw)) is not None:
        return dt.date(int(d.group(1)), int(d.group(2)), int(d.group(3)))  # ValueError like PyYAML
    if _INT.fullmatch(raw):
        return int(raw)
    if (q := _QUOTED.fullmatch(raw)) is not None:
        return q.group(1) if q.group(1) is not None else q.group(2)
    if _PLAIN.fullmatch(raw) and raw.lower() not in _RESERVED and "  " not in raw:
        return raw
    return _OUTSIDE
