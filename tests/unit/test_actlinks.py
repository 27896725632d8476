"""A release or exchange process's acts linked to it (``actlinks.py``, ``matching``): people
freed named with no event word, the track's sides doing the act, the act by its noun in an
article about the process; refused: another kind of release, an act wished, demanded, denied
or ahead read as done, another track's people, an article about something else, a summit.
Sentences in the project's own words, about an invented Chile–Peru detainee exchange."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, SUMMIT, arce_benavente_exchanges
from tracker.domain.models import Finding, Track
from tracker.extract import extract_document
from tracker.extract.actlinks import act_told, is_act_process
from tracker.extract.acts import carried_out

HEAD = "Chile and Peru swap detainees at Tacna\n\n"
CHANNEL = arce_benavente_exchanges()
DEAL = arce_benavente_exchanges("initiative")


def _finding(text: str, sentence: str, track: Track, others: list[Track]) -> Finding | None:
    found = [
        f
        for f in extract_document(text, PUB, [track, *others])
        if f.track_id == track.id and f.exact == sentence
    ]
    return found[0] if found else None


@pytest.mark.parametrize("track", [CHANNEL, DEAL])
@pytest.mark.parametrize(
    "sentence",
    [
        "She was traded for Tomás Arce on Monday.",
        "In return, Chile let go Tomás Arce on Monday.",
        "Tomás Arce was released at the border crossing on Monday.",
        "On Monday Lima lets Benavente go.",
        "Officials welcomed Benavente home on Monday.",
    ],
)
def test_people_of_the_process_freed_link_with_no_event_word(sentence: str, track: Track) -> None:
    f = _finding(HEAD + sentence, sentence, track, [SUMMIT])
    assert f is not None and f.signal == "step"
    assert f.event_date is not None and f.event_date.isoformat() == "2026-03-02"


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # both sides named doing the act: no headline needed
        ("Chile and Peru exchanged prisoners early on Monday.", None),
        ("Peru and Chile have swapped detainees, officials said on Monday.", None),
        # one side doing the act, in an article that told of the process
        (HEAD + "Peru on Monday freed 12 jailed Chilean citizens.", None),
        (HEAD + "In exchange, Peru on Monday released more than 40 Chilean migrants.", None),
    ],
)
def test_the_sides_doing_an_act_of_the_process_link(text: str, sentence: str | None) -> None:
    sentence = sentence or text.split("\n\n")[-1]
    f = _finding(text, sentence, CHANNEL, [SUMMIT])
    assert f is not None and f.signal == "step"


@pytest.mark.parametrize(
    "sentence",
    [
        "His release was confirmed late on Monday.",
        "All three were handed to the Red Cross on Monday.",
        "Most of those let out on Monday were fishermen.",
        "The swap took place at the border post on Monday.",
        "The Red Cross confirmed the exchange on Monday.",
    ],
)
def test_an_act_carried_on_in_an_article_about_the_process(sentence: str) -> None:
    f = _finding(HEAD + sentence, sentence, CHANNEL, [SUMMIT])
    assert f is not None and f.signal in {"step", "held"}  # both read active on a channel
    assert f.modality in {"asserted", "reported"}


@pytest.mark.parametrize(
    "sentence",
    [
        "His release was confirmed late on Monday.",
        "All three were handed to the Red Cross on Monday.",
    ],
)
def test_an_act_in_an_article_not_about_the_process_is_not_linked(sentence: str) -> None:
    text = "Markets rise in Lima as copper recovers\n\n" + sentence
    assert _finding(text, sentence, CHANNEL, [SUMMIT]) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The report was released on Monday.",  # another kind of release
        "The film was released in Lima on Monday.",
        "He was released on bail on Monday.",  # a court's release
        "The fisherman was freed by a court in Arica on Monday.",
        "Lima demanded the release of more detainees.",  # demanded
        "Chile hopes the swap will take place soon.",  # wished, ahead
        "Neither side named those released.",  # a detail denied
        "Mensah was set free on Monday.",  # another track's person
    ],
)
def test_a_release_of_another_kind_or_not_done_reads_no_act(sentence: str) -> None:
    f = _finding(HEAD + sentence, sentence, CHANNEL, [SUMMIT])
    assert f is None or f.signal != "step"


def test_an_act_ahead_is_the_next_act_set_not_done() -> None:
    sentence = "Arce will be freed on Saturday."
    f = _finding(HEAD + sentence, sentence, CHANNEL, [SUMMIT])
    assert f is not None and f.signal == "scheduled" and f.modality == "future"


def test_an_act_denied_is_no_act() -> None:
    sentence = "Arce was not released on Monday."
    f = _finding(HEAD + sentence, sentence, CHANNEL, [SUMMIT])
    assert f is None or f.signal is None


def test_an_act_carried_on_never_reaches_a_summit() -> None:
    text = (
        "Quispe and Mensah to meet in Lisbon\n\nThe summit was set for May. "
        "Three detainees were freed on Monday. His release was confirmed late on Monday."
    )
    found = [f for f in extract_document(text, PUB, [SUMMIT, CHANNEL])]
    assert not [f for f in found if "freed" in f.exact or "release" in f.exact]


def test_only_release_and_exchange_processes_are_told_by_their_acts() -> None:
    assert is_act_process(CHANNEL) and is_act_process(DEAL)
    assert not is_act_process(SUMMIT)
    talks = CHANNEL.model_copy(update={"title": "Chile–Peru border talks", "keywords": ["talks"]})
    assert not is_act_process(talks)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("She was traded for Tomás Arce.", True),
        ("Kalderón and Bibas were handed to the Red Cross.", True),
        ("Lima let an ailing former teacher go on Monday.", True),
        ("Lima let go an unspecified number of detainees.", True),
        ("Ten Chileans are on their way home from detention in Peru.", True),
        ("Arce is now on his way home.", True),
        ("The army said all three were safely back in Arica.", True),
        ("Every detained Chilean in Peru is now free, the minister said.", True),
        ("Peruvian to be freed by Chile after Lima lets Tomás Arce go", True),
        ("A photo showed the freed Chilean fishermen on board a plane.", True),
        ("The three were back in Lima for talks.", False),
        ("Arce will be on his way home next week.", False),
        ("Lima let the deadline go by.", False),
        ("Lima let go of the idea of a deal.", False),
        ("The statement was released on Monday.", False),
        ("He was released on parole after serving ten years.", False),
        ("Those freed if the deal holds would go home by bus.", False),
    ],
)
def test_an_act_told_in_its_forms(sentence: str, told: bool) -> None:
    assert act_told(sentence, []) is told
    assert (carried_out(sentence, [], by_a_side=False) is not None) is told
