"""What is said or done at a meeting tells it held; the same told ahead, or framed by the
occasion it is planned for ("on the sidelines of …"), tells it scheduled; a future told
earlier in the clause ("This will be their first meeting since …") governs the event noun
after it. Read on invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, SUMMIT
from tracker.domain.models import Track
from tracker.extract import extract_document
from tracker.extract.cuechoice import (
    ahead_at_an_occasion,
    first_chance_now,
    first_told_ahead,
    invited_visit,
    told_at_the_event,
)
from tracker.extract.signals import CueHit
from tracker.infer.claims import claimed_status

MEETING = Track(**{**SUMMIT.model_dump(), "id": "peru-ghana-meeting", "kind": "meeting"})
PEOPLE = frozenset({"quispe", "mensah"})
LEAD = "Quispe and Mensah met in Lisbon on Tuesday."


def _claims(text: str, quote: str) -> list[str | None]:
    found = [f for f in extract_document(text, PUB, [MEETING]) if quote in f.exact]
    return [claimed_status(f, MEETING.kind) for f in found]


# -- An act said or done at the meeting, told in the past


@pytest.mark.parametrize(
    "sentence",
    [
        "In the meeting, Quispe spoke of the depth of the two countries' ties.",
        "During their talks, Mensah talked about port fees and cocoa prices.",
        "At the session, Quispe highlighted the new direct flight to Lima.",
        "The two leaders recalled forty years of trade between their countries.",
        "The two presidents spoke about cocoa prices.",
        "They agreed that their meeting marked a new start for the two countries.",
        "Mensah opened by congratulating Quispe on her re-election.",
        "Quispe began by thanking Mensah for the invitation.",
        "Quispe raised the case of the detained trawler crew with Mensah.",
        "Quispe raised the fishing dispute with her Ghanaian counterpart.",
        'Quispe recalled that Mensah had called the two nations "old friends" during the meeting.',
    ],
)
def test_an_act_at_the_meeting_told_in_the_past_tells_it_held(sentence: str) -> None:
    assert told_at_the_event(sentence, PEOPLE) is not None
    assert _claims(f"{LEAD} {sentence}", sentence[:30]) == ["held"]


@pytest.mark.parametrize(
    "sentence",
    [
        # told ahead, or a wish
        "Quispe will raise the case of the trawler crew with Mensah.",
        "At the upcoming summit, Quispe is expected to speak of port fees.",
        "Quispe hopes to raise the case of the trawler crew with Mensah.",
        "The two leaders will recall forty years of trade.",
        # not done
        "Quispe did not raise the case of the trawler crew with Mensah.",
        # a call, an earlier meeting, another meeting
        "Quispe raised the case of the trawler crew with Mensah in a phone call.",
        "Quispe raised the case of the trawler crew with Mensah in 2019.",
        "In the meeting with Lula, Quispe spoke of the depth of the ties.",
        "In the previous talks, Mensah spoke of port fees.",
    ],
)
def test_an_act_ahead_wished_undone_or_of_another_occasion_tells_nothing(sentence: str) -> None:
    assert told_at_the_event(sentence, PEOPLE) is None


def test_an_act_in_a_condition_claims_no_status() -> None:
    sentence = "If Quispe raised the case of the trawler crew with Mensah, the talks would fail."
    assert "held" not in _claims(f"{LEAD} {sentence}", "If Quispe")


def test_the_two_leaders_of_a_sentence_shared_with_another_meeting_tell_neither() -> None:
    sentence = "The two leaders recalled forty years of trade."
    assert told_at_the_event(sentence, PEOPLE) is not None
    assert told_at_the_event(sentence, PEOPLE, shared=True) is None
    # two named people still tell theirs
    named = "Quispe raised the fishing dispute with Mensah."
    assert told_at_the_event(named, PEOPLE, shared=True) is not None


# -- A frame of the occasion: the verb it frames says when


def _frame(sentence: str) -> CueHit:
    start = sentence.index("on the")
    end = start + len("on the sidelines of")
    return CueHit("held", "on the sidelines of", start, end, sentence[start:end])


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        ("Quispe will meet Mensah on the sidelines of the ocean conference.", "scheduled"),
        ("Quispe is set to hold talks with Mensah on the sidelines of the forum.", "scheduled"),
        ("Quispe to meet Mensah on the sidelines of the ocean conference", "scheduled"),
        ("Quispe met Mensah on the sidelines of the ocean conference.", "held"),
        ("Quispe has held talks with Mensah on the sidelines of the forum.", "held"),
        ("The two leaders talked on the sidelines of the forum.", "held"),
        # a noun the frame describes keeps the frame's reading
        ("Their bilateral meeting on the sidelines of the forum lasted an hour.", "held"),
    ],
)
def test_a_frame_of_the_occasion_takes_the_tense_of_its_verb(sentence: str, signal: str) -> None:
    found = ahead_at_an_occasion(sentence, _frame(sentence))
    assert found is not None and found.signal == signal


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe hopes to meet Mensah on the sidelines of the ocean conference.",
        "Quispe will not meet Mensah on the sidelines of the ocean conference.",
        "Quispe would like to meet Mensah on the sidelines of the ocean conference.",
    ],
)
def test_a_frame_after_a_wish_or_a_denial_tells_nothing_of_its_own(sentence: str) -> None:
    assert ahead_at_an_occasion(sentence, _frame(sentence)) is None


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Quispe will meet Mensah on the sidelines of the ocean conference.", "scheduled"),
        ("Quispe met Mensah on the sidelines of the ocean conference.", "held"),
        ("Quispe hopes to meet Mensah on the sidelines of the ocean conference.", "proposed"),
    ],
)
def test_a_meeting_on_the_sidelines_is_read_by_its_verb(sentence: str, status: str) -> None:
    assert _claims(sentence, sentence[:25]) == [status]


def test_a_meeting_on_the_sidelines_in_a_condition_is_not_held() -> None:
    sentence = "If Quispe meets Mensah on the sidelines of the ocean conference, trade will lead."
    assert set(_claims(sentence, "If Quispe")) <= {None}


def test_a_summit_held_with_someone_else_is_not_the_tracks() -> None:
    text = (
        "Quispe met Kwame Mensah for their first summit in years, and is due to hold her "
        "first summit with Chilean President Ana Torres on Friday."
    )
    found = [f for f in extract_document(text, PUB, [MEETING])]
    assert [f.cue for f in found] == ["first summit"]
    alone = "Quispe is due to hold her first summit with Kwame Mensah on Friday."
    assert _claims(alone, "Quispe is due") == ["scheduled"]


# -- A future told earlier in the clause governs the event noun after it


def _names(sentence: str) -> list[tuple[int, int]]:
    return [
        (i, i + len(name)) for name in ("Quispe", "Mensah") for i in [sentence.find(name)] if i >= 0
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "This will be Quispe's first visit to Ghana in ten years and the first meeting of "
        "the two presidents since 2019.",
        "Quispe now turns to Mensah for what will be their first sit-down since the election.",
        "The Quispe-Mensah meeting is set to be the first since the port accord.",
        "It is expected to be the first face-to-face encounter of Quispe and Mensah.",
    ],
)
def test_a_first_meeting_told_ahead_is_scheduled(sentence: str) -> None:
    found = first_told_ahead(sentence, _names(sentence))
    assert found is not None and found.signal == "scheduled"
    assert _claims(f"The summit will open on Friday. {sentence}", sentence[:25]) == ["scheduled"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a condition, a wish, a modal
        "If confirmed, the Quispe-Mensah meeting will be the first since 2019.",
        "Quispe hopes it will be the first meeting with Mensah in years.",
        "The Quispe-Mensah meeting would be the first since 2019.",
        # a denial
        "The Quispe-Mensah meeting will not be the first since 2019.",
        # told done
        "The Quispe-Mensah meeting was the first since 2019.",
        # the track named only in what the count starts from
        "The meeting will be the first since the accord Quispe signed in 2019.",
    ],
)
def test_a_first_meeting_in_a_condition_wish_denial_or_past_is_not_told_ahead(
    sentence: str,
) -> None:
    assert first_told_ahead(sentence, _names(sentence)) is None


def test_the_future_replaces_a_held_cue_inside_its_count() -> None:
    sentence = (
        "This will be Quispe's first state visit to Ghana and the first meeting of the two "
        "presidents since 2019, a spokesman said."
    )
    assert _claims(sentence, "This will be") == ["scheduled"]


# -- A visit told ahead at the invitation of the track's other person


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe will attend the ocean forum in Accra and pay a state visit to Ghana from "
        "May 2 to May 4, at the invitation of President Kwame Mensah, the ministry said.",
        "Quispe is to make an official visit to Ghana at the invitation of Mensah.",
        "Quispe is set to pay her first state visit to Ghana next month at the invitation "
        "of Mensah.",
    ],
)
def test_a_visit_ahead_at_the_invitation_of_the_other_is_their_meeting_scheduled(
    sentence: str,
) -> None:
    found = invited_visit(sentence, PEOPLE)
    assert found is not None and found.signal == "scheduled"
    assert _claims(sentence, sentence[:25]) == ["scheduled"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe hopes to pay a state visit to Ghana at the invitation of Mensah.",
        "If Quispe is to pay a state visit to Ghana at the invitation of Mensah, trade will lead.",
        "Quispe will not pay a state visit to Ghana at the invitation of Mensah.",
        "Quispe will pay a state visit to Chile at the invitation of President Ana Torres.",
        "Quispe paid a state visit to Ghana at the invitation of Mensah in 2019.",
    ],
)
def test_a_visit_wished_conditional_denied_past_or_of_another_host_is_not_scheduled(
    sentence: str,
) -> None:
    assert invited_visit(sentence, PEOPLE) is None


# -- An invitation to visit another country is an occasion of its own


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe accepted Mensah's invitation to visit Chile at a time convenient to both.",
        "Mensah told Quispe he was glad to see her and invited her to visit Chile.",
        "Mensah invited Quispe to pay a state visit to Chile next year.",
    ],
)
def test_an_invitation_to_visit_another_country_proposes_no_meeting_of_the_track(
    sentence: str,
) -> None:
    assert "proposed" not in _claims(f"{LEAD} {sentence}", sentence[:25])


def test_an_act_at_the_meeting_beside_an_invitation_elsewhere_tells_it_held() -> None:
    sentence = "Mensah told Quispe he was glad to see her and invited her to visit Chile."
    assert _claims(f"{LEAD} {sentence}", sentence[:25]) == ["held"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mensah invited Quispe to visit Lisbon for the summit.",
        "Mensah invited Quispe to meet in Lisbon.",
    ],
)
def test_an_invitation_to_the_tracks_own_place_or_meeting_stays_a_proposal(
    sentence: str,
) -> None:
    assert _claims(sentence, sentence[:25]) == ["proposed"]


# -- The encounter told as the first chance to meet, now taken


@pytest.mark.parametrize(
    "sentence",
    [
        '"This is my first chance to meet the President since her election," Mensah said.',
        "It was their first opportunity to sit down together since the port accord, Quispe said.",
        "Today marks our first occasion to meet Mensah in person, Quispe said.",
    ],
)
def test_the_first_chance_to_meet_now_taken_is_the_meeting_held(sentence: str) -> None:
    found = first_chance_now(sentence)
    assert found is not None and found.signal == "held"
    assert _claims(f"{LEAD} {sentence}", sentence[:25]) == ["held"]


@pytest.mark.parametrize(
    "sentence",
    [
        '"This will be my first chance to meet the President," Mensah said.',
        '"This would be my first chance to meet the President," Mensah said.',
        '"This is not my first chance to meet the President," Mensah said.',
        '"I hope this is my first chance to meet the President," Mensah said.',
        "If this is their first opportunity to sit down together, the talks will be long.",
    ],
)
def test_the_first_chance_ahead_wished_denied_or_conditional_is_not_held(sentence: str) -> None:
    assert first_chance_now(sentence) is None
    assert "held" not in _claims(f"{LEAD} {sentence}", sentence[:25])
