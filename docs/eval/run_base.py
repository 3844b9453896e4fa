"""Check files with the code of the base commit (before issue 11), checked out at /tmp/i11-base
(``git worktree add /tmp/i11-base 8468842``), and print the JSON report. Run from the repository
root with this repository's virtualenv: ``python docs/eval/run_base.py FILE...``."""
# ruff: noqa: E402 - the base tree must come first on sys.path before its modules are imported
import json
import sys

sys.path.insert(0, '/tmp/i11-base')

import factdesk

assert factdesk.__file__.startswith('/tmp/i11-base'), factdesk.__file__
from checkers.event_date import EventDateChecker
from checkers.name import NameChecker
from checkers.person_role import PersonRoleChecker
from checkers.quantity import QuantityChecker
from checkers.statement import StatementChecker
from checkers.vote import VoteChecker

from factdesk import formats
from factdesk.ci import apply_suppressions
from factdesk.ingest import read_document
from factdesk.pipeline import check_document, load_reference_base
from factdesk.settings import Settings

refs = load_reference_base(Settings(packs=""))
cks = {c.kind: c for c in (PersonRoleChecker(), NameChecker(), EventDateChecker(), VoteChecker(),
                           QuantityChecker(), StatementChecker())}
reports = []
for p in sys.argv[1:]:
    from pathlib import Path
    doc, view = read_document(Path(p))
    reports.append(apply_suppressions(check_document(doc, view, refs, cks)))
print(json.dumps(formats.to_json(reports)))
