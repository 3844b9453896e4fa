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
from factdesk.extract.types import Found
from factdesk.refs.countries import COUNTRY_RE, canonical_country, find_countries
from schemas.contracts import ClaimKind

SC_RE = re.compile(r"\b(?:Security Council|UNSC|U\.N\.S\.C\.|Council|(?<=the )council|council members?)\b")
GA_RE = re.compile(r"\b(?:General Assembly|UNGA|U\.N\.G\.A\.|Assembly|(?<=the )assembly)\b")
RESOLUTION_RE = re.compile(r"\b(?:[Rr]esolution|S/RES/)\s*(?P<num>2\d{3})\b|\b(?P<es>ES-10/\d{1,2})\b")
VOTE_WORD = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|veto(?:ed|es)?|resolution|draft|abstain\w*|abstention\w*|amendment)\b",
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
    rf"(?<![\w-])(?:won\s+(?:only\s+|just\s+)?(?P<won>{N})\s+votes|(?P<yes>{N})\s+(?:of\s+(?:the\s+)?(?:15|fifteen|193)\s+)?(?:\w+\s+)?(?:members?|countries|nations|states|votes?)?\s*"
    rf"(?:voted\s+(?:in\s+favou?r|for|yes)|in\s+favou?r|votes?\s+in\s+favou?r|backed\s+it|supported\s+it))",
    re.I,
)
NO_ONLY = re.compile(rf"(?<![\w-])(?P<no>{N})\s+(?:\w+\s+)?(?:members?|countries|nations|states|votes?)?\s*(?:voted\s+against|against)", re.I)
ABS_ONLY = re.compile(rf"(?<![\w-])(?P<abs>{N})\s+(?:\w+\s+)?(?:abstentions?|(?:members?|countries|nations|states)?\s*abstain(?:ed|ing))", re.I)
UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.I)
NINE_VOTES = re.compile(r"\b(?:failed|fell short|did not (?:get|win|secure|receive|garner)|short of)\b[^.;]{0,40}\b(?:nine|9)\s+(?:votes|yes votes|affirmative votes)", re.I)

