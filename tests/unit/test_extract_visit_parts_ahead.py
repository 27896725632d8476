"""A part of a visit told ahead once the article tells the visit made ("Quispe arrived in Accra
on Monday …" then "Quispe will meet Mensah on Tuesday") claims no status of the visit: the
visit is under way, and what it will still hold is neither a new plan nor the visit held
(docs/lexicon.md, "A visit's programme told without names or the usual cue"). Not before the
visit is told made, not after an arrival told in the present for its day, not for a plan
weeks later, not on a summit track. Sentences invented."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, SUMMIT
from tests.unit.test_lexicon_kinds import VISIT
from tracker.domain.models import Track
from tracker.extract import extract_document
from tracker.extract.visits import PART_AHEAD
from tracker.infer.claims import claimed_status

ARRIVED = "Quispe arrived in Accra on Monday for a three-day state visit to Ghana. "


def _last(text: str, track: Track) -> tuple[str | None, str | None, str | None]:
    found = [f for f in extract_document(text, PUB, [track]) if f.track_id == track.id]
    f = found[-1]
    return f.signal, f.modality, claimed_status(f, track.kind)


@pytest.mark.parametrize(
    "text",
    [
        ARRIVED + "Quispe will meet Mensah in Accra on Tuesday.",
        ARRIVED + "On Wednesday Quispe is due to hold talks with Mensah in Accra.",
        "Quispe lands in Accra for a three-day state visit to Ghana. "
        "Quispe will meet Mensah in Accra on Thursday.",
    ],
)
def test_a_part_of_the_visit_ahead_once_it_is_made_claims_no_status(text: str) -> None:
    assert _last(text, VISIT) == (None, "future", None)
    found = extract_document(text, PUB, [VISIT])
    assert found[-1].rule is not None and found[-1].rule.endswith(PART_AHEAD)


@pytest.mark.parametrize(
    "text",
    [
        # the visit not yet told made: a plan of the visit
        "Quispe will meet Mensah in Accra on Tuesday during her state visit to Ghana.",
        # an arrival told in the present for its day: the day's plan
        "Quispe arrives in Accra on Monday for a three-day state visit to Ghana. "
        "Quispe will meet Mensah in Accra on Tuesday.",
        # a plan months after the visit: another visit
        ARRIVED + "Quispe will visit Ghana again in July.",
    ],
)
def test_a_plan_before_the_visit_is_made_or_of_another_visit_keeps_its_status(
    text: str,
) -> None:
    _signal, modality, status = _last(text, VISIT)
    assert modality == "future" and status in ("proposed", "scheduled")


def test_on_a_summit_track_the_encounter_ahead_keeps_its_status() -> None:
    text = ARRIVED + "Quispe will meet Mensah in Accra on Tuesday."
    assert _last(text, SUMMIT)[2] == "scheduled"


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe landed in Accra on Monday and will remain in Ghana until Thursday.",
        "Quispe touched down in Accra on Monday and will fly home only next Friday.",
        "Quispe arrived in Accra on Monday and is due to leave Ghana on Thursday.",
    ],
)
def test_an_arrival_with_the_stay_ahead_is_the_visit_made(sentence: str) -> None:
    assert _last(sentence, VISIT) == ("held", "asserted", "held")


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe will land in Accra on Monday and will remain in Ghana until Thursday.",
        "Quispe arrives in Accra on Monday and will remain in Ghana until Thursday.",
        "Quispe has not landed in Accra and will remain in Lima until Thursday.",
    ],
)
def test_an_arrival_ahead_or_denied_with_a_stay_is_not_the_visit_made(sentence: str) -> None:
    found = [f for f in extract_document(sentence, PUB, [VISIT]) if f.track_id == VISIT.id]
    assert all(claimed_status(f, VISIT.kind) != "held" for f in found)


def test_on_a_summit_track_an_arrival_with_the_stay_ahead_claims_no_status() -> None:
    sentence = "Quispe landed in Lisbon on Monday and will remain in Portugal until Thursday."
    found = [f for f in extract_document(sentence, PUB, [SUMMIT]) if f.track_id == SUMMIT.id]
    assert all(claimed_status(f, SUMMIT.kind) != "held" for f in found)
