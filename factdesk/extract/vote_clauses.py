"""Clauses of a vote sentence and what each states: body, usable dates, negated vetoes,
per-country votes, vetoing members, outcomes and relative clauses."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache

from factdesk import lexicon, rxcache, rxgate
from factdesk.extract.dates import DateRange, find_dates, is_dateline
from factdesk.extract.sentences import memo_on
from factdesk.extract.types import rx
from factdesk.extract.vote_among import among_votes
from factdesk.extract.vote_grammar import (
    COUNTRY_VOTE,
    GA_RE,
    OUTCOMES,
    P5,
    SC_RE,
    VETO_BY,
    VETO_SUBJ,
    N,
    _country_list_after,
    _country_list_before,
    _num,
    opposed_in_count,
)
from factdesk.refs.countries import COUNTRY_RE, canonical_country

#: where a sentence splits into clauses that may be about different votes
#: ("... adopted the resolution by a vote of 120-14 with 45 abstentions after rejecting a Canadian
#: amendment": an "after/before <verb>-ing" phrase is another action, about another text; AP copy in
#: tests/realcorpus 026 and 027)
#: ``;\s+|,\s+(?:and|while|...)\s+|\s+while\s+|,\s+when\s+|\s+after\s+(?=the\s+council|...)|...``, written to
#: open with the class of its first characters and name the one each branch needs after it: ``re`` then skips
#: in C the positions that start no branch (issue 17; the same matches)
CLAUSE_SPLIT = rxcache.compile(r"[;,\s](?:(?<=;)\s+|(?<=,)\s+(?:and|while|but|whereas|after|before|as)\s+"
                               r"|(?<=\s)\s*while\s+|(?<=,)\s+when\s+|(?<=\s)\s*after\s+(?=the\s+council|the\s+assembly)"
                               r"|(?<=\s)\s*(?:after|before)\s+(?=[a-z]+ing\s))")
#: a subordinate clause that mentions a vote as background ("..., when Washington abstained on Resolution 2712")
BACKGROUND = rxgate.compile(r"(?:,\s+when|\bafter|\bbefore|\bsince|\bfollowing|\bthan|\blike)\b", re.I)
NEG_VETO = rxgate.compile(
    r"\b(?:avoid(?:ed|ing)?|without|rather\s+than|instead\s+of|threat(?:en(?:ed|ing|s)?)?(?:\s+of|\s+to)?|not|no|never|n't)\s+"
    r"(?:(?:need|needed|have|had)\s+to\s+|(?:cast(?:ing)?|us(?:e|ed|ing)|exercis(?:e|ed|ing))\s+)?(?:a\s+|an?\s+|its\s+|their\s+|the\s+)?"
    r"(?:(?:U\.S\.|US|American|Russian|Chinese|British|French)\s+)?(?:veto(?:es|ed|ing)?)\b",
    re.I,
)
NO_VETO_CLAIM = rxgate.compile(
    r"\b(?:did\s+not|didn't|does\s+not|chose\s+not\s+to|declined\s+to)\s+(?:need\s+to\s+)?(?:cast|use|exercise|wield)\s+(?:a|its|their|the)\s+veto\b",
    re.I,
)
THERE_NO_VETO = rxgate.compile(
    r"\b(?:there\s+(?:is|are|was|were)\s+no\s+vetoe?s?|no\s+vetoe?s?\s+(?:exists?|power))\b", re.I)
DRAFT_NOUN = rxcache.compile(
    r"(?:[^.;]|\.(?=\S)){0,60}?\b(?:draft\s+resolution|resolution|draft|text|demand|recommendation|measure|proposal|amendment|bid)s?\b"
)
#: the body, its day and a verb of what it did by the vote; "suspended" (a member's rights): "The United Nations
#: General Assembly on Thursday suspended Russia from the U.N. Human Rights Council" (CGTN 2022-04-08; Panorama.am /
#: Reuters 2022-04-07), "The United Nations General Assembly, on Thursday, 7 April, suspended Russia from the Human
#: Rights Council" (The Quint 2022-04-07)
#: "condemned", of the Assembly only (the Council condemns by press statements, with no vote): "The UN General
#: Assembly condemned on Wednesday Russia's declaration that it had annexed four Ukrainian regions" (DW via
#: tiue.org 2022-10-12), "The United Nations (UN) General Assembly condemned on Wednesday (12) Russia’s
#: “attempted illegal annexation”" (cmio.org 2022-10-12)
#: "called by a large majority for" (AFP via The New Arab, 27 Oct 2023: "The UN General Assembly on Friday
#: called by a large majority for an 'immediate humanitarian truce'"; Le Monde copy on spamchronicles.com,
#: Dec 2023: "the General Assembly called by a very large majority (120 votes in favor, ...) for")
BODY_VERB = rxgate.compile(
    r"\b(?:Council|Assembly)\s*(?:,?\s*on\s+\w+day(?:,?\s+\d{1,2}\s+[A-Z][a-z]+|,?\s+[A-Z][a-z]+\s+\d{1,2})?"
    r"(?:\s+(?:night|morning|afternoon|evening))?,?)?\s+"
    r"(?P<how>overwhelmingly\s+|unanimously\s+)?"
    r"(?P<v>demanded|backed|endorsed|called\s+for|approved|adopted|passed|voted|suspended|(?<=Assembly\s)condemned"
    r"|called\s+by\s+(?:a\s+)?(?:very\s+)?(?:large|wide|vast|overwhelming|huge)\s+majority\s+(?:\([^()]{0,80}\)\s+)?for)\b"
)
#: "The UN General Assembly voted overwhelmingly Wednesday" (069), "on Thursday voted overwhelmingly to
#: recognise" (081): a vote said to carry by a wide margin was adopted; a bare "voted on Nov. 29, 2012"
#: (082) says only that a vote took place
VOTED_HOW = rxgate.compile(r"\s+(?:overwhelmingly|unanimously)\b")
RELATIVE = rxgate.compile(
    rf"\b(?P<n>{N}|a|the)\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|before|earlier|later)\b|\bthe\s+(?P<dayx>day)\s+(?P<dir2>after|before)\b",
    re.I,
)
JOINED_BY = rxcache.compile(r",?\s*joined\s+by\s+", re.I)
AS_DID = rxcache.compile(r",?\s*as\s+did\s+", re.I)


#: a counted plural of texts as the subject of an outcome: several other votes, not the one reported. "The
#: 15-member body passed the resolution, which had been introduced by Malta, by a margin of 12 votes to zero after
#: four earlier resolutions failed to pass" (Politico via Rational Review 2023-11-15), "two resolutions proposed
#: by Moscow were rejected by Washington" (The India Print, Nov 2023)
PLURAL_SUBJECT = rxcache.compile(
    rf"\b(?:{N}|several)\s+(?:(?:earlier|previous|prior|other|rival|competing)\s+)?(?:draft\s+)?"
    r"(?:resolutions|drafts|texts|attempts|efforts|proposals)\b(?:\s+(?:proposed|drafted|put\s+forward|tabled)"
    r"\s+by\s+\w+)?\s+(?:had\s+|have\s+|were\s+|all\s+)?\Z", re.I)
COUNTING = rxcache.compile(
    rf"\s+(?:only\s+|just\s+)?(?:{N}|several|no|any|few)\s+(?:\w+\s+)?(?:resolutions|texts|drafts|measures)\b", re.I)
#: a veto of several texts is no report of one vote: "In the past, the US has vetoed resolutions calling for
#: a ceasefire" (Macro Ticker 2024-03-25, judged on the 22 March draft Russia and China vetoed), "In the past,
#: the US has blocked resolutions in the Security Council three times" (Pledge Times 2024-03-22)
PLURAL_OBJECT = rxcache.compile(rf"\s+(?:(?:{N}|several|many|multiple|other|previous|earlier|similar)\s+)?"
                                r"(?:draft\s+)?(?:resolutions|texts|drafts|measures|proposals)\b", re.I)
#: the same when the veto's object comes after the phrase that casts it, in its clause: "the United
#: States has exercised its veto against four cease-fire resolutions" (OnPoint 2025-06-05), "the US has
#: also used its veto power at UNSC to block any resolutions that might be critical of Israel" (The
#: Business Standard 2023-10-26): the first text the clause names is plural
_FIRST_TEXT = rxcache.compile(r"[^.;,:()]{0,40}?\b(?:resolution|text|draft|measure|proposal)(?P<s>s)?\b", re.I)


def several_texts(sentence: str, at: int) -> bool:
    """The veto phrase ending at ``at`` is cast against several texts, not one vote."""
    if PLURAL_OBJECT.match(sentence, at):
        return True
    m = _FIRST_TEXT.match(sentence, at)
    return bool(m and m.group("s"))


def _clauses(sentence: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in CLAUSE_SPLIT.finditer(sentence):
        out.append((start, m.start()))
        start = m.start()  # keep the joining word with the next clause
    out.append((start, len(sentence)))
    return out


#: a body a text asks to act ("a resolution calling on the Security Council to reconsider", "urges the
#: Security Council to"): not the body that voted (``factdesk/lexicon/recipients.yaml``)
RECIPIENT = rxgate.compile(lexicon.form("recipients", "request", "before_body").regex())


def body_mentions(text: str) -> list[tuple[int, str]]:
    """Where ``text`` names a UN body that may have voted ("SC", "GA"), in order: a body named as the
    one a request or recommendation is addressed to is left out ("A United Nations General Assembly
    (UNGA) resolution calling on the Security Council to reconsider Palestinian membership to the UN
    passed on Friday", CNN 2024-05-10)."""
    found = [(m.start(), b) for b, rx_ in (("SC", SC_RE), ("GA", GA_RE)) for m in rx_.finditer(text)]
    if not found:
        return found  # no body: the requests need not be read (issue 17: most sentences name none)
    asked = {m.end() for m in RECIPIENT.finditer(text)}
    return sorted((at, b) for at, b in found if at not in asked)


def _body_of(text: str) -> str | None:
    """The UN body ``text`` names ("SC", "GA"; the one named first when both are), if any."""
    return _body_in(str(text))  # a plain string: the cache keeps no Sentence alive


@lru_cache(maxsize=1024)  # asked of the sentence and of each clause, by several finders
def _body_in(text: str) -> str | None:
    named = body_mentions(text)
    return named[0][1] if named else None


_SINCE_CLAUSE = rxcache.compile(r"\bsince\s+[^,;.()]{1,70}$", re.I)
#: a date after these words bounds a time, it is not the day of a vote: "Before March 25, the Security
#: Council had previously failed to adopt a ceasefire resolution" (Lawfare 2024-03-28)
BOUND = rxcache.compile(r"\b(?:since|until|by|as soon as|from|before|after|prior to)\s*$", re.I)


#: a plan or proposal put forward by someone on the date: "laid out by Biden on", "announced on ... by"
_OTHER_ACT = rxcache.compile(r"\b(?:laid\s+out|announced|outlined|unveiled|set\s+out)"
                             r"(?:\s+by\s+(?:[A-Z][\w.'’-]*\s+){1,4}|\s+)(?:on\s+)?$")


#: a possessor right before a date ("Trump's Dec. 6 decision", "its Dec 6 recognition") and the act it dates
_POSSESSOR = rxcache.compile(r"(?:\w['’]s|\b(?:its|his|her|their))\s+$", re.I)
_ACT_NOUN = rxcache.compile(r"\s*(?:decision|recognition|announcement|declaration|proclamation|move|order|speech)\b")


_BEFORE_BOUND = rxcache.compile(r"\b(?:before|prior\s+to)\s*$", re.I)


def dates_before(text: str, pub: dt.date) -> list[DateRange]:
    """The dates ``text`` gives as an upper bound of what it reports ("Before March 25, the Security Council
    had previously failed to adopt a ceasefire resolution", Lawfare 2024-03-28): the vote it means took
    place before each of them."""
    return [d for d in find_dates(text, pub) if _BEFORE_BOUND.search(text, max(0, d.span[0] - 12), d.span[0])]


def _usable_dates(text: str, pub: dt.date) -> list[DateRange]:
    """The dates of ``text`` that may be the day of a vote it reports; read once per sentence (the
    passage's context and the sentence's claims both ask, issue 17)."""
    return list(memo_on(text, ("vote.usable_dates", pub), lambda: _read_usable_dates(text, pub)))


def _read_usable_dates(text: str, pub: dt.date) -> list[DateRange]:
    out = []
    for d in find_dates(text, pub):
        if d.end > pub or is_dateline(text, d):
            continue
        before = text[max(0, d.span[0] - 12): d.span[0]].lower()
        low = d.text.lower()
        if BOUND.search(before) or low.startswith(("since", "until", "by ")):
            continue
        if _SINCE_CLAUSE.search(text, 0, d.span[0]):
            # "since Russian troops invaded their smaller neighbor Feb. 24" (069), "since the outbreak of
            # conflict in October 2023" (101): the date of what the time is counted from, not the vote's
            continue
        if _OTHER_ACT.search(text, 0, d.span[0]):
            # "a three-phase ceasefire plan laid out by Biden on May 31" (Ya Libnan / Reuters 2024-06-11), "the
            # truce and hostage release proposal announced on May 31 by President Joe Biden" (TAG24 / AFP
            # 2024-06-10): the day of the plan the text welcomes, not of the vote
            continue
        after = text[d.span[1]: d.span[1] + 30].lower()
        if _POSSESSOR.search(text, 0, d.span[0]) and _ACT_NOUN.match(after):
            # "U.S. President Donald Trump’s Dec. 6 decision to recognize the city" (Anadolu via AZERTAC
            # 2017-12-22), "calling for the US to rescind its Dec 6 recognition of Jerusalem" (China Daily
            # via China Economic Review 2017-12-22): the day of someone's act the vote answers, not the vote's
            continue
        # "the Oct. 7 attacks", "the Oct. 7 “terrorist attacks”" (AP copy in 026 and 027)
        if re.match(r"\s*[“\"‘']?(?:terrorist\s+|hamas\s+)?"
                    r"(?:attacks?|massacre|war|offensive|raid|strike|assault|fundraiser)\b", after):
            continue
        out.append(d)
    return out


def _neg_veto_spans(sentence: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in NEG_VETO.finditer(sentence)]
    spans += [m.span() for m in THERE_NO_VETO.finditer(sentence)]
    return spans


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


_COPULA = rxcache.compile(r"\s+(?:were|was)\s+")
#: the members listed after the vote, behind a colon or a dash, to the end of the sentence: "Only five UN member
#: states voted against it: Russia, Belarus, DPRK (North Korea), Eritrea and Syria." (EU NeighboursEast
#: 2022-03-03, https://euneighbourseast.eu/news/latest-news/un-general-assembly-demands-russian-federation-withdraw-
#: all-military-forces-from-the-territory-of-ukraine/), "Only four countries joined Russia in voting against it -
#: Syria, Nicaragua, North Korea and Belarus." (B92 / Tanjug 2022-10-13,
#: https://www.b92.net/eng/news/world.php?yyyy=2022&mm=10&dd=13&nav_id=114645)
_LIST_LEAD = rxcache.compile(r"(?:\s+(?:it|the\s+(?:resolution|measure|text|draft)))?(?::\s*|\s+[-–—]\s+)")
_LIST_ENDS = rxcache.compile(r"\s*(?:[.;]|$)")


#: the UN's own style, a count then the members in brackets: "12 in favour to none against, with 3
#: abstentions (Russian Federation, United Kingdom, United States)" (tests/realcorpus 006 UN News, 016
#: and 084 UN press releases, 017 Barlaman Today)
PAREN_VOTES = rxgate.compile(
    r"\b(?P<how>in\s+favou?r|against|abstentions?|abstaining|abstained)\s*\((?=[A-Z])(?P<list>[^()]{3,400})\)")
_PAREN_HOW = {"in": "yes", "ag": "no", "ab": "abstain"}


def _paren_votes(sentence: str) -> list[tuple[int, int, dict[str, str]]]:
    out = []
    for m in PAREN_VOTES.finditer(sentence):
        found, end = _country_list_after(sentence, m.start("list"))
        if found and not sentence[end:m.end("list")].strip(" ,"):  # the brackets hold countries only
            out.append((m.start(), m.end(), {c: _PAREN_HOW[m.group("how")[:2].lower()] for c in found}))
    return out


def _country_votes(sentence: str) -> list[tuple[int, int, dict[str, str]]]:
    out: list[tuple[int, int, dict[str, str]]] = _paren_votes(sentence)
    # "China was among the 35 countries which abstained": a subset claim (vote_among)
    out += [a for a in among_votes(sentence) if not any(a[0] < e and s < a[1] for s, e, _ in out)]
    taken: list[tuple[int, int]] = [(s, e) for s, e, _ in out]
    for how, pat in COUNTRY_VOTE:
        for m in pat.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken) or not opposed_in_count(sentence, m):
                continue
            if "from" in m.group(0) or "by" in m.group(0).split():
                found, end = _country_list_after(sentence, m.end())
                span = (m.start(), end)
            else:
                found, start = _country_list_before(sentence, m.start())
                span = (start, m.end())
                if found:
                    # "Guyana joined Russia and China in voting against"
                    jm = re.search(r"\s+joined\s+$", sentence[: start])
                    if jm:
                        more, s2 = _country_list_before(sentence, jm.start())
                        if more:
                            found = more + found
                            span = (s2, m.end())
                else:
                    # "Abstaining were Britain and Russia": the list follows the copula
                    wm = _COPULA.match(sentence, m.end())
                    found, end = _country_list_after(sentence, wm.end()) if wm else ([], m.end())
                    span = (m.start(), end)
                lm = _LIST_LEAD.match(sentence, m.end())
                if lm:
                    more, e_more = _country_list_after(sentence, lm.end())
                    if more and _LIST_ENDS.match(sentence, e_more):
                        found = found + [c for c in more if c not in found]
                        span = (span[0] if span[0] < m.start() else m.start(), e_more)
            if not found:
                continue
            taken.append(m.span())
            out.append((span[0], span[1], {c: how for c in found}))
            # "..., joined by X and Y" / "..., as did X"
            tail = sentence[span[1]:]
            for pat2 in (JOINED_BY, AS_DID):
                jm = pat2.match(tail)
                if jm:
                    s2 = span[1] + jm.end()
                    more, e2 = _country_list_after(sentence, s2)
                    if more:
                        gap = len(jm.group(0)) - len(jm.group(0).lstrip(", "))
                        out.append((span[1] + gap, e2, {c: how for c in more}))
    return out


