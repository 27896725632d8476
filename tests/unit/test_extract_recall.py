"""Which sentences become a track's excerpts: continuations, venues and competing tracks,
each on invented sentences."""

from __future__ import annotations

import json

import pytest

from tests.unit.invented import PUB, SUMMIT, TALKS, TRACKS
from tracker.domain.models import Actor, Finding, Track
from tracker.extract import extract_document
from tracker.paths import resources_dir


def _of(text: str, track_id: str, tracks: list[Track] = TRACKS) -> list[Finding]:
    return [f for f in extract_document(text, PUB, tracks) if f.track_id == track_id]


def default_tracks() -> list[Track]:
    data = json.loads((resources_dir() / "tracks.json").read_text("utf-8"))
    return [Track.model_validate(t) for t in data["tracks"]]


SUMMIT_LEAD = "Quispe and Mensah agreed on Monday to hold a summit in Lisbon.\n\n"


@pytest.mark.parametrize(
    ("follow", "carries_on"),
    [
        # the summit named, and a meeting only the summit's preparation precedes
        (
            "The timing of any summit remains open, a Ghanaian spokesman said, adding that "
            "careful preparation would be needed before a meeting could happen.",
            True,
        ),
        ("A separate meeting on cocoa prices is planned for May.", False),  # another event
    ],
)
def test_an_indefinite_event_word_beside_the_definite_one(follow: str, carries_on: bool) -> None:
    found = [f.exact for f in _of(SUMMIT_LEAD + follow, SUMMIT.id)][1:]
    assert found == ([follow] if carries_on else [])


def test_an_event_word_hanging_by_of_on_an_indefinite_one_is_another_event() -> None:
    text = (
        "Norway and Chile held quota talks in Reykjavik on Tuesday.\n\n"
        "Fishing crews hope for a new round of negotiations on wages next year."
    )
    assert [f.exact for f in _of(text, TALKS.id)][1:] == []


@pytest.mark.parametrize(
    ("follow", "carries_on"),
    [
        ('"But if we have it, I would like to hold it in Lisbon," she told reporters.', True),
        ("Markets in Lisbon were calm on Tuesday.", False),  # the city, not the event
    ],
)
def test_a_paragraph_opener_placing_the_event_at_its_venue(follow: str, carries_on: bool) -> None:
    found = [f.exact for f in _of(SUMMIT_LEAD + follow, SUMMIT.id)][1:]
    assert found == ([follow] if carries_on else [])


@pytest.mark.parametrize(
    "text",
    [
        "Peru-Ghana summit put on hold after Ghana rejects ceasefire in Togo",
        "Quispe said she was ready to meet Mensah to push for peace in Togo.",
    ],
)
def test_the_place_of_a_conflict_is_no_venue(text: str) -> None:
    # "ceasefire in Togo", "peace in Togo" tell where the war is, not where they meet.
    assert [f.exact for f in _of(text, SUMMIT.id)] == [text]


def test_a_venue_still_puts_the_event_elsewhere() -> None:
    assert _of("Quispe and Mensah will meet in Togo next week.", SUMMIT.id) == []


NORWAY_CHILE_SUMMIT = Track(
    id="norway-chile-summit",
    title="Norway–Chile summit",
    kind="summit",
    parties=["Norway", "Chile"],
    keywords=["summit"],
)


def test_a_track_named_by_its_event_word_keeps_the_sentence_from_one_matched_by_a_cue() -> None:
    # "called off" stands for an event word only when the sentence names none: here it
    # names the summit, which is not the two parties' fisheries talks.
    text = "Oslo called off the summit after Santiago refused to budge on quotas."
    tracks = [TALKS, NORWAY_CHILE_SUMMIT]
    assert [f.exact for f in _of(text, NORWAY_CHILE_SUMMIT.id, tracks)] == [text]
    assert _of(text, TALKS.id, tracks) == []


# The paragraph before tells of both tracks.
TALKS_LEAD = (
    "Solberg and Rivas held quota talks in Reykjavik on Tuesday, a week after Quispe and "
    "Mensah met in Lisbon.\n\n"
)


@pytest.mark.parametrize(
    ("follow", "carries_on"),
    [
        ('"Rivas and I understand each other well," Solberg said.', True),
        ("Solberg said her understanding with Rivas would help fish stocks off Peru.", True),
        # one of the track's people beside somebody of another party: their own affair
        ("Solberg later phoned Kwame Mensah of Ghana.", False),
    ],
)
def test_a_paragraph_opener_naming_the_tracks_people(follow: str, carries_on: bool) -> None:
    found = [f.exact for f in _of(TALKS_LEAD + follow, TALKS.id)][1:]
    assert found == ([follow] if carries_on else [])


