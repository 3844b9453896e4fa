"""vote claims: outcome, tally, vetoing members and per-country votes in a sentence.

Identification slots (body, date, subject words, proposer, amendment) pick the
vote; checked slots (outcome, tally, vetoers, country votes) are what a checker
compares. A sentence with no checked slot yields no claim.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from factdesk.extract.dates import DateRange, find_dates
from factdesk.extract.numbers import NUMBER, parse_number
from factdesk.extract.types import Found, rx
from factdesk.refs.countries import COUNTRY_RE, canonical_country, find_countries
from schemas.contracts import ClaimKind

SC_RE = re.compile(r"\b(?:Security Council|UNSC|U\.N\.S\.C\.|Council|(?<=the )council|council members?)\b")
GA_RE = re.compile(r"\b(?:General Assembly|UNGA|U\.N\.G\.A\.|Assembly|(?<=the )assembly)\b")
RESOLUTION_RE = re.compile(r"\b(?:[Rr]esolution|S/RES/)\s*(?P<num>2\d{3})\b|\b(?P<es>ES-10/\d{1,2})\b")
VOTE_WORD = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|veto(?:ed|es)?|resolution|draft|abstain\w*|abstention\w*|amendment|tally)\b",
    re.I,
)

N = NUMBER
P5 = {"United States", "United Kingdom", "France", "Russia", "China"}
_DASH = r"\s*[-–—]\s*"
TALLY_PATTERNS = [
    # 13-1-1, 153-10-23
    re.compile(rf"(?<![\w/.-])(?P<yes>\d{{1,3}}){_DASH}(?P<no>\d{{1,3}}){_DASH}(?P<abs>\d{{1,3}})(?![\w/-])"),
    # 153 votes to 10 with 23 abstentions; 13 to 1 with one abstention; 153 in favour, 10 against and 23 abstentions
    re.compile(
        rf"(?<![\w-])(?P<yes>{N})\s+(?:votes?\s+)?(?:(?:in\s+favou?r|for)\s*(?:,|to)?|to|against|,|-)\s*(?P<no>{N}|none|no)"
        rf"(?:\s+(?:votes?\s+)?against)?\s*,?\s*(?:with|and)\s+(?P<abs>{N}|no|none)\s+(?:abstentions?|abstaining|abstained|abstain)",
        re.I,
    ),
    # 14 votes to 1 / 12 in favour to 1 against (no abstention phrase)
    re.compile(
        rf"(?<![\w-])(?P<yes>{N})\s+(?:votes?\s+)?(?:in\s+favou?r\s+)?(?:to|against)\s+(?P<no>{N}|none)(?:\s+against)?(?!\s*[-–]?\s*\w*\s*(?:with|and)\s+\S+\s+abst)",
        re.I,
    ),
]
YES_ONLY = re.compile(
    rf"(?<![\w-])(?:(?:won|drew|received|got|garnered)\s+(?:only\s+|just\s+)?(?P<won>{N})\s+votes(?!\s+(?:in\s+favou?r|to|against))|"
    rf"(?:won\s+the\s+(?:backing|support)\s+of|drew\s+support\s+from|(?:was\s+)?backed\s+by|supported\s+by)\s+(?:only\s+|just\s+)?(?P<of>{N})(?=\s+(?:of\s+the\s+\S+\s+)?(?:\S+\s+)?(?:members?|countries|nations|states)\b)|(?P<yes>{N})\s+(?:of\s+(?:the\s+)?(?:15|fifteen|193)\s+)?(?:\w+\s+)?(?:members?|countries|nations|states|votes?)?\s*"
    rf"(?:voted\s+(?:in\s+favou?r|for|yes)|in\s+favou?r|votes?\s+in\s+favou?r|backed\s+it|supported\s+it))",
    re.I,
)
NO_ONLY = re.compile(rf"(?<![\w-])(?P<no>{N})\s+(?:\w+\s+)?(?:members?|countries|nations|states|votes?)?\s*(?:voted\s+against|against)", re.I)
ABS_ONLY = re.compile(rf"(?<![\w-])(?P<abs>{N})\s+(?:\w+\s+)?(?:abstentions?|(?:members?|countries|nations|states)?\s*abstain(?:ed|ing))", re.I)
UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.I)
NINE_VOTES = re.compile(r"\b(?:failed|fell short|did not (?:get|win|secure|receive|garner)|short of)\b[^.;]{0,40}\b(?:nine|9)\s+(?:votes|yes votes|affirmative votes)", re.I)

OUTCOMES = [
    ("vetoed", re.compile(r"\b(?:vetoed|vetoing|vetoes\s+(?:a|the|an)\b|blocked\s+by\s+(?:a|the)\s+veto|(?<='s\s)veto\s+of)\b", re.I)),
    (
        "failed",
        re.compile(
            r"\b(?:failed(?!\s+(?:to\s+(?!pass|win|secure|garner|be\s+adopted|get)|attempts?|efforts?|bids?|votes|resolutions|drafts|texts|twice|again|repeatedly))|fail(?:s|ing)?\s+to\s+(?:pass|win|secure|garner|be\s+adopted|get)|fell\s+short|"
            r"was\s+rejected|were\s+rejected|rejected(?!\s+by\b)|voted\s+down|defeated|did\s+not\s+pass|was\s+not\s+adopted)\b",
            re.I,
        ),
    ),
    (
        "adopted",
        re.compile(
            rf"\b(?:adopted|adopts|adopting|passed|passes|approved|approves|gained\s+support|won\s+(?:the\s+)?(?:support|backing|approval)(?!\s+of\s+(?:only\s+|just\s+)?(?:{N})\b)|carried|endorsed)\b",
            re.I,
        ),
    ),
]
VETO_BY = re.compile(r"\bvetoed\s+by\s+", re.I)
VETO_SUBJ = re.compile(
    r"\b(?:vetoed|vetoes|veto(?:ing)?|blocked|(?:cast|casting)\s+(?:the\s+)?(?:lone|only|sole)\s+(?:vote\s+against|no\s+vote|negative\s+vote)|(?:cast|used|exercised|exercise|wielded|use)\s+(?:its|their|a|the)\s+vetoe?s?)\b",
    re.I,
)
COUNTRY_VOTE = [
    ("abstain", re.compile(r"\b(?:abstained|abstaining|abstain|abstentions?\s+(?:from|by))\b", re.I)),
    ("no", re.compile(r"\b(?:voted\s+against|voting\s+against|voted\s+no|cast\s+the\s+(?:lone|only|sole)\s+(?:vote\s+against|no\s+vote|negative\s+vote)|opposed\s+it|the\s+only\s+(?:country|member)\s+to\s+vote\s+against)\b", re.I)),
    ("yes", re.compile(r"\b(?:voted\s+(?:in\s+favou?r|for|yes)|voting\s+(?:in\s+favou?r|for))\b", re.I)),
]
PROPOSER = re.compile(
    r"(?:(?P<a>[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)[-–](?:drafted|sponsored|led|backed|proposed|authored)|"
    r"(?:drafted|sponsored|proposed|tabled|put\s+forward|introduced|submitted)\s+by\s+(?P<b>(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,3}))"
)
ADJ_DRAFT = re.compile(r"\b(?P<adj>[A-Z][a-z]+)\s+(?:[a-z]+\s+)?(?:draft|text|resolution|amendment|proposal)\b")
_LIST_SEP = re.compile(r"^(?:\s*(?:,|and|,\s*and|as\s+well\s+as|plus)\s*)$")


def _num(text: str | None) -> int | None:
    if text is None:
        return None
    if text.lower() in ("no", "none"):
        return 0
    v = parse_number(text)
    return int(v) if v is not None and v == int(v) else None


def _country_list_before(sentence: str, at: int) -> tuple[list[str], int]:
    """Countries written as a list ending right before ``at`` ("Russia and China")."""
    hits = [h for h in find_countries(sentence[:at]) if not sentence[h[0]:h[1]].lower().startswith("united nations")]
    out: list[str] = []
    start = at
    cursor = at
    for s, e, canon in reversed(hits):
        gap = sentence[e:cursor]
        if out and not _LIST_SEP.match(gap):
            break
        if not out and not re.fullmatch(r"\s*(?:has|have|had|then|also|both|each|on\s+\w+day|alone)?\s*", gap):
            # an appositive ("Brazil, which has drafted a rival text, voted")
            appositive = re.fullmatch(r",\s[^,;()]{1,70},\s*(?:also\s+|then\s+|too\s+|however\s+)?", gap)
            # the subject may be followed by a short verb phrase ("Washington exercise its veto")
            if len(gap) > 12 and not appositive:
                break
        out.insert(0, canon)
        start, cursor = s, s
    return out, start


def _country_list_after(sentence: str, at: int) -> tuple[list[str], int]:
    out: list[str] = []
    end = at
    cursor = at
    for s, e, canon in find_countries(sentence[at:]):
        s, e = s + at, e + at
        gap = sentence[cursor:s]
        if (out and not _LIST_SEP.match(gap)) or (not out and gap.strip() not in ("", "the")):
            break
        out.append(canon)
        end = cursor = e
    return out, end


def _tallies(sentence: str) -> list[tuple[int, int, dict[str, int]]]:
    out: list[tuple[int, int, dict[str, int]]] = []
    for pat in TALLY_PATTERNS:
        for m in pat.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e, _ in out):
                continue
            yes, no = _num(m.group("yes")), _num(m.group("no"))
            abs_ = _num(m.groupdict().get("abs")) if "abs" in m.groupdict() else None
            if yes is None or no is None:
                continue
            t = {"yes": yes, "no": no}
            if abs_ is not None:
                t["abstain"] = abs_
            elif pat is TALLY_PATTERNS[2]:
                pass
            out.append((m.start(), m.end(), t))
    for key, pat in (("yes", YES_ONLY), ("no", NO_ONLY), ("abstain", ABS_ONLY)):
        for m in pat.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e, _ in out):
                continue
            v = _num(next(g for g in m.groups() if g is not None))
            if v is None or v > 193:
                continue
            merged = False
            for i, (s, e, t) in enumerate(out):
                if key not in t and abs(m.start() - e) < 40 and "partial" in t:
                    out[i] = (min(s, m.start()), max(e, m.end()), {**t, key: v})
                    merged = True
                    break
            if not merged:
                out.append((m.start(), m.end(), {key: v, "partial": 1}))
    return sorted(out)


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

    def update(self, sentence: str, body: str | None, pub: dt.date) -> None:
        dates = _usable_dates(sentence, pub)
        if not (VOTE_WORD.search(sentence) or BODY_VERB.search(sentence)):
            dates = []
        proposer = _proposer(sentence)
        rm = RESOLUTION_RE.search(sentence)
        resolution = (rm.group("num") or rm.group("es")) if rm else None
        amendment = bool(re.search(r"\bamendments?\b", sentence, re.I))
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
            self.amendment = amendment or self.amendment and not re.search(r"\b(?:resolution|text)\b", sentence)
            self.subject = (self.subject + " " + sentence)[-600:]


def _proposer(sentence: str) -> str | None:
    pm = PROPOSER.search(sentence)
    if pm:
        c = canonical_country(pm.group("a") or pm.group("b") or "")
        if c:
            return c
    for am in ADJ_DRAFT.finditer(sentence):
        c = canonical_country(am.group("adj"))
        if c:
            return c
    return None


#: where a sentence splits into clauses that may be about different votes
CLAUSE_SPLIT = re.compile(r";\s+|,\s+(?:and|while|but|whereas|after|before|as)\s+|\s+while\s+|,\s+when\s+|\s+after\s+(?=the\s+council|the\s+assembly)")
#: a subordinate clause that mentions a vote as background ("..., when Washington abstained on Resolution 2712")
BACKGROUND = re.compile(r"(?:,\s+when|\bafter|\bbefore|\bsince|\bfollowing|\bthan|\blike)\b", re.I)
NEG_VETO = re.compile(
    r"\b(?:avoid(?:ed|ing)?|without|rather\s+than|instead\s+of|threat(?:en(?:ed|ing|s)?)?(?:\s+of|\s+to)?|not|no|never|n't)\s+"
    r"(?:(?:need|needed|have|had)\s+to\s+|(?:cast(?:ing)?|us(?:e|ed|ing)|exercis(?:e|ed|ing))\s+)?(?:a\s+|an?\s+|its\s+|their\s+|the\s+)?"
    r"(?:(?:U\.S\.|US|American|Russian|Chinese|British|French)\s+)?(?:veto(?:es|ed|ing)?)\b",
    re.I,
)
NO_VETO_CLAIM = re.compile(
    r"\b(?:did\s+not|didn't|does\s+not|chose\s+not\s+to|declined\s+to)\s+(?:need\s+to\s+)?(?:cast|use|exercise|wield)\s+(?:a|its|their|the)\s+veto\b",
    re.I,
)
THERE_NO_VETO = re.compile(r"\b(?:there\s+(?:is|are|was|were)\s+no\s+vetoe?s?|no\s+vetoe?s?\s+(?:exists?|power))\b", re.I)
DRAFT_NOUN = re.compile(
    r"(?:[^.;]|\.(?=\S)){0,60}?\b(?:draft\s+resolution|resolution|draft|text|demand|recommendation|measure|proposal|amendment|bid)s?\b"
)
BODY_VERB = re.compile(
    r"\b(?:Council|Assembly)\s+(?:on\s+\w+day\s+)?(?:overwhelmingly\s+|unanimously\s+)?(?P<v>demanded|backed|endorsed|called\s+for|approved|adopted|passed)\b"
)
RELATIVE = re.compile(
    rf"\b(?P<n>{N}|a|the)\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|before|earlier|later)\b|\bthe\s+(?P<dayx>day)\s+(?P<dir2>after|before)\b",
    re.I,
)
JOINED_BY = re.compile(r",?\s*joined\s+by\s+", re.I)
AS_DID = re.compile(r",?\s*as\s+did\s+", re.I)


COUNTING = re.compile(rf"\s+(?:only\s+|just\s+)?(?:{N}|several|no|any|few)\s+(?:\w+\s+)?(?:resolutions|texts|drafts|measures)\b", re.I)


def _clauses(sentence: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in CLAUSE_SPLIT.finditer(sentence):
        out.append((start, m.start()))
        start = m.start()  # keep the joining word with the next clause
    out.append((start, len(sentence)))
    return out


def _body_of(text: str) -> str | None:
    sc, ga = SC_RE.search(text), GA_RE.search(text)
    if sc and ga:
        return "SC" if sc.start() < ga.start() else "GA"
    if sc:
        return "SC"
    if ga:
        return "GA"
    return None


def _usable_dates(text: str, pub: dt.date) -> list[DateRange]:
    out = []
    for d in find_dates(text, pub):
        if d.end > pub:
            continue
        before = text[max(0, d.span[0] - 12): d.span[0]].lower()
        low = d.text.lower()
        if re.search(r"\b(?:since|until|by|as soon as|from)\s*$", before) or low.startswith(("since", "until", "by ")):
            continue
        after = text[d.span[1]: d.span[1] + 14].lower()
        if re.match(r"\s*(?:attacks?|massacre|war|offensive|raid|strike|assault|fundraiser)\b", after):
            continue
        out.append(d)
    return out


def _neg_veto_spans(sentence: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in NEG_VETO.finditer(sentence)]
    spans += [m.span() for m in THERE_NO_VETO.finditer(sentence)]
    return spans


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def _country_votes(sentence: str, neg: list[tuple[int, int]]) -> list[tuple[int, int, dict[str, str]]]:
    out: list[tuple[int, int, dict[str, str]]] = []
    taken: list[tuple[int, int]] = []
    for how, pat in COUNTRY_VOTE:
        for m in pat.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
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
                    found, end = _country_list_after(sentence, m.end() + 1)
                    span = (m.start(), end)
                    if not re.match(r"\s+(?:were|was)\s", sentence[m.end(): m.end() + 6]):
                        found = []
            if not found:
                continue
            taken.append(m.span())
            out.append((span[0], span[1], {c: how for c in found}))
            # "..., joined by X and Y" / "..., as did X"
            tail = sentence[span[1]:]
            for pat2 in (JOINED_BY, AS_DID):
                jm = pat2.match(tail) or pat2.match(tail[tail.find(",") :] if "," in tail[:40] else "")
                if jm and pat2.match(tail):
                    s2 = span[1] + jm.end()
                    more, e2 = _country_list_after(sentence, s2)
                    if more:
                        out.append((span[1] + (len(jm.group(0)) - len(jm.group(0).lstrip(", "))), e2, {c: how for c in more}))
    return out


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
        found, start = _country_list_before(sentence, m.start())
        if found:
            out.append((start, m.end(), found))
            continue
        adj = rx(rf"({COUNTRY_RE.pattern})\s+vetoe?s?\b").search(sentence[max(0, m.start() - 30): m.end()])
        if adj:
            c = canonical_country(adj.group(1))
            if c:
                out.append((m.start(), m.end(), [c]))
    return [(s, e, [c for c in v if c in P5]) for s, e, v in out if any(c in P5 for c in v)]


def _outcomes(sentence: str, neg: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for name, pat in OUTCOMES:
        for m in pat.finditer(sentence):
            if _inside(m.span(), neg) or any(m.start() < e and s < m.end() for s, e, _ in out):
                continue
            if COUNTING.match(sentence, m.end()):
                continue  # "it has adopted only two resolutions": a count, not this vote's outcome
            out.append((m.start(), m.end(), name))
    return sorted(out)


def _proposer_in(text: str) -> str | None:
    return _proposer(text)


def _relative(sentence: str) -> list[tuple[int, int, int, int]]:
    """(start, end, signed days, tolerance) of "a day after", "three weeks earlier"."""
    out = []
    for m in RELATIVE.finditer(sentence):
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


def find_votes(sentence: str, offset: int, pub: dt.date, ctx: VoteContext) -> list[Found]:
    """Vote claims in ``sentence``, one per checked item (a tally, an outcome, a veto,
    a group of country votes, a date), each with its own span; updates ``ctx``."""
    body = _body_of(sentence)
    neg = _neg_veto_spans(sentence)
    if body is None and any(not _inside(m.span(), neg) for m in re.finditer(r"\bveto", sentence, re.I)):
        body = "SC"
    prev = ctx.snapshot()
    ctx.update(sentence, body, pub)
    if not VOTE_WORD.search(sentence) and not re.search(r"\b(?:adopted|passed|gained support|blocked|backed)\b", sentence):
        # "The text was drafted by ... and introduced by Algeria.": only who drafted it is claimed
        return _proposer_claims(sentence, offset, pub, ctx, prev, [], _usable_dates(sentence, pub), _clauses(sentence))

    tallies = _tallies(sentence)
    if UNANIMOUS.search(sentence) and not tallies:
        u = UNANIMOUS.search(sentence)
        assert u is not None
        tallies = [(u.start(), u.end(), {"no": 0, "abstain": 0, "partial": 1})]
    outcomes = _outcomes(sentence, neg)
    vetoes = _vetoes(sentence, neg)
    cvotes = _country_votes(sentence, neg)
    nine = NINE_VOTES.search(sentence)

    # items: [start, end, slots]
    items: list[list] = []
    for s, e, t in tallies:
        items.append([s, e, {"tally": {k: v for k, v in t.items() if k != "partial"}}])
    for s, e, v in vetoes:
        items.append([s, e, {"vetoed_by": v, "outcome": "vetoed", "country_votes": {c: "no" for c in v}}])
    for s, e, cv in cvotes:
        items.append([s, e, {"country_votes": cv}])
    if nine:
        items.append([nine.start(), nine.end(), {"yes_below": 9, "outcome": "failed"}])
    for m in NO_VETO_CLAIM.finditer(sentence):
        found, start = _country_list_before(sentence, m.start())
        items.append([start if found else m.start(), m.end(), {"not_vetoed_by": [c for c in found if c in P5], "no_veto": True}])
    for s, e, name in outcomes:
        if name == "failed" and any(not _inside(m.span(), neg) for m in re.finditer(r"\bveto", sentence, re.I)):
            name = "failed"  # compatible with a veto in the checker
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
                    last[2].setdefault("country_votes", {}).update({c: h for c, h in v.items() if c not in last[2].get("country_votes", {})})
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
        cbody = _body_of(ctext)
        if cbody:
            ident["body"] = cbody
        cprop = _proposer_in(ctext)
        if cprop:
            ident["proposer"] = cprop
        rm = RESOLUTION_RE.search(ctext)
        if rm:
            ident["resolution"] = rm.group("num") or rm.group("es")
        elif ident.get("resolution") and len(clauses) > 1 and RESOLUTION_RE.search(sentence) and not RESOLUTION_RE.search(ctext):
            # the resolution named in another clause of this sentence is not this clause's
            if _proposer_in(ctext) or any(d.span[0] >= cs and d.span[1] <= ce for d in dates):
                ident["resolution"] = None
        if re.search(r"\bamendments?\b", ctext, re.I):
            ident["amendment"] = True
        elif re.search(r"\b(?:resolution|draft)\b", ctext, re.I) or (
            re.search(r"\bamendments?\b", sentence, re.I) and not re.search(r"\bproposal\b", ctext, re.I)
            and not prev.amendment
        ):
            ident["amendment"] = False
        elif re.search(r"\bproposal\b", ctext, re.I):
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
            else:
                continue
        out = {**ident, "outcome": None, "vetoed_by": [], "country_votes": {}}
        out.update(slots)
        if "tally" in slots and sum(slots["tally"].values()) > 20:
            out["body"] = "GA"  # the Council has 15 members
        if alt is not None:
            out["alt_ident"] = alt
        if several and "tally" in slots:
            out["several_in_sentence"] = True
        found.append(Found(ClaimKind.vote, offset + s, offset + e, out))

    # the date of a vote: a date phrase attached to a vote mention in the same clause
    anchors: list[tuple[int, int, dict]] = []
    for s, e, slots in items:
        anchors.append((s, e, slots))
    for m in RESOLUTION_RE.finditer(sentence):
        anchors.append((m.start(), m.end(), {}))
    for m in ADJ_DRAFT.finditer(sentence):
        if canonical_country(m.group("adj")):
            anchors.append((m.start(), m.end(), {}))
    for m in PROPOSER.finditer(sentence):
        anchors.append((m.start(), m.end(), {}))
    for m in BODY_VERB.finditer(sentence):
        anchors.append((m.start("v"), m.end("v"), {"outcome": "adopted"}))
    for m in re.finditer(r"\b(?:vetoed|vetoing)\b|(?<='s\s)veto\b", sentence):
        if not _inside(m.span(), neg):
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
            if re.search(r",", gap) and not re.fullmatch(r",\s*(?:adopted|passed|approved|vetoed)?\s*(?:on|in)?\s*", gap):
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
        found.append(Found(ClaimKind.vote, offset + span[0], offset + span[1], out))
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
        ident["proposer"] = _proposer_in(ctext)
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
        found.append(Found(ClaimKind.vote, offset + span[0], offset + span[1], out))
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


#: "drafted by the 10 elected members", "drafted by the council's 10 elected members", "the E10 draft"
E10_BY = re.compile(
    r"(?P<verb>drafted|sponsored|proposed|tabled|put\s+forward|introduced|submitted|written|penned)\s+by\s+"
    r"(?:the\s+)?(?:(?:council|Council)'s\s+)?(?:10|ten)\s+(?:elected|non-permanent)\s+(?:council\s+)?members\b"
)
PROPOSER_VERB = re.compile(r"(drafted|sponsored|proposed|tabled|put\s+forward|introduced|submitted|authored|led|backed)", re.I)
#: a sentence about the vote named just before: "The text was drafted by ...", "The measure, tabled by ..."
ANAPHORIC = re.compile(r"^\s*(?:The|This|That|Its|It)\b(?:\s+(?:\w+\s+){0,2}?(?:text|resolution|draft|measure|proposal|demand|bid))?\b")


def _proposer_mentions(sentence: str) -> list[tuple[int, int, str | None, str, bool]]:
    """(start, end, country or None for the ten elected members, verb, adjectival) of each
    drafter phrase: "drafted by Malta", "a British-drafted resolution", "introduced by Algeria"."""
    out: list[tuple[int, int, str | None, str, bool]] = []
    for m in E10_BY.finditer(sentence):
        out.append((m.start(), m.end(), None, re.sub(r"\s+", " ", m.group("verb")), False))
    for m in PROPOSER.finditer(sentence):
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
            if verb.lower() in ("led", "backed"):
                continue  # "U.S.-backed" says who supported it, not who drafted it
            s, e = m.start(), m.end()
            nm = re.match(r"\s+(?:(?:Security\s+Council|General\s+Assembly|[a-z]+)\s+){0,2}?(?:draft\s+resolution|resolution|draft|text|amendment|proposal)\b", sentence[e:])
            if nm:
                e += nm.end()
            am = re.search(r"\b(?:a|an|the)\s+$", sentence[:s])
            if am and nm:
                s = am.start()
            out.append((s, e, c, verb.lower(), True))
        else:
            e = m.start("b") + len(name.rstrip())
            out.append((m.start(), e, c, verb, False))
    # a bare "Russian draft" / "the U.S. text" names which vote is meant; it is not checked
    return sorted(out)


def _resolution_body(rm: re.Match) -> str:
    return "GA" if rm.group("es") else "SC"


def _proposer_claims(sentence: str, offset: int, pub: dt.date, ctx: VoteContext, prev: VoteContext,
                     items: list[list], dates: list[DateRange], clauses: list[tuple[int, int]]) -> list[Found]:
    """Who drafted the vote, as a checked claim. The vote must be identified without the
    drafter: by a resolution number or date in the same clause, or by the sentence just
    before when this one refers back to it ("The text was drafted by ...")."""
    out: list[Found] = []
    for s, e, who, verb, adj in _proposer_mentions(sentence):
        explicit = bool(re.search(r"(?:drafted|sponsored|proposed|tabled|forward|introduced|submitted|authored|written|penned)\b",
                                  sentence[s:e]))
        cs, ce = next(((a, b) for a, b in clauses if a <= s < b), clauses[-1])
        ctext = sentence[cs:ce]
        rm = RESOLUTION_RE.search(ctext)
        cdates = [d for d in dates if cs <= d.span[0] < ce]
        amendment = bool(re.search(r"\bamendments?\b", sentence[s:e] + " " + ctext, re.I)) and not re.search(
            r"\b(?:resolution|text)\b", sentence[s:e])
        feats: dict = {}
        for s2, _, sl in items:
            if cs <= s2 < ce:
                for k in ("vetoed_by", "outcome", "tally"):
                    if sl.get(k) and k not in feats:
                        feats[k] = sl[k]
        if rm or cdates:
            ident: dict = {"body": _body_of(ctext) or ctx.body or (_resolution_body(rm) if rm else None), "resolution": (rm.group("num") or rm.group("es")) if rm else None,
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
        out.append(Found(ClaimKind.vote, offset + s, offset + e, slots))
    return out


def _is_background(sentence: str) -> bool:
    """True when the vote the sentence identifies is named only in a subordinate
    clause ("It was a sharp turn from last month, when Washington abstained on
    Resolution 2712"): the passage's vote stays the one before."""
    m = BACKGROUND.search(sentence)
    if not m:
        return False
    head = sentence[: m.start()]
    tail = sentence[m.start():]
    ident_in_tail = bool(RESOLUTION_RE.search(tail) or _proposer(tail))
    if m.start() == 0:
        return False
    ident_in_head = bool(RESOLUTION_RE.search(head) or _proposer(head))
    has_vote_head = bool(re.search(r"\b(?:vot|veto|adopt|pass|reject|fail|abstain|draft|resolution|text)", head, re.I))
    return ident_in_tail and not ident_in_head and not has_vote_head
