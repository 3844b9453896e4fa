"""Mutation sweep over the DEV half of the real corpus (issue 13, planted errors caught).

    .venv/bin/python tests/realcorpus/sweep.py            # the table
    .venv/bin/python tests/realcorpus/sweep.py --misses   # and every miss / collateral refutation
    .venv/bin/python tests/realcorpus/sweep.py --category tally --misses

For every article of ``tests/realcorpus/articles`` whose front matter says ``split: dev`` (never a
held-out file: their front matter is read by ``realeval.corpus_files`` only to leave them out; no
planted copy), and every gold claim of ``gold.jsonl`` that the checker finds (a predicted claim
overlapping it) and marks ``supported``, the sweep makes mechanical mutations of the predicted
claim's span, one per copy of the document, by category (the categories of issue 13):

* ``tally``    a vote count +1, -1, +3 (word or figure kept as written), and the first two different
               counts of the span swapped (a body's size, "out of 193", "the council's 15", is no count);
* ``country``  a country the span names in an against / abstain list replaced by a member that voted
               yes on the record the claim was identified with (``refs.full_votes``);
* ``weekday``  a weekday shifted by one day;
* ``outcome``  "adopted"/"passed"/"approved" <-> "rejected", "vetoed" -> "adopted";
* ``name``     a person's name misspelled by one edit (an interior vowel of the last word of the span
               that the references know as a surname or alias changed);
* ``date``     a day of a month shifted by two days;
* ``vetoer``   a permanent member named as vetoing, or a drafter ("drafted/proposed/submitted by X",
               "X-drafted"), replaced by another country.

Each mutated copy is checked in-process exactly as ``factdesk check`` checks a file, and counted as

* ``caught``   a refuted claim overlaps the mutated claim; ``corr`` of those whose correction names
               the original value (the figure, weekday, day, name, country or result word);
* ``missed``   no refutation of it (``by verdict``: what the overlapping claim got instead,
               ``unverified``, ``supported`` or ``none`` when no claim was found there);
* ``collat``   refutations ELSEWHERE in the mutated copy that the unmutated document does not have
               (a refutation of an unmutated claim: a false alarm the mutation provoked). Must be 0.

A mutation that happens to say something true (a count another record gives, a shifted date the
sentence could also mean) counts as missed: the table is a guide to general causes of misses, not a score.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "realcorpus"
sys.path.insert(0, str(ROOT))

CATEGORIES = ("tally", "country", "weekday", "outcome", "name", "date", "vetoer")
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
_NUM = re.compile(r"(?<![\w/.,-])(\d{1,3}|" + "|".join(WORDS[1:]) + r")(?![\w/]|[.,]\d|-(?:\d{2,}|[a-z]))", re.I)
_MONTH_DAY = re.compile(r"\b(?:" + MONTHS + r")\.? (\d{1,2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2}) (?:" + MONTHS + r")\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
#: a body's size, not a count of votes: "141 out of 193 member states", "Eleven of the council's 15 members"
_SIZE_BEFORE = re.compile(r"(?:\bout\s+of|\bof|['’]s)\s+(?:the\s+|its\s+)?$", re.I)
_OUTCOME = {"adopted": "rejected", "passed": "rejected", "approved": "rejected", "rejected": "adopted",
            "vetoed": "adopted", "adopts": "rejects", "approves": "rejects", "passes": "rejects"}
_OUTCOME_RE = re.compile(r"\b(" + "|".join(_OUTCOME) + r")\b", re.I)
_FAMILY = {"adopted": ("adopt", "pass", "approv"), "passed": ("adopt", "pass", "approv"),
           "approved": ("adopt", "pass", "approv"), "adopts": ("adopt", "pass", "approv"),
           "approves": ("adopt", "pass", "approv"), "passes": ("adopt", "pass", "approv"),
           "rejected": ("fail", "reject", "veto", "not adopted"), "vetoed": ("veto",)}
_AGAINST = re.compile(r"against|abstain|voted no|opposed|no votes|abstention", re.I)
_VETO = re.compile(r"veto", re.I)
_DRAFT = re.compile(r"\b(?:drafted|proposed|submitted|sponsored|tabled|put forward|introduced) by\b|-drafted\b|-"
                    r"sponsored\b|-proposed\b|'s draft\b|’s draft\b", re.I)
P5 = {"United States": "Russia", "Russia": "United States", "China": "United States", "France": "Russia",
      "United Kingdom": "China"}
_P5_NAMES = {"US": "United States", "U.S.": "United States", "USA": "United States", "Washington": "United States",
             "Russia": "Russia", "Moscow": "Russia", "China": "China", "Beijing": "China", "France": "France",
             "Britain": "United Kingdom", "UK": "United Kingdom", "United Kingdom": "United Kingdom",
             "United States": "United States", "Russian Federation": "Russia"}
_P5_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(k) for k in _P5_NAMES), key=len, reverse=True)) + r")(?!\w)")
_VOWEL = {"a": "e", "e": "a", "i": "e", "o": "a", "u": "o"}
_CAP = re.compile(r"\b[A-Z][a-zà-ÿ]{4,}\b")


@dataclass
class Mutation:
    category: str
    start: int  # in the document's text
    end: int
    new: str
    old: str
    expect: tuple[str, ...]  # a correction naming one of these (case-folded) names the original value


def _num_value(tok: str) -> int:
    return int(tok) if tok.isdigit() else WORDS.index(tok.lower())


def _num_text(like: str, n: int) -> str:
    if like.isdigit() or n >= len(WORDS):
        return str(n)
    w = WORDS[n]
    return w.capitalize() if like[0].isupper() else w


def mutations(text: str, start: int, end: int, kind: str, record_votes: dict[str, str] | None,
              is_name=lambda w: True) -> list[Mutation]:  # noqa: ANN001
    """The mutations of the claim at ``text[start:end]``."""
    from factdesk.refs.countries import find_countries

    span = text[start:end]
    out: list[Mutation] = []
    dates = [(m.start(1), m.end(1)) for rx in (_MONTH_DAY, _DAY_MONTH) for m in rx.finditer(span)]
    if kind == "vote":
        nums = [m for m in _NUM.finditer(span)
                if not any(a <= m.start(1) < b for a, b in dates) and _num_value(m.group(1)) <= 200
                and not (_num_value(m.group(1)) in (15, 193) and _SIZE_BEFORE.search(span, 0, m.start(1)))]
        for m in nums:
            v = _num_value(m.group(1))
            for d in (1, -1, 3):
                if v + d >= 0:
                    out.append(Mutation("tally", start + m.start(1), start + m.end(1), _num_text(m.group(1), v + d),
                                        m.group(1), (str(v),)))
        diff = [m for m in nums if _num_value(m.group(1)) != _num_value(nums[0].group(1))] if nums else []
        if diff:  # the first two different counts swapped: one copy, two replacements (see ``apply``)
            a, b = nums[0], diff[0]
            out.append(Mutation("tally", start + a.start(1), start + a.end(1),
                                f"{b.group(1)}\x00{start + b.start(1)}\x00{start + b.end(1)}\x00{a.group(1)}",
                                a.group(1), (str(_num_value(a.group(1))), str(_num_value(b.group(1))))))
        if record_votes and _AGAINST.search(span):
            yes = sorted(c for c, x in record_votes.items() if x == "yes")
            for s, e, canon in find_countries(span):
                if record_votes.get(canon) in ("no", "abstain"):
                    new = next((c for c in ("France", "Japan", "Brazil", "India", "Mexico", "Egypt", *yes)
                                if c in yes and c not in span), None)
                    if new:
                        out.append(Mutation("country", start + s, start + e, new, span[s:e], (new.lower(),)))
                    break
        if _VETO.search(span):
            for m in _P5_RE.finditer(span):
                canon = _P5_NAMES[m.group(1)]
                new = P5[canon]
                out.append(Mutation("vetoer", start + m.start(1), start + m.end(1), new, m.group(1),
                                    (canon.lower(), m.group(1).lower())))
                break
        for m in _OUTCOME_RE.finditer(span):
            word = m.group(1).lower()
            new = _OUTCOME[word]
            new = new.capitalize() if m.group(1)[0].isupper() else new
            out.append(Mutation("outcome", start + m.start(1), start + m.end(1), new, m.group(1), _FAMILY[word]))
    if kind in ("vote", "statement"):
        dm = _DRAFT.search(span)
        if dm:
            near = [c for c in find_countries(span) if abs(c[0] - dm.end()) <= 3 or abs(c[1] - dm.start()) <= 1]
            if near:
                s, e, canon = near[0]
                new = "Russia" if canon != "Russia" else "United States"
                out.append(Mutation("vetoer", start + s, start + e, new, span[s:e], (canon.lower(), span[s:e].lower())))
    for m in _WEEKDAY.finditer(span):
        i = WEEKDAYS.index(m.group(1))
        out.append(Mutation("weekday", start + m.start(1), start + m.end(1), WEEKDAYS[(i + 1) % 7], m.group(1),
                            (m.group(1).lower(),)))
    for s, e in dates:
        day = int(span[s:e])
        new = day - 2 if day > 3 else day + 2
        out.append(Mutation("date", start + s, start + e, str(new), span[s:e], (str(day),)))
    if kind in ("person_role", "name"):
        countries = {w for _, _, c in find_countries(span) for w in c.split()}
        caps = [m for m in _CAP.finditer(span) if m.group(0) not in countries and m.group(0) not in WEEKDAYS
                and not re.match(MONTHS, m.group(0)) and is_name(m.group(0))]
        if caps:
            m = caps[-1]
            w = m.group(0)
            for i in range(len(w) - 2, 0, -1):  # the last interior vowel changed
                if w[i] in _VOWEL:
                    new = w[:i] + _VOWEL[w[i]] + w[i + 1:]
                    out.append(Mutation("name", start + m.start(), start + m.end(), new, w, (w.lower(),)))
                    break
    return out


def apply(text: str, mu: Mutation) -> tuple[str, int]:
    """The mutated text and the length change before the claim's end."""
    if "\x00" in mu.new:  # a swap
        b_text, b_start, b_end, a_text = mu.new.split("\x00")
        b_start, b_end = int(b_start), int(b_end)
        t = text[:b_start] + a_text + text[b_end:]
        t = t[:mu.start] + b_text + t[mu.end:]
        return t, (len(a_text) - (b_end - b_start)) + (len(b_text) - (mu.end - mu.start))
    return text[:mu.start] + mu.new + text[mu.end:], len(mu.new) - (mu.end - mu.start)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--misses", action="store_true", help="list every miss and collateral refutation")
    ap.add_argument("--category", choices=CATEGORIES)
    ap.add_argument("--article", help="only files whose name contains this")
    args = ap.parse_args(argv)

    import datetime as dt

    from factdesk.ingest import parse_bytes
    from factdesk.pipeline import load_reference_base
    from factdesk.realeval import corpus_files, load_real_gold
    from factdesk.registry import load_checkers
    from factdesk.service import CheckOptions, CheckSetup, run_check
    from factdesk.settings import Settings

    refs = load_reference_base(Settings(bundled_packs=True, packs=""))
    setup = CheckSetup(refs, load_checkers(), CheckOptions())
    files = [m for m in corpus_files(CORPUS, "dev") if not m.planted and m.split == "dev"]
    if args.article:
        files = [m for m in files if args.article in m.path]
    gold = load_real_gold(CORPUS, files)
    votes_by_id: dict[str, object] = {}
    for v in refs.votes_between(dt.date(1945, 1, 1), dt.date(2100, 1, 1)):
        votes_by_id.setdefault(v.id, v)

    def is_name(word: str) -> bool:  # a word of a known person's name (not "Exchequer", "Minister")
        return refs.person_by_surname(word) is not None or refs.known_alias(word)

    def check(rel: str, text: str):  # noqa: ANN202
        doc, view = parse_bytes(text.encode("utf-8"), rel)
        return run_check(doc, view, setup).claims

    stats: dict[str, Counter] = defaultdict(Counter)
    detail: list[str] = []
    for meta in files:
        text = (CORPUS / meta.path).read_text(encoding="utf-8")
        base = check(meta.path, text)
        base_refuted = {(c.claim.text, c.verdict.correction) for c in base if c.verdict.label.value == "refuted"}
        seen: set[tuple[int, int]] = set()
        for g in (g for g in gold if g.draft == meta.path and g.verdict == "supported"):
            hit = next((c for c in base if c.claim.start < g.end and g.start < c.claim.end
                        and c.verdict.label.value == "supported"), None)
            if hit is None or (hit.claim.start, hit.claim.end) in seen:
                continue
            seen.add((hit.claim.start, hit.claim.end))
            rec = _record_of(hit.verdict, refs, votes_by_id)
            rv = dict(refs.full_votes(rec)) if rec is not None else None
            for mu in mutations(text, hit.claim.start, hit.claim.end, hit.claim.kind.value, rv, is_name):
                if args.category and mu.category != args.category:
                    continue
                new_text, delta = apply(text, mu)
                lo, hi = hit.claim.start, hit.claim.end + delta
                claims = check(meta.path, new_text)
                over = [c for c in claims if c.claim.start < hi and lo < c.claim.end]
                ref = [c for c in over if c.verdict.label.value == "refuted"]
                st = stats[mu.category]
                st["mutations"] += 1
                where = f"{Path(meta.path).name}: [{mu.category}] {mu.old!r}->{mu.new.split(chr(0))[0]!r} in " \
                        f"{new_text[lo:hi]!r}"
                if ref:
                    st["caught"] += 1
                    corr = " ".join(c.verdict.correction or "" for c in ref).lower()
                    if any(x in corr for x in mu.expect):
                        st["corr"] += 1
                    else:
                        detail.append(f"  CORRECTION {where} -> {ref[0].verdict.correction!r}")
                else:
                    got = over[0].verdict.label.value if over else "none"
                    st["missed"] += 1
                    st[f"missed_{got}"] += 1
                    why = over[0].verdict.rationale[:160] if over else ""
                    detail.append(f"  MISSED/{got} {where} :: {why}")
                for c in claims:
                    if c.verdict.label.value == "refuted" and not (c.claim.start < hi and lo < c.claim.end) \
                            and (c.claim.text, c.verdict.correction) not in base_refuted:
                        st["collat"] += 1
                        detail.append(f"  COLLATERAL {where} -> refuted {c.claim.text!r} ({c.verdict.correction!r})")
    print(f"dev articles: {len(files)}; gold claims found and supported, mutated: see per category")
    head = f"{'category':10} {'mutations':>9} {'caught':>7} {'caught%':>8} {'corr':>5} {'missed':>7} " \
           f"{'unverif':>8} {'support':>8} {'none':>5} {'collat':>7}"
    print(head)
    tot: Counter = Counter()
    for cat in CATEGORIES:
        st = stats.get(cat, Counter())
        tot.update(st)
        _row(cat, st)
    _row("all", tot)
    if args.misses:
        print("\n".join(sorted(detail)))
    return 0