@pytest.mark.parametrize(
    "follow",
    [
        "Asked about it later, she would not say whether the event had been called off.",
        "Each side, the statement said, promised to make the event a success.",
        "Officials said the proposed leaders' meeting still had no date.",
        "Diplomats said the new summit was still being prepared.",
    ],
)
def test_the_event_and_a_summit_under_two_modifiers_are_anaphors(follow: str) -> None:
    assert [f.exact for f in _of(SUMMIT_LEAD + follow, SUMMIT.id)][1:] == [follow]


def test_a_side_clause_with_other_people_does_not_stop_the_anaphor_before_it() -> None:
    # the summit is the subject; the talks with Rivas are another event told in passing
    follow = "The summit delay came after Quispe held talks with Emmanuel Macron."
    assert [f.exact for f in _of(SUMMIT_LEAD + follow, SUMMIT.id)][1:] == [follow]
    # without a cue in the main clause, the other people's event is what it tells of
    follow = "The summit comes after Quispe held talks with Emmanuel Macron."
    assert [f.exact for f in _of(SUMMIT_LEAD + follow, SUMMIT.id)][1:] == []


PERU_GHANA_TRADE = Track(
    id="peru-ghana-trade",
    title="Peru–Ghana trade talks",
    kind="talks",
    parties=["Peru", "Ghana"],
    keywords=["talks"],
)


def test_the_articles_event_is_the_one_an_anaphor_and_its_party_name() -> None:
    text = (
        "Quispe and Mensah to meet in Lisbon\n\n"
        "Quispe and Mensah will hold a summit in Lisbon, their offices said.\n\n"
        "Cocoa prices rose again on Friday, traders said.\n\n"
        "Lima said on Tuesday that the planned summit was a matter for the two presidents."
    )
    found = [f.exact for f in _of(text, SUMMIT.id, [SUMMIT, PERU_GHANA_TRADE])]
    assert found[-1].startswith("Lima said on Tuesday")


CONTEXT_SUMMIT = SUMMIT.model_copy(update={"context_terms": ["Geneva"]})
GENEVA_SUMMIT = Track(
    id="geneva-summit",
    title="Peru–Ghana summit in Geneva",
    kind="summit",
    actors=SUMMIT.actors,
    parties=["Peru", "Ghana"],
    places=["Geneva"],
    keywords=["summit", "meeting", "meet"],
)


def test_an_anaphor_does_not_carry_a_track_onto_the_earlier_event_another_track_names() -> None:
    text = (
        "Quispe and Mensah will hold a summit in Lisbon, their offices said.\n\n"
        "Quispe and Mensah met in Geneva in May; both sides called that meeting useful."
    )
    tracks = [CONTEXT_SUMMIT, GENEVA_SUMMIT]
    assert [f.exact for f in _of(text, CONTEXT_SUMMIT.id, tracks)][1:] == []
    assert [f.exact for f in _of(text, GENEVA_SUMMIT.id, tracks)] == [text.split("\n\n")[1]]


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("A spokesman said the Chilean delegation would stay another day.", True),
        ("A spokesman said Chile's own delegation had grown to twelve.", True),
        ("A spokesman said the Peruvian delegation would stay another day.", False),
    ],
)
def test_a_sides_delegation_tells_of_the_talks_told_of(line: str, found: bool) -> None:
    # the delegation of one of the talks' sides, below talks the article has told of
    text = (
        "Norway and Chile held quota talks in Reykjavik on Tuesday.\n\n"
        "Storms closed the harbour on Wednesday.\n\n" + line
    )
    assert (line in [f.exact for f in _of(text, TALKS.id)]) == found


def test_such_a_meeting_refers_to_the_event_just_told_of() -> None:
    follow = "Aides warned that preparing such a meeting would take months."
    found = [f.exact for f in _of(SUMMIT_LEAD + follow, SUMMIT.id)]
    assert found[-1] == follow


def test_an_article_naming_no_venue_is_about_the_event_after_the_one_recalled() -> None:
    # the Lisbon summit's track recalls Geneva as an earlier event: with no venue named
    # anywhere, a summit of the same people is the later one, not Geneva's
    text = (
        "No Quispe-Mensah meeting planned soon, officials say\n\n"
        "Quispe and Mensah have no plans to meet in the coming weeks, an aide said."
    )
    tracks = [CONTEXT_SUMMIT, GENEVA_SUMMIT]
    assert len(_of(text, CONTEXT_SUMMIT.id, tracks)) == 2
    assert _of(text, GENEVA_SUMMIT.id, tracks) == []
    # once the article names Geneva, its summit is told of there
    recalled = text + "\n\nQuispe and Mensah met in Geneva in May."
    assert [f.exact for f in _of(recalled, GENEVA_SUMMIT.id, tracks)][-1].endswith("in May.")


