"""Reference pack format, version 1 (JSON Lines).

A pack is a UTF-8 ``.jsonl`` file. Line 1 is the header; every other line is one
record with a ``type``. Blank lines and lines starting with ``//`` are ignored.
Every fact record carries ``sources`` (at least one public URL) — a pack with a
fact and no source is rejected.

    {"type": "pack", "name": "gaza-un-2023-2024", "version": "2026.11.23", "format": 1}
    {"type": "role", "id": "us-secretary-of-state", "title": "Secretary of State",
     "country": "United States", "aliases": ["U.S. Secretary of State"]}
    {"type": "person", "id": "antony-blinken", "name": "Antony Blinken", "aliases": [],
     "offices": [{"role": "us-secretary-of-state", "start": "2021-01-26",
                  "end": "2025-01-20", "sources": ["https://..."]}],
     "sources": ["https://..."]}
    {"type": "event", "id": "oct7", "name": "Hamas-led attack on Israel",
     "aliases": ["Hamas attack"], "date": "2023-10-07", "sources": ["https://..."]}
    {"type": "vote", "id": "sc-2023-12-08", "body": "SC", "date": "2023-12-08", ...}
    {"type": "membership", "body": "SC", "year": 2023, "members": [...], "sources": [...]}
    {"type": "statement", "id": "ga-binding", "subject": "General Assembly resolutions",
     "subject_aliases": [...], "property": "binding", "value": false, "sources": [...]}
    {"type": "quantity", "id": "...", "subject": "...", "keywords": [...],
     "value": 13981, "unit": "rounds", "date": "2023-12-09", "sources": [...]}

Dates are ISO ``YYYY-MM-DD``; office ``end`` is null while the office is held.
Where sources disagree a vote keeps each value: ``tally`` is the primary value
and ``alt_tallies`` lists the others, each with its own sources and note. Only a
vetoed draft or amendment whose full count no source gives may leave ``tally`` out
(a partial count goes in its ``note``); every other vote must have one.
"""

# No ``from __future__ import annotations`` here: pydantic would compile every field's
# annotation string at each start-up; written as objects they cost nothing extra.
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from factdesk.errors import PackError
from factdesk.validated import Unsure, construct

FORMAT_VERSION = 1

Url = Annotated[str, Field(pattern=r"^https?://\S+$")]
Sources = Annotated[list[Url], Field(min_length=1)]


class _Record(BaseModel):
    # built on first use: a check reads the bundled packs without validating them again
    # (``load_bundled_pack``), so most record models are never built in its process
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class PackHeader(_Record):
    type: Literal["pack"]
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    version: str
    format: int
    description: str = ""

    @field_validator("format")
    @classmethod
    def _known_format(cls, v: int) -> int:
        if v != FORMAT_VERSION:
            raise ValueError(f"unsupported pack format {v} (this factdesk reads {FORMAT_VERSION})")
        return v


class Role(_Record):
    type: Literal["role"]
    id: str
    title: str
    country: str | None = None
    aliases: list[str] = []


class Confirmation(_Record):
    """The vote that confirmed or approved a term ("confirmed by the Senate 78-22")."""

    body: str
    date: dt.date
    yes: int = Field(ge=0)
    no: int = Field(ge=0)
    sources: Sources


class Office(_Record):
    """A term in office. ``start``/``end`` are the sourced boundaries (``end`` null
    while held). A boundary known only roughly sets ``start_exact``/``end_exact``
    false, and checkers then refuse to be certain within a month of it. Where the
    sources do not give a boundary, ``known_from``/``known_until`` bound the
    period they do attest. Outside it a checker may *presume* continuity for a
    limited time (``refs.base.PRESUME_AFTER``/``PRESUME_BEFORE``) unless a successor
    or a change of government is recorded; a presumption can support a claim (at
    confidence 0.7, saying so in the rationale) but never refutes one.
    ``ordinal`` is the term's place in the office's numbering ("71st Secretary of
    State"), set only where a source states it; null when not recorded."""

    role: str
    start: dt.date | None = None
    end: dt.date | None = None
    start_exact: bool = True
    end_exact: bool = True
    known_from: dt.date | None = None
    known_until: dt.date | None = None
    ordinal: int | None = Field(default=None, ge=1)
    confirmation: Confirmation | None = None
    #: which of the person's terms in this office the record covers ("his second term"), where sourced
    term: int | None = Field(default=None, ge=1)
    #: the length of one term in years ("a seven-year term"), where sourced
    term_years: int | None = Field(default=None, ge=1)
    #: a formal oath of office later than ``start`` (UN officials are often sworn in months after taking up the post)
    sworn: dt.date | None = None
    #: the day an envoy presented credentials, where it differs from ``start``
    credentials: dt.date | None = None
    #: who administered the oath ("Vice President JD Vance"), where sourced
    sworn_by: str | None = None
    sources: Sources
    note: str = ""
    #: the source's own words for this term ("Prime Minister Malcolm TURNBULL (since 15 September
    #: 2015)"), shown as the evidence excerpt; and the date that text was read (the snapshot or
    #: the dataset version), shown as the evidence's ``retrieved_at``
    quote: str = ""
    retrieved: dt.date | None = None


