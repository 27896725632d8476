"""Who "the two" are and whose event a speaker's words tell of: the pair of principals named
together last carries on its track wherever "the two presidents", "both delegations" or "the
two" as a subject come later; a track tied only by its person named as the one who said the
sentence is not the event's. Sentences in the project's own words."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, SUMMIT, TALKS, TRACKS
from tracker.domain.models import Track
from tracker.extract import extract_document
from tracker.extract.matching import _THE_LEADERS, _THE_PAIR


def _found(text: str, track: Track) -> list[str]:
    return [f.exact for f in extract_document(text, PUB, TRACKS) if f.track_id == track.id]


TALKS_LEAD = (
    "Fishing fleets face a hard winter\n\n"
    "Catches in the southern Pacific fell again this year, the industry body said.\n\n"
    "Norway and Chile opened fisheries talks in Reykjavik on Tuesday.\n\n"
    "Scientists say stocks of hake have fallen by a third since 2020.\n\n"
    "Several trawler owners have already laid up their boats.\n\n"
)


@pytest.mark.parametrize(
    "follow",
    [
        "The two sides swapped draft texts on quotas, a Chilean official said.",
        "The two went over the inspection rules in the afternoon.",
        "Both delegations kept their proposals under wraps.",
    ],
)
def test_the_pair_named_last_carries_on_far_from_it(follow: str) -> None:
    # two paragraphs about something else between the talks and "the two"
    assert _found(TALKS_LEAD + follow, TALKS)[1:] == [follow]


def test_another_pair_named_in_between_takes_the_two() -> None:
    text = (
        TALKS_LEAD.replace(
            "Several trawler owners have already laid up their boats.",
            "Peru and Ecuador also signed a pact on anchovy catches.",
        )
        + "The two sides swapped draft texts on quotas, a Chilean official said."
    )
    assert _found(text, TALKS)[1:] == []


@pytest.mark.parametrize(
    "follow",
    [
        "Trust between the two sides has worn thin over the years.",  # their relations
        "The two countries trade mostly in salmon and copper.",  # not their event
    ],
)
def test_relations_of_the_pair_are_not_its_event(follow: str) -> None:
    assert _found(TALKS_LEAD + follow, TALKS)[1:] == []


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("The two presidents will then take questions.", True),
        ("The two went over the agenda.", True),
        ("The two shook hands in front of the cameras.", True),
        ("The two agreed on a timetable.", True),
        ("The two armed groups clashed again.", False),
        ("The two hundred delegates arrived.", False),
        ("The two proposed meetings were merged.", False),
    ],
)
def test_the_two_as_a_subject(sentence: str, pair: bool) -> None:
    assert bool(_THE_PAIR.search(sentence) or _THE_LEADERS.search(sentence)) is pair


SUMMIT_LEAD = "Quispe and Mensah will meet in Lisbon on Friday, officials said.\n\n"


@pytest.mark.parametrize(
    "follow",
    [
        '"I believe that meeting will still go ahead," Solberg said.',
        "Norwegian minister Ingrid Solberg said on Monday that Quispe will hold talks with "
        "Mensah in Lisbon.",
    ],
)
def test_a_speaker_does_not_make_the_event_theirs(follow: str) -> None:
    # Solberg negotiates the fisheries talks; the meeting she speaks of is the summit's
    assert _found(SUMMIT_LEAD + follow, TALKS) == []
    assert follow in _found(SUMMIT_LEAD + follow, SUMMIT)


@pytest.mark.parametrize(
    "follow",
    [
        '"The talks in Reykjavik went well," Solberg said.',  # her talks' own venue
        "Solberg said the talks would resume next week.",  # the talks told just before
    ],
)
def test_a_speaker_of_her_own_event_keeps_it(follow: str) -> None:
    lead = "Norway and Chile held fisheries talks in Reykjavik on Tuesday.\n\n"
    assert follow in _found(lead + follow, TALKS)


def test_the_leaders_are_the_last_two_leaders_not_the_negotiators() -> None:
    text = (
        "Markets wait on trade news\n\n"
        "Quispe and Mensah will hold a summit in Lisbon on Friday, their offices said.\n\n"
        "Freight rates rose again this week.\n\n"
        "Solberg and Rivas wrapped up two days of fisheries talks in Reykjavik on Tuesday.\n\n"
    )
    follow = '"We have a framework ready for the leaders to look at," a Chilean official said.'
    assert follow in _found(text + follow, SUMMIT)