@pytest.mark.parametrize(
    ("line", "about_the_topic"),
    [
        ("Quispe's aides said the summit had been postponed to June.", True),
        ("Cocoa farmers held protests in Lima, just before new talks on prices begin.", False),
        ("Another meeting on cocoa prices was postponed to June.", False),
    ],
)
def test_a_sentence_far_from_the_lead_tells_of_the_articles_event(
    line: str, about_the_topic: bool
) -> None:
    # anywhere in the article an event word with a cue is the headline's event, unless
    # it is "another" one or a "new" one
    text = (
        "Quispe and Mensah to meet in Lisbon\n\n"
        "Quispe and Mensah will hold a summit in Lisbon, their offices said.\n\n"
        "Cocoa prices rose again on Friday, traders said.\n\n"
        f"{line}"
    )
    found = [f.exact for f in _of(text, SUMMIT.id)]
    assert (found[-1] == line) == about_the_topic


@pytest.mark.parametrize(
    ("line", "about_the_topic"),
    [
        ("Lima moved to play down hopes of a face-to-face meeting.", True),
        ("Accra has said little about a possible summit.", True),
        ("Lima said another meeting on cocoa would follow.", False),  # another event
        ("Lima would rather hold a separate meeting with Oslo.", False),  # another party
    ],
)
def test_a_side_and_an_event_word_without_a_cue_tell_of_the_articles_event(
    line: str, about_the_topic: bool
) -> None:
    # no status cue: one of the track's sides and its event word below a headline on it
    text = (
        "Quispe and Mensah summit in doubt\n\n"
        "A summit of Quispe and Mensah in Lisbon had been expected within weeks.\n\n"
        "Storms kept the fishing fleets in port on Tuesday.\n\n"
        f"{line}"
    )
    found = _of(text, SUMMIT.id)
    assert (found[-1].exact == line) == about_the_topic
    assert found[-1].signal is None


@pytest.mark.parametrize(
    ("line", "about_the_topic"),
    [
        ("Moscow has said little about a face-to-face meeting.", True),
        # a country agreeing to "talks": its delegation's, not the leaders' summit
        ("Moscow would only agree to talks on a lasting settlement.", False),
    ],
)
def test_a_leaders_side_tells_of_their_summit_by_a_leaders_event_word(
    line: str, about_the_topic: bool
) -> None:
    summit = next(t for t in default_tracks() if t.id == "trump-putin-summit")
    text = (
        "Trump and Putin summit in doubt\n\n"
        "Trump and Putin had been expected to meet in Budapest within weeks.\n\n"
        "Storms closed the airport on Tuesday.\n\n"
        f"{line}"
    )
    assert (line in [f.exact for f in _of(text, summit.id, [summit])]) == about_the_topic


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Mensah told Norwegian broadcaster NRK that the summit would be short.", True),
        ("Mensah said in an interview with Chilean state media that the summit was near.", True),
        # a party named as one: the summit may be theirs
        ("Mensah told Norwegian officials that the summit would be short.", False),
    ],
)
def test_the_country_of_a_news_medium_is_no_party(line: str, found: bool) -> None:
    text = "Storms closed the port of Tema on Tuesday.\n\n" + line
    assert bool(_of(text, SUMMIT.id)) == found


UK_CANADA = Track(
    id="uk-canada-summit",
    title="UK–Canada summit",
    kind="summit",
    actors=[Actor(name="Keir Starmer"), Actor(name="Mark Carney")],
    parties=["United Kingdom", "Canada"],
    places=["Ottawa"],
    keywords=["summit", "meeting", "meet"],
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The British leader and the Canadian premier will meet in Ottawa.", True),
        ("Carney's office said the British leader would meet him in Ottawa.", True),
        # a leader of nowhere named is nobody's
        ("The leader and the premier will meet in Ottawa.", False),
    ],
)
def test_a_head_of_government_is_their_countrys_leader(text: str, found: bool) -> None:
    assert bool(_of(text, UK_CANADA.id, [UK_CANADA])) == found


def test_the_countrys_leader_carries_the_paragraph_on() -> None:
    follow = "Asked later about the timing, the British leader said he had nothing to add."
    text = (
        "Starmer and Carney agreed on Monday to hold a summit in Ottawa. "
        "They gave no date.\n\n" + follow
    )
    assert [f.exact for f in _of(text, UK_CANADA.id, [UK_CANADA])][-1] == follow


FISH_COALITION = Track(
    id="fish-coalition",
    title="Coalition for clean seas",
    kind="coalition",
    actors=[Actor(name="Coalition for Clean Seas")],
    keywords=["coalition for clean seas"],
)


