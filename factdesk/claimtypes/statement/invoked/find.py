"""The invoked extractor: "<actor> invoked Article 99 of the UN Charter", "He invoked Article 99", "by
invoking Article 99". A negated or wished-for invocation ("has not invoked", "urged him to invoke") is
not a claim. Examples and counterexamples: ``invoked.yaml``."""

from __future__ import annotations

import re

from factdesk import rxgate
from factdesk.claimtypes.base import Extractor
from factdesk.extract.sentences import Sentence
from factdesk.extract.types import ExtractState, Found
from schemas.contracts import ClaimKind

_INVOKED = rxgate.compile(
    r"(?:(?P<actor>\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:has\s+|had\s+)?(?=invoked\b|invokes\b)"
    r"|\b(?P<pron>He|he)\s+(?:has\s+|had\s+)?(?=invoked\b)|(?<=\s))"
    r"(?P<verb>invoked|invokes|invoking)\s+(?:the\s+(?:rarely[- ]used\s+|rare\s+|seldom[- ]used\s+)?)?"
    r"(?:Article\s+(?P<article>\d{1,3})\b(?P<of>\s+of\s+the\s+(?:founding\s+)?(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?"
    r"(?:Charter|[Cc]harter))?|(?P<anaphor>the\s+article)\b)"
)
#: the article a "the article" means: "It is the first time the UN chief has invoked the article since taking
#: office in 2017" (The National, tests/realcorpus 031), "The letter represents the first time Guterres has
#: invoked the article since he took over the role of UN secretary-general on January 1, 2017" (Al Jazeera via
#: Tunisie Numerique, Dec 2023), after a sentence that names Article 99
_ARTICLE = re.compile(r"\bArticle\s+(\d{1,3})\b")
#: the sentence says the invocation was the actor's first ("the first time ... has invoked the article")
_FIRST = re.compile(r"\bfirst\s+time\b", re.I)
#: not an invocation that took place: "has not invoked", "urged him to invoke", "could invoke"
_NOT = re.compile(r"\b(?:not|never|n't|whether|if)\s+(?:\w+\s+)?$", re.I)
#: words that are no actor: sentence openers and titles alone
_NO_ACTOR = {"In", "The", "On", "It", "But", "And", "When", "After", "UN", "U.N.", "Secretary-General", "Chief", "He",
             "She", "They"}


def find(sentence: Sentence, st: ExtractState) -> list[Found]:
    found: list[Found] = []
    if not _INVOKED.may_match(sentence):
        return found
    for m in _INVOKED.finditer(sentence):
        if _NOT.search(sentence[: m.start("verb")]):
            continue
        actor = (m.group("actor") or "").strip()
        if actor.split()[0:1] and actor.split()[0] in _NO_ACTOR:
            actor = " ".join(w for w in actor.split() if w not in _NO_ACTOR)
        start = m.start("actor") if m.group("actor") else (m.start("pron") if m.group("pron") else m.start("verb"))
        if m.group("anaphor"):
            named = {int(n) for t in (sentence, sentence.context, sentence.headline) for n in _ARTICLE.findall(t)}
            if len(named) != 1:
                continue  # "the article" of no Charter article named, or of several
            article = named.pop()
        else:
            article = int(m.group("article"))
        slots = {"article": article, "actor": actor, "first": bool(_FIRST.search(sentence)),
                 "said": " ".join(sentence[m.start("verb"): m.end()].split())}
        found.append(Found(ClaimKind.statement, sentence.start + start, sentence.start + m.end(), slots,
                           "statement.invoked"))
    return found


EXTRACTOR = Extractor(id="invoked", order=146, find=find,
                      help="An article of the UN Charter said to have been invoked.")
