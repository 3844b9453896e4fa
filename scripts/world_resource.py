"""Re-source a curated pack's offices from the world base, and drop denied sources.

For every office of a pack whose sources are all outside the tiers
(``factdesk.world.tiers``), the world base's record of the same person in the same
office (same title and country, same start) adds its own source: the Factbook file
at its commit, or the IfG Ministers Database. Sources on the denied list are removed
from every fact (a fact left with no source keeps none of them and is reported).

    .venv/bin/python scripts/world_resource.py seeds/gaza-un-2023-2024.jsonl
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from factdesk.refs.base import ReferenceBase, _same_name
from factdesk.refs.pack import load_pack
from factdesk.world.locate import open_world
from factdesk.world.tiers import denied, untiered


def main(path: str) -> int:
    pack = load_pack(Path(path))
    refs = ReferenceBase.from_packs([pack])
    world = open_world()
    refs.attach_world(world)
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    out, added, dropped = [], 0, 0
    for line in lines:
        rec = json.loads(line) if line.strip() and not line.startswith("//") else None
        if rec is None or rec.get("type") == "pack":
            out.append(line)
            continue
        for holder in [rec, *rec.get("offices", []), *rec.get("alt_tallies", []),
                       *[o["confirmation"] for o in rec.get("offices", []) if o.get("confirmation")]]:
            if "sources" in holder:
                keep = [u for u in holder["sources"] if not denied(u)]
                dropped += len(holder["sources"]) - len(keep)
                holder["sources"] = keep or holder["sources"]
        if rec.get("type") == "person":
            for o in rec.get("offices", []):
                if not untiered(o["sources"]) or not (o.get("start") or o.get("end")):
                    continue
                key, day = ("start", o["start"]) if o.get("start") else ("end", o["end"])
                day = dt.date.fromisoformat(day)
                for p, wo in world.people.holders_of(o["role"]):
                    same = _same_name(p, type("P", (), {"name": rec["name"]})())
                    theirs = getattr(wo, key)
                    if same and theirs is not None and abs((theirs - day).days) <= 1:
                        o["sources"] = [*o["sources"], *[u for u in wo.sources if u not in o["sources"]]]
                        added += 1
                        break
            rec["sources"] = rec["sources"] + [u for o in rec.get("offices", []) for u in o["sources"]
                                               if u not in rec["sources"] and not untiered([u])][:2]
        out.append(json.dumps(rec, ensure_ascii=False))
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{path}: {added} offices re-sourced from the world base, {dropped} denied sources removed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
