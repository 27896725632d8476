"""A tour of several countries told by its stages, and an arrival for an encounter ahead.

A stage told done or under way (landed in a capital named by its country, welcomed at the
airport, the last stop or second leg of the tour, the departure on the tour, a headline's end
of the tour, the officials travelling with the visitor, "This is his fourth visit to", the
arrival named by a noun, a saying on arrival, an arrival whose cue went to another event)
reads the tour held; a stage told ahead, negated, hypothetical or of an earlier visit does
not. On a summit track an arrival for the summit is dated to the summit's day the article
states. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.models import Actor, Finding, Track
from tracker.domain.vocabulary import TrackKind
from tracker.extract import extract_document, load_lexicon
from tracker.extract.visits import made_on_arrival
from tracker.infer.claims import claimed_status

PUB = date(2026, 5, 6)  # a Wednesday
TOUR = Track(
    id="abela-baltic-tour",
    title="Abela's Baltic tour",
    kind="visit",
    actors=[Actor(name="Robert Abela", aliases=["Abela"])],
    parties=["Malta", "Estonia", "Latvia", "Lithuania"],
    places=["Tallinn", "Riga", "Vilnius"],
    keywords=["Baltic tour", "tour", "state visit", "visit"],
)
SUMMIT = Track(
    id="baltic-sea-summit",
    title="Baltic Sea leaders' summit in Riga",
    kind="summit",
    actors=[Actor(name="Evika Silina", aliases=["Silina"])],
    parties=["Council of the Baltic Sea States"],
    places=["Riga"],
    keywords=["Baltic Sea summit", "summit"],
)


def _found(text: str, track: Track) -> list[Finding]:
    return [f for f in extract_document(text, PUB, [track]) if f.track_id == track.id]


def _last(text: str, track: Track = TOUR) -> tuple[str | None, date | None]:
    found = _found(text, track)
    assert found, f"no excerpt for {track.id}: {text!r}"
    last = found[-1]
    return claimed_status(last, track.kind), last.event_date


@pytest.mark.parametrize(
    "sentence",
    [
        # landed in a capital named by its country
        "Maltese Prime Minister Robert Abela touched down in the Estonian capital, Tallinn, "
        "on Monday on the first stop of his Baltic tour.",
        "Robert Abela landed in the Latvian capital on Tuesday for a state visit.",
        # welcomed at the airport
        "Abela was formally received at the airport in Vilnius by the Lithuanian president "
        "on his state visit.",
        "Robert Abela was welcomed on the tarmac at Riga airport at the start of his state visit.",
        # a stage of the tour
        "Lithuania is the third and last stop of Abela's Baltic tour.",
        "Abela's stay in Latvia was the second leg of a three-nation Baltic tour.",
        "Vilnius is the end point of Abela's three-nation Baltic tour.",
        # the departure on the tour
        "Robert Abela sets out today on a three-nation Baltic tour, starting in Tallinn.",
        "Robert Abela embarks today on a three-nation Baltic tour.",
        # a headline's end of the tour, with no article
        "Abela ends three-nation Baltic tour in Vilnius",
        # the officials travelling with the visitor
        "Travelling with Abela on the Baltic tour are his foreign and trade ministers.",
        "Robert Abela was accompanied on the trip by Foreign Minister Ian Borg during his "
        "state visit to Estonia.",
        # the visit counted as it goes on
        "This is Robert Abela's second visit to Estonia.",
        # the arrival named by a noun, and a saying on arrival
        "Abela's arrival in Riga was marked by a guard of honour on his Baltic tour.",
        "In a statement upon his arrival in Tallinn, Abela said the tour would deepen ties.",
        "Speaking after stepping off his plane in Vilnius, Abela said he was glad to be on "
        "his Baltic tour.",
        # a visitor's own post with its subject left out
        '"Landed in Tallinn, where I will meet the Estonian prime minister," Abela wrote '
        "on his Baltic tour.",
        # the tour told by its stops
        "Abela's state visit to Latvia is part of a three-nation Baltic tour.",
        "Vilnius closes a Baltic tour that took in stops in Estonia and Latvia.",
        "Vilnius closes a Baltic tour which earlier took Abela to Tallinn.",
        "The Latvian leg, the second of the Baltic tour, brought a defence agreement for Abela.",
        "All through the Baltic tour, Abela has pressed for closer energy links.",
    ],
)
def test_a_stage_told_done_or_under_way_reads_the_tour_held(sentence: str) -> None:
    status, _ = _last(sentence)
    assert status == "held"


@pytest.mark.parametrize(
    ("sentence", "refused"),
    [
        # told ahead
        (
            "Robert Abela will touch down in the Estonian capital, Tallinn, on Monday for a "
            "state visit.",
            "held",
        ),
        ("Lithuania will be the third and last stop of Abela's Baltic tour.", "held"),
        ("Robert Abela will set out next week on a three-nation Baltic tour.", "held"),
        ("This will be Robert Abela's second visit to Estonia.", "held"),
        # negated, or a condition
        ("Robert Abela did not set out on his Baltic tour after all.", "held"),
        (
            "If Robert Abela lands in the Latvian capital on time, the state visit goes ahead.",
            "held",
        ),
        # an earlier visit recalled
        ("Robert Abela last arrived in Riga in 2019, on his first visit to Latvia.", "held"),
        # the tour's stops or its course told ahead
        ("Abela's state visit to Latvia will be part of a three-nation Baltic tour.", "held"),
        ("Throughout the Baltic tour, Abela will press for closer energy links.", "held"),
        ('"I will have landed in Tallinn by then," Abela said of his Baltic tour.', "held"),
    ],
)
def test_a_stage_ahead_negated_or_recalled_reads_no_tour_held(sentence: str, refused: str) -> None:
    found = _found(sentence, TOUR)
    assert all(claimed_status(f, TOUR.kind) != refused for f in found)


def test_a_part_of_the_tour_ahead_once_a_stage_is_made_claims_nothing() -> None:
    text = (
        "Robert Abela arrived in Tallinn on Monday on the first stop of his Baltic tour.\n\n"
        "Riga will be the second stop of Abela's Baltic tour."
    )
    found = _found(text, TOUR)
    assert claimed_status(found[0], TOUR.kind) == "held"
    assert claimed_status(found[-1], TOUR.kind) is None


def test_an_arrival_whose_cue_went_to_the_summit_still_makes_the_visit() -> None:
    text = (
        "Robert Abela has arrived in Riga on a three-day state visit in which he will take "
        "part in the Baltic Sea summit."
    )
    both = extract_document(text, PUB, [TOUR, SUMMIT])
    tour = [f for f in both if f.track_id == TOUR.id]
    assert tour and claimed_status(tour[-1], TOUR.kind) == "held"


FRIDAY = date(2026, 5, 8)


def _summit(text: str) -> list[Finding]:
    return [f for f in extract_document(text, FRIDAY, [SUMMIT]) if f.track_id == SUMMIT.id]


@pytest.mark.parametrize(
    "arrival",
    [
        "Abela arrives in Riga to attend Baltic Sea summit",
        "Robert Abela landed in Riga on Thursday evening for the Baltic Sea summit.",
        "Robert Abela has arrived in Riga for the Baltic Sea summit, his office said on Thursday.",
    ],
)
def test_an_arrival_for_a_summit_ahead_is_dated_to_the_summit(arrival: str) -> None:
    text = f"{arrival}\n\nAbela will attend the Baltic Sea summit in Riga on May 8 and 9."
    first = _summit(text)[0]
    assert claimed_status(first, SUMMIT.kind) == "scheduled"
    assert first.event_date == FRIDAY


@pytest.mark.parametrize(
    "plan",
    [
        # no day stated for the summit, or only its month
        "Abela will attend the Baltic Sea summit in Riga.",
        "Abela will attend the Baltic Sea summit in Riga in May.",
    ],
)
def test_an_arrival_keeps_its_own_day_without_the_summits_day(plan: str) -> None:
    text = f"Robert Abela landed in Riga on Thursday evening for the Baltic Sea summit.\n\n{plan}"
    assert _summit(text)[0].event_date == date(2026, 5, 7)


def test_on_a_visit_track_the_arrival_keeps_the_day_of_landing() -> None:
    text = (
        "Robert Abela landed in Riga on Thursday evening on his Baltic tour.\n\n"
        "Abela will attend the Baltic Sea summit in Riga on May 8 and 9."
    )
    found = [f for f in extract_document(text, FRIDAY, [TOUR]) if f.track_id == TOUR.id]
    assert claimed_status(found[0], TOUR.kind) == "held"
    assert found[0].event_date == date(2026, 5, 7)


def _bare(exact: str, modality: str = "asserted") -> Finding:
    """A finding of the visit track whose sentence's cue went to another event."""
    return Finding(
        track_id=TOUR.id,
        start=0,
        end=len(exact),
        exact=exact,
        prefix="",
        suffix="",
        signal=None,
        modality=modality,
        event_date=PUB,
        date_precision="day",
        date_basis="inferred",
    )


