"""Output formats of ``factdesk check``: text, json, sarif (2.1.0) and github."""

from __future__ import annotations

from factdesk import __version__
from factdesk.refs.tiers import tier
from schemas.contracts import ClaimKind, DocumentReport, Label

COLOURS = {"supported": "32", "refuted": "31;1", "unverified": "33", "conflicting": "35"}
RULE_HELP = {
    ClaimKind.person_role: "A person's office as of the publication date.",
    ClaimKind.name: "The spelling of a known person's name.",
    ClaimKind.event_date: "The date of a known event.",
    ClaimKind.vote: "A UN vote: outcome, tally, vetoing members, country votes.",
    ClaimKind.quantity: "A figure compared with a sourced number.",
    ClaimKind.statement: "A general statement with a sourced answer.",
}
SARIF_LEVEL = {Label.refuted: "error", Label.conflicting: "warning", Label.unverified: "note", Label.supported: "none"}


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset``."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def to_json(reports: list[DocumentReport]) -> dict:
    docs = []
    for r in reports:
        claims = []
        for cc in r.claims:
            v = cc.verdict
            claims.append(
                {
                    "kind": cc.claim.kind.value,
                    "type": cc.claim.type,
                    "text": cc.claim.text,
                    "start": cc.claim.start,
                    "end": cc.claim.end,
                    "line": cc.line,
                    "verdict": v.label.value,
                    "correction": v.correction,
                    "rationale": v.rationale,
                    "confidence": v.confidence,
                    "checker": f"{v.checker}@{v.checker_version}",
                    "evidence": [
                        {
                            "source": e.source,
                            "url": e.url,
                            "excerpt": e.excerpt,
                            "retrieved_at": e.retrieved_at.isoformat() if e.retrieved_at else None,
                            "content_hash": e.content_hash,
                            "quote": e.quote,
                            "record": e.record,
                            "tier": tier(e.url),
                        }
                        for e in v.evidence
                    ],
                    "identification": v.identification.model_dump(mode="json") if v.identification else None,
                }
            )
        docs.append(
            {
                "path": r.document.origin,
                "published": r.document.published.isoformat(),
                "run_id": r.run_id,
                "claims": claims,
            }
        )
    return {"documents": docs}


def to_text(reports: list[DocumentReport], *, colour: bool) -> str:
    def paint(label: str) -> str:
        return f"\x1b[{COLOURS[label]}m{label.upper()}\x1b[0m" if colour else label.upper()

    out: list[str] = []
    for r in reports:
        doc = r.document
        counts: dict[str, int] = {}
        for cc in r.claims:
            counts[cc.verdict.label.value] = counts.get(cc.verdict.label.value, 0) + 1
        summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "no checkable claims"
        out.append(f"{doc.origin} (published {doc.published}, {doc.published_source}): {summary}")
        for cc in r.claims:
            v = cc.verdict
            line = f"  {doc.origin}:{cc.line}: {paint(v.label.value)} {cc.claim.kind.value}: \"{cc.claim.text}\""
            if v.correction:
                line += f" -> {v.correction}"
            out.append(line)
            out.append(f"      {v.rationale}")
            out.extend(f"      source: {e.url}" for e in v.evidence[:2])
        if r.run_id:
            out.append(f"  stored as run {r.run_id}")
    return "\n".join(out)


def _message(cc) -> str:  # noqa: ANN001
    v = cc.verdict
    msg = f"{v.label.value}: \"{cc.claim.text}\""
    if v.correction:
        msg += f" -> {v.correction}"
    return f"{msg}. {v.rationale}"


def to_sarif(reports: list[DocumentReport]) -> dict:
    rules = [
        {
            "id": f"factdesk/{kind.value}",
            "name": kind.value,
            "shortDescription": {"text": RULE_HELP[kind]},
            "defaultConfiguration": {"level": "error"},
        }
        for kind in ClaimKind
    ]
    index = {kind: i for i, kind in enumerate(ClaimKind)}
    results = []
    for r in reports:
        text = r.document.text
        for cc in r.claims:
            if cc.verdict.label is Label.supported:
                continue
            sl, sc = line_col(text, cc.claim.start)
            el, ec = line_col(text, cc.claim.end)
            results.append(
                {
                    "ruleId": f"factdesk/{cc.claim.kind.value}",
                    "ruleIndex": index[cc.claim.kind],
                    "level": SARIF_LEVEL[cc.verdict.label],
                    "message": {"text": _message(cc)},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": r.document.origin},
                                "region": {
                                    "startLine": sl,
                                    "startColumn": sc,
                                    "endLine": el,
                                    "endColumn": ec,
                                    "charOffset": cc.claim.start,
                                    "charLength": cc.claim.end - cc.claim.start,
                                },
                            }
                        }
                    ],
                    "properties": {
                        "verdict": cc.verdict.label.value,
                        "correction": cc.verdict.correction,
                        "confidence": cc.verdict.confidence,
                        "evidence": [e.url for e in cc.verdict.evidence],
                    },
                }
            )
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factdesk",
                        "version": __version__,
                        "informationUri": "https://github.com/factdesk/factdesk",
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(reports: list[DocumentReport], *, warnings: bool = True) -> str:
    """GitHub Actions workflow commands: ::error for refuted, ::warning for the rest."""
    lines = []
    for r in reports:
        text = r.document.text
        for cc in r.claims:
            label = cc.verdict.label
            if label is Label.supported or (label is not Label.refuted and not warnings):
                continue
            level = "error" if label is Label.refuted else "warning"
            sl, sc = line_col(text, cc.claim.start)
            el, ec = line_col(text, cc.claim.end)
            props = f"file={_escape_prop(r.document.origin)},line={sl},col={sc}"
            if el == sl:
                props += f",endColumn={ec}"
            else:
                props += f",endLine={el}"
            props += f",title={_escape_prop(f'factdesk {cc.claim.kind.value}: {label.value}')}"
            lines.append(f"::{level} {props}::{_escape_data(_message(cc))}")
    return "\n".join(lines)
