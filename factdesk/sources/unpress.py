"""UN meetings coverage and press releases (press.un.org): votes as announced.

Drafts that failed or were vetoed, and amendments, are not in the Digital Library's
voting datasets; the press release written right after the meeting announces them:

    "The draft resolution (document S/2023/970) received 13 votes in favour to 1 against
     (United States), with 1 abstention (United Kingdom), and was not adopted owing to
     the negative vote of a permanent Council member."

The page is a Drupal node: an ``h1`` title, the release symbol (SC/…, GA/…) and the
meeting date (``<time datetime>``) in fields, the text in ``field--name-body``. Each
sentence with a tally becomes a ``vote`` record; a page with no tally, or without the
title/body fields (a changed layout), raises ``SourceFormatError``.
"""

from __future__ import annotations

import datetime as dt
import re

import requests

from factdesk.errors import SourceFormatError
from factdesk.refs.countries import canonical_country
from factdesk.refs.pack import Tally, Vote
from factdesk.settings import Settings
from factdesk.sources.base import Snapshot, make_client
from factdesk.sources.http import SourceClient

PERMANENT = ("China", "France", "Russia", "United Kingdom", "United States")
_NUM = r"(\d{1,3})"
TALLY = re.compile(
    rf"{_NUM}\s+(?:votes\s+)?in\s+favou?r\s*(?:\((?P<yes_list>[^)]*)\))?\s*,?\s*to\s+{_NUM}\s+against"
    rf"\s*(?:\((?P<no_list>[^)]*)\))?\s*,?\s*(?:with|and)\s+{_NUM}\s+abstentions?\s*(?:\((?P<abs_list>[^)]*)\))?",
    re.IGNORECASE,
)
DRAFT = re.compile(r"\b(S/\d{4}/\d{1,4}|A/(?:ES-\d{1,2}/)?L\.\d{1,3}(?:/Rev\.\d)?|A/\d{2}/L\.\d{1,3}(?:/Rev\.\d)?)\b")
RELEASE = re.compile(r"\b((?:SC|GA)/\d{4,6})\b")
VETO = re.compile(r"negative\s+votes?\s+(?:of|by|cast\s+by)\s+(?:a\s+|the\s+|two\s+)?permanent|\bveto(?:ed|es)?\b",
                  re.IGNORECASE)
FAILED = re.compile(r"\bnot\s+adopted\b|\bfailed\b|\brejected\b|\bfailing\b", re.IGNORECASE)
ADOPTED = re.compile(r"\badopted\b", re.IGNORECASE)


class UnPressConnector:
    name = "unpress"
    env_var = "FACTDESK_UNPRESS_URL"

    def __init__(self, client: SourceClient) -> None:
        self.client = client

    @classmethod
    def from_settings(cls, settings: Settings, *, session: requests.Session | None = None,
                      timeout: float | None = None, retries: int = 3) -> UnPressConnector:
        return cls(make_client("unpress", settings.unpress_url, settings, session=session, timeout=timeout,
                               retries=retries))

    def url_for(self, path_or_url: str) -> str:
        if path_or_url.startswith(("http://", "https://")):
            return path_or_url
        return f"{self.client.base_url}/{path_or_url.lstrip('/')}"

    def release(self, path_or_url: str) -> tuple[list[Vote], Snapshot]:
        fetched = self.client.get(self.url_for(path_or_url))
        votes, release = parse_release(fetched.text(), fetched.url)
        return votes, Snapshot.of(fetched, release)


def _names(cell: str | None) -> list[str]:
    if not cell:
        return []
    parts = re.split(r",\s*|\s+and\s+", cell)
    return [canonical_country(p) or p.strip() for p in parts if p.strip()]


def _release_date(soup) -> dt.date | None:  # noqa: ANN001
    t = soup.find("time", attrs={"datetime": True})
    if t is not None:
        try:
            return dt.date.fromisoformat(str(t["datetime"])[:10])
        except ValueError:
            return None
    return None


def parse_release(html: str, url: str) -> tuple[list[Vote], str]:
    """The votes announced on one press release page, and the release's symbol."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    h1 = soup.find("h1")
    body = soup.find(class_="field--name-body")
    if h1 is None or body is None:
        raise SourceFormatError(f"unpress: {url}: no title or body field (has the page layout changed?)")
    title = " ".join(h1.get_text(" ").split())
    header_text = " ".join(t.get_text(" ") for t in soup.find_all(class_=re.compile(r"field--name-field")))
    rel = RELEASE.search(header_text) or RELEASE.search(soup.get_text(" "))
    if rel is None:
        raise SourceFormatError(f"unpress: {url}: no press release symbol (SC/… or GA/…)")
    release = rel.group(1)
    date = _release_date(soup)
    if date is None:
        raise SourceFormatError(f"unpress: {url}: no meeting date (<time datetime>)")
    votes: list[Vote] = []
    last_draft: str | None = None
    for p in body.find_all("p"):
        text = " ".join(p.get_text(" ").split())
        for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z])", text):
            drafts = DRAFT.findall(sentence)
            if drafts:
                last_draft = drafts[0]
            m = TALLY.search(sentence)
            if m is None:
                continue
            draft = drafts[0] if drafts else last_draft
            if draft is None:
                raise SourceFormatError(f"unpress: {url}: a tally with no draft symbol near it: {sentence[:80]!r}")
            votes.append(_vote(m, sentence, draft, date, title, url, release))
    if not votes:
        raise SourceFormatError(f"unpress: {url}: no vote tally found (has the page layout changed?)")
    return votes, release


def _vote(m: re.Match[str], sentence: str, draft: str, date: dt.date, title: str, url: str,
          release: str) -> Vote:
    tally = Tally(yes=int(m.group(1)), no=int(m.group(3)), abstain=int(m.group(5)))
    against = _names(m.group("no_list"))
    vetoers = [c for c in against if c in PERMANENT]
    after = sentence[m.end():] + " " + sentence[:m.start()]
    if VETO.search(sentence) and vetoers:
        outcome = "vetoed"
    elif FAILED.search(after):
        outcome = "failed"
    elif ADOPTED.search(after):
        outcome = "adopted"
    else:
        raise SourceFormatError(f"unpress: {url}: cannot tell whether {draft} was adopted: {sentence[:80]!r}")
    votes: dict[str, str] = {}
    for names, how in ((_names(m.group("yes_list")), "yes"), (against, "no"), (_names(m.group("abs_list")), "abstain")):
        for n in names:
            votes[n] = how
    body = "SC" if draft.startswith("S/") else "GA"
    kind = "amendment" if "amendment" in sentence.lower() else "draft_resolution"
    return Vote(type="vote", id=f"press-{re.sub(r'[^A-Za-z0-9]+', '-', draft).strip('-')}", body=body, date=date,
                kind=kind, symbol=draft, symbol_confirmed=True, subject=title[:300], outcome=outcome, tally=tally,
                vetoed_by=vetoers if outcome == "vetoed" else [], votes=votes, sources=[url],
                note=f"as announced in UN press release {release}")
