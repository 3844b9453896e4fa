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
    cr.add_argument("--claim", type=int, metavar="CLAIM_ID",
                    help="only this claim's ClaimReview, as one standalone JSON-LD object")
    cr.set_defaults(handler="factdesk.review.cli:cmd_export_claimreview")


def cmd_report(args: argparse.Namespace) -> int:
    """A PATH is checked and stored exactly like ``factdesk check`` (a new run, whose id the
    report shows); a RUN_ID renders that stored run with the editors' reviews."""
    from pathlib import Path

    from factdesk.review.render import render_view_html, write_html

    target = Path(args.target)
    out = Path(args.output)
    view = _checked_view(target) if target.exists() else _stored_view(args.target)
    path = write_html(render_view_html(view), out)
    counts = ", ".join(f"{n} {label}" for label, n in view.counts.items() if n)
    n = len(view.claims)
    print(f"wrote {path} ({n} claim{'' if n == 1 else 's'}{': ' + counts if counts else ''}; run {view.run_id})")
    return 0


def _checked_view(path):  # noqa: ANN001, ANN202
    from sqlmodel import Session

    from factdesk import ci
    from factdesk.ingest import read_document
    from factdesk.review.view import from_run
    from factdesk.service import CheckSetup, run_check
    from factdesk.settings import get_settings
    from factdesk.store.crud import save_report
    from factdesk.store.db import get_engine

    settings = get_settings()
    cfg = ci.find_config(path)
    doc, text_view = read_document(path, published=None)
    setup = CheckSetup.prepare(settings, store=True, config=cfg)
    report = run_check(doc, text_view, setup)
    with Session(get_engine(settings.database_url)) as session:
        run_id = save_report(session=session, report=report, reference_version=setup.refs.version,
                             checkers=setup.checker_names)
        return from_run(session=session, run_id=run_id)


def _stored_view(run_id: str):  # noqa: ANN202
    import re

    from sqlmodel import Session

    from factdesk.errors import UsageError
    from factdesk.review.view import from_run
    from factdesk.settings import get_settings
    from factdesk.store.db import get_engine

    if not re.fullmatch(r"[0-9a-f]{32}", run_id):
        raise UsageError(f"{run_id}: no such file, and not a run id (32 hex digits)")
    with Session(get_engine(get_settings().database_url)) as session:
        return from_run(session=session, run_id=run_id)


def cmd_review_serve(args: argparse.Namespace) -> int:
    import secrets
    import socket

    from factdesk.errors import UsageError
    from factdesk.settings import get_settings
    from factdesk.store.db import get_engine, safe_url

    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port must be 0-65535, not {args.port}")
    settings = get_settings()
    engine = get_engine(settings.database_url)  # migrated before the first request
    try:  # a clear error instead of uvicorn's log line when the address is taken
        family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((args.host, args.port))
    except OSError as exc:
        raise UsageError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
    import uvicorn

    from factdesk.review.app import create_app

    app = create_app(engine=engine, secret_key=settings.secret_key or secrets.token_urlsafe(32))
    print(f"factdesk review desk on http://{args.host}:{args.port}/ (store {safe_url(settings.database_url)}); "
          "Ctrl-C stops it", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False)
    return 0


def cmd_add_user(args: argparse.Namespace) -> int:
    import getpass
    import sys

    from sqlmodel import Session

    from factdesk.errors import UsageError
    from factdesk.review.accounts import add_user, validate_name
    from factdesk.settings import get_settings
    from factdesk.store.db import get_engine

    validate_name(args.name)
    if sys.stdin.isatty():
        password = getpass.getpass(f"password for {args.name}: ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise UsageError("no password on stdin (give it as the first line)")
    with Session(get_engine(get_settings().database_url)) as session:
        user = add_user(session=session, name=args.name, role=args.role, password=password)
    print(f"added {user.role} {user.name}")
    return 0


def cmd_export_claimreview(args: argparse.Namespace) -> int:
    import json

    from sqlmodel import Session

    from factdesk.review.claimreview import claimreview_document, claimreview_one
    from factdesk.settings import get_settings
    from factdesk.store.db import get_engine

    with Session(get_engine(get_settings().database_url)) as session:
        if args.claim is not None:
            doc = claimreview_one(session=session, run_id=args.run_id, claim_id=args.claim)
        else:
            doc = claimreview_document(session=session, run_id=args.run_id)
    print(json.dumps(doc, ensure_ascii=False, indent=2))
    return 0