class Person(_Record):
    type: Literal["person"]
    id: str
    name: str
    aliases: list[str] = []
    #: the country the person comes from or represents ("Trinidad and Tobago"), where sourced
    country: str | None = None
    offices: list[Office] = []
    sources: Sources
    note: str = ""


class Event(_Record):
    type: Literal["event"]
    id: str
    name: str
    aliases: list[str] = []
    date: dt.date
    #: the day in UTC when it is not ``date`` (the local day): "about 2am local time (22:30 GMT on Tuesday)", the
    #: killing of Haniyeh in Tehran on Wednesday 31 July 2024 was Tuesday's evening in GMT and in the Americas
    utc_date: dt.date | None = None
    #: where it happened, most specific first ("Tel al-Sultan", "Rafah", "Gaza"): any of
    #: these names fits, and the first is the correction
    places: list[str] = []
    #: words the sources quote from it, verbatim, and who said them (a person id)
    quotes: list[str] = []
    speaker: str | None = None
    sources: Sources
    note: str = ""


class Tally(_Record):
    yes: int = Field(ge=0)
    no: int = Field(ge=0)
    abstain: int = Field(ge=0)

    def __str__(self) -> str:
        return f"{self.yes}-{self.no}-{self.abstain}"


class AltTally(_Record):
    tally: Tally
    sources: Sources
    note: str = ""


class Vote(_Record):
    type: Literal["vote"]
    id: str
    body: Literal["SC", "GA"]
    date: dt.date
    kind: Literal["draft_resolution", "amendment"] = "draft_resolution"
    parent: str | None = None
    symbol: str | None = None
    symbol_confirmed: bool = False
    resolution: str | None = None
    subject: str
    keywords: list[str] = []
    proposer: list[str] = []
    outcome: Literal["adopted", "failed", "vetoed"]
    #: required, except for a veto whose full count no source gives (the world base's vetoes
    #: before 2022 have none either); a partial count then goes in the note
    tally: Tally | None = None
    alt_tallies: list[AltTally] = []
    vetoed_by: list[str] = []
    votes: dict[str, Literal["yes", "no", "abstain"]] = {}
    sources: Sources
    note: str = ""
    #: when the record was read from its source (a dataset's version date), for evidence
    retrieved: dt.date | None = None

    @model_validator(mode="after")
    def _tally_known(self) -> "Vote":
        if self.tally is None and self.outcome != "vetoed":
            raise ValueError("tally: required (only a vetoed draft or amendment may omit it)")
        return self


class Membership(_Record):
    type: Literal["membership"]
    body: Literal["SC"]
    year: int
    members: list[str] = Field(min_length=15, max_length=15)
    sources: Sources


class Statement(_Record):
    type: Literal["statement"]
    id: str
    subject: str
    subject_aliases: list[str] = []
    property: str
    value: bool
    text: str
    sources: Sources


class Quantity(_Record):
    type: Literal["quantity"]
    id: str
    subject: str
    keywords: list[str] = Field(min_length=1)
    value: float
    unit: str
    date: dt.date | None = None
    #: the last day on which the official figure was still an estimate that later changed (a
    #: death toll revised weeks on): a report published by then is judged against the figure
    #: of its day, which the pack does not hold, so a different number is not refuted
    provisional_until: dt.date | None = None
    sources: Sources
    note: str = ""


Record = Role | Person | Event | Vote | Membership | Statement | Quantity
_BY_TYPE: dict[str, type[_Record]] = {
    "role": Role,
    "person": Person,
    "event": Event,
    "vote": Vote,
    "membership": Membership,
    "statement": Statement,
    "quantity": Quantity,
}


class Pack(BaseModel):
    model_config = ConfigDict(defer_build=True)

    header: PackHeader
    records: list[Record]
    path: str


def _one_line(err: ValidationError) -> str:
    first = err.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where}: {first['msg']}" if where else first["msg"]


