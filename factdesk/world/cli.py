"""``factdesk refs build``: build the world reference base and print its hash.

Stdlib-only at import, like the rest of the command line's parsers.
"""

from __future__ import annotations

import argparse


def add_refs_parsers(refs_sub: argparse._SubParsersAction) -> None:
    b = refs_sub.add_parser("build", help="build the world reference base from seeds/world/ and print its hash")
    b.add_argument("--out", metavar="PATH",
                   help="write the base here (default: FACTDESK_WORLD_PATH, else seeds/world/build/ or the cache)")
    b.set_defaults(handler="factdesk.world.cli:cmd_build")


def cmd_build(args: argparse.Namespace) -> int:
    import time
    from pathlib import Path

    from factdesk.settings import Settings
    from factdesk.world.build import build, file_hash
    from factdesk.world.locate import default_path
    from factdesk.world.store import WorldBase

    settings = Settings()
    target = Path(args.out or settings.world_path or default_path())
    t0 = time.perf_counter()
    build(target)
    took = time.perf_counter() - t0
    print(f"built {target} in {took:.1f} s")
    print(f"sha256 {file_hash(target)}")
    print(table(WorldBase(target)))
    return 0


def table(world) -> str:  # noqa: ANN001 - a WorldBase
    """What the base holds: rows and date range per dataset (Markdown)."""
    lines = ["| dataset | kind | covers | from | to | rows | version |", "|---|---|---|---|---|---:|---|"]
    for name, kind, body, start, end, rows, version in world.counts():
        lines.append(f"| {name} | {kind} | {body} | {start} | {end} | {rows:,} | {version} |")
    n = world.db.execute("SELECT count(*) FROM ballot").fetchone()[0]
    p = world.db.execute("SELECT count(*) FROM person").fetchone()[0]
    r = world.db.execute("SELECT count(*) FROM role").fetchone()[0]
    c = world.db.execute("SELECT count(*), sum(former) FROM country").fetchone()
    lines.append(f"\n{n:,} country votes; {p:,} people in {r:,} offices; {c[0]} countries ({c[1]} former states)")
    import datetime as dt

    latest = world.db.execute("SELECT max(admitted) FROM member").fetchone()[0]
    if latest:
        spells = world.db.execute("SELECT count(*), count(until) FROM member WHERE seat_of IS NULL").fetchone()
        now = len(world.members_on(dt.date.fromisoformat(latest)))
        lines.append(f"UN membership: {spells[0]} spells of membership ({spells[1]} ended), {now} Members since "
                     f"{latest}; {len(world.members_on(dt.date(1945, 12, 31)))} at the end of 1945")
    return "\n".join(lines)
