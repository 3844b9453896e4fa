"""``python -m factdesk.lexicon``: write the JSON twin of every data file (see ``__init__``)."""

from factdesk.lexicon import compile_all

for twin in compile_all():
    print(twin)
