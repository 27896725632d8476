"""Reading a gathering of many with set days: leaders' attendance announced, confirmed or
refused, the days told as a range, and the pair of guests who meet on its sidelines; each on
sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.models import Actor, Finding, Track
from tracker.extract import extract_document
from tracker.extract.cuechoice import on_its_sidelines
from tracker.extract.signals import CueHit
from tracker.infer.claims import claimed_status

PUB = date(2026, 4, 14)  # a Tuesday
FORUM = Track(
    id="pacific-forum-summit",
    title="Pacific Rim Forum summit in Nadi",
    kind="summit",
    actors=[Actor(name="Sitiveni Rabuka", aliases=["Rabuka"])],
    parties=["Pacific Rim Forum", "Fiji"],
    places=["Nadi"],
    keywords=["Pacific Rim Forum", "summit", "leaders' meeting"],
)
PAIR = Track(
    id="lula-milei-meeting",
    title="Lula–Milei meeting",
    kind="meeting",
    actors=[
        Actor(name="Luiz Inacio Lula da Silva", aliases=["Lula"]),
        Actor(name="Javier Milei", aliases=["Milei"]),
    ],
    parties=["Brazil", "Argentina"],
    places=["Suva"],
    keywords=["meeting", "talks"],
)
# The same summit between two countries only: "the two leaders" are its own.
BILATERAL = Track(
    id="fiji-tonga-summit",
    title="Fiji–Tonga summit in Nadi",
    kind="summit",
    actors=[Actor(name="Sitiveni Rabuka", aliases=["Rabuka"])],
    parties=["Fiji", "Tonga"],
    places=["Nadi"],
    keywords=["summit"],
)


def _found(text: str, tracks: list[Track], track: Track) -> list[Finding]:
    return [f for f in extract_document(text, PUB, tracks) if f.track_id == track.id]


def _statuses(text: str, tracks: list[Track], track: Track) -> dict[str, str | None]:
    return {f.exact: claimed_status(f, track.kind) for f in _found(text, tracks, track)}


# -- "The two leaders" after a sentence on a gathering of many are two of its guests


@pytest.mark.parametrize(
    "second",
    [
        "The two leaders met for an hour at a hotel in Suva.",
        "Both leaders held talks at a hotel in Suva on Monday.",
        "The two presidents had met in Suva the day before.",
    ],
)
def test_a_pair_after_a_gathering_of_many_is_not_the_gathering(second: str) -> None:
    text = (
        "Lula flew on to Nadi to take part in the Pacific Rim Forum summit set for Friday.\n\n"
        + second
    )
    got = _statuses(text, [FORUM, PAIR], FORUM)
    assert second not in got, got


def test_the_pair_of_a_summit_between_two_is_still_its_own() -> None:
    text = (
        "Rabuka flew to Nadi for the Fiji-Tonga summit set for Friday.\n\n"
        "The two leaders met for an hour on Friday morning."
    )
    got = _statuses(text, [BILATERAL], BILATERAL)
    assert got.get("The two leaders met for an hour on Friday morning.") == "held", got


def _read(text: str, track: Track = FORUM) -> tuple[str | None, date | None]:
    found = _found(text, [track], track)
    assert found, text
    last = found[-1]
    return claimed_status(last, track.kind), last.event_date


FRIDAY = date(2026, 4, 17)


# -- Attendance announced ahead: the gathering stands set


@pytest.mark.parametrize(
    "sentence",
    [
        "Rabuka will attend the summit in Nadi.",
        "Rabuka will also take part in the leaders' meeting in Nadi.",
        "Rabuka is expected to attend the summit in Nadi.",
        "Rabuka and his ministers are set to participate in the summit in Nadi.",
        "Rabuka is to attend the summit in Nadi.",
        "The summit in Nadi will be attended by leaders from twenty countries.",
        "Fiji confirmed its participation in the summit in Nadi.",
        "Fiji will be represented at the summit in Nadi by its foreign minister.",
        "Rabuka is also expected to travel to Nadi for the summit.",
    ],
)
def test_attendance_announced_ahead_is_the_gathering_scheduled(sentence: str) -> None:
    # no day in the sentence: the attendance itself tells that the gathering is set
    assert _read(sentence) == ("scheduled", PUB)


def test_attendance_is_dated_by_the_gatherings_day() -> None:
    assert _read("Rabuka will attend the summit in Nadi on Friday.") == ("scheduled", FRIDAY)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Rabuka will not attend the summit in Nadi on Friday.", None),
        ("Rabuka refused to attend the summit in Nadi on Friday.", None),
        ("Rabuka would attend the summit in Nadi on Friday only if invited.", None),
        ("Rabuka attended the summit in Nadi on Friday.", "held"),
    ],
)
def test_attendance_refused_supposed_or_past_is_not_a_plan(
    sentence: str, status: str | None
) -> None:
    assert _read(sentence)[0] == status


def test_attendance_on_a_negotiation_moves_nothing() -> None:
    talks = Track(
        id="fiji-tonga-talks",
        title="Fiji–Tonga maritime talks",
        kind="talks",
        actors=[Actor(name="Sitiveni Rabuka", aliases=["Rabuka"])],
        parties=["Fiji", "Tonga"],
        places=["Nadi"],
        keywords=["talks", "negotiations"],
    )
    assert _read("Rabuka will attend the talks in Nadi on Friday.", talks)[0] is None


# -- The attendance cue goes to the event attended, not to another track of its subject

XI_LULA = Track(
    id="xi-lula-meeting",
    title="Xi–Lula meeting",
    kind="meeting",
    actors=[
        Actor(name="Xi Jinping", aliases=["Xi"]),
        Actor(name="Luiz Inacio Lula da Silva", aliases=["Lula"]),
    ],
    parties=["China", "Brazil"],
    places=["Nadi"],
    keywords=["meeting", "talks", "Pacific Rim Forum"],
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Xi will attend the Pacific Rim Forum leaders' meeting in Nadi from April 17 to 18.",
        "Xi is expected to take part in the Pacific Rim Forum summit in Nadi on April 17.",
        "Xi is set to join the Pacific Rim Forum summit in Nadi on April 17.",
    ],
)
def test_the_event_attended_takes_the_cue(sentence: str) -> None:
    got = _statuses(sentence, [FORUM, XI_LULA], FORUM)
    assert got.get(sentence) == "scheduled", got


def test_a_meeting_of_the_subject_still_reads_its_own_cue() -> None:
    sentence = "Xi will meet Lula in Nadi on April 17, on the sidelines of the summit."
    got = _statuses(sentence, [FORUM, XI_LULA], XI_LULA)
    assert got.get(sentence) == "scheduled", got


# -- A gathering's own proper name is enough to name it

# (its name holds no party, person or place of the track)
NAMED = Track(
    id="coral-sea-summit",
    title="Coral Sea Leaders' Summit",
    kind="summit",
    actors=[],
    parties=["Fiji"],
    places=["Nadi"],
    keywords=["Coral Sea Leaders' Summit", "summit"],
)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Coral Sea Leaders' Summit postponed", "postponed"),
        ("The Coral Sea Leaders' Summit has been called off.", "cancelled"),
    ],
)
def test_a_proper_name_of_three_words_names_the_gathering(sentence: str, status: str) -> None:
    assert _read(sentence, NAMED)[0] == status


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders' summit has been called off.",  # no name of its own
        "The coral sea leaders' summit has been called off.",  # not told as a name
    ],
)
def test_a_common_name_alone_does_not_name_the_gathering(sentence: str) -> None:
    assert not _found(sentence, [NAMED], NAMED)


# -- A gathering told as opened: "kicks off in", "got under way in", "opens;"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pacific Rim Forum kicks off in Nadi",
        "The Pacific Rim Forum got under way in Nadi on Monday.",
        "Pacific Rim Forum opens; Rabuka calls for unity",
        "The summit in Nadi, which Rabuka chairs, opened at Denarau on Monday.",
    ],
)
def test_a_gathering_told_as_opened_is_held(sentence: str) -> None:
    assert _read(sentence)[0] == "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Pacific Rim Forum summit opens on Friday in Nadi.",  # ahead
        "Rabuka opened a new airport terminal in Nadi; the summit follows next week.",
    ],
)
def test_an_opening_ahead_or_of_something_else_is_not_held(sentence: str) -> None:
    assert _read(sentence)[0] != "held"


# -- A gathering told by a range of days: its first day, in the year written after the range


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The summit will be held in Nadi from April 20 to 22, 2027.", date(2027, 4, 20)),
        ("The summit will be held in Nadi on April 20 and 21, 2027.", date(2027, 4, 20)),
        ("The summit will be held in Nadi from 20 to 22 April 2027.", date(2027, 4, 20)),
        ("The summit will be held in Nadi on April 20-22, 2027.", date(2027, 4, 20)),
        # no year: the nearest
        ("The summit will be held in Nadi from April 20 to 22.", date(2026, 4, 20)),
    ],
)
def test_a_range_of_days_dates_the_gathering_by_its_first_day(sentence: str, day: date) -> None:
    assert _read(sentence) == ("scheduled", day)


def test_a_day_and_a_count_after_it_are_no_range() -> None:
    # "April 20 and 30 leaders": no second day, and no year after it
    got = _read("The summit in Nadi on April 20 and 30 leaders will attend, 2027 brochures say.")
    assert got[1] == date(2026, 4, 20)


# -- A leader's departure, trip or headline infinitive for the gathering


@pytest.mark.parametrize(
    "sentence",
    [
        "Rabuka leaves for Nadi Pacific Rim Forum summit",
        "Pacific Rim Forum leaders to attend Nadi summit",
        "Rabuka heads for the Nadi summit",
        "Rabuka will join other leaders of the region and their ministers at the three-day summit "
        "in Nadi.",
    ],
)
def test_a_departure_or_headline_for_the_gathering_is_it_scheduled(sentence: str) -> None:
    assert _read(sentence)[0] == "scheduled"


def test_the_attendance_verb_outranks_a_nearer_cue_of_the_gathering_it_attends() -> None:
    # "three-day summit" alone tells a summit of set days; here it is what the king will join
    sentence = (
        "The Tongan king will join other heads of state and government of the region at the "
        "three-day summit in Nadi."
    )
    assert _read(sentence)[0] == "scheduled"


@pytest.mark.parametrize(
    "sentence",
    [
        "Rabuka refused to attend the summit in Nadi.",
        "Rabuka hopes to attend the summit in Nadi.",
        "Rabuka was to attend the summit in Nadi.",
    ],
)
def test_an_infinitive_of_refusal_wish_or_undone_plan_is_not_scheduled(sentence: str) -> None:
    assert _read(sentence)[0] != "scheduled"


# -- Two guests meeting on the sidelines of the gathering: not the gathering's status


@pytest.mark.parametrize(
    "sentence",
    [
        "On the sidelines of the summit, Rabuka will hold talks with the Tongan king in Nadi.",
        "Rabuka will also meet the Tongan king on the sidelines of the summit in Nadi.",
        "Rabuka met the Tongan king on the margins of the Pacific Rim Forum summit in Nadi.",
    ],
)
def test_a_meeting_on_the_sidelines_of_the_gathering_is_not_its_status(sentence: str) -> None:
    assert _read(sentence)[0] is None


def test_what_was_said_on_the_margins_is_no_meeting_beside_it() -> None:
    sentence = "On Monday, on the margins of the summit in Nadi, Rabuka said the talks went well."
    summit = sentence.index("summit")
    hit = CueHit("held", "said", 0, 9, sentence[:9])
    named = [(summit, summit + len("summit"))]
    assert not on_its_sidelines(sentence, hit, named)
    told = "Rabuka will meet the king on the sidelines of the summit in Nadi."
    summit = told.index("summit")
    assert on_its_sidelines(told, hit, [(summit, summit + len("summit"))])


def test_a_meeting_on_the_sidelines_is_the_meetings_own() -> None:
    sentence = "Xi met Lula on the sidelines of the summit in Nadi on Monday."
    got = _statuses(sentence, [FORUM, XI_LULA], XI_LULA)
    assert got.get(sentence) == "held", got


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a willingness to take part is a wish to meet, as before
        ("Rabuka expressed a willingness to participate in the summit in Nadi.", "proposed"),
        # a purpose within a past stay is no plan
        ("Rabuka stayed in Nadi long enough to attend the summit dinner.", None),
    ],
)
def test_an_infinitive_of_willingness_or_within_a_past_stay_is_not_attendance_ahead(
    sentence: str, status: str | None
) -> None:
    found = _found(sentence, [FORUM], FORUM)
    assert all(f.signal != "attending" for f in found), found
