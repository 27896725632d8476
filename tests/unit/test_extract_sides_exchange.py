"""Talks told only through their two sides, named as officials of each party and telling or
asking each other something (CAMEO 040-046, a consultation told by its content): "Norwegian
and Chilean diplomats discussed …", "the Norwegian side urged the Chilean side …",
"Norwegian negotiators pressed their Chilean counterparts …", "Chilean officials raised …
with their Norwegian counterparts"; and what only looks like it: a denial, a negation, a
condition, a wish, one side only, a side's demand on the other government told as a
statement, and two sides of other talks sharing one party. Each on invented sentences of
invented negotiations (docs/lexicon.md, "Talks told through their sides: an exchange of the
two sides' officials")."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, TALKS
from tests.unit.test_extract_talks_under_way import _found, _status
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document

# Other invented talks sharing one party (Norway) with the Norway–Chile talks.
WHALING = Track(
    id="norway-iceland-whaling-talks",
    title="Norway–Iceland whaling talks",
    kind="talks",
    actors=[Actor(name="Sigrun Hallsdottir", aliases=["Hallsdottir"])],
    parties=["Norway", "Iceland"],
    places=["Tromso"],
    keywords=["whaling talks"],
)


def _statuses(sentence: str, track_id: str = TALKS.id) -> list[str | None]:
    return [_status(f) for f in _found(sentence, track_id)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the two sides in one phrase, then the verb
        "Norwegian and Chilean diplomats discussed the quota dispute in Oslo.",
        "Norwegian and Chilean officials went over the draft text on Tuesday.",
        "Norwegian and Chilean envoys have talked over the fishing ban.",
        "Chilean and Norwegian delegations also reviewed the inspection regime.",
        # one side telling, urging or asking the other
        "The Norwegian side urged the Chilean side to lift the ban at once.",
        "Norwegian negotiators pressed their Chilean counterparts on the quotas.",
        "The Chilean delegation told the Norwegian delegation that the ban would stay.",
        # one side raising a matter with the other
        "Chilean officials raised the seized trawlers with their Norwegian counterparts.",
        # passive
        "The quotas were discussed by Norwegian and Chilean officials in Oslo.",
        # the officials of both, then the verb
        "Envoys from Norway and Chile went over the inspection regime on Friday.",
        "Officials from Oslo and Santiago discussed the seized trawlers.",
    ],
)
def test_two_sides_officials_telling_each_other_are_the_talks_in_use(sentence: str) -> None:
    found = _found(sentence)
    assert found, sentence
    assert "active" in [_status(f) for f in found], found


@pytest.mark.parametrize(
    "sentence",
    [
        "Norwegian and Chilean diplomats have not discussed the quota dispute.",
        "Norway denied that Norwegian and Chilean officials had discussed the quotas.",
        "Norwegian diplomats hope their Chilean counterparts will discuss the quotas.",
        "Norwegian and Chilean officials are expected to discuss the quotas next month.",
    ],
)
def test_a_denial_a_negation_or_a_wish_tells_no_exchange(sentence: str) -> None:
    assert "active" not in _statuses(sentence), _found(sentence)


def test_a_condition_tells_no_exchange() -> None:
    sentence = "If Norwegian and Chilean officials discussed the quotas, the ban would end."
    for f in _found(sentence):
        assert f.modality == "hypothetical" or _status(f) != "active", f


@pytest.mark.parametrize(
    "sentence",
    [
        # one side only: who it spoke to is not told
        "Norwegian officials urged their counterparts to act on the quotas.",
        # a demand on the other government, told as a statement, not an exchange
        "Norwegian officials urged Chile to lift the fishing ban.",
        # one side and a party of no talks here
        "Chilean and Peruvian diplomats discussed the quota dispute.",
    ],
)
def test_one_side_or_a_statement_is_not_the_talks(sentence: str) -> None:
    assert _found(sentence) == [], _found(sentence)


def test_the_sides_of_other_talks_sharing_a_party_go_to_those_talks() -> None:
    sentence = "Norwegian and Icelandic diplomats discussed the whaling quotas."
    found = extract_document(sentence, PUB, [TALKS, WHALING])
    assert [f.track_id for f in found] == [WHALING.id], found
    assert _status(found[0]) == "active", found


def test_two_sides_asking_a_third_together_is_not_their_exchange() -> None:
    # the two named jointly ask someone else: no exchange between them
    sentence = "Norwegian and Chilean officials urged the Peruvian delegation to stay on."
    assert "active" not in _statuses(sentence), _found(sentence)


# -- One side told as a side, carrying on the talks the sentence before told of

_OPENING = "Norwegian and Chilean delegations held talks in Reykjavik on Monday. "


@pytest.mark.parametrize(
    "follow",
    [
        "The Chilean side said it wanted a written guarantee on the quotas.",
        "The Norwegian side raised the question of the seized trawlers.",
        "Chilean officials insisted on a longer transition.",
        "Chile's team said it would table a new map.",
        "Norwegian officials pressed Chile on the inspection regime.",
    ],
)
def test_one_side_told_as_a_side_carries_on_the_talks(follow: str) -> None:
    found = [f for f in _found(_OPENING + follow) if f.exact == follow]
    assert len(found) == 1, _found(_OPENING + follow)


@pytest.mark.parametrize(
    "follow",
    [
        # the party by its bare name: a government's statement, not its delegation
        "Chile said a new fishing season had opened.",
        # another party beside the side
        "The Chilean side said Peruvian officials were to blame.",
    ],
)
def test_a_bare_party_or_another_party_does_not_carry_on(follow: str) -> None:
    assert [f for f in _found(_OPENING + follow) if f.exact == follow] == []


def test_a_side_carries_on_only_right_after_the_talks() -> None:
    # the sentence before told of no talks: nothing to carry on
    text = (
        "Norwegian and Chilean delegations held talks in Reykjavik on Monday. "
        "Storms closed the harbour of Valparaiso for a week. "
        "The Chilean side said it wanted a written guarantee on the quotas."
    )
    assert [f for f in _found(text) if f.exact.startswith("The Chilean side")] == []
