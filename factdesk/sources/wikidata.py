"""Wikidata: entities by id (``wbgetentities``) and by name (``wbsearchentities``), and
officeholders in bulk through SPARQL.

Parsing keeps what Wikidata says and how sure it is: labels and aliases in English,
falling back to the ``mul`` (default for all languages) label; P39 "position held"
statements with their rank (deprecated ones dropped, preferred first) and their
P580 start / P582 end qualifiers with the time precision (9 year, 10 month, 11 day).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import requests

from factdesk.errors import SourceFormatError
from factdesk.settings import Settings
from factdesk.sources.base import Snapshot, make_client
from factdesk.sources.http import Fetched, SourceClient

QID = re.compile(r"^Q[1-9][0-9]{0,11}$")
GREGORIAN = "http://www.wikidata.org/entity/Q1985727"
LANGS = ("en", "mul")
#: P31 instance of, Q5 human; P39 position held; P580/P582 start/end time;
#: P17 country; P1001 applies to jurisdiction
HUMAN = "Q5"


@dataclass(frozen=True)
class WdTime:
    """A Wikidata time value: the date as written and how much of it is known."""

    date: dt.date
    precision: int  # 9 year, 10 month, 11 day


@dataclass(frozen=True)
class PositionHeld:
    position: str  # QID of the office
    rank: str  # preferred | normal
    start: WdTime | None
    end: WdTime | None
    end_unknown: bool = False  # P582 is "somevalue": it ended, nobody knows when
    statement_id: str = ""


@dataclass(frozen=True)
class Entity:
    qid: str
    revision: int
    label: str | None
    aliases: tuple[str, ...]
    description: str | None
    instance_of: tuple[str, ...] = ()
    positions: tuple[PositionHeld, ...] = ()
    countries: tuple[str, ...] = ()  # P17, then P1001
    enwiki: str | None = None  # English Wikipedia article title (sitelink)
    skipped: tuple[str, ...] = field(default=())  # statements left out, with the reason


@dataclass(frozen=True)
class SearchHit:
    qid: str
    label: str
    description: str


def _maxlag(resp: requests.Response) -> float | None:
    """Wikidata answers a lagged request with HTTP 200 and ``{"error": {"code": "maxlag"}}``."""
    if b'"maxlag"' not in resp.content[:300]:
        return None
    try:
        code = resp.json().get("error", {}).get("code")
    except ValueError:
        return None
    if code != "maxlag":
        return None
    try:
        return float(resp.headers.get("Retry-After", "5"))
    except ValueError:
        return 5.0


class WikidataConnector:
    name = "wikidata"
    env_var = "FACTDESK_WIKIDATA_URL"

    def __init__(self, client: SourceClient, maxlag: int = 5) -> None:
        self.client = client
        self.maxlag = maxlag

    @classmethod
    def from_settings(cls, settings: Settings, *, session: requests.Session | None = None,
                      timeout: float | None = None, retries: int = 3) -> WikidataConnector:
        client = make_client("wikidata", settings.wikidata_url, settings, session=session, timeout=timeout,
                             retries=retries, retry_json_error=_maxlag)
        return cls(client)

    def page_url(self, qid: str) -> str:
        """The entity's human-readable page on the same host (``/wiki/Q…``)."""
        root = re.sub(r"/w/api\.php$", "", self.client.base_url.rstrip("/"))
        return f"{root}/wiki/{qid}"

    def _api(self, params: dict[str, str]) -> tuple[dict, Fetched]:
        fetched = self.client.get(self.client.base_url,
                                  params={**params, "format": "json", "maxlag": str(self.maxlag)})
        data = fetched.json()
        if not isinstance(data, dict):
            raise SourceFormatError(f"wikidata: {fetched.url}: expected a JSON object")
        if "error" in data:
            err = data["error"] if isinstance(data["error"], dict) else {}
            raise SourceFormatError(f"wikidata: {fetched.url}: API error {err.get('code')}: {err.get('info')}")
        return data, fetched

    def get_entities(self, qids: list[str], *, missing_ok: bool = False) -> tuple[dict[str, Entity], Snapshot]:
        """Up to 50 items by id; a missing (deleted) id raises ``SourceFormatError``, or with
        ``missing_ok`` is left out of the answer."""
        for q in qids:
            if not QID.match(q):
                raise SourceFormatError(f"wikidata: {q!r} is not an item id (Q followed by digits)")
        data, fetched = self._api({"action": "wbgetentities", "ids": "|".join(qids),
                                   "props": "info|labels|aliases|descriptions|claims|sitelinks",
                                   "languages": "en|mul", "sitefilter": "enwiki"})
        raw = data.get("entities")
        if not isinstance(raw, dict):
            raise SourceFormatError(f"wikidata: {fetched.url}: no 'entities' object in the answer")
        out = {}
        for q in qids:
            ent = raw.get(q)
            if isinstance(ent, dict) and "missing" in ent and missing_ok:
                continue
            if not isinstance(ent, dict) or "missing" in ent:
                raise SourceFormatError(f"wikidata: {q} does not exist")
            out[q] = parse_entity(ent)
        record = ",".join(f"{q}@{out[q].revision}" if q in out else f"{q}@missing" for q in qids)
        return out, Snapshot.of(fetched, record)

    def search(self, name: str, limit: int = 5) -> tuple[list[SearchHit], Snapshot]:
        data, fetched = self._api({"action": "wbsearchentities", "search": name, "language": "en",
                                   "uselang": "en", "type": "item", "limit": str(limit)})
        hits = data.get("search")
        if not isinstance(hits, list):
            raise SourceFormatError(f"wikidata: {fetched.url}: no 'search' list in the answer")
        out = []
        for h in hits:
            if not isinstance(h, dict) or not QID.match(str(h.get("id", ""))):
                raise SourceFormatError(f"wikidata: {fetched.url}: a search hit without an item id")
            label = h.get("label") or (h.get("display", {}).get("label", {}) or {}).get("value") or ""
            out.append(SearchHit(qid=h["id"], label=label, description=h.get("description", "")))
        return out, Snapshot.of(fetched, None)


