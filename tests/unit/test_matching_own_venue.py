"""An article that puts the track's event at another venue and never names the track's
places is about another occasion; an article that names one of them (or its country) as
where something is, even where the name counts as a side (a capital, a city-state), is not:
one venue elsewhere in a passing clause ("what is at stake in Ukraine") leaves the article
to the track. Read on invented sentences."""

from __future__ import annotations

from tests.unit.invented import PUB
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document

TOUR = Track(
    id="solberg-andes-tour",
    title="Solberg's Andes tour",
    kind="visit",
    actors=[
        Actor(name="Ingrid Solberg", aliases=["Solberg"]),
        Actor(name="Mateo Rivas", aliases=["Rivas"]),
    ],
    parties=["Norway", "Chile", "Peru"],
    places=["Santiago", "Lima"],
    keywords=["Andes tour", "visit", "trip"],
)
STOP = "Lima is the second and last stop of Solberg's official trip to the region, after Chile."
PASSING = (
    '"What is at stake in Ukraine is the word we give," she said in her keynote at a '
    "mining conference {where}, asking what would follow elsewhere."
)


def _read(text: str) -> list[str]:
    return [f.exact for f in extract_document(text, PUB, [TOUR])]


def test_a_venue_of_its_own_keeps_the_article_on_the_track() -> None:
    text = f"{PASSING.format(where='in Lima')}\n\n{STOP}"
    assert STOP in _read(text)


def test_an_article_only_elsewhere_is_another_occasion() -> None:
    text = f"{PASSING.format(where='in Oslo')}\n\nSolberg's official trip to the region ends there."
    assert _read(text) == []
