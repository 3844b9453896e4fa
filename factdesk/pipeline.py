"""The pipeline without Prefect: read -> extract -> check. Flows wrap these steps."""

from __future__ import annotations

import datetime as dt
import os
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factdesk import rxcache
from factdesk.claimtypes.spec import Checker
from factdesk.errors import FactdeskError
from factdesk.extract import extract
from factdesk.ingest import TextView
from factdesk.refs.base import ReferenceBase
from factdesk.refs.pack import Pack, bundled_pack_paths, load_bundled_pack, load_pack
from factdesk.settings import Settings
from schemas.contracts import CheckedClaim, Claim, Document, DocumentReport, Label, Verdict, trusted

if TYPE_CHECKING:
    from factdesk.store.bulk import DriverStore


@dataclass(frozen=True)
class Context:
    published: dt.date
    #: which identifying facts a refutation may rest on: "passage" or "sentence" (FACTDESK_IDENTIFY_FROM)
    identify_from: str = "sentence"
    #: the slots ``extract`` read for each claim of the document (``extract(parsed=...)``): the
    #: family checker takes them from here rather than reading them again
    parsed: dict = field(default_factory=dict, compare=False, hash=False, repr=False)


def load_reference_base(settings: Settings, extra: list[Pack] | None = None) -> ReferenceBase:
    bundled = list(bundled_pack_paths()) if settings.bundled_packs else []
    configured = [Path(p) for p in settings.packs.split(os.pathsep) if p.strip()]
    big: list[Path] = []
    if configured:  # a big pack is compiled once, and later processes open the compiled store
        from factdesk.refs.compiled import open_compiled, should_compile

        big = [p for p in configured if should_compile(p)]
    packs = ([load_bundled_pack(p) for p in bundled] + [load_pack(p) for p in configured if p not in big]
             + list(extra or []))
    refs = ReferenceBase.from_packs(packs)
    for path in big:
        refs.attach_compiled(open_compiled(path))
    rxcache.use_scope(refs.version)  # patterns built from this base are cached with it, not in the core file
    if settings.world:
        from factdesk.world.locate import open_world

        refs.attach_world(open_world(settings.world_path))
    return refs


def reference_base(settings: Settings, *, store: bool, db: DriverStore | None = None) -> ReferenceBase:
    """The reference base a check uses: the bundled and configured packs, plus (with
    ``store``) the packs stored in the database (``factdesk refs load``, live-source
    refreshes). A stored copy of a pack that is also loaded from a file is skipped.
    ``db`` is an open store to read them from; without it one is opened and closed."""
    refs = load_reference_base(settings)
    if not store:
        return refs
    from factdesk.refs.base import Provenance

    packs = {p.pack for p in refs.packs}
    if db is None:
        from factdesk.store.bulk import open_store

        with closing(open_store(settings.database_url)) as opened:
            extra = opened.stored_packs(exclude=packs)
            refs.retrieved.update(opened.stored_retrievals([p.header.name for p in extra]))
    else:
        extra = db.stored_packs(exclude=packs)
        refs.retrieved.update(db.stored_retrievals([p.header.name for p in extra]))
    for pack in extra:
        refs.add(pack.records, Provenance(pack.header.name, pack.header.version))
    rxcache.use_scope(refs.version)
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
        verdict = checker.check(claim, refs, ctx)
    except FactdeskError as exc:
        reason = str(exc)
    except Exception as exc:  # noqa: BLE001 - a checker bug is recorded on its claim; the document goes on
        reason = f"{type(exc).__name__}: {exc}"
    else:
        if verdict.label is Label.refuted and verdict.identification is None:
            # any checker, built-in or outside: a refutation states what identified its record
            return verdict.model_copy(update={
                "label": Label.unverified, "correction": None,
                "rationale": f"Not refuted: the checker recorded no identification of the record. {verdict.rationale}"})
        return verdict
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
    identify_from: str = "sentence", extractors: str = "",
) -> DocumentReport:
    ctx = Context(published=doc.published, identify_from=identify_from)
    rxcache.use_scope(refs.version)  # patterns built from this base are cached with it
    # disabled kinds are not reported
    claims = [c for c in extract(doc, view, refs, extractors, parsed=ctx.parsed) if c.kind.value in checkers]
    checked = [_checked(c, line_of(doc.text, c.start), check_claim(c, refs, checkers, ctx)) for c in claims]
    ctx.parsed.clear()
    if type(doc) is Document:
        return trusted(DocumentReport, {"document": doc, "claims": checked, "run_id": None}, {"document", "claims"})
    return DocumentReport(document=doc, claims=checked)


def _checked(claim: Claim, line: int, verdict: Verdict) -> CheckedClaim:
    """``CheckedClaim(claim=claim, line=line, verdict=verdict)``, not validated again when the
    values are exactly what validation keeps."""
    if type(claim) is Claim and type(verdict) is Verdict and type(line) is int:
        return trusted(CheckedClaim, {"claim": claim, "line": line, "verdict": verdict})
    return CheckedClaim(claim=claim, line=line, verdict=verdict)
