"""Source tiers: which addresses a fact may rest on.

A fact in a bundled pack must cite at least one source in one of these tiers
(``tests/test_world.py`` fails otherwise); other sources may stand beside it, never
alone. The tiers, most authoritative first:

1. ``un``: UN documents, meeting records and press releases (``undocs.org``,
   ``press.un.org``, ``news.un.org``, UN agencies);
2. ``official``: government and intergovernmental sites, and the datasets' own homes
   (the Factbook's files at their commit, the Institute for Government's ministers
   database, the Harvard Dataverse record of the UN votes data);
3. ``reference``: Wikidata and Wikipedia;
4. ``press``: wire services, public broadcasters and newspapers of record.

``DENIED`` hosts are never cited at all: sites that publish fabrications or copy
others' text without attribution (the issue's review session found them cited).
"""

from __future__ import annotations

from urllib.parse import urlsplit

TIERS: dict[str, tuple[str, ...]] = {
    "un": ("un.org", "undocs.org", "unric.org", "unrwa.org", "ohchr.org", "unicef.org", "who.int", "unocha.org",
           "ochaopt.org", "reliefweb.int", "icj-cij.org", "unesco.org", "wfp.org", "iaea.org", "unhcr.org",
           "ungeneva.org", "unmissions.org", "unvienna.org"),
    "official": ("gov", "gov.uk", "gouv.fr", "gc.ca", "gov.il", "diplo.de", "bundesregierung.de", "europa.eu",
                 "nato.int", "parliament.uk", "kremlin.ru", "mid.ru", "go.jp", "gov.au", "gov.cn", "gov.in",
                 "whitehouse.gov", "senate.gov", "congress.gov", "elysee.fr", "president.gov.ua", "mfa.gov.ua",
                 "gov.ph", "admin.ch", "zambiaun.org", "instituteforgovernment.org.uk", "doi.org",
                 "dataverse.harvard.edu",
                 # Brazil's and Malta's governments, France's mission to the UN (onu.delegfrance.org)
                 "gov.br", "gov.mt", "delegfrance.org",
                 # the French government's public information service (DILA, under the Prime Minister)
                 "vie-publique.fr"),
    "reference": ("wikipedia.org", "wikidata.org", "securitycouncilreport.org"),
    "press": ("reuters.com", "apnews.com", "afp.com", "bbc.co.uk", "bbc.com", "nytimes.com", "washingtonpost.com",
              "wsj.com", "ft.com", "theguardian.com", "economist.com", "npr.org", "cnn.com", "aljazeera.com",
              "france24.com", "dw.com", "lemonde.fr", "timesofisrael.com", "haaretz.com", "ynetnews.com",
              "jpost.com", "bloomberg.com", "cbsnews.com", "nbcnews.com", "abcnews.go.com", "pbs.org", "latimes.com",
              "usatoday.com", "politico.com", "politico.eu", "axios.com", "telegraph.co.uk", "independent.co.uk",
              "thehindu.com", "abc.net.au", "cbc.ca", "nhk.or.jp", "kyodonews.net", "straitstimes.com",
              "scmp.com", "ahram.org.eg", "thenationalnews.com", "arabnews.com", "kyivindependent.com",
              "euronews.com", "voanews.com", "rferl.org", "tass.com", "xinhuanet.com", "people.cn", "swissinfo.ch",
              "theage.com.au", "thehill.com", "foxnews.com", "nationalpost.com", "khaleejtimes.com", "thedailystar.net",
              "alarabiya.net", "business-standard.com", "livemint.com", "i24news.tv", "itv.com", "bbci.co.uk",
              "jordantimes.com", "the-independent.com", "newindianexpress.com", "zawya.com", "theglobeandmail.com",
              "channelnewsasia.com", "rte.ie"),
}
DENIED = ("davidicke.com", "news-pravda.com", "america-times.com", "badcantina.com",
          "freespeechtwentyfirstcentury.com", "english.pravda.ru", "pravda.ru")

#: paths of a host that are tiered where the host is not (a repository is citable, GitHub is not)
TIERED_PATHS = {
    "github.com": (("/factbook/factbook.json/", "official"), ("/instituteforgov/", "official")),
}


def tier_of(url: str) -> str | None:
    """The tier of a source address, or None when it is in none."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    for prefix, tier in TIERED_PATHS.get(host, ()):
        if parts.path.startswith(prefix):
            return tier
    for tier, suffixes in TIERS.items():
        for s in suffixes:
            if host == s or host.endswith("." + s):
                return tier
    return None


def denied(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return any(host == d or host.endswith("." + d) for d in DENIED)


def untiered(sources: list[str]) -> bool:
    """Whether a fact rests only on sources outside the tiers."""
    return not any(tier_of(u) for u in sources)
