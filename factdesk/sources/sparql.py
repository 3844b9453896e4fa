"""Wikidata Query Service (SPARQL) for bulk questions: who held a given office.

The answer (W3C SPARQL 1.1 results JSON) only lists the holders; each is then fetched
with ``wbgetentities`` like any other entity, which keeps ranks and time precision.
"""

from __future__ import annotations

import re

import requests

from factdesk.errors import SourceFormatError
from factdesk.settings import Settings
from factdesk.sources.base import Snapshot, make_client
from factdesk.sources.http import SourceClient
from factdesk.sources.wikidata import QID

HOLDERS = """SELECT DISTINCT ?person ?personLabel WHERE {{
  ?person p:P39 ?st .
  ?st ps:P39 wd:{office} ; wikibase:rank ?rank .
  FILTER(?rank != wikibase:DeprecatedRank)
  ?person wdt:P31 wd:Q5 .
  SERVICE wikibase:label {{ bd:serviceParam wikibase:language "en,mul". }}
}}"""
ENTITY_URI = re.compile(r"^https?://www\.wikidata\.org/entity/(Q[1-9][0-9]*)$")


class SparqlConnector:
    name = "sparql"
    env_var = "FACTDESK_WIKIDATA_SPARQL_URL"

    def __init__(self, client: SourceClient) -> None:
        self.client = client

    @classmethod
    def from_settings(cls, settings: Settings, *, session: requests.Session | None = None,
                      timeout: float | None = None, retries: int = 3) -> SparqlConnector:
        return cls(make_client("sparql", settings.wikidata_sparql_url, settings, session=session, timeout=timeout,
                               retries=retries))

    def officeholders(self, office: str) -> tuple[list[tuple[str, str]], Snapshot]:
        """``(QID, label)`` of everyone with a non-deprecated P39 statement for ``office``."""
        if not QID.match(office):
            raise SourceFormatError(f"sparql: {office!r} is not an item id")
        fetched = self.client.get(self.client.base_url, params={"query": HOLDERS.format(office=office),
                                                                "format": "json"})
        return parse_holders(fetched.json(), fetched.url), Snapshot.of(fetched, f"holders of {office}")


def parse_holders(data: object, url: str) -> list[tuple[str, str]]:
    try:
        bindings = data["results"]["bindings"]  # type: ignore[index]
    except (KeyError, TypeError):
        raise SourceFormatError(f"sparql: {url}: not SPARQL results JSON (no results.bindings)") from None
    out: dict[str, str] = {}
    for b in bindings:
        uri = ((b or {}).get("person") or {}).get("value", "") if isinstance(b, dict) else ""
        m = ENTITY_URI.match(str(uri))
        if m is None:
            raise SourceFormatError(f"sparql: {url}: a binding without a Wikidata item URI ({uri!r})")
        out.setdefault(m.group(1), str(((b.get("personLabel") or {}).get("value")) or m.group(1)))
    return list(out.items())
