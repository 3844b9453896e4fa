"""Vote grammar: bodies, resolution numbers, tallies ("13-1-1", "by 153 votes to 10 with 23
abstentions"), outcomes, vetoes, per-country votes and proposers, as compiled patterns."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from factdesk import lexicon, rxcache, rxgate
from factdesk.extract.numbers import NUMBER, parse_number
from factdesk.refs.countries import canonical_country, find_countries

#: "Council" alone is the Security Council unless a name ends in it ("the Human Rights Council", "the
#: European Council", "the Economic and Social Council"): "The United Nations General Assembly voted to suspend
#: Russia from the Human Rights Council on Thursday" (The Independent 2022-04-07), "The United Nations General
#: Assembly on Thursday suspended Russia from the U.N. Human Rights Council" (CGTN 2022-04-08) are Assembly votes.
#: "The assembly"/"The council" opening a sentence name the body as "the assembly" does inside one: "The assembly
#: adopted a resolution with 143 votes in favour" (The Nation Thailand / AFP 2024-05-11), "The assembly voted
#: 141-5 with 35 abstentions on March 2" (The Globe and Mail / AP 2022-10-12); tests/test_real_planted.py
_NOT_UN_COUNCIL = "".join(f"(?<!{w} Council)" for w in ("Rights", "Social", "European", "Trusteeship", "Cooperation",
                                                        "Refugee", "Privy", "Atlantic", "Federation", "Sovereignty"))
_NOT_UN_ASSEMBLY = "".join(f"(?<!{w} Assembly)" for w in ("National", "Legislative", "Constituent", "Parliamentary",
                                                         "Health", "Federal", "Consultative"))
#: ``\b(?:Security Council|UNSC|U\.N\.S\.C\.|(?<!Rights )...Council|(?<=[Tt]he )council|council members?)\b``, each
#: branch written to open with its first letter and test the word boundary and the words before it after that
#: letter: ``re`` then skips in C the positions that start no branch (issue 17: the scan 4-5 times faster)
SC_RE = rxgate.compile(rf"(?:S(?<!\wS)ecurity Council|U(?<!\wU)(?:NSC|\.N\.S\.C\.)|C(?<!\wC)ouncil{_NOT_UN_COUNCIL}"
                       r"|c(?<!\wc)ouncil(?<=[Tt]he council)|c(?<!\wc)ouncil members?)\b")
#: ``\b(?:General Assembly|UNGA|U\.N\.G\.A\.|(?<!National )...Assembly|(?<=[Tt]he )assembly)\b``, written as ``SC_RE``
GA_RE = rxgate.compile(rf"(?:G(?<!\wG)eneral Assembly|U(?<!\wU)(?:NGA|\.N\.G\.A\.)|A(?<!\wA)ssembly{_NOT_UN_ASSEMBLY}"
                       r"|a(?<!\wa)ssembly(?<=[Tt]he assembly))\b")
#: a Council resolution by number ("resolution 2720"), an emergency session's ("ES-10/21", "ES-11/1"), or a
#: General Assembly resolution by session and number ("resolution 67/19", "resolution 44/240": the UN's own
#: pages and the press write them so)
RESOLUTION_RE = rxgate.compile(r"\b(?:[Rr]esolution|S/RES/)\s*(?P<num>2\d{3})\b|\b(?P<es>ES-\d{1,2}/\d{1,3})\b"
                                r"|\b[Rr]esolutions?\s+(?:A/RES/)?(?P<ga>[1-7]\d/\d{1,3})\b(?!/)")
VOTE_WORD = rxgate.compile(
    r"\b(?:vot(?:e|es|ed|ing)|veto(?:ed|es)?|resolution|draft|abstain\w*|abstention\w*|amendment|tally)\b",
    re.I,
)

N = NUMBER
P5 = {"United States", "United Kingdom", "France", "Russia", "China"}
_DASH = r"\s*[-–—]\s*"
TALLY_PATTERNS = [
    # 13-1-1, 153-10-23
    rxgate.compile(rf"(?<![\w/.-])(?P<yes>\d{{1,3}}){_DASH}(?P<no>\d{{1,3}}){_DASH}(?P<abs>\d{{1,3}})(?![\w/-])"),
    # 153 votes to 10 with 23 abstentions; 13 to 1 with one abstention; 153 in favour, 10 against and 23 abstentions
    rxgate.compile(
        rf"(?<![\w-])(?P<yes>{N})\s+(?:votes?\s+)?(?:(?:in\s+favou?r|for)\s*(?:,|to)?|to|against|,|-)\s*(?P<no>{N}|none|no)"
        rf"(?:\s+(?:votes?\s+)?against)?\s*,?\s*(?:with|and)\s+(?P<abs>{N}|no|none)\s+(?:abstentions?|abstaining|abstained|abstain)",
        re.I,
    ),
    # 14 votes to 1 / 12 in favour to 1 against (no abstention phrase)
    rxgate.compile(
        rf"(?<![\w-])(?P<yes>{N})\s+(?:votes?\s+)?(?:in\s+favou?r\s+)?(?:to|against)\s+(?P<no>{N}|none)(?:\s+against)?(?!\s*[-–]?\s*\w*\s*(?:with|and)\s+\S+\s+abst)",
        re.I,
    ),
    # 120-14 with 45 abstentions; 138-9, with 41 abstentions (AP, Newser: tests/test_tally_phrasings.py)
    rxgate.compile(
        rf"(?<![\w/.-])(?P<yes>\d{{1,3}}){_DASH}(?P<no>\d{{1,3}}),?\s+(?:with|and)\s+(?P<abs>{N}|no|none)\s+"
        rf"(?:abstentions?|abstaining|abstained)\b",
        re.I,
    ),
]
#: "N times" counts occasions, not members: "the United States used its veto power three times against
#: other draft texts" (Lawfare 2024-03-28) is no count of votes against
_NOT_TIMES = r"(?!times?\b|occasions?\b)"
#: the count of votes in favour; the members may be named "Security Council members": "13 out of 15 Security Council
#: members voted for the resolution" (Eastern Herald 2023-12-23), "Thirteen Security Council members voted in favour
#: of a brief draft resolution" (The Straits Times 2023-12-09, realcorpus 019); the body's own name before its 15:
#: "Thirteen of the SC’s 15 members voted for the resolution" (Globalities 2023-12-22) as "12 of the Council’s 15
#: members voted in favour" (UN News copy on careermeaning.net, 2023-10-18)
YES_ONLY = rxgate.compile(
    rf"(?<![\w-])(?:(?:won|drew|received|got|garnered)\s+(?:only\s+|just\s+)?(?P<won>{N})\s+votes(?!\s+(?:in\s+favou?r|to|against))|"
    rf"(?:(?:won|received|gained|secured|garnered|got|(?:was\s+)?rewarded\s+with)\s+the\s+(?:backing|support)\s+of|drew\s+support\s+from|(?:was\s+)?backed\s+by|supported\s+by)\s+(?:only\s+|just\s+)?(?P<of>{N})(?=\s+(?:of\s+the\s+\S+\s+|out\s+of\s+(?:15|193)\s+)?(?:\S+\s+)?(?:members?|countries|nations|states|votes)\b)|(?P<yes>{N})\s+(?:(?:out\s+)?of\s+(?:the\s+|its\s+)?(?:(?:council|body|assembly|SC|UNSC|Security\s+Council)['’]s\s+)?(?:(?:15|fifteen|193)\s+)?)?(?:United\s+Nations\s+|UN\s+)?(?:Security\s+Council\s+|{_NOT_TIMES}\w+\s+)?(?:members?|countries|nations|states|votes?)?"
    # "Thirteen members of the council voted in favor" (ILNA, 9 Dec 2023), "Thirteen members of the 15-strong
    # UNSC voted in favor" (JNS via World Israel News, Dec 2023)
    rf"(?:\s+of\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:council|Council|UNSC|body))?\s*"
    # "Despite 11 member states voting in favor of the proposed resolution" (HNGN, 22 Mar 2024)
    rf"(?:voted\s+(?:in\s+favou?r|for|yes)|voting\s+in\s+favou?r|in\s+favou?r|votes?\s+in\s+favou?r|backed\s+it"
    rf"|supported\s+it))",
    re.I,
)
NO_ONLY = rxgate.compile(rf"(?<![\w-])(?P<no>{N})\s+(?:{_NOT_TIMES}\w+\s+)?"
                         r"(?:members?|countries|nations|states|votes?)?\s*(?:voted\s+against|against)", re.I)
#: "member-states" hyphenated as "member states" is: "passed by a vote of 120-14, with 45 member-states abstaining"
#: (The Hill via Yahoo News 2023-10-27)
#: a relative clause between the count and "abstained": "China was among the 35 countries which abstained" (AFP via
#: UrduPoint 2022-03-03, realcorpus 051), "The 35 nations that abstained included China, India and South Africa" (The
#: Nation Thailand 2022-03-03, realcorpus 057); tests/test_real_sweep6.py. Not the members named between ("Ten
#: countries, including the US, Israel and Austria, voted against", MINA 2023-12-13): read as a count, its span held
#: the members unchecked, and a wrong member inside it came out supported
ABS_ONLY = rxgate.compile(rf"(?<![\w-])(?P<abs>{N})\s+(?:{_NOT_TIMES}\w+\s+)?"
                          r"(?:abstentions?|(?:members?|member-states|countries|nations|states)?\s*abstain(?:ed|ing)"
                          r"|(?:members|countries|nations|states)\s+(?:that|which|who)\s+abstained)",
                          re.I)
#: "adopted by a near-unanimous vote" (Times of Israel and Pakistan Today / AFP, 2015-10-27 Cuba embargo vote, 191-2-0)
#: and "Almost unanimous support for the Cuban Resolution" (Cuba's foreign ministry, misiones.cubaminrex.cu) are no
#: unanimity: read as one they gave "?-0-0" against a vote with two against (a false alarm)
UNANIMOUS = rxgate.compile(r"(?<!near-)(?<!near )(?<!nearly )(?<!almost )(?<!virtually )\bunanimous(?:ly)?\b", re.I)
NINE_VOTES = rxgate.compile(r"\b(?:failed|fell short|did not (?:get|win|secure|receive|garner)|short of)\b"
                            r"[^.;]{0,40}\b(?:nine|9)\s+(?:votes|yes votes|affirmative votes)", re.I)

#: "gained support from 13 Security Council members" (MENAFN 2023-12-10,
#: https://menafn.com/1107565272/US-uses-veto-power-in-UN-Security-Council-to-block-resolution-calling-for-Gaza-ceasefire)
#: and "Algeria's resolution gained support from 13 out of the 15 members" (dpa-AFX 2024-02-21,
#: https://www.finanznachrichten.de/nachrichten-2024-02/61462941-us-vetoes-un-resolution-demanding-immediate-ceasefire-in-gaza-020.htm)
#: count the votes in favour of drafts that were vetoed: like "won the support of 12", not an adoption; so does "won
#: backing from 10 countries": "The United States vetoed Friday an Arab-backed UN draft resolution ... that won backing
#: from 10 countries at the Security Council" (AFP via The New Indian Express 2018-06-02; Al Arabiya 2018-06-01)
OUTCOMES = [
    ("vetoed", rxgate.compile(r"\b(?:vetoed|vetoing|vetoes\s+(?:a|the|an)\b|blocked\s+by\s+(?:a|the)\s+veto"
                              r"|(?<='s\s)veto\s+of)\b", re.I)),
    (
        "failed",
        rxgate.compile(
            # "The United Nations Security Council failed to adopt a Russian-drafted resolution on Saturday"
            # (Reuters via SMH 2018-04-14), "The UN Security Council failed to adopt a resolution on
            # humanitarian situation in Syria's northern city of Aleppo as Russia and china vetoed it"
            # (alburaaqnews.com 2016-12-06): the text failed (not "failed to adopt any resolution")
            r"\b(?:failed(?!\s+(?:to\s+(?!pass|win|secure|garner|be\s+adopted|get|adopt\s+(?:a|the|an|its)\b)|attempts?|efforts?|bids?|votes|resolutions|drafts|texts|twice|again|repeatedly))|fail(?:s|ing)?\s+to\s+(?:pass|win|secure|garner|be\s+adopted|get|adopt\s+(?:a|the|an|its)\b)|fell\s+short|"
            r"was\s+rejected|were\s+rejected|rejected(?!\s+by\b)|voted\s+down|defeated|did\s+not\s+pass|was\s+not\s+adopted|"
            # "the amendment was not approved" (NAN 2024-03-25), "these amendments were not approved due to a
            # lack of support" (The Gateway Pundit 2023-10-18): a failure, not an approval
            r"(?:was|were)\s+not\s+approved)\b",
            re.I,
        ),
    ),
    (
        "adopted",
        rxgate.compile(
            rf"\b(?:adopted|adopts|adopting|passed|passes|approved|approves|"
            rf"gained\s+support(?!\s+(?:from|of)\s+(?:only\s+|just\s+)?(?:{N})\b)|"
            rf"won\s+(?:the\s+)?(?:support|backing|approval)(?!\s+(?:of|from)\s+(?:only\s+|just\s+)?(?:{N})\b)|carried|endorsed)\b",
            re.I,
        ),
    ),
]
VETO_BY = rxgate.compile(r"\bvetoed\s+by\s+", re.I)
VETO_SUBJ = rxgate.compile(
    r"\b(?:vetoed|vetoes|veto(?:ing)?|blocked|(?:cast|casting)\s+(?:the\s+)?(?:lone|only|sole)\s+(?:vote\s+against|no\s+vote|negative\s+vote)|(?:cast|used|exercised|exercise|wielded|use)\s+(?:its|their|a|the)\s+vetoe?s?)\b",
    re.I,
)
COUNTRY_VOTE = [
    ("abstain", rxgate.compile(r"\b(?:abstained|abstaining|abstain|abstentions?\s+(?:from|by))\b", re.I)),
    # a quoted "yes"/"no": "Belarus voting “no,”", "the Philippines voted “yes,”" (AFP via Laotian Times
    # 2021-06-21), "some including Indonesia and Vietnam voting “yes”" (AP via TRT World 2021-06-18)
    ("no", rxgate.compile(r"\b(?:voted\s+against|voting\s+against|voted\s+[\"“‘]?no\b|voting\s+[\"“‘]no\b"
                          r"|cast\s+the\s+(?:lone|only|sole)\s+(?:vote\s+against|no\s+vote|negative\s+vote|dissenting\s+vote)"
                          r"|(?:only\s+one|a\s+single|the\s+(?:lone|only|sole))\s+dissenting\s+vote\s+from|opposed\s+it"
                          r"|the\s+only\s+(?:country|member)\s+to\s+vote\s+against"
                          # "with the US being the sole dissenting vote" (Devdiscourse 2024-11-20), "The US was the
                          # sole country to oppose the draft" (Middle East Monitor 2024-02-21), "The US was the sole
                          # nation to vote against it" (A News 2024-02-20)
                          r"|(?<=\sbeing\s)the\s+(?:lone|only|sole)\s+dissenting\s+vote"
                          r"|(?<=\swas\s)the\s+(?:lone|only|sole)\s+(?:dissenting\s+vote|(?:country|nation|member)\s+to\s+"
                          r"(?:vote\s+against|oppose))"
                          # "The nine no votes came from Canada, Czech Republic, Israel, Panama" (PassBlue 2012-11-29,
                          # tests/realcorpus 082), "The no votes on the resolution came from five authoritarian
                          # nations: North Korea, Eritrea, Syria, Russia" (Evening Standard 2022-03-03)
                          r"|\bno\s+votes\s+(?:on\s+the\s+(?:resolution|text|draft)\s+)?came\s+from"
                          r"(?:\s+(?:\w+\s+){1,2}(?:nations|countries|states|members)\s*:)?"
                          # "opposed" ending its clause, in a sentence that gives the vote's count (see
                          # ``opposed_in_count``): "The vote in the 15-member Security Council was 12 in favour,
                          # the United States opposed and two abstentions" (ABC 2024-04-19, realcorpus 046), "Of
                          # the 193 member states, 143 voted in favour, Russia, Syria, Nicaragua, North Korea, and
                          # Belarus opposed, while 35 countries abstained" (Kyiv Independent 2022-10-13, 067)
                          r"|opposed(?=\s*(?:,|;|\.|$|and\s|while\s|with\s)))(?!\w)", re.I)),
    ("yes", rxgate.compile(r"\b(?:voted\s+(?:in\s+favou?r|for|[\"“‘]?yes)|voting\s+(?:in\s+favou?r|for|[\"“‘]yes))\b",
                           re.I)),
]
_COUNTED = rxcache.compile(r"\bin\s+favou?r\b|\bvoted\b|\babst", re.I)


def opposed_in_count(sentence: str, m: re.Match[str]) -> bool:
    """A bare "opposed" (``COUNTRY_VOTE``'s last "no" branch) is a vote only in a sentence that reports the
    vote's count or other members' votes; "Russia opposed." alone may be an opinion."""
    return not m.group(0).lower().startswith("opposed") or bool(_COUNTED.search(sentence))


PROPOSER = rxgate.compile(
    rf"(?:(?P<a>[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)[-–](?:{lexicon.alternation(lexicon.verbs('draft', 'compound'))})|"
    rf"(?:{lexicon.alternation(lexicon.verbs('draft', 'by'))})\s+by\s+"
    r"(?P<b>(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,3}))"
)


def may_name_drafter(text: str) -> bool:
    """Whether ``PROPOSER`` may match ``text``: its compound form needs a dash ("U.S.-drafted"), its
    other form the word "by" (a test in C, before the scan its gate's common words leave open; issue 17)."""
    return "by" in text or "-" in text or "–" in text


#: ``\b(?P<adj>[A-Z][a-z]+)\s+...``, with the word boundary tested after the capital: ``re`` then skips in C to the
#: next capital (issue 17; the same matches)
ADJ_DRAFT = rxgate.compile(r"(?P<adj>[A-Z](?<!\w[A-Z])[a-z]+)\s+(?:[a-z]+\s+)?"
                           r"(?:draft|text|resolution|amendment|proposal)\b")
#: the drafter as a possessive, the draft noun after it or after the body's name: "the council voted through Malta's
#: resolution" (Middle East Eye 2023-11-15), "The UNGA adopted Jordan's resolution, put on behalf of the Arab Group"
#: (Jordan Times via MENAFN 2023-10-29), "Brazil's resolution was seen by some as relatively mild" (Ankole Times
#: 2023-10-18); only capitalised words between ("Brazil's UN Security Council draft resolution"), so "Russia's veto
#: of the resolution" names no drafter
POSS_DRAFT = rxgate.compile(r"\b(?P<adj>[A-Z][a-z]+)['’]s\s+(?:(?:U\.?N\.?|[A-Z][a-z]+)\s+){0,3}"
                            r"(?:draft|text|resolution|amendment|proposal)\b")
_LIST_SEP = rxcache.compile(r"^(?:\s*(?:,|and|,\s*and|as\s+well\s+as|plus)\s*)$")


def _num(text: str | None) -> int | None:
    if text is None:
        return None
    if text.lower() in ("no", "none"):
        return 0
    v = parse_number(text)
    return int(v) if v is not None and v == int(v) else None


def _country_list_before(sentence: str, at: int) -> tuple[list[str], int]:
    """Countries written as a list ending right before ``at`` ("Russia and China")."""
    hits = [h for h in find_countries(sentence[:at]) if not sentence[h[0]:h[1]].lower().startswith("united nations")]
    out: list[str] = []
    start = at
    cursor = at
    for s, e, canon in reversed(hits):
        gap = sentence[e:cursor]
        if out and not _LIST_SEP.match(gap):
            break
        if not out and not re.fullmatch(r"\s*(?:has|have|had|then|also|both|each|on\s+\w+day|alone)?\s*", gap):
            # an appositive ("Brazil, which has drafted a rival text, voted")
            appositive = re.fullmatch(r",\s[^,;()]{1,70},\s*(?:also\s+|then\s+|too\s+|however\s+)?", gap)
            # the subject may be followed by a short verb phrase ("Washington exercise its veto")
            if len(gap) > 12 and not appositive:
                break
        out.insert(0, canon)
        start, cursor = s, s
    return out, start


def _country_list_after(sentence: str, at: int) -> tuple[list[str], int]:
    out: list[str] = []
    end = at
    cursor = at
    for s, e, canon in find_countries(sentence[at:]):
        s, e = s + at, e + at
        gap = sentence[cursor:s]
        if out and canon == out[-1] and re.fullmatch(r"\s*\(", gap) and sentence.startswith(")", e):
            # a member glossed in brackets by another of its names: "Russia, Belarus, DPRK (North Korea),
            # Eritrea and Syria" (EU NeighboursEast 2022-03-03)
            end = cursor = e + 1
            continue
        if (out and not _LIST_SEP.match(gap)) or (not out and gap.strip() not in ("", "the")):
            break
        if sentence[s:e].endswith(("'s", "’s")) or sentence.startswith(("'s", "’s"), e):
            # a possessor ends the list: "... Russia and Russia’s close ally Belarus" (Evening Standard
            # 2022-03-03), "... Syria, and Belarus, Russia’s close ally" (securykid.com copy of a NYT-based report,
            # 2022-03-03, https://securykid.com/only-five-countries-including-north-korea-vote-against-a-un-
            # resolution-condemning-russia/)
            break
        out.append(canon)
        end = cursor = e
    return out, end


#: a count of the others beside a member named before it: "Russia and 13 other states voted in favor"
#: (Macro Ticker 2024-03-25, on resolution 2728: 14 in favour), "Australia, alongside 152 other
#: countries, was among the countries which voted in favor" (Press TV 2023-12-13, quoting Penny Wong:
#: 153 in favour)
_BESIDE_NAMED = re.compile(r"(?P<name>[A-Z][\w.'’-]*),?\s+(?:and|alongside|along\s+with|together\s+with|with|plus)\s+$")
_OTHER = re.compile(r"\s+others?\b", re.I)
#: a number written just after a month's name is the day of the month, never a count of members: "The U.N.
#: General Assembly voted on Oct. 12 in favor of condemning the Russian annexation" (The Epoch Times 2022-10-13,
#: https://theepochtimes.com/world/4-countries-joined-russia-in-un-vote-on-ukraine-annexations-4793942) was read
#: as "12 in favor" and refuted against 143-5-35
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*\.?)\s+$")


#: a count (``N``, digits or number words): every tally pattern above holds one, so a sentence the gate of ``N``
#: keeps shut holds no tally (issue 17: it spares the eight scans of half the sentences about a vote)
_COUNT = rxgate.compile(N, re.I)


#: where a count begins: every match of ``TALLY_PATTERNS``, ``NO_ONLY`` and ``ABS_ONLY`` begins at one of these
_COUNT_START = rxcache.compile(rf"(?<![\w-])(?={N})", re.I)


def _from_counts(pat: Any, sentence: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pat.finditer(sentence)`` for a pattern whose every match begins at one of ``starts``, tried only
    there: one scan finds where the counts begin, not one scan per pattern (issue 17)."""
    end = 0
    for at in starts:
        if at >= end:
            m = pat.match(sentence, at)
            if m is not None:
                end = m.end()
                yield m


#: the members a UN-style count names in brackets are not part of its phrasing: "adopted by a recorded vote of 169 in
#: favour to 6 against (Israel, Marshall Islands, ...), with 3 abstentions (Cameroon, ...)" (UN press GA/11035,
#: 2010-12-10) and "adopted by 150 votes in favour to 3 against (Israel, United States, Federated States of
#: Micronesia) with 2 abstentions (Swaziland, Marshall Islands)" (UN press GA/9525, 1998-12-03) are one count each,
#: 169-6-3 and 150-3-2, not "169 in favour to 6 against" and "3 abstentions" apart
_COUNT_MEMBERS = re.compile(
    r"(\b(?:in\s+favou?r|against|abstentions?|abstaining|abstained))(\s*\((?=[A-Z])[^()]{3,400}\))")


def _unbracketed(sentence: str) -> str:
    """``sentence`` with the member lists in brackets after a count blanked (same length, same offsets)."""
    if "(" not in sentence:
        return sentence
    return _COUNT_MEMBERS.sub(lambda m: m.group(1) + " " * len(m.group(2)), sentence)


def _tallies(sentence: str) -> list[tuple[int, int, dict[str, int]]]:
    out: list[tuple[int, int, dict[str, int]]] = []
    if not _COUNT.may_match(sentence):
        return out
    sentence = _unbracketed(sentence)
    starts = [m.start() for m in _COUNT_START.finditer(sentence)]
    for pat in TALLY_PATTERNS:
        for m in _from_counts(pat, sentence, starts):
            if any(m.start() < e and s < m.end() for s, e, _ in out):
                continue
            yes, no = _num(m.group("yes")), _num(m.group("no"))
            abs_ = _num(m.groupdict().get("abs")) if "abs" in m.groupdict() else None
            if yes is None or no is None:
                continue
            t = {"yes": yes, "no": no}
            if abs_ is not None:
                t["abstain"] = abs_
            elif pat is TALLY_PATTERNS[2]:
                pass
            out.append((m.start(), m.end(), t))
    for key, pat in (("yes", YES_ONLY), ("no", NO_ONLY), ("abstain", ABS_ONLY)):
        # YES_ONLY's matches may begin with the verb before the count ("won 12 votes")
        for m in pat.finditer(sentence) if pat is YES_ONLY else _from_counts(pat, sentence, starts):
            if any(m.start() < e and s < m.end() for s, e, _ in out):
                continue
            v = _num(next(g for g in m.groups() if g is not None))
            if v is None or v > 193:
                continue
            at = m.start(next(i for i, g in enumerate(m.groups(), 1) if g is not None))
            if _MONTH_BEFORE.search(sentence, 0, at):
                continue  # "voted on Oct. 12 in favor of condemning" (The Epoch Times 2022-10-13): a day, no count
            start = m.start()
            beside = _BESIDE_NAMED.search(sentence, 0, m.start())
            if beside and _OTHER.match(sentence, m.end(next(i for i, g in enumerate(m.groups(), 1) if g is not None))):
                # "Russia and 13 other states voted in favor": 13 besides Russia; the count adds the
                # members named, and a list that cannot be read leaves no count
                named, at = _country_list_before(sentence, beside.end("name"))
                if not named:
                    continue
                v, start = v + len(named), at
            merged = False
            for i, (s, e, t) in enumerate(out):
                if key not in t and abs(start - e) < 40 and "partial" in t:
                    out[i] = (min(s, start), max(e, m.end()), {**t, key: v})
                    merged = True
                    break
            if not merged:
                out.append((start, m.end(), {key: v, "partial": 1}))
    return sorted(out)


def _proposer(sentence: str) -> str | None:
    """The country a drafter phrase or an adjectival draft ("a Russian draft") names, if any."""
    return _proposer_of(str(sentence))  # a plain string: the cache keeps no Sentence alive


@lru_cache(maxsize=1024)  # asked of the sentence, its clauses and the context: same text, same answer
def _proposer_of(sentence: str) -> str | None:
    pm = PROPOSER.search(sentence) if may_name_drafter(sentence) else None
    if pm:
        name = pm.group("a") or pm.group("b") or ""
        # the full stop that ends the sentence is not part of the name ("a draft ceasefire resolution
        # sponsored by the United States.", Lawfare 2024-03-28); "U.S." keeps its own
        c = canonical_country(name) or (name.endswith(".") and canonical_country(name[:-1]))
        if c:
            return c
    for am in ADJ_DRAFT.finditer(sentence):
        c = canonical_country(am.group("adj"))
        if c:
            return c
    for am in POSS_DRAFT.finditer(sentence):
        c = canonical_country(am.group("adj"))
        if c:
            return c
    return None
