"""Plans told ahead with their days: a tour ahead, leaders who will gather or convene, a
visit that will begin, a programme that includes talks, the days an event runs over, an
arrival ("reaches …") for a gathering still ahead. With its day a plan is scheduled, without
one it is proposed; a wish, a condition, a negation, a plan undone and another event's days
schedule nothing. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.models import Actor, Finding, Track
from tracker.extract import extract_document
from tracker.infer.claims import claimed_status

PUB = date(2026, 5, 6)  # a Wednesday
SUMMIT = Track(
    id="valletta-summit",
    title="Abela–Christodoulides summit in Valletta",
    kind="summit",
    actors=[
        Actor(name="Robert Abela", aliases=["Abela"]),
        Actor(name="Nikos Christodoulides", aliases=["Christodoulides"]),
    ],
    parties=["Malta", "Cyprus"],
    places=["Valletta", "Malta"],
    keywords=["summit", "talks", "meeting"],
)
VISIT = Track(
    id="christodoulides-malta-visit",
    title="Christodoulides's state visit to Malta",
    kind="visit",
    actors=[
        Actor(name="Nikos Christodoulides", aliases=["Christodoulides"]),
        Actor(name="Robert Abela", aliases=["Abela"]),
    ],
    parties=["Cyprus", "Malta"],
    places=["Valletta", "Malta", "Gozo"],
    keywords=["visit", "state visit", "trip"],
)
TALKS = Track(
    id="valletta-maritime-talks",
    title="Malta–Cyprus maritime talks",
    kind="talks",
    actors=[
        Actor(name="Ian Borg", aliases=["Borg"]),
        Actor(name="Constantinos Kombos", aliases=["Kombos"]),
    ],
    parties=["Malta", "Cyprus"],
    places=["Valletta", "Nicosia"],
    keywords=["maritime talks", "talks", "round"],
)
GATHERING = Track(
    id="med9-summit",
    title="MED9 leaders' summit in Valletta",
    kind="summit",
    actors=[Actor(name="Robert Abela", aliases=["Abela"])],
    parties=["MED9"],
    places=["Valletta", "Malta"],
    keywords=["MED9 summit", "MED9", "summit"],
)


def _found(text: str, track: Track, published: date = PUB) -> list[Finding]:
    return [f for f in extract_document(text, published, [track]) if f.track_id == track.id]


def _read(
    text: str, track: Track = SUMMIT, published: date = PUB
) -> tuple[str | None, date | None]:
    found = _found(text, track, published)
    if not found:
        return None, None
    last = found[-1]
    return claimed_status(last, track.kind), last.event_date


def _reads(sentence: str, status: str | None, day: date | None, track: Track = SUMMIT) -> None:
    """The sentence's last finding claims ``status``, on ``day`` when one is given."""
    got_status, got_day = _read(sentence, track)
    assert got_status == status, sentence
    if day is not None:
        assert got_day == day, sentence


# -- A tour ahead: "is to tour <country> on <days>", "will tour …"


@pytest.mark.parametrize(
    ("sentence", "status", "day"),
    [
        (
            "Christodoulides is to tour Malta on May 13-16 and hold talks with Abela.",
            "scheduled",
            date(2026, 5, 13),
        ),
        (
            "Christodoulides will tour Malta from 13 to 16 May for talks with Abela.",
            "scheduled",
            date(2026, 5, 13),
        ),
        (
            "Christodoulides will tour Malta next week for talks with Abela.",
            "scheduled",
            date(2026, 5, 11),
        ),
        ("Christodoulides will tour Malta for talks with Abela.", "proposed", PUB),
        # a wish, a condition, a negation, a question, a plan undone: no date fixed
        (
            "Christodoulides hopes to tour Malta on May 13 for talks with Abela.",
            "proposed",
            date(2026, 5, 13),
        ),
        (
            "If the strike ends, Christodoulides will tour Malta on May 13 for talks with Abela.",
            "proposed",
            date(2026, 5, 13),
        ),
        ("Christodoulides will not tour Malta on May 13 for talks with Abela.", None, None),
        ("Will Christodoulides tour Malta on May 13 for talks with Abela?", None, None),
        (
            "Christodoulides was to tour Malta on May 13 for talks with Abela, but the trip was called off.",
            "cancelled",
            None,
        ),
    ],
)
def test_a_tour_ahead(sentence: str, status: str | None, day: date | None) -> None:
    _reads(sentence, status, day)


# -- Leaders who will gather / convene / assemble in a place on a day


@pytest.mark.parametrize(
    ("sentence", "status", "day"),
    [
        (
            "Abela and Christodoulides will gather in Valletta on 24-25 May.",
            "scheduled",
            date(2026, 5, 24),
        ),
        (
            "Abela and Christodoulides are to convene in Valletta on Friday.",
            "scheduled",
            date(2026, 5, 8),
        ),
        (
            "Abela and Christodoulides will assemble at the Auberge de Castille next Tuesday.",
            "scheduled",
            date(2026, 5, 12),
        ),
        ("Abela and Christodoulides will gather in Valletta.", "proposed", PUB),
        ("Abela and Christodoulides would like to gather in Valletta on Friday.", None, None),
        ("Abela and Christodoulides will not gather in Valletta on Friday.", None, None),
        ("Abela and Christodoulides gathered in Valletta on Monday.", "held", date(2026, 5, 4)),
    ],
)
def test_leaders_who_will_gather(sentence: str, status: str | None, day: date | None) -> None:
    _reads(sentence, status, day)


# -- A visit that will begin: "will begin a three-day state visit to <country> on Monday"


