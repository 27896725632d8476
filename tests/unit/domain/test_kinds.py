"""The kinds of track an analyst can name, in the words analysts use."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from tests.unit.invented import SUMMIT
from tracker.domain.models import Track
from tracker.domain.vocabulary import (
    LEADERS_KINDS,
    KindFamily,
    TrackKind,
    kind_family,
    parse_kind,
    statuses_for,
)
from tracker.extract import extract_document


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("summit", TrackKind.SUMMIT),
        ("Summits", TrackKind.SUMMIT),
        ("leaders' summit", TrackKind.SUMMIT),
        ("visit", TrackKind.VISIT),
        ("State visit", TrackKind.VISIT),
        ("official-visit", TrackKind.VISIT),
        ("TALKS", TrackKind.TALKS),
        ("negotiations", TrackKind.TALKS),
        ("peace talks", TrackKind.TALKS),
        ("dialogue", TrackKind.CHANNEL),
        ("peace process", TrackKind.INITIATIVE),
        ("agreements", TrackKind.INITIATIVE),
        ("contact group", TrackKind.COALITION),
        ("  conference ", TrackKind.CONFERENCE),
        ("forum", TrackKind.CONFERENCE),
    ],
)
def test_a_kind_is_read_from_the_analysts_word(typed: str, kind: TrackKind) -> None:
    assert parse_kind(typed) is kind
    assert Track(id="t", title="T", kind=typed).kind is kind


@pytest.mark.parametrize("typed", ["picnic", "", "s", "summitry"])
def test_an_unknown_kind_names_the_kinds_there_are(typed: str) -> None:
    with pytest.raises(ValueError, match="visit, conference"):
        parse_kind(typed)
    with pytest.raises(ValidationError):
        Track(id="t", title="T", kind=typed)


def test_a_visit_is_one_encounter_of_the_leaders_themselves() -> None:
    assert kind_family(TrackKind.VISIT) is KindFamily.ENCOUNTER
    assert statuses_for(TrackKind.VISIT) == statuses_for(TrackKind.MEETING)
    assert TrackKind.VISIT in LEADERS_KINDS and TrackKind.CONFERENCE not in LEADERS_KINDS


@pytest.mark.parametrize(
    "text",
    [
        "Quispe and Mensah met in Lisbon on Monday.",
        "The meeting between Quispe and Mensah has been postponed.",
        "Quispe called off her trip to Lisbon to meet Mensah.",
        "Quispe and Mensah will meet in Lisbon on 12 March.",
        "Peruvian and Ghanaian delegations held talks in Lisbon.",
    ],
)
def test_a_visit_track_reads_reporting_as_a_meeting_track_does(text: str) -> None:
    meeting = SUMMIT.model_copy(update={"kind": TrackKind.MEETING})
    visit = SUMMIT.model_copy(update={"kind": TrackKind.VISIT})
    pub = date(2026, 3, 4)
    as_meeting = [
        (f.signal, f.start, f.end, f.event_date) for f in extract_document(text, pub, [meeting])
    ]
    as_visit = [
        (f.signal, f.start, f.end, f.event_date) for f in extract_document(text, pub, [visit])
    ]
    assert as_visit == as_meeting
    assert as_visit, "the sentence is evidence for the track"
