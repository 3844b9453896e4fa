"""The slots the person_role types share: a title and the name next to it."""

from __future__ import annotations

from factdesk.claimtypes.base import Slots


class TitledName(Slots):
    title: str
    #: the country the title names; "?X" when qualified by something the references do not cover
    country: str | None = None
    #: then, late, former, acting, incoming ...
    modifier: str | None = None
    #: the name as written
    name: str = ""
    #: the known person it names (None: nobody in the references)
    person_id: str | None = None
    name_exact: bool = False
    #: how a name that is no known spelling was matched to ``person_id`` ("'Zelensky' taken as
    #: Volodymyr Zelenskyy: the only President (Ukraine) on 2022-10-12 with that surname")
    matched: str = ""
