"""Tracks that share people: a leader's visit and the trade agreement (or trade talks) of the
same two countries. The event word in a sentence decides which track it tells of; a sentence
that names both events is evidence for both; a track tied only by the people it shares with a
visit does not take a sentence about the visit. Sentences in the project's own words, on
invented tracks."""

from __future__ import annotations

import pytest

from tests.unit.invented import MENSAH, PUB, QUISPE
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document

VISIT = Track(
    id="quispe-ghana-visit",
    title="Quispe's state visit to Ghana",
    kind="visit",
    actors=[QUISPE, MENSAH],
    parties=["Peru", "Ghana"],
    places=["Accra"],
    keywords=["visit", "trip"],
)
ACCORD = Track(
    id="peru-ghana-fta",
    title="Peru–Ghana free trade agreement",
    kind="initiative",
    actors=[QUISPE, MENSAH, Actor(name="Luis Paredes", aliases=["Paredes"])],
    parties=["Peru", "Ghana"],
    places=["Lima"],
    keywords=["free trade agreement", "trade deal", "FTA", "signing"],
)
TALKS = Track(
    id="peru-ghana-trade-talks",
    title="Peru–Ghana trade talks",
    kind="talks",
    actors=[
        Actor(name="Ana Vega", aliases=["Vega"]),
        Actor(name="Kofi Boateng", aliases=["Boateng"]),
    ],
    parties=["Peru", "Ghana"],
    places=["Lima", "Accra"],
    keywords=["trade talks", "negotiations", "round", "tariffs"],
)
TRACKS = [VISIT, ACCORD, TALKS]


def _tracks_of(text: str, sentence: str) -> set[str]:
    found = extract_document(text, PUB, TRACKS)
    return {f.track_id for f in found if sentence in f.exact}


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe lands in Ghana on first state visit, months after trade deal",
        "Quispe's state visit to Ghana began in Accra on Monday, weeks after she and Mensah "
        "signed the free trade agreement.",
        "Quispe arrived in Ghana on Monday for her first visit since the free trade agreement "
        "was signed.",
        "The trip comes three months after Quispe and Mensah sealed their trade deal.",
    ],
)
def test_a_sentence_naming_both_events_is_evidence_for_both(sentence: str) -> None:
    assert _tracks_of(sentence, sentence) >= {VISIT.id, ACCORD.id}


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe, who wants closer ties, flew in with a 90-strong delegation of business leaders.",
        "On this trip Quispe is expected to meet Mensah again at a business forum.",
        "Quispe arrived in Ghana on Monday and was welcomed by Mensah.",
        "Quispe has arrived in Ghana, where Mensah greeted her at the airport.",
        "Quispe's arrival in Ghana was marked by a 21-gun salute.",
        "Quispe landed in Accra late on Sunday.",
        "Quispe will arrive in Ghana on Monday, Mensah's office said.",
        "Mensah said Quispe's visit had opened a new chapter.",
    ],
)
def test_a_visit_sentence_is_not_the_accord_of_the_same_people(sentence: str) -> None:
    text = f"Quispe begins state visit to Ghana after trade deal\n\n{sentence}\n"
    assert ACCORD.id not in _tracks_of(text, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the accord's own words stay its own, on a visit or not
        "During the visit Quispe said the free trade agreement would take effect within a year.",
        "Quispe and Mensah signed the free trade agreement in Lima in May.",
    ],
)
def test_the_accord_keeps_what_names_it(sentence: str) -> None:
    text = f"Quispe begins state visit to Ghana after trade deal\n\n{sentence}\n"
    assert ACCORD.id in _tracks_of(text, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a negotiator's trip for the talks is the talks' own event
        "Vega travelled to Accra on Monday for a new round of trade talks with Boateng.",
        "Boateng arrived in Lima for the negotiations, officials said.",
    ],
)
def test_a_trip_for_the_talks_stays_the_talks(sentence: str) -> None:
    assert TALKS.id in _tracks_of(sentence, sentence)


