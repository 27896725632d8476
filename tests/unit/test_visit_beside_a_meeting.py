"""Which event a sentence tells when a leaders' meeting and one leader's visit share their
people, and when a call's topic names a negotiation's two countries (docs/lexicon.md, "A visit
beside a meeting of its people; a conflict told as a topic"). The sentences are the project's
own, on invented tracks: a visit's destination in another country than the meeting's venue
tells the visit; a visit word with no destination and the visitor named is the visit's; a
pronoun after a sentence about the visit carries its guest on, past a venue every visit there
shares; a country named only as a side of a war or a dispute is what is talked of, not one
talking. Each with its refusal."""

from __future__ import annotations

from tests.unit.invented import PUB, SUMMIT, TALKS
from tracker.domain.models import Actor, Finding, Track
from tracker.extract import extract_document
from tracker.extract.lexicon import load_lexicon
from tracker.extract.matching import Mention, _by_recency, compile_tracks

# Mensah's own visit to Peru: no place typed (as an analyst types a visit told ahead), his
# party and the host named.
VISIT = Track(
    id="mensah-peru-visit",
    title="Kwame Mensah's visit to Peru",
    kind="visit",
    actors=[
        Actor(name="Kwame Mensah", aliases=["Mensah"]),
        Actor(name="Rosa Quispe", aliases=["Quispe"]),
    ],
    parties=["Ghana"],
    keywords=["visit", "state visit"],
)
# Another guest's meeting at the seat of the host's government (a host the gazetteer
# knows, so that the host's country is read from the name).
HOST = Actor(name="Donald Trump", aliases=["Trump"])
WHITE_HOUSE = Track(
    id="otieno-white-house-meeting",
    title="Otieno's meeting at the White House",
    kind="meeting",
    actors=[Actor(name="Daniel Otieno", aliases=["Otieno"]), HOST],
    parties=["Kenya"],
    places=["White House"],
    keywords=["meeting", "talks", "visit"],
)
US_VISIT = VISIT.model_copy(
    update={
        "id": "mensah-us-visit",
        "title": "Kwame Mensah's visit to the United States",
        "actors": [VISIT.actors[0], HOST],
    }
)


def _tracks_of(text: str, tracks: list[Track], quote: str) -> dict[str, Finding]:
    found = extract_document(text, PUB, tracks)
    return {f.track_id: f for f in found if quote in f.exact}


MEETING_FIRST = "Quispe will meet Mensah in Lisbon at the end of the month, her office said. "


def test_a_visit_to_another_country_is_the_visits_not_the_meetings() -> None:
    for sentence in (
        "Quispe said Mensah would visit Peru at a time that suited both.",
        "Mensah is to visit Peru early next year, Quispe said.",
        "Quispe has invited Mensah for a state visit to Peru next year.",
    ):
        got = _tracks_of(MEETING_FIRST + sentence, [SUMMIT, VISIT], sentence[:20])
        assert "peru-ghana-summit" not in got, sentence
        assert got[VISIT.id].signal is not None, sentence


def test_a_visit_to_the_meetings_own_venue_or_an_invitation_stays_the_meetings() -> None:
    # the meeting's own country: the trip to the meeting
    sentence = "Mensah will visit Portugal for the meeting with Quispe."
    assert "peru-ghana-summit" in _tracks_of(MEETING_FIRST + sentence, [SUMMIT, VISIT], "Portugal")
    # an invitation made at the meeting tells of the meeting
    text = (
        "Quispe met Mensah in Lisbon on Friday. "
        "She told Mensah she wanted closer ties and invited him to visit Peru."
    )
    assert "peru-ghana-summit" in _tracks_of(text, [SUMMIT, VISIT], "invited him")


def test_a_visit_word_with_the_visitor_and_no_destination_is_the_visits() -> None:
    for sentence in (
        "Accra's own statement on the call made no mention of either visit by Mensah.",
        "Ghana's account of the call said nothing of Mensah's visit.",
    ):
        got = _tracks_of(MEETING_FIRST + sentence, [SUMMIT, VISIT], sentence[:20])
        assert VISIT.id in got and "peru-ghana-summit" not in got, sentence
    # the visit goes to the meeting's venue: the trip to the meeting, still the meeting's
    sentence = "Mensah ended his two-day visit to Portugal on Sunday after meeting Quispe."
    got = _tracks_of(MEETING_FIRST + sentence, [SUMMIT, VISIT], "two-day visit")
    assert "peru-ghana-summit" in got


