"""The vote a passage is about: what earlier sentences identified (body, date, subject,
proposer), so that "The 12-1-2 vote" in a later sentence is read as the same vote."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from factdesk import rxgate
from factdesk.extract.dates import DateRange
from factdesk.extract.vote_clauses import BODY_VERB, _usable_dates
from factdesk.extract.vote_grammar import RESOLUTION_RE, VOTE_WORD, _proposer

_AMENDMENT = rxgate.compile(r"\bamendments?\b", re.I)
_RES_OR_TEXT = rxgate.compile(r"\b(?:resolution|text)\b")
_CAME_AFTER = re.compile(r"\b(?:came|comes|follows|followed)\s+(?:\w+\s+){0,3}?after\b[^.;]*$", re.I)
_OTHER_ACT = re.compile(r"\b(?:application|request|letter|bid|appeal)\s+"
                        r"(?:submitted|filed|sent|written|lodged|delivered)"
                        r"(?:\s+by\s+[^,.;]{1,40}?)?\s+(?:in|on)?\s*$", re.I)


#: a sentence that names another vote as the source of a text's wording is about that text, not
#: about the vote it names: "The language, he said, repeats the General Assembly's resolution, adopted
#: by a majority on 26 October." (realcorpus 016, SC/15496: the Russian amendment to resolution 2712
#: voted next); "The language of the resolution closely mirrored that of a text vetoed by China and the
#: Russian Federation in the Security Council two weeks earlier." (GA/11207, 16 February 2012)
#: "... an oral amendment ... — language contained in the UN General Assembly resolution adopted on
#: October 27" (IANS via Mangalorean, 16 Nov 2023, of the Russian amendment to resolution 2712)
_LANGUAGE_OF = rxgate.compile(r"\blanguage\b[^.;]{0,60}?\b(?:repeat|mirror|echo|reproduc|contain)\w*\b", re.I)


def language_of_at(sentence: str) -> int | None:
    """Where the words naming another vote as the source of a text's wording begin, if any."""
    m = _LANGUAGE_OF.search(sentence)
    return m.start() if m else None


def cites_language_of(sentence: str) -> bool:
    """Whether the sentence names a vote only as the source of a text's wording."""
    return bool(_LANGUAGE_OF.search(sentence))


@dataclass
class VoteContext:
    """The vote a passage is about, carried from sentence to sentence: "Britain
    abstained." names no body or date, the sentence before does."""

    body: str | None = None
    date: DateRange | None = None
    proposer: str | None = None
    resolution: str | None = None
    amendment: bool = False
    subject: str = ""
    own: bool = False  # identified by the current sentence itself
    lead: dict | None = None  # the first identified vote of the document
    age: int = 0  # sentences since the vote was last identified
    feats: dict | None = None  # outcome, vetoers, tally stated where the vote was identified

    def snapshot(self) -> VoteContext:
        return VoteContext(self.body, self.date, self.proposer, self.resolution, self.amendment, self.subject,
                           self.own, self.lead, self.age, self.feats)

    def restore(self, other: VoteContext) -> None:
        lead = self.lead
        self.__dict__.update(other.__dict__)
        self.lead = self.lead or lead
        self.own = False

    def is_empty(self) -> bool:
        return self.body is None

    def ident(self) -> dict:
        out = {
            "body": self.body,
            "amendment": self.amendment,
            "proposer": self.proposer,
            "resolution": self.resolution,
            "sentence": self.subject,
        }
        if self.date is not None:
            out.update(
                date_start=self.date.start.isoformat(), date_end=self.date.end.isoformat(), date_text=self.date.text
            )
        return out

    def update(self, sentence: str, body: str | None, pub: dt.date, voteish: bool | None = None) -> None:
        """``voteish``: ``VOTE_WORD.search(sentence) or BODY_VERB.search(sentence)``, when the caller
        has asked already."""
        # "The affirmative vote came after four unsuccessful attempts to take action last month" (017
        # Barlaman Today), "The vote came after UN Secretary-General Antonio Guterres made a rare move on
        # Dec 6" (019 The Straits Times): a date after "came after" is the earlier event's, not the date
        # of the vote the passage is about (a claim of that clause still reads it: tests/corpus 050)
        # "the application submitted in September 2011 by Palestine" (082 PassBlue), "a letter written by
        # Guterres on Wednesday" (034 TRT World): the date of that act, not of a vote
        # only a sentence about a vote or a body's act dates the vote (its dates are read only then)
        dates = [d for d in _usable_dates(sentence, pub)
                 if not (_CAME_AFTER.search(sentence, 0, d.span[0]) or _OTHER_ACT.search(sentence, 0, d.span[0]))
                 ] if (voteish if voteish is not None else (VOTE_WORD.search(sentence) or BODY_VERB.search(sentence))
                       ) else []
        proposer = _proposer(sentence)
        rm = RESOLUTION_RE.search(sentence)
        resolution = (rm.group("num") or rm.group("es") or rm.group("ga")) if rm else None
        amendment = bool(_AMENDMENT.search(sentence))
        if dates or proposer or resolution or (body and body != self.body):
            changed = bool(body and body != self.body)
            self.body = body or self.body
            self.date = dates[0] if dates else (None if changed else self.date)
            self.proposer = proposer
            self.resolution = resolution
            self.amendment = amendment
            self.subject = sentence
            self.own = True
            self.age = 0
            self.feats = None
            if self.lead is None and (self.date or self.resolution):
                self.lead = self.ident()
        else:
            self.own = False
            self.age += 1
            self.amendment = amendment or self.amendment and not _RES_OR_TEXT.search(sentence)
            self.subject = (self.subject + " " + sentence)[-600:]