OUTCOMES = [
    ("vetoed", re.compile(r"\b(?:vetoed|vetoes|veto(?:ing)?|blocked\s+by\s+(?:a|the)\s+veto)\b", re.I)),
    (
        "failed",
        re.compile(
            r"\b(?:failed|fail(?:s|ing)?\s+to\s+(?:pass|win|secure|garner|be\s+adopted|get)|fell\s+short|"
            r"was\s+rejected|were\s+rejected|rejected|voted\s+down|defeated|did\s+not\s+pass|was\s+not\s+adopted)\b",
            re.I,
        ),
    ),
    (
        "adopted",
        re.compile(
            r"\b(?:adopted|adopts|adopting|passed|passes|approved|approves|gained\s+support|won\s+(?:the\s+)?(?:support|backing|approval)|carried|endorsed)\b",
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
ADJ_DRAFT = re.compile(r"\b(?P<adj>[A-Z][a-z]+)\s+(?:draft|text|resolution|amendment|proposal)\b")
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
            # the subject may be followed by a short verb phrase ("Washington exercise its veto")
            if len(gap) > 12:
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
        dates = [d for d in find_dates(sentence, pub) if d.end <= pub]
        proposer = _proposer(sentence)
        rm = RESOLUTION_RE.search(sentence)
        resolution = (rm.group("num") or rm.group("es")) if rm else None
        amendment = bool(re.search(r"\bamendments?\b", sentence, re.I))
        if dates or proposer or resolution or (body and body != self.body):
            self.body = body or self.body
            self.date = dates[0] if dates else (self.date if not (body and body != self.body) else None)
            self.proposer = proposer
            self.resolution = resolution
            self.amendment = amendment
            self.subject = sentence
            self.own = True
            if self.lead is None and (self.date or self.resolution):
                self.lead = self.ident()
        else:
            self.own = False
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


def find_votes(sentence: str, offset: int, pub: dt.date, ctx: VoteContext) -> list[Found]:
    """Vote claims in ``sentence``; updates ``ctx`` with what the sentence identifies."""
    sc, ga = SC_RE.search(sentence), GA_RE.search(sentence)
    body = None
    if sc and ga:
        body = "SC" if sc.start() < ga.start() else "GA"
    elif sc:
        body = "SC"
    elif ga:
        body = "GA"
    if body is None and re.search(r"\bveto", sentence, re.I):
        body = "SC"
    ctx.update(sentence, body, pub)
    if not VOTE_WORD.search(sentence) and not re.search(r"\b(?:adopted|passed|gained support|blocked)\b", sentence):
        return []

    slots: dict = {}
    parts: list[tuple[int, int]] = []
    outcome = None
    for name, pat in OUTCOMES:
        m = pat.search(sentence)
        if m:
            outcome = name
            parts.append(m.span())
            break
    if outcome == "failed" and re.search(r"\bveto", sentence, re.I):
        outcome = "vetoed"
    vetoers: list[str] = []
    m = VETO_BY.search(sentence)
    if m:
        vetoers, end = _country_list_after(sentence, m.end())
        if vetoers:
            parts.append((m.start(), end))
    else:
        for m in VETO_SUBJ.finditer(sentence):
            found, start = _country_list_before(sentence, m.start())
            if found:
                vetoers = found
                parts.append((start, m.end()))
                break
            adj = re.search(rf"({COUNTRY_RE.pattern})\s+vetoe?s?\b", sentence[max(0, m.start() - 30): m.end()])
            if adj:
                c = canonical_country(adj.group(1))
                if c:
                    vetoers = [c]
                    parts.append((m.start(), m.end()))
                    break
    vetoers = [c for c in vetoers if c in P5]
    if vetoers and outcome is None:
        outcome = "vetoed"
    country_votes: dict[str, str] = {}
    for how, pat in COUNTRY_VOTE:
        for m in pat.finditer(sentence):
            if "from" in m.group(0) or "by" in m.group(0).split():
                found, end = _country_list_after(sentence, m.end())
                span = (m.start(), end)
            else:
                found, start = _country_list_before(sentence, m.start())
                span = (start, m.end())
                if not found:
                    # "with Britain abstaining" handled above; "abstaining were X and Y"
                    found, end = _country_list_after(sentence, m.end() + 1)
                    span = (m.start(), end)
                    if not re.match(r"\s+(?:were|was)\s", sentence[m.end(): m.end() + 6]):
                        found = []
            for c in found:
                country_votes.setdefault(c, how)
            if found:
                parts.append(span)
    for c in vetoers:
        country_votes.setdefault(c, "no")
    tallies = _tallies(sentence)
    if UNANIMOUS.search(sentence) and not tallies:
        u = UNANIMOUS.search(sentence)
        assert u is not None
        tallies = [(u.start(), u.end(), {"no": 0, "abstain": 0, "partial": 1})]
    nine = NINE_VOTES.search(sentence)
    if nine:
        slots["yes_below"] = 9
        parts.append(nine.span())
        outcome = outcome or "failed"
    if outcome is None and not tallies and not vetoers and not country_votes:
        return []
    body = ctx.body
    if body is None:
        if any(sum(v for k, v in t.items() if k != "partial") > 15 for _, _, t in tallies):
            body = "GA"
        else:
            return []
    ident = ctx.ident()
    ident["body"] = body
    slots.update(ident)
    slots.update({"outcome": outcome, "vetoed_by": vetoers, "country_votes": country_votes})
    if not ctx.own and ctx.lead is not None and ctx.lead != ctx.ident():
        slots["alt_ident"] = ctx.lead
    found: list[Found] = []
    if len(tallies) <= 1:
        if tallies:
            s, e, t = tallies[0]
            slots["tally"] = {k: v for k, v in t.items() if k != "partial"}
            parts.append((s, e))
        s = min(p[0] for p in parts)
        e = max(p[1] for p in parts)
        found.append(Found(ClaimKind.vote, offset + s, offset + e, slots))
    else:
        for s, e, t in tallies:
            own = dict(slots)
            own["tally"] = {k: v for k, v in t.items() if k != "partial"}
            own["several_in_sentence"] = True
            found.append(Found(ClaimKind.vote, offset + s, offset + e, own))
    return found