_DESCRIBED = re.compile(r"^(Security Council|General Assembly), (\d{1,2} \w{3} \d{4})")


def _record_of(verdict, refs, votes_by_id):  # noqa: ANN001, ANN202
    """The vote a verdict was judged on: its identification's record, else the one its rationale describes
    ("General Assembly, 2 Mar 2022, A/RES/ES-11/1: adopted; ..."; a supported verdict carries no identification)."""
    import datetime as dt

    ident = verdict.identification
    if ident is not None and ident.record in votes_by_id:
        return votes_by_id[ident.record]
    m = _DESCRIBED.match(verdict.rationale or "")
    if not m:
        return None
    day = dt.datetime.strptime(m.group(2), "%d %b %Y").date()
    on = refs.votes_between(day, day, "SC" if m.group(1) == "Security Council" else "GA")
    head = verdict.rationale.split(":", 1)[0]
    named = [v for v in on if (v.resolution and v.resolution in head) or (v.symbol and v.symbol in head)]
    return named[0] if len(named) == 1 else (on[0] if len(on) == 1 else None)


def _row(cat: str, st: Counter) -> None:
    n = st["mutations"]
    pct = f"{100.0 * st['caught'] / n:.1f}" if n else "-"
    print(f"{cat:10} {n:9} {st['caught']:7} {pct:>8} {st['corr']:5} {st['missed']:7} {st['missed_unverified']:8} "
          f"{st['missed_supported']:8} {st['missed_none']:5} {st['collat']:7}")


if __name__ == "__main__":
    raise SystemExit(main())
