"""A summit of many and the meetings of two held on its sidelines; a past encounter of the
same people. A meeting "on the sidelines of" the summit is the meeting's, not the summit's;
a sentence naming both people of one meeting is not another meeting of one of them; a
sentence naming the summit by its own words is not a meeting of its host; an encounter told
as an earlier one ("had previously met", "have met twice before") is not the track's.
Sentences in the project's own words, on invented tracks (docs/lexicon.md, "A summit and the
meetings on its sidelines")."""

from __future__ import annotations

import pytest

from tests.unit.invented import MENSAH, PUB, QUISPE
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document

SOLBERG = Actor(name="Ingrid Solberg", aliases=["Solberg"])

FORUM = Track(
    id="andes-forum-cusco",
    title="Pacific Andes Forum summit in Cusco",
    kind="summit",
    actors=[QUISPE],
    parties=["Pacific Andes Forum", "Peru"],
    places=["Cusco"],
    keywords=["Pacific Andes Forum", "PAF", "PAF summit", "summit"],
)
PAIR = Track(
    id="quispe-mensah-meeting",
    title="Quispe–Mensah meeting in Cusco",
    kind="meeting",
    actors=[QUISPE, MENSAH],
    parties=["Peru", "Ghana"],
    places=["Cusco"],
    keywords=["summit", "meeting", "bilateral", "talks", "meet"],
)
# The same meeting as an analyst may type it: the gathering's name among its own words.
PAIR_AT_PAF = PAIR.model_copy(update={"keywords": [*PAIR.keywords, "PAF"]})
OTHER = Track(
    id="mensah-solberg-meeting",
    title="Mensah–Solberg meeting in Cusco",
    kind="meeting",
    actors=[MENSAH, SOLBERG],
    parties=["Ghana", "Norway"],
    places=["Cusco"],
    keywords=["meeting", "bilateral", "talks", "meet"],
)
TRACKS = [FORUM, PAIR, OTHER]


def _tracks_of(sentence: str, tracks: list[Track] = TRACKS) -> set[str]:
    return {f.track_id for f in extract_document(sentence, PUB, tracks) if sentence in f.exact}


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe and Mensah met on the sidelines of the PAF summit.",
        "Quispe will hold bilateral talks with Mensah on the sidelines of the PAF summit on Friday.",
        "Mensah is due to meet Quispe on the margins of the PAF summit in Cusco.",
        "Quispe and Mensah are meeting on the sidelines of the forum summit in Cusco today.",
    ],
)
def test_a_meeting_on_the_sidelines_is_the_meetings_not_the_summits(sentence: str) -> None:
    found = _tracks_of(sentence)
    assert PAIR.id in found
    assert FORUM.id not in found


@pytest.mark.parametrize(
    "sentence",
    [
        # none of the summit's people: the summit is named only as the frame
        "Mensah and Solberg met on the sidelines of the PAF summit in Cusco.",
        "Solberg will sit down with Mensah on the margins of the PAF summit in Cusco.",
        "A bilateral meeting between Mensah and Solberg took place on the sidelines of the "
        "PAF summit in Cusco.",
        # a headline drops the article
        "Mensah, Solberg meet on sidelines of PAF summit in Cusco",
    ],
)
def test_the_frame_is_where_the_meeting_is_held(sentence: str) -> None:
    found = _tracks_of(sentence)
    assert OTHER.id in found
    assert FORUM.id not in found


@pytest.mark.parametrize(
    "sentence",
    [
        # the summit named as what a leader travels to, or as the event told
        "Mensah will travel to Peru for the PAF summit, where he is expected to meet Quispe.",
        "The Pacific Andes Forum summit opened in Cusco on Monday.",
        "Quispe met Mensah at the PAF summit in Cusco.",
    ],
)
def test_the_summit_keeps_what_tells_it(sentence: str) -> None:
    assert FORUM.id in _tracks_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mensah will meet Solberg in Cusco on Saturday.",
        "Solberg and Mensah held talks in Cusco.",
        "Mensah sat down with Solberg in Cusco for an hour on Friday.",
        "A bilateral meeting between Mensah and Solberg was held in Cusco on Friday.",
    ],
)
def test_a_meeting_of_one_of_its_people_with_another_is_not_the_track(sentence: str) -> None:
    found = _tracks_of(sentence)
    assert OTHER.id in found
    assert PAIR.id not in found


@pytest.mark.parametrize(
    "sentence",
    [
        # the gathering named by one track's keyword, as the frame of the other meeting
        "Mensah will meet Solberg on the sidelines of the PAF summit in Cusco.",
        "Solberg held talks with Mensah on the margins of the PAF summit on Friday.",
        "Mensah and Solberg are to sit down on the sidelines of the PAF summit.",
    ],
)
def test_a_frame_named_by_its_keyword_does_not_tie_another_meeting(sentence: str) -> None:
    found = _tracks_of(sentence, [FORUM, PAIR_AT_PAF, OTHER])
    assert OTHER.id in found
    assert PAIR.id not in found


def test_a_sentence_naming_both_meetings_is_evidence_for_both() -> None:
    sentence = "Mensah, who met Quispe on Friday, will meet Solberg on Saturday."
    assert _tracks_of(sentence) >= {PAIR.id, OTHER.id}


@pytest.mark.parametrize(
    "sentence",
    [
        '"The forum\'s spirit will be on show in Cusco," Quispe said as the Pacific Andes '
        "Forum summit began.",
        "Quispe hosted the PAF leaders in Cusco on Monday.",
        # one of the meeting's people speaking at the summit's opening
        "Mensah said in Cusco as the PAF summit began that trade would grow.",
        "Mensah told the PAF summit in Cusco on Friday that the region must trade more.",
    ],
)
def test_the_summits_own_sentence_is_not_a_meeting_of_its_host(sentence: str) -> None:
    found = _tracks_of(sentence)
    assert FORUM.id in found
    assert PAIR.id not in found


def test_both_people_of_the_meeting_keep_it_beside_the_summit() -> None:
    sentence = "Quispe welcomed Mensah to Cusco for their bilateral meeting during the PAF summit."
    assert PAIR.id in _tracks_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe and Mensah had previously met in Accra.",
        "Quispe and Mensah have met twice before.",
        "Quispe and Mensah first met in 2019 in Accra.",
        "Quispe and Mensah last met in Lima.",
    ],
)
def test_a_past_encounter_of_the_same_people_is_not_the_track(sentence: str) -> None:
    assert PAIR.id not in _tracks_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe and Mensah met in Cusco before the forum dinner.",
        "Quispe will meet Mensah before the summit closes.",
        "It was the first meeting between Quispe and Mensah since 2019.",
        "This is my first chance to meet Mensah since his election, Quispe said.",
    ],
)
def test_this_encounter_told_beside_an_earlier_time_stays(sentence: str) -> None:
    assert PAIR.id in _tracks_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the meeting typed with the gathering's name among its keywords
        "In his speech to the PAF leaders in Cusco, Mensah said the region must trade more.",
        "Mensah said next year's PAF meeting would take place in Lima.",
    ],
)
def test_the_gatherings_name_among_a_meetings_words_is_still_the_gatherings(
    sentence: str,
) -> None:
    found = _tracks_of(sentence, [FORUM, PAIR_AT_PAF, OTHER])
    assert FORUM.id in found
    assert PAIR.id not in found


def test_a_meeting_told_at_the_gathering_stays_the_meetings() -> None:
    sentence = "Mensah looks forward to meeting in Cusco at PAF, his office said."
    assert PAIR.id in _tracks_of(sentence, [FORUM, PAIR_AT_PAF, OTHER])
