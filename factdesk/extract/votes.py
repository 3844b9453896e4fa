"""vote claims: outcome, tally, vetoing members and per-country votes in a sentence.

Identification slots (body, date, subject words, proposer, amendment) pick the
vote; checked slots (outcome, tally, vetoers, country votes) are what a checker
compares. A sentence with no checked slot yields no claim.
"""

from __future__ import annotations

import datetime as dt
import re

from factdesk import rxcache, rxgate
from factdesk.extract.dates import DateRange
from factdesk.extract.types import Found
from factdesk.extract.vote_among import group_count
from factdesk.extract.vote_clauses import (
    BODY_VERB,
    CLAUSE_SPLIT,
    DRAFT_NOUN,
    NO_VETO_CLAIM,
    VOTED_HOW,
    _body_of,
    _clauses,
    _country_votes,
    _inside,
    _neg_veto_spans,
    _outcomes,
    _relative,
    _usable_dates,
    _vetoes,
    body_mentions,
    caption_date,
    meeting_dates,
    several_texts,
)
from factdesk.extract.vote_context import VoteContext, cites_language_of
from factdesk.extract.vote_grammar import (
    ADJ_DRAFT,
    NINE_VOTES,
    OUTCOMES,
    P5,
    PROPOSER,
    RESOLUTION_RE,
    UNANIMOUS,
    VOTE_WORD,
    _country_list_before,
    _proposer,
    _tallies,
    may_name_drafter,
)
from factdesk.extract.vote_proposers import _is_background, _proposer_claims
from factdesk.refs.countries import canonical_country
from schemas.contracts import ClaimKind

#: a clause whose subject is the thing the clause before it named
_ANAPHORIC_CLAUSE = rxcache.compile(r"^[\s;,]*(?:and\s+|but\s+)?(?:it|which|this)\b", re.I)
_VETO_STEM = rxgate.compile(r"\bveto", re.I)
#: words that report a vote without a vote word; also "was supported by 143 out of 193 member states" (066), "was
#: rewarded with the backing of 138 countries" (081); with ``BODY_VERB``, "The United Nations General Assembly on
#: Tuesday night overwhelmingly demanded a ceasefire" (040)
_RESULT_VERB = rxgate.compile(
    r"\b(?:adopted|passed|gained support|blocked|backed|supported\s+by|(?:backing|support)\s+of)\b")
_AMENDMENT = rxgate.compile(r"\bamendments?\b", re.I)
#: the body itself rejecting a text it names with no vote word: "The United Nations (UN) Security Council on
#: Wednesday (Oct. 18) rejected the proposal put forward by the Brazilian government" (Agência Brasil,
#: 18 Oct 2023), "The UN Security Council rejected Russia's proposal for a ceasefire" (JFeed, 17 Oct 2023)
#: a reaction between a date and the vote it would date: "Israeli Prime Minister Benjamin Netanyahu on Saturday
#: night praised the United States's veto of a United Nations Security Council resolution on Friday" (JNS via
#: World Israel News, Dec 2023; refuted with the Friday of the veto), "Brazilian Foreign Minister Mauro Vieira on
#: Wednesday regretted the United States' veto" (Xinhua, 18 Oct 2023), "Mahmoud Abbas on Thursday blasted the US
#: after it vetoed" (Israel National News, Apr 2024)
_REACTION = rxcache.compile(
    r"\b(?:praised|welcomed|hailed|condemned|critici[sz]ed|slammed|decried|denounced|deplored|lamented|regretted"
    r"|blasted|rejected|thanked|applauded)\b", re.I)
_BODY_REJECTED = rxgate.compile(
    r"\b(?:Council|Assembly)\s+(?:\([^()]{1,20}\)\s+)?(?:on\s+\w+day\s+(?:\([^()]{1,20}\)\s+)?)?rejected\b")
