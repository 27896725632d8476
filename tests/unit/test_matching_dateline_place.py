"""A dateline's place is where the story was filed: a track whose place it is ("REYKJAVIK,
March 3 —" for talks held in Reykjavik) is not named by it beside one of its sides alone;
the same place told in the body, or a dateline beside the track's own event word or its two
sides, still names it. Read on invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, TALKS
from tracker.extract import extract_document


def _read(text: str) -> list[str]:
    return [f.exact for f in extract_document(text, PUB, [TALKS])]


@pytest.mark.parametrize(
    "sentence",
    [
        "REYKJAVIK, March 3 — Norway's king was back in Iceland today and was received with "
        "full honours.",
        "REYKJAVIK, March 3 (Reuters) - Norway's king was received with full honours by the "
        "president.",
        "REYKJAVIK, March 3 — Norway's king met the Icelandic president on Tuesday.",
        "Reykjavik, March 3 — The Norwegian crown prince was welcomed at the palace.",
    ],
)
def test_the_dateline_place_with_one_side_is_not_the_track(sentence: str) -> None:
    assert _read(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "REYKJAVIK, March 3 — Norway's negotiators opened a new round of talks on Tuesday.",
        "REYKJAVIK, March 3 — Norwegian and Chilean negotiators met again on Tuesday.",
        "Norway's delegation arrived in Reykjavik on Tuesday and met its hosts.",
    ],
)
def test_the_event_word_two_sides_or_a_place_in_the_body_still_name_it(sentence: str) -> None:
    assert _read(sentence) == [sentence]