@pytest.mark.parametrize(
    ("sentence", "status", "day"),
    [
        (
            "Christodoulides will begin a three-day state visit to Malta on Monday.",
            "scheduled",
            date(2026, 5, 11),
        ),
        (
            "Christodoulides is due to start his state visit to Malta on May 18.",
            "scheduled",
            date(2026, 5, 18),
        ),
        ("Christodoulides to begin four-day state visit to Malta", "proposed", PUB),
        ("Christodoulides is to embark on a state visit to Malta.", "proposed", PUB),
        ("Christodoulides will not begin his state visit to Malta on Monday.", None, None),
        (
            "Christodoulides hopes to begin a state visit to Malta on Monday.",
            "proposed",
            date(2026, 5, 11),
        ),
    ],
)
def test_a_visit_that_will_begin(sentence: str, status: str | None, day: date | None) -> None:
    _reads(sentence, status, day, VISIT)


# -- A programme that includes talks on a day


@pytest.mark.parametrize(
    ("sentence", "status", "day"),
    [
        (
            "The programme includes talks between Abela and Christodoulides on Tuesday.",
            "scheduled",
            date(2026, 5, 12),
        ),
        (
            "Christodoulides's itinerary in Valletta features a meeting with Abela on May 14.",
            "scheduled",
            date(2026, 5, 14),
        ),
        ("The agenda includes a summit of Abela and Christodoulides.", "proposed", PUB),
        (
            "The programme does not include talks between Abela and Christodoulides on Tuesday.",
            None,
            None,
        ),
    ],
)
def test_a_programme_that_includes_talks(
    sentence: str, status: str | None, day: date | None
) -> None:
    _reads(sentence, status, day)


# -- The days an event runs over: "runs from …", "is set to run from …"


@pytest.mark.parametrize(
    ("sentence", "published", "status"),
    [
        (
            "The MED9 summit, which runs from May 14 to 15, will focus on migration.",
            PUB,
            "scheduled",
        ),
        ("The MED9 summit is set to run from 14 to 15 May.", PUB, "scheduled"),
        ("The MED9 summit will not run from May 14 to 15.", PUB, None),
        # under way on the article's day: no date set ahead any more
        (
            "The MED9 summit, which runs from May 14 to 15, will focus on migration.",
            date(2026, 5, 14),
            None,
        ),
    ],
)
def test_the_days_an_event_runs(sentence: str, published: date, status: str | None) -> None:
    got_status, _ = _read(sentence, GATHERING, published)
    assert got_status == status, sentence


def test_the_days_another_event_runs_set_nothing() -> None:
    found = _found(
        "Abela, host of the MED9 summit, returns to parliament after the budget session runs "
        "from May 11 to 13.",
        GATHERING,
    )
    assert found
    assert all(f.signal != "scheduled" for f in found), [f.cue for f in found]


# -- An arrival for a gathering still ahead: "reaches <place> for the summit"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Abela reaches Valletta for the MED9 summit.", "scheduled"),
        ("Abela has reached Valletta to attend the MED9 summit on Friday.", "scheduled"),
        ("Abela reaches Malta for MED9 outreach.", "scheduled"),
        ("Abela has not reached Valletta for the MED9 summit.", None),
    ],
)
def test_an_arrival_for_a_gathering_ahead(sentence: str, status: str | None) -> None:
    got_status, _ = _read(sentence, GATHERING)
    assert got_status == status, sentence


# -- Leaders who head, fly or converge to the venue for the gathering (a headline's present)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("MED9 leaders head to Valletta for the summit.", "scheduled"),
        ("Delegations converge on Valletta for the MED9 summit on Friday.", "scheduled"),
        ("MED9 leaders begin to fly into Malta for the summit.", "scheduled"),
        ("MED9 leaders did not head to Valletta for the summit.", None),
    ],
)
def test_leaders_who_head_to_the_gathering(sentence: str, status: str | None) -> None:
    got_status, _ = _read(sentence, GATHERING)
    assert got_status == status, sentence


# -- Due or expected in the place for the event: "is due in <city> next week for talks" (on
# talks, where no trip of a summit's people reads it otherwise: scheduled is the talks going on)


@pytest.mark.parametrize(
    ("sentence", "status", "day"),
    [
        ("Kombos is due in Valletta next week for talks with Borg.", "active", date(2026, 5, 11)),
        (
            "Kombos is expected in Valletta on the 14th for a new round of talks.",
            "active",
            date(2026, 5, 14),
        ),
        (
            "Kombos and Borg are due in Nicosia on Friday for the maritime talks.",
            "active",
            date(2026, 5, 8),
        ),
        # no day: a proposal, which talks read as no status of their own
        ("Kombos is due in Valletta for talks with Borg.", None, None),
        ("Kombos is not due in Valletta next week for talks with Borg.", None, None),
        (
            "Kombos was due in Valletta on Monday for talks with Borg, but the round was postponed.",
            None,
            None,
        ),
    ],
)
def test_due_in_the_place_for_the_talks(
    sentence: str, status: str | None, day: date | None
) -> None:
    _reads(sentence, status, day, TALKS)


# -- A wished or supposed plan takes no day the article sets for the event elsewhere


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Christodoulides will tour Malta for talks with Abela.", "scheduled"),
        ("If the strike ends, Christodoulides will tour Malta for talks with Abela.", "proposed"),
        ("Christodoulides would like to tour Malta for talks with Abela.", "proposed"),
    ],
)
def test_a_wished_plan_takes_no_day_set_elsewhere(sentence: str, status: str | None) -> None:
    text = f"Abela and Christodoulides will hold a summit in Valletta on May 14.\n{sentence}"
    found = _found(text, SUMMIT)
    assert len(found) == 2, [f.exact for f in found]
    assert claimed_status(found[-1], SUMMIT.kind) == status, sentence
