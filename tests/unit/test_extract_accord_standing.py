"""An accord told by where it stands: its text ready or on the table, a deal told near
("weeks away", "within reach", "very close to being concluded"), a side suspending its
participation in it, and its end (no longer valid, an extension objected to or refused).
On talks the text ready and the deal near read `active`, on an initiative `forming`; a
suspended participation reads the accord suspended (an initiative: `stalled`); its end is
`closed` (an initiative: `dissolved`). Each on invented sentences of invented accords, with
refusals: negation, a condition, a threat, another event (docs/lexicon.md, "An accord told
by where it stands")."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, TALKS, TRACKS
from tests.unit.test_extract_talks_under_way import _found, _status
from tracker.domain.models import Actor, Finding, Track
from tracker.extract import extract_document

ACCORD = Track(
    id="norway-chile-quota-accord",
    title="Norway–Chile quota accord",
    kind="initiative",
    actors=[
        Actor(name="Ingrid Solberg", aliases=["Solberg"]),
        Actor(name="Mateo Rivas", aliases=["Rivas"]),
    ],
    parties=["Norway", "Chile"],
    places=["Reykjavik"],
    keywords=["quota accord", "quota deal"],
)


def _accord(text: str) -> list[Finding]:
    return [f for f in extract_document(text, PUB, [ACCORD]) if f.track_id == ACCORD.id]


def _accord_status(text: str) -> set[str | None]:
    return {_status(f, "initiative") for f in _accord(text)}


def _talks_status(text: str) -> set[str | None]:
    return {_status(f) for f in _found(text, TALKS.id, TRACKS)}


# -- The text ready or on the table: the accord being finalised


@pytest.mark.parametrize(
    "sentence",
    [
        "A final text of the Norway–Chile quota accord is essentially ready and on the table, "
        "Rivas said.",
        "The final text of the Norway–Chile quota accord was agreed in Reykjavik on Tuesday.",
        "The mediators tabled a final text in the Norway–Chile quota accord talks on Monday.",
        'Norway submitted what it called a "final" text of the quota accord to Chile.',
    ],
)
def test_a_text_ready_or_tabled_is_an_accord_being_made(sentence: str) -> None:
    assert _accord_status(sentence) == {"forming"}, _accord(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A final text is essentially ready and on the table in the Norway–Chile talks, Rivas said.",
        "Today the text is on the table, Solberg said of the Norway–Chile talks.",
        "We are tabling a text that is the final text, Rivas said of the talks with Norway.",
    ],
)
def test_on_talks_a_text_on_the_table_is_active(sentence: str) -> None:
    assert _talks_status(sentence) == {"active"}, _found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # negated
        "The text of the Norway–Chile quota accord is not on the table yet, Rivas said.",
        # far from it: no cue
        "The final text of the Norway–Chile quota accord is far from ready, Rivas said.",
        # a condition
        "A final text of the Norway–Chile quota accord could be ready if Chile agrees, Rivas said.",
    ],
)
def test_a_text_not_ready_or_only_supposed_is_no_status(sentence: str) -> None:
    assert _accord_status(sentence) <= {None}, _accord(sentence)


# -- A deal told near


@pytest.mark.parametrize(
    "sentence",
    [
        "The Norway–Chile quota deal is weeks away, Solberg said on Tuesday.",
        "Solberg said the Norway–Chile quota agreements could be weeks away.",
        "Norway–Chile quota deal weeks away, Solberg says",
        "Norway and Chile are weeks away from signing the quota accord, Rivas said.",
        "The Norway–Chile quota accords are, in principle, very close to being concluded, "
        "Rivas said.",
        "A Norway–Chile quota deal is now within reach, Solberg said.",
        "Norway and Chile were moving towards a quota deal, Rivas said.",
    ],
)
def test_a_deal_told_near_is_an_accord_being_made(sentence: str) -> None:
    assert _accord_status(sentence) == {"forming"}, _accord(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # negated
        "The Norway–Chile quota deal is not weeks away, Solberg said.",
        "A Norway–Chile quota deal is not within reach, Rivas said.",
        # a condition
        "The Norway–Chile quota deal could be weeks away if Chile lifts its ban, Rivas said.",
        # near its failure, not its making
        "The Norway–Chile quota deal is weeks away from collapse, Rivas warned.",
    ],
)
def test_a_deal_not_near_or_near_failing_is_not_being_made(sentence: str) -> None:
    assert "forming" not in _accord_status(sentence), _accord(sentence)


# -- A side suspending its participation in the accord


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile suspends participation in Norway–Chile quota accord",
        "Chile has suspended its participation in the quota accord with Norway, Rivas said.",
        "Chile halted its participation in the Norway–Chile quota accord on Monday.",
        "Chile's suspension of its participation in the Norway–Chile quota accord was announced "
        "on Monday.",
    ],
)
def test_a_participation_suspended_suspends_the_accord(sentence: str) -> None:
    assert _accord_status(sentence) == {"stalled"}, _accord(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # negated
        "Chile did not suspend its participation in the Norway–Chile quota accord, Rivas said.",
        # one person's own engagement at a forum on the accord
        "Rivas suspended his participation in the Reykjavik forum on the Norway–Chile quota "
        "accord.",
        # only supposed
        "Chile may suspend its participation in the quota accord with Norway, Rivas warned.",
    ],
)
def test_a_participation_not_suspended_or_an_engagement_suspends_nothing(sentence: str) -> None:
    assert "stalled" not in _accord_status(sentence), _accord(sentence)


# -- The accord's end


@pytest.mark.parametrize(
    "sentence",
    [
        "The Norway–Chile quota accord stopped being valid today, Rivas said.",
        "Rivas said the Norway–Chile quota accords had ceased to be valid on Monday.",
        "The Norway–Chile quota accord expired on Monday and its effect was terminated, Rivas "
        "said.",
        "Chile objected to extending the Norway–Chile quota accord, Rivas said.",
        "Chile refused to renew the quota accord with Norway on Monday.",
    ],
)
def test_an_accord_no_longer_valid_or_not_renewed_is_dissolved(sentence: str) -> None:
    assert _accord_status(sentence) == {"dissolved"}, _accord(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # negated
        "Chile did not object to extending the Norway–Chile quota accord, Rivas said.",
        # a condition
        "The Norway–Chile quota accord will stop being valid if Chile objects, Rivas said.",
        "Chile could refuse to renew the quota accord with Norway, Rivas warned.",
    ],
)
def test_an_end_denied_or_only_supposed_dissolves_nothing(sentence: str) -> None:
    assert "dissolved" not in _accord_status(sentence), _accord(sentence)
