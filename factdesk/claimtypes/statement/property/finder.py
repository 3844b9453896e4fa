"""statement claims: a known subject with a boolean property ("... are not binding").

A statement's subject may also be written as its bare noun ("the resolution is not
binding") when the document was last talking about the subject's body: a statement
about "General Assembly resolutions" then covers "the resolution" after a mention of
the General Assembly, and not after one of the Security Council.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factdesk import lexicon, rxcache, rxgate
from factdesk.extract.types import Found, rx
from factdesk.refs.base import ReferenceBase
from schemas.contracts import ClaimKind

_NEG = rxcache.compile(r"\b(?:not|never|no|n't|cannot)\b|\bnon-?|\bun", re.I)
#: the negating prefix before the property word: "nonbinding", "non-binding", and as copy spaces it,
#: "non -binding" (Webdo, 13 Dec 2023: "It is a non -binding resolution"), "non binding"
_PRE = r"non(?:\s?-\s?|-|\s)?|un"
#: bodies that compete with a statement's qualifier for a bare "the resolution"
_OTHER_BODIES = rxgate.compile(r"\b(?:Security\s+Council|council|Human\s+Rights\s+Council)\b", re.I)


@dataclass
class DocContext:
    """What the document said before this sentence: the bodies mentioned. ``extract``
    makes one per document and hands sentences over in document order."""

    mentions: list[tuple[int, str]] = field(default_factory=list)  # (offset, body key)


def _track(ctx: DocContext, sentence: str, offset: int, quals: dict[str, re.Pattern[str]]) -> None:
    mentions = ctx.mentions
    n = len(mentions)
    for key, pat in quals.items():  # (loops, not generators: most sentences name no body)
        for m in pat.finditer(sentence):
            mentions.append((offset + m.start(), key))
    for m in _OTHER_BODIES.finditer(sentence):
        mentions.append((offset + m.start(), "other"))
    if len(mentions) != n:  # sorted already when nothing was added
        mentions.sort()


def _body_before(ctx: DocContext, pos: int, sentence_start: int, *, own_only: bool = False) -> str | None:
    """The body a bare "the resolution" belongs to: the one named nearest before it in the same
    sentence ("The UN General Assembly on Friday ... adopted a non-binding resolution", 024, after
    a first sentence about the Security Council), else the one the document led with (news names
    the body that acted in its first lines). ``own_only``: the same sentence's only (for "it")."""
    before = [(p, k) for p, k in ctx.mentions if p < pos]
    own = [k for p, k in before if p >= sentence_start]
    if own:
        return own[-1]
    if own_only or not before:
        return None
    return before[0][1]


def _led_alternation(alts: list[str]) -> str:
    r"""``(?<![\w-])(?:<alts>)`` (case-sensitive), the same matches, written one branch per first
    character with the look-behind after that character, the alternatives keeping their order: ``re``
    then skips, in C, the positions whose character starts no alternative (a pattern opening with a
    look-behind is tried at every position; issue 17)."""
    by_first: dict[str, list[str]] = {}
    for a in alts:
        by_first.setdefault(a[0], []).append(a[1:])
    return "(?:" + "|".join(rf"{re.escape(c)}(?<![\w-].)(?:{'|'.join(re.escape(r) for r in rests)})"
                            for c, rests in by_first.items()) + ")"


def _split_subject(st) -> tuple[re.Pattern[str] | None, str | None]:  # noqa: ANN001
    """'General Assembly resolutions' -> (qualifier pattern, bare noun pattern)."""
    quals, nouns = set(), set()
    for s in (st.subject, *st.subject_aliases):
        words = s.split()
        if len(words) < 2:
            continue
        quals.add(" ".join(words[:-1]))
        nouns.add(words[-1].lower().rstrip("s"))
    if not quals or len(nouns) != 1:
        return None, None
    quals = {q for q in quals if q.upper() != q or len(q) > 1}
    qual = rxgate.compile(_led_alternation(sorted(quals, key=lambda s: (-len(s), s))) + r"(?![\w-])")
    noun = nouns.pop()
    # "The motion is non-binding" (040): the nouns news copy uses for a voted text (lexicon rules.yaml)
    texts = lexicon.form("rules", "text_nouns", "noun").words
    alts = "|".join(re.escape(n) for n in sorted({noun, *texts} if noun in texts else {noun}))
    return qual, rf"(?:the|this|that|these|those|its|a|an)\s+(?:[\w-]+\s+)?(?:{alts})s?"


