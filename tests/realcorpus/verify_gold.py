"""Sanity checks for the real-reporting corpus (run: python tests/realcorpus/verify_gold.py).

Checks that
* every article and planted copy has front matter with title, date (ISO), source (URL),
  outlet, domain (home|beyond), split (dev|heldout) and excerpt (true|false);
* the split is the one decided by the URL's hash: heldout when
  int(sha256(url).hexdigest(), 16) % 3 == 0, else dev;
* a planted copy has the same front matter as its article plus `planted:`, and differs
  from it;
* every gold `text` occurs in its file, `occurrence` is given exactly when it occurs more
  than once (and is in range); `correction` is set iff the verdict is `refuted`; every
  refuted or supported line names a `source`; every file has >= 3 gold lines;
  every planted copy has exactly one gold line marked `planted: true`, which is refuted;
* index.tsv lists every article exactly once with matching file, outlet, date, domain and
  split, and every URL at most once.
Prints counts per domain, split, kind and verdict. Exits 1 on any problem.
`--write-index` rewrites index.tsv from the articles plus the rejected rows already in it.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import pathlib
import re
import sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
KINDS = ["event_date", "name", "person_role", "quantity", "statement", "vote"]
VERDICTS = ["supported", "refuted", "unverified", "conflicting"]
FIELDS = ["title", "date", "source", "outlet", "domain", "split", "excerpt"]
INDEX_COLS = ["url", "status", "file", "outlet", "date", "domain", "split", "reason"]


def split_of(url: str) -> str:
    return "heldout" if int(hashlib.sha256(url.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


def front_matter(text: str) -> tuple[dict[str, str], str] | None:
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not m:
        return None
    meta = {}
    for line in m.group(1).splitlines():
        key, _, value = line.partition(": ")
        value = value.strip()
        if value.startswith('"'):
            value = json.loads(value)
        meta[key.strip()] = value
    return meta, text[m.end():]


def load_files(errors: list[str]) -> dict[str, tuple[dict[str, str], str]]:
    files = {}
    for folder in ("articles", "planted"):
        for p in sorted((HERE / folder).glob("*.md")):
            rel = f"{folder}/{p.name}"
            text = p.read_text(encoding="utf-8")
            parsed = front_matter(text)
            if parsed is None:
                errors.append(f"{rel}: no front matter")
                continue
            meta, _ = parsed
            for f in FIELDS:
                if not meta.get(f):
                    errors.append(f"{rel}: front matter lacks {f}")
            try:
                dt.date.fromisoformat(meta.get("date", ""))
            except ValueError:
                errors.append(f"{rel}: date {meta.get('date')!r} is not ISO")
            if meta.get("domain") not in ("home", "beyond"):
                errors.append(f"{rel}: domain {meta.get('domain')!r}")
            if meta.get("excerpt") not in ("true", "false"):
                errors.append(f"{rel}: excerpt {meta.get('excerpt')!r}")
            if not meta.get("source", "").startswith("http"):
                errors.append(f"{rel}: source is not a URL")
            elif meta.get("split") != split_of(meta["source"]):
                errors.append(f"{rel}: split {meta.get('split')} but the URL hash says {split_of(meta['source'])}")
            files[rel] = (meta, text)
    for rel, (meta, text) in files.items():
        if rel.startswith("planted/"):
            orig = files.get("articles/" + rel.split("/", 1)[1])
            if orig is None:
                errors.append(f"{rel}: no article of that name")
                continue
            if not meta.get("planted"):
                errors.append(f"{rel}: front matter lacks planted (what was changed)")
            for f in FIELDS:
                if meta.get(f) != orig[0].get(f):
                    errors.append(f"{rel}: {f} differs from the article's")
            if orig[1] == text:
                errors.append(f"{rel}: identical to the article")
    return files


def read_index() -> list[dict[str, str]]:
    path = HERE / "index.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def write_index(files: dict[str, tuple[dict[str, str], str]]) -> None:
    rows = [
        {"url": m["source"], "status": "included", "file": rel.split("/", 1)[1], "outlet": m["outlet"],
         "date": m["date"], "domain": m["domain"], "split": m["split"], "reason": ""}
        for rel, (m, _) in files.items() if rel.startswith("articles/")
    ]
    included = {r["url"] for r in rows}
    for r in read_index():
        if r["status"] == "rejected" and r["url"] not in included:
            r["split"] = split_of(r["url"])
            rows.append(r)
    with (HERE / "index.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=INDEX_COLS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def check_index(files, errors: list[str]) -> list[dict[str, str]]:
    rows = read_index()
    urls = Counter(r["url"] for r in rows)
    for url, n in urls.items():
        if n > 1:
            errors.append(f"index.tsv: {url} listed {n} times")
    by_file = {r["file"]: r for r in rows if r["status"] == "included"}
    for rel, (m, _) in files.items():
        if not rel.startswith("articles/"):
            continue
        r = by_file.get(rel.split("/", 1)[1])
        if r is None:
            errors.append(f"index.tsv: {rel} not listed")
            continue
        pairs = (("url", "source"), ("outlet", "outlet"), ("date", "date"), ("domain", "domain"), ("split", "split"))
        for col, key in pairs:
            if r[col] != m[key]:
                errors.append(f"index.tsv: {rel} {col} {r[col]!r} != {m[key]!r}")
    for r in rows:
        if r["status"] not in ("included", "rejected"):
            errors.append(f"index.tsv: bad status {r['status']!r} for {r['url']}")
        if r["status"] == "rejected" and not r["reason"]:
            errors.append(f"index.tsv: rejected {r['url']} has no reason")
        if r["split"] != split_of(r["url"]):
            errors.append(f"index.tsv: split of {r['url']} does not match its hash")
        if r["status"] == "included" and f"articles/{r['file']}" not in files:
            errors.append(f"index.tsv: {r['file']} listed but missing")
    return rows


def main(argv: list[str]) -> int:
    errors: list[str] = []
    files = load_files(errors)
    if "--write-index" in argv:
        write_index(files)
    rows = check_index(files, errors)
    gold = [json.loads(line) for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    per_file: Counter[str] = Counter()
    planted_lines: Counter[str] = Counter()
    for i, g in enumerate(gold, 1):
        where = f"gold line {i} ({g.get('article')}: {g.get('text')!r})"
        if g.get("article") not in files:
            errors.append(f"{where}: unknown article")
            continue
        if g.get("kind") not in KINDS:
            errors.append(f"{where}: bad kind {g.get('kind')}")
        if g.get("verdict") not in VERDICTS:
            errors.append(f"{where}: bad verdict {g.get('verdict')}")
        if (g.get("verdict") == "refuted") != (g.get("correction") is not None):
            errors.append(f"{where}: correction must be set iff verdict is refuted")
        if g.get("verdict") in ("supported", "refuted", "conflicting") and not g.get("source"):
            errors.append(f"{where}: a {g.get('verdict')} line needs a source")
        if not g.get("note"):
            errors.append(f"{where}: no note")
        n = files[g["article"]][1].count(g["text"])
        occ = g.get("occurrence")
        if n == 0:
            errors.append(f"{where}: text not found")
        elif n > 1 and occ is None:
            errors.append(f"{where}: text occurs {n} times but no occurrence given")
        elif occ is not None and not 1 <= occ <= n:
            errors.append(f"{where}: occurrence {occ} but text occurs {n} times")
        elif occ is not None and n == 1:
            errors.append(f"{where}: occurrence given but text occurs once")
        per_file[g["article"]] += 1
        if g.get("planted"):
            planted_lines[g["article"]] += 1
            if not g["article"].startswith("planted/") or g.get("verdict") != "refuted":
                errors.append(f"{where}: a planted line must be a refuted line of a planted copy")
    for rel in files:
        if per_file[rel] < 3:
            errors.append(f"{rel}: only {per_file[rel]} gold lines")
        if rel.startswith("planted/") and planted_lines[rel] != 1:
            errors.append(f"{rel}: {planted_lines[rel]} planted lines (want 1)")
    for e in errors:
        print("ERROR", e)

    arts = {rel: m for rel, (m, _) in files.items() if rel.startswith("articles/")}
    planted = [rel for rel in files if rel.startswith("planted/")]
    rejected = sum(1 for r in rows if r["status"] == "rejected")
    print(f"{len(arts)} articles, {len(planted)} planted copies, {len(gold)} gold lines; "
          f"index: {len(rows)} URLs ({rejected} rejected)")
    print(f"{'articles':<10}{'dev':>8}{'heldout':>8}{'total':>8}")
    for d in ("home", "beyond"):
        c = Counter(m["split"] for m in arts.values() if m["domain"] == d)
        print(f"{d:<10}{c['dev']:>8}{c['heldout']:>8}{c['dev'] + c['heldout']:>8}")
    pc = Counter(files[p][0]["split"] for p in planted)
    print(f"{'planted':<10}{pc['dev']:>8}{pc['heldout']:>8}{len(planted):>8}")
    def where_of(g: dict) -> tuple[str, str]:
        meta = files[g["article"]][0]
        return meta["domain"], meta["split"]

    for title, subset in (("real articles", [g for g in gold if g["article"].startswith("articles/")]),
                          ("planted copies", [g for g in gold if g["article"].startswith("planted/")])):
        print(f"\ngold lines, {title}: {len(subset)}")
        print(f"{'kind':<12}" + "".join(f"{v:>12}" for v in VERDICTS) + f"{'total':>8}")
        table = Counter((g["kind"], g["verdict"]) for g in subset)
        for k in KINDS:
            row = "".join(f"{table[k, v]:>12}" for v in VERDICTS)
            print(f"{k:<12}" + row + f"{sum(table[k, v] for v in VERDICTS):>8}")
        tot = Counter(g["verdict"] for g in subset)
        print(f"{'total':<12}" + "".join(f"{tot[v]:>12}" for v in VERDICTS) + f"{len(subset):>8}")
        for d in ("home", "beyond"):
            for s in ("dev", "heldout"):
                sub = [g for g in subset if where_of(g) == (d, s)]
                c = Counter(g["verdict"] for g in sub)
                print(f"  {d}/{s:<8}" + "".join(f"{c[v]:>12}" for v in VERDICTS) + f"{len(sub):>8}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