@pytest.mark.parametrize(
    ("exact", "modality", "status"),
    [
        (
            "Robert Abela has arrived here in Latvia on a four-day visit in which he will take "
            "part in the Baltic Sea summit.",
            "asserted",
            "held",
        ),
        (
            "Abela landed in Riga on Tuesday for a three-day state visit that includes the Baltic "
            "Sea summit.",
            "reported",
            "held",
        ),
        # another leader's landing told with no visit, an arrival recalled, one ahead or denied
        (
            "The Estonian president landed in Riga on Sunday to attend the Baltic Sea summit.",
            "asserted",
            None,
        ),
        ("Abela last arrived in Riga on a state visit in 2019.", "asserted", None),
        ("Abela arrived in Riga on his previous visit to Latvia.", "asserted", None),
        ("Abela will have arrived in Riga on a state visit by then.", "future", None),
        ("Abela has not arrived in Riga on a state visit.", "negated", None),
    ],
)
def test_an_arrival_on_a_visit_whose_cue_went_elsewhere_makes_the_visit(
    exact: str, modality: str, status: str | None
) -> None:
    (read,) = made_on_arrival([_bare(exact, modality)], {TOUR.id: TrackKind.VISIT}, load_lexicon())
    assert claimed_status(read, TOUR.kind) == status
