"""The day of an encounter ahead: an arrival or a departure for it, a plan told by its week or
month, a schedule told in the present, and the verb "set" with its particle; and the news day
of a headline when the article also tells the same news on its own day. Sentences and
articles invented for the tests; the articles are of Wednesday 4 March 2026."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.models import Actor, Finding, Track
from tracker.extract import extract_document
from tracker.extract.dates import find_date_mentions

PUB = date(2026, 3, 4)  # a Wednesday
SUMMIT = Track(
    id="atlantic-summit",
    title="Atlantic Forum summit in Lisbon",
    kind="summit",
    actors=[
        Actor(name="Amara Otieno", aliases=["Otieno"]),
        Actor(name="Luca Rossi", aliases=["Rossi"]),
    ],
    parties=["Kenya", "Portugal"],
    places=["Lisbon"],
    keywords=["Atlantic Forum", "summit"],
)


def _found(text: str, opening: str) -> Finding:
    found = [
        f
        for f in extract_document(text, PUB, [SUMMIT])
        if f.track_id == SUMMIT.id and f.exact.startswith(opening)
    ]
    assert len(found) == 1, (opening, found)
    return found[0]


# -- An arrival or a departure for an encounter ahead takes the encounter's day

SET_AHEAD = (
    "President Amara Otieno will attend the Atlantic Forum summit in Lisbon on Friday, March 6."
)


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # a headline in the present over a lead that gives the summit's day
        (
            "Otieno arrives in Lisbon for Atlantic Forum summit\n\n"
            "President Amara Otieno has landed in Lisbon ahead of the Atlantic Forum summit, "
            "which opens on Friday, March 6.",
            "Otieno arrives",
        ),
        # the arrival's own day, the day before the article
        (f"{SET_AHEAD}\n\nOtieno arrived in Lisbon on Tuesday for the summit.", "Otieno arrived"),
        # a departure two days before
        (
            f"{SET_AHEAD}\n\nOtieno left for Lisbon on Monday to attend the summit.",
            "Otieno left",
        ),
        # flown in, with the time of day
        (
            f"{SET_AHEAD}\n\nOtieno flew into Lisbon on Tuesday evening for the summit.",
            "Otieno flew",
        ),
    ],
)
def test_an_arrival_for_an_encounter_ahead_is_dated_to_the_encounter(
    text: str, opening: str
) -> None:
    assert _found(text, opening).event_date == date(2026, 3, 6)


@pytest.mark.parametrize(
    ("text", "opening", "day"),
    [
        # a past arrival after a past encounter: no day ahead, the arrival keeps its own
        (
            "The Atlantic Forum summit ended in Lisbon on Sunday with a joint statement.\n\n"
            "Otieno arrived in Lisbon on Monday after the summit.",
            "Otieno arrived",
            date(2026, 3, 2),
        ),
        # the encounter told as begun: an arrival there keeps its day
        (
            "The Atlantic Forum summit got under way in Lisbon on Tuesday.\n\n"
            "The leaders will sign a declaration at the Atlantic Forum summit on Friday, "
            "March 6.\n\nOtieno landed in Lisbon on Tuesday for the summit.",
            "Otieno landed",
            date(2026, 3, 3),
        ),
        # an arrival told ahead is a plan of its own day
        (
            f"{SET_AHEAD}\n\nOtieno will arrive in Lisbon on Thursday for the summit.",
            "Otieno will arrive",
            date(2026, 3, 5),
        ),
        # an arrival long before the encounter is no journey to it
        (
            f"{SET_AHEAD}\n\nOtieno arrived in Lisbon last month for talks before the summit.",
            "Otieno arrived",
            date(2026, 2, 1),
        ),
    ],
)
def test_an_arrival_not_on_its_way_to_the_encounter_keeps_its_day(
    text: str, opening: str, day: date
) -> None:
    assert _found(text, opening).event_date == day


# -- A plan told by its week or month takes the day the article sets in it


@pytest.mark.parametrize(
    ("text", "opening", "day"),
    [
        (
            "President Amara Otieno will travel to Lisbon next week for the Atlantic Forum "
            "summit.\n\nThe summit is set for March 12 in Lisbon.",
            "President Amara Otieno will travel",
            date(2026, 3, 12),
        ),
        (
            "Otieno to attend Atlantic Forum summit in Lisbon this week\n\n"
            "The Atlantic Forum summit will be held in Lisbon on Friday, March 6.",
            "Otieno to attend",
            date(2026, 3, 6),
        ),
        # a month, named in the attributive ("the April summit") or after "in"
        (
            "Otieno will host the April summit of the Atlantic Forum in Lisbon.\n\n"
            "Officials said the summit is set for April 20.",
            "Otieno will host",
            date(2026, 4, 20),
        ),
        (
            "The Atlantic Forum summit will be held in Lisbon in April, Otieno said.\n\n"
            "Officials said the summit is set for April 20.",
            "The Atlantic Forum summit will",
            date(2026, 4, 20),
        ),
    ],
)
def test_a_plan_dated_by_its_week_takes_the_day_set_in_it(
    text: str, opening: str, day: date
) -> None:
    assert _found(text, opening).event_date == day


@pytest.mark.parametrize(
    ("text", "opening", "day", "precision"),
    [
        # the day set lies outside the week told: the week stays
        (
            "President Amara Otieno will travel to Lisbon next week for the Atlantic Forum "
            "summit.\n\nThe summit is set for March 20 in Lisbon.",
            "President Amara Otieno will travel",
            date(2026, 3, 9),
            "week",
        ),
        # a meeting of this week told as past is not the summit ahead in it
        (
            "Otieno and Rossi met in Lisbon this week to prepare the Atlantic Forum summit.\n\n"
            "The Atlantic Forum summit will be held in Lisbon on Friday, March 6.",
            "Otieno and Rossi met",
            date(2026, 3, 2),
            "week",
        ),
    ],
)
def test_a_week_that_does_not_hold_the_plan_keeps_its_week(
    text: str, opening: str, day: date, precision: str
) -> None:
    found = _found(text, opening)
    assert (found.event_date, found.date_precision) == (day, precision)


# -- A headline's news day: an earlier day competes with the article's own day


def test_a_headline_stays_on_the_article_day_when_the_body_tells_the_news_that_day() -> None:
    text = (
        "Otieno meets Rossi at Atlantic Forum summit in Lisbon\n\n"
        "Otieno met Rossi at the Atlantic Forum summit in Lisbon on Wednesday.\n\n"
        "On Tuesday, Otieno held several meetings at the Atlantic Forum summit in Lisbon."
    )
    assert _found(text, "Otieno meets").event_date == PUB


def test_a_headline_takes_the_day_before_when_the_body_tells_the_news_then() -> None:
    text = (
        "Otieno meets Rossi at Atlantic Forum summit in Lisbon\n\n"
        "Otieno met Rossi at the Atlantic Forum summit in Lisbon on Tuesday."
    )
    assert _found(text, "Otieno meets").event_date == date(2026, 3, 3)


# -- A schedule told in the present simple lies ahead (written in October 2024)

OCTOBER = date(2024, 10, 10)


def _day(sentence: str, text: str, published: date = OCTOBER) -> date:
    found = [m for m in find_date_mentions(sentence, published) if m.text.startswith(text)]
    assert len(found) == 1, found
    return found[0].date


@pytest.mark.parametrize(
    ("sentence", "text", "want"),
    [
        ("The summit takes place in Lisbon on 5 June.", "5 June", date(2025, 6, 5)),
        ("The state visit runs from 20 to 22 August.", "20 to 22 August", date(2025, 8, 20)),
        ("The forum, which opens on July 10, will gather leaders.", "July 10", date(2025, 7, 10)),
        ("The summit is being held in Lisbon on 5 June.", "5 June", date(2025, 6, 5)),
        ("The conference begins on March 3 in Nairobi.", "March 3", date(2025, 3, 3)),
        # the past keeps the nearest year
        ("The summit took place in Lisbon on 5 June.", "5 June", date(2024, 6, 5)),
        ("The summit did not take place on 5 June.", "5 June", date(2024, 6, 5)),
        ("The forum, which opened on July 10, ended in discord.", "July 10", date(2024, 7, 10)),
        ("The summit that was held on 5 June opens a new chapter.", "5 June", date(2024, 6, 5)),
        # a day just after the article is that year's anyway
        ("The summit takes place on 12 October.", "12 October", date(2024, 10, 12)),
    ],
)
def test_a_schedule_in_the_present_is_of_the_year_ahead(
    sentence: str, text: str, want: date
) -> None:
    assert _day(sentence, text) == want


# -- "set" with its particle is a verb of its own tense, not a plan's "set to"

FRIDAY = date(2025, 9, 12)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Belarus set free 52 prisoners on Thursday.", date(2025, 9, 11)),
        ("The two sides set up a joint commission on Thursday.", date(2025, 9, 11)),
        ("The envoys set out their terms on Thursday.", date(2025, 9, 11)),
        ("The convoy set off for the border on Thursday.", date(2025, 9, 11)),
        # a plan's "set" still tells ahead
        ("The talks are set for Thursday.", date(2025, 9, 18)),
        ("The minister is set to arrive on Thursday.", date(2025, 9, 18)),
        ("The government will set up a panel on Thursday.", date(2025, 9, 18)),
    ],
)
def test_set_with_its_particle_is_not_a_plan(sentence: str, want: date) -> None:
    assert _day(sentence, "Thursday", FRIDAY) == want


# -- A sentence with no cue told ahead by its first verb: its weekdays lie ahead


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Crowds will line the streets of Lisbon for the Atlantic Forum summit, greeting "
            "Otieno at the harbour on Friday.",
            date(2026, 3, 6),
        ),
        (
            "The police will close the centre of Lisbon during the Atlantic Forum summit, "
            "reopening it on Monday.",
            date(2026, 3, 9),
        ),
        # told in the past: the Friday before
        (
            "Crowds lined the streets of Lisbon for the Atlantic Forum summit, greeting Otieno "
            "at the harbour on Friday.",
            date(2026, 2, 27),
        ),
    ],
)
def test_a_sentence_without_a_cue_takes_the_tense_of_its_first_verb(text: str, day: date) -> None:
    assert _found(text, text[:12]).event_date == day


# -- An event told as going on stays on the article's day


OPENED = (
    "Leaders gather in Lisbon for Atlantic Forum summit\n\n"
    "Otieno opened the Atlantic Forum summit in Lisbon on Tuesday with a call for calm.\n\n"
)


@pytest.mark.parametrize(
    ("text", "opening", "day"),
    [
        # the present progressive: the article's own day, not the lead's day before it
        (
            OPENED + "The Atlantic Forum summit is being held in Lisbon under heavy security.",
            "The Atlantic Forum summit is",
            PUB,
        ),
        (
            "Otieno and Rossi held talks at the Atlantic Forum summit in Lisbon on Tuesday.\n\n"
            "Otieno and Rossi are holding talks at the Atlantic Forum summit in Lisbon.",
            "Otieno and Rossi are",
            PUB,
        ),
        # reported from a speaker: the day the speaker said it
        (
            "Otieno says preparations for the Atlantic Forum summit are continuing\n\n"
            "Otieno said on Tuesday that preparations for the Atlantic Forum summit in Lisbon "
            "were going well.",
            "Otieno says",
            date(2026, 3, 3),
        ),
        # told in the past: the day the article gives the news
        (
            OPENED + "The Atlantic Forum summit was held in Lisbon under heavy security.",
            "The Atlantic Forum summit was",
            date(2026, 3, 3),
        ),
        (
            "Otieno and Rossi held talks at the Atlantic Forum summit in Lisbon on Tuesday.\n\n"
            "Otieno and Rossi held talks at the Atlantic Forum summit in Lisbon.",
            "Otieno and Rossi held talks at the Atlantic Forum summit in Lisbon.",
            date(2026, 3, 3),
        ),
    ],
)
def test_an_event_going_on_keeps_the_article_day(text: str, opening: str, day: date) -> None:
    found = [
        f
        for f in extract_document(text, PUB, [SUMMIT])
        if f.track_id == SUMMIT.id and f.exact.startswith(opening)
    ]
    assert found and found[-1].event_date == day


# -- A month named as an event's time ("September dates", "the March summit")

JULY = date(2025, 7, 14)


@pytest.mark.parametrize(
    ("sentence", "text", "want"),
    [
        # the nearest such month, before or after the article
        ("September dates for the state visit confirmed", "September", date(2025, 9, 1)),
        ("Trump UK state visit: September dates confirmed", "September", date(2025, 9, 1)),
        ("The leaders met at the March summit in Paris.", "the March", date(2025, 3, 1)),
        ("The December summit will be held in Rome.", "The December", date(2025, 12, 1)),
    ],
)
def test_a_month_qualifying_an_event_is_the_nearest(sentence: str, text: str, want: date) -> None:
    found = [m for m in find_date_mentions(sentence, JULY) if m.text.startswith(text)]
    assert [(m.date, m.precision) for m in found] == [(want, "month")]


@pytest.mark.parametrize(
    "sentence",
    [
        "May talks resume in Geneva.",  # the verb, not the month
        "The October Revolution was a turning point.",  # no event noun after it
    ],
)
def test_a_month_name_that_is_no_event_time_is_not_read(sentence: str) -> None:
    assert find_date_mentions(sentence, JULY) == []


# -- On a visit track the arrival is the visit made, on its own day

VISIT = Track(
    id="otieno-lisbon-visit",
    title="Otieno's state visit to Portugal",
    kind="visit",
    actors=[
        Actor(name="Amara Otieno", aliases=["Otieno"]),
        Actor(name="Luca Rossi", aliases=["Rossi"]),
    ],
    parties=["Kenya", "Portugal"],
    places=["Lisbon", "Portugal"],
    keywords=["visit", "state visit"],
)


@pytest.mark.parametrize(
    ("text", "opening", "day"),
    [
        (
            "Otieno arrived in Lisbon on Tuesday for a three-day state visit.\n\n"
            "Otieno will hold talks with Rossi in Lisbon on Friday.",
            "Otieno arrived",
            date(2026, 3, 3),
        ),
        (
            "Otieno arrives in Portugal for state visit\n\n"
            "Otieno will hold talks with Rossi in Lisbon on Friday, March 6.",
            "Otieno arrives",
            PUB,
        ),
    ],
)
def test_an_arrival_on_a_visit_keeps_its_own_day(text: str, opening: str, day: date) -> None:
    found = [
        f
        for f in extract_document(text, PUB, [VISIT])
        if f.track_id == VISIT.id and f.exact.startswith(opening)
    ]
    assert found and found[0].event_date == day
