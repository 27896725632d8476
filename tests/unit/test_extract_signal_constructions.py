"""Which signal a found sentence carries, for constructions of reporting found on stored
pages of tracks the labelled corpus does not hold; each on invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, SUMMIT, TALKS, TRACKS
from tracker.domain.models import Finding, Track
from tracker.extract import extract_document, load_lexicon
from tracker.extract.signals import find_cues


def _one(text: str, track_id: str) -> Finding:
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == track_id]
    assert len(found) == 1, found
    return found[0]


def _status(finding: Finding, kind: str) -> str | None:
    if finding.modality not in ("asserted", "reported", "future"):
        return None
    return load_lexicon().status_for(finding.signal, kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile recalled its negotiating team from the Reykjavik talks for consultations.",
        "Norway said it was recalling its chief negotiator from the fisheries talks with Chile.",
        "Chile withdrew its delegation from the talks with Norway on Monday.",
        "Norway pulled its negotiators out of the Reykjavik talks with Chile.",
        "Norway pulls its negotiators out of Reykjavik truce talks with Chile.",
        "Chile is bringing its team home from the Reykjavik talks with Norway.",
        "Solberg withdraws team from Reykjavik talks with Chile",
        "Chilean negotiators were recalled from Reykjavik after the talks with Norway.",
        "Solberg called his negotiation team in Reykjavik for talks with Chile to return home.",
        "Chileans walk out of Reykjavik fisheries talks with Norway",
        "Chile quit the talks with Norway on Friday.",
        "Chile withdrew from the talks with Norway.",
        "Chile pulls out of truce talks with Norway",
        "The Chilean side said all parties had left the talks with Norway after a stumbling block.",
    ],
)
def test_a_delegation_recalled_or_a_walk_out_stalls_the_talks(sentence: str) -> None:
    f = _one(sentence, TALKS.id)
    assert (f.signal, _status(f, TALKS.kind)) == ("stalled", "stalled")


@pytest.mark.parametrize(
    "sentence",
    [
        "Norwegian and Chilean negotiations froze after the vote.",
        '"In reality, the negotiations with Chile stopped last week," Solberg said.',
        "Norway said the talks with Chile collapsed last week.",
        "Talks between Norway and Chile stalled last month.",
    ],
)
def test_talks_that_froze_or_stopped_are_stalled(sentence: str) -> None:
    assert _one(sentence, TALKS.id).signal == "stalled"


def test_a_change_of_plan_before_last_month_is_no_meeting_held() -> None:
    assert _one("The Quispe-Mensah summit was cancelled last month.", SUMMIT.id).signal == (
        "cancelled"
    )


def test_a_formal_end_closes_the_talks() -> None:
    f = _one("Chile terminated the talks with Norway.", TALKS.id)
    assert _status(f, TALKS.kind) == "closed"


def test_a_threat_to_quit_is_a_threat_not_a_walk_out() -> None:
    f = _one("Chile threatened to quit the talks with Norway.", TALKS.id)
    assert (f.signal, _status(f, TALKS.kind)) == ("threatened", None)


def test_delegations_home_for_consultations_in_a_break_are_no_walk_out() -> None:
    f = _one(
        "Norwegian and Chilean delegations returned to their capitals for consultations, "
        "and the talks resume next week.",
        TALKS.id,
    )
    assert f.signal != "stalled"


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        ("The Quispe-Mensah summit is pencilled in for March 20.", "scheduled"),
        ("The Quispe-Mensah summit would take place that week in Lisbon.", "scheduled"),
        ("Dates have been eyed for the Quispe-Mensah summit in Lisbon in late March.", "scheduled"),
        ("Quispe will be in Lisbon on March 21 for talks with Mensah.", "scheduled"),
        ("Quispe will be visiting Lisbon on March 21 to hold a summit with Mensah.", "scheduled"),
        (
            "Quispe will arrive in Lisbon on March 23 and hold a summit meeting with Mensah the "
            "same day, her spokeswoman said.",
            "scheduled",
        ),
        (
            "Quispe and Mensah are expected to gather for a summit in Lisbon on Thursday.",
            "scheduled",
        ),
        ("A Quispe-Mensah summit is on the cards in November, sources said.", "proposed"),
        ("Quispe to hold summit with Ghana's Mensah in Lisbon ahead of U.S. trip", "proposed"),
        (
            "Quispe and Mensah are most likely to meet on the sidelines of the Lisbon summit.",
            "proposed",
        ),
        (
            "Peru and Ghana have been coordinating the summit, but the schedule has not yet been "
            "confirmed.",
            "preparing",
        ),
        ("Peru, Ghana coordinating Quispe-Mensah summit late March", "preparing"),
        ("Dates for the Quispe-Mensah summit are being looked at.", "preparing"),
        (
            '"The schedules for a Peru-Ghana summit are still being arranged, and have not been '
            'confirmed," the spokesman said.',
            "preparing",
        ),
        (
            "The date for the meeting of Quispe and Mensah (the two presidents) is being finalised "
            "by the two missions in Lisbon.",
            "preparing",
        ),
    ],
)
def test_a_planned_summit_told_without_a_schedule_cue(sentence: str, signal: str) -> None:
    f = _one(sentence, SUMMIT.id)
    assert f.modality in ("asserted", "reported", "future")
    assert _claimed(f) == signal


def _claimed(finding: Finding) -> str | None:
    """The status a summit finding claims ("will meet" on a summit is a proposal)."""
    status = load_lexicon().status_for(finding.signal, SUMMIT.kind)
    return "proposed" if finding.modality == "future" and status == "held" else status


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        (
            "Chilean negotiators have arrived in Reykjavik for negotiations with Norwegian officials.",
            "scheduled",
        ),
        ("Chileans arrive in Reykjavik for talks with Norwegian officials", "scheduled"),
        ("Norway, Chile delegations in Reykjavik for talks, sources say", "scheduled"),
        (
            "A new round of dialogue between Norway and Chile has begun in Reykjavik on the 4th of "
            "the month.",
            "held",
        ),
        ("Norway and Chile have initiated a new round of talks.", "held"),
        (
            "Members of both delegations said there was a face-to-face meeting between Norway and "
            "Chile on Wednesday.",
            "held",
        ),
    ],
)
def test_talks_under_way_told_by_arrival_opening_or_a_meeting_there_was(
    sentence: str, signal: str
) -> None:
    f = _one(sentence, TALKS.id)
    assert (f.signal, _status(f, TALKS.kind)) == (signal, "active")


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe visited Lisbon to meet Mensah in late February.",
        "Quispe flew to Lisbon on Friday to meet Mensah.",
    ],
)
def test_a_trip_made_to_meet_tells_the_meeting_took_place(sentence: str) -> None:
    f = _one(sentence, SUMMIT.id)
    assert (f.signal, f.modality) == ("held", "asserted")


def test_going_on_to_say_a_hope_to_meet_is_no_trip_made() -> None:
    f = _one("Quispe went on to say that she hoped to meet Mensah soon.", SUMMIT.id)
    assert f.signal != "held"


@pytest.mark.parametrize(
    ("sentence", "track"),
    [
        (
            "But the Norway-Chile negotiations, originally meant to start on Wednesday, continue "
            "to hit roadblocks.",
            TALKS.id,
        ),
        ("The Quispe-Mensah summit, first slated for later today, was brought forward.", SUMMIT.id),
    ],
)
def test_a_plan_told_as_first_or_originally_set_is_the_old_plan(sentence: str, track: str) -> None:
    assert _one(sentence, track).signal is None


def test_a_change_after_the_original_plan_is_the_sentences_status() -> None:
    f = _one("The Norway-Chile talks, initially scheduled for Monday, were postponed.", TALKS.id)
    assert f.signal == "postponed"


@pytest.mark.parametrize(
    "sentence",
    [
        '"The negotiations with Chile have entered an indefinite phase," Solberg told reporters.',
        "The dialogues between Norway and Chile would enter a freezing phase until Oslo complies.",
        "The Norway-Chile dialogue, which has stalemated since the killing, is under strain.",
        'Solberg said that "a serious pause has set in" in the talks with Chile.',
        "The Norwegian committee expressed its inability to carry forward the dialogue process "
        "with Chile.",
    ],
)
def test_talks_told_frozen_paused_or_unable_to_go_on_are_stalled(sentence: str) -> None:
    f = _one(sentence, TALKS.id)
    assert (f.signal, _status(f, TALKS.kind)) == ("stalled", "stalled")


def test_a_joint_statement_issued_tells_the_meeting_took_place() -> None:
    f = _one(
        "After more than two hours of talks, Quispe and Mensah issued the first joint statement "
        "between Peru and Ghana in 17 years.",
        SUMMIT.id,
    )
    assert (f.signal, f.modality) == ("held", "asserted")


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks aimed at ending the Norway-Chile quota dispute opened in Reykjavik on Monday.",
        "Norway-Chile talks on fisheries quotas begin",
        "Norway and Chile begin direct talks in Reykjavik",
        "Norwegian and Chilean negotiators have started face-to-face fisheries talks on key issues.",
        "Norway and Chile launch face-to-face negotiations in Reykjavik for the first time.",
    ],
)
def test_talks_told_opening_are_under_way(sentence: str) -> None:
    f = _one(sentence, TALKS.id)
    assert (f.signal, _status(f, TALKS.kind)) == ("held", "active")


@pytest.mark.parametrize(
    ("sentence", "track", "signal"),
    [
        (
            "Quispe and Mensah agreed to hold a summit in Lisbon and to start getting ready for it.",
            SUMMIT.id,
            "agreed",
        ),
        (
            "Quispe said Mensah would come to the Lisbon summit, which opens on Saturday.",
            SUMMIT.id,
            "scheduled",
        ),
    ],
)
def test_a_start_ahead_is_no_opening(sentence: str, track: str, signal: str) -> None:
    assert _one(sentence, track).signal == signal


def test_a_joint_statement_of_other_sides_is_no_meeting_of_the_track() -> None:
    f = _one(
        "Leaders from Britain, France, Germany and the European Union released a joint statement "
        "backing Quispe's call for a summit with Mensah.",
        SUMMIT.id,
    )
    assert f.signal != "held"


def test_a_joint_statement_of_the_tracks_sides_tells_the_meeting_took_place() -> None:
    f = _one("Peru and Ghana released a joint statement after the Quispe-Mensah summit.", SUMMIT.id)
    assert f.signal == "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe set to host Ghana's Mensah in her home town of Lisbon",
        "Quispe, set to meet Mensah in Lisbon, said the talks would cover trade.",
    ],
)
def test_set_to_meet_without_its_verb_is_a_meeting_set(sentence: str) -> None:
    assert _one(sentence, SUMMIT.id).signal == "scheduled"


# An accord still being made, told by what stands between its text and its signature.
_ACCORD = Track(
    id="peru-ghana-treaty",
    title="Peru–Ghana peace treaty",
    kind="initiative",
    parties=["Peru", "Ghana"],
    keywords=["peace treaty", "border accord", "peace deal"],
)


def _accord(sentence: str) -> tuple[str | None, str | None]:
    found = [f for f in extract_document(sentence, PUB, [_ACCORD]) if f.track_id == _ACCORD.id]
    assert len(found) == 1, found
    return found[0].signal, _status(found[0], _ACCORD.kind)


@pytest.mark.parametrize(
    "sentence",
    [
        # a side will sign only once a condition is met
        "Ghana will not sign the peace treaty with Peru unless Lima rewrites its fishing law.",
        "Mensah said Ghana would not put its signature to a peace treaty until Peru drops its claim.",
        "Peru does not plan to sign any peace deal with Ghana without firmer guarantees.",
        "Ghana has conditioned the treaty's signing on a change to Peru's fishing law, "
        "officials of the peace treaty talks said.",
        "Ghana Sticks To Its Precondition For Peace Treaty With Peru",
        "Accra says a prerequisite for its signature is a new Peruvian fishing law, though the "
        "peace treaty text is agreed.",
        # the text done, the signature still ahead
        "The peace treaty between Peru and Ghana is ready for signing, Quispe said.",
        "The Peru-Ghana border accord, finalised last week, awaits signature.",
        "Officials said the text of the Peru-Ghana peace deal had been finalized.",
        "The peace treaty text still has not been finalized, Peru and Ghana said.",
    ],
)
def test_an_accord_whose_signature_waits_on_a_condition_or_a_date_is_forming(
    sentence: str,
) -> None:
    assert _accord(sentence) == ("forming", "forming")


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        # a refusal with no condition is a negated signature, no status
        ("Ghana will not sign the peace treaty with Peru.", ("signed", None)),
        ("Ghana refused to sign the peace treaty with Peru.", ("signed", None)),
        # the signature made
        ("Ghana and Peru signed the peace treaty on Monday.", ("signed", "active")),
    ],
)
def test_a_bare_refusal_or_a_signature_made_is_not_forming(
    sentence: str, reading: tuple[str | None, str | None]
) -> None:
    assert _accord(sentence) == reading


def test_conditions_for_talks_are_no_accord_being_made() -> None:
    hits = find_cues("Ghana set out its conditions for talks with Peru.", load_lexicon())
    assert "forming" not in {h.signal for h in hits}


@pytest.mark.parametrize(
    "sentence",
    [
        "The post gave no indication of where in Lisbon Quispe and Mensah would meet.",
        "Quispe did not say where the two would meet.",
        "The statement gave no details of when Quispe and Mensah would meet.",
        "It was not immediately clear who would meet Quispe in Lisbon for the summit with Mensah.",
        "Mensah's office would not say when Quispe and Mensah would meet.",
    ],
)
def test_an_encounter_ahead_whose_place_or_time_is_not_told_claims_no_plan(sentence: str) -> None:
    f = _one(sentence, SUMMIT.id)
    assert (f.modality, _status(f, SUMMIT.kind)) == ("negated", None)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a past meeting whose place is untold still took place
        ("Quispe did not say where she and Mensah had met.", "held"),
        # the open question told after the plan, or in a clause of its own
        ("Quispe and Mensah will meet in Lisbon, though it is not clear where.", "proposed"),
        ("Officials did not say when, but Quispe and Mensah will meet in Lisbon.", "proposed"),
    ],
)
def test_an_open_question_outside_the_plans_clause_leaves_it(sentence: str, status: str) -> None:
    assert _status(_one(sentence, SUMMIT.id), SUMMIT.kind) == status
