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
