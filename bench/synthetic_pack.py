"""A deterministic pack of fictional people, for measuring big packs (never committed).

    .venv/bin/python bench/synthetic_pack.py OUT.jsonl [--people N]

Names are made of invented syllables ("Kavelo Drunsimar"), so none is a real person or an
English word; every person holds one office of one of 500 fictional roles in "Zembla".
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

_ONSETS = ["b", "d", "dr", "g", "k", "kr", "l", "m", "n", "p", "r", "s", "t", "v", "z", "th", "sk", "br"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ei"]
_CODAS = ["", "n", "r", "l", "m", "s"]
SOURCE = "https://example.org/synthetic-pack"


_SYLLABLES = [o + v + c for o in _ONSETS for v in _VOWELS for c in _CODAS]


def _word(i: int, parts: int) -> str:
    syl = _SYLLABLES
    out = []
    for _ in range(parts):
        i, r = divmod(i, len(syl))
        out.append(syl[r])
    return "".join(out).capitalize()


def write_pack(path: Path, people: int, roles: int = 500) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"type": "pack", "name": "synthetic-people", "version": f"{people}", "format": 1}) + "\n")
        for r in range(roles):
            f.write(json.dumps({"type": "role", "id": f"zembla-warden-{r}", "title": f"Warden of District {r}",
                                "country": "Zembla"}) + "\n")
        for i in range(people):
            given = _word(i * 7919 % 5000 + 1, 2)
            surname = _word(i * 104729 % 10_000_000 + 10_000, 3)
            year = 1950 + i % 70
            f.write(json.dumps({
                "type": "person", "id": f"zembla-{i}", "name": f"{given} {surname}",
                "offices": [{"role": f"zembla-warden-{i % roles}", "start": f"{year}-01-01",
                             "end": f"{year + 4}-01-01", "sources": [SOURCE]}],
                "sources": [SOURCE],
            }, separators=(",", ":")) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--people", type=int, default=1_000_000)
    args = ap.parse_args()
    write_pack(args.out, args.people)
    return 0


if __name__ == "__main__":
    sys.exit(main())
