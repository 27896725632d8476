"""The steps of a process as its evidence: a side of a plan or group that frees prisoners,
pulls its troops back, lays down its arms, dissolves itself or implements the accord carries
the process on (``active``, dated to the step). Sentences in the project's own words, on an
invented ceasefire between two real countries."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import PUB, TALKS
from tracker.domain.models import Track
from tracker.extract import extract_document
from tracker.extract.steps import find_steps

TRUCE = Track(
    id="peru-bolivia-truce",
    title="Peru–Bolivia border truce",
    kind="initiative",
    parties=["Peru", "Bolivia"],
    keywords=["truce", "ceasefire", "border accord"],
)
HEAD = "Peru and Bolivia keep border truce\n\nThe truce between Peru and Bolivia held for a third week.\n\n"


def _read(
    text: str, tracks: tuple[Track, ...] = (TRUCE,)
) -> dict[str, tuple[str | None, date | None]]:
    return {
        f.exact: (f.signal, f.event_date)
        for f in extract_document(HEAD + text, PUB, list(tracks))
        if f.track_id == TRUCE.id
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru freed 40 Bolivian soldiers at the Desaguadero crossing on Monday.",
        "Bolivia has withdrawn its troops from the disputed valley.",
        "Bolivian forces were pulled back from the frontier on Monday.",
        "On Monday Peru was releasing the last of the Bolivian detainees.",
        "Bolivian troops laid down their arms at a ceremony on Monday.",
        "The Bolivian rebels handed over more than 900 weapons to the monitors.",
        "Peru lifted its blockade of the lake ports on Monday.",
        "Bolivia ratified the border accord on Monday.",
        "After the release of 40 Bolivian prisoners by Peru, the border reopened.",
        "The withdrawal of Peruvian troops began on Monday.",
    ],
)
def test_a_step_taken_by_a_side_is_the_process_going_on(sentence: str) -> None:
    assert _read(sentence)[sentence][0] == "step"


def test_a_step_is_dated_to_the_step() -> None:
    sentence = "Peru freed 40 Bolivian soldiers at the Desaguadero crossing on Monday."
    assert _read(sentence)[sentence] == ("step", date(2026, 3, 2))


@pytest.mark.parametrize(
    "sentence",
    [
        "Bolivia must withdraw its troops from the valley, Peru said.",  # demanded
        "Peru called on Bolivia to free the soldiers it holds.",  # demanded
        "Bolivia refused to withdraw its troops from the valley.",  # refused
        "Peru has not released the Bolivian soldiers.",  # denied
        "Peru hopes to free the Bolivian soldiers this month.",  # hoped for
        "The soldiers will be released if the guns stay silent for three days.",  # conditional
        "Bolivia will withdraw its troops next week.",  # planned
        "Peru demanded the withdrawal of Bolivian troops.",  # a noun demanded
        "Peru released a statement on the border on Monday.",  # not a person released
        "Bolivia's president dissolved parliament on Monday.",  # another dissolution
        "Chile freed 12 Argentine fishermen on Monday.",  # not a side of the truce
        "Peru's Condor rebels freed 12 hostages on Monday.",  # another group of the country
        "Bolivian-backed militias withdrew from the valley.",  # a side's proxies
        "Bolivia agreed to a request from the mediators to withdraw its troops.",  # a plan
        "Peru has 40 Bolivian soldiers to be released.",  # not yet done
        # aimed at, however far from the aim's verb
        "Peru's next priority is to make sure the border reopens and that the Bolivian "
        "soldiers are returned to their families.",
        "Bolivia wants monitors at the crossing to ensure that all Peruvian prisoners held in "
        "the valley are freed.",
    ],
)
def test_a_step_not_taken_or_of_others_is_no_step(sentence: str) -> None:
    assert _read(sentence).get(sentence, (None, None))[0] != "step"


def test_a_step_needs_the_article_about_the_process() -> None:
    text = "Peru freed 40 Bolivian soldiers on Monday.\n\nFishing resumed on the lake."
    assert not [f for f in extract_document(text, PUB, [TRUCE]) if f.exact.startswith("Peru freed")]


def test_talks_are_not_read_by_steps() -> None:
    text = (
        "Norway and Chile held fisheries talks in Reykjavik on Monday.\n\n"
        "Norway freed 12 Chilean fishermen on Monday."
    )
    found = extract_document(text, PUB, [TALKS])
    assert all(f.signal != "step" for f in found)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("They swapped 95 prisoners of war.", "0841"),
        ("The fighters began pulling out of Uvira.", "0874"),
        ("The movement decided to dissolve and end its armed struggle.", "0873"),
        ("The guerrillas burned their weapons in a cave.", "0873"),
        ("The sides declared a ceasefire at noon.", "0871"),
        ("Both armies de-escalated along the frontier.", "087"),
        ("The group said it had dismantled all its structures.", "0873"),
        ("Thailand handed back 18 Cambodians on Wednesday.", "0841"),
        ("The government implemented the peace agreement.", "057"),
    ],
)
def test_the_step_table_reads_each_code(sentence: str, code: str) -> None:
    assert find_steps(sentence)[0].code == code


MOVEMENT = Track(
    id="chile-mapuche-accord",
    title="Chile–Arauco Front peace accord",
    kind="initiative",
    parties=["Chile", "Arauco Front"],
    keywords=["peace accord", "peace process"],
)
MOVEMENT_HEAD = (
    "Arauco Front keeps to peace accord\n\n"
    "The peace process between Chile and the Arauco Front entered its last stage.\n\n"
)


def _read_movement(text: str) -> dict[str, str | None]:
    return {
        f.exact: f.signal
        for f in extract_document(MOVEMENT_HEAD + text, PUB, [MOVEMENT])
        if f.track_id == MOVEMENT.id
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels handed over their last rifles to the monitors on Monday.",
        "Forty fighters burned their weapons at a ceremony in the hills.",
        "The group decided to dissolve itself on Monday.",
    ],
)
def test_an_armed_group_named_before_takes_steps_as_the_group(sentence: str) -> None:
    assert _read_movement(sentence).get(sentence) == "step"


@pytest.mark.parametrize(
    "sentence",
    [
        "In Peru, Shining Path rebels laid down their arms.",  # another party's rebels
        "The army said the rebels must disarm fully.",  # demanded
    ],
)
def test_group_words_of_others_or_not_taken_are_no_step(sentence: str) -> None:
    assert _read_movement(sentence).get(sentence) != "step"


def test_group_words_need_a_group_among_the_sides() -> None:
    text = "The rebels handed over their last rifles to the monitors on Monday."
    assert text not in _read(text)