@cache
def _adj_veto() -> re.Pattern[str]:
    """A country's name or adjective before "veto" ("a Russian veto"); built once (the pattern holds
    every country's names: rebuilding its text per call cost more than the search)."""
    return rx(rf"({COUNTRY_RE.pattern})\s+vetoe?s?\b")


def _vetoes(sentence: str, neg: list[tuple[int, int]]) -> list[tuple[int, int, list[str]]]:
    out = []
    m = VETO_BY.search(sentence)
    if m and not _inside(m.span(), neg):
        vetoers, end = _country_list_after(sentence, m.end())
        if vetoers:
            out.append((m.start(), end, vetoers))
    for m in VETO_SUBJ.finditer(sentence):
        if _inside(m.span(), neg) or any(m.start() < e and s < m.end() for s, e, _ in out):
            continue
        if several_texts(sentence, m.end()):
            continue
        found, start = _country_list_before(sentence, m.start())
        if found:
            out.append((start, m.end(), found))
            continue
        adj = _adj_veto().search(sentence[max(0, m.start() - 30): m.end()])
        if adj:
            c = canonical_country(adj.group(1))
            if c:
                out.append((m.start(), m.end(), [c]))
    return [(s, e, [c for c in v if c in P5]) for s, e, v in out if any(c in P5 for c in v)]


