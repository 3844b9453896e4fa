"""Wikipedia: the REST page summary (``/page/summary/{title}``), a readable evidence link.

A refresh that finds an English Wikipedia sitelink on a Wikidata person fetches the
summary and, when the summary's ``wikibase_item`` is that same person, adds the
article's URL to the person's sources, so an editor sees a page they can read.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import requests

from factdesk.errors import SourceFormatError
from factdesk.settings import Settings
from factdesk.sources.base import Snapshot, make_client
from factdesk.sources.http import SourceClient


@dataclass(frozen=True)
class Summary:
    title: str
    page_url: str
    extract: str
    description: str
    revision: str
    wikibase_item: str | None


class WikipediaConnector:
    name = "wikipedia"
    env_var = "FACTDESK_WIKIPEDIA_URL"

    def __init__(self, client: SourceClient) -> None:
        self.client = client

    @classmethod
    def from_settings(cls, settings: Settings, *, session: requests.Session | None = None,
                      timeout: float | None = None, retries: int = 3) -> WikipediaConnector:
        return cls(make_client("wikipedia", settings.wikipedia_url, settings, session=session, timeout=timeout,
                               retries=retries))

    def summary(self, title: str) -> tuple[Summary, Snapshot]:
        path = quote(title.replace(" ", "_"), safe="")
        fetched = self.client.get(f"{self.client.base_url}/page/summary/{path}")
        summary = parse_summary(fetched.json(), fetched.url)
        return summary, Snapshot.of(fetched, f"{summary.title}@{summary.revision}")


def parse_summary(data: object, url: str) -> Summary:
    if not isinstance(data, dict):
        raise SourceFormatError(f"wikipedia: {url}: expected a JSON object")
    if data.get("type") == "disambiguation":
        raise SourceFormatError(f"wikipedia: {url}: a disambiguation page, not an article")
    page = ((data.get("content_urls") or {}).get("desktop") or {}).get("page")
    title = data.get("title")
    if not isinstance(title, str) or not isinstance(page, str) or not page.startswith(("http://", "https://")):
        raise SourceFormatError(f"wikipedia: {url}: no title or page URL in the summary")
    item = data.get("wikibase_item")
    return Summary(title=title, page_url=page, extract=str(data.get("extract", "")),
                   description=str(data.get("description", "")), revision=str(data.get("revision", "")),
                   wikibase_item=item if isinstance(item, str) else None)
