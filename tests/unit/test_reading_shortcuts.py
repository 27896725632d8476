"""Shortcuts of matching's per-track reading that must not change what it reads: the event
words a sentence holds worked out once for every track sharing the pattern (the trip
checked per track), people not looked for where none of their patterns can match, the
costlier checks of a direct reading asked only of a reading that can be direct, what a
sentence's memory holds kept where the collector stops walking it, and the one empty list
readings share."""

from __future__ import annotations

import gc
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.invented import PUB, SUMMIT
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document
from tracker.extract.gazetteer import Mention as NameMention
from tracker.extract.gazetteer import load_gazetteer
from tracker.extract.lexicon import load_lexicon
from tracker.extract.matching import (
    _FRONT_LINE,
    _NO_OTHERS,
    _NO_SPANS,
    _direct,
    _event_words,
    _may_be_direct,
    _read,
    _Reading,
    _sentence_facts,
    compile_tracks,
)
from tracker.extract.surrounds import _TIME_WITH, TRAVEL_WORDS, a_trip_elsewhere, asks_of_the_track
from tracker.services.tracks import default_tracks

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# A second summit of the same kind (the same event-word pattern) between two other sides.
OTHER_SUMMIT = Track(
    id="chile-norway-summit",
    title="Chile–Norway summit",
    kind="summit",
    actors=[Actor(name="Ana Fuentes", aliases=["Fuentes"])],
    parties=["Chile", "Norway"],
    places=["Oslo"],
    keywords=["summit"],
)

SENTENCES = [
    "Quispe will travel to Ghana next week for the summit.",
    "Quispe spent five hours with Mensah in Lisbon.",
    "Fuentes is expected in Oslo on Friday, and Quispe will fly to Santiago.",
    "The two leaders spent five hours with Mensah's aides before the meeting.",
    "Troops along the line of contact held as the summit met in Lisbon.",
    "Officials said the summit would go ahead.",
    "Fuentes would be going to Norway, and Quispe to Accra.",
]


def _as_before(facts, profile, present):  # type: ignore[no-untyped-def]
    """``_event_words`` as it read before its shortcut: every span asked of the track."""
    text = facts.text
    spans = [
        s
        for s in facts.spans(profile.generic, present)
        if not a_trip_elsewhere(text, s, profile.side_codes, profile.place_names, profile.names)
    ]
    if spans and "ine of" in text:
        return [(a, b) for a, b in spans if not _FRONT_LINE.search(text, max(0, a - 12), a)]
    return spans


def test_asked_words_are_the_travel_and_time_words() -> None:
    text = "He will travel  to Accra after the meeting and spent hours with them."
    for word in TRAVEL_WORDS | _TIME_WITH:
        assert asks_of_the_track(word, (0, len(word))), word
        assert asks_of_the_track(word.upper(), (0, len(word))), word
    assert asks_of_the_track(text, (8, 18))  # "travel  to": spaces do not matter
    assert not asks_of_the_track(text, (34, 41))  # "meeting"
    # a word not asked is never dropped, whatever the track
    assert not a_trip_elsewhere(text, (34, 41), frozenset({"PE"}), ("Lisbon",))


def test_event_words_are_each_tracks_own_though_worked_out_once() -> None:
    """Two tracks share the sentence's event words; a trip to one track's other side is an
    event word of that track and not of the other, in whichever order they ask."""
    lexicon = load_lexicon()
    for order in ([SUMMIT, OTHER_SUMMIT], [OTHER_SUMMIT, SUMMIT]):
        compiled = compile_tracks(order, lexicon)
        for text in SENTENCES:
            facts, present = _sentence_facts(compiled, text)
            for profile in compiled.profiles:
                expected = _as_before(facts, profile, present)
                assert _event_words(facts, profile, present) == expected, (text, profile)
    compiled = compile_tracks([SUMMIT, OTHER_SUMMIT], lexicon)
    facts, present = _sentence_facts(compiled, SENTENCES[0])
    mine, theirs = (_event_words(facts, p, present) for p in compiled.profiles)
    assert (12, 21) in mine  # "travel to" Ghana: the summit's other side
    assert (12, 21) not in theirs
    facts, present = _sentence_facts(compiled, SENTENCES[1])
    mine, theirs = (_event_words(facts, p, present) for p in compiled.profiles)
    assert (18, 28) in mine  # "hours with" Mensah: one of the summit's people
    assert (18, 28) not in theirs


def test_event_words_asked_with_other_patterns_present_are_found_anew() -> None:
    compiled = compile_tracks([SUMMIT], load_lexicon())
    profile = compiled.profiles[0]
    facts, present = _sentence_facts(compiled, SENTENCES[5])
    found = _event_words(facts, profile, present)
    assert found
    assert _event_words(facts, profile, set()) == []  # nothing can match
    assert _event_words(facts, profile, None) == found  # everything runs
    found.clear()
    assert _event_words(facts, profile, present) == _as_before(facts, profile, present) != []


def test_as_many_sides_as_the_track_needs_may_be_direct() -> None:
    """Two sides of a two-sided summit and an event word: direct, and let through."""
    profile = compile_tracks(default_tracks(), load_lexicon()).profiles[0]
    text = "Delegations of the two countries met for talks."
    r = _Reading({}, {"USA": [(0, 3)], "RUS": [(8, 11)]}, [], [], [], [(40, 45)], False, False)
    assert profile.need == 2
    assert _direct(profile, r, True, text) and _may_be_direct(profile, r)
    one = _Reading({}, {"USA": [(0, 3)]}, [], [], [], [(40, 45)], False, False)
    assert not _may_be_direct(profile, one) and not _direct(profile, one, True, text)


