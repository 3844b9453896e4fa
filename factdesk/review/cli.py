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
    _add_users_parsers(rvs, sub._parser_class)

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
    import dataclasses

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
    # the run is stored whole; suppressions only decide what the report shows
    setup.options = dataclasses.replace(setup.options, suppressions=False)
    report = run_check(doc, text_view, setup)
    with Session(get_engine(settings.database_url)) as session:
        run_id = save_report(session=session, report=report, reference_version=setup.refs.version,
                             checkers=setup.checker_names)
        view = from_run(session=session, run_id=run_id)
    hidden = ci.suppressed_lines(doc.text)
    view.claims = [c for c in view.claims if c.line not in hidden]
    return view


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
    import logging

    import uvicorn

    from factdesk.review.app import create_app

    handler = logging.StreamHandler()  # failed and refused logins, on stderr with a time stamp
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("factdesk.review").addHandler(handler)
    logging.getLogger("factdesk.review").setLevel(logging.INFO)
    app = create_app(engine=engine, secret_key=settings.secret_key or secrets.token_urlsafe(32),
                     https_only=settings.cookie_secure)
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
    from sqlmodel import Session

    from factdesk.review import jsonld
    from factdesk.review.claimreview import claimreview_document, claimreview_one
    from factdesk.settings import get_settings
    from factdesk.store.db import get_engine

    with Session(get_engine(get_settings().database_url)) as session:
        if args.claim is not None:
            doc = claimreview_one(session=session, run_id=args.run_id, claim_id=args.claim)
        else:
            doc = claimreview_document(session=session, run_id=args.run_id)
    print(jsonld.dumps(doc, indent=2))  # inert inside <script type="application/ld+json">
    return 0


# ------------------------------------------------------------------------- review users


def _add_users_parsers(rvs: argparse._SubParsersAction, parser_class: type) -> None:
    us = rvs.add_parser("users", help="list and manage the desk's accounts")
    uss = us.add_subparsers(dest="users_command", required=True, parser_class=parser_class)
    uss.add_parser("list", help="accounts with role, state, live sessions and recent failed logins")
    for name, text in (("disable", "refuse logins and end every session of the account"),
                       ("enable", "allow logins again")):
        p = uss.add_parser(name, help=text)
        p.add_argument("name", metavar="NAME")
    sr = uss.add_parser("set-role", help="make an account an editor or a viewer")
    sr.add_argument("name", metavar="NAME")
    sr.add_argument("role", choices=["editor", "viewer"])
    rp = uss.add_parser("reset-password", help="set a new password (from stdin); ends every session and lifts "
                                               "the account's lockout")
    rp.add_argument("name", metavar="NAME")
    ul = uss.add_parser("unlock", help="lift the lockout of an account (NAME) or of a client address (--address)")
    ul.add_argument("name", metavar="NAME", nargs="?")
    ul.add_argument("--address", metavar="ADDR", help="the client address to unlock instead of an account")
    us.set_defaults(handler="factdesk.review.cli:cmd_users")


def _read_password(prompt: str) -> str:
    import getpass
    import sys

    from factdesk.errors import UsageError

    password = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise UsageError("no password on stdin (give it as the first line)")
    return password


def cmd_users(args: argparse.Namespace) -> int:
    from sqlmodel import Session

    from factdesk.errors import UsageError
    from factdesk.review import accounts, auth
    from factdesk.settings import get_settings
    from factdesk.store.db import get_engine

    command = args.users_command
    if command == "unlock" and (args.name is None) == (args.address is None):
        raise UsageError("unlock: give an account NAME or --address ADDR (one of them)")
    password = _read_password(f"new password for {args.name}: ") if command == "reset-password" else None
    limits = auth.LoginLimits.from_settings()
    with Session(get_engine(get_settings().database_url)) as session:
        if command == "list":
            print(f"{'name':<24} {'role':<7} {'state':<9} {'sessions':>8} {'failed':>6}  created")
            for u in accounts.list_users(session=session):
                failed = auth.failures(session=session, limits=limits, name=u.name)
                state = "disabled" if u.disabled else "locked" if failed >= limits.max_failures else "active"
                print(f"{u.name:<24} {u.role:<7} {state:<9} {auth.live_sessions(session=session, user_id=u.id):>8} "
                      f"{failed:>6}  {u.created_at:%Y-%m-%d %H:%M}")
        elif command in ("disable", "enable"):
            u = accounts.set_disabled(session=session, name=args.name, disabled=command == "disable")
            print(f"{command}d {u.name}" + ("; its sessions are ended" if u.disabled else ""))
        elif command == "set-role":
            u = accounts.set_role(session=session, name=args.name, role=args.role)
            print(f"{u.name} is now {u.role}")
        elif command == "reset-password":
            u = accounts.reset_password(session=session, name=args.name, password=password or "")
            print(f"new password for {u.name}; its sessions are ended")
        else:
            if args.name is not None:
                accounts.find_user(session=session, name=args.name)
                n = auth.unlock(session=session, name=args.name)
            else:
                n = auth.unlock(session=session, address=args.address)
            print(f"unlocked {args.name or args.address} ({n} failed login{'' if n == 1 else 's'} forgotten)")
    return 0
