"""What the flows show an editor: per document the headline, the refuted and conflicting
claims with their corrections, and a link to the review desk (``FACTDESK_REVIEW_URL``, an
http(s) URL the Prefect UI opens; never a ``file://`` link, which browsers refuse to open
from a web page).

The Markdown is built by plain functions (tested without Prefect); ``publish_*`` attach it
to the current flow run as artifacts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact

MAX_LINK_ARTIFACTS = 20
LABEL_ORDER = ("refuted", "conflicting", "unverified", "supported")


def cell(text: object) -> str:
    """``text`` safe inside a Markdown table cell."""
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def desk_url(base: str, run_id: str) -> str:
    """The review desk's page of a stored run."""
    return f"{base.rstrip('/')}/runs/{run_id}"


def artifact_key(text: str) -> str:
    """A Prefect artifact key (lower-case letters, digits and dashes) from a file name or URL."""
    return ("factdesk-" + re.sub(r"[^a-z0-9-]+", "-", text.lower())).strip("-")[:100]


def counts(labels: dict[str, int]) -> str:
    shown = [f"{labels[k]} {k}" for k in LABEL_ORDER if labels.get(k)]
    return ", ".join(shown) or "no claims found"


def finding_lines(findings: Iterable[dict[str, Any]]) -> list[str]:
    """One bullet per refuted or conflicting claim: line, kind, the claim, the correction."""
    out = []
    for f in findings:
        fix = f" → **{cell(f['correction'])}**" if f.get("correction") else ""
        why = f" ({cell(f['rationale'])})" if f["label"] == "conflicting" or not f.get("correction") else ""
        out.append(f"- line {f['line']}, {f['kind']}: **{f['label'].upper()}** “{cell(f['text'])}”{fix}{why}")
    return out


def document_section(*, title: str, origin: str, published: object, labels: dict[str, int],
                     findings: Sequence[dict[str, Any]], link: str | None, level: int = 2) -> list[str]:
    """A document's headline (linked to the desk), its counts and what is wrong in it."""
    head = f"[{cell(title)}]({link})" if link else cell(title)
    lines = [f"{'#' * level} {head}", "", f"{cell(origin)} · published {published} · {counts(labels)}", ""]
    lines += finding_lines(findings) or ["No refuted or conflicting claim."]
    return [*lines, ""]


def publish_document(*, key: str, title: str, origin: str, published: object, labels: dict[str, int],
                     findings: Sequence[dict[str, Any]], link: str, table: str) -> None:
    """``check_document``'s artifacts: the Markdown summary with the full verdict table, and a
    link to the run in the review desk."""
    md = "\n".join(document_section(title=title, origin=origin, published=published, labels=labels,
                                    findings=findings, link=link, level=1) + [table])
    create_markdown_artifact(key=key, markdown=md, description=f"factdesk: {title}")
    create_link_artifact(key=f"{key}-desk", link=link, link_text=f"Review “{title}” in the desk",
                         description=f"factdesk run for {origin} in the review desk")


def feed_rows(results: Sequence[Any], base: str) -> list[dict[str, Any]]:
    rows = []
    for r in results:
        rows.append({
            "title": r.title or "", "url": r.url, "status": r.status, "published": str(r.published or ""),
            "refuted": r.labels.get("refuted", 0), "unverified": r.labels.get("unverified", 0),
            "conflicting": r.labels.get("conflicting", 0), "supported": r.labels.get("supported", 0),
            "findings": "; ".join(
                f"{f['label']}: {f['text']}" + (f" -> {f['correction']}" if f.get("correction") else "")
                for f in r.findings),
            "report": desk_url(base, r.run_id) if r.run_id else "", "error": r.error or "",
            "attempts": r.attempts, "worker": r.worker,
        })
    return rows


def feed_markdown(results: Sequence[Any], summary: Any, base: str) -> str:
    """``check-feed-report``: the outcome, the failures, then each checked document, those
    with refuted or conflicting claims first."""
    lines = ["# check_feed", "", f"{summary.discovered} items offered, {summary.queued} new or changed, "
             f"{summary.checked} checked, {summary.failed} failed, {summary.skipped} taken by another run.", ""]
    if summary.failure:
        lines += [f"**Run failed**: {cell(summary.failure)}", ""]
    lines += [f"- source failed: {cell(e)}" for e in summary.source_failures]
    for r in results:
        if r.status == "failed":
            later = "given up" if r.final else "retried by a later run"
            lines.append(f"- item failed (attempt {r.attempts}, {later}): {cell(r.error)}")
    checked = sorted((r for r in results if r.status == "checked"), key=lambda r: (not r.findings, r.url))
    if checked:
        lines.append("")
    for r in checked:
        lines += document_section(title=r.title or r.url, origin=r.url, published=r.published, labels=r.labels,
                                  findings=r.findings, link=desk_url(base, r.run_id) if r.run_id else None)
    return "\n".join(lines)


def publish_feed(results: Sequence[Any], summary: Any, base: str) -> None:
    """``check_feed``'s artifacts: a table (one row per item), the Markdown report, and one
    link artifact per checked document (up to ``MAX_LINK_ARTIFACTS``), to the review desk."""
    create_table_artifact(key="check-feed-verdicts", table=feed_rows(results, base),
                          description=f"check_feed: {summary.checked} checked, {summary.failed} failed, "
                                      f"{summary.skipped} taken by another run")
    create_markdown_artifact(key="check-feed-report", markdown=feed_markdown(results, summary, base),
                             description="check_feed: what is wrong in each document")
    for r in [r for r in results if r.run_id][:MAX_LINK_ARTIFACTS]:
        create_link_artifact(link=desk_url(base, r.run_id), link_text=r.title or r.url,
                             description=f"factdesk run for {r.url} in the review desk")
