"""A standing process told by the aspect of its verb: going on, kept going, still engaged in,
a mediator shuttling between the sides (talks `active`); not met or convened since, no
round held since (talks `stalled`). Each on invented sentences of an invented negotiation
(docs/lexicon.md, "A process going on or stopped, told by its verb")."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, TALKS, TRACKS
from tracker.domain.models import Finding
from tracker.extract import extract_document, load_lexicon


def _one(text: str) -> Finding:
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == TALKS.id]
    assert len(found) == 1, found
    return found[0]


def _status(f: Finding) -> str | None:
    if f.modality not in ("asserted", "reported", "future"):
        return None
    return load_lexicon().status_for(f.signal, "talks") if f.signal else None


@pytest.mark.parametrize(
    "sentence",
    [
        "The Norway–Chile talks went on in Reykjavik on Saturday.",
        "According to Solberg, the negotiations with Chile will go on next year.",
        "The discussions between Norway and Chile are still on, Rivas said.",
        "Norway and Chile have kept the fisheries talks going through the winter.",
        "Solberg and Rivas kept alive the dialogue on quotas despite the storm.",
        "Norway remains constructively engaged in the normalisation process with Chile.",
        "Rivas shuttled between the Norwegian and Chilean delegations in Reykjavik.",
        "A mediator went back and forth between the two sides at the Norway–Chile talks.",
        "The Norway–Chile talks had moved forward, Solberg said.",
        "The ongoing negotiations between Norway and Chile have proven hard.",
        "The continuing trade talks between Norway and Chile drew protests in Reykjavik.",
    ],
)
def test_a_process_told_as_going_on_is_active(sentence: str) -> None:
    f = _one(sentence)
    assert (f.signal, _status(f)) == ("engaged", "active")


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway and Chile have not met since March.",
        "The Norway–Chile negotiators haven't sat down since the spring.",
        "The Norway–Chile talks that have not convened since the storm began.",
        "No round of Norway–Chile talks has taken place since the storm season.",
        "No meetings have been held between the Norwegian and Chilean negotiators during the last week.",
    ],
)
def test_a_process_with_no_meeting_since_is_stalled(sentence: str) -> None:
    f = _one(sentence)
    assert (f.signal, _status(f)) == ("stalled", "stalled")


@pytest.mark.parametrize(
    "sentence",
    [
        # shuttling between capitals ahead of talks: no meeting of the sides yet
        "Over the past week Norway has pursued intense diplomacy, with Rivas shuttling between "
        "Oslo and Santiago and Solberg holding a call on the talks.",
        # the talks only in a proposal: nothing goes on yet
        "Rivas proposed that Norway lift the ban while the Chile talks go on.",
        # may keep them going: a hypothesis
        "Norway and Chile may keep the talks going if the quota holds.",
        # could go on for years: a guess
        "The Norway–Chile talks could go on for years, Rivas warned.",
    ],
)
def test_a_guess_a_proposal_or_capitals_claim_nothing_going_on(sentence: str) -> None:
    assert _status(_one(sentence)) is None
