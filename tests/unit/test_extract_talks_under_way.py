"""Negotiations told as going on, stepped up, stalled against a wall, agreed in principle or
resumed, and the tracks such sentences belong to; each on invented sentences of an invented
negotiation (docs/lexicon.md, "Negotiations under way, stepped up, agreed in principle")."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, TALKS, TRACKS
from tracker.domain.models import Actor, Finding, Track
from tracker.extract import extract_document, load_lexicon


def _found(text: str, track_id: str = TALKS.id, tracks: list[Track] | None = None) -> list[Finding]:
    return [f for f in extract_document(text, PUB, tracks or TRACKS) if f.track_id == track_id]


def _one(text: str, track_id: str = TALKS.id, tracks: list[Track] | None = None) -> Finding:
    found = _found(text, track_id, tracks)
    assert len(found) == 1, found
    return found[0]


def _status(f: Finding, kind: str = "talks") -> str | None:
    if f.modality not in ("asserted", "reported", "future"):
        return None
    return load_lexicon().status_for(f.signal, kind) if f.signal else None


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway and Chile agreed on Friday to intensify the negotiations.",
        "Norwegian and Chilean officials decided to intensify efforts to conclude the fisheries deal.",
        "The stepped-up negotiations between Norway and Chile follow a call between the ministers.",
        "Norway and Chile start intensified negotiations in Reykjavik on Thursday.",
        "Norway, Chile step up negotiations to settle quota row",
        "Norway and Chile ramped up the talks after the storm season.",
        "Norway is in talks with Chile on a new quota regime.",
        "Norway has been in negotiations with Chile since March.",
        "Norway-Chile fisheries talks progressing, says Solberg",
    ],
)
def test_talks_stepped_up_or_told_as_going_on_are_active(sentence: str) -> None:
    f = _one(sentence)
    assert (f.signal, _status(f)) == ("engaged", "active")


@pytest.mark.parametrize(
    "sentence",
    [
        "Solberg urged Chile to intensify the talks with Norway.",
        "Norway and Chile have yet to agree even to step up the negotiations.",
    ],
)
def test_a_call_to_step_up_the_talks_or_a_refusal_claims_nothing(sentence: str) -> None:
    assert _status(_one(sentence)) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway and Chile have had five rounds of negotiations since the spring.",
        "Norway and Chile completed four rounds of talks in Reykjavik.",
        "Six rounds of talks between Norway and Chile have been completed so far.",
        "A Chilean delegation spent three days in talks with Norwegian officials in Reykjavik.",
    ],
)
def test_rounds_completed_or_days_spent_in_talks_are_talks_held(sentence: str) -> None:
    f = _one(sentence)
    assert (f.signal, _status(f)) == ("held", "active")


@pytest.mark.parametrize(
    "sentence",
    [
        '"We are starting the talks with Chile again," Solberg said.',
        "Norway and Chile agreed to go back to the negotiations.",
        "Solberg hopes her visit got the talks with Chile moving again.",
        "Norway and Chile will kick-start talks in Reykjavik on Monday.",
    ],
)
def test_talks_started_again_are_resumed(sentence: str) -> None:
    assert _one(sentence).signal == "resumed"


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks between Norway and Chile hit a roadblock on Sunday.",
        "Norway and Chile have hit a wall over the quotas, negotiators said.",
        "The Norway-Chile negotiations hit a brick wall on the question of licences.",
    ],
)
def test_talks_that_hit_a_wall_are_stalled(sentence: str) -> None:
    f = _one(sentence)
    assert (f.signal, _status(f)) == ("stalled", "stalled")


@pytest.mark.parametrize(
    "sentence",
    [
        'Norway and Chile agreed "in principle" to a broad fisheries deal.',
        "Solberg said Norway and Chile had agreed in principle on the text of the accord.",
        '"We have agreed in principle," Solberg said of the Chile talks.',
        "The fisheries deal between Norway and Chile is done in principle, Rivas said.",
    ],
)
def test_a_deal_agreed_in_principle_is_an_accord_still_being_made(sentence: str) -> None:
    f = _one(sentence)
    assert (f.signal, _status(f), _status(f, "initiative")) == ("forming", "active", "forming")


def test_agreeing_in_principle_to_meet_is_no_accord() -> None:
    assert _one("Norway and Chile agreed in principle to hold a summit.").signal != "forming"


PERU_TALKS = Track(
    id="norway-peru-talks",
    title="Norway–Peru fisheries talks",
    kind="talks",
    actors=[Actor(name="Lucia Huaman", aliases=["Huaman"])],
    parties=["Norway", "Peru"],
    places=["Oslo"],
    keywords=["talks", "negotiations", "fisheries deal"],
)


def test_a_sentence_naming_both_sides_of_one_track_is_not_the_other_tracks() -> None:
    """Two talks share Norway; the sentence names Norway and Chile and a keyword only the
    Norway–Peru talks have: it tells of the Norway–Chile talks."""
    text = "Norwegian and Chilean negotiators edge towards a fisheries deal in successful talks."
    tracks = [TALKS, PERU_TALKS]
    assert _found(text, TALKS.id, tracks)
    assert not _found(text, PERU_TALKS.id, tracks)


ACCORD = Track(
    id="norway-chile-fisheries-accord",
    title="Norway–Chile fisheries accord",
    kind="initiative",
    actors=[Actor(name="Ingrid Solberg", aliases=["Solberg"])],
    parties=["Norway", "Chile"],
    keywords=["fisheries accord", "agreement", "signing"],
)


@pytest.mark.parametrize(
    ("article", "found"),
    [
        ("A meeting with Prime Minister Ingrid Solberg is scheduled for noon.", False),
        ("Solberg will hold a summit with the Nordic leaders on Friday.", False),
        ("Solberg said the fisheries accord would be signed at a meeting in Santiago.", True),
        ("Norway and Chile are close to an agreement. Solberg will meet Rivas on Friday.", True),
    ],
)
def test_an_accord_the_article_never_names_is_not_its(article: str, found: bool) -> None:
    """An initiative named in no sentence by a keyword of its own or two of its parties:
    its person's meetings there are not the accord's."""
    assert bool(_found(article, ACCORD.id, [ACCORD])) is found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Reykjavik said it wanted the fisheries talks moving again.", False),
        ("Iceland's envoy said Reykjavik meant to get the talks going again.", False),
        ("The fisheries talks resumed in Reykjavik on Monday.", True),
    ],
)
def test_a_capital_told_by_what_it_says_is_no_venue(sentence: str, found: bool) -> None:
    """A capital saying something ("Reykjavik said …") is the government, not the venue."""
    assert bool(_found(sentence, TALKS.id)) is found