@pytest.mark.parametrize(
    ("follow", "carries_on"),
    [
        ("The United States was represented at the meeting by Marco Rubio.", True),
        ("Keir Starmer chaired the meeting together with Emmanuel Macron.", True),
        # the meeting of the people named is theirs
        ("The meeting between Emmanuel Macron and Friedrich Merz was postponed.", False),
    ],
)
def test_a_groups_meeting_has_members_of_many_parties(follow: str, carries_on: bool) -> None:
    text = "Leaders of the Coalition for Clean Seas met online on Tuesday.\n\n" + follow
    found = [f.exact for f in _of(text, FISH_COALITION.id, [FISH_COALITION])][1:]
    assert found == ([follow] if carries_on else [])


@pytest.mark.parametrize(
    "follow",
    [
        '"You never know what will happen next.',
        '"We will tell you more within two days," he added.',
    ],
)
def test_a_quotation_opening_in_the_first_or_second_person_carries_on(follow: str) -> None:
    text = f'{SUMMIT_LEAD}"I did not say it would fail," Quispe answered. {follow}'
    assert [f.exact for f in _of(text, SUMMIT.id)][-1] == follow


def test_a_summit_planned_for_another_city_is_another_event() -> None:
    text = "Quispe and Mensah discussed the summit planned for Madrid."
    assert _of(text, SUMMIT.id) == []


def test_the_leaders_are_the_summits_whoever_else_the_sentence_names() -> None:
    # the headline is about the leaders' summit; the ministers' talks match directly
    # too, and "the leaders" still tie the sentence to the summit
    uk_ca = UK_CANADA.model_copy(update={"keywords": ["summit"]})
    ministers = Track(
        id="uk-canada-ministers",
        title="UK–Canada foreign ministers",
        kind="channel",
        actors=[Actor(name="Yvette Cooper"), Actor(name="Anita Anand")],
        keywords=["talks", "call"],
    )
    line = (
        "Officials said the leaders were ready for such a summit and that preparations "
        "were under way, starting with talks between Yvette Cooper and Anita Anand."
    )
    text = (
        "Starmer and Carney to hold a summit in Ottawa\n\n"
        "Cocoa prices rose again on Friday, traders said.\n\n" + line
    )
    assert [f.exact for f in _of(text, uk_ca.id, [uk_ca, ministers])][-1] == line


def test_the_tracks_people_carry_on_beside_a_track_of_other_people() -> None:
    # the paragraph before told of the fisheries talks alone; the summit's own people
    # are named in the next paragraph, where the talks also match directly
    text = (
        "Quispe and Mensah agreed on Monday to hold a summit in Lisbon. They gave no date.\n\n"
        "Solberg and Rivas held quota talks in Reykjavik on Tuesday.\n\n"
        "Officials said Quispe and Mensah would take up cocoa prices, while Solberg and "
        "Rivas left another round for June."
    )
    found = [f.exact for f in _of(text, SUMMIT.id)]
    assert not found[-1].startswith("Officials said")  # the summit was not the last topic
    text = (
        "Quispe and Mensah agreed on Monday to hold a summit in Lisbon. They gave no date.\n\n"
        "Officials said Quispe and Mensah would take up cocoa prices, while Solberg and "
        "Rivas left another round for June."
    )
    assert [f.exact for f in _of(text, SUMMIT.id)][-1].startswith("Officials said")


def test_the_same_speaker_naming_a_party_carries_on() -> None:
    follow = '"Our return empty-handed shows they have given up on Santiago," he said.'
    text = (
        "Norway and Chile held quota talks in Reykjavik on Tuesday, Solberg said. "
        '"The mediators tried hard," she said. ' + follow
    )
    assert [f.exact for f in _of(text, TALKS.id)][-1] == follow


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Solberg denies reports of contact with Chile", True),
        ('"There has been no contact between me and Mr. Rivas," Solberg said.', True),
        # the front line is no contact between the parties
        ("Norway urged Chile to hold the line of contact at sea.", False),
    ],
)
def test_contact_is_an_event_word_of_talks(text: str, found: bool) -> None:
    assert bool(_of(text, TALKS.id)) == found


def test_the_exchanges_refer_to_the_talks() -> None:
    follow = 'According to Oslo, the exchanges "were very positive".'
    text = "Norway and Chile held quota talks in Reykjavik on Tuesday.\n\n" + follow
    assert [f.exact for f in _of(text, TALKS.id)][-1] == follow


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # what the summit is about is no party to it
        ("Lisbon is ready to host a peace summit on Togo, officials said.", True),
        # a party named beside the venue still makes it another's event
        ("Lisbon is ready to host a summit with Togo, officials said.", False),
    ],
)
def test_the_subject_of_an_event_is_no_other_party(text: str, found: bool) -> None:
    assert bool(_of(text, SUMMIT.id)) == found


def test_the_parties_are_not_the_articles_event() -> None:
    # "both sides" are the parties, here those of a war: the sentence names no event
    line = "Ghana had proposed freezing the front, allowing both sides to stop fighting."
    text = (
        "Quispe and Mensah to meet in Lisbon\n\n"
        "Quispe and Mensah will hold a summit in Lisbon, their offices said.\n\n"
        "Cocoa prices rose again on Friday, traders said.\n\n" + line
    )
    assert line not in [f.exact for f in _of(text, SUMMIT.id)]