# ---------------------------------------------------------------------- parsing
def _label(values: object) -> str | None:
    if not isinstance(values, dict):
        return None
    for lang in LANGS:
        v = values.get(lang)
        if isinstance(v, dict) and isinstance(v.get("value"), str) and v["value"].strip():
            return v["value"].strip()
    return None


def _aliases(values: object) -> tuple[str, ...]:
    out: list[str] = []
    if isinstance(values, dict):
        for lang in LANGS:
            for a in values.get(lang, []) or []:
                if isinstance(a, dict) and isinstance(a.get("value"), str) and a["value"] not in out:
                    out.append(a["value"])
    return tuple(out)


def parse_time(snak: dict) -> WdTime | None:
    """A ``time`` datavalue, or None when Wikidata has no value ("somevalue"/"novalue").
    Raises ``SourceFormatError`` on a value that is not Wikidata's time format."""
    if snak.get("snaktype") != "value":
        return None
    value = (snak.get("datavalue") or {}).get("value")
    if not isinstance(value, dict):
        raise SourceFormatError("wikidata: a time qualifier without a value object")
    m = re.fullmatch(r"([+-])(\d{1,16})-(\d\d)-(\d\d)T00:00:00Z", str(value.get("time", "")))
    precision = value.get("precision")
    if m is None or not isinstance(precision, int):
        raise SourceFormatError(f"wikidata: unreadable time value {value.get('time')!r}")
    if value.get("calendarmodel", GREGORIAN) != GREGORIAN:
        raise SourceFormatError(f"wikidata: time {value['time']} is not in the Gregorian calendar")
    sign, year, month, day = m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4))
    if sign == "-" or not 1 <= year <= 9999:
        raise SourceFormatError(f"wikidata: time {value['time']} is out of range")
    if precision < 9:
        raise SourceFormatError(f"wikidata: time {value['time']} is known only to a decade or worse")
    try:
        date = dt.date(year, month if precision >= 10 else 1, day if precision >= 11 else 1)
    except ValueError:
        raise SourceFormatError(f"wikidata: invalid date {value['time']}") from None
    return WdTime(date=date, precision=min(precision, 11))


def _item_ids(claims: dict, prop: str) -> tuple[str, ...]:
    out = []
    for st in claims.get(prop, []) or []:
        if not isinstance(st, dict) or st.get("rank") == "deprecated":
            continue
        value = ((st.get("mainsnak") or {}).get("datavalue") or {}).get("value")
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            out.append(value["id"])
    return tuple(out)


def _qualifier(st: dict, prop: str) -> dict | None:
    snaks = (st.get("qualifiers") or {}).get(prop) or []
    return snaks[0] if snaks and isinstance(snaks[0], dict) else None


def parse_entity(ent: dict) -> Entity:
    qid = ent.get("id")
    if not isinstance(qid, str) or not QID.match(qid):
        raise SourceFormatError(f"wikidata: an entity without an item id ({qid!r})")
    claims = ent.get("claims") or {}
    if not isinstance(claims, dict):
        raise SourceFormatError(f"wikidata: {qid}: 'claims' is not an object")
    positions: list[PositionHeld] = []
    skipped: list[str] = []
    for st in claims.get("P39", []) or []:
        if not isinstance(st, dict) or st.get("rank") not in ("preferred", "normal"):
            continue  # deprecated: Wikidata itself says it is wrong
        value = ((st.get("mainsnak") or {}).get("datavalue") or {}).get("value")
        if not isinstance(value, dict) or not QID.match(str(value.get("id", ""))):
            continue  # "somevalue"/"novalue" position: nothing to check against
        sid = str(st.get("id", ""))
        try:
            start_snak, end_snak = _qualifier(st, "P580"), _qualifier(st, "P582")
            start = parse_time(start_snak) if start_snak else None
            end = parse_time(end_snak) if end_snak else None
        except SourceFormatError as exc:
            skipped.append(f"{value['id']} ({sid}): {str(exc).removeprefix('wikidata: ')}")
            continue
        end_unknown = end_snak is not None and end_snak.get("snaktype") == "somevalue"
        positions.append(PositionHeld(position=value["id"], rank=st["rank"], start=start, end=end,
                                      end_unknown=end_unknown, statement_id=sid))
    positions.sort(key=lambda p: 0 if p.rank == "preferred" else 1)  # stable: Wikidata's order otherwise
    revision = ent.get("lastrevid")
    enwiki = ((ent.get("sitelinks") or {}).get("enwiki") or {}).get("title")
    return Entity(
        qid=qid,
        revision=revision if isinstance(revision, int) else 0,
        label=_label(ent.get("labels")),
        aliases=_aliases(ent.get("aliases")),
        description=_label(ent.get("descriptions")),
        instance_of=_item_ids(claims, "P31"),
        positions=tuple(positions),
        countries=_item_ids(claims, "P17") + _item_ids(claims, "P1001"),
        skipped=tuple(skipped),
        enwiki=enwiki if isinstance(enwiki, str) else None,
    )
