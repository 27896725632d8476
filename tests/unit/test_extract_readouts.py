"""A bilateral meeting told by its read-out (CAMEO 010/012 make a statement, 040/043 consult
and meet): what one of its two sides said or did at it reads held in an article that already
told the meeting held, dated to the meeting; the meeting presupposed after it ("after meeting
<B>", "after a friendly <place> meeting between …") and the meeting told begun read held by
themselves. Refused: a preview, a wish, a condition, a denial, words said elsewhere or at
another time, another meeting, and an article with no held telling. Invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.invented import MEETING, PUB
from tracker.extract import extract_document
from tracker.extract.cuechoice import people_of
from tracker.extract.readouts import after_their_meeting, meeting_begun, told_at_the_meeting
from tracker.infer.claims import claimed_status

PEOPLE = people_of(MEETING)
HELD = "Okafor met Lindqvist at Rosenbad on Monday."
AHEAD = "Okafor will meet Lindqvist at Rosenbad on Monday."


def _claims(text: str, quote: str) -> list[tuple[str | None, str | None]]:
    found = [f for f in extract_document(text, PUB, [MEETING]) if quote in f.exact]
    return [
        (claimed_status(f, MEETING.kind), f.event_date.isoformat() if f.event_date else None)
        for f in found
    ]


SAID_AT_IT = [
    "Okafor said the two countries would build a port together.",
    "He added that trade had doubled in a year.",
    "The Nigerian president stressed that the deal was fair.",
    "Opening the talks, President Lindqvist called Okafor a friend of Sweden.",
    '"We are partners now," Lindqvist told reporters at a press conference.',
    "Trade will grow by a third, the prime minister said.",
    "Asked by reporters whether the port would be ready, Okafor echoed the Swedish view.",
    "Lindqvist also praised Okafor's reforms, saying they had worked.",
    "President Okafor heaped praise on the Swedish welfare model.",
]


@pytest.mark.parametrize("sentence", SAID_AT_IT)
def test_a_sides_words_after_the_meeting_told_held_read_held(sentence: str) -> None:
    assert told_at_the_meeting(sentence, PEOPLE) is not None
    # dated to the meeting the article told held, not to the article's day
    assert _claims(f"{HELD} {sentence}", sentence[:25]) == [("held", "2026-03-02")]


@pytest.mark.parametrize("sentence", SAID_AT_IT[:3])
def test_the_same_words_in_a_preview_read_nothing(sentence: str) -> None:
    # no held telling before them: the article is a preview
    assert [s for s, _ in _claims(f"{AHEAD} {sentence}", sentence[:25])] != ["held"]


REFUSED = [
    # a plan, a wish, a condition, a denial or a refusal
    "Okafor will stress that the deal is fair.",
    "Okafor is expected to raise the tariffs.",
    "Okafor hopes to tell Lindqvist that the port matters.",
    "If Okafor raises the tariffs, Lindqvist said she would answer.",
    "Okafor did not say whether the port was discussed.",
    "Lindqvist declined to say what Okafor had asked.",
    # words said elsewhere or at another time
    "Okafor told reporters ahead of the meeting that the port mattered.",
    "Before leaving Abuja, Okafor said he wanted a new chapter.",
    "Okafor told reporters aboard his plane that he liked Lindqvist.",
    "Lindqvist said in an interview with Swedish radio that the talks were long.",
    "Okafor told reporters days before the meeting that progress had been made.",
    "Lindqvist said in 2019 that Nigeria was a partner.",
    # at another event, or to a gathering's many
    "Okafor said at the summit dinner that he was tired.",
    "Okafor called on the members to back the port.",
    # the meeting itself told ahead in the words
    "He said the talks would focus on ports and trade.",
    # a meeting to come told in the words
    "Okafor later said the two leaders would meet again once Lindqvist had seen Abuja.",
    # ... or before an attribution that closes the sentence
    "The meeting would be good for both countries, Okafor said.",
    # another meeting named in the words
    "The last meeting gave Lindqvist little, she said.",
    "Okafor said their previous talks had failed over the port.",
]


@pytest.mark.parametrize("sentence", REFUSED)
def test_words_not_said_at_the_meeting_are_refused(sentence: str) -> None:
    assert told_at_the_meeting(sentence, PEOPLE) is None


def test_words_far_from_the_held_telling_are_not_read_at_it() -> None:
    far = (
        f"{HELD} The port project is old. Sweden has funded it since 2010. "
        "Critics doubt its value. Okafor said the two countries would build it together."
    )
    assert [s for s, _ in _claims(far, "Okafor said the two")] != ["held"]


def test_a_meeting_of_someone_else_does_not_carry_the_words() -> None:
    text = (
        "Following his meeting with Lindqvist, Haaland said he wanted a deal with Nigeria. "
        "Lindqvist praised Okafor as a reformer."
    )
    assert [s for s, _ in _claims(text, "Lindqvist praised")] != ["held"]


AFTER_IT = [
    "Okafor after meeting Lindqvist: the port comes first",
    "Nigeria eased its visa rules after a friendly Rosenbad meeting between Okafor and Lindqvist.",
    "Okafor wins port deal after Lindqvist's 'warm' Rosenbad summit",
    'Okafor won a port deal after a "friendly" meeting between the two leaders.',
]


@pytest.mark.parametrize("sentence", AFTER_IT)
def test_the_meeting_told_after_it_reads_held(sentence: str) -> None:
    assert after_their_meeting(sentence, PEOPLE) is not None
    assert [s for s, _ in _claims(sentence, sentence[:25])] == ["held"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Okafor spoke to the press after meeting Haaland in Oslo.",  # another person
        "Following his meeting with Lindqvist, Haaland praised Okafor.",  # someone else's
        "Okafor and Lindqvist spoke after their last meeting in May.",  # an earlier one
        "Okafor and Lindqvist spoke after a cabinet meeting.",  # another body's
        "Okafor and Lindqvist spoke after a phone call.",  # a call, no meeting
    ],
)
def test_another_meeting_told_after_is_refused(sentence: str) -> None:
    assert after_their_meeting(sentence, PEOPLE) is None


def test_the_meeting_told_after_it_in_the_future_is_not_held() -> None:
    sentence = "Okafor will speak to the press after meeting Lindqvist on Monday."
    assert [s for s, _ in _claims(sentence, "Okafor will")] != ["held"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting between Okafor and Lindqvist has also started.",
        "An aide confirmed that the talks between the two leaders had begun.",
    ],
)
def test_the_meeting_told_begun_reads_held(sentence: str) -> None:
    assert meeting_begun(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting between Okafor and Lindqvist has not started yet.",
        "If the talks had begun, Okafor would have said so.",
        "The meeting between Okafor and Lindqvist will start at noon.",
    ],
)
def test_the_meeting_not_begun_is_refused(sentence: str) -> None:
    assert meeting_begun(sentence) is None


def test_the_first_meeting_in_years_is_this_one_not_another() -> None:
    sentence = (
        "Okafor said his meeting with Lindqvist was a turning point, the first meeting of the "
        "two leaders in eight years."
    )
    assert told_at_the_meeting(sentence, PEOPLE) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Lindqvist praised Okafor after a meeting with the Nigerian President.",
        "Lindqvist praised the port deal after meeting with President Chidi Okafor.",
    ],
)
def test_the_meeting_after_it_with_a_title_or_a_first_name(sentence: str) -> None:
    assert after_their_meeting(sentence, PEOPLE) is not None
