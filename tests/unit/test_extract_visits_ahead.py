"""Reading a visit ahead: the visitor as the host's guest, the dates of a visit confirmed, a
trip that will take the visitor somewhere, a visit told loosely in an article that sets its
days, and other people's visits to the same country; each on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.models import Actor, Finding, Track
from tracker.extract import extract_document
from tracker.infer.claims import claimed_status

PUB = date(2026, 3, 4)  # a Wednesday
VISIT = Track(
    id="tamim-poland-visit",
    title="Sheikh Tamim's state visit to Poland",
    kind="visit",
    actors=[
        Actor(name="Tamim bin Hamad Al Thani", aliases=["Sheikh Tamim", "Tamim"]),
        Actor(name="Radoslaw Sikorski", aliases=["Sikorski"]),
    ],
    parties=["Qatar", "Poland"],
    places=["Warsaw", "Poland"],
    keywords=["visit", "state visit", "trip"],
)


# The same visit typed with its visitor alone (the country and its capital tie a sentence)
VISITOR_ONLY = Track(
    **{**VISIT.model_dump(), "id": "tamim-poland-trip", "actors": [VISIT.actors[0].model_dump()]}
)


def _found(text: str, track: Track = VISIT) -> list[Finding]:
    return [f for f in extract_document(text, PUB, [track]) if f.track_id == track.id]


def _read(text: str) -> tuple[str | None, date | None]:
    found = _found(text)
    assert found, text
    last = found[-1]
    return claimed_status(last, VISIT.kind), last.event_date


# -- The visitor as the host's guest: "will be the guest of", "will be the King's guest"


@pytest.mark.parametrize(
    ("sentence", "status", "day"),
    [
        (
            "Sheikh Tamim will be the guest of Sikorski at a banquet in Warsaw on Friday.",
            "scheduled",
            date(2026, 3, 6),
        ),
        (
            "Sheikh Tamim will be Poland's guest in Warsaw, with a ceremonial welcome on Friday.",
            "scheduled",
            date(2026, 3, 6),
        ),
        (
            "Sheikh Tamim and his wife will be the guests of Sikorski during a state visit to "
            "Poland.",
            "proposed",
            PUB,
        ),
        (
            "Sheikh Tamim will be coming as the personal guest of Sikorski on his visit to Poland.",
            "proposed",
            PUB,
        ),
    ],
)
def test_the_visitor_told_as_the_hosts_guest_is_a_visit_ahead(
    sentence: str, status: str, day: date
) -> None:
    assert _read(sentence) == (status, day)


def test_a_guest_told_in_the_past_is_no_plan() -> None:
    found = _found("Sheikh Tamim was the guest of honour at a banquet in Warsaw on Friday.")
    assert all(claimed_status(f, VISIT.kind) not in ("proposed", "scheduled") for f in found)


# -- The dates of a visit confirmed, as a headline says it


@pytest.mark.parametrize(
    "sentence",
    [
        "Palace confirms dates of Sheikh Tamim's state visit to Poland",
        "March dates for Sheikh Tamim's Poland state visit confirmed",
        "Warsaw announced the dates for Sheikh Tamim's state visit to Poland.",
    ],
)
def test_the_dates_of_a_visit_confirmed_set_it(sentence: str) -> None:
    assert _read(sentence)[0] == "scheduled"


def test_dates_of_a_visit_still_to_be_confirmed_set_nothing() -> None:
    status, _ = _read("The dates of Sheikh Tamim's state visit to Poland are yet to be confirmed.")
    assert status != "scheduled"


# -- A trip that will take the visitor somewhere


def test_a_trip_that_will_take_the_visitor_there_is_a_visit_ahead() -> None:
    assert _read("Sheikh Tamim's first trip abroad will take him to Poland.") == (
        "proposed",
        PUB,
    )


# -- A visit told loosely (a headline's infinitive, an invitation accepted, "will make a
# state visit in March") in an article whose next lines set its days: that visit, set


@pytest.mark.parametrize(
    "lead",
    [
        "Sheikh Tamim to visit Poland on first trip to Europe this year",
        "Sheikh Tamim will make a state visit to Poland in March, Warsaw said.",
        "Warsaw said on Monday that Sheikh Tamim had accepted the invitation of Sikorski.",
        "Sheikh Tamim's first trip abroad will take him to Poland.",
    ],
)
def test_a_visit_told_loosely_takes_the_days_the_article_sets(lead: str) -> None:
    text = f"{lead}\n\nSheikh Tamim will visit Poland from 20 to 22 March."
    first = _found(text)[0]
    assert claimed_status(first, VISIT.kind) == "scheduled"
    assert first.event_date == date(2026, 3, 20)


@pytest.mark.parametrize(
    "lead",
    [
        # a plan undone is no plan of the visit set
        "Sheikh Tamim had planned to visit Poland last year.",
        # no day set: the visit stays proposed
        "Sheikh Tamim to visit Poland on first trip to Europe this year",
    ],
)
def test_a_visit_told_loosely_stays_proposed_without_days_set(lead: str) -> None:
    text = (
        f"{lead}\n\nSheikh Tamim will visit Poland in March."
        if "this year" in lead
        else f"{lead}\n\nSheikh Tamim will visit Poland from 20 to 22 March."
    )
    lead_found = [f for f in _found(text) if f.start == 0]
    assert all(claimed_status(f, VISIT.kind) != "scheduled" for f in lead_found)


# -- Another visitor in the same country, and the host's day with someone else


@pytest.mark.parametrize(
    "sentence",
    [
        "Aliyev, meanwhile, has arrived in Warsaw to meet Polish President Andrzej Duda.",
        "Ilham Aliyev arrived in Warsaw on Tuesday to meet the Polish president.",
    ],
)
def test_another_visitor_in_the_country_is_not_the_visit(sentence: str) -> None:
    assert _found(sentence, VISITOR_ONLY) == []


# A visit typed with its visitor alone, whose country is a party but not the host's: the
# host country ties a sentence by its name and its places
GUEST = Track(
    id="okafor-poland-trip",
    title="Cardinal Okafor's trip to Poland",
    kind="visit",
    actors=[Actor(name="Cardinal Emeka Okafor", aliases=["Cardinal Okafor", "Okafor"])],
    parties=["Holy See", "Poland"],
    places=["Poland", "Warsaw", "Krakow"],
    keywords=["visit", "trip", "journey", "pilgrimage"],
)


@pytest.mark.parametrize(
    "headline",
    [
        "Poland hosts two rounds of talks",
        "Poland hosts Lithuania and Latvia for border talks",
        "Warsaw to host a meeting between Baltic envoys",
    ],
)
def test_talks_of_others_held_in_the_visits_country_are_not_the_visit(headline: str) -> None:
    text = (
        f"{headline}\n\nA third round of talks that was to be held in Warsaw on Tuesday was "
        "called off."
    )
    assert _found(text, GUEST) == []


@pytest.mark.parametrize(
    "text",
    [
        "Cardinal Okafor to visit Poland\n\nPoland will host the cardinal in Warsaw for talks.",
        "Okafor's trip to Poland will end with talks in Krakow between church leaders.",
        "Cardinal Okafor to visit Poland\n\nThe cardinal's first itinerary for Latvia and "
        "Poland, from 10 to 15 March, was put off.",
    ],
)
def test_the_visitor_or_a_word_of_the_visit_keeps_talks_in_the_country(text: str) -> None:
    assert _found(text, GUEST)


def test_the_hosts_day_with_no_word_of_the_visit_is_not_the_visit() -> None:
    sentence = (
        "A meeting with Foreign Minister Radoslaw Sikorski in Warsaw is scheduled for later "
        "in the day."
    )
    assert _found(sentence) == []


def test_the_host_with_a_guest_by_pronoun_or_hosting_word_is_still_the_visit() -> None:
    assert _found("Sikorski will host him at a dinner in Warsaw on Friday.")
    assert _found("Sikorski will give a banquet in Warsaw on Friday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sheikh Tamim has arrived in Warsaw to meet Radoslaw Sikorski.",
        "A meeting with Sikorski in Warsaw is scheduled for later in the day, during the state "
        "visit.",
        "Sheikh Tamim will then hold talks with Sikorski in Warsaw on Friday.",
    ],
)
def test_the_visitor_or_the_visit_named_keeps_the_sentence(sentence: str) -> None:
    assert _found(sentence)
    assert _found(sentence, VISITOR_ONLY)


# -- Reporters gathered in a room are no meeting held


def test_reporters_gathered_in_a_room_are_no_meeting() -> None:
    status, _ = _read(
        'Talking to the reporters gathered in Warsaw, Sheikh Tamim added: "It would be an '
        'honour to make a state visit to Poland".'
    )
    assert status != "held"
