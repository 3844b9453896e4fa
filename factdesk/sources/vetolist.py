"""The Security Council veto list (Dag Hammarskjöld Library research guide).

One HTML table, one row per vetoed draft: Date, Draft, Meeting Record, Agenda Item,
Permanent Member Casting Negative Vote. The last cell may name several vetoers
("China<br>Russian Federation", "China, Russian Federation"). Columns are found by
their header text, so a reordered table still reads; a page without such a table (a
changed layout) raises ``SourceFormatError``.

The list gives no tally, and a ``vote`` record needs one, so the refresh uses it to
confirm or complete the vetoers of votes known from press releases or datasets
(``factdesk.sources.refresh_un``), and reports entries it cannot pair.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import requests

from factdesk.errors import SourceFormatError
from factdesk.refs.countries import canonical_country
from factdesk.settings import Settings
from factdesk.sources.base import Snapshot, make_client
from factdesk.sources.http import SourceClient

COLUMNS = {"date": "date", "draft": "draft", "meeting": "meeting", "agenda": "agenda", "negative vote": "vetoers"}
HISTORIC = {"USSR": "USSR", "Union of Soviet Socialist Republics": "USSR", "Republic of China": "Republic of China"}


@dataclass(frozen=True)
class VetoEntry:
    date: dt.date
    draft: str
    meeting: str
    agenda: str
    vetoers: tuple[str, ...]


class VetoListConnector:
    name = "vetolist"
    env_var = "FACTDESK_VETOLIST_URL"

    def __init__(self, client: SourceClient) -> None:
        self.client = client

    @classmethod
    def from_settings(cls, settings: Settings, *, session: requests.Session | None = None,
                      timeout: float | None = None, retries: int = 3) -> VetoListConnector:
        return cls(make_client("vetolist", settings.vetolist_url, settings, session=session, timeout=timeout,
                               retries=retries))

    def entries(self) -> tuple[list[VetoEntry], Snapshot]:
        fetched = self.client.get(self.client.base_url)
        entries = parse_veto_list(fetched.text(), fetched.url)
        return entries, Snapshot.of(fetched, f"{len(entries)} entries")


def _date(text: str) -> dt.date | None:
    text = " ".join(text.replace("\xa0", " ").split())
    for fmt in ("%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%B %d, %Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _vetoers(cell) -> tuple[str, ...]:  # noqa: ANN001
    raw = cell.get_text("\n")
    names = []
    for part in re.split(r"\n|,|;|\band\b", raw):
        part = " ".join(part.split())
        if part:
            names.append(HISTORIC.get(part) or canonical_country(part) or part)
    return tuple(dict.fromkeys(names))


def parse_veto_list(html: str, url: str) -> list[VetoEntry]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for table in soup.find_all("table"):
        rows = table.find_all("tr")
        if not rows:
            continue
        headers = [" ".join(c.get_text(" ").split()).lower() for c in rows[0].find_all(["th", "td"])]
        index: dict[str, int] = {}
        for i, h in enumerate(headers):
            for key, name in COLUMNS.items():
                if key in h and name not in index:
                    index[name] = i
        if set(index) != set(COLUMNS.values()):
            continue
        return _rows(rows[1:], index, url)
    raise SourceFormatError(f"vetolist: {url}: no table with Date, Draft, Meeting Record, Agenda Item and "
                            "Permanent Member Casting Negative Vote columns (has the page layout changed?)")


def _rows(rows: list, index: dict[str, int], url: str) -> list[VetoEntry]:  # noqa: ANN001
    out = []
    for n, tr in enumerate(rows, start=2):
        cells = tr.find_all(["td", "th"])
        if not cells:
            continue
        if len(cells) <= max(index.values()):
            raise SourceFormatError(f"vetolist: {url}: table row {n} has {len(cells)} cells, expected "
                                    f"{max(index.values()) + 1}")
        text = {k: " ".join(cells[i].get_text(" ").split()) for k, i in index.items()}
        date = _date(text["date"])
        if date is None:
            raise SourceFormatError(f"vetolist: {url}: table row {n}: unreadable date {text['date']!r}")
        vetoers = _vetoers(cells[index["vetoers"]])
        if not vetoers:
            raise SourceFormatError(f"vetolist: {url}: table row {n}: no vetoing member named")
        draft = text["draft"].split()[0] if text["draft"] else ""
        out.append(VetoEntry(date=date, draft=draft, meeting=text["meeting"], agenda=text["agenda"], vetoers=vetoers))
    if not out:
        raise SourceFormatError(f"vetolist: {url}: the veto table has no rows")
    return out
