"""What ``match_tracks`` asks once per sentence for every track must be what each track's
own test says: the shortcuts below against the full path, on sentences of our own read with
the corpus's tracks (the extraction golden's) and the invented ones, with nobody, everybody
and single people named before."""

from __future__ import annotations

import random
from functools import lru_cache

from tests.unit.invented import SUMMIT, TALKS
from tests.unit.test_extraction_golden import tracks as golden_tracks
from tracker.domain.models import Actor, Track
from tracker.extract.actlinks import _a_side_may_act, _told_by_anyone, act_possible
from tracker.extract.lexicon import load_lexicon
from tracker.extract.matching import (
    CompiledTracks,
    _a_bare_role_of_one_named,
    _bare_roles_named,
    _read,
    _Reading,
    _sentence_facts,
    _touched,
    _unclaimed,
    _unclaimed_shared,
    compile_tracks,
)
from tracker.services.tracks import default_tracks

# Two visits alike but for their sides: a trip to a city of one side is a trip of that visit
# only, though the sentence names nothing either claims (a city is no party).
VISITS = [
    Track(
        id=f"{a.lower()}-{b.lower()}-visit",
        title=f"{a}–{b} state visit",
        kind="visit",
        actors=[Actor(name=name, aliases=[name.split()[-1]])],
        parties=[a, b],
        keywords=["visit"],
    )
    for a, b, name in (("Kenya", "Peru", "Amina Wekesa"), ("Ghana", "Chile", "Kofi Boateng"))
]

# Two summits alike but for their places' countries: one at a place the gazetteer does not
# know in a city it knows, one only at places it does not know. A country named as a venue
# elsewhere is another country for the first, nothing for the second.
HALLS = [
    Track(
        id=f"andean-summit-{n}",
        title=f"Andean summit {n}",
        kind="summit",
        actors=[Actor(name="Lucia Paredes", aliases=["Paredes"])],
        parties=["Ecuador", "Bolivia"],
        places=places,
        keywords=["summit"],
    )
    for n, places in ((1, ["Quito", "Casa Verde"]), (2, ["Casa Verde"]))
]

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
    # others' names: a country, a venue elsewhere, what a summit is about, a leader met
    "Brazil said the summit would be held in Nairobi in March.",
    "Leaders gathered for a peace conference on Sudan in Geneva.",
    "The minister met the Chinese premier on Tuesday.",
    "Senior officials met in Jakarta to prepare the meeting.",
    "National security advisers met on Friday to prepare the summit.",
    # travel words: whose trip it is depends on the track's sides and places
    "The president will travel to Nairobi for the meeting next week.",
    "She flew to Canberra on Sunday for a three-day visit.",
    "The delegation is visiting Oslo and will then go to Santiago.",
    "He spent two days with the Kenyan leader before the talks.",
    "The trade minister will travel to Kumasi next week.",
    "The minister flies to Mombasa on Monday for a visit.",
    "The summit will be held in Kenya next month.",
]


@lru_cache(maxsize=1)
def _compiled() -> CompiledTracks:
    chosen = [*golden_tracks(), *default_tracks(), SUMMIT, TALKS, *VISITS, *HALLS]
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
                p.track_id for p in compiled.profiles if _a_bare_role_of_one_named(p, seen, present)
            }
            got = _bare_roles_named(compiled, present, seen)
            assert got == want, (text, sorted(seen)[:3])
            found_some += bool(got)
            answers.append(frozenset(got))
        differs_by_who_was_named += len(set(answers)) > 2
    # the sentences hold bare roles of many tracks, each named once its person was
    assert found_some >= 20
    assert differs_by_who_was_named >= 3


def test_what_a_sentence_holds_of_each_track_is_each_tracks_own_answer() -> None:
    compiled = _compiled()
    counts = [0, 0]
    for text in SENTENCES:
        facts, present = _sentence_facts(compiled, text)
        assert present is not None, text
        codes = facts.unclaimed()[0]
        touched = _touched(compiled, facts, present)
        for k in range(len(compiled.profiles)):
            # one of its own patterns matches (not only holds its literals), or a code
            want = any(
                compiled.named_patterns[key].search(text) for key in compiled.named[k]
            ) or not codes.isdisjoint(compiled.claims[k])
            assert (k in touched) == want, (text, compiled.profiles[k].track_id)
            counts[want] += 1
    assert min(counts) >= 50  # both answers, many times


def test_a_shared_reading_of_a_track_the_sentence_holds_nothing_of_is_its_own() -> None:
    compiled = _compiled()
    by_object: dict[int, set[str]] = {}
    asked = 0  # readings made where a travel word asks whose trip it is
    made: list[_Reading] = []
    for text in SENTENCES:
        facts, present = _sentence_facts(compiled, text)
        assert present is not None, text
        touched = _touched(compiled, facts, present)
        for k, profile in enumerate(compiled.profiles):
            if k in touched or _a_bare_role_of_one_named(profile, set(), present):
                continue
            shared = _unclaimed_shared(compiled, k, facts, present)
            own = _unclaimed(profile, facts, present)
            assert shared == own, (text, profile.track_id)
            assert shared == _read(profile, facts, set(), present, compiled.own[k])
            by_object.setdefault(id(shared), set()).add(profile.track_id)
            words = facts._events.get(id(profile.generic))
            asked += words is not None and bool(words[1])
            made.append(shared)
    assert asked >= 5
    # a trip to a city of one visit's side: its reading differs from the other visit's
    position = {p.track_id: k for k, p in enumerate(compiled.profiles)}
    ks = [position[v.id] for v in VISITS]
    assert all(numbers[ks[0]] == numbers[ks[1]] for numbers in compiled.shapes)
    for text in ("The trade minister will travel to Kumasi next week.",):
        facts, present = _sentence_facts(compiled, text)
        assert present is not None
        readings = [_unclaimed_shared(compiled, k, facts, present) for k in ks]
        assert readings[0].generic == [] and readings[1].generic != [], readings
    # one reading serves many tracks, and the readings differ where the tracks do
    assert max(len(tracks) for tracks in by_object.values()) >= 10
    assert any(r.generic for r in made) and any(not r.generic for r in made)
    assert any(r.venue_conflict for r in made) and any(r.other_level for r in made)
    assert any(r.other_country for r in made)


ACT_SENTENCES = [
    "Venezuela freed ten jailed Americans on Friday.",
    "The two countries exchanged prisoners at the airport in Abu Dhabi.",
    "The handover of the hostages was delayed by a day.",
    "The swap is expected to take place next week.",
    "His release was confirmed late on Tuesday.",
    "Officials welcomed the release of the detainees.",
    "The ministers met in Geneva to discuss trade.",
    "The report was released on Monday.",
    "They returned home after the talks.",
    "The summit was put off until the spring.",
    "Rain held up traffic on the coast road.",
]


def test_an_act_is_possible_exactly_where_either_reading_of_acts_finds_one() -> None:
    answers = []
    for text in ACT_SENTENCES:
        full = _told_by_anyone(text) or _a_side_may_act(text)
        assert act_possible(text) == full, text
        answers.append((_told_by_anyone(text), _a_side_may_act(text)))
    # sentences of each kind: an act told whoever did it, one only a side may have done,
    # and none
    assert (True, False) in answers or (True, True) in answers
    assert (False, True) in answers
    assert (False, False) in answers
