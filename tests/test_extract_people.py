"""person_role and name claims (factdesk.extract.people) against the bundled pack."""

from __future__ import annotations

import datetime as dt

from conftest import bundled_refs as refs

from factdesk.extract import extract
from factdesk.extract.people import find_people
from factdesk.ingest import TextView
from schemas.contracts import Claim, Document

PUB = dt.date(2023, 12, 12)




def claims(text: str, pub: dt.date = PUB) -> list[Claim]:
    doc = Document(text=text, origin="t.txt", sha256="0" * 64, format="text", published=pub, published_source="flag")
    out = extract(doc, TextView(text), refs())
    for c in out:
        assert doc.text[c.start : c.end] == c.text
    return out


def of_kind(cs: list[Claim], kind: str) -> list[Claim]:
    return [c for c in cs if c.kind.value == kind]


def test_misspelled_blinken_gives_role_and_name_claims() -> None:
    cs = claims("Secretary of State Anthony Blinken met officials.")
    assert [(c.kind.value, c.start, c.end, c.text) for c in cs] == [
        ("person_role", 0, 34, "Secretary of State Anthony Blinken"),
        ("name", 19, 34, "Anthony Blinken"),
    ]
    assert cs[0].slots == {
        "title": "Secretary of State",
        "country": None,
        "modifier": None,
        "name": "Anthony Blinken",
        "person_id": "antony-blinken",
        "name_exact": False,
    }
    assert cs[1].slots["written"] == "Anthony Blinken"
    assert cs[1].slots["person_id"] == "antony-blinken"
    assert cs[1].slots["score"] == 96.6


def test_correct_spelling_gives_no_name_claim() -> None:
    cs = claims("Secretary of State Antony Blinken's visit ended.")
    assert [(c.kind.value, c.text) for c in cs] == [("person_role", "Secretary of State Antony Blinken")]
    assert cs[0].slots["name_exact"] is True
    assert cs[0].slots["person_id"] == "antony-blinken"


def test_anthony_albanese_is_not_blinken() -> None:
    cs = claims("Prime Minister Anthony Albanese spoke.")
    assert [(c.kind.value, c.text) for c in cs] == [("person_role", "Prime Minister Anthony Albanese")]
    assert cs[0].slots["person_id"] == "anthony-albanese"
    assert cs[0].slots["name_exact"] is True


def test_anthony_albanese_without_title_gives_nothing() -> None:
    assert claims("Anthony Albanese spoke in Canberra.") == []
    assert refs().near_miss("Anthony Albanese") is None


def test_misspelling_without_title_is_a_name_claim() -> None:
    cs = claims("Officials met Anthony Blinken on Monday.")
    assert [(c.kind.value, c.start, c.end, c.text, c.slots["person_id"]) for c in cs] == [
        ("name", 14, 29, "Anthony Blinken", "antony-blinken")
    ]


def test_demonym_sets_country() -> None:
    cs = claims("Israeli Prime Minister Benjamin Netanyahu spoke.")
    assert [(c.kind.value, c.start, c.end) for c in cs] == [("person_role", 0, 41)]
    assert cs[0].slots["country"] == "Israel"
    assert cs[0].slots["title"] == "Prime Minister"
    assert cs[0].slots["person_id"] == "benjamin-netanyahu"


def test_title_after_name_with_possessive_country() -> None:
    cs = claims("Benjamin Netanyahu, Israel's Prime Minister, spoke.")
    assert [(c.kind.value, c.start, c.end, c.text) for c in cs] == [
        ("person_role", 0, 43, "Benjamin Netanyahu, Israel's Prime Minister")
    ]
    assert (cs[0].slots["country"], cs[0].slots["person_id"]) == ("Israel", "benjamin-netanyahu")


def test_title_of_country_with_hyphenated_name() -> None:
    text = "United States Ambassador to the United Nations Linda Thomas-Greenfield spoke."
    cs = claims(text)
    assert [(c.kind.value, c.start, c.end) for c in cs] == [("person_role", 0, 70)]
    assert cs[0].slots["title"] == "Ambassador to the United Nations"
    assert cs[0].slots["country"] == "United States"
    assert cs[0].slots["name"] == "Linda Thomas-Greenfield"
    assert cs[0].slots["person_id"] == "linda-thomas-greenfield"


