"""``factdesk refs refresh`` and ``factdesk refs show``: live sources from the command line.

Imports only the standard library at module level: this module is loaded on every
``factdesk`` start-up to build the argument parser.
"""

from __future__ import annotations

import argparse
import json
import re
import sys

SOURCES = ("wikidata", "unvotes", "vetolist", "unpress")


def add_refs_parsers(refs_sub: argparse._SubParsersAction) -> None:
    r = refs_sub.add_parser("refresh", help="refresh facts from the live sources (Wikidata, Wikipedia, UN records)")
    r.add_argument("--source", metavar="NAME", choices=SOURCES,
                   help=f"only this source ({', '.join(SOURCES)}); default: every source with stored facts")
    r.add_argument("--entity", nargs="+", action="extend", metavar="QID",
                   help="only these Wikidata items (e.g. Q42); default: the entities already stored")
    r.add_argument("--office", nargs="+", action="extend", metavar="QID",
                   help="with --source wikidata: also everyone who held these offices (Wikidata Query Service)")
    r.add_argument("--csv", action="append", metavar="FILE_OR_URL",
                   help="with --source unvotes: a UN Digital Library voting-data CSV to import")
    r.add_argument("--url", action="append", metavar="URL",
                   help="with --source unpress: a press.un.org meetings-coverage page to read (a URL, or a path "
                        "under FACTDESK_UNPRESS_URL such as /en/2023/sc15519.doc.htm); default: the stored ones")
    r.set_defaults(handler="factdesk.sources.cli:cmd_refresh")


def cmd_refresh(args: argparse.Namespace) -> int:
    from sqlmodel import Session

    from factdesk.errors import UsageError
    from factdesk.settings import get_settings
    from factdesk.store.db import get_engine

    settings = get_settings()
    source = args.source
    if args.entity or args.office:
        if source not in (None, "wikidata"):
            raise UsageError("--entity and --office name Wikidata items: use them with --source wikidata")
        bad = [q for q in [*(args.entity or []), *(args.office or [])] if not re.fullmatch(r"Q[1-9][0-9]{0,11}", q)]
        if bad:
            raise UsageError(f"not a Wikidata item id: {bad[0]!r} (expected Q followed by digits)")
        source = "wikidata"
    if args.csv and source != "unvotes":
        raise UsageError("--csv is for --source unvotes")
    if args.url and source != "unpress":
        raise UsageError("--url is for --source unpress")
    from factdesk.sources.run import refresh_sources

    with Session(get_engine(settings.database_url)) as session:
        results = refresh_sources(session=session, settings=settings, sources=[source] if source else None,
                                  entities=args.entity, csv=args.csv, urls=args.url, offices=args.office)
    return _report(results)


def _report(results: list) -> int:  # noqa: ANN001
    failed = 0
    for r in results:
        added = sum(1 for c in r.changes if c.change == "added")
        changed = sum(1 for c in r.changes if c.change == "changed")
        print(f"{r.source}: refreshed {len(r.refreshed)} ({', '.join(r.refreshed) or 'none'}); "
              f"{added} facts added, {changed} changed; {len(r.errors)} failed")
        for c in r.changes:
            print(f"  {c.change}: {c.kind} {c.key} (snapshot {c.snapshot_id})")
        for n in r.notes:
            print(f"  note: {n}")
        for e in r.errors:
            print(f"factdesk: error: {e}", file=sys.stderr)
        failed += len(r.errors)
    return 2 if failed else 0


def _office_name(role, role_id: str) -> str:  # noqa: ANN001 - a refs.pack.Role or None
    if role is None:
        return f"[{role_id}]"
    return f"{role.title}" + (f" ({role.country})" if role.country else "") + f" [{role_id}]"


def _world_facts(world, query: str) -> list[dict]:  # noqa: ANN001 - a WorldBase
    """What the world base holds under ``query``: General Assembly roll calls and vetoed drafts by
    symbol or resolution number ("A/RES/67/19", "67/19", "S/2022/155"), with the UN's Members on a
    roll call's date and those the record has no vote of; or a country's UN membership."""
    from factdesk.refs.countries import canonical_country

    out: list[dict] = []
    for v in world.votes_with_resolution(query):
        d = {"id": v.id, "body": v.body, "date": v.date.isoformat(), "symbol": v.symbol, "kind": v.kind,
             "subject": v.subject, "outcome": v.outcome, "vetoed_by": v.vetoed_by, "sources": v.sources,
             "retrieved": v.retrieved.isoformat() if v.retrieved else None}
        if v.body == "GA":
            seats = world.seats_on(v.date)
            d["tally"] = str(v.tally) if v.tally is not None else None
            d["recorded_votes"] = len(v.votes)
            d["members_on_date"] = len(seats)
            d["members_without_recorded_vote"] = sorted(m for m, names in seats.items()
                                                        if not any(n in v.votes for n in names))
        out.append(d)
    name = canonical_country(query) or query
    spells = world.membership(name)
    if spells:
        out.append({"country": name, "un_membership": [
            {"admitted": m.admitted.isoformat(), "until": m.until.isoformat() if m.until else None,
             "un_name": m.un_name, "seat_of": m.seat_of, "note": m.note} for m in spells],
            "source": "https://www.un.org/en/about-us/member-states"})
    return out


def cmd_show(args: argparse.Namespace) -> int:
    """``refs show NAME_OR_QID``: the facts (bundled, loaded or live) and their sources."""
    from sqlmodel import Session

    from factdesk.errors import UsageError
    from factdesk.pipeline import reference_base
    from factdesk.refs.base import fold
    from factdesk.settings import get_settings
    from factdesk.sources.store import fact_sources
    from factdesk.store.db import get_engine

    settings = get_settings()
    refs = reference_base(settings, store=True)
    query = args.name.strip()
    key = fold(query)
    qid = query.upper() if re.fullmatch(r"[Qq][1-9][0-9]{0,11}", query) else None
    hits = [
        r for table in (refs.people, refs.roles, refs.events, refs.votes, refs.statements, refs.quantities)
        for rid, r in table.items()
        if (qid and rid == f"wd-{qid}") or fold(rid) == key
        or (table is not refs.roles and key in fold(getattr(r, "name", "") or getattr(r, "subject", "")))
        or any(fold(a) == key for a in getattr(r, "aliases", []))
        or fold(getattr(r, "symbol", "") or "") == key or fold(getattr(r, "resolution", "") or "") == key
    ]
    world = _world_facts(refs.world, query) if refs.world is not None and not hits else []
    for out in world:
        print(json.dumps(out, ensure_ascii=False, indent=2))
    if not hits and not world:
        raise UsageError(f"nothing in the reference base matches {args.name!r}")
    with Session(get_engine(settings.database_url)) as session:
        for r in hits:
            out = r.model_dump(mode="json")
            if r.type == "person":  # each office by its name, the role id in brackets
                out["offices"] = [{"office": _office_name(refs.roles.get(o["role"]), o["role"]), **o}
                                  for o in out["offices"]]
            prov = refs.provenance(r)
            out["_pack"] = f"{prov.pack}@{prov.version}"
            found = fact_sources(session=session, pack=prov.pack, kind=r.type, key=r.id)
            if found is not None and found[1] is not None:
                snap = found[1]
                out["_snapshot"] = {"id": snap.id, "source": snap.source, "url": snap.url,
                                    "retrieved_at": snap.retrieved_at.isoformat(), "sha256": snap.sha256,
                                    "record_id": snap.record_id}
            print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0
