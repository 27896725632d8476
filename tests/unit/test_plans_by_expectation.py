"""Plans told by expectation and itinerary (docs/lexicon.md, "Plans told by expectation,
itinerary and a day's programme"): a visitor's acts reached by a future from outside the cue
("will also tour the port and lay a wreath", "The first day of the visit will end with …",
"On the second day of the visit, <A> will travel to …"), a visit's rank told in the present
on a page that sets the visit ahead ("This is <A>'s first visit to …"), a stay told by its
days ("will be in <city> from 10 to 12 March"), a journey told on to a gathering ("are set
to travel on to <city> for the forum"), an itinerary's parts, and a plan recalled once its day has passed or in the
pluperfect ("had first been due to …"). Each with refusals: the act told done, the visit
told begun, a negation, a supposition, another tense. The sentences are the project's own,
on an invented visit and an invented forum."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import ANDES_BALTIC_FORUM, PUB, TRACKS, quispe_ghana_visit
from tracker.domain.models import Finding
from tracker.extract import extract_document
from tracker.extract.lexicon import load_lexicon
from tracker.extract.rulenames import PLAN_OF_A_DAY_GONE

VISIT = quispe_ghana_visit(["visit", "state visit", "trip"])
FORUM = ANDES_BALTIC_FORUM  # PUB is Wednesday 4 March 2026
SET = "Quispe will visit Ghana from 10 to 12 March. "
MADE = "Quispe arrived in Accra on Monday for a state visit. "


def _read(text: str, track_id: str = VISIT.id) -> list[Finding]:
    found = extract_document(text, PUB, [*TRACKS, VISIT, FORUM])
    return [f for f in found if f.track_id == track_id]


def _status(f: Finding, kind: str) -> str | None:
    """The status a finding claims (none when its mood withholds it; a held event told
    ahead is a plan, as the corpus scorer reads it)."""
    if f.signal is None or f.modality in ("negated", "denied", "hypothetical"):
        return None
    status = load_lexicon().status_for(f.signal, kind)
    return "proposed" if status == "held" and f.modality == "future" else status


def _last(text: str, track_id: str = VISIT.id) -> Finding:
    found = _read(text, track_id)
    assert found, text
    return found[-1]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two will also tour the port and lay a wreath at the Independence Arch.",
        "Quispe is expected to meet students, tour the port and lay a wreath in Accra.",
        "The first day of the visit will end with a state banquet.",
        "The last day of the visit is to close with a wreath-laying.",
        "On the second day of the visit, Quispe will travel to Kumasi.",
    ],
)
def test_a_visitors_act_reached_by_a_future_is_the_visit_set(sentence: str) -> None:
    f = _last(SET + sentence)
    assert _status(f, VISIT.kind) == "scheduled", (f.signal, f.modality, f.rule)
    assert f.event_date == date(2026, 3, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two toured the port and laid a wreath at the Independence Arch.",
        "Quispe laid a wreath at the Independence Arch.",
        "The first day of the visit ended with a state banquet.",
        "On the second day of the visit, Quispe travelled to Kumasi.",
    ],
)
def test_the_same_acts_told_done_are_the_visit_made(sentence: str) -> None:
    f = _last(MADE + sentence)
    assert f.signal == "visit_made" and f.modality in ("asserted", "reported"), f.rule


def test_a_visits_rank_in_the_present_on_a_page_that_sets_it_ahead_is_the_visit_set() -> None:
    f = _last(SET + "This is Quispe's first visit to West Africa.")
    assert f.signal == "scheduled", f.rule
    assert f.event_date == date(2026, 3, 10)
    g = _last(SET + "It is the President's first state visit to Ghana.")
    assert g.signal in ("scheduled", None), g.rule


@pytest.mark.parametrize(
    "text",
    [
        # the visit told begun: the present is the visit going on
        "Quispe arrived in Accra on Monday for a three-day state visit. "
        "This is Quispe's first visit to West Africa.",
        # no day ahead set on the page
        "This is Quispe's first visit to West Africa.",
    ],
)
def test_a_rank_in_the_present_stays_the_visit_made_without_a_plan_ahead(text: str) -> None:
    f = _last(text)
    assert f.signal == "visit_made", f.rule


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Quispe will be in Accra from 10 to 12 March.", date(2026, 3, 10)),
        ("Quispe is expected to be in Accra on Tuesday.", date(2026, 3, 10)),
        ("Quispe is due to be in Accra next week for the visit.", None),
    ],
)
def test_a_stay_told_by_its_days_is_the_visit_set(sentence: str, day: date | None) -> None:
    f = _last(sentence)
    assert _status(f, VISIT.kind) == "scheduled", (f.signal, f.modality, f.rule)
    if day is not None:
        assert f.event_date == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe will not be in Accra on Tuesday.",
        "Quispe could be in Accra on Tuesday.",
        "Quispe was in Accra from 10 to 12 February.",
        "Quispe will be in charge of the visit from Tuesday.",
    ],
)
def test_a_stay_denied_supposed_past_or_no_place_sets_nothing(sentence: str) -> None:
    assert all(_status(f, VISIT.kind) != "scheduled" for f in _read(sentence)), sentence


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Leaders are set to travel on to Tallinn for the Andes-Baltic Forum on Friday.",
            date(2026, 3, 6),
        ),
        ("Tamm is scheduled to go on to Tallinn for the forum on Friday.", date(2026, 3, 6)),
    ],
)
def test_a_journey_told_on_to_a_gathering_is_scheduled(sentence: str, day: date) -> None:
    f = _last(sentence, FORUM.id)
    assert _status(f, FORUM.kind) == "scheduled", (f.signal, f.modality, f.rule)
    assert f.event_date == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders are not set to travel on to Tallinn for the Andes-Baltic Forum on Friday.",
        "Leaders might travel on to Tallinn for the Andes-Baltic Forum on Friday.",
    ],
)
def test_a_journey_denied_or_supposed_is_not_scheduled(sentence: str) -> None:
    assert all(_status(f, FORUM.kind) != "scheduled" for f in _read(sentence, FORUM.id))


def test_an_itinerarys_part_is_the_visit_planned() -> None:
    f = _last("The itinerary of Quispe's visit to Ghana includes a state banquet on 10 March.")
    assert _status(f, VISIT.kind) == "scheduled", (f.signal, f.rule)
    g = _last("Quispe's programme in Accra will include a wreath-laying at the Arch.")
    assert _status(g, VISIT.kind) in ("proposed", "scheduled"), (g.signal, g.rule)
    assert all(
        _status(h, VISIT.kind) is None
        for h in _read("The itinerary of Quispe's visit to Ghana does not include a banquet.")
    )


@pytest.mark.parametrize(
    ("sentence", "track_id"),
    [
        ("Quispe was due to visit Ghana on 2 March, the foreign ministry said.", VISIT.id),
        ("The Andes-Baltic Forum was scheduled to open in Tallinn on 2 March.", FORUM.id),
        # the pluperfect: a plan before the time told, whatever day it names
        (
            "Tamm had first been due to join a forum session by video link on Friday, but she "
            "chose to come in person.",
            FORUM.id,
        ),
        ("Forum leaders had been expected to hold talks in Tallinn on Friday.", FORUM.id),
    ],
)
def test_a_plan_recalled_claims_no_status(sentence: str, track_id: str) -> None:
    f = _last(sentence, track_id)
    assert f.signal is None, (f.signal, f.rule)
    assert PLAN_OF_A_DAY_GONE in (f.rule or "")


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The Andes-Baltic Forum was scheduled to open in Tallinn on 20 March.", date(2026, 3, 20)),
        ("The Andes-Baltic Forum is scheduled to open in Tallinn on Friday.", date(2026, 3, 6)),
    ],
)
def test_a_plan_of_a_day_still_ahead_stands(sentence: str, day: date) -> None:
    f = _last(sentence, FORUM.id)
    assert f.signal == "scheduled", f.rule
    assert f.event_date == day


def test_a_programmes_part_while_the_visit_goes_on_claims_no_status() -> None:
    """Once the page tells the visit made, what its programme still holds is a part of it
    ahead (corpus group 5's ``part-of-event``), not a new plan; before the visit it is the
    visit planned."""
    during = _last(MADE + "Quispe's programme in Ghana includes a stop at the port of Tema.")
    assert during.signal is None, during.rule
    before = _last(SET + "Quispe's programme in Ghana includes a stop at the port of Tema.")
    assert _status(before, VISIT.kind) in ("proposed", "scheduled"), before.rule