def iter_records(lines: Iterable[str], path: str = "<pack>") -> Iterator[tuple[int, PackHeader | Record]]:
    """Validate a pack line by line: yield (line number, header) first, then (line number,
    record); raise ``PackError`` naming the first bad line. Holds one line at a time."""
    header: PackHeader | None = None
    for lineno, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PackError(f"{path}:{lineno}: not JSON ({exc.msg})") from None
        if not isinstance(obj, dict) or "type" not in obj:
            raise PackError(f"{path}:{lineno}: each line must be an object with a 'type'")
        try:
            if header is None:
                if obj["type"] != "pack":
                    raise PackError(f"{path}:{lineno}: the first record must be the pack header")
                header = PackHeader.model_validate(obj)
                yield lineno, header
                continue
            model = _BY_TYPE.get(obj["type"])
            if model is None:
                raise PackError(f"{path}:{lineno}: unknown record type {obj['type']!r}")
            rec = model.model_validate(obj)
        except ValidationError as exc:
            raise PackError(f"{path}:{lineno}: {_one_line(exc)}") from None
        yield lineno, rec  # type: ignore[misc]
    if header is None:
        raise PackError(f"{path}: empty pack (no header line)")


def record_key(rec: Record) -> tuple[str, str]:
    """What two records of one pack may not share (``duplicate ... id``)."""
    rid = getattr(rec, "id", None) or f"{getattr(rec, 'body', None)}-{getattr(rec, 'year', None)}"
    return rec.type, str(rid)


def parse_pack(text: str, path: str = "<pack>") -> Pack:
    """Validate a whole pack; raise ``PackError`` naming the first bad line."""
    header: PackHeader | None = None
    records: list[Record] = []
    seen: set[tuple[str, str]] = set()
    for lineno, rec in iter_records(text.splitlines(), path):
        if isinstance(rec, PackHeader):
            header = rec
            continue
        key = record_key(rec)
        if key in seen:
            raise PackError(f"{path}:{lineno}: duplicate {key[0]} id {key[1]!r}")
        seen.add(key)
        records.append(rec)
    assert header is not None  # iter_records raises on a pack without one
    _check_references(records, path)
    return Pack(header=header, records=records, path=path)


def _check_references(records: list[Record], path: str, roles: set[str] | None = None) -> None:
    roles = {r.id for r in records if isinstance(r, Role)} if roles is None else roles
    votes = {r.id for r in records if isinstance(r, Vote)}
    for r in records:
        if isinstance(r, Person):
            for o in r.offices:
                if o.role not in roles:
                    raise PackError(f"{path}: person {r.id!r} holds unknown role {o.role!r}")
        if isinstance(r, Vote):
            if r.parent and r.parent not in votes:
                raise PackError(f"{path}: vote {r.id!r} has unknown parent {r.parent!r}")
            if r.outcome == "vetoed" and not r.vetoed_by:
                raise PackError(f"{path}: vetoed vote {r.id!r} names no vetoing member")


MAX_PACK_BYTES = 4 * 1024**3  # a 1M-person pack is ~0.5 GB


def load_pack(path: Path) -> Pack:
    from factdesk.safeio import read_regular

    raw = read_regular(path, MAX_PACK_BYTES, noun="pack file", error=PackError)  # no FIFO, no /dev/zero
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PackError(f"{path}: not UTF-8 text") from None
    return parse_pack(text, str(path))


def load_bundled_pack(path: Path) -> Pack:
    """A pack shipped with factdesk (``bundled_pack_paths``), as ``load_pack`` reads it.

    A bundled pack's content is validated once: its SHA-256, with this module's own, is kept
    in the pattern cache (``rxcache.remembered``) after ``parse_pack`` accepted it, and a later
    process builds the same records from the JSON without validating them again
    (``_construct_pack``: the values pydantic gave, the same fields set). Any edit of the file
    or of the record models validates it afresh; a value whose validated form is not sure
    (a date not written ``YYYY-MM-DD``, a number where a string is declared) is validated
    too. Packs configured by the user are always read by ``load_pack``."""
    import hashlib

    from factdesk import rxcache

    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return load_pack(path)  # its error
    digest = hashlib.sha256(raw + b"\0" + Path(__file__).read_bytes()).hexdigest()
    parsed: list[Pack] = []

    def validate() -> str:
        parsed.append(parse_pack(text, str(path)))
        return "valid"

    rxcache.remembered(f"pack:{digest}", validate)
    if parsed:
        return parsed[0]
    try:
        return _construct_pack(text, str(path))
    except Unsure:
        return parse_pack(text, str(path))


def _construct_pack(text: str, path: str) -> Pack:
    header: PackHeader | None = None
    records: list[Record] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        obj = json.loads(line)
        if header is None:
            header = construct(PackHeader, obj)
        else:
            records.append(construct(_BY_TYPE[obj["type"]], obj))  # type: ignore[arg-type]
    return Pack.model_construct(header=header, records=records, path=path)


def bundled_pack_paths() -> list[Path]:
    """Packs shipped in ``seeds/`` (installed as the ``factdesk_seeds`` package)."""
    import factdesk_seeds  # the repository's seeds/ folder, mapped as a package

    return sorted(Path(factdesk_seeds.__file__).resolve().parent.glob("*.jsonl"))
