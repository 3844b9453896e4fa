"""A small date grammar resolved against the publication date.

Each match becomes a ``DateRange`` (inclusive day range). Vague phrases resolve
to ranges ("early October" = 1-10 October); relative ones ("on Friday", "last
week") resolve against the publication date, looking back unless the sentence
looks ahead ("will", "next"). General-purpose parsers were measured to invent
dates in names ("Zhang Jun" -> June) and get "last Friday" wrong, hence this.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from factdesk import rxcache

MONTHS = {
    m.lower(): i
    for i, m in enumerate(calendar.month_name)
    if m
} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

_MON = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?P<part>early|mid|mid-|late|the end of|the beginning of|the start of)"

#: a weekday before the day of the month, after a comma or a space, or with the day in brackets as Singapore's
#: and India's outlets write it, with the "on" before it as the weekday alone keeps it: "on Wednesday (Oct 18)" (CNA
#: 2023-10-18), "on Monday (Oct 16)" (WION 2023-10-17), "on Wednesday (Feb 24)" (CNA 2022-02-24)
_WD_BEFORE = rf"(?:(?:(?i:on)\s+(?=[A-Z][a-z]+\s+\())?{_WD}(?:,?\s+|\s+(?P<par>\()(?=[^()]{{1,20}}\))))?"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", rxcache.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("mdy", rxcache.compile(rf"\b{_WD_BEFORE}{_MON}\s+{_DAY}(?:,?\s+{_YEAR})?\b(?(par)\))")),
    ("dmy", rxcache.compile(rf"\b{_WD_BEFORE}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?\b(?(par)\))")),
    ("part_month", rxcache.compile(rf"\b{_PART}\s*{_MON}(?:,?\s+{_YEAR})?\b", re.I)),
    ("month_year", rxcache.compile(rf"\b(?:in\s+)?{_MON}\s+{_YEAR}\b")),
    ("in_month", rxcache.compile(rf"\b(?P<rel>(?i:last|this|next|in|since|during|by|until|of|early|late))"
                                 rf"\s+{_MON}(?!\s+[0-3]?\d)\b")),
    ("weekday", rxcache.compile(rf"\b(?P<rel>(?i:last|this|next|on|late|early))?\s*{_WD}"
                                rf"(?:\s+(?P<tod>night|morning|afternoon|evening))?\b")),
    ("years_ago", rxcache.compile(
        r"\b(?:(?P<mark>marked|marks|marking|mark)\s+)?(?P<n>a|one|two|three|four|five|\d{1,2})\s+years?"
        r"\s+(?:(?P<ago>ago(?:\s+(?P<today>today|this\s+week))?)|(?P<since>since))\b",
        re.I,
    )),
    ("relative", rxcache.compile(
        r"\b(?P<rel>yesterday|today|tonight|last week|this week|next week|last month|this month"
        r"|last year|this year|earlier this year|earlier this month|earlier this week"
        r"|recently|recent|in recent days|in recent weeks|days ago|weeks ago)\b",
        re.I,
    )),
    ("year", rxcache.compile(rf"\b(?i:in|since|during|of)\s+{_YEAR}\b")),
]

_FUTURE = rxcache.compile(r"\b(will|would(?!\s+have)|is set to|are set to|plans? to|next|upcoming|expected to)\b", re.I)
_ASIDE = rxcache.compile(r",\s+(?:which|who|where)\b[^,;]*,")


def _future_before(text: str, at: int) -> bool:
    """Does the clause leading up to ``at`` look ahead? Asides (", which will meet again,")
    and earlier clauses do not count."""
    head = _ASIDE.sub(",", text[:at])
    head = re.split(r"[;.]\s|,\s", head)[-1]
    return bool(_FUTURE.search(head))


@dataclass(frozen=True)
class DateRange:
    start: dt.date
    end: dt.date
    text: str
    span: tuple[int, int]  # offsets within the searched text
    vague: bool  # a range rather than a day, or "recently"

    @property
    def exact_day(self) -> dt.date | None:
        return self.start if self.start == self.end else None

    def contains(self, d: dt.date) -> bool:
        return self.start <= d <= self.end

    def describe(self) -> str:
        if self.start == self.end:
            return self.start.strftime("%a %-d %b %Y")
        return f"{self.start.isoformat()} to {self.end.isoformat()}"


def _month_num(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _recent_year(month: int, pub: dt.date, future: bool) -> int:
    """The year of the nearest ``month`` looking back (or ahead) from ``pub``."""
    if future:
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


#: a dateline: "New York, 18 October 2023 (TDI): ..." or "New York, November 20, 2024: ..." (tests/realcorpus
#: 003 and 101): the place and date the story was filed, not the date of what it reports. It may
#: follow a wire credit and name several places ("(MENAFN- Kuwait News Agency (KUNA)) NEW YORK, Dec 6
#: (KUNA) -- ...", 035), and the credit after it may carry the date again ("United Nations, United
#: States, March 2 (UrduPoint / Pakistan Point News - 3rd Mar, 2022 ) :The UN ...", 051)
#: ANI adds the country in brackets: "New York [US], October 19 : The draft resolution ..." (Indian Economic
#: Observer 2023-10-19), "New York [US], April 19 (ANI): The United States on Thursday used its veto
#: power ..." (coron.tech 2024-04-19)
_PLACE = r"[A-Z][A-Za-z.'’]*(?:[ -][A-Z][A-Za-z.'’]*){0,3}(?:\s*\[[A-Z][A-Za-z.]{1,5}\])?"
_DATELINE_BEFORE = rxcache.compile(
    r"\A\W*(?:\((?:[^()]|\([^()]*\))*\)\s*)?" + _PLACE + r"(?:,\s*" + _PLACE + r"){0,2},\s*"
    r"(?:[^():.]{1,20}\(\s*[^()]{1,60}?\s[-–]\s*)?\Z")
_DATELINE_AFTER = rxcache.compile(r"\A\s*(?:\([^()]{1,60}\))?\s*(?:[:–—]|--)|\A\s*(?:\([^()]{1,60}\))?\s+-\s"
                                  r"|\A\s*\)\s*(?:[:–—]|--)")


#: a weekday written beside the day of the month ("Thursday, 7 April", "Tuesday, December 12", "Monday 25 March")
_WEEKDAY_AND_DAY = rxcache.compile(
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:,?\s+|\s+\()"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b")


def wrong_weekday(date_text: str, day: dt.date) -> str | None:
    """The weekday ``date_text`` writes beside a day of the month, when ``day`` (the day that date resolves to)
    fell on another weekday: "Friday, 7 April" of 7 April 2022, a Thursday -> "Friday". A calendar fact: the
    phrase contradicts itself whatever the time zone."""
    m = _WEEKDAY_AND_DAY.search(date_text or "")
    if m is None or m.group("wd") == f"{day:%A}":
        return None
    return m.group("wd")


def is_dateline(text: str, d: DateRange) -> bool:
    """``d`` is the date of the dateline that opens ``text`` (a sentence)."""
    # the short test after the date first: it rarely holds (issue 17)
    return bool(_DATELINE_AFTER.match(text[d.span[1]:]) and _DATELINE_BEFORE.match(text[: d.span[0]]))


def find_dates(text: str, pub: dt.date, *, context: str | None = None) -> list[DateRange]:
    """All date expressions in ``text`` (a sentence), non-overlapping, in order.

    Several extractors ask about the same sentence: answers are cached."""
    return list(_find_dates(text, pub, context))


#: every pattern above needs a digit or one of these words: a cheap test first
_MAY_HOLD_DATE = rxcache.compile(
    r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|tonight|week|month|year|recent|ago",
    re.I,
)


_MONTH_PREFIXES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_PREFIXES_LOW = tuple(p.lower() for p in _MONTH_PREFIXES)
#: characters ``re.IGNORECASE`` matches to ASCII letters that ``str.lower`` does not map to them
_CASE_TWINS = ("\u017f", "\u0131", "\u0130", "\u212a")


_DATE_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "day", "tonight",
               "week", "month", "year", "recent", "ago")
_DIGIT = rxcache.compile(r"\d")


def _may_hold_date(text: str) -> bool:
    """``_MAY_HOLD_DATE.search(text)``, answered by substring tests on the lower-cased text
    (one regex scan with twenty case-insensitive words per position cost more than the rest)."""
    if not text.isascii() and any(c in text for c in _CASE_TWINS):  # an ASCII text holds no case twin
        return _MAY_HOLD_DATE.search(text) is not None
    if _DIGIT.search(text) is not None:  # half the sentences hold a digit: the word tests are spared
        return True
    low = text.lower()
    return any(map(low.__contains__, _DATE_WORDS))


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")  # _WD: case-sensitive
#: every match of "relative" holds one of these (lower-cased; re.I)
_RELATIVE_WORDS = ("yesterday", "today", "tonight", "week", "month", "year", "recent", "days ago")
#: every match of "part_month" holds one of these (lower-cased; re.I): _PART
_PART_WORDS = ("early", "mid", "late", "the end of", "the beginning of", "the start of")


def _possible(text: str) -> dict[str, bool]:
    """Which of ``PATTERNS`` can match ``text``: each needs a piece of text it spells out
    (a month's first three letters, a weekday's name, "19"/"20", ...); a few substring tests spare
    the scans of the others, and most sentences name no month."""
    year = "19" in text or "20" in text
    month = any(map(text.__contains__, _MONTH_PREFIXES))  # _MON is case-sensitive where re.I is not set
    day = month and _DIGIT.search(text) is not None  # _DAY holds a digit
    low = None if not text.isascii() and any(c in text for c in _CASE_TWINS) else text.lower()
    if low is None:  # a case twin: leave the case-insensitive patterns to the regex
        month_i = years = relative = True
    else:
        month_i = any(map(low.__contains__, _MONTH_PREFIXES_LOW)) and any(map(low.__contains__, _PART_WORDS))
        years = "year" in low
        relative = any(map(low.__contains__, _RELATIVE_WORDS))
    return {
        "iso": year and "-" in text, "mdy": day, "dmy": day, "part_month": month_i,
        "month_year": month and year, "in_month": month,
        "weekday": "day" in text and any(map(text.__contains__, _WEEKDAY_NAMES)), "years_ago": years,
        "relative": relative, "year": year,
    }


#: the patterns ``_resolve`` reads without ``future``
_NO_FUTURE = frozenset({"iso", "month_year", "years_ago", "relative", "year"})


@lru_cache(maxsize=1024)
def _find_dates(text: str, pub: dt.date, context: str | None) -> tuple[DateRange, ...]:
    """All date expressions in ``text`` (a sentence), non-overlapping, in order."""
    if not _may_hold_date(text):
        return ()
    # without a context, each date looks at its own clause (``_future_before``)
    future = bool(_FUTURE.search(context)) if context is not None else False
    taken: list[tuple[int, int]] = []
    out: list[DateRange] = []
    possible = _possible(text)
    for name, pat in PATTERNS:
        if not possible[name]:
            continue  # the pattern's required words are absent: it cannot match
        for m in pat.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            # the patterns whose reading never looks ahead skip the clause test
            fut = future if context is not None or name in _NO_FUTURE else _future_before(text, s)
            r = _resolve(name, m, pub, fut)
            if r is None:
                continue
            start, end, vague = r
            taken.append((s, e))
            out.append(DateRange(start, end, m.group(0), (s, e), vague))
    return tuple(sorted(out, key=lambda d: d.span))


def _resolve(
    name: str, m: re.Match[str], pub: dt.date, future: bool
) -> tuple[dt.date, dt.date, bool] | None:
    g = m.groupdict()
    try:
        if name == "iso":
            d = dt.date(int(g["year"]), int(g["m"]), int(g["day"]))
            return d, d, False
        if name in ("mdy", "dmy"):
            month, day = _month_num(g["mon"]), int(g["day"])
            if g.get("year"):
                year = int(g["year"])
            else:
                year = _recent_year(month, pub, future)
                if not future and dt.date(year, month, day) > pub:
                    year -= 1
            d = dt.date(year, month, day)
            return d, d, False
        if name == "part_month":
            month = _month_num(g["mon"])
            year = int(g["year"]) if g.get("year") else _recent_year(month, pub, future)
            first, last = _month_range(year, month)
            part = g["part"].lower().rstrip("-")
            if part in ("early", "the beginning of", "the start of"):
                return first, first + dt.timedelta(days=9), True
            if part == "mid":
                return first + dt.timedelta(days=9), first + dt.timedelta(days=20), True
            return first + dt.timedelta(days=19), last, True
        if name == "month_year":
            first, last = _month_range(int(g["year"]), _month_num(g["mon"]))
            return first, last, True
        if name == "in_month":
            mon = g["mon"]
            if mon.lower().rstrip(".") == "may" and g["rel"].lower() not in ("in", "last", "since"):
                return None  # "may" is mostly a verb
            month = _month_num(mon)
            rel = g["rel"].lower()
            if rel == "last":
                year = pub.year - 1 if month >= pub.month else pub.year
            elif rel == "next":
                year = pub.year + 1 if month <= pub.month else pub.year
            else:
                year = _recent_year(month, pub, future)
            first, last = _month_range(year, month)
            return first, last, True
        if name == "weekday":
            wd = WEEKDAYS[g["wd"].lower()]
            rel = (g.get("rel") or "").lower()
            if rel == "next" or (future and rel != "last"):
                delta = (wd - pub.weekday()) % 7 or 7
                d = pub + dt.timedelta(days=delta)
            else:
                delta = (pub.weekday() - wd) % 7
                if rel == "last" and delta == 0:
                    delta = 7
                d = pub - dt.timedelta(days=delta)
            return d, d, False
        if name == "years_ago":
            n = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}.get(g["n"].lower()) or int(g["n"])
            try:
                anniv = pub.replace(year=pub.year - n)
            except ValueError:  # 29 February
                anniv = pub.replace(year=pub.year - n, day=28)
            if (g.get("today") and g["today"].lower() == "today") or (g.get("mark") and g.get("since")):
                return anniv, anniv, False  # "a year ago today", "marked one year since"
            return anniv - dt.timedelta(days=183), anniv + dt.timedelta(days=183), True
        if name == "relative":
            rel = g["rel"].lower()
            monday = pub - dt.timedelta(days=pub.weekday())
            table = {
                "yesterday": (pub - dt.timedelta(days=1), pub - dt.timedelta(days=1), False),
                "today": (pub, pub, False),
                "tonight": (pub, pub, False),
                "last week": (monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), True),
                "this week": (monday, monday + dt.timedelta(days=6), True),
                "earlier this week": (monday, pub, True),
                "next week": (monday + dt.timedelta(days=7), monday + dt.timedelta(days=13), True),
                "this month": (*_month_range(pub.year, pub.month), True),
                "earlier this month": (pub.replace(day=1), pub, True),
                "this year": (dt.date(pub.year, 1, 1), dt.date(pub.year, 12, 31), True),
                "earlier this year": (dt.date(pub.year, 1, 1), pub, True),
                "last year": (dt.date(pub.year - 1, 1, 1), dt.date(pub.year - 1, 12, 31), True),
            }
            if rel == "last month":
                prev = pub.replace(day=1) - dt.timedelta(days=1)
                return (*_month_range(prev.year, prev.month), True)
            if rel in table:
                return table[rel]
            # recently / recent / in recent days|weeks / days|weeks ago
            return pub - dt.timedelta(days=45), pub, True
        if name == "year":
            y = int(g["year"])
            return dt.date(y, 1, 1), dt.date(y, 12, 31), True
    except (ValueError, KeyError, OverflowError):  # dates near year 1 or 9999
        return None
    return None
