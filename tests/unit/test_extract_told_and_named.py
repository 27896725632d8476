"""An event told by what was said or done at it, and an act named again by a noun ("made the
announcement", "the about-face was posted"), read on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import CHANNEL, PUB, SUMMIT, TALKS
from tracker.domain.models import Finding, Sentence, Track
from tracker.domain.vocabulary import TrackKind
from tracker.extract import extract_document
from tracker.extract.actnouns import act_named, carried_by_the_act
from tracker.extract.cuechoice import told_at_the_event
from tracker.extract.lexicon import load_lexicon
from tracker.infer.claims import claimed_status

MEETING = Track(**{**SUMMIT.model_dump(), "id": "peru-ghana-meeting", "kind": "meeting"})
PEOPLE = frozenset({"quispe", "mensah"})


def _findings(text: str, track: Track) -> list[Finding]:
    return [f for f in extract_document(text, PUB, [track]) if f.track_id == track.id]


def _status_of(text: str, track: Track, quote: str) -> str | None:
    found = [f for f in _findings(text, track) if quote in f.exact]
    assert len(found) == 1, found
    return claimed_status(found[0], track.kind)


# -- An event told by what was said or done at it


def test_the_announcement_of_a_proposal_is_dated_by_its_telling() -> None:
    # a remark with no day (convention 6): "the announcement" happened when it was told, not
    # in the month the proposal looks to; an act with its day set keeps lending its day
    first = "Quispe said Mensah would visit Peru in June."
    second = "The announcement followed a telephone call between Quispe and Mensah."
    sentences = [
        Sentence(start=0, end=len(first), text=first),
        Sentence(start=len(first) + 1, end=len(first) + 1 + len(second), text=second),
    ]
    told = Finding(
        track_id="visit",
        start=0,
        end=len(first),
        exact=first,
        signal="proposed",
        modality="future",
        event_date=date(2026, 6, 1),
        date_precision="month",
        date_basis="stated",
    )
    call = Finding(
        track_id="visit",
        start=sentences[1].start,
        end=sentences[1].end,
        exact=second,
        signal="call",
        event_date=PUB,
        date_precision="day",
        date_basis="inferred",
    )
    lexicon = load_lexicon()
    kinds = {"visit": TrackKind.VISIT}
    named = carried_by_the_act([told, call], sentences, kinds, lexicon)[1]
    assert (named.signal, named.event_date) == ("proposed", PUB)
    scheduled = told.model_copy(update={"signal": "scheduled", "event_date": date(2026, 6, 12)})
    named = carried_by_the_act([scheduled, call], sentences, kinds, lexicon)[1]
    assert (named.signal, named.event_date) == ("scheduled", date(2026, 6, 12))


@pytest.mark.parametrize(
    "sentence",
    [
        "In the talks, Quispe asked Mensah to lower fishing tariffs.",
        "At their session in Lisbon, Mensah pressed for a direct flight to Lima.",
        "Mensah told Quispe that Ghana wanted a direct flight to Lima.",
        "Quispe called her Ghanaian counterpart a trusted partner.",
        "Quispe and Mensah discussed cocoa prices and port fees in Lisbon.",
    ],
)
def test_a_meeting_told_by_what_was_said_at_it_was_held(sentence: str) -> None:
    text = f"Quispe and Mensah met in Lisbon on Tuesday. {sentence}"
    assert _status_of(text, MEETING, sentence[:30]) == "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "Solberg said the chief topic of the talks was the hake quota.",
        "Solberg and Rivas went over the quota tables line by line.",
        "Talks took in quotas, patrols and port fees",
        "Solberg said Norway's main subject had been the hake quota.",
        "In the meetings, Norway asked Chile to halve its trawler fleet.",
    ],
)
def test_talks_told_by_their_content_are_active(sentence: str) -> None:
    text = f"Norway and Chile held fisheries talks in Reykjavik. {sentence}"
    assert _status_of(text, TALKS, sentence[:30]) == "active"


@pytest.mark.parametrize(
    "sentence",
    [
        # a plan: what they will discuss, or the summit still ahead
        "At the upcoming summit, the two leaders will review port fees.",
        "Quispe is expected to press Mensah on cocoa prices at the summit.",
        # a call or a letter is no meeting
        "Quispe told Mensah in a phone call that Peru was ready.",
        # another meeting in the same sentence, and an earlier one
        "During a meeting with Lula, Quispe called for calm.",
        "In the previous talks, Mensah asked Quispe for a loan.",
        "Quispe and Mensah discussed cocoa prices at their 2019 summit.",
        # a speaker's general view, the event inside a quotation
        "\u201cIn the recent talks, they tried to corner us,\u201d Mensah said.",
        "He said Ghana struck a hard line in the course of the talks.",
        # a phone call named ("called Mensah on Tuesday"), not a naming
        "Quispe called Mensah on Tuesday.",
    ],
)
def test_what_is_not_told_at_the_event(sentence: str) -> None:
    assert told_at_the_event(sentence, PEOPLE) is None


def test_a_headline_listing_what_talks_took_in_is_no_summit_held() -> None:
    # the officials' talks, not the leaders' encounter
    assert told_at_the_event("Talks took in trade, cocoa, ports", PEOPLE) is None
    assert told_at_the_event("Talks took in trade, cocoa, ports", PEOPLE, ongoing=True)


def test_a_call_tells_a_channel_exchange() -> None:
    sentence = "In a telephone call, Solberg and Rivas went over quotas."
    people = frozenset({"solberg", "rivas"})
    assert told_at_the_event(sentence, people) is None
    assert told_at_the_event(sentence, people, by_call=True) is not None
    assert _status_of(sentence, CHANNEL, "telephone call") == "active"


# -- An act named again by a noun


@pytest.mark.parametrize(
    ("text", "quote", "status"),
    [
        (
            "Quispe said she would meet Mensah in Lisbon on March 12. "
            "Quispe made the announcement on Tuesday at a rally in Cusco.",
            "made the announcement",
            "scheduled",
        ),
        (
            "Quispe on Wednesday called off her summit with Mensah in Lisbon. "
            "Quispe's abrupt reversal was posted on her account shortly after midnight.",
            "abrupt reversal",
            "cancelled",
        ),
        (
            "Quispe on Wednesday called off her summit with Mensah in Lisbon. "
            "The announcement, which Quispe made in a radio interview, came hours after a vote.",
            "The announcement",
            "cancelled",
        ),
    ],
)
def test_an_act_named_again_carries_the_act(text: str, quote: str, status: str) -> None:
    found = [f for f in _findings(text, SUMMIT) if quote in f.exact]
    assert len(found) == 1, found
    assert claimed_status(found[0], SUMMIT.kind) == status
    assert found[0].cue is not None and "refers to: Quispe" in found[0].cue


def test_the_act_named_again_keeps_its_own_day_and_else_takes_the_acts() -> None:
    text = (
        "Quispe said she would meet Mensah in Lisbon on March 12. "
        "Quispe made the announcement on Tuesday at a rally in Cusco."
    )
    named = next(f for f in _findings(text, SUMMIT) if "announcement" in f.exact)
    assert claimed_status(named, SUMMIT.kind) == "scheduled"
    assert named.event_date == PUB.replace(day=3)  # the Tuesday before the article's day
    text = (
        "Quispe said on Monday she would meet Mensah in Lisbon on March 12. "
        "Quispe's decision was posted on her account."
    )
    named = next(f for f in _findings(text, SUMMIT) if "decision" in f.exact)
    act = next(f for f in _findings(text, SUMMIT) if "March 12" in f.exact)
    assert (named.signal, named.event_date) == (act.signal, act.event_date)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lima seemed blindsided by the announcement.",  # a reaction to it
        "In response to the announcement, Ghana recalled its envoy.",
        "Quispe made the announcement of a new envoy to Accra.",  # a content of its own
        "The decision to raise tariffs was posted on Friday.",
        "At the heart of the announcement were cocoa tariffs.",
    ],
)
def test_what_names_no_act_just_told(sentence: str) -> None:
    assert act_named(sentence) is None


def test_an_act_named_too_far_from_the_act_carries_nothing() -> None:
    text = (
        "Quispe on Wednesday called off her summit with Mensah in Lisbon. "
        "Peru's cocoa exports rose by a tenth last year. "
        "Ghana's ports handled record cargo, Mensah said. "
        "Fishing fleets of both sides also grew. "
        "Quispe's move was posted on her account."
    )
    named = [f for f in _findings(text, SUMMIT) if "move" in f.exact]
    assert all(claimed_status(f, SUMMIT.kind) is None for f in named)


@pytest.mark.parametrize(
    "sentence",
    [
        "At the meeting of Andean trade ministers, Quispe told reporters prices must fall.",
        "Quispe told Mensah at their last meeting that the ports would stay open.",
    ],
)
def test_another_bodys_meeting_or_an_earlier_one_is_not_told_at_the_event(sentence: str) -> None:
    assert told_at_the_event(sentence, PEOPLE) is None
