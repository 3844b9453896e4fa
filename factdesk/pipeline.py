"""The pipeline without Prefect: read -> extract -> check. Flows wrap these steps."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from factdesk.claimtypes.spec import Checker
from factdesk.errors import FactdeskError
from factdesk.extract import extract
from factdesk.ingest import TextView
from factdesk.refs.base import ReferenceBase
from factdesk.refs.pack import Pack, bundled_pack_paths, load_pack
from factdesk.settings import Settings
from schemas.contracts import CheckedClaim, Claim, Document, DocumentReport, Label, Verdict


@dataclass(frozen=True)
class Context:
    published: dt.date
    #: which identifying facts a refutation may rest on: "passage" or "sentence" (FACTDESK_IDENTIFY_FROM)
    identify_from: str = "passage"


def load_reference_base(settings: Settings, extra: list[Pack] | None = None) -> ReferenceBase:
    paths = list(bundled_pack_paths()) if settings.bundled_packs else []
    paths += [Path(p) for p in settings.packs.split(os.pathsep) if p.strip()]
    packs = [load_pack(p) for p in paths] + list(extra or [])
    return ReferenceBase.from_packs(packs)


def reference_base(settings: Settings, *, store: bool) -> ReferenceBase:
    """The reference base a check uses: the bundled and configured packs, plus (with
    ``store``) the packs stored in the database (``factdesk refs load``, live-source
    refreshes). A stored copy of a pack that is also loaded from a file is skipped."""
    refs = load_reference_base(settings)
    if not store:
        return refs
    from sqlmodel import Session

    from factdesk.refs.base import Provenance
    from factdesk.store.crud import stored_packs, stored_retrievals
    from factdesk.store.db import get_engine

    with Session(get_engine(settings.database_url)) as session:
        extra = stored_packs(session=session, exclude={p.pack for p in refs.packs})
        refs.retrieved.update(stored_retrievals(session=session, packs=[p.header.name for p in extra]))
    for pack in extra:
        refs.add(pack.records, Provenance(pack.header.name, pack.header.version))
    return refs


def check_claim(claim: Claim, refs: ReferenceBase, checkers: dict[str, Checker], ctx: Context) -> Verdict:
    checker = checkers.get(claim.kind.value)
    if checker is None:
        return Verdict(
            label=Label.unverified,
            rationale=f"No checker is enabled for claims of kind '{claim.kind.value}'.",
            confidence=0.0,
            checker="none",
            checker_version="0",
        )
    try:
        return checker.check(claim, refs, ctx)
    except FactdeskError as exc:
        reason = str(exc)
    except Exception as exc:  # noqa: BLE001 - a checker bug is recorded on its claim; the document goes on
        reason = f"{type(exc).__name__}: {exc}"
    return Verdict(
        label=Label.unverified,
        rationale=f"Checker {checker.name} failed on this claim: {reason}",
        confidence=0.0,
        checker=checker.name,
        checker_version=checker.version,
    )


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def check_document(
    doc: Document, view: TextView, refs: ReferenceBase, checkers: dict[str, Checker], *,
    identify_from: str = "passage", extractors: str = "",
) -> DocumentReport:
    ctx = Context(published=doc.published, identify_from=identify_from)
    # disabled kinds are not reported
    claims = [c for c in extract(doc, view, refs, extractors) if c.kind.value in checkers]
    checked = [
        CheckedClaim(claim=c, line=line_of(doc.text, c.start), verdict=check_claim(c, refs, checkers, ctx))
        for c in claims
    ]
    return DocumentReport(document=doc, claims=checked)
