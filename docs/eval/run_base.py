import sys, json, glob
sys.path.insert(0, '/tmp/i11-base')
import factdesk, checkers
assert factdesk.__file__.startswith('/tmp/i11-base'), factdesk.__file__
from checkers.person_role import PersonRoleChecker
from checkers.name import NameChecker
from checkers.event_date import EventDateChecker
from checkers.vote import VoteChecker
from checkers.quantity import QuantityChecker
from checkers.statement import StatementChecker
from factdesk.ingest import read_document
from factdesk.pipeline import check_document, load_reference_base
from factdesk.settings import Settings
from factdesk import formats
from factdesk.ci import apply_suppressions
refs = load_reference_base(Settings(packs=""))
cks = {c.kind: c for c in (PersonRoleChecker(), NameChecker(), EventDateChecker(), VoteChecker(), QuantityChecker(), StatementChecker())}
reports = []
for p in sys.argv[1:]:
    from pathlib import Path
    doc, view = read_document(Path(p))
    reports.append(apply_suppressions(check_document(doc, view, refs, cks)))
print(json.dumps(formats.to_json(reports)))