def _tables(refs: ReferenceBase) -> tuple[dict, dict, dict, list]:
    """What ``find_statements`` reads of the statements, derived once per reference base: each
    one's split subject, qualifier patterns, subject pattern and property (word, pattern)."""
    split = {st.id: _split_subject(st) for st in refs.statements.values()}
    quals = {sid: q for sid, (q, _) in split.items() if q is not None}
    subjects = {st.id: _subject_pattern(st) for st in refs.statements.values()}
    props = [(st, re.escape(st.property), rx(re.escape(st.property), re.I)) for st in refs.statements.values()]
    return split, quals, subjects, props


def find_statements(sentence: str, offset: int, refs: ReferenceBase, ctx: DocContext) -> list[Found]:
    found: list[Found] = []
    split, quals, subjects, props = refs.memo("statements.tables", lambda: _tables(refs))
    _track(ctx, sentence, offset, quals)
    for st, prop, prop_re in props:
        if not prop_re.search(sentence):
            continue  # both patterns below need the property word itself ("binding"): a literal search first
        subj = subjects[st.id]
        hit = _match(sentence, subj, prop)
        if hit is None:
            qual, bare = split[st.id]
            if bare is not None:
                hit = _match(sentence, bare, prop, bare_subject=True)
                if hit is not None and _body_before(ctx, offset + hit[0], offset) != st.id:
                    hit = None  # "the resolution" of some other body, or of none we know
        if hit is None and split[st.id][0] is not None:
            hit = _pronoun(sentence, prop)
            if hit is not None and _body_before(ctx, offset + hit[0], offset, own_only=True) != st.id:
                hit = None  # "it" of a body this sentence does not name just before it
        if hit is None and split[st.id][0] is not None:
            hit = _elliptic(sentence, prop)
            if hit is not None and _body_before(ctx, offset + len(sentence), offset) != st.id:
                hit = None  # of the body this sentence names, else of the one the document led with
        if hit is not None:
            s, e, value = hit
            found.append(_claim(st.id, s, e, value, offset))
    return found


def _elliptic(sentence: str, prop: str) -> tuple[int, int, bool] | None:
    """ "while/although not legally binding" with no subject of its own: of the body the sentence
    names (AP via TRT World 2021-06-18: "But the action by the General Assembly, while not legally
    binding, reflects international condemnation of the coup"; Laotian Times 2021-06-21: "While not
    legally binding, the vote by the UN General Assembly reflects ..."), else of the one the
    document led with (kinaforum.com 2021-06-19: "While not legally binding, the resolution is
    politically significant.")."""
    m = rx(rf"(?<![\w-])(?:while|although|though)\s+(?P<mid>(?:not\s+)?(?:legally\s+)?)(?P<pre>non-?|un)?"
           rf"(?P<prop>{prop})\b(?!\s+(?:on|for|upon)\b)", re.I).search(sentence)
    if m is None:
        return None
    negated = bool(_NEG.search(m.group("mid"))) or bool(m.group("pre"))
    return m.start(), m.end(), not negated


def _pronoun(sentence: str, prop: str) -> tuple[int, int, bool] | None:
    """ "<body> ..., it is nonbinding" (041 CNN: "While a General Assembly vote is politically
    significant ..., it is nonbinding"; 061 AFP: "before the wider UN General Assembly which could
    be passed by a substantial margin, although it would be non-binding")."""
    m = rx(rf"(?<![\w-])it\s+(?P<mid>(?:is|was|would\s+be|will\s+be)\s+(?:(?:not|legally)\s+)?)"
           rf"(?P<pre>{_PRE})?(?P<prop>{prop})\b", re.I).search(sentence)
    if m is None or re.search(r"\b(?:whether|if)\s+$", sentence[: m.start()], re.I):
        return None
    negated = bool(_NEG.search(m.group("mid"))) or bool(m.group("pre"))
    return m.start(), m.end(), not negated


