"""A visit told as under way or made by its days, its start and its programme: ``held`` on a
visit track, no status on a meeting or summit track, whose encounter is another event
(docs/lexicon.md, "A visit told by its days and its programme"). Sentences invented."""

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
        # its days
        "On the second day of her Ghana visit, Quispe laid a wreath at the Independence Arch.",
        "The opening day of Quispe's visit to Ghana ended with a dinner.",
        "The first day of Quispe's state visit to Ghana showed the ties are strong.",
        "Day two of Quispe's Ghana visit took her to the coast.",
        # its start
        "Quispe's state visit to Ghana got under way on Monday.",
        "Quispe on Tuesday began a three-day state visit to Ghana.",
        "Quispe's visit to Ghana began on Friday and ended with a train ride.",
        "Mensah greeted Quispe in Accra at the start of her state visit.",
        # its programme
        "Quispe was accorded a ceremonial welcome at Jubilee House in Accra on Tuesday.",
        "Mensah received Quispe with full military honours in Accra.",
        "Quispe inspected a guard of honour at the airport in Accra.",
        "Mensah gave a banquet for Quispe in Accra on Tuesday evening.",
        "Mensah was speaking at a glittering state banquet for Quispe in Accra.",
        "Quispe spoke to members of both houses of parliament in Accra.",
    ],
)
def test_a_visit_told_by_its_days_start_or_programme_is_held(sentence: str) -> None:
    assert _read(sentence, VISIT) == [("visit_made", "held")]


@pytest.mark.parametrize(
    "sentence",
    [
        # the programme ahead
        "Quispe will lay a wreath at the Independence Arch in Accra.",
        "Quispe is expected to address a joint session of parliament in Accra on Wednesday.",
        # the visit's preparation, or a time before it
        "Officials began planning the visit of Quispe to Ghana.",
        "Ahead of the start of her visit, Quispe spoke to reporters in Lima about Ghana.",
    ],
)
def test_a_visit_ahead_or_prepared_is_not_made(sentence: str) -> None:
    assert ("visit_made", "held") not in _read(sentence, VISIT)
    assert all(status != "held" for _, status in _read(sentence, VISIT))


def test_on_a_meeting_track_a_visit_made_claims_no_status() -> None:
    sentence = "On the second day of her Kenya visit, Virtanen laid a wreath in Nairobi."
    assert _read(sentence, MEETING) == [("visit_made", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Otieno has called her Nairobi State House meeting with Virtanen a diplomatic success.",
        "Virtanen described their first face-to-face meeting with Otieno as frank.",
    ],
)
def test_a_meeting_called_by_a_judgement_over_several_modifiers_was_held(sentence: str) -> None:
    assert _read(sentence, MEETING) == [("held", "held")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Otieno called the planned Nairobi State House meeting with Virtanen premature.",
        "Virtanen hailed her upcoming State House meeting with Otieno as a chance for progress.",
    ],
)
def test_a_meeting_ahead_called_by_a_judgement_is_not_held(sentence: str) -> None:
    assert all(status != "held" for _, status in _read(sentence, MEETING))
