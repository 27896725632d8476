"""An encounter told by a participle set off by commas (a lexicon `held` cue): "The talks,
held behind closed doors, …", "The two-way talks, held beside the ministers' meeting, …" read
``held``; the same participle with a day ahead is a plan, and the habitual "held every year"
is not read by it. Invented sentences on the invented Peru–Ghana summit."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, SUMMIT
from tracker.extract import extract_document
from tracker.infer.claims import claimed_status


def _read(sentence: str) -> list[tuple[str | None, str | None]]:
    return [
        (claimed_status(f, SUMMIT.kind), f.rule) for f in extract_document(sentence, PUB, [SUMMIT])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quispe-Mensah talks, held behind closed doors, touched on fishing rights.",
        "The Quispe-Mensah talks, held beside the regional ministers' meeting, were their first.",
        "The Quispe-Mensah summit, held over two days in Accra, ended without a statement.",
        "The Quispe-Mensah meeting, which was held at the palace, covered trade.",
    ],
)
def test_the_encounter_told_by_its_participle_reads_held(sentence: str) -> None:
    [(status, rule)] = _read(sentence)
    assert status == "held"
    assert rule is not None and "held" in rule.split("'")[1]  # the words the cue read


def test_a_day_ahead_makes_it_a_plan() -> None:
    sentence = (
        "The summit between Quispe and Mensah, held in Lisbon next week, will focus on trade."
    )
    assert [s for s, _ in _read(sentence)] == ["scheduled"]


def test_held_every_year_is_not_read_by_it() -> None:
    sentence = "The Quispe-Mensah summit, held every year in Lisbon, draws fishing lobbies."
    assert "held" not in [s for s, _ in _read(sentence)]
