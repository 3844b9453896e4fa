"""``factdesk cache warm``: fill the start-up caches before the first real check.

A CI runner starts with an empty cache folder, and its first ``factdesk check`` compiles
every pattern (about 1.5x the time of a warm one, see README "Speed"). This command
checks the bundled sample draft (and any files given) against the configured
reference base without storing anything, which compiles the patterns of that base and
records the installed checkers; a CI job then keeps the folder between runs (for the
GitHub Action: ``action.yml`` restores and saves it with ``actions/cache``). It reads the
repository's configuration (``[tool.factdesk]`` packs and checkers) as ``factdesk check``
does; patterns are kept per reference base, so warm with the packs the job checks with.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def cmd_warm(args: argparse.Namespace) -> int:
    import factdesk_seeds

    from factdesk import ci, rxcache
    from factdesk.ingest import read_document
    from factdesk.pipeline import check_document, reference_base
    from factdesk.registry import load_checkers
    from factdesk.settings import get_settings

    folder = rxcache.cache_dir()
    if folder is None:
        print("the cache is off (FACTDESK_CACHE_DIR=off): nothing to warm")
        return 0
    settings = get_settings()
    ci.apply_config(settings, ci.find_config(Path(args.paths[0]) if args.paths else Path.cwd()))  # as check reads it
    refs = reference_base(settings, store=False)
    checkers = load_checkers(settings.checkers)
    paths = [Path(factdesk_seeds.__file__).resolve().parent / "sample-draft.md", *map(Path, args.paths)]
    for path in paths:
        check_document(*read_document(path), refs, checkers)
    rxcache.save()
    files = sorted(folder.glob("*"))
    size = sum(f.stat().st_size for f in files if f.is_file())
    print(f"{folder}: {len(files)} files, {size / 1024:.0f} KiB (reference base {refs.version})")
    return 0
