"""Talks told through their sides and an accord told by its announcement: two governments
agreeing to restore their relations, "the two countries had agreed that", a mediator
congratulating both sides, a deal announced, a delegation arriving, flying back or leaving
the other side's capital, talks called "serious and positive", their outcome welcomed, talks
that "had gone well", and thanks for hosting them; and what only looks like it: readiness,
denial, refusal and condition, a trade delegation, a delegation walking out, talks called
for or hoped for, a host only offered. Each on invented sentences of invented negotiations
(docs/lexicon.md, "Talks told through their sides, an accord by its announcement")."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, TALKS
from tests.unit.test_extract_talks_under_way import _found, _status
from tracker.domain.models import Finding
from tracker.extract import extract_document


def _statuses(sentence: str) -> list[str | None]:
    return [_status(f) for f in _found(sentence)]


def _active(sentence: str) -> None:
    found = _found(sentence)
    assert found, sentence
    assert "active" in [_status(f) for f in found], found


def _no_status(sentence: str) -> None:
    assert "active" not in _statuses(sentence), _found(sentence)


# -- Two governments agree to restore their relations: an accord reached in the talks


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway and Chile have agreed to restore diplomatic ties after six years.",
        "Oslo and Santiago agreed to re-establish diplomatic relations in Reykjavik on Friday.",
        "Norway and Chile agree to normalise relations after talks in Reykjavik.",
        "As an outcome of the talks, Norway and Chile agreed to resume diplomatic relations.",
        "Norwegian and Chilean officials agreed on restoring full diplomatic relations.",
    ],
)
def test_an_agreement_to_restore_relations_is_the_talks_accord(sentence: str) -> None:
    _active(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile said it was ready to restore ties with Norway.",
        "Norway and Chile did not agree to restore diplomatic ties.",
        "Chile refused to agree to restore diplomatic ties with Norway.",
        "Norway hopes Chile will agree to restore diplomatic relations.",
    ],
)
def test_readiness_denial_or_refusal_to_restore_relations_is_no_accord(sentence: str) -> None:
    _no_status(sentence)


def test_a_condition_to_restore_relations_is_no_accord() -> None:
    for f in _found("If Norway and Chile agreed to restore ties, their embassies would reopen."):
        assert f.modality == "hypothetical" or _status(f) != "active", f


# -- An accord told by its announcement or by the mediator's congratulations


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway and Chile announced a fisheries agreement in Reykjavik on Friday.",
        "Iceland announced a fisheries accord between Norway and Chile in Reykjavik.",
        "Norway and Chile are announcing an interim deal on quotas in Reykjavik.",
    ],
)
def test_an_accord_announced_is_agreed(sentence: str) -> None:
    _active(sentence)


def test_an_accord_announced_withdrawn_from_is_no_accord() -> None:
    _no_status("Norway and Chile announced their withdrawal from the fisheries agreement.")


@pytest.mark.parametrize(
    "sentence",
    [
        "After the talks in Reykjavik, Solberg also announced the agreement on a swap of 500 prisoners.",
        "After the talks in Reykjavik, Rivas announced a deal for the exchange of detained fishermen.",
    ],
)
def test_an_accord_on_a_swap_announced_is_not_the_talks_accord(sentence: str) -> None:
    assert "agreement" not in [f.signal for f in _found(sentence)], _found(sentence)


def test_the_two_countries_had_agreed_that_continues_the_accord() -> None:
    text = (
        "Norwegian and Chilean negotiators held talks in Reykjavik this week. "
        "Norway's news agency said the two countries had agreed that their ministers would "
        "meet to put the accord into effect."
    )
    found = _found(text)
    assert [f for f in found if "had agreed that" in f.exact and _status(f) == "active"], found


def test_a_mediator_congratulating_both_sides_tells_the_accord() -> None:
    text = (
        "Norwegian and Chilean negotiators held talks in Reykjavik this week. "
        "The Icelandic mediator congratulated the two sides on what she called a historic step."
    )
    found = _found(text)
    assert [f for f in found if "congratulated" in f.exact and _status(f) == "active"], found


def test_a_mediator_congratulating_one_minister_on_his_election_is_not_the_accord() -> None:
    text = (
        "Norwegian and Chilean negotiators held talks in Reykjavik this week. "
        "The Icelandic mediator congratulated the Chilean minister on his election."
    )
    assert not [f for f in _found(text) if "congratulated" in f.exact and _status(f)]


# -- A side's delegation travelling to, or back from, the talks


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chilean delegation flew back to Santiago on Tuesday after the talks with Norway in Reykjavik.",
        "The Chilean delegation had left Reykjavik for Santiago after the talks with Norway.",
        "Chilean negotiators returned to Santiago after the talks with Norway.",
        "The Norwegian envoys landed late on Saturday to see the Chilean minister in Reykjavik.",
        "Norwegian and Chilean delegations reached Reykjavik last Thursday.",
    ],
)
def test_a_delegation_travelling_for_the_talks_is_the_talks_in_use(sentence: str) -> None:
    _active(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A Chilean trade delegation returned to Santiago from Norway.",
        "The Chilean delegation has not arrived in Reykjavik.",
        "The Chilean delegation left the talks with Norway in Reykjavik on Monday.",
    ],
)
def test_a_trade_delegation_a_delegation_not_there_or_walking_out_is_not(sentence: str) -> None:
    _no_status(sentence)


# -- Talks judged, their outcome welcomed, their host thanked: the talks took place


@pytest.mark.parametrize(
    "sentence",
    [
        'Norwegian and Chilean officials called their talks in Reykjavik "serious and positive".',
        "Norway described the negotiations with Chile as constructive.",
        "Norway welcomed the positive outcomes of the talks its delegation held with Chile in Reykjavik.",
        "Norway welcomed what it called the positive results of serious negotiations with Chile.",
        "Norway and Chile said the talks in Reykjavik had gone well.",
        "The Norwegians said the talks with Chile, held under Icelandic mediation, had gone well.",
        "Norway and Chile thanked Iceland for hosting the talks.",
        "Norway and Chile thanked Iceland for hosting and sponsoring the negotiations.",
    ],
)
def test_talks_judged_welcomed_or_their_host_thanked_were_held(sentence: str) -> None:
    _active(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway and Chile called for talks in Reykjavik.",
        "Norway and Chile hoped the talks in Reykjavik would be positive.",
        "Norway and Chile said the talks in Reykjavik had not gone well.",
        "Norway and Chile said the talks would go well.",
        "Norway and Chile thanked Iceland for offering to host the talks.",
    ],
)
def test_talks_called_for_hoped_for_or_only_offered_are_not(sentence: str) -> None:
    _no_status(sentence)


# -- A party told only as the host of another's talks is not a side

# The invented talks typed with "peace talks" too: a keyword of two words ties a sentence
# with one party of the track to it, even when that party only hosts.
PEACE_TALKS = TALKS.model_copy(update={"keywords": ["peace talks", "talks", "negotiations"]})


def _peace_talks(sentence: str) -> list[Finding]:
    return extract_document(sentence, PUB, [PEACE_TALKS])


@pytest.mark.parametrize(
    "sentence",
    [
        "Sudan's warring sides resume peace talks in Norway",
        "Ghana's warring parties have restarted the peace talks in Norway meant to end the war.",
        "Mali's rival factions opened peace talks in Norway on Monday.",
    ],
)
def test_a_party_told_only_as_the_host_of_anothers_talks_is_no_side(sentence: str) -> None:
    assert _peace_talks(sentence) == [], _peace_talks(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean negotiators held peace talks in Norway on Monday.",
        "Chile's delegation held peace talks in Norway on Monday.",
    ],
)
def test_a_party_that_hosts_its_own_talks_is_still_a_side(sentence: str) -> None:
    assert [f for f in _peace_talks(sentence) if _status(f) == "active"], sentence


# -- The talks' place naming a gathering of another kind, or its text, is not the talks' venue

# The invented talks typed with a place that is also a seat of summits and forums.
REYKJAVIK_TALKS = TALKS.model_copy(update={"parties": ["Norway", "Chile"], "places": ["Reykjavik"]})


@pytest.mark.parametrize(
    "sentence",
    [
        "The Reykjavik Summit calls for an end to the war and backs political solutions",
        "The ministers adopted the Reykjavik Declaration of the Fourth Ministerial Meeting of the Forum.",
        "Delegates gathered for the Reykjavik conference on ocean plastics talks.",
    ],
)
def test_the_talks_place_naming_another_gathering_is_not_their_venue(sentence: str) -> None:
    found = extract_document(sentence, PUB, [REYKJAVIK_TALKS])
    assert found == [], found


@pytest.mark.parametrize(
    "sentence",
    [
        "The negotiators held talks in Reykjavik on Monday.",
        "The Reykjavik talks went into a second day on Tuesday.",
    ],
)
def test_the_talks_place_as_their_venue_still_ties_them(sentence: str) -> None:
    found = extract_document(sentence, PUB, [REYKJAVIK_TALKS])
    assert [f for f in found if _status(f) == "active"], found


# -- One party that speaks of talks "between the two sides", or as their host, is outside them


@pytest.mark.parametrize(
    "sentence",
    [
        '"Norway welcomes the resumption of talks" between the two sides, the host country said.',
        "Norway welcomed the peace talks between the warring parties, which opened on Monday.",
        "Norway hailed the negotiations between both sides as a step forward.",
    ],
)
def test_one_party_speaking_of_talks_between_the_two_sides_is_outside_them(sentence: str) -> None:
    assert _peace_talks(sentence) == [], _peace_talks(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway welcomed the resumption of peace talks with Chile.",
        "Norway and Chile welcomed the resumption of talks between the two sides.",
    ],
)
def test_a_side_welcoming_its_own_talks_is_still_a_side(sentence: str) -> None:
    assert [f for f in _peace_talks(sentence) if _status(f) == "active"], sentence
