"""The world reference base: open datasets (UN General Assembly recorded votes, Security
Council vetoes, heads of state and government from the CIA World Factbook, UK ministers
from the Institute for Government) turned into one indexed SQLite file.

- ``importers``: read the raw files copied under ``seeds/world/`` into plain rows;
- ``build``: write those rows into the base, reproducibly (``factdesk refs build``);
- ``store``: open a built base read-only and answer the reference read interface's
  questions (votes by date or symbol, people by name, holders of an office);
- ``coverage``: what each dataset covers, for "no recorded vote fits" inside it and
  ``unverified`` with a reason outside it.

The base is built once (``make setup`` does it; the first check builds it if it is
missing) into the cache folder, keyed by the digest of its inputs, and then only opened.
"""
