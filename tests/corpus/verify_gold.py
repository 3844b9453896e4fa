"""Sanity checks for the labeled development corpus (run: python tests/corpus/verify_gold.py).

Checks that every gold "text" occurs in its draft (and that "occurrence" is given
and valid when the text occurs more than once), that verdict/correction fields are
consistent, that every draft has front matter, 100-300 words and >= 3 gold claims.
Prints the kind x verdict counts.
"""
from __future__ import annotations

import datetime as dt
import json
import pathlib
import re
import sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {"person_role", "name", "event_date", "vote", "quantity", "statement"}
VERDICTS = ["supported", "refuted", "unverified", "conflicting"]


def main() -> int:
    errors: list[str] = []
    drafts = {p.name: p.read_text(encoding="utf-8") for p in sorted((HERE / "drafts").glob("*.md"))}
    gold = [json.loads(line) for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    per_draft = Counter()
    for name, text in drafts.items():
        m = re.match(r'---\ntitle: "([^"]+)"\ndate: (\d{4}-\d{2}-\d{2})\n---\n', text)
        if not m:
            errors.append(f"{name}: bad front matter")
            continue
        date = dt.date.fromisoformat(m.group(2))
        if not dt.date(2023, 1, 1) <= date <= dt.date(2025, 12, 31):
            errors.append(f"{name}: date {date} outside 2023-2025")
        words = len(text[m.end():].split())
        if not 100 <= words <= 300:
            errors.append(f"{name}: {words} words")
    for i, g in enumerate(gold, 1):
        where = f"gold line {i} ({g.get('draft')}: {g.get('text')!r})"
        if g.get("draft") not in drafts:
            errors.append(f"{where}: unknown draft"); continue
        if g.get("kind") not in KINDS:
            errors.append(f"{where}: bad kind {g.get('kind')}")
        if g.get("verdict") not in VERDICTS:
            errors.append(f"{where}: bad verdict {g.get('verdict')}")
        if (g.get("verdict") == "refuted") != (g.get("correction") is not None):
            errors.append(f"{where}: correction must be set iff verdict is refuted")
        n = drafts[g["draft"]].count(g["text"])
        occ = g.get("occurrence")
        if n == 0:
            errors.append(f"{where}: text not found")
        elif n > 1 and occ is None:
            errors.append(f"{where}: text occurs {n} times but no occurrence given")
        elif occ is not None and not 1 <= occ <= n:
            errors.append(f"{where}: occurrence {occ} but text occurs {n} times")
        per_draft[g["draft"]] += 1
    for name in drafts:
        if per_draft[name] < 3:
            errors.append(f"{name}: only {per_draft[name]} gold claims")
    for e in errors:
        print("ERROR", e)

    kinds = sorted(KINDS)
    table = Counter((g["kind"], g["verdict"]) for g in gold)
    print(f"{len(drafts)} drafts, {len(gold)} gold claims")
    print(f"{'kind':<12}" + "".join(f"{v:>13}" for v in VERDICTS) + f"{'total':>8}")
    for k in kinds:
        print(f"{k:<12}" + "".join(f"{table[k, v]:>13}" for v in VERDICTS) + f"{sum(table[k, v] for v in VERDICTS):>8}")
    tot = Counter(g["verdict"] for g in gold)
    print(f"{'total':<12}" + "".join(f"{tot[v]:>13}" for v in VERDICTS) + f"{len(gold):>8}")
    print("share       " + "".join(f"{100 * tot[v] / len(gold):>12.1f}%" for v in VERDICTS))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