_RES_OR_DRAFT = rxgate.compile(r"\b(?:resolution|draft)\b", re.I)
_PROPOSAL = rxgate.compile(r"\bproposal\b", re.I)
#: a date opening the sentence, then the body and its verb: "On December 22, the United Nations Security Council
#: adopted Resolution 2720" (Khabar Asia 2023-12-25), "On Friday, the United Nations General Assembly adopted a
#: resolution declaring Palestine eligible for full membership" (NAN 2024-05-10)
_DATE_COMMA_BODY = rxcache.compile(r",\s*(?:the\s+)?(?:(?:UN|U\.N\.|United\s+Nations)\s+)?"
                                   r"(?:Security\s+Council|General\s+Assembly|UNSC|UNGA)\s+")
_VETOED = rxgate.compile(r"\b(?:vetoed|vetoing)\b|(?<='s\s)veto\b")


_TEXT_NOUN = rxgate.compile(r"\b(?:amendments?|resolution)\b", re.I)
#: "an amendment to the resolution", "the amendment of the draft resolution": the amendment still
_OF_THE = rxcache.compile(r"\b(?:to|of|on)\s+(?:the|a|an|its|this)\s+(?:[\w-]+\s+){0,3}$", re.I)


#: an amendment named only in a subordinate clause: a relative clause about a member ("Among the abstentions was
#: Canada, which had introduced an amendment that would have more explicitly condemned Hamas", The African Agenda
#: 2023-10-28, tests/realcorpus 025) or an "after" clause ("Canada was among the 45 nations that abstained from the
#: final vote after the amendment failed to pass", The Canadian Press via Yahoo 2023-10-27,
#: https://ca.sports.yahoo.com/news/united-nations-canada-speak-humanitarian-170530855.html; "adopted the
#: resolution ... after rejecting a Canadian amendment", AP, tests/realcorpus 026): the claim is the main vote's
_SUBORDINATE_AMENDMENT = rxcache.compile(
    r"(?:,\s*(?:which|who)\s+(?:had\s+|has\s+)?(?:introduced|proposed|tabled|put\s+forward|sponsored|drafted)\s+"
    r"|\bafter\s+(?:rejecting\s+)?)(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _amendment_only_subordinate(sentence: str, cs: int, ce: int) -> bool:
    """Whether every amendment named in the clause ``sentence[cs:ce]`` is named in a subordinate clause
    (``_SUBORDINATE_AMENDMENT``)."""
    ams = list(_AMENDMENT.finditer(sentence, cs, ce))
    return bool(ams) and all(_SUBORDINATE_AMENDMENT.search(sentence, cs, m.start()) for m in ams)


def _outcome_of_subordinate_amendment(sentence: str, cs: int, ce: int, outcome: str) -> bool:
    """Whether the clause's outcome word is said only of an amendment named in a subordinate clause:
    "Canada was among the 45 nations that abstained from the final vote after the amendment failed to pass"
    (The Canadian Press, ``_SUBORDINATE_AMENDMENT``): 'failed' is the amendment's, not the claim's vote."""
    if not _amendment_only_subordinate(sentence, cs, ce):
        return False
    first = _AMENDMENT.search(sentence, cs, ce).start()  # type: ignore[union-attr]
    pat = dict(OUTCOMES).get(outcome)
    return pat is not None and not pat.search(sentence, cs, first) and bool(pat.search(sentence, first, ce))


def _resolution_named_last(sentence: str, cs: int, s: int) -> bool:
    """Whether the clause names an amendment and then, closer before the claim at ``s``, a resolution
    in its own right: the claim is about that resolution, not the amendment."""
    nouns = list(_TEXT_NOUN.finditer(sentence, cs, s))
    if len(nouns) < 2 or nouns[-1].group(0).lower() != "resolution":
        return False
    if not any(m.group(0).lower().startswith("amendment") for m in nouns[:-1]):
        return False
    return not _OF_THE.search(sentence, cs, nouns[-1].start())


def find_votes(sentence: str, offset: int, pub: dt.date, ctx: VoteContext) -> list[Found]:
    """Vote claims in ``sentence``, one per checked item (a tally, an outcome, a veto,
    a group of country votes, a date), each with its own span; updates ``ctx``, except that a
    sentence naming a vote only as the source of a text's wording leaves the passage's vote as it
    was (``cites_language_of``)."""
    prev = ctx.snapshot()
    found = _find_votes(sentence, offset, pub, ctx, prev)
    if cites_language_of(sentence):
        ctx.restore(prev)
    return found


def _find_votes(sentence: str, offset: int, pub: dt.date, ctx: VoteContext, prev: VoteContext) -> list[Found]:
    """``prev``: a snapshot of ``ctx`` as it was before this sentence."""
    body = _body_of(sentence)
    neg: list[tuple[int, int]] | None = None
    if body is None:
        stems = list(_VETO_STEM.finditer(sentence))
        if stems:
            neg = _neg_veto_spans(sentence)
            if any(not _inside(m.span(), neg) for m in stems):
                body = "SC"
    voteish = bool(VOTE_WORD.search(sentence) or BODY_VERB.search(sentence))
    ctx.update(sentence, body, pub, voteish)
    if not voteish and not _RESULT_VERB.search(sentence) and not _BODY_REJECTED.search(sentence):
        # "The text was drafted by ... and introduced by Algeria.": only who drafted it is claimed
        return _proposer_claims(sentence, offset, pub, ctx, prev, [], None, None)  # dates, clauses: when needed

    if neg is None:
        neg = _neg_veto_spans(sentence)
    tallies = _tallies(sentence)
    u = UNANIMOUS.search(sentence) if not tallies else None
    if u is not None:
        tallies = [(u.start(), u.end(), {"no": 0, "abstain": 0, "partial": 1})]
    outcomes = _outcomes(sentence, neg)
    vetoes = _vetoes(sentence, neg)
    cvotes = _country_votes(sentence)
    nine = NINE_VOTES.search(sentence)

    # items: [start, end, slots]
    items: list[list] = []
    for s, e, t in tallies:
        items.append([s, e, {"tally": {k: v for k, v in t.items() if k != "partial"}}])
    for s, e, v in vetoes:
        items.append([s, e, {"vetoed_by": v, "outcome": "vetoed", "country_votes": {c: "no" for c in v}}])
    for s, e, cv in cvotes:
        slots: dict = {"country_votes": cv}
        hows = set(cv.values())
        if len(hows) == 1:
            # "Ten countries, including the United States and Israel, vote against", "The UK was among 23
            # countries to abstain": the group's size is a count of that vote (vote_among.group_count)
            n = group_count(sentence[s:e])
            if n is not None and len(cv) <= n <= 193:
                slots["tally"] = {hows.pop(): n}
        items.append([s, e, slots])
    if nine:
        items.append([nine.start(), nine.end(), {"yes_below": 9, "outcome": "failed"}])
    for m in NO_VETO_CLAIM.finditer(sentence):
        found, start = _country_list_before(sentence, m.start())
        items.append([start if found else m.start(), m.end(),
                      {"not_vetoed_by": [c for c in found if c in P5], "no_veto": True}])
    for s, e, name in outcomes:
        # attach to an item it overlaps or that follows closely in the same clause
        best = None
        for it in items:
            if it[0] < e and s < it[1]:
                best = it
                break
            gap = sentence[e: it[0]] if it[0] >= e else sentence[it[1]: s]
            if len(gap) <= 45 and not CLAUSE_SPLIT.search(gap) and not re.search(r"[,;]", gap) and "tally" in it[2]:
                if best is None:
                    best = it
        if best is not None:
            if "outcome" not in best[2]:
                best[2]["outcome"] = name
            best[0], best[1] = min(best[0], s), max(best[1], e)
        else:
            items.append([s, e, {"outcome": name}])
    # merge items that overlap
    items.sort(key=lambda it: it[0])
    merged: list[list] = []
    for it in items:
        if merged and it[0] < merged[-1][1] and "country_votes" not in it[2] or (
            merged and it[0] < merged[-1][1] and "country_votes" in it[2] and "vetoed_by" in merged[-1][2]
        ):
            last = merged[-1]
            for k, v in it[2].items():
                if k == "country_votes":
                    known = last[2].setdefault("country_votes", {})
                    known.update({c: h for c, h in v.items() if c not in known})
                else:
                    last[2].setdefault(k, v)
            last[1] = max(last[1], it[1])
        else:
            merged.append(it)
    items = merged

    clauses = _clauses(sentence)
    dates = _usable_dates(sentence, pub)
    rels = _relative(sentence)
    background = _is_background(sentence)

    def clause_of(pos: int) -> tuple[int, int]:
        for cs, ce in clauses:
            if cs <= pos < ce:
                return cs, ce
        return clauses[-1]

    def ident_for(s: int, e: int, date: DateRange | None = None) -> dict | None:
        cs, ce = clause_of(s)
        ctext = sentence[cs:ce]
        src = prev if background and not ctx.own else ctx
        ident = ctx.ident() if ctx.own else src.ident()
        named = body_mentions(ctext)
        cbody = named[0][1] if named else None  # ``_body_of(ctext)``, from the mentions read anyway
        if cbody and {b for _, b in named} == {"SC", "GA"}:
            # both named: the one named last before the claim ("... called the General Assembly more
            # courageous than the divided Security Council, which failed ..."); a body a request is
            # addressed to is not one that voted (``body_mentions``)
            last = [b for at, b in body_mentions(sentence[cs:s])]
            cbody = last[-1] if last else cbody
            # unless the claim names its own: "went to the General Assembly after the U.S. vetoed a
            # Security Council resolution on Nov. 20" (AP via FBC News 2024-12-12), "The Assembly vote
            # followed the US veto of a Security Council resolution on Dec. 8" is the Council's day
            inside = {b for _, b in body_mentions(sentence[s:e])}
            if len(inside) == 1:
                (cbody,) = inside
        if cbody:
            ident["body"] = cbody
        cprop = _proposer(ctext)
        if cprop:
            ident["proposer"] = cprop
        rm = RESOLUTION_RE.search(ctext)
        if rm:
            ident["resolution"] = rm.group("num") or rm.group("es") or rm.group("ga")
        elif (ident.get("resolution") and len(clauses) > 1 and RESOLUTION_RE.search(sentence)
              and not RESOLUTION_RE.search(ctext)):
            # the resolution named in another clause of this sentence is not this clause's
            if _proposer(ctext) or any(d.span[0] >= cs and d.span[1] <= ce for d in dates):
                ident["resolution"] = None
        if _resolution_named_last(sentence, cs, s) or _amendment_only_subordinate(sentence, cs, ce):
            ident["amendment"] = False  # "... an oral amendment ... — language contained in the UN
            # General Assembly resolution adopted on October 27" (IANS, 16 Nov 2023): the claim is the resolution's
        elif _AMENDMENT.search(ctext) or (
            _ANAPHORIC_CLAUSE.match(ctext) and _AMENDMENT.search(sentence[:cs])
        ):
            ident["amendment"] = True  # "...rejected a Russian amendment; it won only three votes"
        elif _RES_OR_DRAFT.search(ctext) or (
            _AMENDMENT.search(sentence) and not _PROPOSAL.search(ctext)
            and not prev.amendment
        ):
            ident["amendment"] = False
        elif _PROPOSAL.search(ctext):
            ident["amendment"] = prev.amendment or ident.get("amendment", False)
        ident["clause"] = ctext
        if date is None:
            near = [d for d in dates if cs <= d.span[0] < ce]
            if near:
                date = min(near, key=lambda d: min(abs(d.span[0] - e), abs(s - d.span[1])))
        if date is not None:
            ident.update(date_start=date.start.isoformat(), date_end=date.end.isoformat(), date_text=date.text)
            ident["date_exact"] = not date.vague
        if ident.get("body") is None:
            return None
        return ident

    found: list[Found] = []
    alt = None
    if not ctx.own and ctx.lead is not None and ctx.age > 1 and ctx.lead != ctx.ident():
        alt = ctx.lead
    several = len(tallies) > 1
    for s, e, slots in items:
        ident = ident_for(s, e)
        if ident is None:
            if "tally" in slots and sum(slots["tally"].values()) > 15:
                ident = {**ctx.ident(), "body": "GA"}
                cs, ce = clause_of(s)
                if ctx.own and not _AMENDMENT.search(sentence, cs, ce):
                    # "The 193-member world body adopted the resolution by a vote of 120-14 with 45
                    # abstentions after rejecting a Canadian amendment backed by the United States"
                    # (AP, tests/realcorpus 026): the amendment and its drafter are another clause's
                    ident.update(amendment=False, proposer=_proposer(sentence[cs:ce]))
            else:
                continue
        out = {**ident, "outcome": None, "vetoed_by": [], "country_votes": {}}
        out.update(slots)
        if out.get("outcome") and _outcome_of_subordinate_amendment(sentence, *clause_of(s), out["outcome"]):
            out["outcome"] = None  # "... abstained from the final vote after the amendment failed to pass"
        if "tally" in slots and sum(slots["tally"].values()) > 20:
            out["body"] = "GA"  # the Council has 15 members
        if alt is not None:
            out["alt_ident"] = alt
        if several and "tally" in slots:
            out["several_in_sentence"] = True
        found.append(Found(ClaimKind.vote, offset + s, offset + e, out, "vote.result"))

    # the date of a vote: a date phrase attached to a vote mention in the same clause
    anchors: list[tuple[int, int, dict]] = []
    for s, e, slots in items if dates else ():  # the anchors are read only for a date
        anchors.append((s, e, slots))
    for m in RESOLUTION_RE.finditer(sentence) if dates else ():
        anchors.append((m.start(), m.end(), {}))
    for m in ADJ_DRAFT.finditer(sentence) if dates else ():
        if canonical_country(m.group("adj")):
            anchors.append((m.start(), m.end(), {}))
    for m in PROPOSER.finditer(sentence) if dates and may_name_drafter(sentence) else ():
        anchors.append((m.start(), m.end(), {}))
    for m in BODY_VERB.finditer(sentence) if dates else ():
        if m.group("v") == "voted" and not (m.group("how") or VOTED_HOW.match(sentence, m.end("v"))):
            anchors.append((m.start("v"), m.end("v"), {}))
        else:
            anchors.append((m.start("v"), m.end("v"), {"outcome": "adopted"}))
    for m in _VETOED.finditer(sentence) if dates else ():
        if not _inside(m.span(), neg) and not several_texts(sentence, m.end()):
            anchors.append((m.start(), m.end(), {"outcome": "vetoed"}))
    for d in dates:
        ds, de = d.span
        cs, ce = clause_of(ds)
        best = None
        for s, e, slots in anchors:
            if not (cs <= s < ce or cs < e <= ce):
                continue
            gap = sentence[de:s] if s >= de else sentence[e:ds] if e <= ds else ""
            if len(gap) > 60 or re.search(r"[;]|\b(?:that|which|who|when|for\s+the|since|said|says|told)\b", gap):
                continue
            if _REACTION.search(gap):
                continue  # "Netanyahu on Saturday night praised the United States's veto": the reaction's day
            opening = s >= de and _DATE_COMMA_BODY.fullmatch(gap)
            listed = re.fullmatch(r",\s*(?:adopted|passed|approved|vetoed)?\s*(?:on|in)?\s*", gap)
            if "," in gap and not listed and not opening:
                continue
            if best is None or len(gap) < best[0]:
                best = (len(gap), s, e, slots)
        if best is None:
            continue
        _, s, e, slots = best
        if d.vague and "tally" in slots:
            continue  # "in October 2023 by 121-14-44": the month identifies the vote, the tally is the claim
        if e > ds:  # "on Thursday vetoed a U.S.-drafted resolution": run on to the draft noun
            nm = DRAFT_NOUN.match(sentence[:ce], max(e, de))
            span = (ds, nm.end() if nm else max(e, de))
        elif slots:
            span = (s, de)
        else:
            span = (ds, de)  # "a Brazilian text on October 18": the date is the claim
        ident = ident_for(min(s, ds), max(e, de), d)
        if ident is None:
            continue
        out = {**ident, "outcome": None, "vetoed_by": [], "country_votes": {}, "date_claim": True}
        feats = {}
        for s2, _e2, sl in items:
            if clause_of(s2) == (cs, ce):
                for k in ("vetoed_by", "outcome", "tally"):
                    if sl.get(k) and k not in feats:
                        feats[k] = sl[k]
        out["features"] = feats
        found.append(Found(ClaimKind.vote, offset + span[0], offset + span[1], out, "vote.date"))
    cap = caption_date(sentence, dates)
    if cap is not None and _body_of(sentence) and not any(
            f.type == "vote.date" and f.start <= offset + cap.span[0] < f.end for f in found):
        # a photo caption showing a vote: its closing day is the day of the vote in the picture,
        # identified by the body the caption names
        ident = ident_for(cap.span[0], cap.span[1], cap)
        if ident is not None:
            ident["body"] = _body_of(sentence)
            out = {**ident, "outcome": None, "vetoed_by": [], "country_votes": {}, "date_claim": True,
                   "features": {}}
            found.append(Found(ClaimKind.vote, offset + cap.span[0], offset + cap.span[1], out, "vote.date"))
    for ms, d in meeting_dates(sentence, dates):
        # "The 15-nation Council met on the evening of Monday, 16 October, to vote on the Russia-led draft"
        if any(f.type == "vote.date" and f.start < offset + d.span[1] and offset + ms < f.end for f in found):
            continue
        ident = ident_for(ms, d.span[1], d)
        if ident is not None:
            ident["clause"] = sentence
            ident["proposer"] = _proposer(sentence[ms:]) or ident.get("proposer")
            out = {**ident, "outcome": None, "vetoed_by": [], "country_votes": {}, "date_claim": True,
                   "features": {}, "meeting": True}
            found.append(Found(ClaimKind.vote, offset + ms, offset + d.span[1], out, "vote.date"))
    # "a day after Russia and China vetoed a U.S. draft": the date relative to the passage's vote
    for rs, re_, days, tol in rels:
        after = sentence[re_:]
        vm = re.match(r"[^.;]{0,50}?\b(?:vetoed|vetoing|adopted|rejected|blocked|failed)\b", after)
        before = sentence[:rs]
        bm = re.search(r"\b(?:vetoed|vetoing|adopted|rejected|blocked|failed)\b[^.;]{0,60}$", before)
        if vm:
            ve = re_ + vm.end()
            nm = DRAFT_NOUN.match(sentence, ve)
            span = (rs, nm.end() if nm else ve)
        elif bm:
            span = (bm.start(), re_)
        else:
            continue
        other = [d for d in dates if d.span[1] <= rs and not d.vague]
        anchor: dict = {}
        if other:
            anchor = {"date_start": other[-1].start.isoformat(), "date_end": other[-1].end.isoformat()}
        else:
            a = prev.lead or (prev.ident() if prev.body else None)
            if a is None:
                continue
            anchor = {**a, "ident": True}
        ident = ident_for(span[0], span[1])
        if ident is None:
            continue
        ctext = sentence[span[0]: span[1]]
        ident["proposer"] = _proposer(ctext)
        ident["resolution"] = None
        for k in ("date_start", "date_end", "date_text", "date_exact"):
            ident.pop(k, None)
        ident["body"] = _body_of(ctext) or ("SC" if re.search(r"veto", ctext) else ident["body"])
        feats = {}
        for s2, _e2, sl in items:
            if span[0] <= s2 < span[1]:
                for k in ("vetoed_by", "outcome", "tally"):
                    if sl.get(k) and k not in feats:
                        feats[k] = sl[k]
        if re.search(r"veto", ctext):
            feats.setdefault("outcome", "vetoed")
        out = {**ident, "outcome": None, "vetoed_by": [], "country_votes": {}, "date_claim": True,
               "relative": {"days": days, "tolerance": tol, "anchor": anchor}, "features": feats}
        found.append(Found(ClaimKind.vote, offset + span[0], offset + span[1], out, "vote.date"))
    found.extend(_proposer_claims(sentence, offset, pub, ctx, prev, items, dates, clauses))
    if ctx.own and items:
        feats: dict = {}
        for _, _, sl in items:
            for k in ("vetoed_by", "outcome", "tally"):
                if sl.get(k) and k not in feats:
                    feats[k] = sl[k]
        ctx.feats = feats
    if background and not prev.is_empty():
        ctx.restore(prev)
    return found
