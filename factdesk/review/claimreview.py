"""schema.org ClaimReview JSON-LD for the reviewed claims of a run.

Only claims an editor reviewed are exported, with the editor's label (which may
differ from the machine's). Each label keeps its own rating: refuted, conflicting and
unverified are never merged into one "false".
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from factdesk.review.view import ClaimView, DocView, from_run

#: label -> (ratingValue, alternateName). ratingValue orders the labels on a 1-4 scale
#: (worst 1 = false, best 4 = true); alternateName is the verdict in words.
RATING: dict[str, tuple[int, str]] = {
    "refuted": (1, "False"),
    "conflicting": (2, "Conflicting sources"),
    "unverified": (3, "Unverified"),
    "supported": (4, "True"),
}


def _appearance(view: DocView) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "datePublished": view.published.isoformat()}
    if view.origin.lower().startswith(("https://", "http://")):
        work["url"] = view.origin
    else:
        work["name"] = view.origin
    if view.title:
        work["headline"] = view.title
    return work


def claim_review(view: DocView, claim: ClaimView) -> dict[str, Any]:
    review = claim.review
    if review is None:
        raise ValueError("only reviewed claims are exported")
    value, name = RATING[review.new_label]
    body = [f"Verdict: {review.new_label}."]
    correction = review.correction or (claim.correction if review.new_label == claim.label else None)
    if correction:
        body.append(f"Correct value: {correction}.")
    if review.note:
        body.append(review.note)
    return {
        "@type": "ClaimReview",
        "identifier": f"factdesk:review:{review.id}",
        "claimReviewed": claim.text,
        "datePublished": review.created_at.date().isoformat(),
        "author": {"@type": "Person", "name": review.reviewer},
        "reviewBody": " ".join(body),
        "reviewRating": {"@type": "Rating", "ratingValue": value, "worstRating": 1, "bestRating": 4,
                         "alternateName": name},
        "itemReviewed": {
            "@type": "Claim",
            "datePublished": view.published.isoformat(),
            "appearance": _appearance(view),
        },
    }


def claimreview_document(*, session: Session, run_id: str) -> dict[str, Any]:
    """A JSON-LD document (``@graph``) with one ClaimReview per reviewed claim of ``run_id``."""
    view = from_run(session=session, run_id=run_id)
    return {"@context": "https://schema.org",
            "@graph": [claim_review(view, c) for c in view.claims if c.review is not None]}