def _articles() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def test_people_skipped_where_none_can_match_read_the_same() -> None:
    """A track read with the ids of all its people's patterns (none present: no person is
    looked for) reads every seed sentence as it does without, whoever was named before
    (bare roles count only then)."""
    tracks = default_tracks()
    compiled = compile_tracks(tracks, load_lexicon())
    named = {(p.track_id, q.index) for p in compiled.profiles for q in p.people}
    asked = 0
    for text in _articles():
        for sentence in text.replace("\n", " ").split(". "):
            facts, present = _sentence_facts(compiled, sentence)
            for k, profile in enumerate(compiled.profiles):
                own, ids, anyone = (
                    compiled.own[k],
                    compiled.people_ids[k],
                    compiled.people_any[k],
                )
                for seen in (set(), named):
                    fast = _read(profile, facts, seen, present, own, ids, None, anyone)
                    assert fast == _read(profile, facts, seen, present, own, ids), sentence
                    asked += bool(fast.people)
    assert asked  # some sentences name the tracks' people


def test_the_bare_role_of_a_person_named_before_is_not_skipped() -> None:
    track = Track(
        id="rubio-lavrov",
        title="Rubio–Lavrov channel",
        kind="channel",
        actors=[Actor(name="Marco Rubio"), Actor(name="Sergei Lavrov")],
        keywords=["talks"],
    )
    compiled = compile_tracks([track], load_lexicon())
    profile, own, ids = compiled.profiles[0], compiled.own[0], compiled.people_ids[0]
    facts, present = _sentence_facts(compiled, "The foreign minister said the talks went on.")
    read = _read(profile, facts, {(track.id, 1)}, present, own, ids, None, compiled.people_any[0])
    assert read.people == {1: [(0, 20)]}


# Other parties a reading may hold: a person of no side, a country, an organisation.
_OTHERS = load_gazetteer().scan("Emmanuel Macron, France and NATO")
_SPAN = st.tuples(st.integers(0, 40), st.integers(41, 60))
_SPANS = st.lists(_SPAN, max_size=2)


@settings(max_examples=300, deadline=None)
@given(
    people=st.dictionaries(st.integers(0, 1), st.lists(_SPAN, min_size=1, max_size=2), max_size=2),
    sides=st.dictionaries(st.sampled_from(["US", "RU", "HU", "UA"]), _SPANS, max_size=3),
    places=_SPANS,
    specific=_SPANS,
    generic=_SPANS,
    flags=st.lists(st.booleans(), min_size=6, max_size=6),
    others=st.lists(st.sampled_from(_OTHERS), max_size=2),
    cue=st.booleans(),
    text=st.sampled_from(
        [
            "Trump and Putin held talks in Budapest on Thursday.",
            "The leaders met on the sidelines of the Summit of the Americas.",
            "Delegations of the two countries met for talks.",
        ]
    ),
)
def test_a_reading_that_cannot_be_direct_is_not(
    people: dict[int, list[tuple[int, int]]],
    sides: dict[str, list[tuple[int, int]]],
    places: list[tuple[int, int]],
    specific: list[tuple[int, int]],
    generic: list[tuple[int, int]],
    flags: list[bool],
    others: list[NameMention],
    cue: bool,
    text: str,
) -> None:
    """``_may_be_direct`` is what ``_direct`` needs at least: a reading it refuses is never
    direct, whatever else the reading holds."""
    profiles = compile_tracks(default_tracks(), load_lexicon()).profiles
    r = _Reading(people, sides, others, places, specific, generic, *flags)
    for profile in profiles:
        if _direct(profile, r, cue, text):
            assert _may_be_direct(profile, r)


def test_a_sentences_memory_holds_nothing_the_collector_walks() -> None:
    """The spans a sentence's memory holds (found by the literal pass, or by each pattern
    where two spaces keep that pass from vouching for the text) are tuples, which the
    collector stops tracking."""
    compiled = compile_tracks([SUMMIT, OTHER_SUMMIT], load_lexicon())
    texts = (
        "Quispe will travel to Ghana for the summit meeting.",
        "Quispe will travel to Ghana  for the summit meeting.",
    )
    memories = []
    for text in texts:
        facts, present = _sentence_facts(compiled, text)
        for profile in compiled.profiles:
            _event_words(facts, profile, present)
            facts.spans(profile.specific, present)
        memories.append(facts)
    table, one_by_one = memories
    assert table._table
    assert one_by_one._found and one_by_one._table is None
    for _ in range(4):  # each collection stops tracking one level more of nested tuples
        gc.collect()
    for facts in memories:
        assert facts._events
        assert not gc.is_tracked(facts._events)
        assert not gc.is_tracked(facts._found)
        assert facts._table is None or not gc.is_tracked(facts._table)


def test_the_shared_empty_lists_stay_empty() -> None:
    for text in _articles():
        extract_document(text, PUB, default_tracks())
    extract_document(SENTENCES[0] + " " + SENTENCES[2], PUB, [SUMMIT, OTHER_SUMMIT])
    assert _NO_SPANS == [] and _NO_OTHERS == []
