"""How a title as news writes it matches an office's stored label.

News reorders and shortens the names of offices: "Transport Minister" for "Minister of
Transport", "Foreign Minister" for "Minister of Foreign Affairs", "Kranj Mayor" or bare
"Mayor" for "Mayor of Kranj". Stored labels come from curated packs and from Wikidata,
whose position labels are the long form. Both are read here the same way:

- a title of the form ``<Head> of|for [the] <portfolio>`` or ``<portfolio> <Head>``, with
  a head from ``HEADS``, splits into the head and its portfolio parts (a trailing "Affairs"
  and "and"-joined parts are read as in "Minister of Infrastructure and Transport");
  "Transport Minister" and "Minister of Transport" are then the same title everywhere
  (``title_key``);
- a bare or shorter title (``narrower``) names one of a *known person's* offices when the
  head is the same and every portfolio part it gives is one of the office's: "Mayor" ->
  "Mayor of Kranj", "Transport Minister" -> "Minister of Infrastructure and Transport".
  Never across people: a bare "Mayor" says nothing about who holds which mayoralty.

A word that makes another office of the head is not a portfolio ("Prime Minister",
"Deputy Minister", "Secretary of State", "First Minister"): such titles only ever match
themselves, as folded text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from factdesk.refs.people import fold

if TYPE_CHECKING:
    from factdesk.refs.base import ReferenceBase
    from factdesk.refs.pack import Office, Person, Role

#: office heads whose titles news reorders ("X Minister" = "Minister of X")
HEADS = ("minister", "secretary", "mayor", "governor")
#: heads of an office of a town, not of a country: "London Mayor" is the Mayor of London
LOCAL_HEADS = ("mayor",)
#: words that make a different office of a head, not a portfolio of it
_RANKS = frozenset({
    "prime", "first", "chief", "deputy", "vice", "junior", "assistant", "associate", "state", "shadow",
    "acting", "interim", "senior", "principal", "general", "permanent", "under", "cabinet", "lieutenant",
    "parliamentary", "private", "press", "executive", "former", "ex", "new", "outgoing", "incoming",
})
_OF = re.compile(r"^(?P<head>\w+)\s+(?:of|for)\s+(?:the\s+)?(?P<portfolio>.+)$")
_BEFORE = re.compile(r"^(?P<portfolio>.+?)\s+(?P<head>\w+)$")
_PARTS = re.compile(r"\s+and\s+")


def _possessive(text: str) -> str:
    return re.sub(r"(?<=\w)(?:'s|’s)(?=\s|$)", "", text)


@lru_cache(maxsize=65536)
def title_parts(title: str) -> tuple[str, tuple[str, ...]] | None:
    """("minister", ("transport",)) for "Transport Minister" and "Minister of Transport";
    ("mayor", ()) for "Mayor"; None for a title that is not ``<head>`` and a portfolio."""
    key = fold(_possessive(title))
    if key in HEADS:
        return key, ()
    m = _OF.match(key)
    if m is None or m.group("head") not in HEADS:
        m = _BEFORE.match(key)
        if m is None or m.group("head") not in HEADS:
            return None
    parts = []
    for part in _PARTS.split(m.group("portfolio")):
        part = re.sub(r"^the\s+|\s+affairs$", "", part.strip())
        words = part.split()
        if not words or set(words) & _RANKS or {"of", "for", "to", "in"} & set(words):
            return None  # another office ("Prime Minister"), or more than a portfolio
        parts.append(part)
    return m.group("head"), tuple(sorted(set(parts)))


def is_local(title: str) -> bool:
    """True for the office of a town ("Mayor"): a place written before it is the town."""
    parts = title_parts(title)
    return parts is not None and parts[0] in LOCAL_HEADS


#: a ranked office "to the <department>" that news writes with the department first: "The prime minister also
#: sacked Treasury chief secretary Chris Philp" (tests/realcorpus dev 077, The Independent live, 2022-10-14),
#: "Treasury Chief Secretary Darren Jones has insisted the UK is not heading for austerity" (GB News via Doncaster
#: Classifieds, 2025, https://doncasterclassifieds.co.uk/info/labour-insist-uk-is-not-heading-for-austerity-as-
#: rachel-reeves-prepares-huge-spending-cuts.45331): the folded department-first form -> the stored label's
_DEPARTMENT_FIRST = {"treasury chief secretary": "chief secretary to the treasury"}


@lru_cache(maxsize=65536)
def title_key(title: str) -> str:
    """The key two spellings of one title share: "Minister of Transport" and "Transport
    Minister" give the same; any other title gives its folded text."""
    parts = title_parts(title)
    if parts is None or not parts[1]:
        key = fold(_possessive(title))
        key = _UNITED_NATIONS.sub("un", _DEPARTMENT_FIRST.get(key, key))
        return _ABBREVIATED.get(key, key)
    return _UNITED_NATIONS.sub("un", f"{parts[0]}: {' / '.join(parts[1])}")


