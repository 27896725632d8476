"""Events told by what surrounds them: a past meeting told by its length, what came before
or after it, or a count (`held`), and a trip ahead told as travel (`proposed`, `scheduled`
with its day or week). Sentences invented, in the constructions of the stored pages
docs/lexicon.md names."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import TALKS
from tracker.domain.models import Actor, Finding, Track
from tracker.extract import extract_document
from tracker.extract.surrounds import COMPANION, PRESUPPOSED, TRAVEL

PUB = date(2026, 3, 6)  # a Friday
MEETING = Track(
    id="haldor-quispe-meetings",
    title="Haldor's meetings with Quispe",
    kind="meeting",
    actors=[
        Actor(name="Erik Haldor", aliases=["Haldor"]),
        Actor(name="Rosa Quispe", aliases=["Quispe"]),
    ],
    parties=["Peru"],
    places=["Lima"],
    keywords=["meeting", "talks"],
)
LEAD = "Erik Haldor, the Norwegian envoy, met Rosa Quispe in Lima on Tuesday."


def _finding(sentence: str, track: Track = MEETING, lead: str = LEAD) -> Finding | None:
    found = [
        f
        for f in extract_document(f"{lead}\n\n{sentence}", PUB, [track])
        if f.track_id == track.id and sentence[:25] in f.exact
    ]
    assert len(found) <= 1, found
    return found[0] if found else None


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # its length with the other side
        ("Haldor spent almost five hours with Quispe in Lima on Tuesday.", "spent almost five"),
        ("Peru hails progress after Haldor's five hours with Quispe", "'s five hours with"),
        ("Haldor spent two hours with the Peruvian leader on Tuesday.", "spent two hours with"),
        # what came after it
        ("Little has emerged from the meeting so far.", "emerged from the meeting"),
        ("Lima has given no more details about the meeting.", "no more details about"),
        ("Details of the talks have not yet been disclosed.", "Details of the talks"),
        ("Haldor declined to give details of the talks.", "declined to give details"),
        ("Quispe said those talks had been reasonably good.", "those talks had been"),
        # its people's act before it
        ("Before the meeting Haldor took a walk in the old town.", "Before the meeting"),
        # a count
        ("This is Haldor's fifth visit to Peru this year.", "This is Haldor's fifth visit"),
        ("It was the fourth meeting between Haldor and Quispe.", "It was the fourth meeting"),
        ("His visit to Peru, his fourth, comes as the sides seek a deal.", "his fourth"),
    ],
)
def test_a_meeting_told_by_what_surrounds_it_is_held(sentence: str, cue: str) -> None:
    f = _finding(sentence)
    assert f is not None
    assert f.signal == "held", (f.signal, f.cue)
    assert f.modality in ("asserted", "reported")
    assert f.cue is not None and cue.lower() in f.cue.lower()


def test_a_presupposed_meeting_takes_the_day_the_article_told_it_held() -> None:
    f = _finding("Little has emerged from the meeting so far.")
    assert f is not None and f.event_date == date(2026, 3, 3)
    # its own day wins
    f = _finding("Haldor spent almost five hours with Quispe in Lima on Wednesday.")
    assert f is not None and f.event_date == date(2026, 3, 4)


def test_on_talks_a_presupposed_meeting_is_the_talks_active() -> None:
    lead = "Norway and Chile held fisheries talks in Reykjavik on Tuesday."
    f = _finding("Little has emerged from the talks so far.", TALKS, lead)
    assert f is not None and f.signal == "held" and f.cue == "has emerged from the talks"


@pytest.mark.parametrize(
    "sentence",
    [
        # the meeting ahead, hoped for, conditional
        "Haldor will brief ministers before the meeting next week.",
        "Haldor hopes to spend several hours with Quispe next month.",
        "If the meeting goes well, Haldor will stay on.",
        "The meeting would be good for both sides, Haldor said.",
        "His visit to Peru, his fourth, will come as the sides seek a deal.",
        # time spent with someone none of the track's
        "Haldor spent three hours with reporters on Tuesday.",
    ],
)
def test_a_meeting_ahead_or_with_others_is_not_presupposed(sentence: str) -> None:
    f = _finding(sentence)
    assert f is None or f.cue is None or f.signal is None or PRESUPPOSED not in (f.cue or "")
    assert f is None or f.signal != "held"


def test_a_count_ahead_is_a_plan_not_a_meeting_held() -> None:
    f = _finding("This will be Haldor's fifth visit to Peru this year.")
    assert f is not None and f.signal != "held"


@pytest.mark.parametrize(
    ("sentence", "status", "day"),
    [
        ("Haldor to travel to Lima next week for a new round", "scheduled", date(2026, 3, 9)),
        ("Haldor will travel to Lima next week.", "scheduled", date(2026, 3, 9)),
        ("Haldor would be going to Peru next week, an aide said.", "scheduled", date(2026, 3, 9)),
        ("An understanding was reached for him to come to Lima next week.", "scheduled", None),
        ("Haldor will fly to Lima on Monday.", "scheduled", date(2026, 3, 9)),
        ("Haldor is expected in Lima later this month.", "proposed", None),
        ("Trade minister may go with Haldor to Peru", "proposed", None),
    ],
)
def test_a_trip_ahead_told_as_travel_is_a_plan(
    sentence: str, status: str, day: date | None
) -> None:
    f = _finding(sentence)
    assert f is not None
    assert f.signal == status, (f.signal, f.cue)
    assert f.modality in ("future", "asserted", "reported")
    if day is not None:
        assert f.event_date == day


def test_the_travel_rules_are_named() -> None:
    f = _finding("Haldor will fly to Lima on Monday.")
    g = _finding("Trade minister may go with Haldor to Peru")
    assert f is not None and g is not None
    assert TRAVEL != COMPANION and f.cue == "will fly to" and g.cue == "may go with Haldor to"


@pytest.mark.parametrize(
    "sentence",
    [
        "Haldor might travel to Peru.",  # only possible
        "Haldor will not travel to Lima.",  # negated
        "Haldor denied that he would travel to Lima next week.",  # denied
        "Haldor travelled to Lima last month.",  # past travel
        "Quispe will fly back to Lima on Monday from her tour.",  # home
        "Haldor will travel to Bogota on Monday and meet Quispe later.",  # elsewhere
        "Haldor will travel to Bogota on Monday and then see Quispe in Lima.",  # elsewhere first
    ],
)
def test_travel_that_is_not_the_tracks_trip_ahead_reads_no_plan(sentence: str) -> None:
    f = _finding(sentence)
    assert f is None or f.signal not in ("proposed", "scheduled"), (f.signal, f.cue)


ENVOY = Track(
    id="haldor-mensah-meetings",
    title="Haldor's meetings with Mensah",
    kind="meeting",
    actors=[
        Actor(name="Erik Haldor", aliases=["Haldor"]),
        Actor(name="Kwame Mensah", aliases=["Mensah"]),
    ],
    parties=["Ghana"],
    places=["Accra", "Lisbon"],
    keywords=["meeting", "talks"],
)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Haldor to travel to Accra next week as cocoa talks gather pace", "scheduled"),
        ("Haldor will travel to Ghana next week.", "scheduled"),
        ("Haldor would be going to Ghana next week, an aide said.", "scheduled"),
        # a meeting told by its length alone is found by it too
        ("Haldor spent almost three hours with Mensah in Accra on Tuesday.", "held"),
    ],
)
def test_a_trip_to_the_other_side_is_found_on_its_own(text: str, status: str) -> None:
    found = extract_document(text, PUB, [ENVOY])
    assert [f.signal for f in found] == [status]


@pytest.mark.parametrize(
    "text",
    [
        # a third country, even the track's venue: the trip may serve another event there
        "Haldor spoke to reporters as he prepares to travel to Lisbon later this month.",
        "Haldor will travel to Paris next week.",
        "Haldor travelled to Accra last month.",
        # time spent with someone none of the track's
        "Haldor spent three hours with reporters in Accra on Tuesday.",
    ],
)
def test_a_trip_elsewhere_or_past_is_not_found_by_its_travel_words(text: str) -> None:
    assert extract_document(text, PUB, [ENVOY]) == []


def test_the_trip_named_again_is_the_trip_ahead_with_its_day() -> None:
    text = (
        "Haldor will travel to Ghana next week, an aide said.\n\n"
        "The trip follows weeks of talks on cocoa prices in Lisbon."
    )
    found = extract_document(text, PUB, [ENVOY])
    again = [f for f in found if f.exact.startswith("The trip follows")]
    assert len(again) == 1
    assert again[0].signal == "scheduled" and again[0].event_date == date(2026, 3, 9)


def test_a_trip_named_after_a_past_meeting_is_not_a_trip_ahead() -> None:
    text = (
        "Haldor met Mensah in Accra last month.\n\n"
        "The trip follows weeks of talks on cocoa prices in Lisbon."
    )
    found = extract_document(text, PUB, [ENVOY])
    assert all(f.signal != "scheduled" and f.signal != "proposed" for f in found)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # the event as the subject of a past verb
        ("The meeting gave Quispe the chance to answer the claims.", "meeting gave"),
        ("Quispe said her meeting with Haldor had achieved its aim.", "meeting with Haldor had"),
        ("Quispe says meeting with Haldor achieved its goal", "says meeting with Haldor"),
        ("The talks were overshadowed by a trade row, Quispe said.", "talks were overshadowed"),
        ("Their encounter drew crowds outside the palace, Quispe said.", "encounter drew"),
        # what came of it
        (
            "Among the outcomes of the meeting was a plan for a joint panel, Quispe said.",
            "outcomes",
        ),
        ("Five takeaways from the Haldor-Quispe talks", "takeaways from"),
    ],
)
def test_the_event_told_by_what_is_said_of_it_in_the_past_is_held(sentence: str, cue: str) -> None:
    f = _finding(sentence)
    assert f is not None
    assert f.signal == "held", (f.signal, f.cue)
    assert f.cue is not None and cue.lower() in f.cue.lower()
    assert f.rule is not None and "said of it in the past" in f.rule, f.rule


@pytest.mark.parametrize(
    "sentence",
    [
        "The planned meeting gave Quispe hope of a deal.",  # not yet the event
        "The last meeting gave Quispe little, she said.",  # another, earlier one
        "The meeting will give Quispe the chance to answer.",  # ahead
        "The meeting could give Quispe the chance to answer.",
        "If the meeting gave Quispe a chance, she did not take it.",  # a condition
        "The meeting seemed to give Quispe a chance, analysts said.",  # a seeming
        "The meeting was planned by aides of Quispe for weeks.",  # a plan
        "The talks in Bogota gave Quispe the chance to answer.",  # placed elsewhere
        "The trip gave Quispe the chance to answer.",  # not a noun of a meeting's kind
    ],
)
def test_the_event_said_of_ahead_elsewhere_or_as_a_plan_is_not_held(sentence: str) -> None:
    f = _finding(sentence)
    assert f is None or f.signal != "held", (f.signal, f.cue)


VISIT = Track(
    id="haldor-peru-visit",
    title="Haldor's state visit to Peru",
    kind="visit",
    actors=[
        Actor(name="Erik Haldor", aliases=["Haldor"]),
        Actor(name="Rosa Quispe", aliases=["Quispe"]),
    ],
    parties=["Norway", "Peru"],
    places=["Lima"],
    keywords=["visit", "state visit"],
)
VISIT_LEAD = "Erik Haldor arrived in Lima on Tuesday for a state visit to Peru."


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The visit gave Haldor a platform for a speech on fisheries.", "visit gave"),
        # the visitor's meeting or talks with the host are the visit's own
        ("The meeting with Quispe drew crowds outside the palace.", "meeting with"),
        ("A key outcome of the talks with Quispe was a fisheries accord.", "outcome of the talks"),
    ],
)
def test_a_visit_told_by_what_is_said_of_it_or_its_meeting_is_held(sentence: str, cue: str) -> None:
    f = _finding(sentence, VISIT, VISIT_LEAD)
    assert f is not None
    assert f.signal == "held", (f.signal, f.cue)
    assert f.cue is not None and cue.lower() in f.cue.lower()


def test_a_summit_named_on_a_visit_track_is_not_the_visit() -> None:
    f = _finding("The summit gave Haldor the chance to meet Quispe.", VISIT, VISIT_LEAD)
    assert f is None or f.signal != "held" or "summit" not in (f.cue or "").lower()
