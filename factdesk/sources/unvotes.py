"""UN votes from the UN Digital Library's official voting-data CSV datasets.

The Dag Hammarskjöld Library publishes the voting data of adopted General Assembly and
Security Council resolutions as bulk CSV files (GA: digitallibrary.un.org/record/4060887,
SC: /record/4055387). The Digital Library's terms forbid scraping without approval, so
factdesk never crawls it: an operator downloads a dataset and imports the file (or gives
its URL). One row is one Member State's vote on one resolution; the columns this module
reads are those of the datasets' data dictionaries:

    undl_id, ms_code, ms_name, ms_vote (Y/N/A/X, blank = non-participating), date,
    resolution, draft, meeting, title (GA) or description (SC), total_yes, total_no,
    total_abstentions, undl_link

Rows are grouped by resolution into ``vote`` records (outcome ``adopted``; drafts that
failed are not in these datasets) with the official tally and each Member State's vote.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from factdesk.errors import SourceFormatError
from factdesk.refs.countries import canonical_country
from factdesk.refs.pack import Tally, Vote

REQUIRED = ("undl_id", "ms_code", "ms_name", "ms_vote", "date", "resolution", "total_yes", "total_no",
            "total_abstentions", "undl_link")
VOTE = {"Y": "yes", "N": "no", "A": "abstain"}
#: official names in the datasets that the curated country table does not know as such
BY_CODE = {"USA": "United States", "GBR": "United Kingdom", "RUS": "Russia", "CHN": "China", "FRA": "France",
           "KOR": "Republic of Korea", "ARE": "United Arab Emirates"}


def country_name(code: str, official: str) -> str:
    return BY_CODE.get(code.upper()) or canonical_country(official) or official.strip()


def _date(text: str, where: str) -> dt.date:
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y/%m/%d"):
        try:
            return dt.datetime.strptime(text[:19] if "T" in text else text[:10], fmt).date()
        except ValueError:
            continue
    raise SourceFormatError(f"unvotes: {where}: unreadable date {text!r}")


def _int(text: str, col: str, where: str) -> int:
    try:
        value = int(str(text).strip() or "0")
    except ValueError:
        raise SourceFormatError(f"unvotes: {where}: {col} is not a number ({text!r})") from None
    if value < 0:
        raise SourceFormatError(f"unvotes: {where}: {col} is negative")
    return value


def parse_csv(text: str, origin: str) -> list[Vote]:
    """All resolutions in one dataset file as ``vote`` records; raises ``SourceFormatError``
    naming the line on anything that does not fit the dataset's layout."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = reader.fieldnames or []
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise SourceFormatError(f"unvotes: {origin}: not a UN voting-data CSV (missing columns: {', '.join(missing)})")
    groups: dict[str, dict] = {}
    for row in reader:
        where = f"{origin}:{reader.line_num}"
        if None in row or any(row.get(c) is None for c in REQUIRED):
            raise SourceFormatError(f"unvotes: {where}: the row does not have the header's columns (cut short?)")
        symbol = row["resolution"].strip()
        if not symbol:
            raise SourceFormatError(f"unvotes: {where}: no resolution symbol")
        body = "GA" if symbol.startswith("A/") else "SC" if symbol.startswith("S/") else None
        if body is None:
            raise SourceFormatError(f"unvotes: {where}: {symbol!r} is neither a GA (A/…) nor an SC (S/…) resolution")
        g = groups.setdefault(row["undl_id"].strip(), {
            "body": body, "symbol": symbol, "date": _date(row["date"], where),
            "draft": (row.get("draft") or "").strip() or None,
            "subject": (row.get("title") or row.get("description") or "").strip() or symbol,
            "tally": Tally(yes=_int(row["total_yes"], "total_yes", where), no=_int(row["total_no"], "total_no", where),
                           abstain=_int(row["total_abstentions"], "total_abstentions", where)),
            "link": row["undl_link"].strip(), "votes": {}, "where": where,
        })
        if g["symbol"] != symbol:
            raise SourceFormatError(f"unvotes: {where}: undl_id {row['undl_id']} names two resolutions")
        code = row["ms_vote"].strip().upper()
        if code not in ("Y", "N", "A", "X", ""):
            raise SourceFormatError(f"unvotes: {where}: unknown vote {row['ms_vote']!r} (expected Y, N, A or X)")
        if code in VOTE:
            g["votes"][country_name(row["ms_code"], row["ms_name"])] = VOTE[code]
    votes = []
    for undl_id, g in groups.items():
        if not g["link"].startswith(("http://", "https://")):
            raise SourceFormatError(f"unvotes: {g['where']}: undl_link is not a URL")
        counted = {v: sum(1 for x in g["votes"].values() if x == v) for v in ("yes", "no", "abstain")}
        t = g["tally"]
        if (counted["yes"], counted["no"], counted["abstain"]) != (t.yes, t.no, t.abstain):
            raise SourceFormatError(
                f"unvotes: {origin}: {g['symbol']}: the Member States' votes ({counted['yes']}-{counted['no']}-"
                f"{counted['abstain']}) do not add up to the totals ({t}); is the file complete?")
        votes.append(Vote(type="vote", id=f"undl-{undl_id}", body=g["body"], date=g["date"], resolution=g["symbol"],
                          symbol=g["draft"], symbol_confirmed=g["draft"] is not None, subject=g["subject"][:300],
                          outcome="adopted", tally=t, votes=g["votes"], sources=[g["link"]],
                          note=f"UN Digital Library voting data, record {undl_id}"))
    if not votes:
        raise SourceFormatError(f"unvotes: {origin}: the file has a header but no votes")
    return votes


def read_location(location: str) -> tuple[bytes, str]:
    """A local file's bytes (a downloaded dataset) and its ``file://`` URL."""
    path = Path(location).expanduser()
    try:
        return path.read_bytes(), path.resolve().as_uri()
    except FileNotFoundError:
        raise SourceFormatError(f"unvotes: {location}: no such file") from None
    except IsADirectoryError:
        raise SourceFormatError(f"unvotes: {location}: is a directory, not a CSV file") from None
