"""An encounter of two told by what its two did together (together.py): "the two leaders" (or
"both presidents", "the leaders") doing an act of the encounter, told done or going on, or the
pair as the object of a host's act, reads ``held`` on a visit or a meeting. Ahead, wished,
conditional, denied, over a call, at another occasion, on a gathering of many or in a sentence
shared with another meeting's track it reads nothing. Invented sentences and tracks."""

from __future__ import annotations

import pytest

from tests.unit.invented import MEETING, PUB
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document
from tracker.extract.together import done_together

RULE = "the two of the encounter told doing one of its acts together"
VISIT = Track(
    id="okafor-sweden-visit",
    title="Okafor's state visit to Sweden",
    kind="visit",
    actors=[
        Actor(name="Chidi Okafor", aliases=["Okafor"]),
        Actor(name="Elsa Lindqvist", aliases=["Lindqvist"]),
    ],
    parties=["Nigeria", "Sweden"],
    places=["Stockholm"],
    keywords=["state visit", "visit"],
)
LEAD = "Nigerian President Chidi Okafor began his state visit to Sweden in Stockholm."


def _rules(text: str, quote: str, track: Track = VISIT) -> list[str | None]:
    found = extract_document(text, PUB, [track])
    return [f.rule for f in found if quote in f.exact and f.track_id == track.id]


DONE = [
    "The two leaders shook hands on the palace steps.",
    "Both presidents planted an oak in the embassy garden.",
    "The leaders also launched a joint fund for battery research.",
    "The two leaders, who wore matching scarves, strolled along the harbour.",
    "The two heads of state had lunch at the royal palace.",
    "The two leaders are now in closed-door talks.",
    "The two leaders called for a new shipping lane to Lagos.",
    # the pair as the object of a host's act
    "The mayor of Stockholm welcomed the two leaders at the city hall.",
    "An engineer briefed both leaders on the new port.",
]


@pytest.mark.parametrize("sentence", DONE)
def test_an_act_of_the_two_tells_the_encounter_held(sentence: str) -> None:
    assert done_together(sentence) is not None
    assert _rules(f"{LEAD} {sentence}", sentence[:25]) == [RULE]


def test_on_a_meeting_too() -> None:
    lead = "President Okafor met Prime Minister Lindqvist at Rosenbad on Monday."
    sentence = "The two leaders then posed for photographs in the garden."
    assert _rules(f"{lead} {sentence}", sentence[:25], MEETING) == [RULE]


NOT_DONE = [
    # ahead, wished, conditional, denied
    "The two leaders will shake hands on the palace steps.",
    "Both presidents are expected to lay a wreath at the memorial.",
    "The leaders hope to launch a joint fund for battery research.",
    "If the weather holds, the two leaders will tour the harbour.",
    "The two leaders did not shake hands on the palace steps.",
    # over a call, at another occasion
    "The two leaders spoke to each other by phone.",
    "The two leaders last met in 2019 and shook hands in Abuja.",
    "The two leaders previously signed a fisheries accord.",
    "The two leaders shook hands at the G20 in 2023.",
]


@pytest.mark.parametrize("sentence", NOT_DONE)
def test_an_act_ahead_wished_denied_distant_or_earlier_reads_nothing(sentence: str) -> None:
    assert done_together(sentence) is None
    assert RULE not in _rules(f"{LEAD} {sentence}", sentence[:25])


def test_not_in_a_sentence_shared_with_another_meeting() -> None:
    """A sentence tied to the visit and to a meeting of two others: "the two leaders" may be
    that meeting's pair."""
    other = MEETING.model_copy(
        update={
            "id": "okafor-tamm-meeting",
            "title": "Okafor–Tamm meeting",
            "actors": [
                Actor(name="Chidi Okafor", aliases=["Okafor"]),
                Actor(name="Liisa Tamm", aliases=["Tamm"]),
            ],
            "parties": ["Nigeria", "Estonia"],
        }
    )
    text = (
        f"{LEAD} In Stockholm Okafor also met Estonia's Liisa Tamm, and "
        "the two leaders shook hands for the cameras."
    )
    found = extract_document(text, PUB, [VISIT, other])
    assert [f.rule for f in found if "the two leaders" in f.exact and f.track_id == VISIT.id] != [
        RULE
    ]