#: titles news writes as initials, for every office of that title (not only those whose record lists the
#: initials as an alias): "PM Ishiba" (Mint 2024-10-01, realcorpus 091), "PM Modi" (NewsX 2024-06-07,
#: https://www.newsx.com/national/pm-modis-message-to-first-time-nda-mps-dont-fall-prey-to-rumors/; News24
#: 2024-05-21, https://news24online.com/india/video-is-it-your-last-year-in-politics-pm-modi-answers-in-an-
#: exclusive-interview/268883/)
_ABBREVIATED = {"pm": "prime minister"}


#: "ambassador to the United Nations" is "ambassador to the UN" (and "U.N.", folded): "Riyad Mansour, the
#: Palestinian ambassador to the United Nations" (040), "Palestinian Ambassador to the UN Riyad Mansour"
#: (024, 041), for an office whose aliases spelled only one form
_UNITED_NATIONS = re.compile(r"\bunited nations\b")


def news_forms(title: str) -> list[str]:
    """The other ways news writes ``title``, for the extractor's title patterns:
    "Minister of Foreign Affairs" -> ["Foreign Minister", "Foreign Affairs Minister"];
    "Transport Minister" -> ["Minister of Transport", "Minister for Transport"]."""
    parts = title_parts(title)
    first = [f.title() for f, label in _DEPARTMENT_FIRST.items() if label == fold(title)]
    if first:
        return first  # "Treasury Chief Secretary" for "Chief Secretary to the Treasury"
    if parts is None or len(parts[1]) != 1:
        return []
    head, (portfolio,) = parts
    key = fold(_possessive(title))
    if _OF.match(key):
        forms = [f"{portfolio} {head}"]
        if key.endswith(" affairs"):
            forms.append(f"{portfolio} affairs {head}")
    else:
        forms = [f"{head} of {portfolio}", f"{head} for {portfolio}"]
    return [" ".join(w if w in ("of", "for") else w.capitalize() for w in f.split()) for f in forms]


def narrower(claimed: str, label: str) -> bool:
    """True when ``claimed`` is ``label`` or ``label`` written shorter: the same head, and
    every portfolio part the claim gives is one of the label's. "Mayor" and "Kranj Mayor"
    are narrower than "Mayor of Kranj"; "Prime Minister" is not narrower than "Minister of
    Transport", nor "Mayor" than "Deputy Mayor of Kranj"."""
    c = title_parts(claimed)
    return c is not None and _parts_within(c, label)


def _parts_within(c: tuple[str, tuple[str, ...]], label: str) -> bool:
    """``narrower`` of a claimed title whose parts are ``c``."""
    lab = title_parts(label)
    return lab is not None and c[0] == lab[0] and set(c[1]) <= set(lab[1])


def offices_titled(refs: ReferenceBase, person: Person, title: str,
                   country: str | None = None) -> list[tuple[Office, Role]]:
    """The offices of ``person`` that ``title`` names: the same title in any spelling, or a
    narrower one ("Mayor" for "Mayor of Kranj"). ``country``, when the sentence gives one,
    must be the office's."""
    key = title_key(title)
    claimed = title_parts(title)  # read once: a title that is no head and portfolio is narrower than none
    out = []
    for o in person.offices:
        r = refs.roles.get(o.role)
        if r is None or (country is not None and r.country not in (None, country)):
            continue
        labels = (r.title, *r.aliases)
        if any(title_key(t) == key or (claimed is not None and _parts_within(claimed, t)) for t in labels):
            out.append((o, r))
    return out
