"""``factdesk serve`` and ``factdesk flow feed``.

Imports only the standard library at module level: this module is loaded on every
``factdesk`` start-up to build the argument parser.
"""

from __future__ import annotations

import argparse


def add_parsers(sub: argparse._SubParsersAction, flow_subparsers: argparse._SubParsersAction) -> None:
    s = sub.add_parser("serve", help="serve the scheduled deployments (check_feed, refresh_references) "
                                     "from this process, without a separate worker")
    s.set_defaults(handler="factdesk.feeds.cli:cmd_serve")


def cmd_serve(args: argparse.Namespace) -> int:
    from factdesk.errors import UsageError

    raise UsageError("serve is not implemented yet")
