"""The attempts extractor: a count of the Security Council's failed attempts to act ("after four failed
attempts", "after four unsuccessful attempts to take action last month", "failed to agree on a resolution
after four attempts over the past two weeks", "failed in four attempts"), with the window the sentence
gives; and ordinals of such attempts or vetoes ("the fourth resolution ... to fail this week", "This
marks the fifth instance ... that the US has blocked such a resolution", "vetoed ... for the third
time", "trying for a fifth time"), which are found and never counted. Examples: ``attempts.yaml``."""

from __future__ import annotations

import re

from factdesk import rxcache, rxgate
from factdesk.claimtypes.base import Extractor
from factdesk.extract.numbers import words_to_int
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found
from schemas.contracts import ClaimKind

_NUM = r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ORD = r"(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
ORDINALS = {w: i for i, w in enumerate(
    ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"), start=2)}
#: "after four failed attempts" (AP via Yahoo and ABC Australia, 15-16 Nov 2023), "after four unsuccessful
#: attempts to take action last month" (Barlaman Today, tests/realcorpus 017; Spotlight Nepal, 16 Nov 2023),
#: "failed to agree on a resolution after four attempts over the past two weeks" (AP via Ahram Online,
#: tests/realcorpus 027), "failed in four attempts during the past two weeks" (AP via Fortune, 026)
_COUNT = rxgate.compile(
    rf"(?<![\w-])(?:after\s+{_NUM}\s+(?:previous\s+|earlier\s+|prior\s+)?(?:failed|unsuccessful)\s+"
    rf"(?:attempts|tries|bids)"
    rf"|failed\s+(?:to\s+(?:agree|act|reach)\b[^,.;:]{{0,60}}?\s+)?(?:after|in)\s+{_NUM.replace('<n>', '<n2>')}\s+"
    rf"(?:attempts|tries|bids))"
    rf"(?![\w-])", re.I)
#: ordinals: "It was the fourth resolution related to the Israel-Hamas war to fail this week" (Global
#: Economic Report, 013), "This marks the fifth instance since the outbreak of conflict in October 2023 that
#: the US has blocked such a resolution" (OyeYeah, 101), "has blocked a proposed ceasefire resolution ... for
#: the fourth time" (Reuters via aderonkebamidele.com, Nov 2024), "vetoed a draft resolution ... for the third
#: time" (Middle East Monitor, 21 Feb 2024), "It was the sixth time the US had cast a veto" (GDN Online,
#: 2025), "trying for a fifth time" (AP via Yahoo and ABC Australia, Nov 2023)
_ORDINAL = rxgate.compile(
    rf"(?<![\w-])(?:for\s+)?(?:the|a)\s+{_ORD}\s+(?:(?:council|UN|U\.N\.|Security\s+Council)\s+)?"
    rf"(?:time|instance|attempt|resolution|draft)(?![\w-])", re.I)
#: an ordinal counts Council attempts or vetoes only in a sentence about them
_ABOUT_VOTES = rxcache.compile(r"\b(?:veto|vetoe?d|vetoes|blocked|to\s+fail|failed|rejected|attempt|council)", re.I)
_WINDOW = (
    ("last_month", rxcache.compile(r"^[^.;:]{0,40}?\b(?:last|the\s+previous)\s+month\b", re.I)),
    ("this_week", rxcache.compile(r"^[^.;:]{0,40}?\bthis\s+week\b", re.I)),
    ("days", rxcache.compile(r"^[^.;:]{0,40}?\b(?:over|during|in|within)\s+the\s+(?:past|last)\s+(?P<n>\d{1,2}|two|"
                             r"three|four|five|six|seven|ten)\s+(?P<unit>days|weeks)\b", re.I)),
)
_GAZA = rxcache.compile(r"\b(?:Gaza|Israel|Hamas|Palestin)")


def _window(sentence: Sentence, end: int) -> tuple[str, int]:
    """The window the words after the count give, and where those words end."""
    rest = sentence[end:]
    for name, pat in _WINDOW:
        m = pat.match(rest)
        if m is None:
            continue
        if name == "days":
            word = m["n"] or m["n2"]
            n = int(word) if word.isdigit() else words_to_int(word) or 0
            return f"days:{n * (7 if m['unit'].lower() == 'weeks' else 1)}", end + m.end()
        return name, end + m.end()
    if any(_GAZA.search(t) for t in (sentence, sentence.context, sentence.headline)):
        return "gaza", end
    return "", end


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    found: list[Found] = []
    if _COUNT.may_match(sentence):
        for m in _COUNT.finditer(sentence):
            word = m["n"] or m["n2"]
            n = int(word) if word.isdigit() else words_to_int(word)
            if not n:
                continue
            window, end = _window(sentence, m.end())
            found.append(Found(ClaimKind.statement, sentence.start + m.start(), sentence.start + end,
                               {"count": n, "window": window, "said": " ".join(sentence[m.start():end].split())},
                               "statement.attempts"))
    if not found and _ORDINAL.may_match(sentence) and _ABOUT_VOTES.search(sentence):
        for m in _ORDINAL.finditer(sentence):
            found.append(Found(ClaimKind.statement, sentence.start + m.start(), sentence.start + m.end(),
                               {"count": ORDINALS[m["ord"].lower()], "ordinal": True,
                                "said": " ".join(m.group(0).split())}, "statement.attempts"))
    return found


EXTRACTOR = Extractor(id="attempts", order=147, find=find,
                      help="How many times the Security Council failed to act (\"after four failed attempts\").")
