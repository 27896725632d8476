"""Negotiations told by their sessions, and talks reported failed or halted: a session
opened, its week, its delegates gathered, its agenda adopted, its chair elected, its draft
tabled (talks `active`); talks that have failed, falter, miss their deadline, adjourn with no
date for more talks or close with no text (talks `stalled`); the plug pulled, the brakes put
on, a signing blocked (talks `suspended`); and what only looks like it: a charge, an old
target, a denial, a condition, a warning, another negotiation. Talks held inside one body
are named by that body alone; talks an article ties only by their venue are another
negotiation held there. Each on invented sentences of invented negotiations
(docs/lexicon.md, "Negotiations told by their sessions, failed or halted")."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, TALKS, TRACKS
from tests.unit.test_extract_talks_under_way import _found, _one, _status
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document

# Invented treaty talks held inside one invented body, in the Norway–Chile talks' venue.
BODY_TALKS = Track(
    id="polar-fisheries-treaty-talks",
    title="Polar Fisheries Commission treaty talks",
    kind="talks",
    actors=[Actor(name="Lena Haug", aliases=["Haug"])],
    parties=["Polar Fisheries Commission", "PFC"],
    places=["Reykjavik"],
    keywords=["fisheries treaty", "negotiations"],
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The third session of the Norway–Chile talks formally opened in Reykjavik on Monday.",
        "Sessions of the Norway–Chile negotiations have officially begun in Reykjavik.",
        "The Reykjavik round brings together Norwegian and Chilean delegates.",
        "The Norway–Chile talks adopted the agenda on Monday.",
        "Agenda items for the Norway–Chile talks were approved on Monday.",
        "A revised draft was tabled at the Norway–Chile talks on Monday.",
        "The Norway–Chile talks elected their co-chairs on Monday.",
        "Eighty delegates registered for the Norway–Chile talks in Reykjavik.",
        "Norway and Chile praised this week's talks.",
        "Norwegian and Chilean delegations have assembled in Reykjavik for a session of talks.",
        "The Norway–Chile deal came after a last session that ran into the small hours.",
        "Over the two weeks of negotiations, Norway and Chile narrowed their differences.",
    ],
)
def test_a_session_told_by_its_nouns_is_active(sentence: str) -> None:
    f = _one(sentence)
    assert (f.signal, _status(f)) == ("session_under_way", "active")


def test_a_session_opened_is_dated_to_its_day() -> None:
    f = _one("Norway and Chile adopted the agenda on Monday.")
    assert f.event_date is not None and f.event_date.isoformat() == "2026-03-02"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Norway–Chile talks have failed, Chilean media says.",
        "Talks between Norway and Chile had failed by the weekend.",
        "Norway–Chile talks falter over quotas.",
        "Efforts to close the Norway–Chile fisheries deal faltered in Reykjavik.",
        "Norway and Chile missed their deadline for a fisheries deal.",
        "The deadline for the Norway–Chile fisheries deal was missed.",
        "The Norway–Chile talks adjourned without a date for follow-up talks.",
        "The Norway–Chile talks ended without any date for another round.",
        "The Reykjavik session of the Norway–Chile talks ended on Friday and no text had been "
        "adopted.",
    ],
)
def test_talks_told_failed_are_stalled(sentence: str) -> None:
    f = _one(sentence)
    assert (f.signal, _status(f)) == ("talks_failed", "stalled")


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile pulled the plug on the Norway–Chile negotiations on Monday.",
        "Chile slammed the brakes on the Norway–Chile talks.",
        "Norway has put the brakes on its talks with Chile.",
        "Norway was blocked from signing the fisheries deal with Chile by a court.",
        "A judge barred Norway from concluding its negotiations with Chile.",
    ],
)
def test_talks_halted_are_suspended(sentence: str) -> None:
    f = _one(sentence)
    assert (f.signal, _status(f)) == ("talks_halted", "suspended")


@pytest.mark.parametrize(
    "sentence",
    [
        # a charge
        "Norway accused Chile of trying to hold up the negotiations.",
        "Solberg accuses Rivas of seeking to stall the Norway–Chile talks.",
        "Chile blamed Norway for trying to scuttle the signing of the deal.",
        # an old target, a hypothesis
        "The Norway–Chile talks were expected to be completed by 2024.",
        # a denial
        "The Norway–Chile talks have not failed, Solberg said.",
        "Solberg denied that the Norway–Chile talks had faltered.",
        # a condition and a warning
        "If Chile walks out, the Norway–Chile talks will have failed.",
        "The Norway–Chile talks could falter if quotas are cut.",
        "Norway warned that it might pull the plug on the talks with Chile.",
    ],
)
def test_a_charge_a_target_a_denial_a_condition_or_a_warning_is_no_status(
    sentence: str,
) -> None:
    assert all(_status(f) is None for f in _found(sentence)), _found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks between Peru and Ghana failed in Lisbon.",
        "Peru pulled the plug on its talks with Ghana.",
        "The second week of negotiations between Peru and Ghana opened in Lisbon on Monday.",
    ],
)
def test_another_negotiation_is_not_the_tracks(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The PFC negotiations broke down on Friday.",
        "Talks at the Polar Fisheries Commission have failed, officials said.",
        "The Polar Fisheries Commission session formally opened on Monday.",
        # the body's own keyword, with no side named
        "Efforts to draft a fisheries treaty falter as countries disagree on quotas.",
        "The fisheries treaty negotiations have failed, officials said.",
    ],
)
def test_talks_inside_one_body_are_named_by_the_body_alone(sentence: str) -> None:
    found = _found(sentence, BODY_TALKS.id, [BODY_TALKS])
    assert len(found) == 1 and _status(found[0]) in ("active", "stalled")


def test_two_sides_are_still_needed_where_the_talks_have_two() -> None:
    assert _found("Norwegian talks broke down on Friday.") == []


def test_talks_tied_only_by_their_venue_are_another_negotiation_held_there() -> None:
    text = (
        "Talks in Reykjavik broke down on Friday.\n\n"
        "The Polar Fisheries Commission said the negotiations had run for two weeks."
    )
    found = extract_document(text, PUB, [*TRACKS, BODY_TALKS])
    assert [f for f in found if f.track_id == TALKS.id] == []
    assert [f for f in found if f.track_id == BODY_TALKS.id]


def test_talks_of_one_body_keep_their_venue_beside_talks_held_there() -> None:
    text = (
        "Negotiations on a fisheries treaty at the Polar Fisheries Commission broke down on "
        "Friday.\n\nThe talks took place behind closed doors at PFC headquarters in Reykjavik."
    )
    found = extract_document(text, PUB, [*TRACKS, BODY_TALKS])
    assert {f.track_id for f in found} == {BODY_TALKS.id}


def test_talks_whose_sides_the_article_names_keep_their_venue() -> None:
    text = (
        "Talks in Reykjavik broke down on Friday.\n\n"
        "Norway blamed Chile for the failure of the negotiations."
    )
    assert [f for f in extract_document(text, PUB, TRACKS) if f.track_id == TALKS.id]


def test_a_bare_common_word_is_not_a_bodys_name() -> None:
    track = BODY_TALKS.model_copy(update={"keywords": ["quota", "negotiations"]})
    assert _found("The quota talks broke down on Friday.", track.id, [track]) == []
    named = _found("The PFC quota talks broke down on Friday.", track.id, [track])
    assert len(named) == 1
