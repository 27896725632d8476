"""Negotiations held in rounds, read between their meetings: a round told by its ordinal, a
trip for another round, contacts and work told as going on, progress told as made, the
talks moving forward or ahead (talks `active`); talks that hit a setback or have broken down
(talks `stalled`); and what only looks like it: a date still open for a round, a wish, a
condition, a negation, a pause of tariffs, another engagement called off. Each on invented
sentences of an invented negotiation (docs/lexicon.md, "Rounds going on between their
meetings")."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, SUMMIT
from tests.unit.test_extract_talks_under_way import _found, _one, _status
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document, load_lexicon


@pytest.mark.parametrize(
    "sentence",
    [
        "This is the fifth round of Norway–Chile negotiations.",
        "The Reykjavik meeting was the third round of fisheries talks between Norway and Chile.",
        "The trip marks the second round of negotiations between Norway and Chile.",
        "It will be the 11th round of talks between Norway and Chile.",
        "Solberg arrived in Reykjavik on Monday for her seventh round of face-to-face "
        "negotiations with Rivas.",
        "Rivas flew to Reykjavik for another round of talks with Norway.",
        "Solberg was in Reykjavik for the fifth round of talks with Chile.",
    ],
)
def test_a_round_told_by_its_ordinal_or_a_trip_for_another_round_is_active(
    sentence: str,
) -> None:
    f = _one(sentence)
    assert (f.signal, _status(f)) == ("engaged", "active")


@pytest.mark.parametrize(
    "sentence",
    [
        "Solberg is in regular contact with Rivas on the Norway–Chile talks.",
        "Norway has been in close contact with Chile throughout the talks.",
        # the person set off by a role: only the listed cue reads the contact
        "Rivas, vice president of the Federal Council, was in regular contact with the relevant "
        "Norwegian authorities, Solberg among them, the spokesperson said.",
        "Rivas, head of the fisheries board, has been in close touch with the Norwegian "
        "authorities over the talks.",
        "Norway and Chile are still talking, Solberg said.",
        "Norway is still talking to Chile on quotas, Solberg said.",
        "The Norwegian and Chilean negotiators were still negotiating late on Friday.",
        "Chile has been trying to negotiate a better quota deal with Norway since March.",
        "There has been progress in the Norway–Chile talks, Solberg said.",
        "We believe there has been important progress in the Norway–Chile talks.",
        "Progress has been made in the Norway–Chile negotiations.",
        "Some progress was made at the Reykjavik round, Rivas said.",
        "Some progress is seen to have been made over the four earlier rounds of Norway–Chile "
        "talks.",
        "Officials reported limited progress in the latest rounds of Norway–Chile talks.",
        "Norway–Chile talks move forward as quotas shrink.",
        "The talks between Norway and Chile moved ahead on Wednesday.",
        "The talks between Norway and Chile progressed on Wednesday.",
        "Solberg has arrived in Reykjavik to hold talks with Rivas.",
        "Solberg landed in Reykjavik to continue the negotiations with Chile.",
    ],
)
def test_contact_work_and_progress_told_as_going_on_are_active(sentence: str) -> None:
    f = _one(sentence)
    assert (f.signal, _status(f)) == ("engaged", "active")


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway's fisheries talks with Chile hit a setback on Thursday.",
        "The Norway–Chile talks have suffered a serious setback.",
        "Earlier negotiations between Norway and Chile had broken down.",
        "The Norway–Chile talks have broken down, Rivas said.",
    ],
)
def test_talks_that_hit_a_setback_or_broke_down_are_stalled(sentence: str) -> None:
    f = _one(sentence)
    assert (f.signal, _status(f)) == ("stalled", "stalled")


@pytest.mark.parametrize(
    "sentence",
    [
        # a date still open for a round: the round is expected, nothing more
        "A date for the third round of Norway–Chile talks has not been set yet.",
        # a readiness, not a trip
        "Norway is ready for another round of talks with Chile.",
        # negated or supposed
        "This is not the fifth round of Norway–Chile negotiations, Rivas said.",
        "If this is the fifth round of Norway–Chile talks, little has changed.",
        "Norway is not in contact with Chile, Rivas said.",
        "Norway hopes to be in regular contact with Chile on the talks.",
        # progress ahead or on a condition
        "Any further progress in the Norway–Chile talks will depend on Chile.",
        "Any real progress in the talks between Norway and Chile will depend on Chile.",
        "If progress is made in the Norway–Chile talks, a deal could follow.",
        "The Norway–Chile talks need to move forward, Rivas said.",
        "If the talks between Norway and Chile move forward, a deal could follow.",
        "The Norway–Chile talks did not move forward on Friday.",
        # talking to reporters is not talking to each other
        "Solberg and Rivas were still talking to reporters on Friday evening.",
        # a setback only feared; figures broken down, not talks
        "The Norway–Chile talks could suffer a setback if quotas fall.",
        "The catch figures, broken down by species, were shared at the Norway–Chile talks.",
    ],
)
def test_a_date_open_a_wish_a_condition_or_a_negation_claims_nothing(sentence: str) -> None:
    assert all(_status(f) is None for f in _found(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "No progress has been made in the Norway–Chile talks.",
        "There has been no progress in the Norway–Chile talks.",
    ],
)
def test_no_progress_stays_stalled(sentence: str) -> None:
    assert _status(_one(sentence)) == "stalled"


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile faces higher quota tariffs when the three-month pause ends, Rivas told the "
        "Norway–Chile talks.",
        "The pause on Norway's salmon tariffs runs out on Friday, Solberg said of the talks "
        "with Chile.",
    ],
)
def test_a_pause_of_tariffs_is_not_a_pause_of_the_talks(sentence: str) -> None:
    assert all(_status(f) != "stalled" for f in _found(sentence))


def test_talks_themselves_paused_still_stall() -> None:
    assert _status(_one("Norway and Chile have paused their fisheries talks.")) == "stalled"


@pytest.mark.parametrize(
    "sentence",
    [
        "Solberg cancelled an appearance at the Oslo fish fair, citing her talks in Reykjavik.",
        "Solberg called off her speech at the Oslo fish fair because of the talks with Chile.",
    ],
)
def test_an_engagement_called_off_for_the_talks_leaves_them_going_on(sentence: str) -> None:
    f = _one(sentence)
    assert (f.signal, _status(f)) == ("engaged", "active")


def test_a_keynote_called_off_changes_nothing_of_the_talks() -> None:
    sentence = (
        "Rivas's keynote at the Reykjavik forum was cancelled as the talks with Norway ran late."
    )
    assert all(_status(f) is None for f in _found(sentence))


def test_an_appearance_at_the_summit_called_off_leaves_the_summit_as_it_was() -> None:
    found = _found("Quispe cancelled her appearance at the Peru–Ghana summit in Lisbon.", SUMMIT.id)
    assert found and all(f.signal != "cancelled" for f in found)


@pytest.mark.parametrize(
    "sentence, signal",
    [
        ("Solberg cancelled the talks with Chile, citing the storm.", "cancelled"),
        ("Norway postponed the Reykjavik round of talks with Chile.", "postponed"),
    ],
)
def test_the_talks_themselves_called_off_keep_their_change(sentence: str, signal: str) -> None:
    assert _one(sentence).signal == signal


def test_a_which_clause_on_one_of_the_sides_tells_its_work_in_the_talks() -> None:
    f = _one(
        "The ruling is good news for Chile, which has been trying to negotiate a better quota "
        "deal with Norway."
    )
    assert (f.signal, _status(f)) == ("engaged", "active")


def test_a_which_clause_on_another_noun_still_tells_nothing() -> None:
    sentence = "Solberg praised the fish festival, which opened in Reykjavik on Monday."
    assert all(_status(f) is None for f in _found(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Norwegian and Chilean negotiators are working through the text of the fisheries deal.",
        "Solberg said the two sides were working on all the issues in the Norway–Chile talks.",
        "Norway and Chile narrowed their differences at the Reykjavik round.",
        "Norway and Chile are narrowing the remaining gaps in the fisheries talks.",
        "The differences between Norway and Chile have narrowed, Rivas said of the talks.",
        "There is no deal yet, but the Norway–Chile talks go on.",
    ],
)
def test_the_text_worked_through_and_differences_narrowed_are_active(sentence: str) -> None:
    f = _one(sentence)
    assert (f.signal, _status(f)) == ("engaged", "active")


@pytest.mark.parametrize(
    "sentence",
    [
        # a need is no act
        "Norway and Chile need to narrow their differences before the talks, Rivas said.",
        "The two sides need to work on the text of the Norway–Chile talks.",
        "What is needed now is thorough work on the issues of the Norway–Chile talks, Rivas said.",
        # the talks only in a proposal's clause
        "Rivas proposed that Norway lift the ban while the Chile talks go on.",
    ],
)
def test_a_need_or_a_proposal_narrows_nothing(sentence: str) -> None:
    assert all(_status(f) is None for f in _found(sentence))


# An accord in the making: its text worked through is the accord forming, a draft law is not.
ACCORD = Track(
    id="norway-chile-accord",
    title="Norway–Chile fisheries accord",
    kind="initiative",
    actors=[
        Actor(name="Ingrid Solberg", aliases=["Solberg"]),
        Actor(name="Mateo Rivas", aliases=["Rivas"]),
    ],
    parties=["Norway", "Chile"],
    keywords=["fisheries accord", "accord"],
)


def test_the_accords_text_worked_through_is_forming_a_draft_law_is_not() -> None:
    lexicon = load_lexicon()
    worked = extract_document(
        "Norwegian and Chilean negotiators are working through the text of the fisheries accord.",
        PUB,
        [ACCORD],
    )
    assert [lexicon.status_for(f.signal, "initiative") if f.signal else None for f in worked] == [
        "forming"
    ]
    draft = extract_document(
        '"We are currently working on a new draft constitution and when it is ready, we will '
        'most likely hold a referendum," Solberg told reporters, adding that this had nothing '
        "to do with the fisheries accord.",
        PUB,
        [ACCORD],
    )
    assert all(f.signal is None for f in draft)
