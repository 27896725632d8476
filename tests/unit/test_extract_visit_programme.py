"""A visit's programme told without the usual cue: a wreath laid with no article, troops
reviewed, anthems stood for, a welcome ceremony held, an address to parliament by verb or
noun, a family photograph, a greeting at the door, a working lunch, a joint session
addressed, a high point of the visit, the visitor "in <city> on a two-day visit", a stop of
a tour, a sight toured. Told as done or going on, each is the visit ``held`` on a visit
track; told ahead, denied, negated, hoped for or under a condition, it is not
(docs/lexicon.md, "A visit's programme told without names or the usual cue"). Sentences
invented."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, SUMMIT
from tests.unit.test_lexicon_kinds import MEETING, VISIT
from tracker.domain.models import Track
from tracker.extract import extract_document
from tracker.infer.claims import claimed_status


def _read(text: str, track: Track) -> list[tuple[str | None, str | None]]:
    found = [f for f in extract_document(text, PUB, [track]) if f.track_id == track.id]
    return [(f.signal, claimed_status(f, track.kind)) for f in found]


@pytest.mark.parametrize(
    "sentence",
    [
        # a wreath, headline and plural forms
        "Quispe lays wreath at Independence Arch during state visit to Ghana",
        "Quispe and Mensah laid wreaths at the Independence Arch in Accra on Tuesday.",
        "The wreath-laying was the first act of Quispe's day in Accra.",
        # troops or an honour guard reviewed, anthems
        "Quispe and Mensah then reviewed the troops in Accra.",
        "Quispe reviewed an honour guard at Jubilee House in Accra.",
        "Quispe and Mensah stood for the national anthems of both countries in Accra.",
        "The national anthems were played as Quispe arrived at Jubilee House in Accra.",
        # a welcome ceremony held
        "The welcome ceremony for Quispe was held at Jubilee House in Accra.",
        # an address to parliament, verb and noun
        "Quispe gave a speech to the Ghanaian parliament in Accra on Tuesday.",
        "Quispe praised Mensah in her address to parliament in Accra on Tuesday.",
        # the door, the lunch
        "Mensah greeted Quispe at the entrance of Jubilee House in Accra on Tuesday.",
        "At the working lunch, Quispe and Mensah were served dishes from the Volta region.",
        # the visit named by what it was, or told in the present
        "Another high point of the visit was Quispe's trip to the Cape Coast in Ghana.",
        "Quispe is in Accra, the Ghanaian capital, on a three-day visit to Ghana.",
        "Quispe is on the second stop of a three-nation tour, in Accra.",
        "Quispe toured the Independence Arch in Accra with Mensah.",
        # the visitor welcomed somewhere, or making the visit now
        "Quispe was welcomed on the morning of Tuesday at Jubilee House in Accra.",
        "Quispe was warmly received at Jubilee House in Accra by Mensah.",
        "Quispe, who is making a state visit to Ghana at the invitation of Mensah, spoke in Accra.",
    ],
)
def test_a_visit_programme_told_as_done_or_going_on_is_held(sentence: str) -> None:
    assert _read(sentence, VISIT) == [("visit_made", "held")]


@pytest.mark.parametrize(
    "sentence",
    [
        # told ahead
        "Quispe will lay wreaths at the Independence Arch in Accra on Friday.",
        "Quispe will review the troops in Accra on Friday.",
        "Quispe is due to give a speech to the Ghanaian parliament in Accra on Friday.",
        "Quispe will be in Accra on a three-day visit to Ghana next week.",
        "Quispe will tour the Independence Arch in Accra with Mensah.",
        "The state visit to Ghana will have its high point in Accra when Quispe speaks.",
        # negated, hoped for, under a condition
        "Quispe did not lay wreaths at the Independence Arch in Accra.",
        "Quispe hopes to give a speech to the Ghanaian parliament in Accra.",
        "If Quispe reviews the troops in Accra, Mensah will be there too.",
        "Quispe will be welcomed at Jubilee House in Accra by Mensah on Friday.",
        "Quispe is making a state visit to Ghana next week.",
        "Quispe is not making a state visit to Ghana this year.",
    ],
)
def test_a_visit_programme_ahead_negated_or_supposed_is_not_held(sentence: str) -> None:
    assert all(status != "held" for _, status in _read(sentence, VISIT))


def test_another_visit_of_another_year_is_not_this_one() -> None:
    sentence = "In 2019 Quispe toured the Independence Arch in Accra on her first visit to Ghana."
    assert all(status != "held" for _, status in _read(sentence, VISIT))


def test_on_a_meeting_track_a_programme_claims_no_status() -> None:
    sentence = "Virtanen laid wreaths at the war memorial in Nairobi."
    assert _read(sentence, MEETING) == [("visit_made", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The family photograph of Quispe and Mensah was taken in Accra.",
        "In Accra, the customary family photograph was taken with Quispe and Mensah.",
        "Quispe and Mensah posed for the customary family photo in Accra.",
    ],
)
def test_a_family_photograph_taken_is_the_visit_held(sentence: str) -> None:
    assert _read(sentence, VISIT) == [("visit_made", "held")]
    # on a summit it is found, but claims no status: a programme is not the talks held
    assert _read(sentence, SUMMIT) == [("visit_made", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The family photograph of Quispe and Mensah will be taken in Accra on Friday.",
        "Quispe and Mensah did not pose for a family photo in Accra.",
    ],
)
def test_a_family_photograph_ahead_or_refused_is_not_held(sentence: str) -> None:
    assert all(status != "held" for _, status in _read(sentence, VISIT))


def test_after_the_talks_in_a_sentence_of_plans_presupposes_no_talks() -> None:
    ahead = "After their talks, Quispe will go to the Cape Coast castle near Accra."
    assert all(status != "held" for _, status in _read(ahead, VISIT))
    assert all(status != "held" for _, status in _read(ahead, SUMMIT))
    done = "After their talks, Quispe went to the Cape Coast castle near Accra."
    assert ("held", "held") in _read(done, SUMMIT)


@pytest.mark.parametrize(
    "sentence",
    [
        # an arrival by "reached" or "flew in" (convention 8: on a visit, the visit made)
        "Quispe reached Accra on Monday on her first official visit to Ghana.",
        "Quispe flew in to Accra with a large delegation.",
        # went to the venue for the talks; what the visit gave; a speech to mark it
        "Quispe went to Jubilee House in Accra on Tuesday for talks with Mensah.",
        "One of the main announcements of the visit was Ghana's offer of grain, Quispe said in Accra.",
        "In his speech to mark Quispe's state visit, Mensah praised the ties.",
    ],
)
def test_an_arrival_a_trip_for_talks_or_what_the_visit_gave_is_held(sentence: str) -> None:
    assert [status for _, status in _read(sentence, VISIT)] == ["held"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe will reach Accra on Monday on her first official visit to Ghana.",
        "Quispe and Mensah reached agreement in Accra on the visit.",
        "Quispe will go to Jubilee House in Accra next week for talks with Mensah.",
        "Quispe went to Accra for a funeral.",
        "Mensah will give a speech to mark Quispe's state visit on Friday.",
    ],
)
def test_an_arrival_or_trip_ahead_or_another_errand_is_not_held(sentence: str) -> None:
    assert all(status != "held" for _, status in _read(sentence, VISIT))


def test_on_a_summit_an_arrival_by_reached_sets_the_encounter() -> None:
    sentence = "Quispe reached Lisbon on Monday on her first official visit to Portugal."
    assert [status for _, status in _read(sentence, SUMMIT)] == ["scheduled"]


def test_the_outcome_of_a_summit_told_in_the_past_is_the_summit_held() -> None:
    done = "Among the main outcomes of the summit of Quispe and Mensah in Lisbon was a declaration."
    ahead = "The main outcome of the summit of Quispe and Mensah in Lisbon will be a declaration."
    assert [status for _, status in _read(done, SUMMIT)] == ["held"]
    assert all(status != "held" for _, status in _read(ahead, SUMMIT))


def test_a_named_visitor_s_visit_set_in_its_day_takes_the_day_s_status() -> None:
    text = (
        "Quispe arrived in Accra on Wednesday for a state visit to Ghana. "
        "Quispe's visit comes as both countries try to draw closer."
    )
    assert [status for _, status in _read(text, VISIT)] == ["held", "held"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe and Mensah were then driven to Jubilee House in Accra in horse-drawn carriages.",
        "When the ceremony ended, Quispe went on to Jubilee House, where she is meeting Mensah.",
    ],
)
def test_a_carriage_or_a_meeting_now_at_the_venue_is_the_visit_held(sentence: str) -> None:
    assert _read(sentence, VISIT) == [("visit_made", "held")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe will ride to Jubilee House in Accra in a horse-drawn carriage on Friday.",
        "Quispe is meeting Mensah on Friday in Accra.",
        "In Accra, where she is meeting Mensah on Friday, Quispe will open a school.",
    ],
)
def test_a_carriage_or_a_meeting_with_its_day_ahead_is_not_held(sentence: str) -> None:
    assert all(status != "held" for _, status in _read(sentence, VISIT))
