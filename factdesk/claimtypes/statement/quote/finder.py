"""Quotations of a recorded statement: 'Biden said: "This is the most right-wing government
in Israel's history."' against the words the sources record for that event.

A quoted passage (five words or more) in a sentence that mentions an event with recorded
``quotes`` (by one of its aliases, or by naming its ``speaker``) becomes a ``statement``
claim when it matches a recorded quote closely: every recorded word but at most a quarter
in order. Words the draft adds before or after the recorded passage are context; words
changed inside it make a misquote.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from factdesk import rxcache
from factdesk.extract.events import event_mentions, people_in
from factdesk.extract.types import Found
from factdesk.refs.base import ReferenceBase, fold
from schemas.contracts import ClaimKind

_QUOTED = rxcache.compile(r"[\"“](?P<q>[^\"“”]{12,400}?)[\"”]")
_WORD = rxcache.compile(r"[a-z0-9]+")
MIN_WORDS = 5


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text).replace("’", "'"))


def compare(said: str, recorded: str) -> tuple[str, str] | None:
    """("same" | "misquote", correction) when ``said`` quotes ``recorded``, else None."""
    a, b = words(said), words(recorded)
    if len(b) < MIN_WORDS or len(a) < 3:
        return None
    sm = SequenceMatcher(None, a, b, autojunk=False)
    ops = sm.get_opcodes()
    matched = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    if matched < 0.75 * min(len(a), len(b)) or matched < 3:
        return None
    # trim the draft's own context before and after the recorded passage
    while ops and ops[0][0] != "equal" and ops[0][3] == ops[0][4]:
        ops = ops[1:]
    while ops and ops[-1][0] != "equal" and ops[-1][3] == ops[-1][4]:
        ops = ops[:-1]
    inner = [op for op in ops if op[0] != "equal"]
    if not inner:
        return "same", ""
    if any(j1 == 0 and tag == "insert" for tag, _, _, j1, _ in inner[:1]) and len(inner) == 1:
        return "same", ""  # the draft quotes only the later part of the recorded words
    if any(j2 == len(b) and tag == "insert" for tag, _, _, _, j2 in inner[-1:]) and len(inner) == 1:
        return "same", ""  # ... or only the earlier part
    lead = ops[0][1] if ops else 0
    context = " ".join(a[:lead])
    fixed = (context[:1].upper() + context[1:] + " " if context else "") + recorded.strip().strip(".")
    return "misquote", fixed


def find_quotes(sentence: str, offset: int, refs: ReferenceBase) -> list[Found]:
    if '"' not in sentence and "“" not in sentence:
        return []
    quoted = refs.memo("quotes.events", lambda: [e for e in refs.events.values() if e.quotes])
    if not quoted:
        return []
    named = {pid for _, _, pid in people_in(sentence, refs)}
    events = {eid for _, eid in event_mentions(sentence, refs)}
    cands = [e for e in quoted if e.id in events or (e.speaker and e.speaker in named)]
    found: list[Found] = []
    if not cands:
        return found  # no recorded words to compare the quotations with
    for m in _QUOTED.finditer(sentence):
        said = m.group("q")
        if len(words(said)) < MIN_WORDS:
            continue
        for e in cands:
            hits = [(r, compare(said, r)) for r in e.quotes]
            hits = [(r, h) for r, h in hits if h is not None]
            if not hits:
                continue
            same = [r for r, h in hits if h[0] == "same"]
            slots = {"event_id": e.id, "quote": said, "same": bool(same),
                     "recorded": same[0] if same else hits[0][0], "correction": "" if same else hits[0][1][1]}
            found.append(Found(ClaimKind.statement, offset + m.start(), offset + m.end(), slots))
            break
    return found