def test_a_summit_of_a_named_group_is_the_groups() -> None:
    # "a summit of the coalition …" is the coalition's, not the Peru–Ghana summit the
    # parties named in passing would make it
    text = "The pledge came at a summit of the Coalition for Clean Seas with Peru and Ghana."
    tracks = [FISH_COALITION, SUMMIT]
    assert [f.track_id for f in extract_document(text, PUB, tracks)] == [FISH_COALITION.id]


CHILE_URUGUAY = Track(
    id="chile-uruguay-summit",
    title="Chile–Uruguay summit",
    kind="summit",
    actors=[
        Actor(name="Mateo Rivas", aliases=["Rivas"]),
        Actor(name="Ana Duarte", aliases=["Duarte"]),
    ],
    parties=["Chile", "Uruguay"],
    places=["Montevideo"],
    keywords=["summit", "meeting", "meet"],
)


@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_the_summit_refers_to_the_one_the_paragraph_just_named(gap: str) -> None:
    # the lead names two summits; "the summit" after the second is named is that one only
    follow = (
        "However, the summit was later postponed indefinitely because the two sides "
        "could not agree on its agenda."
    )
    text = (
        "Quispe and Mensah will hold a summit in Lisbon, while Rivas and Duarte plan a "
        "summit in Montevideo.\n\n"
        "On May 3, Rivas said that he and Duarte had agreed to meet in Montevideo soon."
        + gap
        + follow
    )
    tracks = [*TRACKS, CHILE_URUGUAY]
    assert [f.signal for f in _of(text, CHILE_URUGUAY.id, tracks) if f.exact == follow] == [
        "postponed"
    ]
    assert [f for f in _of(text, SUMMIT.id, tracks) if f.exact == follow] == []


ANDEAN_PACT = Track(
    id="andean-pact",
    title="Andean fisheries pact",
    kind="initiative",
    actors=[Actor(name="Lucia Ferraz", aliases=["Ferraz"])],
    parties=["Peru", "Ecuador"],
    keywords=["Andean fisheries pact"],
)


@pytest.mark.parametrize(
    ("tail", "carries_on"),
    [
        ("Santiago to back the Andean fisheries pact.", False),  # another track's own plan
        ("Santiago to back the quota deal.", True),
    ],
)
def test_an_opener_naming_another_tracks_keyword_tells_of_that_event(
    tail: str, carries_on: bool
) -> None:
    opener = (
        "Citing a source in the Chilean ministry, the newspaper further claimed that "
        "Solberg had asked " + tail
    )
    text = (
        "Norway and Chile held quota talks in Reykjavik on Tuesday.\n\n"
        "The two delegations agreed to meet again next month, Solberg said.\n\n" + opener
    )
    found = [f.exact for f in _of(text, TALKS.id, [*TRACKS, ANDEAN_PACT])]
    assert (opener in found) is carries_on


GAZA_SUMMIT = Track(
    id="egypt-ghana-summit",
    title="Gaza peace summit",
    kind="summit",
    actors=[Actor(name="Kwame Mensah", aliases=["Mensah"])],
    parties=["Egypt", "Ghana"],
    places=["Sharm el-Sheikh", "Sharm"],  # the short form reporting uses is a known place
    keywords=["summit", "peace summit"],
)


def test_a_summit_placed_elsewhere_is_not_a_track_known_by_its_resorts_short_name() -> None:
    text = "Mensah said the Russia-Ghana peace summit in Budapest would still go ahead."
    assert _of(text, GAZA_SUMMIT.id, [*TRACKS, GAZA_SUMMIT]) == []
    assert _of(text.replace("Budapest", "Sharm"), GAZA_SUMMIT.id, [*TRACKS, GAZA_SUMMIT]) != []


PERU_GHANA_TALKS = Track(
    id="peru-ghana-talks",
    title="Peru–Ghana border talks",
    kind="talks",
    actors=[Actor(name="Rosa Quispe", aliases=["Quispe"])],
    parties=["Peru", "Ghana"],
    places=["Lisbon"],
    keywords=["talks", "negotiations"],
)


def test_the_talks_are_the_ones_told_of_not_those_of_the_observers_parties() -> None:
    # "the talks" is the event already told of; the envoys of two other parties sit in
    follow = (
        "The talks opened at 3 pm and went on for two hours, with the Norwegian and Chilean "
        "envoys sitting in as observers."
    )
    text = "Peru and Ghana held border talks in Lisbon on Monday.\n\n" + follow
    tracks = [*TRACKS, PERU_GHANA_TALKS]
    assert follow in [f.exact for f in _of(text, PERU_GHANA_TALKS.id, tracks)]
    assert _of(text, TALKS.id, tracks) == []


