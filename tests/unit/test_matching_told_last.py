"""A continuation with no name of its own ("the meeting", "both sides", "during the talks")
refers to the event the text told of last, not to every track that shares its person or its
parties: two meetings of one leader with two guests, a ministers' meeting and the trade talks
of the same two countries, two talks of one country in two places. Refusals: a sentence that
names both events, a new paragraph that names the other event, a sentence that names its own,
an event named by its day. Sentences in the project's own words, on invented tracks."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document
from tracker.extract.matching import Mention, _Reading, _the_event_told_last

BRANDT = Actor(name="Ilse Brandt", aliases=["Brandt", "President Brandt"])
OTIENO = Track(
    id="brandt-otieno-meeting",
    title="Brandt–Otieno meeting in Vienna",
    kind="meeting",
    actors=[BRANDT, Actor(name="William Otieno", aliases=["Otieno"])],
    parties=["Austria", "Kenya"],
    places=["Vienna"],
    keywords=["meeting", "talks", "meet"],
)
ROJAS = Track(
    id="brandt-rojas-meeting",
    title="Brandt–Rojas meeting in Santiago",
    kind="meeting",
    actors=[BRANDT, Actor(name="Camila Rojas", aliases=["Rojas"])],
    parties=["Austria", "Chile"],
    places=["Santiago"],
    keywords=["meeting", "talks", "meet"],
)
TRADE = Track(
    id="austria-kenya-trade-talks",
    title="Austria–Kenya trade talks",
    kind="talks",
    actors=[
        Actor(name="Lena Huber", aliases=["Huber"]),
        Actor(name="Peter Kamau", aliases=["Kamau"]),
    ],
    parties=["Austria", "Kenya"],
    places=["Nairobi", "Vienna"],
    keywords=["trade talks", "talks", "negotiations", "round", "tariffs"],
)
MINISTERS = Track(
    id="moser-wafula-geneva-meeting",
    title="Moser–Wafula meeting in Geneva",
    kind="meeting",
    actors=[
        Actor(name="Karl Moser", aliases=["Moser"]),
        Actor(name="Ruth Wafula", aliases=["Wafula"]),
    ],
    parties=["Austria", "Kenya"],
    places=["Geneva"],
    keywords=["meeting", "talks", "meet"],
)
BORDER = Track(
    id="kenya-somalia-border-talks",
    title="Kenya–Somalia border talks in Mombasa",
    kind="talks",
    actors=[
        Actor(name="Hassan Abdi", aliases=["Abdi"]),
        Actor(name="Grace Wanjiru", aliases=["Wanjiru"]),
    ],
    parties=["Kenya", "Somalia"],
    places=["Mombasa"],
    keywords=["border talks", "negotiations", "talks"],
)
TRACKS = [OTIENO, ROJAS, TRADE, MINISTERS, BORDER]


def _tracks_of(text: str, sentence: str) -> set[str]:
    found = extract_document(text, PUB, TRACKS)
    return {f.track_id for f in found if f.exact == sentence}


ANOTHER_MEETING_AHEAD = "Brandt and Rojas to meet next month\n\n"


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        # the continuation in the same paragraph, naming the leader both tracks share
        (
            "Brandt met Otieno on Tuesday. During the meeting, Brandt said the talks had "
            "been frank.",
            "During the meeting, Brandt said the talks had been frank.",
        ),
        # in the next paragraph
        (
            "Brandt met Otieno on Tuesday.\n\nDuring the meeting, Brandt said the talks had "
            "been frank.",
            "During the meeting, Brandt said the talks had been frank.",
        ),
        # the event word after a definite article, with the shared leader as the subject
        (
            "Brandt met Otieno on Tuesday, their first meeting in two years. Brandt described "
            "the meeting as constructive.",
            "Brandt described the meeting as constructive.",
        ),
    ],
)
def test_a_continuation_naming_a_shared_leader_is_the_meeting_told_last(
    body: str, sentence: str
) -> None:
    got = _tracks_of(ANOTHER_MEETING_AHEAD + body, sentence)
    assert OTIENO.id in got
    assert ROJAS.id not in got


MINISTERS_ARTICLE = (
    "Austria and Kenya restart high-level dialogue in Geneva\n\n"
    "Austrian Foreign Minister Karl Moser and Kenyan Foreign Minister Ruth Wafula held their "
    "first meeting in Geneva on Friday.\n\n"
    "{sentence}\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Both called the discussion positive and agreed to widen contacts, according to "
        "statements released after the encounter.",
        "Moser described the meeting as constructive and said trade had come up.",
    ],
)
def test_the_ministers_meeting_is_not_the_trade_talks_of_the_headline(sentence: str) -> None:
    got = _tracks_of(MINISTERS_ARTICLE.format(sentence=sentence), sentence)
    assert MINISTERS.id in got
    assert TRADE.id not in got


SUMMIT_IN_PASSING = (
    "Austria and Kenya restart high-level dialogue in Geneva\n\n"
    "Austrian Foreign Minister Karl Moser and Kenyan Foreign Minister Ruth Wafula held their "
    "first meeting in Geneva on Friday.\n\n"
    "Moser was upbeat about a summit between President Brandt and President Otieno later this "
    "year.\n\n"
    "Moser did not dwell on tariffs, saying the meeting was less about negotiating than about "
    "setting a baseline.\n\n"
    "Kenya's foreign ministry also put out a statement after the meeting.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        # the minister named with "the meeting": his, not the leaders' summit named before
        "Moser did not dwell on tariffs, saying the meeting was less about negotiating than "
        "about setting a baseline.",
        # and what follows carries on his
        "Kenya's foreign ministry also put out a statement after the meeting.",
    ],
)
def test_a_sentence_naming_one_of_two_events_told_before_carries_that_one(sentence: str) -> None:
    got = _tracks_of(SUMMIT_IN_PASSING, sentence)
    assert MINISTERS.id in got
    assert OTIENO.id not in got


BROKERED = (
    "Kenya and Somalia resume border talks in Mombasa\n\n"
    "Delegations of Kenya and Somalia returned to the negotiating table in Mombasa on "
    "Monday.\n\n"
    "{broker}\n\n"
    "The two sides said they had accepted an invitation to resume the negotiations.\n"
)


@pytest.mark.parametrize(
    "broker",
    [
        "Austria brokered the negotiations and the tariffs truce, which have done little so far.",
        "Austria brokered the trade talks between them, which have done little so far.",
    ],
)
def test_the_two_sides_are_the_two_named_together_not_a_broker(broker: str) -> None:
    sentence = "The two sides said they had accepted an invitation to resume the negotiations."
    got = _tracks_of(BROKERED.format(broker=broker), sentence)
    assert BORDER.id in got
    assert TRADE.id not in got


# Refusals: what names the other event, or both, keeps it.


@pytest.mark.parametrize(
    ("body", "sentence", "wanted"),
    [
        # a sentence naming both events is evidence for both
        (
            "Brandt met Otieno on Tuesday. Brandt said the meeting with Otieno had prepared "
            "her meeting with Rojas next month.",
            "Brandt said the meeting with Otieno had prepared her meeting with Rojas next month.",
            {OTIENO.id, ROJAS.id},
        ),
        # a new paragraph that switches to the other event, by its place
        (
            "Brandt met Otieno on Tuesday.\n\nThe meeting in Santiago has been postponed.",
            "The meeting in Santiago has been postponed.",
            {ROJAS.id},
        ),
        # a sentence with the other event's own name
        (
            "Brandt met Otieno on Tuesday. Brandt said her meeting with Rojas would go ahead.",
            "Brandt said her meeting with Rojas would go ahead.",
            {ROJAS.id},
        ),
    ],
)
def test_a_sentence_that_names_the_other_event_keeps_it(
    body: str, sentence: str, wanted: set[str]
) -> None:
    assert _tracks_of(ANOTHER_MEETING_AHEAD + body, sentence) >= wanted


def test_the_meeting_told_last_keeps_its_continuation() -> None:
    text = "Brandt met Otieno on Tuesday. The meeting was held behind closed doors.\n"
    assert OTIENO.id in _tracks_of(text, "The meeting was held behind closed doors.")


# An event named by its day says itself which event it is: the rule does not ask what was
# told last. Read on hand-made readings (the article's own meeting is the headline's, the
# other the one a sentence before recalled).

DAYS = "Monday's discussions followed up on those earlier conversations, with the leaders there."
OTHER = "Those earlier conversations had gone well, with the leaders there."


def _nameless() -> _Reading:
    return _Reading({}, {}, [], [], [], [], False, False)


def _carried(track_id: str, text: str, via: str) -> Mention:
    start = text.index("the leaders")
    return Mention(track_id, False, False, [], [], [(start, start + len("the leaders"))], via=via)


@pytest.mark.parametrize(("text", "kept"), [(DAYS, 2), (OTHER, 1)])
def test_an_event_named_by_its_day_is_not_sent_to_the_one_told_last(text: str, kept: int) -> None:
    mentions = [_carried(OTIENO.id, text, "topic"), _carried(ROJAS.id, text, "anaphor")]
    readings = {OTIENO.id: _nameless(), ROJAS.id: _nameless()}
    got = _the_event_told_last(mentions, readings, {ROJAS.id}, set(), text)
    assert len(got) == kept
    assert ROJAS.id in {m.track_id for m in got}


# A track carried on by an anaphor of its own ("the talks") that the track told of last is
# not carried on by (only the headline and a cue carry it) keeps the sentence.

TALKS_OVER = "Once the talks were over, Brandt sounded upbeat about a deal."


def _mention(track_id: str, anaphors: list[tuple[int, int]], via: str) -> Mention:
    return Mention(track_id, False, False, [], [], anaphors, via=via)


@pytest.mark.parametrize(("anchor_anaphors", "kept"), [([], 2), ([(5, 14)], 1)])
def test_a_track_keeps_what_only_its_own_anaphor_carries(
    anchor_anaphors: list[tuple[int, int]], kept: int
) -> None:
    assert TALKS_OVER[5:14] == "the talks"
    mentions = [
        _mention(OTIENO.id, anchor_anaphors, "topic"),
        _mention(TRADE.id, [(5, 14)], "anaphor"),
    ]
    readings = {OTIENO.id: _nameless(), TRADE.id: _nameless()}
    got = _the_event_told_last(mentions, readings, {OTIENO.id}, set(), TALKS_OVER)
    assert len(got) == kept
    assert OTIENO.id in {m.track_id for m in got}
