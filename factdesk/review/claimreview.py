"""schema.org ClaimReview JSON-LD for the reviewed claims of a run, ready to publish.

One ClaimReview per claim an editor reviewed, with the editor's label (which may
differ from the machine's); each label keeps its own rating: refuted, conflicting
and unverified are never merged into one "false". What Google's fact-check
documentation (https://developers.google.com/search/docs/appearance/structured-data/factcheck)
lists as required (``claimReviewed``, ``reviewRating`` with ``alternateName``, ``url``)
or recommended (``author`` with name and url, ``datePublished``, ``itemReviewed`` a
``Claim`` with ``appearance``/``firstAppearance``, ``datePublished``, and the rating's
``ratingValue``/``bestRating``/``worstRating``) is always filled in:

- ``url`` is ``FACTDESK_CLAIMREVIEW_BASE_URL/<document>-<claim>``: the first 12 hex digits
  of the document's sha256 and of the claim's identity (kind, span, text), so a later run
  of the checker on the same draft gives the same address;
- ``claimReviewed`` is the whole sentence the claim stands in, as written;
- ``author`` is the organization configured in ``FACTDESK_PUBLISHER_NAME``/``_URL``;
- the article's address (``appearance`` and ``firstAppearance``) is its http(s) origin,
  else a ``url``/``canonical_url`` in its front matter, else its ``og:url`` or canonical
  link; a local file path is never given as an appearance.
"""

from __future__ import annotations

import hashlib
import html
import re
from typing import Any
from urllib.parse import urlsplit

from sqlmodel import Session

from factdesk.errors import UsageError
from factdesk.extract.sentences import split_sentences
from factdesk.review.view import ClaimView, DocView, from_run
from factdesk.settings import Settings, get_settings

#: label -> (ratingValue, alternateName). ratingValue orders the labels on a 1-4 scale
#: (worst 1 = false, best 4 = true); alternateName is the verdict in words.
RATING: dict[str, tuple[int, str]] = {
    "refuted": (1, "False"),
    "conflicting": (2, "Conflicting sources"),
    "unverified": (3, "Unverified"),
    "supported": (4, "True"),
}
WORST, BEST = 1, 4
_TAG = re.compile(r"<[^>]*>")
_META_URL = re.compile(r"""<(?:meta[^>]+property=["']og:url["'][^>]+content|link[^>]+rel=["']canonical["'][^>]+href)"""
                       r"""=["']([^"']+)["']""", re.I)


def _http(url: object) -> str | None:
    if isinstance(url, str) and urlsplit(url.strip()).scheme in ("http", "https") and urlsplit(url.strip()).netloc:
        return url.strip()
    return None


def article_url(view: DocView) -> str | None:
    """The article's public address, when known (never a local path)."""
    if found := _http(view.origin):
        return found
    meta = dict(view.metadata)
    for key in ("canonical_url", "canonical", "url", "link", "permalink"):
        if found := _http(meta.get(key)):
            return found
    if view.format == "html":
        m = _META_URL.search(view.text[:200_000])
        if m and (found := _http(html.unescape(m.group(1)))):
            return found
    return None


def sentence_of(view: DocView, claim: ClaimView) -> str:
    """The whole sentence that holds the claim, as written (markup removed from HTML)."""
    text, start = view.text, view.body_start
    if not (start <= claim.start < claim.end <= len(text)):
        return claim.text
    sentence = claim.text
    for a, b in split_sentences(text[start:]):
        if a + start <= claim.start and claim.end <= b + start:
            sentence = text[a + start:b + start]
            break
    if view.format == "html":
        sentence = html.unescape(_TAG.sub(" ", sentence))
    elif view.format == "markdown":
        sentence = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", sentence)  # a link keeps its text
        sentence = re.sub(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))", "", sentence)
    return " ".join(sentence.split())


def _key(view: DocView, claim: ClaimView) -> str:
    doc = (view.sha256 or "")[:12]
    ident = hashlib.sha256(f"{claim.kind}\0{claim.start}\0{claim.end}\0{claim.text}".encode()).hexdigest()[:12]
    return f"{doc}-{ident}"


def publisher(settings: Settings) -> tuple[str, str, str]:
    """(name, url, base url) from the settings; a clear error naming what is missing."""
    missing = [env for env, value in (("FACTDESK_PUBLISHER_NAME", settings.publisher_name),
                                      ("FACTDESK_PUBLISHER_URL", settings.publisher_url),
                                      ("FACTDESK_CLAIMREVIEW_BASE_URL", settings.claimreview_base_url)) if not value]
    if missing:
        raise UsageError(f"ClaimReview needs the publisher's details: set {', '.join(missing)}")
    for env, value in (("FACTDESK_PUBLISHER_URL", settings.publisher_url),
                       ("FACTDESK_CLAIMREVIEW_BASE_URL", settings.claimreview_base_url)):
        if not _http(value):
            raise UsageError(f"{env} must be an http(s) URL, not {value!r}")
    return settings.publisher_name, settings.publisher_url, settings.claimreview_base_url.rstrip("/")


def claim_review(view: DocView, claim: ClaimView, settings: Settings | None = None) -> dict[str, Any]:
    """One standalone ClaimReview (with its own ``@context``) for a reviewed claim."""
    review = claim.review
    if review is None:
        raise UsageError(f"claim {claim.number} has not been reviewed: only reviewed claims are exported")
    name, home, base = publisher(settings or get_settings())
    value, alt = RATING[review.new_label]
    body = [f"Verdict: {review.new_label}."]
    if review.correction:
        body.append(f"Correct value: {review.correction}.")
    if review.note:
        body.append(review.note)
    org = {"@type": "Organization", "name": name, "url": home}
    item: dict[str, Any] = {"@type": "Claim", "datePublished": view.published.isoformat()}
    if url := article_url(view):
        work: dict[str, Any] = {"@type": "CreativeWork", "url": url, "datePublished": view.published.isoformat()}
        if view.title:
            work["headline"] = view.title
        item["appearance"] = [work]
        item["firstAppearance"] = work
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{base}/{_key(view, claim)}",
        "identifier": f"factdesk:review:{review.id}",
        "claimReviewed": sentence_of(view, claim),
        "datePublished": review.created_at.date().isoformat(),
        "author": org,
        "publisher": org,
        "reviewBody": " ".join(body),
        "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": BEST, "worstRating": WORST,
                         "alternateName": alt},
        "itemReviewed": item,
    }


def claimreview_document(*, session: Session, run_id: str, settings: Settings | None = None) -> dict[str, Any]:
    """Every reviewed claim of ``run_id``: a JSON-LD ``@graph`` of ClaimReviews, each with its own
    ``url`` (to be published on its own page)."""
    view = from_run(session=session, run_id=run_id)
    reviews = [claim_review(view, c, settings) for c in sorted(view.claims, key=lambda c: c.number) if c.review]
    for r in reviews:
        del r["@context"]
    return {"@context": "https://schema.org", "@graph": reviews}


def claimreview_one(*, session: Session, run_id: str, claim_id: int,
                    settings: Settings | None = None) -> dict[str, Any]:
    """The ClaimReview of one claim of ``run_id``, for the page at its ``url``."""
    view = from_run(session=session, run_id=run_id)
    claim = next((c for c in view.claims if c.id == claim_id), None)
    if claim is None:
        raise UsageError(f"run {run_id} has no claim {claim_id}")
    return claim_review(view, claim, settings)