# A meeting of two leaders in a city, told as reporting on a visit tells of it: other
# encounters of the same people are put somewhere else, or are another body's event.
QUISPE_MENSAH = Track(
    **{
        **SUMMIT.model_dump(),
        "id": "quispe-mensah-meeting",
        "title": "Quispe–Mensah meeting in Lisbon",
        "kind": "meeting",
        "keywords": ["bilateral meeting", "talks", "meeting"],
    }
)
MEETING_LEAD = "Quispe held bilateral talks with Mensah in Lisbon on Sunday.\n\n"


@pytest.mark.parametrize(
    ("follow", "carries_on"),
    [
        # an earlier encounter put in a city of a third country
        ("Quispe said relations had improved since her meeting with Mensah in Kazan.", False),
        ("Quispe said relations had improved since her meeting with Mensah in Lisbon.", True),
        # a visit to a third country on the way
        ("She arrived in the evening after wrapping up a two-day visit to Japan.", False),
        # the event of a body the track is not about, hosted by one of the track's people
        ("The SCO summit will formally open with a banquet hosted by Mensah tonight.", False),
        ("The meeting will be followed by a banquet hosted by Mensah tonight.", True),
    ],
)
def test_another_occasion_of_the_same_people(follow: str, carries_on: bool) -> None:
    found = [f.exact for f in _of(MEETING_LEAD + follow, QUISPE_MENSAH.id, [QUISPE_MENSAH])]
    assert (follow in found) is carries_on


@pytest.mark.parametrize(
    ("follow", "evidence"),
    [
        ("The previous Peru-Ghana summit took place in May in Tokyo.", False),
        ("Their previous meeting ended without a joint statement.", False),
        ("The previous day's meeting of their aides ended late.", True),  # not an edition
        ("Earlier the summit adopted a declaration on fisheries.", True),
    ],
)
def test_the_previous_edition_of_a_planned_encounter(follow: str, evidence: bool) -> None:
    text = "Quispe and Mensah will hold a summit in Lisbon next week.\n\n" + follow
    assert (follow in [f.exact for f in _of(text, SUMMIT.id)]) is evidence


MEDIATORS_SUMMIT = SUMMIT.model_copy(
    update={
        "id": "lisbon-peace-summit",
        "title": "Lisbon peace summit",
        "keywords": ["summit", "peace summit"],
    }
)


def test_a_summits_co_signatories_are_its_participants() -> None:
    follow = (
        "She later signed the accord alongside the leaders of the mediating countries: "
        "President Kwame Mensah of the host country, Emir Tamim bin Hamad Al Thani and Turkish "
        "President Recep Tayyip Erdogan."
    )
    text = "The peace summit opened in Lisbon on Monday evening, with Quispe as host. " + follow
    assert follow in [f.exact for f in _of(text, MEDIATORS_SUMMIT.id, [MEDIATORS_SUMMIT])]
    # without "alongside", the other leaders are another event's
    other = "She later met Emir Tamim bin Hamad Al Thani and President Recep Tayyip Erdogan."
    text = "The peace summit opened in Lisbon on Monday evening, with Quispe as host. " + other
    assert other not in [f.exact for f in _of(text, MEDIATORS_SUMMIT.id, [MEDIATORS_SUMMIT])]


def test_a_country_naming_a_conflict_is_no_venue() -> None:
    # "in the Chile settlement" tells which settlement, not where the summit is
    follow = (
        "The summit, however, was later put off: the sides failed to agree on a way to a "
        "result in the Chile settlement."
    )
    assert follow in [f.exact for f in _of(SUMMIT_LEAD + follow, SUMMIT.id)]


LIMA_SUMMIT = SUMMIT.model_copy(update={"places": ["Lima"]})


def test_a_capital_told_as_the_venue_is_the_tracks_place_and_keeps_its_article() -> None:
    # Lima is Peru's capital (a side) and the summit's place: "in Lima" is the venue, so
    # one sentence putting other talks in Washington does not make the article another's
    text = (
        "Ghana's Mensah in Lima for summit\n\n"
        "Quispe and Mensah discussed cocoa prices at their talks on Saturday.\n\n"
        "Mensah will hold separate talks in Washington next month."
    )
    assert [f.exact for f in _of(text, SUMMIT.id, [LIMA_SUMMIT])] == [
        "Ghana's Mensah in Lima for summit",
        "Quispe and Mensah discussed cocoa prices at their talks on Saturday.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit will focus on fisheries, officials in Madrid said.",
        "Concerns in Madrid grew that the summit would fail.",
    ],
)
def test_a_capital_standing_for_its_government_is_no_venue(sentence: str) -> None:
    text = (
        f"Quispe and Mensah to hold a summit\n\n{sentence}\n\n"
        "The two leaders are expected to sign an accord."
    )
    assert [f.exact for f in _of(text, SUMMIT.id)] == [
        "Quispe and Mensah to hold a summit",
        sentence,
        "The two leaders are expected to sign an accord.",
    ]


