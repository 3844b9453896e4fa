"""Refreshing UN votes: the Digital Library's CSV datasets, press releases, the veto list.

Units of work: one CSV file, one press release page, one veto-list check. Each is
stored in one transaction or, on any error, not at all (an ``error`` snapshot says why).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

from sqlmodel import Session, select

from factdesk.errors import SourceError
from factdesk.refs.pack import Vote
from factdesk.settings import Settings
from factdesk.sources.base import Snapshot, make_client
from factdesk.sources.refresh import RefreshResult
from factdesk.sources.store import record_failure, store_facts
from factdesk.sources.unpress import UnPressConnector
from factdesk.sources.unvotes import parse_csv, read_location
from factdesk.sources.vetolist import VetoListConnector
from schemas.tables import ReferenceFactRow

UNVOTES_PACK = "unvotes"
UNPRESS_PACK = "unpress"


def refresh_unvotes(*, session: Session, settings: Settings, locations: list[str]) -> RefreshResult:
    """Import UN Digital Library voting-data CSV files (paths of downloaded datasets, or their URLs)."""
    result = RefreshResult(source="unvotes")
    for loc in locations:
        try:
            if loc.startswith(("http://", "https://")):
                client = make_client("unvotes", loc, settings)
                try:
                    fetched = client.get(loc)
                finally:
                    client.session.close()
                text = fetched.text()
                snap = Snapshot.of(fetched, None)
            else:
                body, url = read_location(loc)
                try:
                    text = body.decode("utf-8-sig")
                except UnicodeDecodeError:
                    raise SourceError(f"unvotes: {loc}: not UTF-8 text") from None
                snap = Snapshot(source="unvotes", url=url, retrieved_at=dt.datetime.now(dt.UTC),
                                sha256=hashlib.sha256(body).hexdigest(), record_id=None)
            votes = parse_csv(text, loc)
        except SourceError as exc:
            record_failure(session=session, snapshot=Snapshot.failed("unvotes", loc, str(exc)))
            result.errors.append(str(exc))
            continue
        snap = dataclasses.replace(snap, record_id=f"{len(votes)} resolutions")
        result.changes += store_facts(session=session, pack=UNVOTES_PACK, items=[(v, snap) for v in votes],
                                      description="adopted GA/SC resolutions from UN Digital Library voting data")
        result.refreshed.append(loc)
    return result


def stored_votes(*, session: Session, pack: str) -> list[Vote]:
    rows = session.exec(select(ReferenceFactRow).where(ReferenceFactRow.pack == pack, ReferenceFactRow.kind == "vote")
                        .order_by(ReferenceFactRow.key))
    return [Vote.model_validate(r.payload) for r in rows]


def refresh_unpress(*, session: Session, settings: Settings, urls: list[str] | None = None,
                    connector: UnPressConnector | None = None) -> RefreshResult:
    """Read press releases (default: the pages the stored press-release votes came from)."""
    result = RefreshResult(source="unpress")
    press = connector or UnPressConnector.from_settings(settings)
    if urls is None:
        urls = sorted({v.sources[0] for v in stored_votes(session=session, pack=UNPRESS_PACK)})
    try:
        for url in dict.fromkeys(urls):
            try:
                votes, snap = press.release(url)
            except SourceError as exc:
                record_failure(session=session, snapshot=Snapshot.failed("unpress", press.url_for(url), str(exc)))
                result.errors.append(str(exc))
                continue
            old = {v.id: v for v in stored_votes(session=session, pack=UNPRESS_PACK)}
            votes = [_keep_confirmation(v, old.get(v.id)) for v in votes]
            result.changes += store_facts(session=session, pack=UNPRESS_PACK, items=[(v, snap) for v in votes],
                                          description="votes as announced in UN press releases (press.un.org)")
            result.refreshed.append(snap.record_id or url)
    finally:
        if connector is None:
            press.client.session.close()
    return result


def _keep_confirmation(new: Vote, old: Vote | None) -> Vote:
    """A re-read press release keeps what the veto list confirmed on the stored record
    (vetoers and the list's URL) as long as the release still agrees with it."""
    if old is None or old.outcome != "vetoed" or not set(new.sources) <= set(old.sources):
        return new
    if new.outcome not in ("vetoed", "failed"):
        return new
    if new.outcome == "vetoed" and set(new.vetoed_by) != set(old.vetoed_by):
        return new
    if (new.tally, new.date, new.symbol) != (old.tally, old.date, old.symbol):
        return new
    extra = [u for u in old.sources if u not in new.sources]
    return Vote.model_validate({**new.model_dump(), "outcome": "vetoed", "vetoed_by": old.vetoed_by,
                                "sources": [*new.sources, *extra], "note": old.note})


def refresh_vetolist(*, session: Session, settings: Settings,
                     connector: VetoListConnector | None = None) -> RefreshResult:
    """Check the stored votes against the veto list: complete missing vetoers, report
    disagreements and vetoes no stored vote covers (the list has no tally to make one)."""
    result = RefreshResult(source="vetolist")
    vl = connector or VetoListConnector.from_settings(settings)
    try:
        entries, snap = vl.entries()
    except SourceError as exc:
        record_failure(session=session, snapshot=Snapshot.failed("vetolist", vl.client.base_url, str(exc)))
        result.errors.append(str(exc))
        return result
    finally:
        if connector is None:
            vl.client.session.close()
    by_pack = {p: {v.symbol: v for v in stored_votes(session=session, pack=p) if v.symbol}
               for p in (UNPRESS_PACK, UNVOTES_PACK)}
    updates: dict[str, list[tuple[Vote, Snapshot]]] = {}
    for e in entries:
        found = [(p, votes[e.draft]) for p, votes in by_pack.items() if e.draft in votes]
        if not found:
            result.notes.append(f"{e.draft} ({e.date}) vetoed by {', '.join(e.vetoers)}: no stored vote has a tally "
                                "for it (refresh its press release with --source unpress --url …)")
            continue
        for pack, vote in found:
            if vote.date != e.date:
                result.notes.append(f"{e.draft}: the veto list dates it {e.date}, {pack} says {vote.date}; left as is")
            elif vote.outcome == "vetoed" and set(vote.vetoed_by) != set(e.vetoers):
                result.notes.append(f"{e.draft}: the veto list names {', '.join(e.vetoers)}, {pack} says "
                                    f"{', '.join(vote.vetoed_by)}; left as is")
            elif vote.outcome != "vetoed" or snap.url not in vote.sources:
                note = (vote.note + "; " if vote.note else "") + "vetoers confirmed by the Security Council veto list"
                fixed = vote.model_copy(update={"outcome": "vetoed", "vetoed_by": list(e.vetoers),
                                                "sources": [*vote.sources, snap.url], "note": note})
                updates.setdefault(pack, []).append((Vote.model_validate(fixed.model_dump()), snap))
    if not updates:
        record_failure(session=session, snapshot=snap)  # a fetch that changed no fact
    for pack, items in updates.items():
        result.changes += store_facts(session=session, pack=pack, items=items)
    result.refreshed.append(f"{len(entries)} veto list entries")
    return result
