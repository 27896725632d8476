"""An encounter judged after it (lexicon `held` cues): the summit, talks or visit told
meaningful, a success, "couldn't have gone better", "a terrific meeting" reads ``held``, said
or asserted (a goal achieved, an aim met: ``surrounds.py``, read here too); the same judgement
ahead, wished or denied reads nothing. Invented sentences on the invented Peru–Ghana summit."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, SUMMIT
from tracker.extract import extract_document
from tracker.infer.claims import claimed_status


def _claims(sentence: str) -> list[str | None]:
    return [claimed_status(f, SUMMIT.kind) for f in extract_document(sentence, PUB, [SUMMIT])]


@pytest.mark.parametrize(
    "sentence",
    [
        'Quispe said on Sunday that the Peru-Ghana summit was "very meaningful".',
        "The summit with Mensah had been a great success, Quispe told reporters.",
        "Quispe's talks with Mensah 'couldn't have gone better'",
        "The meeting with Mensah could not have gone any better, Quispe said.",
        '"It was a terrific meeting," Quispe said of her talks with Mensah.',
        "Quispe said her visit to Ghana had met its aim of reopening trade.",
        "Quispe says the summit with Mensah achieved its main goal",
    ],
)
def test_an_encounter_judged_after_it_reads_held(sentence: str) -> None:
    assert _claims(sentence) == ["held"]


@pytest.mark.parametrize(
    "sentence",
    [
        # ahead, wished, in a condition
        "Quispe said the summit with Mensah would be a great success.",
        "Quispe hopes the summit with Mensah will achieve its aim.",
        "If the summit with Mensah is a success, trade will reopen.",
        # denied
        "The summit between Quispe and Mensah was not a success.",
        "Quispe's talks with Mensah did not achieve their goal.",
    ],
)
def test_the_judgement_ahead_wished_or_denied_reads_nothing(sentence: str) -> None:
    assert "held" not in _claims(sentence)
