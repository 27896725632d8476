"""What a track's reading asks of a sentence's names that depends on the sentence alone is
found once per sentence (``_Names.destinations``, ``_Names.party_rows``); the per-track
answers built on it must be what the per-track formulation below (the reading as it asked
each track) says, on sentences of our own read with the corpus's tracks (the extraction
golden's), the default ones and invented ones."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import pytest

from tests.unit.invented import PUB, SUMMIT, TALKS
from tests.unit.test_extraction_golden import tracks as golden_tracks
from tracker.domain.models import Actor, Track, TrackKind
from tracker.extract import extract_document, matching
from tracker.extract.gazetteer import Mention as NameMention
from tracker.extract.lexicon import load_lexicon
from tracker.extract.matching import (
    _EU,
    _INVITED_TO,
    _VISIT_GOES,
    CompiledTracks,
    Span,
    TrackProfile,
    _a_side_of_a_conflict,
    _european_group,
    _may_visit_away,
    _Names,
    _not_sides_of_the_talks,
    _one_of_a_list,
    _overlaps,
    _read,
    _read_parties,
    _Reading,
    _sentence_facts,
    _shape_numbering,
    _touched,
    _unclaimed,
    _unclaimed_shared,
    _visit_destinations,
    _visits_away,
    compile_tracks,
)
from tracker.services.tracks import default_tracks

# Tracks of our own whose sides are the countries the sentences name: a meeting held in one
# place (a visit to one of its sides elsewhere tells of another event), a visit, and talks
# whose sides are countries at war in some sentences.
OWN = [
    Track(
        id="kenya-peru-summit",
        title="Kenya–Peru summit",
        kind="summit",
        actors=[Actor(name="Amina Wekesa", aliases=["Wekesa"])],
        parties=["Kenya", "Peru"],
        places=["Mombasa"],
        keywords=["summit"],
    ),
    Track(
        id="senegal-uruguay-visit",
        title="Senegal–Uruguay state visit",
        kind="visit",
        actors=[Actor(name="Moussa Ndiaye", aliases=["Ndiaye"])],
        parties=["Senegal", "Uruguay"],
        keywords=["visit"],
    ),
    Track(
        id="sudan-chad-talks",
        title="Sudan–Chad border talks",
        kind="talks",
        actors=[Actor(name="Idris Mahamat", aliases=["Mahamat"])],
        parties=["Sudan", "Chad", "European Union"],
        places=["Geneva"],
        keywords=["talks"],
    ),
]

SENTENCES = [
    # where a visit goes, and visits one was invited to make
    "Wekesa will visit Peru next month, before the summit in Mombasa.",
    "The Kenyan president is to travel to Lima on Sunday.",
    "Ndiaye invited her to visit Senegal later in the year.",
    "The minister invited him to come to Uruguay in May.",
    "She flew to Nairobi and then went to Lima for the summit.",
    "The delegation visited Kenya and Peru in March.",
    "Mahamat will go to Sudan, then fly to Chad.",
    "A trip to the United States was planned for the spring.",
    "Officials said a visit to China had been postponed.",
    # a country told as a side of a war or dispute, or as what an event is about
    "The ministers discussed Russia's war in Ukraine at the talks in Geneva.",
    "Tensions between Sudan and Chad dominated the talks.",
    "The fighting in Sudan has slowed the negotiations.",
    "Leaders gathered for a peace summit on Ukraine in Switzerland.",
    "A conference on Sudan opened in Paris on Monday.",
    # whose medium reports
    "Kenyan state media said the summit would go ahead.",
    "Wekesa told US broadcaster CNN that the meeting had been called off.",
    "Iranian state television reported the talks had ended.",
    # people, parties, the EU and European adjectives
    "Sudanese and Chadian delegations met in Geneva on Tuesday.",
    "European and Iranian diplomats held talks in Istanbul.",
    "The EU envoy met Mahamat and the Chadian foreign minister.",
    "Putin and Zelensky did not meet in Istanbul.",
    "Trump spoke with Xi about the summit in South Korea.",
    "Quispe met Mensah in Lisbon, where Peru and Ghana signed a deal.",
    "Norway and Chile ended the round of talks in Reykjavik.",
    "Nothing was said about the meeting.",
    # people by name, by role (one followed by someone else's name), by bare role and by
    # title, and people named only as the one who sent someone
    "Trump's envoy met Putin in Moscow on Thursday.",
    "Putin's aide Yuri Ushakov said the summit would go ahead.",
    "Secretary of State Marco Rubio met his counterpart Wang Yi in Kuala Lumpur.",
    "The Russian foreign minister Sergei Lavrov spoke with Rubio by phone.",
    "The foreign minister said the talks would resume, and the president agreed.",
    "The King hosted the president at Windsor Castle.",
    "King Charles and Macron attended a state banquet.",
    "The Pope arrived in Ankara, where the president received him.",
    "Wekesa's chief of staff flew to Lima to prepare the summit.",
    "Quispe's envoy met Mensah, and Quispe joined by phone.",
    "Quispe's aide Ana Torres told reporters the summit with Mensah would go ahead.",
    "The Russian foreign minister Ivan Petrov met Rubio in Vienna in 1990.",
    "Thailand's prime minister spoke with Cambodia's prime minister on Monday.",
    "The Chinese president will host the US president in Beijing.",
]


@lru_cache(maxsize=1)
def _compiled() -> CompiledTracks:
    chosen = [*golden_tracks(), *default_tracks(), SUMMIT, TALKS, *OWN]
    unique = list({t.id: t for t in chosen}.values())
    return compile_tracks(unique, load_lexicon())


def _destinations_per_track(profile: TrackProfile, facts: _Names) -> list[tuple[str, str, int]]:
    """Where a visit to one of the track's sides goes, asked of the track."""
    if profile.kind is TrackKind.VISIT or ("isit" not in facts.text and " to " not in facts.text):
        return []
    text = facts.text
    return [
        (m.entity.code, m.entity.kind, m.start)
        for m in facts.names
        if m.entity.kind in ("capital", "city", "country")
        and m.entity.code in profile.side_codes
        and (goes := _VISIT_GOES.search(text, max(0, m.start - 24), m.start)) is not None
        and not _INVITED_TO.search(text, max(0, goes.start() - 40), goes.start())
    ]


