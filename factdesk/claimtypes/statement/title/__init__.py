"""statement.title: the title a story gives a voted text ('Titled "Aggression against Ukraine"', "the
resolution titled 'Aggression Against Ukraine'"), checked against the vote records of the fortnight before
the publication date: supported when one record of those days bears that title, otherwise unverified,
never refuted (the references do not hold every text's title). Examples: ``titles.yaml``."""

from __future__ import annotations

from factdesk.claimtypes.base import ClaimType
from factdesk.claimtypes.statement.title.compare import compare
from factdesk.claimtypes.statement.title.slots import TitleSlots

TYPE = ClaimType(
    id="statement.title", family="statement", version="1", slots=TitleSlots, compare=compare,
    help="The title a story gives a voted text, checked against the titles of the votes just before it "
         "(supported or unverified, never refuted).",
    examples=('Titled "Aggression against Ukraine", the resolution demanded an immediate halt to the offensive and '
              'the withdrawal of all Russian troops.',),
)
