"""How authoritative a source address is, from its host name alone.

``primary``: the body's own record (the UN's press releases, documents and library,
a government's own site); ``secondary``: reporting about it (news sites);
``tertiary``: encyclopedias, knowledge bases and their mirrors. Evidence is shown
most authoritative first. Hosts are data: each tier lists domain suffixes with the
addresses seen in the bundled pack as examples (``tests/test_desk_evidence.py`` runs them).
"""

from __future__ import annotations

from urllib.parse import urlsplit

TIERS = ("primary", "secondary", "tertiary")

#: tier -> domain suffixes (a host matches itself and its subdomains)
DOMAINS: dict[str, tuple[str, ...]] = {
    "primary": ("un.org", "ungeneva.org", "unrwa.org", "gov", "gov.uk", "gov.il", "gov.au", "gc.ca",
                "europa.eu", "state.gov", "whitehouse.gov", "senate.gov", "congress.gov", "defense.gov",
                "kremlin.ru", "mid.ru", "diplomatie.gouv.fr", "elysee.fr", "admin.ch"),
    "tertiary": ("wikipedia.org", "wikidata.org", "wikimili.com", "wikiwand.com", "liquisearch.com",
                 "piglix.com", "who2.com", "britannica.com", "dbpedia.org"),
}

EXAMPLES: dict[str, list[str]] = {
    "primary": ["https://press.un.org/en/2023/sc15519.doc.htm", "https://digitallibrary.un.org/record/4025993",
                "https://www.state.gov/biographies/antony-j-blinken/"],
    "secondary": ["https://www.timesofisrael.com/liveblog_entry/un-general-assembly-to-vote/",
                  "https://english.ahram.org.eg/News/511112.aspx", "https://cbsnews.com/news/antony-blinken"],
    "tertiary": ["https://wikimili.com/en/United_Nations_General_Assembly_Resolution_ES-10/21",
                 "https://www.who2.com/bio/antony-blinken/antony-blinken-takes-the-oath/",
                 "https://en.wikipedia.org/wiki/Antony_Blinken"],
}


def tier(url: str) -> str:
    """``primary``, ``secondary`` or ``tertiary`` for an http(s) address; anything
    else (a local file, a dataset path) is ``secondary``: neither official nor derived."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    for name in ("primary", "tertiary"):
        if any(host == d or host.endswith("." + d) for d in DOMAINS[name]):
            return name
    return "secondary"


def rank(url: str) -> int:
    return TIERS.index(tier(url))