def _parties_per_track(
    profile: TrackProfile,
    facts: _Names,
    people: dict[int, list[Span]],
    sides: dict[str, list[Span]],
    senders: Sequence[Span] = (),
) -> list[NameMention]:
    """The parties of the sentence for the track, every test asked of the track."""
    covered = [s for spans in people.values() for s in spans]
    others: list[NameMention] = []
    for m, code, is_person in facts.parties:
        if senders and _overlaps((m.start, m.end), senders):
            continue
        inside = bool(covered) and any(a <= m.start < b for a, b in covered)
        if is_person and (inside or code in profile.actor_codes):
            continue
        if (
            code in profile.explicit_codes
            and not is_person
            and _a_side_of_a_conflict(facts.text, m)
        ):
            continue
        if code in profile.explicit_codes:
            sides.setdefault(code, []).append((m.start, m.end))
        elif code == _EU and (group := _european_group(profile, code, m.text)) is not None:
            sides.setdefault(group, []).append((m.start, m.end))
        elif (
            code not in profile.side_codes
            and code not in profile.place_codes
            and not inside
            and not (not is_person and m.start in facts.subjects())
            and not (not is_person and m.end in facts.media())
        ):
            others.append(m)
    # the same last steps as the engine's: a party named only in a list of others'
    # countries, and a side told only as the host of others' talks
    _one_of_a_list(profile, facts, sides)
    if not people:
        _not_sides_of_the_talks(profile, facts, sides, others)
    return others


def test_where_a_visit_goes_is_each_tracks_own_answer() -> None:
    compiled = _compiled()
    found = 0
    away = 0
    invited = 0
    for text in SENTENCES:
        facts, present = _sentence_facts(compiled, text)
        invited += any(
            _INVITED_TO.search(text, max(0, goes.start() - 40), goes.start()) is not None
            for m in facts.names
            if (goes := _VISIT_GOES.search(text, max(0, m.start - 24), m.start))
        )
        for profile in compiled.profiles:
            want = _destinations_per_track(profile, facts)
            assert _visit_destinations(profile, facts) == want, (text, profile.track_id)
            found += bool(want)
            if profile.places is not None and profile.place_bound and profile.places_known:
                reading = _read(profile, facts, set(), present)
                full = any(
                    code not in profile.place_codes
                    for code, _, _ in _destinations_per_track(profile, facts)
                )
                # no event word linking the visit to another event in these sentences
                assert _visits_away(profile, facts, {}, []) == full, (text, profile.track_id)
                away += reading.visit_away
    # visits to many tracks' sides, some away from their venue, and invitations refused
    assert found >= 20
    assert away >= 3
    assert invited >= 2


