"""Proposer claims ("a Brazilian-drafted text", "drafted by the ten elected members") and
whether a sentence names its vote only as background."""

from __future__ import annotations

import datetime as dt
import re

from factdesk import lexicon, rxcache, rxgate
from factdesk.extract.dates import DateRange
from factdesk.extract.types import Found
from factdesk.extract.vote_clauses import BACKGROUND, _body_of, _clauses, _usable_dates
from factdesk.extract.vote_context import VoteContext, language_of_at
from factdesk.extract.vote_grammar import PROPOSER, RESOLUTION_RE, _proposer, may_name_drafter
from factdesk.refs.countries import canonical_country
from schemas.contracts import ClaimKind

_DRAFT = lexicon.role_words("verbs").roles["draft"]
_BY = lexicon.alternation(_DRAFT.forms["by"].words)
#: "drafted by the 10 elected members", "drafted by the council's 10 elected members", "the E10 draft"
E10_BY = rxgate.compile(
    rf"(?P<verb>{_BY})\s+by\s+"
    r"(?:the\s+)?(?:(?:council|Council)'s\s+)?(?:10|ten)\s+(?:elected|non-permanent)\s+(?:council\s+)?members\b"
)
PROPOSER_VERB = rxgate.compile(
    rf"({lexicon.alternation(_DRAFT.forms['by'].words + _DRAFT.forms['compound'].words)})", re.I)
#: a sentence about the vote named just before: "The text was drafted by ...", "The measure, tabled by ..."
ANAPHORIC = rxcache.compile(r"^\s*(?:The|This|That|Its|It)\b(?:\s+(?:\w+\s+){0,2}?(?:"
                            + lexicon.alternation(lexicon.form("anaphors", "text", "nouns").words) + r"))?\b")


#: a member putting an amendment to the vote, in the active voice: "Russia submitted an oral amendment"
#: (IANS via Mangalorean, 16 Nov 2023), "Russia proposed two amendments to the resolution" (The Gateway
#: Pundit, 18 Oct 2023), "Canada, which had introduced an amendment" (African Agenda, tests/realcorpus
#: 025), "Russia added an amendment to the bill" (NAN, 25 Mar 2024)
AMEND_ACTIVE = rxgate.compile(
    r"(?<![\w-])(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})(?:,\s+which\s+|\s+)"
    r"(?:also\s+|then\s+|had\s+|has\s+)?(?P<verb>submitted|proposed|introduced|tabled|put\s+forward|added|offered)"
    r"\s+(?:an|a|two|three|its|several)\s+(?:(?:oral|last-minute|written)\s+)?amendments?\b"
)


def _proposer_mentions(sentence: str) -> list[tuple[int, int, str | None, str, bool]]:
    """(start, end, country or None for the ten elected members, verb, adjectival) of each
    drafter phrase: "drafted by Malta", "a British-drafted resolution", "introduced by Algeria"."""
    out: list[tuple[int, int, str | None, str, bool]] = []
    for m in E10_BY.finditer(sentence):
        out.append((m.start(), m.end(), None, re.sub(r"\s+", " ", m.group("verb")), False))
    for m in PROPOSER.finditer(sentence) if may_name_drafter(sentence) else ():
        name = m.group("a") or m.group("b") or ""
        c = canonical_country(name)
        if not c and name.endswith("."):
            name = name[:-1]  # "introduced by Algeria." at the end of the sentence
            c = canonical_country(name)
        if not c:
            continue
        vm = PROPOSER_VERB.search(m.group(0))
        verb = re.sub(r"\s+", " ", vm.group(1)) if vm else "drafted"
        if m.group("a"):
            if verb.lower() in _DRAFT.forms["weak"].words:
                continue  # "U.S.-backed" says who supported it, not who drafted it
            s, e = m.start(), m.end()
            nm = re.match(r"\s+(?:(?:Security\s+Council|General\s+Assembly|[a-z]+)\s+){0,2}?"
                          r"(?:draft\s+resolution|resolution|draft|text|amendment|proposal)\b", sentence[e:])
            if nm:
                e += nm.end()
            am = re.search(r"\b(?:a|an|the)\s+$", sentence[:s])
            if am and nm:
                s = am.start()
            out.append((s, e, c, verb.lower(), True))
        else:
            e = m.start("b") + len(name.rstrip())
            out.append((m.start(), e, c, verb, False))
    for m in AMEND_ACTIVE.finditer(sentence):
        c = canonical_country(m.group("who"))
        if c and not any(s <= m.start() < e for s, e, *_ in out):
            out.append((m.start(), m.end(), c, "active " + re.sub(r"\s+", " ", m.group("verb")), False))
    # a bare "Russian draft" / "the U.S. text" names which vote is meant; it is not checked
    return sorted(out)


def _resolution_body(rm: re.Match) -> str:
    return "GA" if rm.group("es") or rm.group("ga") else "SC"


