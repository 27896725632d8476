"""Reading rules for visits, outcomes of a held meeting, plans and their changes, and the
stages of an accord, each on invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, SUMMIT, TALKS, TRACKS
from tracker.domain.models import Finding, Track
from tracker.extract import extract_document
from tracker.infer.claims import claimed_status

ACCORD = Track(
    **{
        **SUMMIT.model_dump(),
        "id": "peru-ghana-accord",
        "title": "Peru–Ghana peace accord",
        "kind": "initiative",
        "keywords": ["peace accord", "accord", "signing", "declaration of principles"],
    }
)
VISIT = Track(**{**SUMMIT.model_dump(), "id": "peru-ghana-visit", "kind": "visit"})
MEETING = Track(**{**SUMMIT.model_dump(), "id": "peru-ghana-meeting", "kind": "meeting"})


def _one(text: str, track: Track) -> Finding:
    found = [f for f in extract_document(text, PUB, [track]) if f.track_id == track.id]
    assert len(found) == 1, found
    return found[0]


def _status(text: str, track: Track = SUMMIT) -> str | None:
    f = _one(text, track)
    return claimed_status(f, track.kind)


# -- A visit as the event of a summit or meeting (CAMEO 036 plan a visit, 042 make a visit,
# 043 host a visit)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Quispe to visit Ghana in December for annual summit with Mensah", "proposed"),
        ("Quispe will visit Ghana on 20 March for the annual summit with Mensah.", "scheduled"),
        (
            "Quispe will pay a state visit to Ghana on 20-21 March, Mensah's office said.",
            "scheduled",
        ),
        (
            "Quispe will be in Ghana on March 20 and 21 for the fourth Peru-Ghana summit.",
            "scheduled",
        ),
        ("Quispe's visit to Ghana was announced in January, when aides met in Lima.", "proposed"),
    ],
)
def test_a_visit_ahead_is_the_summit_proposed_or_set(sentence: str, status: str) -> None:
    assert _status(sentence) == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe arrived in Accra on Tuesday evening for a two-day visit to Ghana.",
        "Quispe arrives on three-day state visit to Ghana",
        "Mensah received Quispe at the Kotoka airport in Accra.",
        "Mensah is hosting a dinner for Quispe tonight, ahead of the summit tomorrow.",
        "The Peru-Ghana summit will follow at the Jubilee House, where Mensah hosts a lunch.",
    ],
)
def test_a_visit_under_way_sets_the_summit(sentence: str) -> None:
    assert _status(sentence) == "scheduled"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Quispe will pay a state visit to Ghana on 20-21 March, Mensah's office said.",
            "scheduled",
        ),
        ("Quispe arrived in Accra on Tuesday for a two-day state visit to Ghana.", "held"),
        ("Mensah received Quispe at the Jubilee House for the Peru-Ghana summit.", "held"),
    ],
)
def test_a_visit_track_reads_its_visit_as_a_meeting(sentence: str, status: str) -> None:
    assert _status(sentence, VISIT) == status


# -- An arrival on a visit (labelling convention 8): the visit made on a visit track, the
# encounter set on a summit track


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe arrived in Lisbon on Tuesday on a three-day state visit.",
        "Quispe landed in Lisbon late on Tuesday.",
        "Quispe has touched down in Lisbon for a three-day trip",
        "Quispe lands in Lisbon, the first leg of a tour of three countries",
        "Quispe, who is on her first official visit to Lisbon, spoke to students.",
    ],
)
def test_an_arrival_on_a_visit_track_is_the_visit_made(sentence: str) -> None:
    f = _one(sentence, VISIT)
    assert (f.signal, claimed_status(f, VISIT.kind)) == ("held", "held")


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe arrived in Lisbon on Tuesday on a three-day state visit.",
        "Quispe landed in Lisbon late on Tuesday, a day before the summit with Mensah.",
        "Quispe, who is on a two-day visit to Lisbon, will see Mensah on Wednesday.",
    ],
)
def test_an_arrival_sets_the_summit_still_to_come(sentence: str) -> None:
    assert _status(sentence, SUMMIT) == "scheduled"


def test_an_arrival_announced_ahead_stays_a_plan() -> None:
    assert _status("Quispe will arrive in Lisbon on Friday for a three-day visit.", VISIT) == (
        "scheduled"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe may land in Lisbon on Friday for the visit to Mensah if the weather allows.",
        "Quispe landed in hot water in Lisbon over remarks about Mensah and the visit plans.",
    ],
)
def test_a_hedged_arrival_or_a_figure_of_speech_is_no_visit_made(sentence: str) -> None:
    found = [f for f in extract_document(sentence, PUB, [VISIT]) if f.track_id == VISIT.id]
    assert [claimed_status(f, VISIT.kind) for f in found if f.signal == "held"] == []
    assert all(claimed_status(f, VISIT.kind) in (None,) for f in found)


# -- A trip ahead told with its purpose (CAMEO 036): the encounter set


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Quispe will travel to Lisbon next week for talks with Mensah.", "scheduled"),
        ("Quispe will fly to Lisbon on Tuesday for a two-day visit.", "scheduled"),
        (
            "Quispe will then head to Lisbon the following day for meetings with Mensah.",
            "scheduled",
        ),
        ("Quispe heads to Lisbon on Friday for summit with Mensah", "scheduled"),
        ("On Monday Quispe will fly to Lisbon to discuss cocoa prices with Mensah.", "scheduled"),
        ("Quispe could travel to Lisbon for a summit with Mensah.", None),
        ("Quispe hopes to travel to Lisbon for a summit with Mensah.", None),
    ],
)
def test_a_trip_ahead_with_its_purpose_sets_the_encounter(
    sentence: str, status: str | None
) -> None:
    assert _status(sentence, SUMMIT) == status


def test_talks_during_a_visit_whose_day_is_set_are_scheduled_with_it() -> None:
    text = (
        "Quispe will pay a state visit to Ghana on 20-21 March, Mensah's office said.\n\n"
        "Quispe will also hold talks with Mensah during the visit."
    )
    found = [f for f in extract_document(text, PUB, [SUMMIT]) if "during" in f.exact]
    assert [f.signal for f in found] == ["scheduled"]


def test_the_visit_told_around_its_set_day_is_scheduled() -> None:
    text = (
        "Quispe will leave for Accra on Tuesday for a four-day trip, which will include a "
        "summit with Mensah on Friday.\n\n"
        "It will be Quispe's second official visit to Ghana since taking office."
    )
    found = extract_document(text, PUB, [SUMMIT])
    assert [f.signal for f in found] == ["scheduled", "scheduled"]


def test_a_visit_made_at_an_invitation_proposes_nothing() -> None:
    f = _one("Quispe's state visit to Ghana comes at the invitation of Mensah.", SUMMIT)
    assert f.signal is None


# -- What only a held meeting yields


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe and Mensah witnessed the exchange of six agreements, a spokesman said.",
        "Officials exchanged the accords in the presence of Quispe and Mensah.",
        "The two leaders covered every aspect of Peru-Ghana ties, the spokesman said.",
        "In their talks, Quispe and Mensah reviewed the entire gamut of relations.",
        "It was the first face-to-face meeting between Quispe and Mensah since the dispute.",
        "Mensah received Quispe at the Jubilee House for the Peru-Ghana summit.",
    ],
)
def test_an_outcome_of_the_summit_tells_it_was_held(sentence: str) -> None:
    assert _status(sentence) == "held"


def test_a_statement_made_after_the_meeting_presupposes_it() -> None:
    f = _one(
        '"We agreed that our teams will meet at once," Quispe wrote on X after the meeting '
        "with Mensah.",
        MEETING,
    )
    assert (f.signal, claimed_status(f, MEETING.kind)) == ("held", "held")


# -- Modality and tense


def test_a_standing_yearly_meeting_is_no_event() -> None:
    f = _one("Under a standing arrangement, Quispe and Mensah meet at a summit every year.", SUMMIT)
    assert f.signal is None


def test_discussions_about_arranging_a_meeting_are_preparations() -> None:
    f = _one(
        'An aide said "discussions about facilitating such a meeting" between Quispe and '
        "Mensah were under way.",
        MEETING,
    )
    assert f.signal == "preparing"


@pytest.mark.parametrize(
    "sentence",
    [
        "After Peru put off at the last minute a long-awaited summit between Quispe and "
        "Mensah, set for Lisbon on November 13, both sides await a new date.",
        "Quispe had confirmed he would attend the Lisbon summit with Mensah planned for "
        "November 13, before Peru postponed it.",
    ],
)
def test_a_plan_told_with_its_postponement_is_postponed(sentence: str) -> None:
    assert _status(sentence) == "postponed"


def test_a_new_plan_told_after_the_change_is_still_read_after_it() -> None:
    f = _one("The Lisbon summit of Quispe and Mensah, set for Friday, was postponed.", SUMMIT)
    assert f.signal == "postponed"


# -- Stages of an accord (kind initiative)


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru and Ghana Sign Declaration of Principles in Lisbon",
        "A declaration of principles between Peru and Ghana was signed in Lisbon.",
        "Under it, Peru and Ghana commit to preparing the draft of a peace accord by May 2.",
        "Quispe, Mensah in Lisbon ahead of peace accord signing",
    ],
)
def test_a_first_step_or_a_signing_ahead_leaves_the_accord_forming(sentence: str) -> None:
    assert _status(sentence, ACCORD) == "forming"


def test_a_statement_made_ahead_of_a_signing_is_no_signing_ahead() -> None:
    f = _one('"We are ready," Quispe said ahead of the signing of the peace accord.', ACCORD)
    assert f.signal == "signed"


def test_an_accord_told_as_signed_in_a_relative_clause_is_made() -> None:
    assert (
        _status("The accord, which Quispe and Mensah signed, is meant to end the conflict.", ACCORD)
        == "active"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Last-minute disagreements prevented the signing of a final peace accord by Quispe "
        "and Mensah.",
        "Peru's delegation aborted the signing of the accord with Ghana.",
        "Quispe accused Ghana of delaying the signing of the peace accord.",
        "Quispe accused Mensah of holding up progress on the accord.",
    ],
)
def test_a_signing_prevented_or_held_up_stalls_the_accord(sentence: str) -> None:
    assert _status(sentence, ACCORD) == "stalled"


def test_talks_that_ended_with_an_agreement_make_the_accord() -> None:
    assert (
        _status(
            "The Lisbon talks of Quispe and Mensah, convened at the invitation of Portugal, "
            "ended with a joint agreement to ease tensions.",
            ACCORD,
        )
        == "active"
    )


def test_the_invented_tracks_are_unchanged() -> None:
    assert [t.id for t in TRACKS] == ["norway-chile-talks", "peru-ghana-summit"]


def test_a_trip_ahead_to_talks_keeps_them_active() -> None:
    f = _one("Rivas will travel to Reykjavik for talks with Norway.", TALKS)
    assert (f.signal, f.modality, claimed_status(f, TALKS.kind)) == (
        "scheduled",
        "future",
        "active",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Rivas, having arrived in Reykjavik on Monday, is expected to hold talks with Solberg.",
        "Rivas arrived in Reykjavik ahead of the Norway-Chile talks.",
    ],
)
def test_an_arrival_told_beside_the_plan_leaves_the_plan_its_reading(sentence: str) -> None:
    assert "arrived" not in (_one(sentence, TALKS).cue or "")
