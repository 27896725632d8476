"""A visit told as over by its end or its length ("concluded her state visit", "after a
four-day stay in", "brought her visit to a close", "at the end of her two-day trip"): the
visit made, ``held`` on a visit track, nothing on a meeting track; the same end told as
still to come ("will", "before concluding") is no visit made (docs/lexicon.md, "A visit told
by its days and its programme"). Sentences invented."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB
from tests.unit.test_lexicon_kinds import MEETING, VISIT
from tracker.domain.models import Track
from tracker.extract import extract_document
from tracker.infer.claims import claimed_status


def _read(text: str, track: Track) -> list[tuple[str | None, str | None]]:
    found = [f for f in extract_document(text, PUB, [track]) if f.track_id == track.id]
    return [(f.signal, claimed_status(f, track.kind)) for f in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe left Accra on Friday after a four-day stay in Ghana.",
        "The stop in Accra comes after a four-day stay in Ghana's north, where Quispe spoke.",
        "Following her four-day visit to Ghana, Quispe flew to Lagos.",
        "Quispe returned home from Ghana on Saturday following a three-day state visit.",
        "Quispe concluded her state visit to Ghana on Sunday.",
        "Quispe ended her three-day visit to Ghana on Saturday.",
        "Quispe flew home from Accra after concluding her week-long visit to Ghana.",
        "Quispe brought her two-day visit to Ghana to a close on Friday.",
        "Quispe's state visit to Ghana drew to a close on Friday.",
        "Quispe's week-long visit to Ghana is coming to an end.",
        "Quispe departed Accra at the conclusion of her state visit to Ghana.",
        "On the last day of her stay in Ghana, Quispe toured a school in Accra.",
    ],
)
def test_a_visit_told_over_by_its_end_or_length_is_held(sentence: str) -> None:
    assert ("visit_made", "held") in _read(sentence, VISIT)


@pytest.mark.parametrize(
    "sentence",
    [
        "At the conclusion of the state visit, Mensah will bid Quispe farewell in Accra.",
        "Following a two-day visit to Ghana next week, Quispe will fly to Lagos.",
        "Before concluding her visit, Quispe will meet students in Accra.",
        "At the end of her two-day trip to Ghana, Quispe is set to meet Mensah in Accra.",
        "Quispe has not yet concluded her visit to Ghana.",
        "Quispe will conclude her state visit to Ghana on Friday.",
    ],
)
def test_a_visit_end_still_to_come_or_denied_is_not_made(sentence: str) -> None:
    assert all(status != "held" for _, status in _read(sentence, VISIT))


def test_on_a_meeting_track_a_visit_over_claims_nothing() -> None:
    sentence = "Virtanen concluded her three-day visit to Kenya with a stop in Nairobi."
    assert all(status is None for _, status in _read(sentence, MEETING))