def _proposer_claims(sentence: str, offset: int, pub: dt.date, ctx: VoteContext, prev: VoteContext,
                     items: list[list], dates: list[DateRange] | None,
                     clauses: list[tuple[int, int]] | None) -> list[Found]:
    """Who drafted the vote, as a checked claim. The vote must be identified without the
    drafter: by a resolution number or date in the same clause, or by the sentence just
    before when this one refers back to it ("The text was drafted by ..."). ``dates`` and
    ``clauses`` None: read from the sentence when it names a drafter."""
    out: list[Found] = []
    mentions = _proposer_mentions(sentence)
    lang = language_of_at(sentence) if mentions else None  # read only for a mention
    if mentions and dates is None:
        dates = _usable_dates(sentence, pub)
    if mentions and clauses is None:
        clauses = _clauses(sentence)
    for s, e, who, verb, adj in mentions:
        active = verb.startswith("active ")
        verb = verb.removeprefix("active ")
        explicit = not active and bool(re.search(rf"(?:{_BY})\b", sentence[s:e]))
        cs, ce = next(((a, b) for a, b in clauses if a <= s < b), clauses[-1])
        ctext = sentence[cs:ce]
        rm = RESOLUTION_RE.search(ctext)
        # a date after "language contained in the ... resolution adopted on October 27" is that other vote's
        cdates = [d for d in dates if cs <= d.span[0] < ce and not (lang is not None and d.span[0] > lang > s)]
        amendment = bool(re.search(r"\bamendments?\b", sentence[s:e] + " " + ctext, re.I)) and not re.search(
            r"\b(?:resolution|text)\b", sentence[s:e])
        feats: dict = {}
        for s2, _, sl in items:
            if cs <= s2 < ce and not (lang is not None and s2 > lang > s):
                for k in ("vetoed_by", "outcome", "tally"):
                    if sl.get(k) and k not in feats:
                        feats[k] = sl[k]
        if rm or cdates:
            ident: dict = {"body": _body_of(ctext) or ctx.body or (_resolution_body(rm) if rm else None),
                           "resolution": (rm.group("num") or rm.group("es") or rm.group("ga")) if rm else None,
                           "basis": "resolution" if rm else "date"}
            if cdates and not rm:
                d = min(cdates, key=lambda d: abs(d.span[0] - s))
                ident.update(date_start=d.start.isoformat(), date_end=d.end.isoformat(), date_text=d.text,
                             date_exact=not d.vague)
        elif prev.age == 0 and cs == 0 and ANAPHORIC.match(sentence) and (
            prev.resolution or (prev.date and prev.body)
        ):
            pbody = prev.body or ("GA" if str(prev.resolution).startswith("ES") else "SC")
            ident = {"body": pbody, "resolution": prev.resolution, "basis": "context"}
            if prev.date is not None and not prev.resolution:
                ident.update(date_start=prev.date.start.isoformat(), date_end=prev.date.end.isoformat(),
                             date_text=prev.date.text, date_exact=not prev.date.vague)
            amendment = amendment or (prev.amendment and not re.search(r"\b(?:resolution|text|draft)\b", ctext))
            feats = {**(prev.feats or {}), **feats}
        elif active and prev.body and (prev.resolution or prev.date) and not RESOLUTION_RE.search(ctext):
            # an amendment is voted at the meeting of the text it amends: the passage's vote, by its
            # body and day, identifies the meeting; the amendment is compared among that day's
            ident = {"body": prev.body, "resolution": None, "basis": "context"}
            if prev.date is not None:
                ident.update(date_start=prev.date.start.isoformat(), date_end=prev.date.end.isoformat(),
                             date_text=prev.date.text, date_exact=not prev.date.vague)
            elif prev.resolution:
                ident["resolution"] = prev.resolution
            amendment = True
        elif explicit and (prev.resolution or prev.date):
            # the vote is not identified without its drafter: the claim is found, and stays unverified
            ident = {"body": ctx.body or prev.body or _body_of(ctext), "resolution": None, "basis": None}
        else:
            continue
        if ident["body"] is None:
            continue
        slots = {**ident, "amendment": amendment, "proposer": None, "outcome": None, "vetoed_by": [],
                 "country_votes": {}, "sentence": ctx.subject, "clause": ctext, "features": feats,
                 "proposer_claim": {"who": who, "verb": verb, "adjectival": adj, "text": sentence[s:e]}}
        out.append(Found(ClaimKind.vote, offset + s, offset + e, slots, "vote.drafter"))
    return out


def _is_background(sentence: str) -> bool:
    """True when the vote the sentence identifies is named only in a subordinate
    clause ("It was a sharp turn from last month, when Washington abstained on
    Resolution 2712"): the passage's vote stays the one before."""
    m = BACKGROUND.search(sentence)
    if not m or m.start() == 0:
        return False
    head = sentence[: m.start()]
    # the cheaper tests first (issue 17): each answer stands alone
    if re.search(r"\b(?:vot|veto|adopt|pass|reject|fail|abstain|draft|resolution|text)", head, re.I):
        return False  # the head is about a vote itself
    tail = sentence[m.start():]
    ident_in_tail = bool(RESOLUTION_RE.search(tail) or _proposer(tail))
    return ident_in_tail and not (RESOLUTION_RE.search(head) or _proposer(head))