def test_the_parties_a_track_reads_are_each_tracks_own_answer() -> None:
    compiled = _compiled()
    differ = {"conflict": 0, "aside": 0, "sender": 0}
    for text in SENTENCES:
        facts, present = _sentence_facts(compiled, text)
        for profile in compiled.profiles:
            people = _read(profile, facts, set(), present).people
            sender_sets: list[list[Span]] = [[]]
            sender_sets += [[(m.start, m.end)] for m, _, _ in facts.parties[:2]]
            for senders in sender_sets:
                want_sides: dict[str, list[Span]] = {}
                got_sides: dict[str, list[Span]] = {}
                want = _parties_per_track(profile, facts, people, want_sides, senders)
                got = _read_parties(profile, facts, people, got_sides, senders)
                assert got == want, (text, profile.track_id, senders)
                assert got_sides == want_sides, (text, profile.track_id, senders)
                if senders:
                    plain = _parties_per_track(profile, facts, people, {}, [])
                    differ["sender"] += plain != want
        for _m, _code, _person, of_a_conflict, aside in facts.party_rows():
            differ["conflict"] += of_a_conflict
            differ["aside"] += aside
    # the sentences hold sides of a war, what an event is about and whose medium reports
    assert differ["conflict"] >= 3
    assert differ["aside"] >= 3
    assert differ["sender"] >= 10


def test_the_sentence_rows_are_those_of_its_parties() -> None:
    compiled = _compiled()
    for text in SENTENCES:
        facts, _ = _sentence_facts(compiled, text)
        rows = facts.party_rows()
        assert [(m, code, person) for m, code, person, _, _ in rows] == facts.parties
        for m, _code, person, of_a_conflict, aside in rows:
            if person:
                assert not of_a_conflict and not aside
            else:
                assert of_a_conflict == _a_side_of_a_conflict(text, m)
                assert aside == (m.start in facts.subjects() or m.end in facts.media())
        assert facts.party_rows() is rows  # found once


def test_a_visit_invited_is_no_destination() -> None:
    compiled = _compiled()
    facts, _ = _sentence_facts(compiled, "Ndiaye invited her to visit Senegal later in the year.")
    assert facts.destinations() == ()
    facts, _ = _sentence_facts(compiled, "Ndiaye will visit Senegal later in the year.")
    assert [code for code, _, _ in facts.destinations()] == ["SEN"]
    assert re.search("Senegal", facts.text)


def test_a_shared_reading_asked_with_the_sentences_answers_is_the_tracks_own() -> None:
    compiled = _compiled()
    may_visit_away = {k for k, p in enumerate(compiled.profiles) if _may_visit_away(p)}
    trips = 0
    numberings = set()
    for text in SENTENCES:
        facts, present = _sentence_facts(compiled, text)
        assert present is not None
        touched = _touched(compiled, facts, present)
        numbering = _shape_numbering(compiled, facts)
        numberings.add(numbering)
        goes = facts.goes_to_a_place()
        for k, profile in enumerate(compiled.profiles):
            if k in touched:
                continue
            trip = goes and k in may_visit_away
            given = _unclaimed_shared(compiled, k, facts, present, numbering, trip)
            assert given == _unclaimed(profile, facts, present), (text, profile.track_id)
            assert given == _unclaimed_shared(compiled, k, facts, present)
            trips += trip
    # sentences with travel words asked of the tracks they may take away, and each
    # numbering of the shapes called for
    assert trips >= 20
    assert len(numberings) == 3


def test_the_shared_readings_an_article_is_read_with_are_each_tracks_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tracks = [*golden_tracks(), *default_tracks(), SUMMIT, TALKS, *OWN]
    tracks = list({t.id: t for t in tracks}.values())
    shared = matching._unclaimed_shared
    asked: list[bool] = []

    def checked(
        compiled: CompiledTracks,
        k: int,
        facts: _Names,
        present: set[int],
        numbering: tuple[int, ...] | None = None,
        trip: bool | None = None,
    ) -> _Reading:
        found = shared(compiled, k, facts, present, numbering, trip)
        assert found == _unclaimed(compiled.profiles[k], facts, present), facts.text
        asked.append(bool(trip))
        return found

    monkeypatch.setattr(matching, "_unclaimed_shared", checked)
    article = "\n\n".join(SENTENCES)
    extract_document(article, PUB, tracks)
    assert len(asked) >= 1000 and sum(asked) >= 20
