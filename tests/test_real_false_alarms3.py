"""False alarms found on new real articles (issue 13, third round): published reports of the
2023-2024 UN votes on Gaza that are not in tests/realcorpus nor in the earlier sweeps
(tests/test_real_false_alarms.py, tests/test_real_false_alarms_lists.py). Each test holds the real
sentences, their source and date, and asserts the exact spans and verdicts."""

from __future__ import annotations

import datetime as dt

from conftest import check_text

LAWFARE = ("After several failed attempts, on March 25, the United Nations Security Council adopted the first "
           "ceasefire resolution of the Israel-Hamas war since Oct. 7. On March 25, the United Nations Security "
           "Council passed S/RES/2728, which calls for an “immediate ceasefire” in Gaza for the month of Ramadan. "
           "Fourteen members voted in favor, and the United States abstained. Resolution 2728 comes almost six "
           "months into the conflict, as the death toll in Gaza numbers over 30,000 and a territory-wide famine is "
           "imminent. Before March 25, the Security Council had previously failed to adopt a ceasefire resolution "
           "after the United States used its veto power three times against other draft texts. Another veto came "
           "from Russia and China, who blocked a draft ceasefire resolution sponsored by the United States.")


def _votes(text: str, published: dt.date) -> list[tuple[str, str]]:
    rep = check_text(text, published)
    return [(c.claim.text, c.verdict.label.value) for c in rep.claims if c.claim.kind.value == "vote"]


def test_n_times_against_counts_occasions_not_members() -> None:
    """Lawfare 2024-03-28 (https://www.lawfaremedia.org/article/un-security-council-adopts-gaza-ceasefire-
    resolution): 'used its veto power three times against other draft texts' was read as 3 votes against
    resolution 2728 and refuted ('14-0-1')."""
    from factdesk.extract.vote_grammar import _tallies
    sentence = ("Before March 25, the Security Council had previously failed to adopt a ceasefire resolution after "
                "the United States used its veto power three times against other draft texts.")
    assert _tallies(sentence) == []
    # a count of members is still read (controls)
    assert _tallies("10 countries voted against") == [(0, 26, {"no": 10, "partial": 1})]
    assert _tallies("nine member states abstained") == [(0, 28, {"abstain": 9, "partial": 1})]
    assert [t for t, v in _votes(LAWFARE, dt.date(2024, 3, 28)) if "three" in t] == []


def test_a_date_after_before_is_a_bound_not_the_day_of_the_vote() -> None:
    """Lawfare 2024-03-28 (as above): 'Before March 25' dated the sentence's vote as 25 March (resolution
    2728); the date is a bound, so it neither dates the vote nor counts as a fact of the sentence."""
    from factdesk.claimtypes.vote.identify import _says_date
    from factdesk.extract.vote_clauses import _usable_dates
    sentence = ("Before March 25, the Security Council had previously failed to adopt a ceasefire resolution after "
                "the United States used its veto power three times against other draft texts.")
    assert _usable_dates(sentence, dt.date(2024, 3, 28)) == []
    assert [d.text for d in _usable_dates("On March 25, the United Nations Security Council passed S/RES/2728.",
                                          dt.date(2024, 3, 28))] == ["March 25"]
    assert _says_date(sentence, "March 25") is False
    assert _says_date("On March 25, the United Nations Security Council passed S/RES/2728.", "March 25") is True


def test_another_veto_by_the_drafter_the_sentence_names() -> None:
    """Lawfare 2024-03-28 (as above): 'Another veto came from Russia and China, who blocked a draft ceasefire
    resolution sponsored by the United States.' was judged on resolution 2728 (carried from the sentences
    before) and refuted ('adopted'); 'sponsored by the United States.' lost its drafter to the full stop.
    The drafter the sentence names is the US draft vetoed on 22 March 2024 (S/2024/239)."""
    from factdesk.extract.vote_grammar import _proposer
    assert _proposer("Another veto came from Russia and China, who blocked a draft ceasefire resolution sponsored "
                     "by the United States.") == "United States"
    assert _proposer("The text was drafted by the U.S.") == "United States"
    votes = _votes(LAWFARE, dt.date(2024, 3, 28))
    assert ("Russia and China, who blocked", "supported") in votes
    assert ("Fourteen members voted in favor", "supported") in votes
    assert [t for t, v in votes if v == "refuted"] == []


def test_the_body_a_resolution_calls_on_is_not_the_body_that_voted() -> None:
    """KESQ (CNN) 2024-05-10 (https://kesq.com/news/national-world/cnn-world/2024/05/10/unga-passes-resolution-
    calling-on-security-council-to-reconsider-palestinian-un-membership/) and Jang 2024-05-11
    (https://jang.com.pk/en/11451-unga-passes-resolution-for-palestines-un-membership-with-strong-support-news):
    the General Assembly's resolution of 10 May 2024 (ES-10/23) 'calls for' / 'urges' the Security Council to
    reconsider; the Council was read as the voting body, and 'passed' / 'approved' were refuted against the US
    veto of 18 April ('vetoed')."""
    from factdesk.extract.vote_clauses import _body_of, body_mentions
    cnn = ("(CNN) — A United Nations General Assembly (UNGA) resolution calling on the Security Council to reconsider "
           "Palestinian membership to the UN passed on Friday. The resolution, which passed, with 143 votes in favor, "
           "nine votes against and 25 abstaining, calls for the Security Council to “reconsider the matter "
           "favourably,” and stresses that the Palestinian Authority be granted UN membership, saying: “the State of "
           "Palestine is qualified for membership in the United Nations.”")
    jang = ("A United Nations General Assembly (UNGA) voted by a wide margin on Friday to grant new \"rights and "
            "privileges\" to Palestine, urging the Security Council to reconsider its bid for UN membership. The "
            "resolution, approved with 143 votes supporting, nine opposing, and 25 abstaining, urges the Security "
            "Council to \"reconsider the matter favourably,\" and stresses that the Palestinian Authority be granted "
            "UN membership, saying, \"the State of Palestine is qualified for membership in the United Nations.\"")
    assert body_mentions("(CNN) — A United Nations General Assembly (UNGA) resolution calling on the Security "
                         "Council to reconsider Palestinian membership to the UN passed on Friday.") == [
        (25, "GA"), (43, "GA")]
    assert _body_of("The resolution, approved with 143 votes supporting, nine opposing, and 25 abstaining, urges "
                    "the Security Council to \"reconsider the matter favourably,\"") is None
    assert _votes(cnn, dt.date(2024, 5, 10)) == [
        ("passed", "supported"), ("passed on Friday", "supported"), ("passed", "supported"),
        ("143 votes in favor, nine votes against and 25 abstaining", "supported")]
    assert _votes(jang, dt.date(2024, 5, 11)) == [
        ("approved", "supported"), ("25 abstaining", "supported")]
    # the body that acts before the request is still read (TASS 2024-05-10, https://tass.com/world/1786353)
    assert _body_of("The UN General Assembly passed a resolution recommending the Security Council to once again "
                    "consider admitting Palestine as a full-fledged UN member.") == "GA"
