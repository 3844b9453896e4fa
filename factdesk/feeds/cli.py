"""``factdesk serve`` and ``factdesk flow feed``.

Imports only the standard library at module level: this module is loaded on every
``factdesk`` start-up to build the argument parser.
"""

from __future__ import annotations

import argparse
from pathlib import Path

FEED_CRON = "*/15 * * * *"
REFS_CRON = "0 3 * * *"


def add_parsers(sub: argparse._SubParsersAction, flow_subparsers: argparse._SubParsersAction) -> None:
    s = sub.add_parser("serve", help="serve the scheduled deployments (check_feed, refresh_references) "
                                     "from this process, without a separate worker")
    s.add_argument("--config", metavar="FILE",
                   help="feed list for check_feed (default: FACTDESK_FEEDS_CONFIG)")
    s.add_argument("--feed-cron", default=FEED_CRON, metavar="CRON",
                   help=f"schedule of check_feed (default: every 15 minutes, {FEED_CRON!r})")
    s.add_argument("--refs-cron", default=REFS_CRON, metavar="CRON",
                   help=f"schedule of refresh_references (default: daily, {REFS_CRON!r}, UTC)")
    s.add_argument("--limit", type=int, default=None, metavar="N",
                   help="at most N flow runs at once in this process (default: no limit)")
    s.set_defaults(handler="factdesk.feeds.cli:cmd_serve")

    f = flow_subparsers.add_parser("feed", help="run the check_feed flow once on a feed list")
    f.add_argument("config", metavar="CONFIG", help="feed list (YAML): feeds, sitemaps, folders")
    f.set_defaults(handler="factdesk.feeds.cli:cmd_flow_feed")


def _config(value: str | None) -> Path:
    from factdesk.errors import UsageError
    from factdesk.feeds.config import load_config
    from factdesk.settings import get_settings

    value = value or get_settings().feeds_config
    if not value:
        raise UsageError("no feed list: pass --config FILE or set FACTDESK_FEEDS_CONFIG")
    path = Path(value).resolve()
    load_config(path)  # a bad file is one line and exit 2, before Prefect is imported
    return path


def _cron(value: str, flag: str) -> str:
    from factdesk.errors import UsageError

    fields = value.split()
    if len(fields) != 5:
        raise UsageError(f"{flag}: a cron expression has 5 fields, got {value!r}")
    return value


def cmd_serve(args: argparse.Namespace) -> int:
    from factdesk.errors import UsageError

    config = _config(args.config)
    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be at least 1")
    from factdesk.feeds.serve import serve

    serve(config, feed_cron=_cron(args.feed_cron, "--feed-cron"), refs_cron=_cron(args.refs_cron, "--refs-cron"),
          limit=args.limit)
    return 0


def cmd_flow_feed(args: argparse.Namespace) -> int:
    """Run check_feed once; exit 1 when the run ends Failed (a source could not be read, or
    an item failed its last attempt), 0 when it completed."""
    config = _config(args.config)
    from flows.check_feed import FeedRunSummary, check_feed

    state = check_feed(str(config), return_state=True)
    summary = state.result(raise_on_failure=False)
    if not isinstance(summary, FeedRunSummary):  # the run broke before it had a summary
        import sys

        print(f"factdesk: check_feed run {state.type.value}: {state.message}", file=sys.stderr)
        return 1
    for item in summary.items:
        if item["run_id"]:
            print(f"{item['url']}: checked, run {item['run_id']}")
            for f in item["findings"]:
                fix = f" -> {f['correction']}" if f["correction"] else ""
                print(f"  line {f['line']}: {f['label'].upper()} {f['kind']}: \"{f['text']}\"{fix}")
        else:
            print(f"failed: {item['error']}")
    for err in summary.source_failures:
        print(f"source failed: {err}")
    print(f"{summary.discovered} offered, {summary.queued} new or changed, {summary.checked} checked, "
          f"{summary.failed} failed, {summary.skipped} taken by another run")
    if summary.failure:
        print(f"run failed: {summary.failure}")
        return 1
    return 0