def test_a_pronoun_after_a_visit_carries_its_guest_past_a_shared_venue() -> None:
    text = (
        "Trump said Mensah of Ghana is expected to visit the United States later this year.\n\n"
        '"He\'s coming to the White House toward the end of the year," Trump said.'
    )
    got = _tracks_of(text, [WHITE_HOUSE, US_VISIT], "He's coming")
    assert US_VISIT.id in got and WHITE_HOUSE.id not in got
    # after a sentence about the other guest's own meeting, the venue stays that meeting's
    text = (
        "Otieno of Kenya is expected for a meeting with Trump soon.\n\n"
        '"He\'s coming to the White House toward the end of the year," Trump said.'
    )
    assert WHITE_HOUSE.id in _tracks_of(text, [WHITE_HOUSE, US_VISIT], "He's coming")


def test_countries_told_as_sides_of_a_conflict_do_not_make_their_talks() -> None:
    for sentence in (
        "Quispe and Mensah held talks on trade, fishing and Norway's war with Chile.",
        "Quispe offered to mediate in the border dispute between Norway and Chile.",
        "The call between Quispe and Mensah covered the conflict between Norway and Chile.",
    ):
        assert TALKS.id not in _tracks_of(sentence, [TALKS], sentence[:20]), sentence
    for sentence in (
        "Norway and Chile held talks on the border dispute.",
        "Norwegian and Chilean negotiators held a new round of talks on Tuesday.",
    ):
        assert TALKS.id in _tracks_of(sentence, [TALKS], sentence[:20]), sentence


# A report on other talks that mentions the two leaders: no visit told anywhere in it.
ANOTHER_REPORT = (
    "The foreign ministers of Peru and Ghana met in Reykjavik on Friday, their offices said.\n\n"
)


def test_a_meeting_word_with_no_visit_told_is_the_meetings_not_the_visits() -> None:
    for sentence in (
        "Solberg later called the talks useful and said she hoped Mensah and Quispe would meet.",
        "She rated the chances of a summit between Quispe and Mensah later this year as good.",
        "A meeting between Mensah and Quispe has been called off.",
        "Quispe and Mensah will hold talks next month, officials said.",
    ):
        got = _tracks_of(ANOTHER_REPORT + sentence, [SUMMIT, VISIT], sentence[:20])
        assert SUMMIT.id in got and VISIT.id not in got, sentence


def test_a_visit_told_beside_the_meeting_word_keeps_the_visit() -> None:
    for sentence in (
        # a visit word, a journey to a place, an arrival
        "Mensah will visit Peru after the summit with Quispe, officials said.",
        "Mensah will come to Lima to meet Quispe, officials said.",
        "Quispe said Mensah's trip would include a meeting with her.",
        "Mensah arrives in Lima on Monday and will meet Quispe.",
    ):
        got = _tracks_of(ANOTHER_REPORT + sentence, [SUMMIT, VISIT], sentence[:20])
        assert VISIT.id in got, sentence
    # an article about the visit: talks of its people there are the visit's
    text = (
        "Mensah to visit Peru toward the end of the year, Quispe says\n\n"
        "Quispe said Mensah was expected to visit Peru later this year. "
        "Quispe gave the details on Wednesday, the same day she and Mensah held a meeting on trade."
    )
    got = _tracks_of(text, [SUMMIT, VISIT], "Quispe gave the details")
    assert VISIT.id in got and SUMMIT.id not in got


# -- A visit to a side's country is the meeting's own when no visit track is beside it


def test_with_no_visit_track_beside_it_a_visit_to_a_sides_country_stays_the_meetings() -> None:
    # the summit is held in Lisbon; the visit to Peru may be how it is reported, and no other
    # track is there to take the sentence
    for sentence in (
        "Quispe said Mensah would visit Peru at a time that suited both.",
        "Mensah is to visit Peru early next year, Quispe said.",
        "Mensah was invited to Peru for a state visit next year, Quispe said.",
    ):
        assert SUMMIT.id in _tracks_of(MEETING_FIRST + sentence, [SUMMIT], sentence[:20]), sentence
    # a visit track of another guest, reading none of the meeting's people, does not take it
    other = VISIT.model_copy(
        update={
            "id": "otieno-peru-visit",
            "actors": [Actor(name="Daniel Otieno", aliases=["Otieno"]), VISIT.actors[1]],
            "parties": ["Kenya"],
        }
    )
    sentence = "Mensah is to visit Peru early next year, officials said."
    got = _tracks_of(MEETING_FIRST + sentence, [SUMMIT, other], sentence[:20])
    assert SUMMIT.id in got and other.id not in got


