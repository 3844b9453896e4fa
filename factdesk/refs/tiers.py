"""How authoritative a source address is, from its host name alone.

``primary``: the body's own record (the UN's press releases, documents and library,
a government's own site); ``secondary``: reporting about it (news sites);
``tertiary``: encyclopedias, knowledge bases and their mirrors. Evidence is shown
most authoritative first. The hosts are those of ``factdesk.world.tiers`` (plus encyclopedia
mirrors), with the addresses seen in the bundled pack as examples (``tests/test_desk_evidence.py`` runs them).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from factdesk.world.tiers import tier_of

TIERS = ("primary", "secondary", "tertiary")

#: encyclopedia mirrors and aggregators: derived text, shown last (Wikipedia and Wikidata are the
#: ``reference`` tier of ``factdesk.world.tiers``, which this display reading is built on)
MIRRORS = ("wikimili.com", "wikiwand.com", "liquisearch.com", "piglix.com", "who2.com", "britannica.com",
           "dbpedia.org")

EXAMPLES: dict[str, list[str]] = {
    "primary": ["https://press.un.org/en/2023/sc15519.doc.htm", "https://digitallibrary.un.org/record/4025993",
                "https://www.state.gov/biographies/antony-j-blinken/",
                # the world base's addresses: a UN document by symbol, a Factbook file at its commit
                "https://undocs.org/A/RES/67/19",
                "https://github.com/factbook/factbook.json/blob/8662a8b17a784841ab4528631b04090eb2f183eb/"
                "east-n-southeast-asia/ja.json"],
    "secondary": ["https://www.timesofisrael.com/liveblog_entry/un-general-assembly-to-vote/",
                  "https://english.ahram.org.eg/News/511112.aspx", "https://cbsnews.com/news/antony-blinken"],
    "tertiary": ["https://wikimili.com/en/United_Nations_General_Assembly_Resolution_ES-10/21",
                 "https://www.who2.com/bio/antony-blinken/antony-blinken-takes-the-oath/",
                 "https://en.wikipedia.org/wiki/Antony_Blinken"],
}


def tier(url: str) -> str:
    """``primary``, ``secondary`` or ``tertiary`` for an http(s) address, read from the one table of
    source tiers (``factdesk.world.tiers``): UN and official sources are primary, Wikipedia,
    Wikidata and their mirrors tertiary; anything else (the press, a local file, a dataset path) is
    ``secondary``: neither official nor derived."""
    found = tier_of(url)
    if found in ("un", "official"):
        return "primary"
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if found == "reference" or any(host == d or host.endswith("." + d) for d in MIRRORS):
        return "tertiary"
    return "secondary"


def rank(url: str) -> int:
    return TIERS.index(tier(url))
