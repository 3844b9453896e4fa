"""``factdesk report``, ``factdesk review`` and ``factdesk export``.

Imports only the standard library at module level: this module is loaded on every
``factdesk`` start-up to build the argument parser.
"""

from __future__ import annotations

import argparse


def add_parsers(sub: argparse._SubParsersAction) -> None:
    rp = sub.add_parser("report", help="write a self-contained HTML verdict report")
    rp.add_argument("target", metavar="PATH_OR_RUN_ID")
    rp.add_argument("-o", "--output", required=True, metavar="FILE")
    rp.set_defaults(handler="factdesk.review.cli:cmd_report")

    rv = sub.add_parser("review", help="the editors' review desk")
    rvs = rv.add_subparsers(dest="review_command", required=True, parser_class=sub._parser_class)
    serve = rvs.add_parser("serve", help="run the review desk web app")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(handler="factdesk.review.cli:cmd_review_serve")
    au = rvs.add_parser("add-user", help="add an account (password read from stdin)")
    au.add_argument("name", metavar="NAME")
    au.add_argument("--role", choices=["editor", "viewer"], required=True)
    au.set_defaults(handler="factdesk.review.cli:cmd_add_user")

    ex = sub.add_parser("export", help="export reviewed findings")
    exs = ex.add_subparsers(dest="export_command", required=True, parser_class=sub._parser_class)
    cr = exs.add_parser("claimreview", help="schema.org ClaimReview JSON-LD for a run's reviewed claims")
    cr.add_argument("run_id", metavar="RUN_ID")
    cr.set_defaults(handler="factdesk.review.cli:cmd_export_claimreview")


def _todo(args: argparse.Namespace) -> int:
    from factdesk.errors import UsageError

    raise UsageError(f"{args.command} is not implemented yet")


cmd_report = cmd_review_serve = cmd_add_user = cmd_export_claimreview = _todo
