"""statement claims: a known subject with a boolean property ("... are not binding")."""

from __future__ import annotations

import re

from factdesk.extract.types import Found
from factdesk.refs.base import ReferenceBase
from schemas.contracts import ClaimKind

_NEG = re.compile(r"\b(?:not|never|no|n't|cannot)\b|\bnon-?|\bun", re.I)


def find_statements(sentence: str, offset: int, refs: ReferenceBase) -> list[Found]:
    found: list[Found] = []
    for st in refs.statements.values():
        subjects = sorted({st.subject, *st.subject_aliases}, key=len, reverse=True)
        subj = "|".join(re.escape(s) for s in subjects)
        prop = re.escape(st.property)
        # "<subject> are (not) (legally) binding"
        m = re.search(
            rf"(?P<subj>{subj})(?P<mid>\s+(?:are|is|were|was|remain|remains)\s+(?:\w+\s+){{0,3}}?)(?P<pre>non-?|un)?(?P<prop>{prop})\b",
            sentence,
            re.I,
        )
        if m:
            negated = bool(_NEG.search(m.group("mid"))) or bool(m.group("pre"))
            found.append(_claim(st.id, m.start(), m.end(), not negated, offset))
            continue
        # "(non-)binding <subject>"
        m = re.search(rf"(?P<pre>\bnon-?|\bun)?(?P<prop>\b{prop})\s+(?:\w+\s+)?(?P<subj>{subj})", sentence, re.I)
        if m:
            found.append(_claim(st.id, m.start(), m.end(), not bool(m.group("pre")), offset))
    return found


def _claim(sid: str, s: int, e: int, value: bool, offset: int) -> Found:
    return Found(ClaimKind.statement, offset + s, offset + e, {"statement_id": sid, "value": value})