#: an outcome prevented is not the outcome: "The US wielded its veto to stop the resolution from being adopted" (The
#: Wire 2023-10-19, refuted as "adopted"), "Any of the five Permanent Members can prevent a draft resolution being
#: adopted" (UK FCO research paper "Vetoed Draft Resolutions in the United Nations Security Council 1946-2012")
_PREVENTED = rxcache.compile(r"\b(?:stop|stops|stopped|prevent|prevents|prevented|block|blocks|blocked|keep|kept)\s+"
                             r"(?:[\w-]+\s+){0,4}?(?:from\s+)?being\s+$", re.I)


def _outcomes(sentence: str, neg: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for name, pat in OUTCOMES:
        for m in pat.finditer(sentence):
            if _inside(m.span(), neg) or any(m.start() < e and s < m.end() for s, e, _ in out):
                continue
            if sentence.endswith("being ", 0, m.start()) and _PREVENTED.search(sentence, max(0, m.start() - 80),
                                                                            m.start()):
                continue
            if COUNTING.match(sentence, m.end()):
                continue  # "it has adopted only two resolutions": a count, not this vote's outcome
            if PLURAL_SUBJECT.search(sentence, max(0, m.start() - 80), m.start()):
                continue  # "after four earlier resolutions failed to pass": those texts' outcome, not this one's
            if name == "vetoed" and several_texts(sentence, m.end()):
                continue  # "the US has vetoed resolutions calling for a ceasefire": several votes
            out.append((m.start(), m.end(), name))
    return sorted(out)


#: every match of ``RELATIVE`` names its unit: a second gate, as its own opens on "after" and "before" (issue 17)
_DAY_OR_WEEK = rxgate.compile(r"day|week", re.I)


def _relative(sentence: str) -> list[tuple[int, int, int, int]]:
    """(start, end, signed days, tolerance) of "a day after", "three weeks earlier"."""
    out = []
    for m in RELATIVE.finditer(sentence) if _DAY_OR_WEEK.may_match(sentence) else ():
        if m.group("dayx"):
            n, unit, d = 1, "day", m.group("dir2").lower()
        else:
            raw = m.group("n").lower()
            n = 1 if raw in ("a", "the") else _num(raw)
            unit, d = m.group("unit").lower(), m.group("dir").lower()
            if n is None:
                continue
        days = n * (7 if unit.startswith("week") else 1)
        tol = 0 if unit.startswith("day") else 3
        # the claimed vote's date relative to the anchor: "came a day after Y" -> Y = anchor - 1;
        # "Y ... three weeks earlier" -> Y = anchor - 21
        days_signed = -days if d in ("after", "earlier") else days
        out.append((m.start(), m.end(), days_signed, tol))
    return out


#: the day a wire photo caption ends with: ", Friday, Oct. 27, 2023 at U.N. headquarters." (AP, 026),
#: ", U.S., October 16, 2023." (Reuters, 002), ", Monday, March 25, 2024." (AP, bakherad.blogspot.com)
_CAPTION_BEFORE = rxcache.compile(r",\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$")
_CAPTION_AFTER = rxcache.compile(r"\s*(?:(?:at|in)\s+(?:U\.N\.|UN|United\s+Nations)\s+headquarters\b)?\s*\.?"
                                 r"\s*(?:\(?(?:AP|Reuters|REUTERS|AFP)\b[^()]{0,40}\)?)?\s*$")
_CAPTION_SCENE = rxcache.compile(lexicon.WHOLE_WORDS.replace("{}", lexicon.alternation(lexicon.words("captions"))))
#: an archive picture: its day is not the story's vote ("FILE - ...", AP)
_FILE_PHOTO = rxcache.compile(r"^\s*FILE\b")


def caption_date(sentence: str, dates: list[DateRange]) -> DateRange | None:
    """The day a photo caption showing a UN vote ends with (words in ``lexicon/captions.yaml``),
    written with its year: the day of the vote the caption shows."""
    if not dates or _FILE_PHOTO.match(sentence) or not _CAPTION_SCENE.search(sentence):
        return None
    d = dates[-1]
    if d.vague or d.start != d.end or not re.search(r"\b\d{4}\b", d.text):
        return None
    if not _CAPTION_BEFORE.search(sentence, 0, d.span[0]) or not _CAPTION_AFTER.match(sentence, d.span[1]):
        return None
    return d


#: "The 15-nation Council met on the evening of Monday, 16 October, to vote on ..." (words and
#: examples in ``lexicon/meetings.yaml``)
_MET_TO_VOTE = rxcache.compile(lexicon.form("meetings", "to_vote", "met").regex())


def meeting_dates(sentence: str, dates: list[DateRange]) -> list[tuple[int, DateRange]]:
    """(start of "Council met", the date) for each meeting a body held to vote, dated between
    "met" and "to vote on"."""
    out = []
    for m in _MET_TO_VOTE.finditer(sentence):
        inside = [d for d in dates if m.start("when") <= d.span[0] and d.span[1] <= m.end("when")]
        if len(inside) == 1:
            out.append((m.start(), inside[0]))
    return out
