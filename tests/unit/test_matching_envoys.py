"""A leader named only as the one whose envoy, aide or minister meets someone takes no part
in that meeting: "Quispe's envoy met Mensah" is not the Quispe–Mensah summit. Sentences in
the project's own words."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, SUMMIT, TRACKS
from tracker.extract import extract_document
from tracker.extract.matching import _only_as_sender


def _found(text: str) -> list[str]:
    return [f.exact for f in extract_document(text, PUB, TRACKS) if f.track_id == SUMMIT.id]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe's special envoy Ana Torres met Mensah in Accra on Tuesday.",
        "Mensah received Quispe's envoy at his residence on Tuesday, his office said.",
        "Mensah held talks with Quispe's son-in-law and envoy on Monday.",
        "Ana Torres, Quispe's envoy, met Mensah on Tuesday.",
        "Quispe's top foreign policy aide met Mensah on Tuesday to prepare the ground.",
        "Mensah's foreign minister will travel to Lima next week to meet Quispe.",
    ],
)
def test_an_envoys_meeting_is_not_the_leaders(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe's meeting with Mensah was held on Tuesday.",
        "Quispe and Mensah met on Tuesday, joined by Quispe's envoy.",
        "Quispe's envoy met Mensah on Tuesday, and Quispe joined by phone.",
        "Mensah, accompanied by Quispe's delegation, met Quispe on Tuesday.",
        # the aide speaks of the summit: the sentence is still the summit's
        "Quispe's aide Ana Torres said the summit with Mensah would go ahead.",
    ],
)
def test_the_leader_taking_part_keeps_the_meeting(sentence: str) -> None:
    assert _found(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "sender"),
    [
        ("Quispe's envoy met Mensah.", 2),
        ("Quispe’s chief of staff flew to Accra.", 2),
        ("Quispe's special representative for the region met him.", 2),
        ("Quispe's aide Ana Torres told reporters the talks went well.", 1),
        ("Quispe's visit to Accra ended.", 0),
        ("Quispe's summit with Mensah ended.", 0),
        ("Quispe's meeting with the envoy ended.", 0),
    ],
)
def test_only_as_sender(sentence: str, sender: int) -> None:
    assert _only_as_sender(sentence, (0, len("Quispe"))) == sender
