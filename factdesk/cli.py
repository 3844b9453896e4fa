"""The ``factdesk`` command line.

argparse, not typer/rich: ``factdesk check`` runs on every CI commit, and the
start-up cost of those imports is paid each time. Prefect is imported only by
``factdesk flow``. Exit codes: 0 ok, 1 a claim reached ``--fail-on``, 2 usage or
input error (one line on stderr, never a traceback), 3 internal error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import sys
from pathlib import Path
from typing import NoReturn

from factdesk.errors import FactdeskError, UsageError

FAIL_LEVELS = {"refuted": 2, "unverified": 1, "never": 99}


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, without importing ``shutil`` (and with it ``bz2`` and
    ``lzma``, two shared libraries) in every process: ``argparse`` builds a help formatter for each
    argument it adds, and its default one asks ``shutil`` for the terminal's width."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _Formatter(argparse.HelpFormatter):
    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _terminal_columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 - argparse's own
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:  # one line, exit 2
        raise UsageError(message)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with ``command="check"`` only ``check``'s parser, which parses a
    ``check`` command line exactly as the whole one does (its usage, errors and help included)
    without importing and building every other subsystem's subcommands at each start-up."""
    p = _Parser(prog="factdesk", description="Check the claims in news drafts against reference sources.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    c = sub.add_parser("check", help="check drafts (Markdown, text or HTML) and report each claim")
    c.add_argument("paths", nargs="+", metavar="PATH", help="files to check")
    c.add_argument("--format", choices=["text", "json", "sarif", "github"], default="text",
                   help="output format (default: text); sarif is SARIF 2.1.0, github is workflow commands")
    c.add_argument("--github-warnings", action="store_true",
                   help="with --format github, also emit ::warning for unverified and conflicting claims")
    c.add_argument("--published", type=_date, help="publication date when the file has none (YYYY-MM-DD)")
    c.add_argument("--fail-on", choices=list(FAIL_LEVELS), default=None,
                   help="exit 1 when a claim is at least this bad (default: refuted, or fail-on in the config)")
    c.add_argument("--no-store", action="store_true", help="do not touch the database")
    c.add_argument("--write-baseline", nargs="?", const="", metavar="FILE",
                   help="record the current findings as accepted and exit 0: in --write-baseline=FILE, else in "
                        "the configured baseline, else in .factdesk-baseline.json (never in a checked file)")
    c.add_argument("--baseline", metavar="FILE",
                   help="ignore findings recorded in this baseline (default: baseline in the config)")
    c.add_argument("--changed-lines", metavar="GIT_REF",
                   help="report only claims on lines changed since this git ref")
    c.add_argument("--online", action="store_true", default=None,
                   help="look up names and votes the local references do not know in the live sources "
                        "(default: FACTDESK_ONLINE, off)")
    if command == "check":
        return p

    r = sub.add_parser("refs", help="reference packs")
    rs = r.add_subparsers(dest="refs_command", required=True, parser_class=_Parser)
    rl = rs.add_parser("load", help="validate a pack and load it into the database")
    rl.add_argument("path", metavar="PATH")
    rs.add_parser("list", help="list the packs in use")
    rsh = rs.add_parser("show", help="show the facts about a person, event or vote, with sources")
    rsh.add_argument("name", metavar="NAME_OR_ID")
    rsh.set_defaults(handler="factdesk.sources.cli:cmd_show")  # bundled, loaded and live facts, with snapshots
    from factdesk.sources import cli as sources_cli  # stdlib-only at import: start-up stays fast

    sources_cli.add_refs_parsers(rs)
    from factdesk.world import cli as world_cli  # stdlib-only at import

    world_cli.add_refs_parsers(rs)

    f = sub.add_parser("flow", help="run the pipeline as Prefect flows")
    fs = f.add_subparsers(dest="flow_command", required=True, parser_class=_Parser)
    fc = fs.add_parser("check", help="run the check_document flow on files; prints the same report and exits "
                                     "like check")
    fc.add_argument("paths", nargs="+", metavar="PATH")
    fc.add_argument("--published", type=_date)
    fc.add_argument("--format", choices=["text", "json", "sarif", "github"], default="text",
                    help="output format, as for check (default: text)")
    fc.add_argument("--fail-on", choices=list(FAIL_LEVELS), default=None,
                    help="exit 1 when a claim is at least this bad (default: refuted, or fail-on in the config)")

    e = sub.add_parser("eval", help="score the checker on a labeled corpus (drafts/ + gold.jsonl, "
                                    "or a real-reporting corpus: articles/ + planted/ + gold.jsonl)")
    e.add_argument("corpus", metavar="CORPUS")
    e.add_argument("--format", choices=["text", "json"], default="text")
    e.add_argument("--split", choices=["all", "dev", "heldout"], default="all",
                   help="real-reporting corpus only: score only this split (per-claim detail is "
                        "printed for dev files only)")

    k = sub.add_parser("cache", help="start-up caches (compiled patterns, installed checkers)")
    ks = k.add_subparsers(dest="cache_command", required=True, parser_class=_Parser)
    kw = ks.add_parser("warm", help="fill the caches for the configured reference base (for CI runners)")
    kw.add_argument("paths", nargs="*", metavar="PATH", help="drafts to check as well (nothing is stored)")
    kw.set_defaults(handler="factdesk.warmup:cmd_warm")

    d = sub.add_parser("db", help="database maintenance")
    ds = d.add_subparsers(dest="db_command", required=True, parser_class=_Parser)
    ds.add_parser("upgrade", help="apply migrations (also done automatically)")

    # Subcommands of the other subsystems. Each module defines its own arguments and sets
    # ``handler="module:function"``; it imports only the standard library at module level.
    from factdesk.feeds import cli as feeds_cli
    from factdesk.review import cli as review_cli

    review_cli.add_parsers(sub)
    feeds_cli.add_parsers(sub, flow_subparsers=fs)
    return p


def _bare_write_baseline(argv: list[str]) -> list[str]:
    """``--write-baseline drafts/*.md`` must not take the first draft as its FILE (it used to, and
    wrote over it): a bare ``--write-baseline`` (or an abbreviation) becomes ``--write-baseline=``
    (the configured or default file); only ``--write-baseline=FILE`` names a file."""
    if "check" not in argv:
        return argv
    start = argv.index("check")
    out = list(argv)
    for i in range(start + 1, len(out)):
        if out[i] == "--":
            break
        if len(out[i]) >= 3 and "=" not in out[i] and "--write-baseline".startswith(out[i]):
            out[i] = "--write-baseline="
    return out


def _start_up_gc() -> None:
    """``check`` starts by importing and building what lives to the end of the process (modules,
    pydantic models, patterns, the reference base): the cyclic collector would walk those
    objects again and again (about 8 % of a check's instructions) and find nothing to free.
    So, in a ``factdesk check`` process of its own (not for in-process callers of ``main``),
    it is off until the first document has been checked; then everything allocated so far
    is frozen out of its sight (``gc.freeze``) and it runs as usual for the rest."""
    global _gc_paused
    if gc.isenabled():
        gc.disable()
        _gc_paused = True


_gc_paused = False


def _end_of_start_up() -> None:
    global _gc_paused
    if _gc_paused:
        _gc_paused = False
        gc.freeze()
        gc.enable()


def main(argv: list[str] | None = None) -> int:
    try:
        if argv is None:  # the process's own command line: its start-up is tuned for the process
            argv = _bare_write_baseline(sys.argv[1:])
            if argv[:1] == ["check"]:  # the command CI runs on every commit (not the long-running ones)
                _start_up_gc()
                from factdesk import rxcache

                rxcache.serve_re()  # the standard library's patterns too come from the pattern cache
                from factdesk import dccache

                dccache.serve_dataclasses()  # @dataclass methods compiled once, kept beside the byte-code
        else:
            argv = _bare_write_baseline(argv)
        from factdesk.entrypoints import quiet_pydantic_plugins

        quiet_pydantic_plugins()  # before the first pydantic model is built
        args = build_parser("check" if argv[:1] == ["check"] else None).parse_args(argv)
        try:
            return _dispatch(args)
        except ModuleNotFoundError as exc:  # a module of an extra that is not installed: say which extra
            from factdesk.extras import explain

            raise explain(exc, args.command) or exc from None
    except FactdeskError as exc:
        print(f"factdesk: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # a command other than check lost its reader: its output was cut short
        _silence_stdout()
        return 0
    except Exception as exc:  # noqa: BLE001 - last line of defence: one line, not a traceback
        if os.environ.get("FACTDESK_DEBUG"):
            raise
        print(f"factdesk: internal error: {type(exc).__name__}: {exc} (FACTDESK_DEBUG=1 shows the traceback)",
              file=sys.stderr)
        return 3


def _dispatch(args: argparse.Namespace) -> int:
    from factdesk.extras import require_for

    require_for(args.command)  # one line and exit 2 when the command's extra is not installed
    if args.command in ("flow", "serve"):
        import flows  # noqa: F401 - Prefect's defaults for factdesk's processes (telemetry off), before Prefect loads
    handler = getattr(args, "handler", None)
    if handler:
        import importlib

        module, _, func = handler.partition(":")
        return getattr(importlib.import_module(module), func)(args)
    if args.command == "check":
        return cmd_check(args)
    if args.command == "refs":
        return cmd_refs(args)
    if args.command == "flow":
        return cmd_flow_check(args)
    if args.command == "eval":
        return cmd_eval(args)
    if args.command == "db":
        from factdesk.settings import get_settings
        from factdesk.store.db import HEAD, get_engine, safe_url

        url = get_settings().database_url
        get_engine(url)
        print(f"{safe_url(url)}: schema at revision {HEAD}")
        return 0
    raise UsageError(f"unknown command {args.command!r}")


def _reference_base(settings, store: bool, db=None):  # noqa: ANN001, ANN202
    from factdesk.pipeline import reference_base

    return reference_base(settings, store=store, db=db)


def cmd_check(args: argparse.Namespace) -> int:
    import dataclasses

    from factdesk import ci
    from factdesk.ingest import read_document
    from factdesk.service import CheckSetup, run_check
    from factdesk.settings import get_settings

    settings = get_settings()
    paths = [Path(p) for p in args.paths]
    cfg = ci.find_config(paths[0])
    paths = [p for p in paths if not cfg.ignored(p)]
    # Everything that can fail on the user's input is done before anything is stored:
    # reading every file, the baseline target, the baseline, and every git look-up.
    inputs = [read_document(p, published=args.published) for p in paths]  # all or nothing
    baseline_out = None
    if args.write_baseline is not None:
        baseline_out = ci.baseline_target(args.write_baseline or cfg.baseline or Path(ci.DEFAULT_BASELINE), paths)
    baseline_file = Path(args.baseline) if args.baseline else cfg.baseline
    known = ci.read_baseline(baseline_file) if baseline_file is not None and baseline_out is None else set()
    changed = [ci.changed_lines(p, args.changed_lines) for p in paths] if args.changed_lines else None
    ci.apply_config(settings, cfg)
    fail_on = args.fail_on or cfg.fail_on or "refuted"
    db = None
    if not args.no_store:  # the driver alone when the database is ready: no SQLAlchemy on this path
        from factdesk.store.bulk import open_store

        db = open_store(settings.database_url)
    try:
        refs = _reference_base(settings, store=db is not None, db=db)
        lookups = None
        if args.online if args.online is not None else settings.online:  # offline by default: no network
            from factdesk.sources.online import look_up_unknown

            lookups = look_up_unknown(inputs, refs, settings, store=not args.no_store)
        setup = CheckSetup.prepare(settings, store=False, refs=refs)  # the same options everywhere
        # the run is stored whole: suppressions are applied below, to what is reported only
        setup.options = dataclasses.replace(setup.options, suppressions=False)
        names = setup.checker_names
        reports, hidden = [], []
        for i, (doc, view) in enumerate(inputs):
            # one document at a time: checked, stored whole and committed before the next starts,
            # so an interrupted batch leaves each document either fully stored or not at all
            report = run_check(doc, view, setup)
            if i == 0:
                _end_of_start_up()
            if lookups is not None:
                lookups.annotate(report)
            if db is not None and baseline_out is None:
                report.run_id = db.save(report, reference_version=refs.version, checkers=names)
            # suppressions, changed lines and the baseline decide what is reported, never what is stored
            shown = ci.apply_suppressions(report.model_copy(update={"claims": list(report.claims)}))
            if changed is not None:
                shown.claims = [c for c in shown.claims if c.line in changed[i]]
            hidden.append(ci.apply_baseline(shown, known) if known else 0)
            reports.append(shown)
    finally:
        if db is not None:
            db.close()
    if baseline_out is not None:
        n = ci.write_baseline(baseline_out, reports)
        _out(f"wrote {n} accepted findings to {baseline_out}")
        return 0
    code = exit_code(reports, fail_on)
    _out(render_reports(reports, args.format, github_warnings=args.github_warnings,
                        hidden=hidden if baseline_file is not None and known else None, baseline=baseline_file))
    return code


def render_reports(reports: list, fmt: str, *, github_warnings: bool = False, hidden: list[int] | None = None,
                   baseline: Path | None = None) -> str:
    """The reports in ``fmt``; with ``hidden`` (findings the baseline hid, per report), says how many."""
    from factdesk import formats

    total = sum(hidden or [])
    note = f"{total} finding{'' if total == 1 else 's'} hidden by the baseline {baseline}"
    if fmt in ("json", "sarif"):
        data = formats.to_json(reports) if fmt == "json" else formats.to_sarif(reports)
        if hidden is not None and fmt == "json":
            for doc, n in zip(data["documents"], hidden, strict=True):
                doc["baselined"] = n
        elif hidden is not None:
            data["runs"][0]["properties"] = {"baselined": total}
        return json.dumps(data, ensure_ascii=False, indent=2)
    if fmt == "github":
        out = formats.to_github(reports, warnings=github_warnings)
        if hidden is not None and total:
            out += ("\n" if out else "") + f"::notice title=factdesk baseline::{note}"
        return out
    out = formats.to_text(reports, colour=sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    return out + (f"\n{note}" if hidden is not None else "")


def print_reports(reports: list, fmt: str, *, github_warnings: bool = False) -> None:
    _out(render_reports(reports, fmt, github_warnings=github_warnings))


def _out(text: str) -> None:
    """Print ``text`` (nothing when empty). A reader that went away (``| head -1``) does not
    change the exit code the findings call for: the rest of the output goes to /dev/null."""
    if not text:
        return
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def exit_code(reports: list, fail_on: str) -> int:
    """1 when a claim reaches ``fail_on``, else 0: the rule of ``check`` and ``flow check``."""
    worst = max((r.worst_rank() for r in reports), default=-1)
    return 1 if worst >= FAIL_LEVELS[fail_on] else 0


def cmd_flow_check(args: argparse.Namespace) -> int:
    """The check_document flow, one run per file: the same report and exit code as ``check``."""
    from factdesk import ci
    from factdesk.ingest import read_document

    paths = [Path(p) for p in args.paths]
    for p in paths:
        read_document(p, published=args.published)  # bad input fails before Prefect starts
    fail_on = args.fail_on or ci.find_config(paths[0]).fail_on or "refuted"
    from flows.check_document import check_document

    reports = [check_document(str(p), args.published) for p in paths]
    print_reports(reports, args.format)
    return exit_code(reports, fail_on)


def cmd_eval(args: argparse.Namespace) -> int:
    from factdesk.evaluate import format_result, load_gold, predict, score
    from factdesk.pipeline import load_reference_base
    from factdesk.realeval import format_real, is_real_corpus, run_real
    from factdesk.service import CheckSetup
    from factdesk.settings import get_settings

    corpus = Path(args.corpus)
    settings = get_settings()
    if is_real_corpus(corpus):
        setup = CheckSetup.prepare(settings, store=False, refs=load_reference_base(settings))
        real = run_real(corpus, setup.refs, setup.checkers, split=args.split, options=setup.options)
        print(json.dumps(real.to_json(), indent=2) if args.format == "json" else format_real(real))
        return 0
    if not (corpus / "drafts").is_dir():
        raise UsageError(f"{corpus}: not a corpus (no drafts/ folder)")
    if args.split != "all":
        raise UsageError("--split applies to a real-reporting corpus (articles/) only")
    gold = load_gold(corpus)
    setup = CheckSetup.prepare(settings, store=False, refs=load_reference_base(settings))
    result = score(gold, predict(corpus, setup.refs, setup.checkers, options=setup.options))
    if args.format == "json":
        out = {"overall": result.overall.metrics(),
               "by_kind": {k: t.metrics() for k, t in sorted(result.by_kind.items())},
               "misses": result.misses}
        print(json.dumps(out, indent=2))
    else:
        print(format_result(result))
    return 0


def cmd_refs(args: argparse.Namespace) -> int:
    from factdesk.settings import get_settings

    settings = get_settings()
    if args.refs_command == "load":
        from sqlmodel import Session

        from factdesk.refs.pack import load_pack
        from factdesk.store.crud import store_pack
        from factdesk.store.db import get_engine

        pack = load_pack(Path(args.path))  # validated whole before anything is written
        with Session(get_engine(settings.database_url)) as session:
            n = store_pack(session=session, pack=pack)
        print(f"loaded {n} records from {pack.header.name}@{pack.header.version}")
        return 0
    refs = _reference_base(settings, store=True)
    if args.refs_command == "list":
        for p in refs.packs:
            print(f"{p.pack}@{p.version}")
        print(f"{len(refs.people)} people, {len(refs.events)} events, {len(refs.votes)} votes, "
              f"{len(refs.statements)} statements, {len(refs.quantities)} quantities")
        if refs.world is not None:
            from factdesk.world.cli import table

            print(f"world base {refs.world.path}:")
            print(table(refs.world))
        return 0
    raise UsageError(f"unknown refs command {args.refs_command!r}")


if __name__ == "__main__":
    sys.exit(main())