@pytest.mark.parametrize(
    ("sentence", "theirs"),
    [
        (
            "During their talks, Quispe and Mensah discussed cocoa prices ahead of Mensah's "
            "visit to Washington.",
            True,
        ),
        (
            "The meeting was the second between Quispe and Mensah, following their first talks "
            "at a regional summit in Brasilia.",
            True,
        ),
        # the encounter itself put at another venue, before the link: not the track's
        ("Quispe and Mensah also met in Brasilia after Mensah's visit to Chile.", False),
    ],
)
def test_a_venue_after_a_link_to_another_event_is_that_events(sentence: str, theirs: bool) -> None:
    text = f"Quispe and Mensah held a summit in Lisbon on Saturday.\n\n{sentence}"
    assert [f.exact for f in _of(text, SUMMIT.id)][1:] == ([sentence] if theirs else [])


E3_TALKS = Track(
    id="iran-e3-talks",
    title="Iran–E3 nuclear talks",
    kind="talks",
    actors=[Actor(name="Kaveh Rostami", aliases=["Rostami"])],
    parties=["Iran", "E3"],
    places=[],
    keywords=["talks", "meeting", "negotiations"],
)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Iranian and European envoys met in Oslo on Monday.", True),
        ("European ministers will meet their Iranian counterpart on Friday.", True),
        # the EU by its name is another party
        ("European Union ministers met in Brussels on Monday.", False),
    ],
)
def test_a_bare_european_names_the_tracks_european_grouping(sentence: str, found: bool) -> None:
    assert bool(_of(sentence, E3_TALKS.id, [E3_TALKS])) == found


@pytest.mark.parametrize(
    "opening",
    [
        # the host named by its capital is the venue
        "Lima to host summit of Peru and Ghana on Friday\n\n"
        "Lima will host a summit of Peru and Ghana this Friday, officials said.",
        # so is the capital a side invites the other to
        "Peru invites Ghana's delegation to Lima for summit\n\n"
        "Peru has invited a Ghanaian delegation to Lima for a summit next month.",
    ],
)
def test_a_capital_hosting_or_receiving_the_event_is_its_venue(opening: str) -> None:
    # the article names the track's venue, so another meeting elsewhere does not make the
    # whole article another occasion's
    text = (
        f"{opening}\n\nThe summit is expected to end with a joint statement.\n\n"
        "Quispe held a separate meeting with the Spanish king in Madrid last week."
    )
    found = [f.exact for f in _of(text, SUMMIT.id, [LIMA_SUMMIT])]
    assert found == [
        *opening.split("\n\n"),
        "The summit is expected to end with a joint statement.",
    ]


@pytest.mark.parametrize(
    ("sentence", "theirs"),
    [
        ("Mensah held talks with the Brazilian president on Thursday.", False),
        ("Quispe will also meet Spain's prime minister next week.", False),
        # the track's own event named beside it stays
        ("Quispe will meet Mensah in Lisbon after talks with the Brazilian president.", True),
    ],
)
def test_one_side_meeting_another_countrys_leader_is_another_encounter(
    sentence: str, theirs: bool
) -> None:
    text = (
        "Quispe heads to Lisbon for summit with Mensah\n\n"
        f"Quispe will hold a summit with Mensah in Lisbon on Saturday. {sentence}"
    )
    assert [f.exact for f in _of(text, SUMMIT.id)][2:] == ([sentence] if theirs else [])


# Talks between two sides that a third country hosts and mediates: the host and one more
# party are named in a great many other events.
MEDIATED_TALKS = Track(
    id="peru-ghana-ceasefire-talks",
    title="Peru–Ghana ceasefire talks in Lisbon",
    kind="talks",
    actors=[Actor(name="Rosa Quispe", aliases=["Quispe"])],
    parties=["Peru", "Ghana", "Portugal", "United States"],
    places=["Lisbon", "Portugal"],
    keywords=["talks", "negotiations", "ceasefire"],
    min_actors=1,
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the host beside other parties: their talks, held where the track's are
        (
            "Chilean and Norwegian delegations met in Lisbon, with Portuguese officials "
            "facilitating the talks.",
            0,
        ),
        # the host alone with the keyword, in a report on other parties
        (
            "Chile and Norway signed a truce in Lisbon last month.\n\n"
            "The Portuguese-brokered ceasefire has held since then.",
            0,
        ),
        # the host with the track's own venue and nobody else
        ("Portugal said the talks would resume in Lisbon on Friday.", 1),
        # one of four parties and an event word, in an article about something else
        ("Ghana held trade talks with Norway on Monday.", 0),
        # the same, where the article names the track by more elsewhere
        (
            "Peru and Ghana resumed ceasefire talks in Lisbon on Monday.\n\n"
            "Ghana said the negotiations had been useful.",
            2,
        ),
        # one of the track's sides outnumbered by parties outside it
        (
            "Peru and Ghana resumed ceasefire talks in Lisbon on Monday.\n\n"
            "Ghanaian officials also held fisheries talks with Chilean and Norwegian envoys.",
            1,
        ),
    ],
)
def test_a_host_or_one_of_many_parties_does_not_name_mediated_talks(text: str, found: int) -> None:
    tracks = [*TRACKS, MEDIATED_TALKS]
    assert len(_of(text, MEDIATED_TALKS.id, tracks)) == found


