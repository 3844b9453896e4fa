"""``factdesk refs refresh`` (and friends): live sources from the command line.

Imports only the standard library at module level: this module is loaded on every
``factdesk`` start-up to build the argument parser.
"""

from __future__ import annotations

import argparse


def add_refs_parsers(refs_sub: argparse._SubParsersAction) -> None:
    r = refs_sub.add_parser("refresh", help="refresh facts from the live sources (Wikidata, Wikipedia, UN records)")
    r.add_argument("--source", metavar="NAME", help="only this source (e.g. wikidata)")
    r.add_argument("--entity", nargs="+", action="extend", metavar="QID", help="only these entities")
    r.set_defaults(handler="factdesk.sources.cli:cmd_refresh")


def cmd_refresh(args: argparse.Namespace) -> int:
    from factdesk.errors import UsageError

    raise UsageError("refs refresh is not implemented yet")