def test_the_accord_alone_is_not_the_visit() -> None:
    sentence = "Quispe and Mensah signed the free trade agreement in Lima in May."
    assert VISIT.id not in _tracks_of(sentence, sentence)


# the leaders meeting at the signing: what follows of the accord is not the visit's
SIGNING = (
    "Quispe and Mensah sign trade deal in Accra\n\n"
    "Meeting Mensah in Accra, Quispe told him that the signing of the deal made this a "
    "historic day.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The agreement is expected to bring $2 billion of investment into Peru, and the two "
        "leaders also agreed to work together against drug trafficking.",
        "The two presidents said the pact would double trade by 2030.",
        "Under the deal, the two leaders agreed to cut tariffs on coffee.",
    ],
)
def test_an_accord_sentence_is_not_the_visit_of_the_same_people(sentence: str) -> None:
    got = _tracks_of(SIGNING + sentence + "\n", sentence)
    assert VISIT.id not in got
    assert ACCORD.id in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe's visit will end with an agreement on coffee exports, officials said.",
        "The trip comes after the deal, Mensah said.",
    ],
)
def test_the_visit_keeps_what_names_it(sentence: str) -> None:
    text = f"Quispe begins state visit to Ghana after trade deal\n\n{sentence}\n"
    assert VISIT.id in _tracks_of(text, sentence)


# --- a deal told by a visit's people, in a report of the talks of the same two countries

TALKS_REPORT = (
    "Peru and Ghana close in on tariff pact\n\n"
    "Vega and Boateng met in Lima on Monday for a sixth round of negotiations on tariffs.\n\n"
    "Officials said the two sides had settled most of the text.\n\n"
)
DEAL_SENTENCES = [
    'Later, at an event in Lima, Quispe said she had "just signed the biggest trade deal" with Ghana.',
    "Quispe told reporters the agreement with Ghana would double exports within five years.",
    "In the weeks before the agreement, Quispe had warned that a deal with Ghana might slip.",
]


@pytest.mark.parametrize("sentence", DEAL_SENTENCES)
def test_a_deal_told_by_the_visits_people_is_the_talks_the_article_tells(sentence: str) -> None:
    found = extract_document(TALKS_REPORT + sentence, PUB, [VISIT, TALKS])
    tracks = {f.track_id for f in found if sentence in f.exact}
    assert VISIT.id not in tracks
    assert TALKS.id in tracks


@pytest.mark.parametrize("sentence", DEAL_SENTENCES)
def test_without_the_talks_told_the_visit_keeps_its_peoples_deal(sentence: str) -> None:
    # the article never names the talks by words of their own: nothing takes the deal away
    text = "Quispe in Accra\n\nQuispe arrived in Accra on Monday on a state visit.\n\n" + sentence
    assert VISIT.id in _tracks_with([VISIT, TALKS], text, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a word of the visit: told of the visit as well
        "During her visit, Quispe said she had signed a trade deal with Ghana.",
        # no deal or agreement: the rule does not apply
        "Later, at an event in Lima, Quispe said she was ready to visit Ghana soon.",
    ],
)
def test_a_sentence_of_the_visit_stays_the_visits(sentence: str) -> None:
    assert VISIT.id in _tracks_with([VISIT, TALKS], TALKS_REPORT + sentence, sentence)


def test_the_deal_goes_to_the_visit_when_the_rule_is_switched_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tracker.extract.matching as matching

    monkeypatch.setattr(matching, "_visits_before_a_deal", lambda *args: set())
    sentence = DEAL_SENTENCES[0]
    assert VISIT.id in _tracks_with([VISIT, TALKS], TALKS_REPORT + sentence, sentence)


def _tracks_with(tracks: list[Track], text: str, sentence: str) -> set[str]:
    return {f.track_id for f in extract_document(text, PUB, tracks) if sentence in f.exact}