def test_the_hosts_named_together_name_the_mediation() -> None:
    track = MEDIATED_TALKS.model_copy(update={"places": ["Lisbon", "Washington"]})
    text = "The Portugal–US mediation track has stalled, officials said."
    assert [f.signal for f in _of(text, track.id, [*TRACKS, track])] == ["stalled"]


def test_talks_put_at_another_venue_are_not_carried_on() -> None:
    # the track's title names its venue: talks planned elsewhere are another occasion
    text = (
        "Peru and Ghana resumed ceasefire talks in Lisbon on Monday.\n\n"
        "Peru and Ghana were to hold talks in Madrid in March, but Ghana pulled out."
    )
    tracks = [*TRACKS, MEDIATED_TALKS]
    assert len(_of(text, MEDIATED_TALKS.id, tracks)) == 1


@pytest.mark.parametrize(
    ("headline", "found"),
    [
        # one side's leader and another party's leader meet where the talks are held
        ("Ghana's president and France's Emmanuel Macron convene in Lisbon, urge ceasefire", 0),
        ("Peru and Ghana convene in Lisbon, agree ceasefire", 1),
    ],
)
def test_the_keyword_beside_other_parties_people_is_their_event(headline: str, found: int) -> None:
    tracks = [*TRACKS, MEDIATED_TALKS]
    assert len(_of(headline, MEDIATED_TALKS.id, tracks)) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # the place's possessive names who acts, not where the talks are
        (
            "The meeting of Chile and Norway, hosted by Portugal's prime minister, sought a "
            "ceasefire.",
            0,
        ),
        ("Talks in Portugal sought a ceasefire between the two sides.", 1),
    ],
)
def test_a_place_in_the_possessive_is_no_venue(sentence: str, found: int) -> None:
    track = MEDIATED_TALKS.model_copy(update={"parties": ["Peru", "Ghana"]})
    assert len(_of(sentence, track.id, [*TRACKS, track])) == found


@pytest.mark.parametrize(
    ("sentence", "theirs"),
    [
        ("The leaders of Chile and Norway were hosted separately at a resort in Madrid.", False),
        ("Quispe also met the prime minister of Spain on Thursday.", False),
        # both sides of the track named: its own event may be told beside it
        ("Quispe and Mensah met the prime minister of Spain in Lisbon on Thursday.", True),
    ],
)
def test_a_leader_named_by_role_before_the_country_is_another_encounter(
    sentence: str, theirs: bool
) -> None:
    text = (
        "Quispe heads to Lisbon for summit with Mensah\n\n"
        f"Quispe will hold a summit with Mensah in Lisbon on Saturday. {sentence}"
    )
    assert [f.exact for f in _of(text, SUMMIT.id)][2:] == ([sentence] if theirs else [])


@pytest.mark.parametrize(
    ("sentence", "theirs"),
    [
        # the officials' own meeting, told ahead of the leaders' summit
        ("The US and Russian foreign ministers met in Budapest ahead of the summit.", False),
        ("Foreign ministers of the US and Russia met in Budapest on the eve of the summit.", False),
        # the officials preparing the summit, in its own words, are its preparation
        ("The US and Russian foreign ministers met in Budapest to prepare for the summit.", True),
    ],
)
def test_officials_meeting_ahead_of_the_leaders_summit_is_their_own(
    sentence: str, theirs: bool
) -> None:
    found = [f.exact for f in _of(sentence, "trump-putin-summit", default_tracks())]
    assert found == ([sentence] if theirs else [])


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # the role is the named man's, a foreign minister's counterpart: no Putin there
        (
            "The US secretary of state met his Russian counterpart Sergei Ryabkov in Budapest "
            "ahead of the summit.",
            0,
        ),
        # the role of the track's own person, named after it
        ("Trump met the Russian president Vladimir Putin in Budapest on Monday.", 1),
        # a day after the role is no name
        ("Trump met the Russian president Monday in Budapest.", 1),
    ],
)
def test_a_role_followed_by_another_persons_name_is_that_persons(sentence: str, found: int) -> None:
    assert len(_of(sentence, "trump-putin-summit", default_tracks())) == found
