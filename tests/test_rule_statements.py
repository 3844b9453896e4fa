"""Statements of the UN's rules that wire copy repeats (issue 13): the Council's nine votes and the
veto (statement.rule, Charter Arts. 23 and 27(3)), the Assembly's two-thirds majority (Art. 18(2)),
and "non-binding" said of the Assembly's text (statement.property). Real sentences of the dev
split of tests/realcorpus (the comment names the article), each with a wrong variant."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import check_text

P5 = "five permanent members: China, France, Russia, United Kingdom, United States"
DAY = dt.date(2023, 10, 27)


def _statements(text: str) -> list[tuple[str, str, str | None]]:
    rep = check_text(text, DAY)
    return [(c.claim.text, c.verdict.label.value, c.verdict.correction) for c in rep.claims
            if c.claim.kind.value == "statement"]


@pytest.mark.parametrize(("text", "claim"), [
    # 001 FBC News (Reuters)
    ("A resolution needs at least nine votes in favor and no vetoes by the five permanent members – the United "
     "States, Russia, China, France and Britain – to pass.",
     "needs at least nine votes in favor and no vetoes by the five permanent members – the United States, Russia, "
     "China, France and Britain"),
    # 006 Evening Star (UN News)
    ("For the Council to adopt a resolution, the proposal must receive at least nine votes in favor, without any of "
     "its five permanent members (China, United States, France, United Kingdom and Russia) vetoing it.",
     "must receive at least nine votes in favor, without any of its five permanent members (China, United States, "
     "France, United Kingdom and Russia)"),
    # 014 The Tribune
    ("For a resolution to be adopted in the Council, it must receive at least 9 votes in favour and not a single "
     "veto from any of the five permanent members.",
     "must receive at least 9 votes in favour and not a single veto from any of the five permanent members"),
    # 049 finanznachrichten
    ("For a draft resolution to pass, the Council must have at least nine members in favour and none of its "
     "permanent members - China, France, Russia, United Kingdom, United States - using their veto power.",
     "must have at least nine members in favour and none of its permanent members - China, France, Russia, "
     "United Kingdom, United States"),
    # 100 UPI
    ("At least nine votes from the 15 council members are required for a draft resolution.",
     "At least nine votes from the 15 council members are required"),
    # 026 Fortune (AP)
    ("Two were vetoed and two failed to get the minimum nine “yes” votes required for approval.",
     "the minimum nine “yes” votes required"),
])
def test_council_rule_as_reported_is_supported(text: str, claim: str) -> None:
    assert _statements(text) == [(claim, "supported", None)]


@pytest.mark.parametrize(("text", "claim", "correction"), [
    # 001 with "ten votes"
    ("A resolution needs at least ten votes in favor and no vetoes by the five permanent members – the United "
     "States, Russia, China, France and Britain – to pass.",
     "needs at least ten votes in favor and no vetoes by the five permanent members – the United States, Russia, "
     "China, France and Britain", "at least nine votes in favour"),
    # 014 with "six permanent members"
    ("For a resolution to be adopted in the Council, it must receive at least 9 votes in favour and not a single "
     "veto from any of the six permanent members.",
     "must receive at least 9 votes in favour and not a single veto from any of the six permanent members", P5),
    # 049 with Germany for the United Kingdom
    ("For a draft resolution to pass, the Council must have at least nine members in favour and none of its "
     "permanent members - China, France, Russia, Germany, United States - using their veto power.",
     "must have at least nine members in favour and none of its permanent members - China, France, Russia, "
     "Germany, United States", P5),
    # 100 with "16 council members"
    ("At least nine votes from the 16 council members are required for a draft resolution.",
     "At least nine votes from the 16 council members are required", "fifteen Council members"),
])
def test_council_rule_stated_wrongly_is_refuted(text: str, claim: str, correction: str) -> None:
    assert _statements(text) == [(claim, "refuted", correction)]
    rep = check_text(text, DAY)
    v = next(c.verdict for c in rep.claims if c.claim.type == "statement.rule")
    assert v.rationale.endswith("Identification: UN Charter, Article 27(3), identified by: Security Council "
                                f"('{v.identification.facts[0].words}', this sentence).")


@pytest.mark.parametrize("text", [
    # an election in the Assembly, not a Council draft
    "Candidates need at least 129 votes in the General Assembly to win a seat on the Security Council.",
    # before the 1965 enlargement the Council had eleven members and needed seven votes
    "In 1950 a Council resolution needed at least seven votes and no veto by the five permanent members.",
    # 084 UN press: a result, not a requirement
    "The text, which was defeated due to the negative votes of two permanent Council members (China, Russian "
    "Federation), drew 9 votes in favour with 4 abstentions.",
])
def test_not_a_statement_of_the_council_rule(text: str) -> None:
    assert [c for c in check_text(text, DAY).claims if c.claim.type == "statement.rule"] == []


_GA = "The UN General Assembly on Friday adopted a resolution calling for a humanitarian truce in Gaza. "


@pytest.mark.parametrize(("text", "claim"), [
    # 024 teleSUR English
    ("The resolution, drafted by Jordan on behalf of the Arab group, was adopted by 120 votes in favor, 14 against "
     "and 45 countries abstaining, as a two-thirds majority was required for adoption, where abstentions do not "
     "count.", "two-thirds majority was required"),
    # 027 Ahram Online (AP)
    ("The vote on the Canadian amendment was 88-55 with 23 abstentions, but it failed to get a two-thirds majority "
     "of all those voting.", "failed to get a two-thirds majority"),
])
def test_assembly_majority_as_reported_is_supported(text: str, claim: str) -> None:
    assert [s for s in _statements(_GA + text) if s[0] == claim] == [(claim, "supported", None)]


def test_assembly_majority_stated_wrongly() -> None:
    """Refuted when the sentence names the Assembly; when only the passage before it does, unverified."""
    right = ("a two-thirds majority of the members present and voting (important questions; a simple majority "
             "for others)")
    assert _statements("In the General Assembly a three-quarters majority was required for adoption.") == [
        ("three-quarters majority was required", "refuted", right)]
    got = [s for s in _statements(_GA + "A three-quarters majority was required for adoption.")
           if "majority" in s[0]]
    assert got == [("three-quarters majority was required", "unverified", None)]


@pytest.mark.parametrize(("text", "claim", "label", "correction"), [
    # 024 teleSUR: the Assembly named in the sentence wins over the Council of the lead sentence
    ("Palestinian Ambassador to the UN Riyad Mansour said the delegation will seek the adoption by the UN Security "
     "Council of a binding resolution calling for a cease-fire. The UN General Assembly on Friday overwhelmingly "
     "adopted a non-binding resolution calling for an immediate humanitarian truce in Israel's war on Gaza.",
     "a non-binding resolution", "supported", None),
    ("Palestinian Ambassador to the UN Riyad Mansour said the delegation will seek the adoption by the UN Security "
     "Council of a binding resolution calling for a cease-fire. The UN General Assembly on Friday overwhelmingly "
     "adopted a binding resolution calling for an immediate humanitarian truce in Israel's war on Gaza.",
     "a binding resolution", "refuted", "not legally binding"),
    # 040 Evening Standard: "motion" for the Assembly's text
    ("The United Nations General Assembly on Tuesday night overwhelmingly demanded a ceasefire in Gaza. "
     "The motion is non-binding, but Mr Mansour said it should be treated as if it were binding.",
     "The motion is non-binding", "supported", None),
    ("The United Nations General Assembly on Tuesday night overwhelmingly demanded a ceasefire in Gaza. "
     "The motion is legally binding, Mr Mansour said.",
     "The motion is legally binding", "refuted", "not legally binding"),
    # 041 CNN: "it" after the Assembly in the same sentence
    ("While a General Assembly vote is politically significant and seen as wielding moral weight, it is "
     "nonbinding, unlike a Security Council resolution.", "it is nonbinding", "supported", None),
    ("While a General Assembly vote is politically significant and seen as wielding moral weight, it is "
     "binding, like a Security Council resolution.", "it is binding", "refuted", "not legally binding"),
    # 061 Khaleej Times (AFP)
    ("Russia, which currently holds the rotating Security Council presidency, will likely face another vote on a "
     "similar resolution before the wider UN General Assembly which could be passed by a substantial margin, "
     "although it would be non-binding.", "it would be non-binding", "supported", None),
])
def test_assembly_text_binding_or_not(text: str, claim: str, label: str, correction: str | None) -> None:
    got = [s for s in _statements(text) if "binding" in s[0]]
    assert got == [(claim, label, correction)]


def test_it_of_the_council_is_not_the_assembly() -> None:
    """ "it" after the Security Council in the same sentence is not an Assembly text."""
    text = ("The General Assembly met on Friday. The Security Council then adopted a text on Gaza, and it is "
            "binding.")
    assert [s for s in _statements(text) if "binding" in s[0]] == []
