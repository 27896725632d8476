"""A summit or a conference told by what was said at it (CAMEO 010/012): a speaker
addressing it, opening it, its members' joint position, its main subject, tells it held; the
same told ahead, wished, denied, in a condition, of another occasion or a call for another
gathering tells nothing. A speaker's part announced ahead ("will address the summit") is an
attendance announced (scheduled). Its close and its declaration still ahead are scheduled.
Read on invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document
from tracker.extract.cuechoice import (
    said_at_the_gathering,
    to_speak_at_the_gathering,
    told_at_the_event,
)
from tracker.extract.frames import read_frames
from tracker.infer.claims import claimed_status

CONFERENCE = Track(
    id="valletta-reef-conference",
    title="Reef Finance Conference in Valletta",
    kind="conference",
    actors=[Actor(name="Lena Vogt", aliases=["Vogt"])],
    parties=["Malta"],
    places=["Valletta"],
    keywords=["Reef Conference", "conference", "summit"],
)
LEAD = "The Reef Conference opened in Valletta on Monday."


def _claims(text: str, quote: str, track: Track = CONFERENCE) -> list[str | None]:
    found = [f for f in extract_document(text, PUB, [track]) if quote in f.exact]
    return [claimed_status(f, track.kind) for f in found]


SAID_AT_IT = [
    "Vogt told the conference that the reefs were dying.",
    "Opening the proceedings, Vogt spoke of the cost of doing nothing.",
    "Speaking to delegates, Vogt insisted that the funds must double.",
    "In her speech to the summit, Vogt urged lenders to cut island debt.",
    "Vogt opened the Valletta Reef Finance Conference with a call for funds.",
    "The conference, the first of its kind, was inaugurated at the harbour palace.",
    "The leaders restated their pledge to protect the reefs.",
    "Both delegations reaffirmed their support for the reef fund.",
    "The summit backs a new fund for the reefs.",
    "The conference's declaration called for a halt to dredging near the reefs.",
    "A main focus of the conference was the debt of island states.",
    "Vogt spoke first, warning that the bleaching had spread.",
]


@pytest.mark.parametrize("sentence", SAID_AT_IT)
def test_what_was_said_at_the_gathering_tells_it_held(sentence: str) -> None:
    assert said_at_the_gathering(sentence) is not None
    assert _claims(f"{LEAD} {sentence}", sentence[:30]) == ["held"]


@pytest.mark.parametrize(
    "sentence",
    [
        # ahead of it, or a wish
        "Vogt will address the conference on Tuesday.",
        "Vogt hopes to tell the summit that the funds must double.",
        "Vogt told reporters ahead of the summit that the funds must double.",
        "Vogt is expected to open the Reef Conference next week.",
        # denied, or in a condition
        "Vogt did not address the conference.",
        "If Vogt addresses the conference, she will ask for funds.",
        # another occasion, or a call for another gathering
        "Vogt addressed the 2019 conference in Lisbon.",
        "The leaders called for an international conference on the reefs.",
        "The declaration urged a new summit on island debt.",
        # a prospect opened, not the gathering
        "Vogt opened the way to a summit on the reefs.",
    ],
)
def test_the_same_ahead_wished_denied_or_of_another_gathering_tells_nothing(
    sentence: str,
) -> None:
    assert said_at_the_gathering(sentence) is None


def test_a_call_is_no_gathering() -> None:
    sentence = "The two leaders restated their pledge in a phone call."
    assert told_at_the_event(sentence, frozenset(), gathering=True) is None


def test_only_a_summit_or_a_conference_is_told_so() -> None:
    """A meeting of two on a summit's sidelines is not the summit its speaker addressed."""
    sentence = "Vogt told the conference that the reefs were dying."
    assert told_at_the_event(sentence, frozenset({"vogt"}), gathering=True) is not None
    assert told_at_the_event(sentence, frozenset({"vogt"})) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The conference is set to close on Friday with a declaration.",
        "Delegates are getting ready to adopt the conference's declaration.",
        "The summit is expected to end with the adoption of a reef charter.",
        "The Reef Conference is meant to end with pledges from every state.",
    ],
)
def test_its_close_and_declaration_ahead_are_scheduled(sentence: str) -> None:
    assert _claims(f"{LEAD} {sentence}", sentence[:30]) == ["scheduled"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The conference closed on Friday with a declaration.",
        "Delegates adopted the conference's declaration on Friday.",
        # an end that is not the gathering's own: a plan meant to end a quarrel
        "At the conference Vogt brought a plan meant to end the quarrel over fishing rights.",
    ],
)
def test_its_close_told_done_is_not_ahead(sentence: str) -> None:
    assert "scheduled" not in _claims(f"{LEAD} {sentence}", sentence[:30])


@pytest.mark.parametrize(
    "sentence",
    [
        "Vogt will address the conference on Tuesday.",
        "Vogt is expected to speak at the plenary of the Reef Conference on Friday.",
        "Vogt is to deliver the keynote speech at the conference on Tuesday.",
        "Vogt and the Maltese president to open the Reef Conference",
    ],
)
def test_a_speakers_part_announced_ahead_is_scheduled(sentence: str) -> None:
    assert to_speak_at_the_gathering(sentence) is not None
    assert _claims(sentence, sentence[:30]) == ["scheduled"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vogt will not address the conference.",
        "Vogt hopes to address the summit on Tuesday.",
        "If invited, Vogt will address the conference.",
        "Vogt will address the 2027 conference in Lisbon.",
        "Vogt addressed the conference on Tuesday.",
    ],
)
def test_a_part_wished_denied_conditional_of_another_year_or_done_is_no_plan(
    sentence: str,
) -> None:
    assert to_speak_at_the_gathering(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The declaration, titled 'Our Reef, Our Future', went through four rounds of talks.",
        "The draft went through two rounds of negotiations in New York.",
    ],
)
def test_a_text_gone_through_rounds_is_its_drafting_not_a_meeting(sentence: str) -> None:
    assert read_frames(sentence) == []
    assert "held" not in _claims(f"{LEAD} {sentence}", sentence[:30])


def test_people_gone_through_rounds_still_met() -> None:
    sentence = "The delegations went through four rounds of negotiations in New York."
    assert [f.lemma for f in read_frames(sentence)] == ["go"]
