"""What ``match_tracks`` asks once per sentence for every track must be what each track's
own test says: the shortcuts below against the full path, on sentences of our own read with
the corpus's tracks (the extraction golden's) and the invented ones, with nobody, everybody
and single people named before."""

from __future__ import annotations

import random
from functools import lru_cache

from tests.unit.invented import SUMMIT, TALKS
from tests.unit.test_extraction_golden import tracks as golden_tracks
from tracker.extract.lexicon import load_lexicon
from tracker.extract.matching import (
    CompiledTracks,
    _a_bare_role_of_one_named,
    _bare_roles_named,
    _sentence_facts,
    compile_tracks,
)
from tracker.services.tracks import default_tracks

SENTENCES = [
    # bare roles of many tracks' people
    "The foreign minister said the talks would resume next week.",
    "The president told reporters the summit had been called off.",
    "The prime minister and the president spoke by phone on Sunday.",
    "The secretary of state met the foreign minister in Geneva.",
    "The national security adviser will travel to Riyadh for the negotiations.",
    "The emir hosted the two delegations in Doha.",
    "The chancellor and the prime minister held a news conference.",
    "The king received the president at the palace.",
    "The special envoy said the ceasefire talks had stalled.",
    "The foreign ministers of the two countries met on the sidelines.",
    # names and roles beside bare ones
    "Quispe met the foreign minister before the summit in Lisbon.",
    "The Russian foreign minister said the president would not attend.",
    # nothing of anyone's
    "The summit was postponed.",
    "No date has been set for the next round.",
    "Heavy rain fell over the capital on Monday.",
]


@lru_cache(maxsize=1)
def _compiled() -> CompiledTracks:
    chosen = [*golden_tracks(), *default_tracks(), SUMMIT, TALKS]
    unique = list({t.id: t for t in chosen}.values())
    return compile_tracks(unique, load_lexicon())


def _seen_sets(compiled: CompiledTracks) -> list[set[tuple[str, int]]]:
    everyone = {(p.track_id, q.index) for p in compiled.profiles for q in p.people}
    with_bare = sorted(
        (p.track_id, q.index) for p in compiled.profiles for q in p.people if q.bare_roles
    )
    rng = random.Random(18)
    sets: list[set[tuple[str, int]]] = [set(), everyone]
    sets += [{person} for person in with_bare[::7]]
    sets += [set(rng.sample(with_bare, k=min(len(with_bare), 12))) for _ in range(6)]
    return sets


def test_the_bare_roles_named_are_each_tracks_own_answer() -> None:
    compiled = _compiled()
    found_some = 0
    differs_by_who_was_named = 0
    for text in SENTENCES:
        _, present = _sentence_facts(compiled, text)
        assert present is not None, text
        answers = []
        for seen in _seen_sets(compiled):
            want = {
                p.track_id
                for p in compiled.profiles
                if _a_bare_role_of_one_named(p, seen, present)
            }
            got = _bare_roles_named(compiled, present, seen)
            assert got == want, (text, sorted(seen)[:3])
            found_some += bool(got)
            answers.append(frozenset(got))
        differs_by_who_was_named += len(set(answers)) > 2
    # the sentences hold bare roles of many tracks, each named once its person was
    assert found_some >= 20
    assert differs_by_who_was_named >= 3
