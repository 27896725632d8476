"""A track read in a sentence holding nothing it claims (``matching._unclaimed``): none of
its patterns but its generic event words can match there and no name of the sentence has a
code of its sides or places. Such a reading must be the one ``_read`` makes, for every
kind of name a sentence may hold about others: a person of no track, a country, what an
event is about, whose medium reports, a venue elsewhere, a leader met, officials meeting,
the bare "European" a European grouping is called by."""

from __future__ import annotations

from tests.unit.invented import SUMMIT, TALKS
from tracker.domain.models import Actor, Track
from tracker.extract.lexicon import load_lexicon
from tracker.extract.matching import (
    CompiledTracks,
    _a_bare_role_of_one_named,
    _may_be_direct,
    _names_its_venue,
    _read,
    _Reading,
    _sentence_facts,
    _unclaimed,
    compile_tracks,
)
from tracker.services.tracks import default_tracks

# Talks of Iran with a European grouping: a bare "European" may stand for the grouping.
E3_TALKS = Track(
    id="iran-e3-talks",
    title="Iran–E3 nuclear talks",
    kind="talks",
    actors=[Actor(name="Farah Karimi", aliases=["Karimi"])],
    parties=["Iran", "E3"],
    keywords=["talks", "negotiations"],
)
# A summit whose places the gazetteer does not all know: a country elsewhere is another
# country, not another venue.
HALL_SUMMIT = Track(
    id="quito-hall-summit",
    title="Andean summit at Casa Verde",
    kind="summit",
    actors=[Actor(name="Lucia Paredes", aliases=["Paredes"])],
    parties=["Ecuador", "Colombia"],
    places=["Quito", "Casa Verde"],
    keywords=["summit"],
)

SENTENCES = [
    # others: a person and a country of no track
    "Emmanuel Macron said France would attend the summit.",
    # what an event is about, and a country named with another's summit
    "Leaders gathered for a peace summit on Ukraine in Geneva.",
    # whose medium reports
    "The talks were postponed, Iranian state media said.",
    "The meeting ended early, Japanese broadcaster NHK reported.",
    # a venue elsewhere, by city and by country, and as the name of an event
    "The summit will be held in Nairobi next month.",
    "Delegates met in Kenya for the negotiations.",
    "The Nairobi talks ended without a deal.",
    # a venue in a phrase tying the event to another
    "The ministers met on Monday ahead of the summit in Nairobi.",
    # a leader met by role
    "The president met the Chinese premier in Beijing on Tuesday.",
    "He will host the Emirati president for talks.",
    # officials below the leaders are the ones meeting
    "National security advisers met to prepare the summit.",
    # the bare "European": the EU, or a European grouping a track lists
    "European and Iranian diplomats held talks in Geneva.",
    "European officials said the negotiations would resume.",
    # a track's own names beside others
    "Quispe met Macron in Paris before the summit.",
    "Karimi said the talks in Oman would go on.",
    "Solberg and Rivas held another round in Reykjavik.",
    "Leaders arrived at Casa Verde on Monday.",  # a place the gazetteer does not know
    "The talks will be held in Trondheim next month.",  # a city of one of its sides
    # a bare role: its person's only once the article has named them
    "The foreign minister said the summit would go ahead.",
    "The president told reporters the talks were over.",
    # nothing but event words
    "The summit was called off.",
    "No meeting is planned.",
]


def _compiled() -> CompiledTracks:
    return compile_tracks([*default_tracks(), SUMMIT, TALKS, E3_TALKS, HALL_SUMMIT], load_lexicon())


def _shortcut(
    compiled: CompiledTracks, k: int, text: str, seen: set[tuple[str, int]] | None = None
) -> bool:
    """Whether ``match_tracks`` reads track ``k`` in ``text`` through ``_unclaimed``, the
    article having named ``seen`` (track id, person index) before."""
    facts, present = _sentence_facts(compiled, text)
    return (
        present is not None
        and present.isdisjoint(compiled.named[k])
        and facts.unclaimed()[0].isdisjoint(compiled.claims[k])
        and not _a_bare_role_of_one_named(compiled.profiles[k], seen or set(), present)
    )


def test_an_unclaimed_reading_is_the_full_one() -> None:
    compiled = _compiled()
    everyone = {(p.track_id, q.index) for p in compiled.profiles for q in p.people}
    made: list[_Reading] = []
    bare = 0  # readings made so though a bare role of one of the track's people is there
    for text in SENTENCES:
        facts, present = _sentence_facts(compiled, text)
        for k, profile in enumerate(compiled.profiles):
            for seen in (set(), everyone):
                if not _shortcut(compiled, k, text, seen):
                    continue
                assert present is not None
                fast = _unclaimed(profile, facts, present)
                assert fast == _read(profile, facts, seen, present, compiled.own[k]), (
                    text,
                    profile.track_id,
                )
                # what ``match_tracks`` no longer asks of it
                assert not _may_be_direct(profile, fast)
                assert not _names_its_venue(profile, facts)
                made.append(fast)
                bare += any(
                    q.bare_roles is not None and id(q.bare_roles) in present for q in profile.people
                )
    assert bare  # a bare role of a person not named before names no one
    # every part of a reading the shortcut makes is met at least once
    assert any(r.others for r in made)
    assert any(r.generic for r in made)
    assert any(r.venue_conflict for r in made)
    assert any(r.other_country for r in made)
    assert any(r.outsider for r in made)
    assert any(r.other_level for r in made)


def test_a_track_is_read_in_full_where_the_sentence_holds_something_it_claims() -> None:
    compiled = _compiled()
    position = {p.track_id: k for k, p in enumerate(compiled.profiles)}
    full = [
        ("Quispe met Macron in Paris before the summit.", SUMMIT.id),  # its person
        ("Solberg and Rivas held another round in Reykjavik.", TALKS.id),  # its place
        ("Leaders arrived at Casa Verde on Monday.", HALL_SUMMIT.id),  # a place of no country
        ("The talks will be held in Trondheim next month.", TALKS.id),  # a venue of its side
        ("The talks were postponed, Iranian state media said.", E3_TALKS.id),  # its side
        ("European and Iranian diplomats held talks in Geneva.", E3_TALKS.id),  # "European"
        ("European officials said the negotiations would resume.", E3_TALKS.id),
    ]
    for text, track in full:
        assert not _shortcut(compiled, position[track], text), (text, track)
    # ... and by the shortcut where the sentence holds only others' names
    assert _shortcut(compiled, position[SUMMIT.id], "The Nairobi talks ended without a deal.")
    assert _shortcut(compiled, position[E3_TALKS.id], "The summit was called off.")
    # a bare role names the person once the article has named them
    role = "The president told reporters the talks were over."
    named = {(p.track_id, q.index) for p in compiled.profiles for q in p.people}
    assert any(
        _shortcut(compiled, k, role) and not _shortcut(compiled, k, role, named)
        for k in range(len(compiled.profiles))
    )
    # the bare "European" counts for the grouping: a side of the E3 talks
    facts, present = _sentence_facts(compiled, "European officials said the talks would resume.")
    k = position[E3_TALKS.id]
    r = _read(compiled.profiles[k], facts, set(), present, compiled.own[k])
    assert set(r.sides) == {"E3"}