def test_surname_alone_resolves_unique_person() -> None:
    cs = claims("President Biden spoke.")
    assert [(c.text, c.slots["name"], c.slots["person_id"], c.slots["name_exact"]) for c in cs] == [
        ("President Biden", "Biden", "joe-biden", True)
    ]


def test_lowercase_former_is_a_modifier_in_span() -> None:
    cs = claims("former President Joe Biden spoke.", dt.date(2025, 3, 10))
    assert [(c.start, c.end, c.text) for c in cs] == [(0, 26, "former President Joe Biden")]
    assert cs[0].slots["modifier"] == "former"


def test_unknown_person_with_title() -> None:
    cs = claims("Foreign Minister Hans Mueller spoke.")
    assert [(c.kind.value, c.text) for c in cs] == [("person_role", "Foreign Minister Hans Mueller")]
    assert cs[0].slots["person_id"] is None
    assert cs[0].slots["name"] == "Hans Mueller"


def test_unknown_place_before_title_marks_country_unknown() -> None:
    cs = claims("Officials said Georgia Secretary of State Brad Raffensperger spoke.")
    roles = of_kind(cs, "person_role")
    assert [(c.text, c.slots["country"]) for c in roles] == [("Secretary of State Brad Raffensperger", "?Georgia")]


def test_offsets_shift_with_sentence_offset() -> None:
    found = find_people("Secretary of State Anthony Blinken met them.", 100, refs())
    assert [(f.kind.value, f.start, f.end) for f in found] == [("person_role", 100, 134), ("name", 119, 134)]


def test_claim_in_second_sentence_has_document_offsets() -> None:
    text = "The talks ended. Israeli Prime Minister Benjamin Netanyahu spoke."
    cs = claims(text)
    assert [(c.start, c.end) for c in cs] == [(17, 58)]


def test_capitalised_former_is_a_modifier() -> None:
    cs = claims("Former President Joe Biden spoke.", dt.date(2025, 3, 10))
    assert [(c.start, c.end, c.text, c.slots["modifier"]) for c in cs] == [
        (0, 26, "Former President Joe Biden", "former")
    ]


def test_case_class_is_exactly_what_ignorecase_matches() -> None:
    # the title trie and the lead of the 'before' pattern write a first letter as a case-sensitive class,
    # which must match every character ``(?i:x)`` matches and no other (Kelvin sign, long s, Turkish i)
    import re
    import sys

    from factdesk.extract.people import case_class

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for ch in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
        assert re.findall(f"(?i:{ch})", every) == re.findall(case_class(ch), every), ch
    assert re.findall(case_class("k"), every) == ["K", "k", "\u212a"]


def test_the_title_gate_lets_through_every_sentence_a_title_pattern_matches() -> None:
    # ``TitleWords`` skips the title patterns on a sentence with no title's words; it must never skip one
    # they match: real text, and titles in other cases, after a modifier with or without a space, with case twins
    import random
    from pathlib import Path

    from factdesk.extract.people import TitleWords, _all_titles, _patterns, _titles

    key = tuple(sorted(_titles(refs())))
    titles = _all_titles(key)
    gate = TitleWords(titles)
    before, after, _, succession, future = _patterns(key)[:5]
    root = Path(__file__).parent
    texts = [line for p in sorted((root / "corpus" / "drafts").glob("*.md")) for line in p.read_text().splitlines()]
    rnd = random.Random(17)
    for _ in range(3000):
        t = rnd.choice(titles)
        if rnd.random() < 0.3:
            t = "".join(c.upper() if rnd.random() < 0.5 else c for c in t)
        if rnd.random() < 0.1:
            t = t.replace("s", "\u017f").replace("i", "\u0131").replace("k", "\u212a")
        mod = rnd.choice(["former", "then", "newly appointed", "acting", "new", "", ""]) + rnd.choice(["", " ", "-"])
        texts += [f"{mod}{t} Ana Bo said", f"Ana Bo, {mod}{t}, said", f"Eli Ro replaces Ana Bo as {t}."]
    opened = 0
    for text in texts:
        if any(p.search(text) for p in (before, after, succession, future)):
            assert gate.may_hold(text), text
        opened += gate.may_hold(text)
    assert opened < len(texts)  # it does skip some
    assert not gate.may_hold("The council met on Tuesday and adopted the text.")
    assert gate.may_hold("formerPresident Ana Bo said")
