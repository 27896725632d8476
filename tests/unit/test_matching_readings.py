"""The per-track reading of a sentence as ``match_tracks`` makes it: a track with nothing of
its own in a sentence without a status cue is read only when a later step asks, and the
continuation tests run only for the tracks the article or paragraph has. These only save
work: the findings are those of reading every track of every sentence."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.invented import CHANNEL
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document
from tracker.extract.gazetteer import load_gazetteer
from tracker.extract.lexicon import load_lexicon
from tracker.extract.literalspans import LiteralSpans
from tracker.extract.matching import (
    CompiledTracks,
    _description_of,
    _Names,
    _read,
    compile_tracks,
)
from tracker.services.tracks import default_tracks

TRACKS = [*default_tracks(), CHANNEL]

# Short articles in the project's own words: headlines, continuations by anaphor and by
# subject, sentences naming only parties, other people's meetings, an earlier occasion.
ARTICLES = [
    (
        "Putin and Trump to meet in Budapest\n\n"
        "Vladimir Putin and Donald Trump will hold a summit in Budapest next month, the "
        "Kremlin said on Tuesday. The talks are expected to last one day.\n\n"
        "Hungary has offered to host the meeting. It would be their second encounter this "
        "year.\n\n"
        "Separately, Solberg spoke with Rivas by phone on Monday.",
        date(2025, 10, 21),
    ),
    (
        "Rubio and Lavrov speak by phone\n\n"
        "Marco Rubio held a call with Sergey Lavrov on Thursday, the State Department said. "
        "The two sides discussed preparations for a possible summit.\n\n"
        "Russia and the United States have not set a date. Ukraine was not mentioned.\n\n"
        "He added that the call was constructive.",
        date(2025, 10, 23),
    ),
    (
        "European leaders gather in Paris\n\n"
        "The coalition of the willing met in Paris on Thursday to discuss security "
        "guarantees for Ukraine. The meeting was chaired by France and Britain.\n\n"
        "Zelensky met the French president separately. Earlier, the leaders of Germany and "
        "Poland held talks in Berlin.\n\n"
        "Last year Trump and Putin met in Alaska. That summit ended without a deal.",
        date(2025, 9, 4),
    ),
    (
        "Solberg and Rivas postpone talks\n\n"
        "Talks between Ingrid Solberg and Mateo Rivas were postponed, officials said. "
        "Norway did not give a reason.\n\n"
        "The meeting had been planned for Friday. Rivas said he still hoped to meet soon.",
        date(2025, 3, 14),
    ),
]


@pytest.mark.parametrize(("text", "published"), ARTICLES)
def test_findings_are_those_of_reading_every_track(
    text: str, published: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    quick = extract_document(text, published, TRACKS)
    # Every pattern may match everywhere: every track is read in every sentence at once,
    # and every pattern runs its own search (no spans from the one pass of literals).
    monkeypatch.setattr(CompiledTracks, "present", lambda self, text, spans=None: None)
    monkeypatch.setattr(LiteralSpans, "spans", lambda self, text: None)
    memo = compile_tracks(TRACKS, load_lexicon()).read
    memo.clear()  # the sentences read above are read anew, every pattern run
    try:
        assert extract_document(text, published, TRACKS) == quick
    finally:
        memo.clear()  # what was read with every pattern run is not kept for other tests
    assert quick  # the articles do give findings


SENTENCES = [
    "Norway and Colombia did not comment on the report.",
    "The Kremlin said Russia was ready for a meeting in Budapest.",
    "Officials in Washington and Moscow declined to give a date.",
    "Hungary's prime minister welcomed the news.",
    "It was not clear who else would attend.",
    "The foreign minister said the call had been useful.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_track_with_nothing_of_its_own_reads_no_person_place_or_event(sentence: str) -> None:
    lexicon = load_lexicon()
    compiled = compile_tracks(TRACKS, lexicon)
    gaz = load_gazetteer()
    present = compiled.present(sentence)
    assert present is not None
    every = {(p.track_id, person.index) for p in compiled.profiles for person in p.people}
    for profile, own, people_ids in zip(
        compiled.profiles, compiled.own, compiled.people_ids, strict=True
    ):
        if not present.isdisjoint(own):
            continue
        facts = _Names(sentence, gaz.scan(sentence), gaz, compiled.twins, compiled.bare)
        alone = _read(profile, facts, set(), present, own, people_ids)
        # what was named before does not change it (it is read later with nothing named)
        seen = _read(profile, facts, every, present, own, people_ids)
        assert alone == seen
        # so it cannot name the track without a cue, nor tell of another event
        assert not (alone.people or alone.places or alone.specific or alone.generic)


GROUP = Track(
    id="harbour-coalition",
    title="Coalition of the vigilant for Baltic shipping",
    kind="coalition",
    actors=[Actor(name="Coalition of the Vigilant", aliases=["coalition of the vigilant"])],
    keywords=["coalition of the vigilant", "Harbour Accord"],
)
DESCRIBED_WORDS = [
    "a",
    "the",
    "broad",
    "Coalition",
    "COALITION",
    "coalitions",
    "accord",
    "of",
    "Estonia's",
    "partners",
    "allies",
    '"the',
    'vigilant,"',
    "\u017f",  # long s: lower case cannot vouch for it
    "\u212a",  # Kelvin sign
    "\u0130",
]


@settings(max_examples=200)
@given(st.lists(st.sampled_from(DESCRIBED_WORDS), max_size=10))
def test_a_groups_description_is_asked_only_where_its_head_noun_is(words: list[str]) -> None:
    # asked of every sentence that does not carry the group on, the description runs only
    # where the sentence's lower case holds a head noun, and answers what it answers
    described = _description_of(GROUP)
    assert described is not None
    text = " ".join(words)
    for pos in (0, 3):
        got = described.search(text, pos)
        want = described.regex.search(text, pos)
        assert (got and got.span()) == (want and want.span())
    assert [m.span() for m in described.finditer(text)] == [
        m.span() for m in described.regex.finditer(text)
    ]


def test_a_groups_description_is_gated_on_its_head_nouns() -> None:
    described = _description_of(GROUP)
    assert described is not None
    assert described._absent("Denmark and Estonia pledged escorts on Monday.")
    assert not described._absent("A broad COALITION of Estonia's partners met.")
    assert not described._absent("the accord of the allies")
    assert described.search("A broad coalition of Estonia's partners met.") is not None