def _subject_pattern(st) -> str:  # noqa: ANN001 - a pack Statement
    """The statement's subject and aliases as one alternation, longest first; "General
    Assembly resolutions" also as "the General Assembly's resolutions"."""
    subjects = sorted({st.subject, *st.subject_aliases}, key=lambda s: (-len(s), s))
    # "Resolutions by the General Assembly are not legally binding" (AP via i, 27 Oct 2023), "The
    # resolutions of the General Assembly have political weight but are not binding" (Ruetir, Dec 2023)
    after = [rf"{m.group(2)}\s+(?:of|by|from)\s+(?:the\s+)?(?:UN\s+|U\.N\.\s+)?{m.group(1)}"
             for s in (st.subject,) if (m := re.match(r"^(.+?) (\w+)$", s)) and m.group(2).endswith("s")]
    return "|".join([*(re.sub(r"^(.+?)\\ (\w+)$", r"\1(?:['’]s)?\\ \2", re.escape(s)) for s in subjects),
                     *(a.replace(" ", r"\s+") for a in after)])


#: a parenthesis between the subject and its verb: "The resolution — which passed by a vote of 120-14,
#: with 45 member-states abstaining— is nonbinding" (The Hill via Yahoo, 27 Oct 2023)
_ASIDE = r"(?:\s*[—–]\s*[^—–.;]{1,120}?\s*[—–]|,\s+which\s+[^,.;]{1,80},)?"
#: "have political weight but are not binding" (Ruetir, 13 Dec 2023), "carry political weight but are
#: not legally binding": what the subject has, then what it is
_BUT = r"(?:(?:have|has|carry|carries)\s+(?:(?!no\b|not\b|never\b)\w+\s+){1,3}?but\s+)?"
#: "While council resolutions are legally binding, assembly resolutions are not" (AP: Al-Ahram,
#: tests/realcorpus 027; i, 27 Oct 2023): the property is said of the contrasted subject before it
_CONTRAST = r"\b(?:while|whereas)\s+[^,;.]{{1,60}}?\s+(?:are|is)\s+(?:legally\s+)?{prop}\s*,\s*"


def _match(sentence: str, subj: str, prop: str, *, bare_subject: bool = False) -> tuple[int, int, bool] | None:
    # "<subject> are (not) (legally) binding", "<subject>, which is not legally binding"
    m = rx(
        rf"(?<![\w-])(?P<subj>{subj}){_ASIDE}(?P<mid>,?\s+(?:which\s+|that\s+)?{_BUT}(?:are|is|were|was|remain|remains)\s+(?:\w+\s+){{0,3}}?)(?P<pre>{_PRE})?(?P<prop>{prop})\b",
        re.I,
    ).search(sentence)
    if m is None and not bare_subject:
        c = rx(_CONTRAST.format(prop=prop) + rf"(?P<subj>{subj})\s+(?:are|is)\s+not\b(?!\s+(?:only|just|merely)\b)",
               re.I).search(sentence)
        if c:
            return c.start("subj"), c.end(), False
    if m and not re.search(r"\b(?:whether|if)\b", m.group("mid"), re.I):
        negated = bool(_NEG.search(m.group("mid"))) or bool(m.group("pre"))
        return m.start(), m.end(), not negated
    # "(non-)binding <subject>", "a legally binding resolution"
    if bare_subject:
        subj = subj.split(r"\s+(?:[\w-]+\s+)?", 1)[-1]  # just the noun: "(the) legally binding resolution"
        m = rx(rf"(?P<det>\b(?:the|a|an|this|that|its)\s+)?(?:(?:legally|not)\s+)?(?P<pre>\b(?:{_PRE}))?"
               rf"(?P<prop>\b{prop})\s+(?P<subj>{subj})\b", re.I).search(sentence)
    else:
        m = rx(rf"(?P<pre>\b(?:{_PRE}))?(?P<prop>\b{prop})\s+(?:\w+\s+)?(?P<subj>{subj})", re.I).search(sentence)
    if m:
        s = m.start("det") if "det" in m.groupdict() and m.group("det") else m.start()
        if re.search(r"\bnot\s+$", sentence[:s], re.I):
            return None
        neg = bool(m.group("pre")) or bool(re.match(r"(?:\w+\s+)?not\b", sentence[s:m.start("prop")], re.I))
        return s, m.end(), not neg
    return None


def _claim(sid: str, s: int, e: int, value: bool, offset: int) -> Found:
    return Found(ClaimKind.statement, offset + s, offset + e, {"statement_id": sid, "value": value})
