"""A sentence with no cue of its own whose day stands in a clause naming the event itself by
its noun ("Otieno told reporters before the talks on Thursday", "spoke after the summit on
Monday") tells of that event on that day; a clause naming another occasion ("before a dinner
on Thursday") still dates nothing, and with a cue of its own the clause stays another
event's. Sentences invented for the tests, of Monday 9 June 2025."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import kenya_portugal_talks
from tracker.extract import extract_document

PUB = date(2025, 6, 9)  # a Monday (a day two or less before it would be the lead's news day)
THURSDAY = date(2025, 6, 5)
TALKS = kenya_portugal_talks("kenya-portugal-tariff-talks", "tariff")


def _found(sentence: str) -> tuple[str | None, date | None]:
    found = [f for f in extract_document(sentence, PUB, [TALKS]) if f.track_id == TALKS.id]
    assert len(found) == 1, found
    return found[0].signal, found[0].event_date


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will go further into non-tariff measures," Otieno told reporters before the talks '
        "on Thursday.",
        "Otieno spoke to the press in Lisbon after the tariff talks on Thursday with Rossi.",
    ],
)
def test_a_clause_of_the_event_itself_dates_a_sentence_without_a_cue(sentence: str) -> None:
    signal, day = _found(sentence)
    assert signal is None
    assert day == THURSDAY


def test_a_clause_of_another_occasion_dates_nothing() -> None:
    sentence = (
        "Otieno spoke to the press about the tariff talks with Rossi before a dinner on Thursday."
    )
    assert _found(sentence) == (None, PUB)