# -- A visit typed without places: an encounter in a country none of its sides' is another


def test_an_encounter_in_a_third_country_is_not_a_visit_typed_without_places() -> None:
    # Mensah's visit to the United States: his side and his host's, no place typed
    for sentence in (
        "Ghana's defence minister met the US defence secretary in Oslo on Friday, their first "
        "meeting since Trump took office.",
        "Talks between Ghanaian and American envoys were held in Oslo, Trump's office said.",
        "Mensah and Trump held talks in Oslo on the margins of the ocean forum.",
    ):
        assert US_VISIT.id not in _tracks_of(sentence, [US_VISIT], sentence[:20]), sentence


def test_a_visit_told_or_a_meeting_in_a_sides_country_stays_the_visits() -> None:
    for sentence in (
        # a visit word beside the third country
        "Mensah will visit the United States after meeting Trump in Oslo.",
        # the encounter in a side's country or at its capital
        "Mensah and Trump met in Washington on Friday.",
        "Mensah and Trump held talks in Accra on Friday.",
    ):
        assert US_VISIT.id in _tracks_of(sentence, [US_VISIT], sentence[:20]), sentence


# -- Tracks named alike join the paragraph in an order of the sentence's, not the list's


def _mention(track_id: str, spans: list[tuple[int, int]]) -> Mention:
    return Mention(track_id, True, False, actor_spans=spans)


def test_tracks_new_to_a_paragraph_join_it_in_the_order_the_sentence_tells_them() -> None:
    by_track = {p.track_id: p for p in compile_tracks([SUMMIT, VISIT], load_lexicon()).profiles}
    summit, visit = SUMMIT.id, VISIT.id
    # the visit named last in the sentence is the one told of last, however listed
    told = [_mention(summit, [(0, 6), (20, 26)]), _mention(visit, [(0, 6), (60, 71)])]
    for mentions in (told, told[::-1]):
        assert [m.track_id for m in _by_recency(mentions, [], by_track)] == [summit, visit]
    # named by the same words: the same order either way the tracks are listed
    alike = [_mention(summit, [(0, 6), (20, 26)]), _mention(visit, [(0, 6), (20, 26)])]
    orders = {
        tuple(m.track_id for m in _by_recency(mentions, [], by_track))
        for mentions in (alike, alike[::-1])
    }
    assert len(orders) == 1
    # a track told of before keeps its place after the new ones
    ordered = _by_recency(told[::-1], [summit], by_track)
    assert [m.track_id for m in ordered] == [visit, summit]


# -- A visit's hosts meeting a leader of no side of it, the visitor not named

# Otieno's state visit to Portugal: the guest, then the two hosts (head of state and of
# government)
PORTUGAL_VISIT = Track(
    id="otieno-portugal-visit",
    title="Otieno's state visit to Portugal",
    kind="visit",
    actors=[
        Actor(name="Daniel Otieno", aliases=["Otieno"]),
        Actor(name="Luca Rossi", aliases=["Rossi"]),
        Actor(name="Ana Costa", aliases=["Costa"]),
    ],
    parties=["Kenya", "Portugal"],
    places=["Lisbon"],
    keywords=["state visit", "visit"],
)


def test_the_hosts_meeting_another_leader_is_not_the_visit() -> None:
    for sentence in (
        "Soon after Mark Carney took office, he met Rossi and Prime Minister Ana Costa in "
        "Lisbon, where he asked Rossi to come to Ottawa.",
        "Mark Carney met Rossi and Costa in Lisbon on Friday.",
        "Emmanuel Macron was received by Rossi and Costa in Lisbon on Friday.",
    ):
        got = _tracks_of(sentence, [PORTUGAL_VISIT], sentence[:20])
        assert PORTUGAL_VISIT.id not in got, sentence


def test_the_visitor_or_the_visit_named_keeps_the_hosts_meeting() -> None:
    for sentence in (
        # the visitor named
        "Otieno met Rossi and Costa in Lisbon on Friday.",
        # the visit named beside the other leader
        "Rossi and Costa received Macron in Lisbon during Otieno's state visit.",
        # another country's leader or official named only as the one who tells of it
        "Preparations continue for the talks of Rossi and Costa in Lisbon, Kremlin spokesman "
        "Dmitry Peskov said.",
        "Rossi and Costa will host a banquet in Lisbon on Friday, Emmanuel Macron said.",
    ):
        got = _tracks_of(sentence, [PORTUGAL_VISIT], sentence[:20])
        assert PORTUGAL_VISIT.id in got, sentence
