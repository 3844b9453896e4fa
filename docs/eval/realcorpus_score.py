"""Score the refutations of a ``factdesk check --format json`` run over tests/realcorpus (articles
and planted copies) against tests/realcorpus/gold.jsonl. A refuted claim overlapping a gold
refuted claim catches it (counted once per gold claim: ``right`` in articles, ``caught-planted``
in planted copies); any other refuted claim is a false alarm. Usage, from the repository root:

    python docs/eval/realcorpus_score.py RUN.json [list]
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path


def gold_spans(path: str, gold: list[dict]) -> list[tuple[int, int, dict]]:
    text = Path(path).read_text(encoding="utf-8")
    out = []
    for g in gold:
        i = -1
        for _ in range(g.get("occurrence", 1)):
            i = text.find(g["text"], i + 1)
        if i >= 0:
            out.append((i, i + len(g["text"]), g))
    return out


def main(run: str, listing: bool) -> None:
    pred = json.loads(Path(run).read_text(encoding="utf-8"))
    gold: dict[str, list[dict]] = collections.defaultdict(list)
    for line in Path("tests/realcorpus/gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        gold[g["article"]].append(g)
    counts: collections.Counter[str] = collections.Counter()
    alarms, caught = [], set()
    for doc in pred["documents"]:
        rel = doc["path"].split("tests/realcorpus/")[-1]
        spans = gold_spans(doc["path"], gold.get(rel, []))
        planted = rel.startswith("planted/")
        counts["planted"] += planted
        for claim in doc["claims"]:
            if claim["verdict"] != "refuted":
                continue
            hit = [g for s, e, g in spans if s < claim["end"] and claim["start"] < e and g["verdict"] == "refuted"]
            if hit:
                caught.update((rel, g["text"]) for g in hit)
            elif planted:
                counts["false-alarm-in-planted-copy"] += 1
            else:
                counts["false-alarm"] += 1
                alarms.append((rel, claim["kind"], claim["text"]))
    counts["right"] = sum(1 for rel, _ in caught if rel.startswith("articles/"))
    counts["caught-planted"] = sum(1 for rel, _ in caught if rel.startswith("planted/"))
    print(run, dict(sorted(counts.items())))
    if listing:
        for alarm in alarms:
            print("  ", alarm)


if __name__ == "__main__":
    main(sys.argv[1], len(sys.argv) > 2)
