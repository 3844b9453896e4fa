"""What each dataset of the world base covers: kind, body, date range, version.

Inside a dataset's coverage a checker may say that no record fits; outside it the
verdict is ``unverified`` with the reason ``outside()`` gives.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Dataset:
    name: str
    kind: str  # vote | office
    body: str  # GA, SC, or the offices covered
    start: dt.date
    end: dt.date
    version_date: dt.date  # the dataset version's date: evidence's retrieved_at
    source: str  # where a reader finds the dataset
    licence: str
    note: str
    describes: str  # for "the references hold ... up to ..."


DATASETS = (
    Dataset("ga-votes", "vote", "GA", dt.date(1946, 1, 1), dt.date(2019, 12, 27), dt.date(2021, 3, 9),
            "https://doi.org/10.7910/DVN/LEJUQZ", "MIT (unvotes package); data: Erik Voeten, Harvard Dataverse",
            "recorded (roll-call) votes only; resolutions adopted without a vote are not in it",
            "General Assembly recorded votes"),
    Dataset("sc-vetoes", "vote", "SC", dt.date(1946, 2, 16), dt.date(2022, 7, 8), dt.date(2023, 9, 13),
            "https://research.un.org/en/docs/sc/quick/veto", "MIT (world-politics-datalab)",
            "vetoed drafts only, without tallies; the curated packs list later vetoes, not a complete list",
            "Security Council vetoes"),
    Dataset("un-members", "membership", "UN Member States (who could vote in the General Assembly)",
            dt.date(1945, 10, 24), dt.date(2011, 7, 14), dt.date(2026, 12, 4),
            "https://www.un.org/en/about-us/member-states", "facts published by the UN; compiled for factdesk",
            "dates of admission of the 193 Members, former Members and their ends; see seeds/world/un-members",
            "UN membership"),
    Dataset("factbook-executives", "office", "heads of state and government", dt.date(2014, 7, 12),
            dt.date(2026, 1, 22), dt.date(2026, 1, 22), "https://github.com/factbook/factbook.json",
            "CC0 1.0", "no snapshots from March 2017 to November 2020: no end is inferred across that gap",
            "heads of state and government"),
    Dataset("uk-ministers", "office", "UK ministers", dt.date(1979, 5, 4), dt.date(2026, 6, 19),
            dt.date(2026, 6, 19), "https://www.instituteforgovernment.org.uk/ministers-database",
            "CC BY 4.0 (Institute for Government)", "an empty end date means in office on the data's date",
            "UK ministers"),
)
COVERAGE = {d.name: d for d in DATASETS}

#: the last Security Council veto the bundled packs record after the veto list ends: they hold
#: the 17 vetoes of September 2022 to September 2025 that UN press releases and meeting coverage
#: were found to report, not a list checked complete, so ``covers`` does not reach into them
#: (no "no veto fits" there) and ``outside`` says so
PACK_VETOES_END = dt.date(2025, 9, 18)


def covers(body: str, start: dt.date, end: dt.date) -> bool:
    """Whether the world base holds every recorded vote of ``body`` between the dates
    (GA: every recorded vote; SC: every veto)."""
    name = {"GA": "ga-votes", "SC": "sc-vetoes"}.get(body)
    if name is None:
        return False
    d = COVERAGE[name]
    return d.start <= start and end <= d.end


def outside(body: str | None, start: dt.date, end: dt.date) -> str | None:
    """The reason a vote between the dates is outside what the world base holds, or None."""
    for name in ({"GA": ("ga-votes",), "SC": ("sc-vetoes",)}.get(body or "", ("ga-votes", "sc-vetoes"))):
        d = COVERAGE[name]
        if end > d.end or start < d.start:
            later = (f", and later ones (to {PACK_VETOES_END:%B %Y}) only as the curated packs list them"
                     if name == "sc-vetoes" and end > d.end else "")
            return f"the references hold {d.describes} from {d.start:%B %Y} to {d.end:%B %Y}{later}"
    return None
